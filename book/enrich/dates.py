"""Find dates in a sentence: full dates, months, years, ranges, eras, decades, centuries.

A date is (year, month, day) with 0 for unknown parts; BC years are negative (no year zero).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace

MONTHS = {m: i for i, m in enumerate(calendar.month_name) if m}
MONTHS.update({m + ".": i for i, m in enumerate(calendar.month_abbr) if m and m != "May"})
_M = "(?:" + "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True)) + ")"
_ORD = r"(?:st|nd|rd|th)?"
_ERAS = r"BC|BCE|B\.C\.|AD|CE|A\.D\."
_ERA = rf"(?:\s?(?P<era>{_ERAS})\b)"
_ERA1 = rf"(?:\s?(?P<era1>{_ERAS})\b)"
_ERA_ANY = rf"(?:\s?(?:{_ERAS})\b)"
_QUAL = r"(?:(?P<qual>early|mid|late|mid-|the end of|the beginning of|the middle of|the first days of|the first week of|the last days of)\s+)?"
_WORD_ORD = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
_WORD_ORD["twenty-first"] = 21
_NUM = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
_UNIT_AFTER = ("Army|Armies|Division|Divisions|Cavalry|Regiment|Corps|Brigade|Battalion|Infantry|Fleet|"
               "Squadron|Group|Rifle|Guards|Air|Legion|Company|Battery|Artillery|Congress|Amendment|"
               "Century|Dynasty|Route|Street|Avenue|Parallel|Mechanized|Panzer|Tank|Marine|Light|"
               "Heavy|Mountain|Expedition|Banner|Banners|Wing|Shock|Front")
# Words before a bare year that make it a date ("in 1942", "by 1864", "since 1809").
_YEAR_CONTEXT = (r"(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore|"
                 r"[Aa]round|[Cc]irca|[Tt]hrough|[Tt]hroughout|[Ee]arly|[Ll]ate|[Ss]pring of|"
                 r"[Ss]ummer of|[Aa]utumn of|[Ff]all of|[Ww]inter of|half of|end of|beginning of|"
                 r"middle of|turn of|year of|[Bb]etween|[Tt]o|[Aa]nd|c\.|ca\.|"
                 # 'the Revolt of 1680', 'the Treaty of 1689': an event named by its year
                 r"(?:War|Revolt|Rebellion|Uprising|Rising|Battle|Siege|Campaign|Treaty|Massacre|"
                 r"Crisis|Revolution|Expedition|Mutiny|Riots?|Incident|Affair|Peace|Accord) of)")


@dataclass(frozen=True)
class Found:
    """A date found in text: start (and end of a range), display text, position."""

    start: tuple[int, int, int]
    end: tuple[int, int, int] | None
    display: str
    pos: int
    stop: int
    kind: str = "date"   # date | decade | century | relative
    note: str | None = None   # the same date in another calendar, as the text gives it


def _year(text: str, era: str | None, ctx: "Context") -> int:
    y = int(text)
    if era and era.upper().startswith("B"):
        return -y
    return -y if not era and ctx.bc_near(y) else y


def year_label(y: int) -> str:
    """'1944', '331 BC', 'AD 9' for small AD years."""
    if y < 0:
        return f"{-y} BC"
    return f"AD {y}" if y < 100 else str(y)


def display(d: tuple[int, int, int], qual: str | None = None) -> str:
    """A date as a reader expects it: '7 November 1944', 'June 1946', '331 BC'."""
    y, m, day = d
    parts = [str(day)] if day else []
    if m:
        parts.append(calendar.month_name[m])
    parts.append(year_label(y))
    text = " ".join(parts)
    if qual:
        text = f"{qual.rstrip('-').replace('the ', '')} {text}" if qual != "mid-" else f"mid-{text}"
    return text


def iso(d: tuple[int, int, int]) -> str:
    """'1944-11-07', '1946-06', '1944', '-331' (BC negative, no year zero)."""
    y, m, day = d
    out = str(y)
    if m:
        out += f"-{m:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def valid(d: tuple[int, int, int]) -> bool:
    """A real calendar day (month/day may be 0 = unknown)."""
    y, m, day = d
    if y == 0 or not (0 <= m <= 12):
        return False
    if m and day:
        leap_year = abs(y) if y > 0 else abs(y) - 1
        days = calendar.monthrange(leap_year or 4, m)[1] if leap_year else 29 if m == 2 else 31
        return 1 <= day <= days
    return day == 0


# Patterns, most specific first; each match consumes its span so later patterns skip it.
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("time", re.compile(r"\b\d{1,2}[:.]\d{2}\s?(?:[ap]\.?m\.?)?")),
    ("dmy_range", re.compile(rf"\b(?P<d1>\d{{1,2}}){_ORD}\s?(?:–|-|and|to)\s?(?P<d2>\d{{1,2}}){_ORD} (?P<m>{_M}),? (?P<y>\d{{1,4}}){_ERA}?")),
    ("mdy_range", re.compile(rf"\b(?P<m>{_M}) (?P<d1>\d{{1,2}}){_ORD}\s?(?:–|-|to)\s?(?P<d2>\d{{1,2}}){_ORD},? (?P<y>\d{{1,4}}){_ERA}?(?!\d|,\d)")),
    ("mmy_range", re.compile(rf"\b(?P<m1>{_M})\s?(?:–|-|—|to|until)\s?(?P<m2>{_M}),? (?P<y>\d{{3,4}}|\d{{1,4}}(?={_ERA_ANY})){_ERA}?(?!\d|,\d)")),
    ("dmy", re.compile(rf"\b{_QUAL}(?P<d>\d{{1,2}}){_ORD} (?:of )?(?P<m>{_M}),? (?P<y>\d{{1,4}}){_ERA}?(?!\d|,\d)")),
    ("mdy", re.compile(rf"\b{_QUAL}(?P<m>{_M}) (?P<d>\d{{1,2}}){_ORD}, (?P<y>\d{{1,4}}){_ERA}?(?!\d)")),
    ("my", re.compile(rf"\b{_QUAL}(?P<m>{_M}),? (?P<y>\d{{3,4}}|\d{{1,4}}(?={_ERA_ANY})){_ERA}?(?!\d|,\d)")),
    ("dm_range", re.compile(rf"\b(?P<d1>\d{{1,2}}){_ORD}\s?(?:–|-|to|and)\s?(?P<d2>\d{{1,2}}){_ORD} (?P<m>{_M})\b(?!,? \d)")),
    ("dm_pair", re.compile(rf"\b(?P<d1>\d{{1,2}})/(?P<d2>\d{{1,2}}) (?P<m>{_M})\b(?!,? \d)")),
    ("dm", re.compile(rf"\b(?P<d>\d{{1,2}}){_ORD} (?P<m>{_M})\b(?!,? \d)")),
    ("md", re.compile(rf"\b(?P<m>{_M}) (?P<d>\d{{1,2}}){_ORD}\b(?!,? ?\d|\s*(?:{_UNIT_AFTER}))")),
    ("century", re.compile(rf"\b(?:the )?(?P<q>early |late |mid-|mid )?(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{'|'.join(_WORD_ORD)})(?P<hy>[ -])century{_ERA}?(?=(?P<next>\s+[a-z]+)?)", re.I)),
    ("decade", re.compile(rf"\b(?:the )?(?P<q>early |late |mid-|mid )?(?P<y>\d{{2,3}}0)s\b{_ERA}?")),
    ("year_range", re.compile(rf"(?<![\d,.])(?P<c1>c\.\s?)?(?P<y1>\d{{1,4}}){_ERA1}?\s?(?:–|-|—|to|until)\s?(?P<c2>c\.\s?)?(?P<y2>\d{{1,4}}){_ERA}?(?!\d|,\d|%|\s*(?:km|mi|m|kg)\b)(?=(?P<next>\s+[A-Za-z]+)?)")),
    ("era_year", re.compile(rf"\b(?P<c>c\.\s?|ca\.\s?|circa\s)?(?P<y>\d{{1,4}}){_ERA}|\b(?P<ad>AD|A\.D\.)\s?(?P<y2>\d{{1,4}})\b")),
    ("season", re.compile(r"\b(?P<s>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter) (?:of )?(?P<y>\d{3,4})\b(?!\d|,\d)")),
    ("year", re.compile(rf"(?:\b{_YEAR_CONTEXT}\s+|\(|\bthe\s+)(?P<c>c\.\s?)?(?P<y>\d{{1,4}})\b(?!\d|,\d|%|\.\d|[-–]\w|:)(?=(?P<next>\s+[A-Za-z]+)?)")),
    ("month", re.compile(rf"(?:(?<=\b[Ii]n )|(?<=\b[Uu]ntil )|(?<=\b[Bb]y )|(?<=\b[Ss]ince )|(?<=\b[Dd]uring )|(?<=\bof )|(?<=\b[Ee]arly )|(?<=\b[Ll]ate )|(?<=\bmid-)|(?<=\b[Ff]rom ))(?P<m>{_M})\b(?!\s*\d)")),
    ("day_only", re.compile(rf"\b(?P<prep>on|until|by|till|from|before|after) the (?P<d>\d{{1,2}})(?:st|nd|rd|th)\b(?=[.,;:)]|$| of (?P<m>{_M})|\s+(?P<next>[A-Za-z]+))")),
    ("relative", re.compile(r"\b(?:(?P<n>[Tt]he (?:following|next|previous)) (?P<u>day|month|year)\b|(?P<n2>[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|\d{1,2}) (?P<u2>days?|months?|years?) later\b)")),
]


# Lower-case words that may follow a year ("in 1944 the…", "in 1945 to protect…").
_YEAR_FOLLOWERS = {"and", "to", "or", "as", "when", "while", "the", "after", "before", "until", "in",
                   "at", "on", "by", "with", "from", "during", "was", "were", "had", "he", "she",
                   "they", "it", "that", "which", "for", "a", "an", "his", "her", "its", "their",
                   "but", "than", "there", "this", "these", "those", "many", "most", "some", "all",
                   "both", "also", "then", "is", "are", "be", "been", "into", "under", "against",
                   "where", "because", "so", "onward", "onwards", "through", "one", "two", "three",
                   "several", "only", "not", "no", "more", "over", "if", "we", "i", "you", "of",
                   "de", "del", "di", "la", "le", "s", "towards", "afterwards", "always", "thus",
                   "across", "its", "this", "unless", "whereas", "besides", "perhaps", "was",
                   "has", "is", "as", "his", "us"}
# Nouns that count things: a number before one is a quantity ('10 to 15 men', '120 ships').
_COUNTED = {"men", "people", "infantry", "cavalry", "strong", "dead", "killed", "wounded",
            "km", "mi", "miles", "feet", "metres", "meters", "yards", "li", "horse", "foot",
            "artillery", "militia", "personnel", "staff", "crew", "strength", "head", "cattle"}


def _counts(word: str) -> bool:
    """Does `word`, right after a number, make it a count ('ships', 'men') and not a year?"""
    w = word.strip()
    if not w or not w[0].islower() or w in _YEAR_FOLLOWERS:
        return False
    return w in _COUNTED or w.endswith("men") or (w.endswith("s") and not w.endswith("ss")
                                                  and len(w) > 3)


class Context:
    """The running date context: last full date seen, era, and the article's overall span."""

    def __init__(self, span: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None) -> None:
        self.last: tuple[int, int, int] | None = None
        self.bc = False
        self.span = span

    def bc_near(self, y: int) -> bool:
        """An era-less year right after BC dates is BC too when it is close to them."""
        return bool(self.bc and self.last and abs(y - abs(self.last[0])) <= 300)

    def remember(self, d: tuple[int, int, int]) -> None:
        self.last = d
        self.bc = d[0] < 0

    def year_for(self, month: int, day: int = 0) -> int | None:
        """The year of a date given without one: the context year, or the year next to it
        that puts the date inside the article's span (its infobox Date)."""
        if not self.last:
            return None
        y = self.last[0]
        if self.span:
            first, last = self.span
            lo = (first[0], first[1] or 1, first[2] or 1)
            hi = (last[0], last[1] or 12, last[2] or 31)
            n = 3 if day else 2
            for candidate in (y, y + 1, y - 1):
                if lo[:n] <= (candidate, month, day)[:n] <= hi[:n]:
                    return candidate
            if not lo[0] - 1 <= y <= hi[0] + 1:
                # The last year seen came from an aside ('in exile since 1947'): a day and month
                # of the article's own time belong to its span, not to the aside.
                return hi[0] if (month, day) <= hi[1:] or lo[0] == hi[0] else lo[0]
        return y


