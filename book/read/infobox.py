"""Read the infobox once into a typed model: labelled fields, numbered sides, commanders as persons.

Real infoboxes are messy: run-together keys ('Partof'), map and image parameters, commander lists
with group labels, placeholders, status tokens and leftover markup. Each rule below is small and
named; the tests show each on a fixture of our own."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from ..lexicon import (ARABIC_ARTICLE_FORMS, NAME_PARTICLES, OFFICES, PLACEHOLDERS, RANKS,
                       SIDE_LABELS, STATUS, STATUS_AFTER_NAME, STATUS_WORDS, alternation,
                       neutral_label)
from ..model import Commander, Field, InfoField, Infobox, Item, Membership, Side

# A status word or a dagger after a name ('Imre Nagy executed', 'Ibrahim Lodi †', 'Zrinski†').
_STATUS_AFTER = re.compile(rf"\s*(?:†|\(\s*†\s*\)|\s{alternation(STATUS_AFTER_NAME)}\b)\s*$")

# Keys of numbered side fields and how a reader labels them (Wikipedia's military-conflict box).
SIDE_KEYS = {"combatant": "combatants", "belligerent": "combatants", "commander": "commanders",
             "leader": "commanders", "units": "units", "unit": "units", "strength": "strength",
             "casualties": "casualties", "casualty": "casualties", "losses": "casualties"}
# Labels for known general keys whose humanised form is not what a reader expects.
LABELS = {"partof": "Part of", "territory": "Territorial changes", "casus": "Casus belli",
          "place": "Place", "date": "Date", "result": "Result", "conflict": "Conflict",
          "status": "Status", "notes": "Notes", "location": "Location"}
# Presentational parameters: how the source drew the box, not facts about the subject.
PRESENTATIONAL = {"map", "image", "img", "caption", "icon", "coordinates", "coord", "coords",
                  "alt", "width", "size", "relief", "mark", "marksize", "label", "flag", "logo",
                  "module", "campaignbox", "imagesize", "mapsize", "upright", "pushpin", "border",
                  "style", "colour", "color", "float", "align"}
_FILE_OR_SIZE = re.compile(
    r"^(?:[^,;]+\.(?:svg|png|jpe?g|gif|tiff?|webp)|\d+\s*px|upright=[\d.]*|\d+x\d+px)$", re.I)
# Words that may be run together in a key ('Partof', 'Mapsize', 'Casusbelli').
_KEY_WORDS = sorted({
    "part", "of", "map", "type", "relief", "mark", "size", "label", "caption", "image", "alt",
    "date", "place", "result", "territory", "territorial", "changes", "combatant", "commander",
    "strength", "units", "casualties", "notes", "status", "conflict", "campaign", "battle", "war",
    "location", "coordinates", "belligerents", "leader", "leaders", "casus", "belli", "side",
    "force", "forces", "total", "other", "native", "name", "period", "start", "end", "year",
    "years", "duration", "outcome", "result", "victims", "deaths", "killed", "wounded",
    "captured", "missing", "civilian", "civilians", "military", "losses", "involved", "unit",
    "and", "the", "in", "by", "for", "on", "a", "box", "module", "width", "icon"}, key=len,
    reverse=True)

# Military ranks before a name (lexicon.RANKS): kept as the person's rank, not part of the name.
_RANK = re.compile(r"^((?:" + alternation(RANKS) + r"\s+)+)(?=\S)")
# Offices that, standing alone after a name ('X, Emir of Homs'), describe that name.
_OFFICE = re.compile(rf"^{alternation(OFFICES)}\s+of\s+\S")
_NAME_PARTICLES = frozenset(NAME_PARTICLES)
_PLACEHOLDER = re.compile(rf"^{alternation(PLACEHOLDERS)}\b", re.I)
_PERIOD = re.compile(r"\d{3,4}|\b(?:until|from|since|after|before|to)\b", re.I)
_LISTY = {"result", "territorial changes"}


# --- keys -----------------------------------------------------------------------------------

def humanise(key: str) -> str:
    """A reader's label for a key: 'Partof' -> 'Part of', 'CasusBelli' -> 'Casus belli'."""
    compact = re.sub(r"[\s_]+", "", key).lower()
    if compact in LABELS:
        return LABELS[compact]
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").split()
    if len(words) == 1 and (split := _segment(words[0].lower())):
        words = split
    text = " ".join(w.lower() if i else w for i, w in enumerate(words))
    return text[:1].upper() + text[1:]


