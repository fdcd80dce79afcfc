"""The chronology's rules (EXTRACTION.md, Chronology), as tables a reviewer reads top to bottom.

- DATES: phrases that state a date, most specific first (a phrase a rule takes is not read again).
- NOT_A_YEAR: why a number found where a year could stand is a quantity or a name, not a year.
- NOT_AN_EVENT: why a date found in a sentence does not make the sentence an entry.
- ASIDE: why a date, an entry itself, does not set the year of the narrative for the dates after
  it ('in exile since 1947', '(1920)').
- RANGE: the words between two dates that make them one span ('from A to B', 'A – B').
- YEAR: where a date given without a year takes its year from (the narrative's reference time,
  after HeidelTime's narrative strategy)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ...lexicon import (COUNT_NOUNS, CURRENCY_CODES, FEAST_DAYS, PUBLICATION_CUES, CURRENCY_SIGNS, DATE_QUALIFIERS, ERAS, EVENT_HEADS,
                        HABITUAL, OFFICES, PERSON_NOUNS, STATISTIC_NOUNS, EXCEPTING,
                        FUNCTION_WORDS,
                        HYPOTHETICAL, MONTH_ABBREVIATIONS, MONTHS, NUMBER_WORDS, ORDINAL_WORDS, SEASONS,
                        TIME_UNITS, UNIT_HEADS, UNIT_IN, UNITS, WEEKDAYS, WORK_NOUNS, YEAR_HEDGES, YEAR_PREPOSITIONS, alternation,
                        month_number)
from ..rules import Check, Find, Near, Rule, Table, unmark
from .dates import When, end_year, in_span, parse_iso, shift_year, valid, wraps

M = alternation([*MONTHS, *MONTH_ABBREVIATIONS])          # a month, spelt out or abbreviated
ORD = r"(?:st|nd|rd|th)?"
ERA = alternation(ERAS)
DASH = r"\s?(?:–|—|-|−)\s?"
QUAL = rf"(?:(?P<qual>{alternation(DATE_QUALIFIERS)})[\s-]?)?"
DAY = r"(?P<d>[0-3]?\d)"
AD = r"(?:(?:AD|A\.D\.|CE)\s?)"           # an era written before the year ('9 June AD 41')
YEAR = rf"(?:{AD}(?=\d{{1,4}}\b)(?P<y0>\d{{1,4}})|(?P<y>\d{{3,4}}|\d{{1,4}}(?=\s?{ERA}\b))(?:\s?(?P<era>{ERA})(?!\w|\.\w))?)"
# After a day and a month a number of one or two digits is a year too ('19 July 64'): judged
# against the article's period like any short year.
ANY_YEAR = rf"(?:{AD}(?P<y0>\d{{1,4}})\b|(?P<y>\d{{1,4}})(?:\s?(?P<era>{ERA})(?!\w|\.\w))?)"
NO_MORE = r"(?![\d,]\d|\d)"                                 # no digit or thousands group after


@dataclass(frozen=True, kw_only=True)
class DateFind(Find):
    """A date phrase and how to read it: `read` turns the match into a When (None: not a date)."""

    read: Callable[[re.Match], When | None]
    consumes: bool = False          # takes its phrase so that no later rule reads it, dates nothing
    starts_at: str = ""             # the group the date phrase starts at, after its context word

    def phrase(self, m: re.Match) -> tuple[int, int]:
        """The span of the date itself: 'since 1947' is read by its context, the date is '1947'."""
        if not self.starts_at:
            return m.span()
        for group in (self.starts_at, "c", "y"):
            if group in m.re.groupindex and m.start(group) >= 0:
                return m.start(group), m.end()
        return m.span()

    def fires(self, example: str) -> bool:
        """The pattern finds the marked phrase and reads a date from it (or consumes it)."""
        text, start, end = unmark(example)
        return any((start is None or self.phrase(m) == (start, end)) and
                   (self.consumes or self.read(m) is not None) for m in self.finditer(text))


def _era_year(text: str, era: str | None) -> int:
    y = int(text)
    return -y if era and ERAS.get(era.strip(), 1) < 0 else y


def _qual(m: re.Match) -> str:
    return (m.groupdict().get("qual") or "").strip("- ").lower()


def _checked(w: When) -> When | None:
    """The date if its days are real days and a span runs forward."""
    ok = valid((w.start[0] or 4, *w.start[1:])) and (
        w.end is None or valid((w.end[0] or 4, *w.end[1:])))
    if ok and w.end is not None and w.start[0] and w.end[0] and w.end <= w.start:
        return None
    if ok and w.end is not None and not w.start[0] and w.end[1:] <= w.start[1:]:
        return None
    return w if ok else None


def _stated_year(m: re.Match) -> int:
    """The year of a date phrase: with its era after it, or AD before it ('AD 41')."""
    groups = m.groupdict()
    return int(groups["y0"]) if groups.get("y0") else _era_year(m["y"], m["era"])


def _dmy(m: re.Match) -> When | None:
    y = _stated_year(m)
    return _checked(When((y, month_number(m["m"]), int(m["d"])), qualifier=_qual(m)))


def _my(m: re.Match) -> When | None:
    year = _stated_year(m) if m["y"] or m["y0"] else int(m["y2"])
    return _checked(When((year, month_number(m["m"]), 0), qualifier=_qual(m)))


def _day_range(m: re.Match) -> When | None:
    y = _stated_year(m) if m.groupdict().get("y") or m.groupdict().get("y0") else 0
    mo = month_number(m["m"])
    return _checked(When((y, mo, int(m["d1"])), (y, mo, int(m["d2"]))))


def _night(w: When | None) -> When | None:
    return None if w is None else replace(w, night=True)


def _month_range(m: re.Match) -> When | None:
    y = _stated_year(m)
    return _checked(When((y, month_number(m["m1"]), 0), (y, month_number(m["m2"]), 0)))


def _dm(m: re.Match) -> When | None:
    return _checked(When((0, month_number(m["m"]), int(m["d"])), qualifier=_qual(m)))


def _month(m: re.Match) -> When | None:
    return When((0, month_number(m["m"]), 0), qualifier=_qual(m))


def _day_only(m: re.Match) -> When | None:
    mo = month_number(m["m"]) if m.groupdict().get("m") else 0
    if not mo:
        return When((0, 0, int(m["d"])), day_only=True) if 1 <= int(m["d"]) <= 31 else None
    return _checked(When((0, mo, int(m["d"]))))


def _century(m: re.Match) -> When | None:
    word = m["n"].lower()
    n = ORDINAL_WORDS.get(word) or int(re.match(r"\d+", word).group())
    if not 1 <= n <= 21:
        return None
    if m["era"] and ERAS.get(m["era"], 1) < 0:
        return When((-(n * 100), 0, 0), (-(n * 100 - 99), 0, 0), "century", _qual(m))
    return When(((n - 1) * 100 + 1, 0, 0), (n * 100, 0, 0), "century", _qual(m))


def _decade(m: re.Match) -> When | None:
    y = int(m["y"])
    if m["era"] and ERAS.get(m["era"], 1) < 0:
        return When((-(y + 9), 0, 0), (-y, 0, 0), "decade", _qual(m))
    return When((y, 0, 0), (y + 9, 0, 0), "decade", _qual(m)) if 100 <= y <= 2100 else None


def _year_range(m: re.Match) -> When | None:
    a, b = m["y1"], m["y2"]
    era = m["era"] or m["era1"]
    bc = bool(era) and ERAS.get(era, 1) < 0
    y1 = int(a)
    # '1919–21': a shorter end abbreviates the start's century (never in BC: '1200–900 BC')
    y2 = int(a[:len(a) - len(b)] + b) if len(b) < len(a) and not bc and int(b) < y1 else int(b)
    if m["era1"] and ERAS.get(m["era1"], 1) < 0 and not (m["era"] and ERAS.get(m["era"], 1) < 0):
        return When((-y1, 0, 0), (y2, 0, 0), circa=bool(m["c1"]))        # '4 BC – 65'
    if era and ERAS.get(era, 1) < 0:
        return When((-y1, 0, 0), (-y2, 0, 0), circa=bool(m["c1"])) if y2 < y1 else None
    if not y1 < y2 <= y1 + 150:
        return None
    return When((y1, 0, 0), (y2, 0, 0), circa=bool(m["c1"]),
                bare=not (era or m.groupdict().get("ad1")))


def _era_date(m: re.Match) -> When | None:
    if m["ad"]:
        y = int(m["y2"])
        return When((y, 0, 0)) if y else None
    y = _era_year(m["y"], m["era"])
    return When((y, 0, 0), circa=bool(m["c"])) if y else None


def _attributive(m: re.Match) -> When | None:
    """'the 1950 treaty' describes a noun (it dates its sentence only when nothing else does);
    'in the 1934 invasion' dates the clause as 'in 1934' would."""
    when = _year(m)
    dated = re.search(r"\b(?:[Ii]n|[Dd]uring|[Aa]fter|[Bb]efore|[Ss]ince|[Bb]y|[Uu]ntil|[Ff]ollowing)"
                      r"\s+the\s+$", m.string[max(0, m.start() - 20):m.start()])
    return when if when is None or dated else replace(when, attributive=True)


def _short_end(m: re.Match) -> When | None:
    """'1945 to 46': 46 in the century of 1945, after it."""
    opening = m.string[m.start() - 8:m.start() - 4]
    year = int(opening[:2] + m["y"])
    return When((year, 0, 0)) if year > int(opening) else None


def _season(m: re.Match) -> When | None:
    y = _stated_year(m)
    return When((y, 0, 0), qualifier=m["s"].lower())


def _year(m: re.Match) -> When | None:
    y = int(m["y"])
    before = m.string[max(0, m.start() - 40):m.start("y")]
    named = bool(re.search(r"\b(?!As\b)[A-Z][\w'’-]*\s+of\s*$", before))  # 'the War of 1812'
    # 'late in 1808' is late 1808; 'around 670' is c. 670
    late = re.search(r"\b(early|late|mid)\s+$", m.string[max(0, m.start() - 8):m.start()], re.I)
    circa = bool(m.groupdict().get("c")) or m.group().lower().startswith(("around", "circa", "c.", "ca.")) \
        or re.search(r"\b(?:around|about|approximately|roughly)\s+\d+$", m.group(), re.I) is not None
    return When((y, 0, 0), qualifier=(m.groupdict().get("qual") or (late and late[1].lower()) or ""),
                circa=circa, bare=True, named=named) if y else None


# How far a relative phrase counts from the statement before it ('the next day': +1).
_RELATIVE_WORDS = {"the following": 1, "the next": 1, "the previous": -1, "the preceding": -1,
                   "that": 0, "that same": 0, "this": 0, "this same": 0, "the same": 0,
                   "later that": 0, "later the same": 0,
                   "a": 1}


def _relative(m: re.Match) -> When | None:
    """'the next day', 'that same year', 'two weeks later', 'three days earlier'."""
    word = (m["n"] or m["n2"]).lower()
    unit = TIME_UNITS[(m["u"] or m["u2"]).lower()]
    n = _RELATIVE_WORDS.get(word, NUMBER_WORDS.get(word))
    if n is None and word.isdigit():
        n = int(word)
    if not n and word not in _RELATIVE_WORDS:
        return None                           # 'several days later': no date
    if (m["dir2"] or "").lower() == "earlier":
        n = -n
    return When((0, 0, 0), relative=(n, unit))


def _none(m: re.Match) -> None:
    return None


_TIME_UNIT = alternation(TIME_UNITS)
_NUMBER = alternation([*NUMBER_WORDS, *(w.capitalize() for w in NUMBER_WORDS)])
_YEAR_CONTEXT = alternation([*YEAR_PREPOSITIONS, *(p.capitalize() for p in YEAR_PREPOSITIONS)])
_SEASON = alternation([*SEASONS, *(s.capitalize() for s in SEASONS)])

DATES = Table("chronology.dates", "phrases that state a date, most specific first", (
    DateFind(name="date.time", reason="a time of day is no date and no year ('17:00', '0300 hours')",
             pattern=re.compile(r"\b\d{1,2}\s?:\s?\d{2}(?:\s?[ap]\.?m\.?)?|\b\d{4}\s?(?:hours|hrs|UTC|GMT)\b"),
             read=_none, consumes=True, examples=("at ⟦17: 00⟧ on", "⟦0300 hours⟧"), counter=("in 1700",)),
    DateFind(name="date.day-range", reason="two days of one month and a year: '18–21 August 1966'",
             pattern=re.compile(rf"\b(?P<d1>[0-3]?\d){ORD}(?:{DASH}|\s(?:and|to)\s)(?P<d2>[0-3]?\d){ORD} (?P<m>{M}),? {ANY_YEAR}{NO_MORE}"),
             read=_day_range, examples=("⟦18–21 August 1966⟧",), counter=("18 August 1966",)),
    DateFind(name="date.month-day-range", reason="a month, two of its days and a year: 'August 18–21, 1966'",
             pattern=re.compile(rf"\b(?P<m>{M}) (?P<d1>[0-3]?\d){ORD}(?:{DASH}|\s(?:to|and)\s)(?P<d2>[0-3]?\d){ORD},? {YEAR}{NO_MORE}"),
             read=_day_range, examples=("⟦August 18–21, 1966⟧",), counter=("August 18, 1966",)),
    DateFind(name="date.month-range", reason="two months and a year: 'June–August 1950'",
             pattern=re.compile(rf"\b(?P<m1>{M})(?:{DASH}|\s(?:to|until|and)\s)(?P<m2>{M}),? {YEAR}{NO_MORE}"),
             read=_month_range, examples=("⟦June–August 1950⟧",), counter=("June 1950",)),
    DateFind(name="date.day-month-year", reason="a day, a month and a year: '4 May 1921', 'late 4 May'",
             pattern=re.compile(rf"\b{QUAL}{DAY}{ORD} (?:of )?(?P<m>{M}),?\s+{ANY_YEAR}{NO_MORE}"),
             read=_dmy, examples=("on ⟦4 May 1921⟧ the", "⟦24 January 41 AD⟧", "⟦19 July 64⟧", "⟦9 June AD 41⟧"),
             counter=("4 May", "31 August 3,000")),
    DateFind(name="date.month-day-year", reason="American order: 'May 4, 1921'",
             pattern=re.compile(rf"\b{QUAL}(?P<m>{M}) {DAY}{ORD},?\s+{YEAR}{NO_MORE}"),
             read=_dmy, examples=("on ⟦September 15, 1950⟧.",), counter=("September 15 the",)),
    DateFind(name="date.month-year", reason="a month and a year: 'May 1921', 'mid-May 1921'",
             pattern=re.compile(rf"\b{QUAL}(?P<m>{M}),? (?:{YEAR}|(?P<y2>3[2-9]|[4-9]\d)\b(?!,? \d)){NO_MORE}"),
             read=_my, examples=("in ⟦May 1921⟧", "⟦late August 1950⟧", "In ⟦March 68⟧,"), counter=("in May 21",)),
    DateFind(name="date.day-month-span", reason="two days of a month after 'from' or 'between', the year from the narrative: 'from 14 to 18 September'",
             pattern=re.compile(rf"(?:(?<=\b[Ff]rom )|(?<=\b[Bb]etween ))(?P<d1>[0-3]?\d){ORD}\s(?:to|and|until)\s(?P<d2>[0-3]?\d){ORD} (?P<m>{M})\b(?!,? ?\d)"),
             read=_day_range, examples=("from ⟦14 to 18 September⟧.",), counter=("on 14 and 18 September",)),
    DateFind(name="date.day-pair", reason="a night or a day given as two days: 'the night of 4/5 June'",
             pattern=re.compile(rf"\b(?P<d1>[0-3]?\d)/(?P<d2>[0-3]?\d) (?P<m>{M})\b(?!,? ?\d)"),
             read=lambda m: _night(_day_range(m)), examples=("the night of ⟦4/5 June⟧",), counter=("4/5 of the men",)),
    DateFind(name="date.day-month-range", reason="two days of a month, the year from the narrative: '18–21 August'",
             pattern=re.compile(rf"\b(?P<d1>[0-3]?\d){ORD}{DASH}(?P<d2>[0-3]?\d){ORD} (?P<m>{M})\b(?!,? \d)"),
             read=_day_range, examples=("⟦18–21 August⟧",), counter=("18 August",)),
    DateFind(name="date.month-days", reason="a month and two of its days, the year from the narrative: 'September 3–5'",
             pattern=re.compile(rf"\b(?P<m>{M}) (?P<d1>[0-3]?\d){ORD}{DASH}(?P<d2>[0-3]?\d){ORD}\b(?!,? ?\d)"),
             read=_day_range, examples=("of ⟦September 3–5⟧ west",), counter=("September 3",)),
    DateFind(name="date.day-month", reason="a day and a month, the year from the narrative: '4 May'",
             pattern=re.compile(rf"\b{QUAL}{DAY}{ORD} (?:of )?(?P<m>{M})(?:\b|(?<=\.))(?!,? ?\d)"),
             read=_dm, examples=("on ⟦4 May⟧ the", "by ⟦24 Sept.⟧, the"), counter=("4 Mays", "In May the")),
    DateFind(name="date.month-day", reason="a month and a day, the year from the narrative: 'May 4'",
             pattern=re.compile(rf"\b{QUAL}(?P<m>{M}) {DAY}{ORD}\b(?!\d|,\d|[-–]\w|\s*(?:{alternation(UNITS)})\b)"),
             read=_dm, examples=("on ⟦September 1⟧ the",), counter=("May 4,000",)),
    DateFind(name="date.century", reason="a century: 'the late 12th century', 'the fifth century BC'",
             pattern=re.compile(rf"\b{QUAL}(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINAL_WORDS)})[\s-]century(?:\s?(?P<era>{ERA})\b|(?![\s-]+(?-i:[a-z]+)(?<!and)(?<!or)(?<!to)\b(?<!when)(?<!the)(?<!as))(?!(?<=-century)\s+[^\W\d_]))", re.I),
             read=_century, examples=("in the ⟦12th century⟧.", "⟦late twelfth century⟧,", "In the ⟦19th century⟧ Varo was",
                                      "as early as the ⟦7th century BC⟧ by the Vellans"),
             counter=("19th-century western China", "8th-century Latin grammars")),
    DateFind(name="date.decade", reason="a decade: 'the 1840s', 'the mid-1840s'",
             pattern=re.compile(rf"\b{QUAL}(?P<y>\d{{2,3}}0)['’]?s\b(?:\s?(?P<era>{ERA})\b)?"),
             read=_decade, examples=("in the ⟦mid- 1840s⟧", "⟦1990s⟧"), counter=("1840",)),
    DateFind(name="date.year-span", reason="two years after 'from' or 'between', or opening a bracket: 'from 1944 to 1946', 'from 73 to 74 AD', '(264 to 241 BC)'",
             pattern=re.compile(rf"(?:(?<=\b[Ff]rom )|(?<=\b[Bb]etween )|(?<=\()(?=\d{{1,4}}(?:\s?{ERA})?\s+(?:to|until|till)\s))(?P<c1>c\.\s?)?(?P<y1>\d{{1,4}})(?:\s?(?P<era1>{ERA})\b)?\s+(?:to|and|until|till)\s+(?:c\.\s?)?(?P<y2>\d{{1,4}})(?:\s?(?P<era>{ERA})(?!\w|\.\w))?{NO_MORE}(?!%)"),
             read=_year_range, starts_at="", examples=("from ⟦1944 to 1946⟧", "from ⟦73 to 74 AD⟧", "between ⟦1500 and 400 BC⟧", "The Vell War (⟦264 to 241 BC⟧) was"),
             counter=("from 1946 to 1944", "on two occasions (⟦255 and 253 BC⟧) fleets sank")),
    DateFind(name="date.year-range", reason="two years as a span: '1919–21', 'c. 670–734', '334–323 BC'",
             pattern=re.compile(rf"(?<![\d,.:/])(?P<c1>c\.\s?)?(?:(?P<ad1>AD|A\.D\.)\s?)?(?P<y1>\d{{1,4}})(?:\s?(?P<era1>{ERA})\b)?{DASH}(?:c\.\s?)?(?:(?:AD|A\.D\.)\s?)?(?P<y2>\d{{1,4}})(?:\s?(?P<era>{ERA})(?!\w|\.\w))?{NO_MORE}(?!%|[-–]\d)"),
             read=_year_range, examples=("from ⟦1919–21⟧", "⟦334–323 BC⟧", "⟦c. 4 BC – 65⟧", "⟦c. 1200–900 BC⟧", "⟦AD 1–40⟧", "⟦c. 60 BC – AD 22⟧"), counter=("1921–1919",)),
    DateFind(name="date.era-year", reason="a year with its era: '330 BC', 'AD 9', 'c. 330 BC'; of two years the text hesitates between, the first ('256/255 BC')",
             pattern=re.compile(rf"(?<![\d,./])(?P<c>c\.\s?|ca\.\s?|circa\s|around\s|about\s)?(?P<y>\d{{1,4}})(?:/\d{{1,4}})?\s?(?P<era>{ERA})(?!\w|\.\w)|\b(?P<ad>AD|A\.D\.)\s?(?P<y2>\d{{1,4}})\b"),
             read=_era_date, examples=("in ⟦330 BC⟧", "⟦AD 9⟧", "dated to ⟦around 96 A.D.⟧", "attempted (⟦256/255 BC⟧) a landing"), counter=("330 men",)),
    DateFind(name="date.feast-year", reason="a feast of the church year and a year: 'Ascension Day 1120', 'Easter 1916'",
             pattern=re.compile(rf"\b(?:{alternation(FEAST_DAYS)}),? (?:of )?(?P<y>\d{{3,4}})\b(?![\d,.]\d|%|[-–]\w)"),
             read=_year, examples=("On ⟦Ascension Day 1120⟧ the abbot fell ill", "at ⟦Easter 1916⟧ the rising"),
             counter=("at Easter the rising", "Easter 16 men")),
    DateFind(name="date.season-year", reason="a season and a year: 'the spring of 1921'",
             pattern=re.compile(rf"\b(?P<s>{_SEASON}) (?:of )?{YEAR}{NO_MORE}"),
             read=_season, examples=("in the ⟦spring of 1921⟧",), counter=("spring of 21",)),
    DateFind(name="date.year", starts_at="qual", reason="a bare number after a word that makes it a date ('in 1950', 'by 1864', 'the year 1921')",
             pattern=re.compile(rf"(?:\b{_YEAR_CONTEXT}\s+(?:(?:{alternation(YEAR_HEDGES)})\s+)?(?:(?P<qual>early|mid|late)[-\s]+)?|\b[Tt]he year\s+|\b[Aa]s of\s+|\bof\s+|\()(?P<c>c\.\s?)?(?P<y>\d{{1,4}})\b(?![\d,.]\d|%|[-–]\w|\s?:)"),
             read=_year, examples=("in ⟦1950⟧ the", "As of ⟦2010⟧,", "in ⟦early 1810⟧ he", "By perhaps ⟦740⟧, he"), counter=("1950 men", "(1.9%)", "(1,300 km)")),
    DateFind(name="date.year-before-date", reason="a bare year opening a span that ends in a full date ('958 – 15 December 1025')",
             pattern=re.compile(rf"(?<![\d,.:/\w])(?P<c>c\.\s?)?(?P<y>\d{{3,4}})(?={DASH}(?:[0-3]?\d\s+{M}|{M}\s+[0-3]?\d),?\s+\d{{3,4}}\b)"),
             read=_year, examples=("(Basileios; ⟦958⟧ – 15 December 1025)", "(⟦1755⟧ – April 29, 1827)"),
             counter=("(Basileios; 958 – 1025)", "958 – December 1025")),
    DateFind(name="date.year-list", reason="a year listed after another ('in 1807 and 1808', 'in 1645, 1677 and 1863')",
             pattern=re.compile(r"(?:(?<=\d\d\d\d and )|(?<=\d\d\d\d or )|(?<=\d\d\d\d, )|(?<=\d\d\d\d and in )|(?<=\d\d\d\d, and )|(?<=\d\d\d\d to )|(?<=\d\d\d\d until )|(?<=\bin \d\d and )|(?<=\bin \d\d\d and )|(?<=\bof \d\d\d and ))(?P<y>\d{1,4})\b(?![\d,.]\d|%|[-–]\w)"),
             read=_year, examples=("in 1807 and ⟦1808⟧ against", "in 62 and ⟦63⟧.", "the raids of 941 and ⟦1043⟧"), counter=("in 1807 and 300,000 men", "Book 5 and 8")),
    DateFind(name="date.year-short-end", reason="a two-digit year closing a range takes the century of the year that opens it ('from August 1945 to 46')",
             pattern=re.compile(rf"(?<=\d\d\d\d to )(?P<y>\d\d)\b(?![\d,.]\d|%|\s+(?:{alternation(COUNT_NOUNS)}|{alternation(UNITS)}|[a-z]+s)\b)"),
             read=_short_end, examples=("from August 1945 to ⟦46⟧ by",), counter=("from 1945 to 44 by", "1945 to 46 men")),
    DateFind(name="date.year-attributive", reason="a four-digit year before the event or thing it dates ('the 2007 election', 'the 1954 Asian Games')",
             pattern=re.compile(r"(?:(?<=\b[Tt]he )|(?<=\b[Ii]ts )|(?<=\b[Hh]is )|(?<=\b[Hh]er )|(?<=\b[Tt]heir )|(?<=\b[Oo]n ))(?P<y>1\d{3}|20\d{2})(?![\d,.]\d|\d|%|[-–]\w|['’]?s\b)"),
             read=_attributive, examples=("in the ⟦2007⟧ election",),
             counter=("the 1200s", "the 20,000 men")),
    DateFind(name="date.months", reason="two months, the year from the narrative: 'from May to June'",
             pattern=re.compile(rf"(?:(?<=\b[Ff]rom )|(?<=\b[Bb]etween ))(?P<m1>{M})\s+(?:to|until|through|and)\s+(?P<m2>{M})\b(?!\s*\d)"),
             read=lambda m: When((0, month_number(m["m1"]), 0), (0, month_number(m["m2"]), 0)),
             examples=("from ⟦May to June⟧ the",), counter=("from May 1950",)),
    DateFind(name="date.month-late", reason="'late in October', 'early in 1950's spring': the qualifier before 'in'",
             pattern=re.compile(rf"\b(?P<qual>[Ee]arly|[Ll]ate|[Mm]id) in (?P<m>{M})\b(?!\s*\d)"),
             read=_month, examples=("⟦Late in October⟧ the",), counter=("late in 1950",)),
    DateFind(name="date.month", reason="a month without a year after a word that makes it a date ('in June', 'late August')",
             pattern=re.compile(rf"(?:(?<=\b[Ii]n )|(?<=\b[Bb]y )|(?<=\b[Uu]ntil )|(?<=\b[Tt]ill )|(?<=\b[Ss]ince )|(?<=\b[Dd]uring )|(?<=\b[Tt]hrough )|(?<=\b[Tt]hroughout )|(?<=\b[Aa]fter )|(?<=\b[Bb]efore )|(?<=\bof )|(?<=\b[Ff]rom )){QUAL}(?P<m>{M})\b(?!\s*\d)(?: of (?:that|the same) year\b)?"),
             read=_month, examples=("in ⟦June⟧ the", "In ⟦July of that year⟧,"), counter=("May the",)),
    DateFind(name="date.month-subject", reason="a month that is the subject of its clause ('August was a highly active month', 'with October featuring')",
             pattern=re.compile(rf"(?:^|(?<=\. )|(?<=\bwith )|(?<=; )|(?<=, ))(?P<m>{M})\s+(?=(?:was|were|saw|featured|featuring|brought|began|ended|became|had|marked|opened|closed)\b)"),
             read=_month, examples=("⟦August ⟧was a highly active month",), counter=("General August was",)),
    DateFind(name="date.day-only", reason="a day of the month alone: 'on the 13th' (month and year from the narrative)",
             pattern=re.compile(rf"\b(?:on|by|until|till) the (?P<d>[0-3]?\d)(?:st|nd|rd|th)\b(?: of (?P<m>{M}))?(?=[.,;:)]|$| of | (?:when|and|but|as|the|he|she|they|it|at|in)\b|(?<=on the \d\dth) [A-Z]|(?<=on the \dth) [A-Z]|(?<=on the \d\d[snr][tdd]) [A-Z]|(?<=on the \d[snr][tdd]) [A-Z])(?! (?:{alternation(UNIT_HEADS)})\b)"),
             read=_day_only, examples=("⟦on the 13th⟧,", "⟦on the 13th⟧ Grigory Shtern"),
             counter=("by the 2nd Army", "by the 2nd Western Army", "attacks on the 9th Infantry's positions")),
    DateFind(name="date.relative", reason="a date counted from the statement before: 'the next day', 'two weeks later', 'that same year'",
             pattern=re.compile(rf"\b(?P<n>[Tt]he (?:following|next|previous|preceding|same)|[Tt]hat(?: same)?|[Ll]ater (?:that|the same)|(?<=[Ii]n )this(?: same)?) (?P<u>{_TIME_UNIT})\b(?<!s)(?<![Tt]hat evening)(?<![Tt]hat night)(?<![Tt]hat afternoon)(?<![Tt]hat morning)|\b(?P<n2>[Aa]|{_NUMBER}|\d{{1,2}}) (?P<u2>{_TIME_UNIT}) (?P<dir2>later|earlier)\b"),
             read=_relative, examples=("⟦The next day⟧", "⟦two days later⟧", "⟦That same year⟧", "⟦eleven years later⟧", "began in ⟦this year⟧"),
             counter=("the next man", "to this day", "the following months", "That evening", "several days later"))))


# --- numbers that are not years ---------------------------------------------------------------
_UNIT_AFTER = re.compile(rf"\s*(?:\(\s*)?(?:(?:square|cubic|sq\.?|cu\.?)\s+)?(?:{alternation(UNITS)}(?![\w])|{UNIT_IN})")
_COUNT_AFTER = re.compile(rf"\s+(?:[a-z]+\s+)?(?:{alternation(COUNT_NOUNS)})\b")
_PLURAL_AFTER = re.compile(r"\s+(?!(?:" + "|".join(w for w in FUNCTION_WORDS if w.endswith("s"))
                           + r"|was|has|is|as|its|us|thus|this|always|towards|afterwards)\b)[a-z]{3,}s\b(?![-'’])")
_NAME_BEFORE = re.compile(
    r"(?:\b(?!(?:" + "|".join(w.capitalize() for w in FUNCTION_WORDS) + "|" + "|".join(MONTHS)
    + "|" + "|".join(WEEKDAYS) + r"|Christmas|Easter|Spring|Summer|Autumn|Fall|Winter)\b)"
    r"[A-Z][A-Za-z]*\.?|\bNo\.|\bNos\.)\s+$")
_FEAST_BEFORE = re.compile(rf"\b(?:{alternation(FEAST_DAYS)}),?\s+(?:of\s+)?$")
_NUMBERED_BEFORE = re.compile(r"\b(?:p|pp|page|pages|vol|vols|volume|no|nos|number|chapter|chapters|book|books|"
                              r"canto|verse|line|lines|hill|hills|route|highway|road|monument|monuments|"
                              r"zone|district|category|article|act|ordinance|decree|section|paragraph|"
                              r"psalm|item|grade|level|platform|pier|gate|room|row|table|figure|"
                              r"plate|folio|number|model|type|class|mark|mk|flight|battalion|company)\.?\s+$", re.I)

NOT_A_YEAR = Table("chronology.not-a-year", "a number where a year could stand that is no year", (
    Near(name="not-year.unit", reason="a number followed by a unit of measure is a quantity ('550 m', '910 feet')",
         after=_UNIT_AFTER, examples=("600 yards (⟦550⟧ m)", "⟦3000⟧ feet", "around ⟦4⟧ square kilometers"), counter=("in ⟦1950⟧ the",)),
    Near(name="not-year.count", reason="a number before a noun it counts is a quantity ('1200 men', '3000 troops')",
         after=_COUNT_AFTER, examples=("the ⟦1200⟧ men", "in ⟦300⟧ ships"),
         counter=("in ⟦1950⟧ the army",)),
    Near(name="not-year.plural", reason="a number before a plural noun counts it ('by 1000 rebels'); a year after 'the' names a time ('the 1810 elections')",
         after=_PLURAL_AFTER, when=lambda t, a, b: not (re.fullmatch(r"1\d{3}|20\d\d", t[a:b]) and re.search(r"\b(?:the|its|his|her|their)\s+$", t[:a], re.I)),
         examples=("by ⟦1000⟧ rebels",), counter=("in ⟦1950⟧ was", "in ⟦1950⟧ its", "in the ⟦1810⟧ elections")),
    Near(name="not-year.money", reason="an amount of money is no year ('$1500', '1500 million')",
         before=re.compile(rf"(?:{alternation(CURRENCY_SIGNS)})\s?$"),
         examples=("cost $⟦1500⟧",), counter=("in ⟦1500⟧ the",)),
    Near(name="not-year.magnitude", reason="a number of millions or billions is an amount",
         after=re.compile(r"\s*(?:million|billion|thousand|crore|lakh)\b"),
         examples=("⟦1500⟧ million",), counter=("in ⟦1500⟧ the",)),
    Near(name="not-year.numbered", reason="a number that numbers something is a name ('Hill 209', 'page 45', 'Monument 17')",
         before=_NUMBERED_BEFORE, examples=("on Hill ⟦209⟧", "p. ⟦1950⟧"), counter=("in ⟦1950⟧",)),
    Near(name="not-year.name-number", reason="a number after a capitalised word that is no preposition or month belongs to that name ('Route 66', 'Forbes Global 2000'); after a feast it is the feast's year ('Ascension Day 1120')",
         before=_NAME_BEFORE, when=lambda text, start, end: not _FEAST_BEFORE.search(text, max(0, start - 30), start),
         examples=("Task Force ⟦77⟧", "Global ⟦2000⟧"), counter=("In ⟦1950⟧", "May ⟦1921⟧", "Ascension Day ⟦1120⟧")),
    Near(name="not-year.verse", reason="a number after a colon cites a chapter and verse or a time ('2 Thessalonians 2: 1–11')",
         before=re.compile(r"\d\s?:\s?$"), examples=("2 Thessalonians 2: ⟦1⟧–11",), counter=("in ⟦1950⟧",)),
    Near(name="not-year.age", reason="an age is no year ('at age 24', 'aged 14', 'the age of 17', 'of an age of either 40 and 20–22')",
         before=re.compile(r"\b(?:age|aged|ages)\s+(?:of\s+)?(?:(?:either|about|around|perhaps)\s+)?(?:[\d–-]+(?:,)?\s+(?:and|or|to)\s+){0,3}$", re.I),
         examples=("at the age of ⟦17⟧", "of an age of either 40 and ⟦20⟧–22", "of an age of either 40 and 20–22, or 22 and ⟦11⟧-12"), counter=("in ⟦17⟧",)),
    Near(name="not-year.age-after", reason="a number or a range before 'years old' or 'of age' is an age ('17–18 years old', 'between 16-18 of age')",
         after=re.compile(r"(?:\s*[–-]\s*\d{1,3})?\s+(?:years?\s+)?(?:old|of\s+age)\b"),
         examples=("described as ⟦17⟧–18 years old", "between ⟦16⟧-18 of age"), counter=("in ⟦17⟧ the old king",)),
    Near(name="not-year.leading-zero", reason="a number written with a leading zero is a time or a code ('0300')",
         inner=re.compile(r"0\d+"), examples=("at ⟦0300⟧ on",), counter=("in ⟦300⟧",)),
    Near(name="not-year.quantity-range", reason="the ends of a range of quantities ('between 40 and 60 men', '2,000–3,000')",
         after=re.compile(rf"\s*(?:–|-|to|and)\s*\d(?:[\d,]*\d)?\s*(?:(?:[a-z]+\s+)?(?:{alternation(COUNT_NOUNS)})\b|{alternation(UNITS)}(?!\w)|[a-z]{{3,}}s\b)"),
         examples=("between ⟦40⟧ and 60 men",), counter=("between ⟦1919⟧ and 1921 the", "between ⟦1899⟧ and 1901, towards")),
))


_PUBLISHING = re.compile(rf"\b(?:{alternation(PUBLICATION_CUES)})\b", re.I)


def _publishing(text: str, start: int) -> bool:
    """Does the sentence around `start` speak of translating or publishing?"""
    lo = text.rfind(". ", max(0, start - 300), start)
    hi = text.find(". ", start, start + 300)
    return bool(_PUBLISHING.search(text, lo + 1 if lo >= 0 else max(0, start - 300),
                                   hi if hi >= 0 else start + 300))


def outside_period(example: str) -> bool:
    """The example form of the period test: '910 in 1950–1950' is outside, '54 in 37–68' is not."""
    m = re.fullmatch(r"(-?\d+) in (-?\d+)–(-?\d+)", example)
    return bool(m) and not within(int(m[1]), (int(m[2]), int(m[3])))


def margin(period: tuple[int, int]) -> int:
    """How far outside its period an article's small numbers may still be its years: a fifth of
    the period, five years at least; sixty for an ancient period, whose history is told in
    short years on both sides of it ('Trajan invaded Armenia in 114' in a book on Nero)."""
    width = period[1] - period[0]
    return max(60, width // 2) if period[1] < 1000 else max(5, width // 5)


def within(year: int, period: tuple[int, int]) -> bool:
    return period[0] - margin(period) <= year <= period[1] + margin(period)


PERIOD = Table("chronology.period", "years judged against the article's period", (
    Check(name="not-year.outside-period", reason="a bare number outside the article's period is no year of it ('in 910' in a book about 1950)",
          test=outside_period, examples=("910 in 1950–1950", "2 in 1950–1953", "422 in 37–68"), counter=("54 in 37–68", "114 in 37–68")),
    Check(name="year.outside-period", reason="a year taken from the narrative that falls outside the article's period dates nothing",
          test=outside_period, examples=("1910 in 1950–1950",), counter=("1950 in 1950–1950",)),
    Check(name="year.aside-sentence", reason="a date without a year after a year outside the article's period in its own sentence is of that other time: the narrative's year does not date it ('changed in 1660 so that the year began on 29 May', in a book of the 10th century)",
          test=outside_period, examples=("1660 in 909–988",), counter=("950 in 909–988",)),
))


# --- dates that are not events ----------------------------------------------------------------
# Offices and roles in lower case, as in '(consul 32 BC)', '(governor 1920–1925)'.
_OFFICE_WORDS = alternation([w.lower() for w in OFFICES] + list(PERSON_NOUNS))
# Look-behinds must be of fixed width: one per head noun of an event ('Revolt', 'War').
_NOT_AFTER_EVENT = "".join(f"(?<!{w})" for w in EVENT_HEADS)
# An event's name right before a parenthesis: 'the Battle of Long Tan (18 August – 21 August 1966)'.
_EVENT_NAME_BEFORE = re.compile(rf"\b{alternation(EVENT_HEADS)}(?:\s+(?:of|the|[A-Z][\w'’-]*))*\s*\([^()]*$")
# An office the sentence says someone took or held, right before the bracket: its term dates it.
_OFFICE_HELD = re.compile(rf"\b(?:as|became|become|was|were)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,3}}"
                          rf"{alternation(OFFICES)}(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]*)+)?\s*$")
# A span of a life or a reign: years (not a designation's digits: 'U-11'), a full date before a
# dash, or a dash an export lost ('1755April 29').
_LIFE_SPAN = re.compile(rf"(?<![\w-])\d{{1,4}}(?:\s?{ERA})?\s*[–—-]\s*(?:c\.\s*|AD\s*)?(?:\d|{M}\s+\d)"
                        rf"|{M}\s+\d{{1,2}},?\s+\d{{3,4}}\s*[–—-]|\d{{3,4}}(?:{M})\b|(?<![\w-])c\.\s*\d{{1,4}}\s*[–—-]")
# Words that open a life or a reign in brackets ('(r. 1861–1875)', '(born 1807)').
_LIFE_WORDS = r"r\.|reigned|ruled|born|b\.|died|d\.|fl\.|floruit"
_LIFE_MARKER = re.compile(rf"\((?:[^()]*[;,]\s*)?\s*(?:{_LIFE_WORDS}|in office)\s*(?:c\.\s*)?$")


# A place after a preposition of place: a span in brackets after it dates what happened there.
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|into|across)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*$")


def _life_dates(t: str, a: int, b: int) -> bool:
    """The bracket the date stands in, after a name that is no event's and no office the
    sentence says someone took, holds a span ('214–275', '958 – 15 December 1025', '1755April
    29, 1827' with its dash lost in an export) or follows a life marker ('born')."""
    if _EVENT_NAME_BEFORE.search(t[max(0, a - 80):a]):
        return False
    open_ = t.rfind("(", 0, a)
    if _OFFICE_HELD.search(t[max(0, open_ - 120):open_]):
        return False                       # 'was selected as Vice President of Tarn (1813–1814)'
    if _PLACE_BEFORE.search(t, max(0, open_ - 80), open_):
        return False                       # 'the Vellans besieged in Tarnopolis (512–15)'
    close = t.find(")", b)
    content = t[open_ + 1:close if close >= 0 else b]
    return bool(_LIFE_SPAN.search(content)) or bool(_LIFE_MARKER.search(t[:a]))


NOT_AN_EVENT = Table("chronology.not-an-event", "a date whose sentence is not an event of that date", (
    Near(name="not-event.life-dates", reason="a span in parentheses after a name gives a life or a reign, not an event ('Aurelian (214–275)', 'Basil (Basileios; 958 – 15 December 1025)'); after an event's name it is the event's ('the Dungan Revolt (1862–1877)')",
         before=re.compile(rf"[A-Z][\w'’.-]*{_NOT_AFTER_EVENT}(?:\s*\([^()]*\))?,?\s*\([^()]*$"),
         after=re.compile(r"[^()]*\)"), when=_life_dates,
         examples=("Aurelian (⟦214–275⟧) was", "Lee (born ⟦1807⟧)", "Basil (Basileios; 958 – ⟦15 December 1025⟧) was",
"Kim (Korean김, ⟦1745–1806⟧ to 1814) was",
                   "Rufus King (March 24, 1755April ⟦29, 1827⟧) was", "Wilfrid (or Wilfrith) (⟦c. 634 – c. 709⟧) was"),
         counter=("in (⟦1950⟧ the", "The Dungan Revolt (⟦1862–1877⟧) was", "the rebellion in Xinjiang (⟦1937⟧)",
                  "The Battle of Long Tan (⟦18 August - 21 August 1966⟧)", "Tarn (later ⟦1950⟧) was",
                  "he was chosen as the fifth Vice President of Vella (⟦1813–1814⟧), serving",
                  "The Siege of Tarn or Tarn Blockade (Vellish: Tarns belägring; ⟦c. 1712⟧) was fought",
                  "SM UB-15 (became U-11, ⟦June 1915⟧)", "the Vellans besieged in Tarnopolis (⟦512–15⟧) held"),
         ),
    Near(name="not-event.habitual", reason="what usually happens at a time of year is no event ('Typhoons usually occur from June to September')",
         before=re.compile(rf"\b{alternation(HABITUAL)}\b[^.;]*$", re.I),
         when=lambda text, start, end: not re.search(r"\d{3}", text[start:end]),
         examples=("Typhoons usually occur from ⟦June⟧", "each night they crossed, before dawn ⟦the next morning⟧"),
         counter=("Typhoons usually occur; in ⟦June 2003⟧",)),
    Near(name="not-event.reign", reason="a reign, a life or an office held in parentheses identifies a person, it dates no statement ('(r. 1861–1875)', '(consul 32 BC)')",
         before=re.compile(rf"\(\s*(?:{_LIFE_WORDS}|(?:[a-z]+\s+)?{_OFFICE_WORDS})\s*(?:c\.\s*|in\s+)?$"),
         after=re.compile(r"[^()]*\)"),
         examples=("the emperor (r. ⟦1861–1875⟧)", "his grandfather (consul ⟦32 BC⟧)"),
         counter=("the emperor (⟦1861⟧)",)),
    Near(name="not-event.negated", reason="a date in a negated clause states no event ('was not invented until the 10th century')",
         before=re.compile(r"\b(?:not|never|no longer)\b(?:(?!\b(?:and|but|while|whereas)\b)[^,;.()])*$"),
         examples=("was not invented until the ⟦10th century⟧",),
         counter=("was invented in the ⟦10th century⟧", "did not last and war broke out in ⟦58⟧")),
    Near(name="not-event.hypothetical", reason="a plan or a hypothesis is not an event ('was scheduled for 3 September', 'would have ended in 1950')",
         before=re.compile(rf"\b(?:{alternation(HYPOTHETICAL)}|(?:was|were) to (?!become|be|prove|remain|die|last|see|some|the|a|an|this|that|his|her|their|its)[a-z]+)\b[^,;.():]*$", re.I),
         examples=("the attack was scheduled for ⟦3 September⟧", "the platoon was to cross the river the night of ⟦August 31⟧"),
         counter=("the attack began on ⟦3 September⟧", "he was to become emperor in ⟦54⟧",
                  "they were to some extent alike: the ships ordered in ⟦1875⟧")),
    Near(name="not-event.work", reason="the year of a book, a film or a poem before it names the work, not an event of the story ('his 1987 book')",
         after=re.compile(rf"\s+(?:(?:[a-z]+\s+)?(?:{alternation(WORK_NOUNS)})\b|(?:The|A|An)\s+[A-Z])"),
         before=re.compile(r"\b(?:the|a|an|his|her|their|its)\s+$"),
         examples=("in his ⟦1987⟧ book", "in his ⟦1922⟧ The Works of Vell, he"), counter=("in ⟦1987⟧ the book",)),
    Near(name="not-event.earlier-thing", reason="a year describing a thing named after 'of the' refers back to it, it dates no statement ('the reversal of the 1951 annexation')",
         before=re.compile(r"\bof the\s+$"), inner=re.compile(r"\d{4}"),
         after=re.compile(r"\s+(?:[A-Z][\w'’-]*\s+)*[a-z]"),
         examples=("the reversal of the ⟦1951⟧ annexation", "the reversal of the ⟦1951⟧ Chinese annexation"),
         counter=("in the ⟦1951⟧ annexation", "approval of the ⟦1814⟧ Hartford Convention")),
    Near(name="not-event.money-year", reason="a year before a currency gives the value of money in that year ('(2003 USD)'), no event",
         after=re.compile(rf"\s+(?:{alternation(CURRENCY_CODES)})\b"),
         examples=("$1 million (⟦2003⟧ USD)",), counter=("in ⟦2003⟧ the storm",)),
    Near(name="not-event.annual", reason="a day kept every year (a feast, an anniversary), stated without a year, is no event of one year",
         when=lambda text, start, end: not re.search(r"\d{3}", text[start:end]) and len(re.findall(r"\d+", text[start:end])) < 2 and bool(re.search(
             rf"\b(?:annual(?:ly)?|every (?:year|{M})|each year|yearly|anniversary|feast day|commemorat\w*|"
             r"celebrated|observed|holiday|is held on|are held on)\b", text, re.I)),
         examples=("his feast day is ⟦30 July⟧.", "held every ⟦January 9⟧"),
         counter=("he died on ⟦30 July⟧.", "on the anniversary, ⟦24 June 1976⟧,", "died on ⟦9 June 68⟧, the anniversary")),
    Near(name="not-event.statistic", reason="a year or span before a statistic dates the figure, not an event ('(2015 population: 415,906)', 'the 1971–2000 30-year average')",
         after=re.compile(rf"\s+(?:\w*\d[\w-]*\s+)?(?:{alternation(STATISTIC_NOUNS)})\b"),
         examples=("The 3rd District (⟦2015⟧ population: 300,000)", "than the ⟦1971–2000⟧ 30-year average"),
         counter=("in ⟦2015⟧ the population fell",)),
    Near(name="not-event.except", reason="a date a statement excepts is when it did not happen ('every month with the exception of February')",
         before=re.compile(rf"\b(?:{alternation(EXCEPTING)})\s+(?:the\s+)?(?:[A-Z][a-z]+\s+(?:and|or)\s+)?$"),
         examples=("every month with the exception of ⟦February⟧", "with the exception of February and ⟦March⟧"),
         counter=("in ⟦February⟧ every month",)),
    Near(name="not-event.since-then", reason="a year in a 'since' clause is the baseline of a comparison ('the strongest since Typhoon Hope in 1979'), the statement belongs to its own date",
         before=re.compile(r"\b[Ss]ince\b(?:(?!\b(?:and|but|while|when|then)\b)[^,;.()]){1,60}\b(?:in|of)\s+$"),
         examples=("the strongest storm since Typhoon Hope in ⟦1979⟧", "since records began in the country in ⟦1904⟧"),
         counter=("the strongest storm in ⟦1979⟧", "in exile since the war; in ⟦1947⟧",
                  "had wanted ships since 1856 and drew a design in ⟦1857⟧")),
    Near(name="not-event.work-year", reason="a year in brackets after a title, then what kind of work it is or who made it, dates the work, not an event of the story ('Tarnolo (1667), an opera by Vell Kasso')",
         before=re.compile(r"(?:[A-Z\u00C0-\u024F][\w'’:!?.-]*|[a-z]+|[\"”’»)])\s*\($"),
         after=re.compile(rf"\)\s*(?:,\s*)?(?:(?:(?:an?|the|his|her)\s+)?(?:[\w'’-]+\s+){{0,3}}(?:{alternation(WORK_NOUNS)})\b"
                          r"|by\s+(?:the\s+)?[A-Z]|from\s+(?:the\s+)?[A-Z\"“])"),
         when=lambda text, start, end: not _EVENT_NAME_BEFORE.search(text, max(0, start - 80), start),
         examples=("Tarnolo (⟦1667⟧), an opera by Vell Kasso.", "Tarn: A Comedy (⟦1920⟧) by Ada Kell",
                   "the Sailor's Hymn (⟦1879⟧) from The Vell Islands", "the novel Kell (⟦1905–1906⟧), a historical novel"),
         counter=("the Battle of Tarn (⟦1667⟧), a defeat by the Swedes", "the Siege of Tarn (⟦1667⟧) by Kell",
                  "Tarn fell (⟦1667⟧) and the army left")),
    Near(name="not-event.work-title-year", reason="a year in brackets after a title that a work noun introduces dates the work ('the novels Vell Rising (1988) and Tarn (1990)', 'the novel The Kell (1971)')",
         before=re.compile(rf"\b(?:{alternation(WORK_NOUNS)})s?\s+[A-Z][^.;]{{0,60}}\($"),
         after=re.compile(r"\)"),
         examples=("the novels Vell Rising (⟦1988⟧) and Tarn (1990) depict", "the novels Vell Rising (1988) and Tarn (⟦1990⟧) depict",
                   "based on Ada Kell's novel The Tarns (⟦1971⟧)."),
         counter=("the novel was banned in Vell (⟦1988⟧)", "The Battle of Tarn (⟦1988⟧) ended")),
    Near(name="not-event.publication-year", reason="a year in brackets after a title, in a sentence about translating or publishing, dates the publication ('translations in Tarnay (1915)')",
         inner=re.compile(r"\d{4}"), before=re.compile(r"[A-Z][\w'’:!?-]*(?:\s+(?:[A-Z][\w'’:!?-]*|of|the|and|in|a|an|to|from)){0,10}\s*\($"),
         after=re.compile(r"\)"), when=lambda text, start, end: _publishing(text, start),
         examples=("translations of Vell were influential through Kell in Tarnay (⟦1915⟧) and more.",),
         counter=("The Battle of Tarn (⟦1915⟧) was fought by Kell.", "Vell translated poems in May ⟦1915⟧.")),
    Near(name="not-event.named-century", reason="a century capitalised in a name is part of the name, not a date ('the Plague of the Fifth Century')",
         inner=re.compile(r"(?:\w+[- ])?Century"), before=re.compile(r"\b[A-Z][\w'’-]+\s+of\s+the\s+$"),
         examples=("the Plague of the ⟦Fifth Century⟧ began",), counter=("in the ⟦third century⟧ the crisis",
                                                                  "the crisis of the ⟦third century⟧")),
    Near(name="not-event.lived", reason="when a person other than the subject lived is a life span, not an event ('who lived from c. 170 until 240', 'Vellus lived from the 2nd century until after 229')",
         before=re.compile(r"\b(?:(?:who|which)\s+lived\s+(?:from\s+|between\s+|in\s+)?|lived\s+(?:from|between)\s+"
                           r"(?:(?:[^.;()]|\bc\.){0,60}?\s(?:until|till|to|and)\s+)?(?:sometime\s+|some\s+time\s+)?(?:after\s+|before\s+)?)"
                           r"(?:c\.\s*|circa\s+|about\s+|around\s+)?$"),
         examples=("Vellus, who lived from c. ⟦150⟧ until 210, wrote", "Vellus, who lived from c. 150 until ⟦210⟧, wrote",
                   "Vellus lived from the late 2nd century until sometime after ⟦229⟧."),
         counter=("Vellus lived in Tarn in ⟦190⟧", "Vellus lived from then on in Tarn; in ⟦190⟧ he died")),
    Near(name="not-event.written", reason="a date in brackets that say when a source was written dates the source, not an event ('the Life of Vell (written in the 960s)')",
         before=re.compile(r"\((?:written|composed|compiled)\b[^()]{0,50}$"),
         examples=("the Life of Vell (written in the ⟦960s⟧ or 970s) says", "the Life of Vell (written in the 960s or ⟦970s⟧) says"),
         counter=("the Life of Vell (⟦960s⟧) says", "Vell wrote it in the ⟦960s⟧ (or later)")),
    Near(name="not-event.title", reason="a year or span closing a work's title is part of the title ('his 1931 book The Submarine War, 1914–1918')",
         before=re.compile(rf"\b(?:{alternation(WORK_NOUNS)})\s+(?:[A-Z][\w'’-]*\s+|(?:of|the|and|in|on|a|an)\s+)*[A-Z][\w'’-]*,\s*$"),
         examples=("in their 1931 book The Submarine War, ⟦1914–1918⟧, the",),
         counter=("in their book, ⟦1914–1918⟧", "the war, in ⟦1915⟧")),
    Near(name="not-event.since", reason="a date after 'since' says when a state began, not an event ('in exile since 1947')",
         before=re.compile(r"\b(?:[Ss]ince|[Ee]ver since)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$"),
         examples=("in exile since ⟦1947⟧",), counter=("in exile in ⟦1947⟧",)),
))

# --- asides: entries whose year does not carry on ---------------------------------------------
# 'Other sources assert that …', 'Some historians believe …'
_SOURCE_SAYS = re.compile(r"\s*(?:(?:Other|Some|Several|Many|Most|Later|Modern)\s+)?(?:sources|historians|accounts|"
                          r"scholars|chroniclers|authors|writers)\s+(?:\w+\s+)?(?:assert|say|state|claim|suggest|"
                          r"argue|report|believe|maintain|hold|record|write|think)\b")
ASIDE = Table("chronology.aside", "a date that is no part of the narrative's running time", (
    Near(name="aside.parenthesis", reason="a date in parentheses is a note on the text around it",
         before=re.compile(r"\([^()]*$"), after=re.compile(r"[^()]*\)"),
         examples=("the war (⟦1920⟧) had",), counter=("in ⟦1920⟧ the war",)),
    Near(name="aside.pluperfect", reason="a relative clause in the past perfect tells of an earlier time ('which had been built in 1890')",
         before=re.compile(r",\s+(?:who|which|that)\b[^,;.]*\bhad\b[^,;.]*$"),
         examples=("the fort, which had been built in ⟦1890⟧, fell",),
         counter=("the fort was built in ⟦1890⟧",)),
    Near(name="aside.source", reason="a sentence that reports what sources or historians say is a note on the narrative: its dates do not set the narrative's year ('Other sources assert that he came in January 1895')",
         when=lambda text, start, end: _SOURCE_SAYS.match(text) is not None,
         examples=("Other sources assert that Vell came in ⟦January 1895⟧.",), counter=("Vell came in ⟦January 1895⟧.",)),
    Near(name="aside.relative-clause", reason="a date in a relative clause on a person or a thing tells of its own time, not the narrative's ('the officer who visited Vell in 1895, according to some sources, led …')",
         before=re.compile(r"\b(?:who|whom|which)\s[^,;.()]*$"),
         examples=("The officer who visited Vell in ⟦1895⟧ led them.",), counter=("The officer visited Vell in ⟦1895⟧.", "The officer who came, left Vell in ⟦1895⟧.")),
    Near(name="aside.named", reason="a year naming an event ('the Revolt of 1680') says nothing of the narrative's time",
         before=re.compile(r"\b[A-Z][a-z]+ of\s+$"), examples=("the Revolt of ⟦1680⟧",),
         counter=("the revolt of ⟦1680⟧",)),
))

# --- ranges ------------------------------------------------------------------------------------
# The text between two dates, with each date written as '§' (same length): see narrative.py.
RANGE = Table("chronology.range", "two dates that are one span", (
    Near(name="range.dash", reason="two dates joined by a dash are a span ('18 August – 2 September 1966')",
         inner=re.compile(r"\s*(?:–|—|-)\s*"), examples=("§§§§⟦ – ⟧§§§§",), counter=("§§§⟦ and ⟧§§§",)),
    Near(name="range.from-to", reason="'from A to B', 'between A and B' make one span",
         inner=re.compile(r"\s+(?:to|until|till|through|and)\s+"),
         before=re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?:the\s+)?(?:[a-z]+\s+of\s+)?§+$"),
         examples=("from §§§§⟦ to ⟧§§§§",), counter=("on §§§§⟦ and ⟧§§§§",)),
    Near(name="range.in-to", reason="'in 1944 to 1946' is a span; 'in 1807 and 1808' two years",
         inner=re.compile(r"\s+(?:to|until)\s+"), before=re.compile(r"\b[Ii]n\s+§+$"),
         examples=("in §§§§⟦ to ⟧§§§§",), counter=("in §§§§⟦ and ⟧§§§§",)),
    Near(name="range.night", reason="'the night of 18 to 19 July' is one night across two dates",
         inner=re.compile(r"\s*(?:to|–|-)\s*"), before=re.compile(r"\bnight of\s+(?:the\s+)?§+$"),
         examples=("the night of §§§§⟦ to ⟧§§§§",), counter=("the day of §§§§⟦ to ⟧§§§§",)),
    Near(name="range.decades", reason="'the 1730s and 1740s', 'the 12th and 13th centuries': neighbouring decades or centuries are one span",
         inner=re.compile(r"\s+(?:and|to|through)\s+(?:the\s+)?|\s*[–-]\s*"), before=re.compile(r"§+$"),
         when=lambda t, a, b: "century" not in t[b:b + 1],
         examples=("the §§§§§⟦ and ⟧§§§§§",), counter=("the §§§§§⟦, then ⟧§§§§§",)),
))