# A parenthesis giving the same day in another calendar: '(26 Ramadan 658 AH)', '(September 16
# according to the Chinese lunisolar calendar)', '(O.S. 12 May)'. It is a note, not an event.
_OTHER_CALENDAR = re.compile(
    r"[(\[]([^()\[\]]*?(?:\bcalendar\b|\blunisolar\b|\bO\.\s?S\.|\bN\.\s?S\.|\bOld Style\b|"
    r"\bNew Style\b|\bA\.?H\b|\bHijri\b|\bJulian\b|\d\s?H\b)[^()\[\]]*)[)\]]")
# Dates that belong to someone else: a reign or a life ('(r. 1861–1875)', '(born 1812)').
_REIGN_OR_LIFE = re.compile(r"\((?:r\.|reigned|reign|ruled|b\.|born|d\.|died|fl\.|in office)\s[^()]*\)")
# 'Zuo Zongtang (1812–1885)': a bare span after a name that is not an event's name.
_NAME_SPAN = re.compile(r"(?P<name>(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s*\((?:[^()]*,\s*)?"
                        r"(?:c\.\s?)?\d{3,4}\s*[–-]\s*(?:c\.\s?)?\d{2,4}\)")
_EVENT_NOUN = re.compile(r"(?:War|Wars|Revolt|Rebellion|Uprising|Rising|Battle|Siege|Campaign|"
                         r"Expedition|Crisis|Revolution|Movement|Conflict|Massacre|Incident|"
                         r"Insurgency|Occupation|Invasion|Mutiny|Riots?|Affair|Offensive|Operation|"
                         r"Raid|Emergency|Intervention|Famine|Crusade|Reconquista|Unrest|"
                         r"Insurrection|Jihad|Conquest)$")