def _segment(word: str) -> list[str] | None:
    """Split a run-together key into known words, or None when it is not made of them."""
    if len(word) < 5:
        return None
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for i in range(len(word)):
        if best[i] is None:
            continue
        for w in _KEY_WORDS:
            j = i + len(w)
            if word.startswith(w, i) and (best[j] is None or len(best[j]) > len(best[i]) + 1):
                best[j] = best[i] + [w]
    found = best[len(word)]
    return found if found and len(found) > 1 else None


def sided(key: str) -> tuple[str, int] | None:
    """('commanders', 1) for 'Commander1'; None for keys that are not numbered side keys."""
    m = re.match(r"^\s*([A-Za-z][A-Za-z _]*?)\s*(\d{1,2})\s*$", key)
    if not m:
        return None
    kind = SIDE_KEYS.get(re.sub(r"[\s_]+", "", m.group(1)).lower().rstrip("s")) or \
        SIDE_KEYS.get(re.sub(r"[\s_]+", "", m.group(1)).lower())
    return (kind, int(m.group(2))) if kind and int(m.group(2)) > 0 else None


def presentational(key: str, value: str) -> bool:
    """Map, image and layout parameters, or a value that is only a file name or a size."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", key).replace("_", " ").lower().split()
    first = words[0] if words else ""
    split = _segment(first) or [first]
    return split[0] in PRESENTATIONAL or bool(_FILE_OR_SIZE.match(value.strip()))


# --- values ---------------------------------------------------------------------------------

_MARKUP = (
    (re.compile(r"(?<![\w,])\d{1,3}px\b\s*"), ""),           # '24px Gul Badshah': icon sizes
    (re.compile(r"(?:^|\s)[|#]+(?=\S)"), " "),               # '|Al-Ashraf Musa'
    (re.compile(r"(?<=\S)\s*[|#]+\s*$"), ""),                # trailing '#' or '|'
    (re.compile(r"\s*•\s*"), ", "),                          # 'British Empire • India'
)
_SEPARATOR = re.compile(r"\s*-{4,}\s*")                      # '----' between sub-lists
# 'See aftermath', 'See Aftermath section': pointers to parts of the source page, not values.
_CROSS_REFERENCE = re.compile(r"^See\s+(?:the\s+)?[A-Za-z ]{1,40}$")
# A value that opens with a separator lost its first entry (a flag icon, a stripped link).
_LOST_FIRST = re.compile(r"^\s*(?:[,;:|]|-{4})|(?<=[a-z]{3})\.\s*$")   # or ends a sentence's list


def tidy(value: str) -> str:
    """Strip markup left over from the source (icon sizes, pipes, bullets)."""
    for pattern, repl in _MARKUP:
        value = pattern.sub(repl, value)
    return value.strip()


def items(value: str, listy: bool = True) -> tuple[Item, ...]:
    """Split a field value into items: values, `* ` sub-items and 'Label:' group labels."""
    value = tidy(value)
    if not listy:
        return (Item(value),) if value.strip(" ,:;") else ()
    out: list[Item] = []
    for chunk in _SEPARATOR.split(value):
        gap = True                        # nothing kept yet in this chunk, or an empty slot
        for part in _regroup(_split_outside_parens(chunk, r"\s*,\s+|\s*\|\s*|\s*;\s+")):
            part = part.strip().strip(",").strip()
            if re.fullmatch(r"[:;,|\s]*", part) or _CROSS_REFERENCE.match(part):
                gap = True
                continue
            sub = part.startswith("*")
            part = part.lstrip("* ").strip()
            part = re.sub(r"^(?::\s*)+", "", part)
            if _ATTRIBUTION.fullmatch(part) and not gap and out and out[-1].kind != "label":
                # '30,000, (Turkish sources)': the note belongs to the figure before it
                out[-1] = replace(out[-1], text=f"{out[-1].text} {part}")
            elif part.endswith(":") and len(part) <= 60:
                out.append(Item(part.rstrip(": "), "label"))
            elif part:
                out.append(Item(part, "sub" if sub else "value"))
            gap = False
    return tuple(out)


# A note in parentheses standing alone between commas: a source or a qualifier of the item
# before it ('(Georgian sources)', '(est.)'), never an item of its own.
_ATTRIBUTION = re.compile(r"\([^()]{1,60}\)")


def _split_outside_parens(text: str, separator: str) -> list[str]:
    """Split at `separator` except inside parentheses: '38,000 (Oda 30,000; Tokugawa 8,000)'."""
    out, depth, start = [], 0, 0
    sep = re.compile(separator)
    pos = 0
    while pos < len(text):
        char = text[pos]
        if char == "(":
            depth += 1
        elif char == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and (m := sep.match(text, pos)) and m.end() > pos:
            out.append(text[start:pos])
            start = pos = m.end()
            continue
        pos += 1
    out.append(text[start:])
    return out


def _regroup(tokens: list[str]) -> list[str]:
    """Re-join comma pieces that continue a phrase: 'Kazakh, Mongol, and X' or 'unknown, many…'."""
    out: list[str] = []
    for token in tokens:
        if out and re.match(r"\d{3,4}\b", token) and re.search(r"[A-Z][a-z]+\.? \d{1,2}$", out[-1]):
            out[-1] = f"{out[-1]}, {token}"       # "April 29, 1916" is one date
            continue
        if out and token[:1].islower() and not out[-1].rstrip().endswith(":"):
            if token.startswith(("and ", "or ")):
                # Pull back the short items of the series this 'and' closes.
                while len(out) > 1 and len(out[-1].split()) <= 2 and not out[-1].startswith("*"):
                    last = out.pop()
                    out[-1] = f"{out[-1]}, {last}"
            out[-1] = f"{out[-1]}, {token}"
        else:
            out.append(token)
    return out


# --- commanders -----------------------------------------------------------------------------

@dataclass
class _Entry:
    """A commander list entry being read."""

    name: str
    rank: str | None = None
    status: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    period: str | None = None
    group: str | None = None


def commander_entries(value: str, dropped: list[str] | None = None) -> list[_Entry]:
    """Read one Commander<N> value into person entries, in order; items that look like a name
    but are not read as one go to `dropped` (the build warns about them)."""
    value = tidy(value)
    out: list[_Entry] = []
    for chunk in _SEPARATOR.split(value):
        for segment in re.split(r"\s*;\s*", chunk):
            pieces = re.split(r"\s+:\s+|^\s*:\s*|\s+:$", segment)
            group = None
            if len(pieces) > 1 and pieces[0].strip():     # 'Seymour Expedition : Edward Seymour'
                group, pieces = pieces[0].strip(), pieces[1:]
            for piece in pieces:
                for raw in re.split(r",\s*|\s+\|\s+", piece):
                    before = len(out)
                    group = _read_item(raw.strip(), group, out)
                    if dropped is not None and len(out) == before and _name_like(raw):
                        dropped.append(raw.strip())
    return out


def _read_item(raw: str, group: str | None, out: list[_Entry]) -> str | None:
    """Apply the entry rules to one list item; returns the group label now in force."""
    raw = re.sub(r"^[:|#\s]+|[|#\s]+$", "", raw)
    if not raw:
        return group
    if raw.endswith(":"):                                 # 'Overall commander:', 'Defected:'
        return raw.rstrip(": ").strip() or group
    status = _status_alone(raw)
    if status:                                            # a lone 'KIA' belongs to the name before
        if out and status not in out[-1].status:
            out[-1].status.append(status)
        return group
    if out and _OFFICE.match(raw):                        # 'X, Emir of Homs'
        out[-1].roles.append(raw)
        return group
    entry = _entry(raw, group)
    if entry:
        out.append(entry)
    return group


def _name_like(raw: str) -> bool:
    """Two capitalised words and no placeholder: worth a warning when it is not read."""
    raw = raw.strip()
    return (len(re.findall(r"\b[A-Z\u00C0-\u024F][\w'’-]+", raw)) >= 2 and not raw.endswith(":")
            and not _PLACEHOLDER.match(raw) and not _OFFICE.match(raw))


def _status_alone(raw: str) -> str | None:
    token = raw.strip("() ").strip()
    if token.upper() in STATUS and token.isupper():
        return token.upper()
    return STATUS_WORDS.get(token.lower())


def _entry(raw: str, group: str | None) -> _Entry | None:
    """'Maj. Gen. Lord Chelmsford', 'NameKIA', 'Name (1872–1877)', 'Name: Overall commander'."""
    roles, period, status = [], None, []
    m = re.match(r"^(.*?[^\s:]):\s+(.+)$", raw)
    if m:                                                # 'Tokugawa Ieyasu: Overall commander'
        if _looks_like_name(m.group(1)) and not _looks_like_name(m.group(2)):
            raw, roles = m.group(1), [m.group(2)]
        elif _looks_like_name(m.group(2)):
            raw, group = m.group(2), m.group(1)
        else:
            return None
    while (q := re.search(r"\s*\(([^()]*)\)\s*$", raw)):
        inner = q.group(1).strip()
        raw = raw[:q.start()]
        if (code := _status_alone(inner)):
            status.insert(0, code)
        elif _PERIOD.search(inner):
            period = inner
        elif inner:
            roles.append(inner)
    raw, glued = _strip_status(raw)
    status = glued + status
    while (after := _STATUS_AFTER.search(raw)):              # 'Name executed', 'Name †'
        status.insert(0, STATUS_WORDS[after.group(0).strip(" ()")])
        raw, more = _strip_status(raw[:after.start()])
        status = more + status
    rank = None
    r = _RANK.match(raw)
    if r:
        rank = " ".join(RANKS.get(w, w) for w in _rank_words(r.group(1)))
        raw = raw[r.end():]
    name = re.sub(r"\s+", " ", raw).strip(" ,.:;|") + ("." if raw.rstrip().endswith(" Jr.") else "")
    name = name.replace(" Jr..", " Jr.")
    if not _looks_like_name(name):
        return None
    return _Entry(name, rank, status, roles, period, group)


def _rank_words(prefix: str) -> list[str]:
    """'Maj. Gen. ' -> ['Maj. Gen.'], 'Bvt. Lt. Col. ' -> ['Bvt.', 'Lt. Col.'] (longest first)."""
    out, rest = [], prefix.strip()
    keys = sorted(RANKS, key=len, reverse=True)
    while rest:
        k = next((k for k in keys if rest.startswith(k)), None)
        if not k:
            break
        out.append(k)
        rest = rest[len(k):].strip()
    return out


def _strip_status(raw: str) -> tuple[str, list[str]]:
    """'Vittorio DabormidaKIA' -> ('Vittorio Dabormida', ['KIA']); 'Frank Dickinson' unchanged."""
    found: list[str] = []
    while True:
        m = re.search(rf"(?:(?<=[a-z\u00DF-\u024F.)'’])|\s)({'|'.join(STATUS)})\s*$", raw)
        if not m:
            return raw.strip(), found
        found.insert(0, m.group(1))
        raw = raw[:m.start()].rstrip()


def _looks_like_name(text: str) -> bool:
    """Capitalised words (name particles and 'kaMpande'-style patronymics allowed), no
    placeholder ('Several leaders', 'See list below') and no digits."""
    text = text.strip()
    if not text or _PLACEHOLDER.match(text) or re.search(r"\d", text) or len(text) > 60:
        return False
    words = text.split()
    if len(words) > 6:
        return False
    for w in words:
        if w[:1].isupper() or w.lower() in _NAME_PARTICLES or re.match(r"^[a-z]{1,3}[A-Z'’-]", w):
            continue
        if re.match(rf"^{alternation(ARABIC_ARTICLE_FORMS)}-\w", w):
            continue
        return False
    return words[0][:1].isupper() or words[0].lower() in ("al-", "el-") or len(words) > 1


def _key(name: str) -> str:
    """A spelling-insensitive key for one person's name (case, accents, punctuation)."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(c for c in folded if not unicodedata.combining(c)).casefold()
    return re.sub(r"[^\w]+", " ", folded).strip()