# --- where a yearless date's year comes from (named in provenance: `context`) ---------------
def _months(example: str) -> tuple[int, int]:
    a, _, b = example.partition(" after ")
    return month_number(a), month_number(b)


def _end_year(example: str) -> int:
    """'28 December to 3 January 1940' -> the start's year by end_year()."""
    m = re.fullmatch(rf"(\d+) ({M}) to (\d+) ({M}) (\d+)", example)
    return end_year((0, month_number(m[2]), int(m[1])), (int(m[5]), month_number(m[4]), int(m[3])))


YEAR = Table("chronology.year", "where a date given without a year takes its year", (
    Check(name="year.narrative", reason="a date without a year takes the year of the last explicit date of the narrative (HeidelTime's reference time)",
          test=lambda s: not wraps(*_months(s)), examples=("August after September", "May after May"),
          counter=("January after December",)),
    Check(name="year.next", reason="a month at most two months after the narrative's month across the year's end is in the next year (December, then January)",
          test=lambda s: wraps(*_months(s)), examples=("January after December", "February after December"),
          counter=("August after September", "March after December")),
    Check(name="year.span", reason="a date without a year that the narrative's year puts outside the infobox's dates, and the year next to it inside, is in that year ('11 December' of a war from 30 November 1939 to 13 March 1940)",
          test=lambda s: (lambda d, a, b: not in_span(d, (a, b)) and in_span((shift_year(d[0], -1), *d[1:]), (a, b)))(
              parse_iso(s.split()[0]), *(parse_iso(x) for x in s.split()[-1].split("/"))),
          examples=("1940-12-11 in 1939-11-30/1940-03-13",), counter=("1940-01-11 in 1939-11-30/1940-03-13",)),
    Check(name="year.period", reason="an article whose period is one year gives that year to dates stated without one before any explicit date",
          test=lambda s: (p := re.fullmatch(r"(-?\d+)–(-?\d+)", s)) is not None and p[1] == p[2],
          examples=("1950–1950",), counter=("1950–1953",)),
    Check(name="year.range-end", reason="the first date of a span without a year takes the year of its end ('September 1 to September 15, 1950')",
          test=lambda s: _end_year(s) == int(s.split()[-1]), examples=("1 September to 15 September 1950",),
          counter=("28 December to 3 January 1940",)),
    Check(name="year.relative", reason="'the next day', 'two years later': counted from the date of the statement before",
          test=lambda s: DATES.rules[-1].fires(s), examples=("two days later",), counter=("on 4 May",)),
))