_QUOTED = re.compile(r"[\"“]([^\"“”]{3,120})[\"”]")
# An annual commemoration: its yearless date is not an event of the year in context.
_ANNUAL = re.compile(r"\b(?:annual(?:ly)?|every year|each year|yearly|anniversary|commemorat\w*|"
                     r"celebrated|observed|memorial|remembrance|holiday)\b", re.I)


def _masked(sentence: str) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """Spans whose dates are not events of the sentence, and the other-calendar notes."""
    notes = [(m.start(), m.end(), m.group(1).strip()) for m in _OTHER_CALENDAR.finditer(sentence)]
    spans = [(a, b) for a, b, _ in notes]
    spans += [m.span() for m in _REIGN_OR_LIFE.finditer(sentence)]
    for m in _QUOTED.finditer(sentence):
        words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
        if ":" in m.group(1) or words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            spans.append(m.span())            # a work's title: 'Shiloh: A Requiem (April, 1862)'
    for m in _NAME_SPAN.finditer(sentence):
        if not _EVENT_NOUN.search(m.group("name")):
            spans.append((m.end("name"), m.end()))
    return spans, notes


# '7 September [O.S. 26 August] 1812': the other calendar's day stands inside the date.
_NOTE_INSIDE = re.compile(rf"(\b\d{{1,2}} {_M}|\b{_M} \d{{1,2}},?)(\s*[(\[][^()\[\]]{{1,60}}[)\]])(\s*\d{{3,4}})\b")