# --- the whole box --------------------------------------------------------------------------

def read(raw: tuple[InfoField, ...], header: str | None = None) -> Infobox:
    """Read the `- Key: value` lines into the typed Infobox."""
    general: list[Field] = []
    per_side: dict[int, dict[str, list]] = {}
    persons: dict[str, _Person] = {}
    warnings: list[tuple[int, str]] = []
    for f in raw:
        base = sided(f.key)
        if presentational(f.key, f.value) and not base:
            continue
        if base:
            kind, n = base
            slot = per_side.setdefault(n, {"lines": []})
            slot["lines"].append(f.line)
            if kind == "commanders":
                dropped: list[str] = []
                for entry in commander_entries(f.value, dropped):
                    _add_person(persons, slot, entry, n, f.line)
                warnings += [(f.line, f"{f.key}: {d[:40]!r} is not read as a person and is left "
                                      "out") for d in dropped]
            else:
                if kind == "combatants" and not slot.get(kind) and _LOST_FIRST.search(f.value):
                    slot["lost_first"] = True
                slot.setdefault(kind, []).extend(items(f.value))
            continue
        label = humanise(f.key)
        listy = label.lower() in _LISTY
        its = items(f.value, listy)
        if label == "Date" and re.search(r"\d{5,}", f.value):
            # '17 September 18997 September 1901': printed as is, it is a wrong date on page iv
            warnings.append((f.line, f"infobox Date {f.value[:40]!r} cannot be read as a date "
                                     "(run-together numbers); At a glance and the chronology "
                                     "leave it out"))
        elif its:
            general.append(Field(f.key, label, its, f.line))
    sides, extra = _sides(per_side)
    general.extend(extra)
    commanders = tuple(p.freeze() for p in persons.values())
    return Infobox(header, tuple(general), sides, commanders, tuple(warnings), raw)