# A verb in the past tense makes a line a statement, heading-shaped or not ('UB-15 (became U-11,
# June 1915)').
_VERB = re.compile(r"\b(?:[a-z]{3,}ed|became|began|was|were|took|sank|won|lost|fought|made|fell|"
                   r"went|came|left|held|built|died|rose|led|ran|bought|sold|paid|gave|wrote)\b")


def heading_line(text: str) -> bool:
    """A paragraph of a few words with no full stop is a heading written as text ('The
    Pisonian Conspiracy of 65'): it names what follows, it states nothing."""
    text = text.strip()
    return bool(text) and len(text.split()) <= 12 and text[-1] not in ".!?…\"”’'" and not \
        _VERB.search(text)


ENTRY = Table("chronology.entry", "how many entries a sentence gives", (
    Near(name="entry.stated-over-counted", reason="a date the text states right after a count, in the same clause, is the count's date ('three days later, on 10 August'): one entry, the stated one",
         inner=re.compile(r"(?:(?!,\s*(?:and|but|while)\b)[^.;§]){0,40}"),
         examples=("§§§§§§§§⟦ (⟧§§§§",), counter=("§§§§§§§§⟦, and after a trial he was shot on ⟧§§§§",)),
    Check(name="entry.heading-line", reason="a paragraph of a few words without a full stop is a heading written as text, not a statement",
          test=heading_line, examples=("The Pisonian Conspiracy of 65", "British Revolt of 60–61 (a rising)"),
          counter=("The conspiracy failed in 65.", "SM UB-15 (became the Austro-Hungarian U-11, June 1915)")),
    Check(name="entry.once-per-date", reason="a sentence stands once under each date it states, however often it states it",
          test=lambda s: len(set(s.split("|"))) < len(s.split("|")),
          examples=("1950-09-04|1950-09-04",), counter=("1950-09-04|1950-09-05", "731|731-06-10")),
))

TABLES: tuple[Table, ...] = (DATES, NOT_A_YEAR, PERIOD, NOT_AN_EVENT, ASIDE, RANGE, YEAR, ENTRY)
RULE_TYPES: tuple[type[Rule], ...] = (DateFind, Near, Check)