def find(sentence: str, ctx: Context) -> list[Found]:
    """Every date in `sentence`, in order, using and updating the running context."""
    # Move a note that splits a date after it (same length, so offsets hardly move).
    sentence = _NOTE_INSIDE.sub(lambda m: m.group(1) + m.group(3) + m.group(2)
                                if _OTHER_CALENDAR.fullmatch(m.group(2).strip()) else m.group(0),
                                sentence)
    taken, notes = _masked(sentence)
    found: list[Found] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            if kind == "time":
                taken.append(m.span())
                continue
            result = _interpret(kind, m, ctx, sentence)
            if result is None:
                continue
            taken.append(m.span())
            found.append(result)
    found.sort(key=lambda f: f.pos)
    # Resolve context-dependent dates in reading order.
    out: list[Found] = []
    annual = _ANNUAL.search(sentence) is not None
    relative: set[int] = set()            # positions of dates counted from another date
    for i, f in enumerate(found):
        if f.kind == "pending" and (year := _year_from_range_end(f, found[i + 1:i + 2], sentence)):
            f = Found((year, *f.start[1:]), None, display((year, *f.start[1:])), f.pos, f.stop)
        if f.kind == "pending":
            if annual and not f.display.startswith("rel:"):
                continue             # 'every year on 12 September': no year of its own
            if f.display.startswith("rel:"):
                relative.add(f.pos)
            f = _resolve(f, ctx)
            if f is None:
                continue
        if _SINCE.search(sentence[:f.pos]):
            continue    # 'in exile since 1947': when a state began; no event, no context
        if out and (merged := _join_range(out[-1], f, sentence)):
            out[-1] = f = merged
        elif f.kind == "date" and f.end is None and (short := _short_end(f, sentence)):
            f = short
            out.append(f)
        else:
            out.append(f)
        if f.kind in ("date", "named"):      # a named event's year still sets the context
            ctx.remember(f.end if f.end and f.end[1] else f.start)
    if relative:
        # 'three days later, on 10 August', 'The following year … (17 March 1820)': the date the
        # text states right after a count wins over the count
        out = [f for i, f in enumerate(out) if not (f.pos in relative and any(
            g.kind == "date" and g.pos > f.stop and _same_clause(sentence[f.stop:g.pos])
            for g in out[i + 1:i + 2]))]
    seen: set[tuple] = set()
    out = [f for f in out if (f.start, f.end, f.kind) not in seen and not seen.add((f.start, f.end, f.kind))]
    if any(f.kind == "named" for f in out):
        # 'the Revolt of 1680' dates the sentence only when it gives no other date of its own
        others = [f for f in out if f.kind != "named"]
        out = others or [replace(f, kind="date") for f in out]
    return [_with_note(f, notes, sentence) for f in out] if notes else out