@dataclass
class _Person:
    """A person gathered across the commander lists."""

    entry: _Entry
    line: int
    memberships: list[Membership] = field(default_factory=list)

    def freeze(self) -> Commander:
        e = self.entry
        return Commander(e.name, e.rank, tuple(dict.fromkeys(e.status)),
                         tuple(dict.fromkeys(e.roles)), tuple(sorted(self.memberships,
                                                                      key=lambda m: m.side)),
                         self.line)


def _add_person(persons: dict[str, _Person], slot: dict, entry: _Entry, side: int,
                line: int) -> None:
    """One person per name: a second list adds a membership (and any new status or role)."""
    key = _key(entry.name)
    person = persons.get(key)
    membership = Membership(side, entry.group, entry.period,
                            entry.roles[0] if entry.roles and entry.group is None else None)
    if person is None:
        persons[key] = person = _Person(entry, line)
    else:
        person.entry.status += [s for s in entry.status if s not in person.entry.status]
        person.entry.roles += [r for r in entry.roles if r not in person.entry.roles]
        person.entry.rank = person.entry.rank or entry.rank
    if not any(m.side == side for m in person.memberships):
        person.memberships.append(membership)
    slot.setdefault("commanders", {})[person.entry.name] = None   # an ordered set: linear


def _sides(per_side: dict[int, dict[str, list]]) -> tuple[tuple[Side, ...], list[Field]]:
    """Sides in numeric order; a number with only casualties (Casualties3 under two sides) is a
    general row, as the source box draws it."""
    sides, extra = [], []
    for n in sorted(per_side):
        slot = per_side[n]
        if not any(slot.get(k) for k in ("combatants", "commanders", "units", "strength")):
            if slot.get("casualties"):
                extra.append(Field(f"Casualties{n}", SIDE_LABELS["casualties"],
                                   tuple(slot["casualties"]), slot["lines"][0]))
            continue
        sides.append(Side(n, "", tuple(slot.get("combatants", ())),
                          tuple(slot.get("commanders", ())), tuple(slot.get("units", ())),
                          tuple(slot.get("strength", ())), tuple(slot.get("casualties", ()))))
    lost = {n for n in per_side if per_side[n].get("lost_first")}
    return tuple(replace(s, label=side_label(s, s.number in lost)) for s in sides), extra


def side_label(side: Side, lost_first: bool = False) -> str:
    """The belligerents named before any group label ('Supported by'), unless the list lost its
    first entry; else a neutral 'First side', with the first unit when that is a proper name."""
    names = []
    for item in side.combatants:
        if item.kind == "label":
            break
        if item.kind == "value":
            names.append(re.sub(r"(?<=[a-z]{3})\.$", "", item.text))
    if names and not lost_first:
        return "; ".join(names)
    neutral = neutral_label(side.number)
    first = next((i.text for i in side.units if i.kind == "value"), "")
    proper = re.match(r"(?:\d+(?:st|nd|rd|th) )?[A-Z][\w'’-]*(?: (?:of |the |and )?[A-Z][\w'’-]*)+$",
                      first) and not re.match(r"(?:Thousands|Hundreds|Many|Some|About|Several)\b",
                                              first)
    return f"{neutral} ({first})" if proper else neutral