_AFTER_DAY = {"when", "and", "but", "as", "the", "a", "at", "in", "on", "to", "from", "before",
              "after", "with", "he", "she", "they", "it", "his", "her", "their", "its", "while"}


def _day_follows(prep: str, nxt: str | None, month: str | None) -> bool:
    """Can 'the 13th' followed by `nxt` be a day of the month? A unit follows 'by/from the 2nd'."""
    if month or nxt is None:
        return True
    if nxt[0].isupper():
        return prep not in ("by", "from") and not re.fullmatch(f"(?:{_UNIT_AFTER})", nxt)
    return nxt in _AFTER_DAY


def _same_clause(gap: str) -> bool:
    """No clause break between two dates: a short gap without ', and', ';' or a full stop."""
    return len(gap) <= 40 and not re.search(r",\s*(?:and|but|while)\b|;|\.\s", gap)


def _with_note(f: Found, notes: list[tuple[int, int, str]], sentence: str) -> Found:
    """Attach an other-calendar parenthesis to the date right before it."""
    for start, _, text in notes:
        if start >= f.stop and not sentence[f.stop:start].strip(" ,"):
            return replace(f, note=text)
    return f


_SINCE = re.compile(r"\b(?:[Ss]ince|[Ee]ver since)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$")
_RANGE_GAP = re.compile(r"^\s*(?:–|-|—|to|until|and|till)\s*$")
_DASH = re.compile(r"^\s*(?:–|-|—)\s*$")


def _year_from_range_end(f: Found, following: list[Found], sentence: str) -> int | None:
    """'18 August - 21 August 1966': a day and month before a dash take the year after it."""
    if f.display not in ("",) or not following:
        return None
    end = following[0]
    gap = sentence[f.stop:end.pos]
    if end.kind != "date" or not end.start[0] or not end.start[1] or not (
            _DASH.match(gap) or re.fullmatch(r"\s*(?:to|until|and)\s*", gap)
            and _RANGE_START.search(sentence[:f.pos])):
        return None
    y = end.start[0]
    return y if (f.start[1], f.start[2]) <= end.start[1:] else y - 1
_RANGE_START = re.compile(r"(?:\b[Ff]rom|\b[Bb]etween)\s+(?:the\s+)?$")


def _join_range(a: Found, b: Found, sentence: str) -> Found | None:
    """'from A to B' / 'between A and B' / 'A – B' become one date with a start and an end."""
    gap = sentence[a.stop:b.pos]
    spans = a.kind in ("decade", "century") and b.kind == a.kind
    if not _RANGE_GAP.match(gap) or not spans and (a.end is not None or b.end is not None):
        return None
    word = gap.strip()
    if word in ("to", "until", "till", "and") and not _RANGE_START.search(sentence[:a.pos]):
        return None
    if b.start <= a.start:
        return None
    kind = a.kind if a.kind == b.kind else "date"
    end = b.end or b.start
    if kind == "date" and a.start[0] == end[0] and a.start[1] and end[1] and a.end is None \
            and a.display == display(a.start):
        # One year: '18–21 August 1966', '18 August – 2 September 1966'.
        head = str(a.start[2]) if a.start[1] == end[1] and a.start[2] else \
            " ".join(display(a.start).split()[:-1]) if a.start[0] > 0 else a.display
        sep = "–" if " " not in head else " – "
        return Found(a.start, end, f"{head}{sep}{display(end)}", a.pos, b.stop, kind)
    return Found(a.start, end, f"{a.display} – {b.display}" if " " in a.display + b.display
                 else f"{a.display}–{b.display}", a.pos, b.stop, kind)


_SHORT_END = re.compile(rf"\s+(?:to|until|–|-)\s*(\d{{2}})\b(?![\d,]|\s*(?:km|mi|miles|men|people|percent|%|{_M}\b))")


def _short_end(a: Found, sentence: str) -> Found | None:
    """'from August 1945 to 46': a two-digit year closing a range takes the start's century."""
    m = _SHORT_END.match(sentence, a.stop)
    y = a.start[0]
    if not m or y < 100 or not _RANGE_START.search(sentence[:a.pos]):
        return None
    end = int(str(y)[:-2] + m.group(1))
    if end <= y:
        return None
    return Found(a.start, (end, 0, 0), f"{a.display} – {end}", a.pos, m.end())


def _interpret(kind: str, m: re.Match, ctx: Context, sentence: str) -> Found | None:
    g = m.groupdict()
    era = g.get("era")
    pos, stop = m.start(), m.end()
    qual = (g.get("qual") or "").strip() or None
    if kind in ("dmy_range", "mdy_range"):
        y = _year(g["y"], era, ctx)
        mo = MONTHS[g["m"]]
        a, b = (y, mo, int(g["d1"])), (y, mo, int(g["d2"]))
        if not (valid(a) and valid(b)) or a >= b:
            return None
        return Found(a, b, f"{a[2]}–{display(b)}", pos, stop)
    if kind == "mmy_range":
        y = _year(g["y"], era, ctx)
        a, b = (y, MONTHS[g["m1"]], 0), (y, MONTHS[g["m2"]], 0)
        if not (valid(a) and valid(b)) or a >= b:
            return None
        return Found(a, b, f"{calendar.month_name[a[1]]}–{display(b)}", pos, stop)
    if kind == "dm_range":
        d1, d2, mo = int(g["d1"]), int(g["d2"]), MONTHS[g["m"]]
        word = re.search(r"(?:and|to)", m.group(0))
        if not (1 <= d1 < d2 <= 31) or word and not _RANGE_START.search(sentence[:pos]):
            return None       # '14 to 18 September' needs 'from'; '26–29 November' stands alone
        return Found((0, mo, d1), (0, mo, d2), "pair-", pos, stop, "pending")
    if kind == "dm_pair":
        d1, d2, mo = int(g["d1"]), int(g["d2"]), MONTHS[g["m"]]
        if not (1 <= d1 < d2 <= 31):
            return None
        return Found((0, mo, d1), (0, mo, d2), "pair", pos, stop, "pending")
    if kind in ("dmy", "mdy"):
        d = (_year(g["y"], era, ctx), MONTHS[g["m"]], int(g["d"]))
        return Found(d, None, display(d, qual), pos, stop) if valid(d) else None
    if kind == "my":
        d = (_year(g["y"], era, ctx), MONTHS[g["m"]], 0)
        return Found(d, None, display(d, qual), pos, stop) if valid(d) else None
    if kind in ("dm", "md"):
        return Found((0, MONTHS[g["m"]], int(g["d"])), None, "", pos, stop, "pending")
    if kind == "month":
        before = sentence[max(0, pos - 30):pos]
        q = re.search(r"(early|late|mid-|the end of|the beginning of|the first days of|the first week of|the middle of)\s*(?:in\s)?$", before)
        return Found((0, MONTHS[g["m"]], 0), None, q.group(1) if q else "", pos, stop, "pending")
    if kind == "day_only" and not _day_follows(g.get("prep") or "", g.get("next"), g.get("m")):
        return None           # 'by the 2nd Western Army', 'on the 3rd day': not a day of the month
    if kind == "day_only":
        month = MONTHS[g["m"]] if g.get("m") else 0
        return Found((0, month, int(g["d"])), None, "day", pos, stop, "pending")
    if kind == "relative":
        return Found((0, 0, 0), None, "rel:" + m.group(0), pos, stop, "pending")
    if kind == "century":
        if g["hy"] == "-" and g.get("next"):
            return None       # "19th-century western China" describes a noun, dates nothing
        n = g["n"].lower()
        c = _WORD_ORD.get(n) or int(re.match(r"\d+", n).group())
        if not 1 <= c <= 21:
            return None
        if era and era.upper().startswith("B"):
            a, b = (-(c * 100), 0, 0), (-(c * 100 - 99), 0, 0)
        else:
            a, b = ((c - 1) * 100 + 1, 0, 0), (c * 100, 0, 0)
        suffix = " BC" if a[0] < 0 else ""
        q = (g.get("q") or "").strip()
        label = f"{c}{_suffix(c)} century{suffix}"
        return Found(a, b, f"{q} {label}".strip() if q and q != "mid-" else (f"mid-{label}" if q else label),
                     pos, stop, "century")
    if kind == "decade":
        y = int(g["y"])
        if y < 100 or y > 2100:
            return None
        a, b = (y, 0, 0), (y + 9, 0, 0)
        if era and era.upper().startswith("B"):
            a, b = (-(y + 9), 0, 0), (-y, 0, 0)
        q = (g.get("q") or "").strip()
        label = f"{y}s" + (" BC" if a[0] < 0 else "")
        return Found(a, b, f"{q} {label}".strip() if q else label, pos, stop, "decade")
    if kind == "year_range":
        if _counts(g.get("next") or ""):
            return None       # "120 to 133 ships": a count, not years
        if _attributive(m, g.get("next") or "", sentence):
            return None       # "the 1904–1908 conflict has received names": describes a noun
        y1 = int(g["y1"])
        y2s = g["y2"]
        y2 = int(y2s)
        era2 = g.get("era") or g.get("era1") or ""
        if len(y2s) < len(g["y1"]):
            y2 = int(g["y1"][:len(g["y1"]) - len(y2s)] + y2s)
        bc_range = bool(re.match("B", era2 or "")) or not era2 and ctx.bc_near(y1)
        if bc_range:
            a, b = (-y1, 0, 0), (-y2, 0, 0)
            if y2 >= y1:
                return None
        else:
            explicit = bool(era2) and era2.upper().startswith(("A", "C"))
            if not (y2 > y1 and y2 - y1 <= 150 and (y1 >= 100 or explicit)):
                return None
            if len(g["y1"]) < 3 and not explicit:
                return None
            a, b = (y1, 0, 0), (y2, 0, 0)
            if not explicit and not _far_context(sentence[:pos]) and ctx.span and \
                    not (ctx.span[0][0] - 300 <= y2 and y1 <= ctx.span[1][0] + 300):
                return None   # a bare 'A–B' far from the article's years is a count or a page
        c1, c2 = ("c. " if g.get("c1") else ""), ("c. " if g.get("c2") else "")
        if bc_range:
            text = f"{c1}{-a[0]}–{c2}{year_label(b[0])}"
        elif y1 < 100 or explicit and y2 < 1000:
            text = f"{c1}AD {y1} – {c2}AD {y2}" if (c1 or c2) else f"AD {y1}–{y2}"
        else:
            text = f"{c1}{y1}–{c2}{y2}"
        return Found(a, b, text, pos, stop)
    if kind == "era_year":
        if g.get("ad"):
            y = int(g["y2"])
            return Found((y, 0, 0), None, f"AD {y}", pos, stop) if y else None
        y = _year(g["y"], era, ctx)
        if y == 0:
            return None
        c = "c. " if g.get("c") else ""
        return Found((y, 0, 0), None, c + year_label(y) if y < 0 else f"{c}AD {y}"
                     if era.upper().startswith("A") else f"{c}{y} {era}", pos, stop)
    if kind == "season":
        y = _year(g["y"], None, ctx)
        return Found((y, 0, 0), None, f"{g['s'].lower()} {year_label(y)}", pos, stop)
    if kind == "year":
        nxt = (g.get("next") or "").strip()
        if _counts(nxt):
            return None       # "in 300 ships", "by 1000 men": a count, not a year
        if re.match(r"the\s", m.group(0)) and _attributive(m, nxt, sentence, m.start() + 4):
            return None       # "of the 1951 annexation" describes a noun; "in the 1934 invasion" dates
        pos, stop = m.start("y"), m.end("y")
        y = int(g["y"])
        if len(g["y"]) < 3 and not ctx.bc_near(y):
            return None
        if not ctx.bc_near(y) and not (500 <= y <= 2100):
            return None
        y = -y if ctx.bc_near(y) else y
        c = "c. " if g.get("c") else ""
        named = re.search(r" of\s+$", m.group(0)[:m.start("y") - m.start()]) is not None
        return Found((y, 0, 0), None, c + year_label(y), pos, stop, "named" if named else "date")
    return None


def _far_context(before: str) -> bool:
    """Words right before a bare range that make it a date whatever the article's span."""
    return re.search(rf"\b{_YEAR_CONTEXT}\s+(?:the\s+)?(?:years?\s+)?$", before) is not None


def _attributive(m: re.Match, nxt: str, sentence: str, start: int | None = None) -> bool:
    """'the 1951 annexation', 'The 1904–1908 conflict': a year before a noun, after an article,
    describes that noun; after 'in'/'during'/… ('in the 1934 invasion') it still dates the clause."""
    nxt = nxt.strip()
    start = m.start() if start is None else start
    before = sentence[:start]
    if not nxt or nxt.lower() in _YEAR_FOLLOWERS or not re.search(r"\b(?:[Tt]he|an?|An?)\s+$", before):
        return False
    return not re.search(r"\b(?:[Ii]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]y|[Uu]ntil|"
                         r"[Ff]ollowing|[Ff]rom|[Aa]t)\s+(?:the|an?)\s+$", before)


def _suffix(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _resolve(f: Found, ctx: Context) -> Found | None:
    _, month, day = f.start
    last = ctx.last
    if f.display.startswith("rel:"):
        return _relative(f, ctx)
    if f.display in ("pair", "pair-"):
        year = ctx.year_for(month, day)
        if year is None:
            return None
        a, b = (year, month, day), (year, month, f.end[2])
        sep = "/" if f.display == "pair" else "–"
        return Found(a, b, f"{day}{sep}{display(b)}", f.pos, f.stop) if valid(b) else None
    if f.display == "day":
        if not last or not (month or last[1]):
            return None
        d = (last[0], month or last[1], day)
        return Found(d, None, display(d), f.pos, f.stop) if valid(d) else None
    year = ctx.year_for(month, day)
    if year is None:
        return None
    d = (year, month, day)
    if not valid(d):
        return None
    return Found(d, None, display(d, f.display or None), f.pos, f.stop)


def _relative(f: Found, ctx: Context) -> Found | None:
    last = ctx.last
    if not last:
        return None
    m = re.match(r"(?i)rel:(the following|the next|the previous|\w+) (day|days|month|months|year|years)", f.display)
    if not m:
        return None
    word, unit = m.group(1).lower(), m.group(2)
    n = -1 if word == "the previous" else 1 if word in ("the following", "the next") else \
        _NUM.get(word, int(word) if word.isdigit() else 0)
    if not n:
        return None
    y, mo, d = last
    if unit.startswith("year"):
        out = (y + n if y + n != 0 else y + n + (1 if n > 0 else -1), 0, 0)
    elif unit.startswith("month"):
        if not mo:
            return None
        total = mo - 1 + n
        out = (y + total // 12, total % 12 + 1, 0)
    else:
        if not (mo and d):
            return None
        import datetime
        if y < 1:
            return None
        try:
            out_d = datetime.date(y, mo, d) + datetime.timedelta(days=n)
        except (ValueError, OverflowError):
            return None
        out = (out_d.year, out_d.month, out_d.day)
    return Found(out, None, display(out), f.pos, f.stop)
