"""What a name names, from its own words: the head noun ('Naktong River', 'Battle of Masan',
'Lake Baikal'), a number and a unit noun ('2nd Infantry Division'), a ship's prefix ('USS
Monitor'), or none of these (a person, or a name the context must explain).

Wikipedia's naming conventions and CMOS 8.46–8.56 for the heads; the words are in the lexicon."""
from __future__ import annotations

import re

from ... import lexicon

# The order decides a head that is in two lists: 'Guard' names a unit, 'Council' an organisation.
_HEAD_KINDS = (("unit", frozenset(lexicon.UNIT_HEADS)), ("place", frozenset(lexicon.PLACE_HEADS)),
               ("organisation", frozenset(lexicon.ORGANISATION_HEADS)),
               ("event", frozenset(lexicon.EVENT_HEADS)))
_ORDINAL_WORDS = frozenset(w.capitalize() for w in lexicon.ORDINAL_WORDS)
_LOWER_HEADS = frozenset(lexicon.LOWER_CASE_HEADS)
ROMAN = re.compile(r"(?=[MDCLXVI])M{0,3}(?:C[MD]|D?C{0,3})(?:X[CL]|L?X{0,3})(?:I[XV]|V?I{0,3})")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|d)")
SUB_UNITS = frozenset(lexicon.NUMBERED_PARTS)
_ORGANISATIONS = frozenset(lexicon.ORGANISATION_HEADS)
_UNIT_HEADS = frozenset(lexicon.UNIT_HEADS)
_STORMS = frozenset(lexicon.STORM_HEADS)
_PLACES = frozenset(lexicon.PLACE_HEADS)
_PLURAL_UNITS = frozenset(lexicon.PLURAL_UNIT_HEADS)
_GENERIC = frozenset((*lexicon.PLACE_QUALIFIERS, *lexicon.NAME_QUALIFIERS))
_TITLE_WORDS = frozenset(w for t in (*lexicon.TITLES, *lexicon.RANKS) for w in t.split())


def ordinal(word: str) -> bool:
    """'2nd', '23d', 'Eighth', 'II': a unit's or a ruler's number."""
    return bool(_ORDINAL.fullmatch(word)) or word in _ORDINAL_WORDS or bool(ROMAN.fullmatch(word))


def head_of(words: tuple[str, ...]) -> tuple[str, str] | None:
    """(kind, head) of a name from its head noun, or None: the last word ('Naktong River'), the
    word before 'of' ('Battle of Masan', 'Republic of Korea'), or a head that opens the name
    ('Lake Baikal', 'Typhoon Maemi', 'Task Force Manchu')."""
    if ship_name(words):
        return "ship", words[0]
    for n in (3, 2, 1):
        lead = " ".join(words[:n])
        if len(words) > n and lead in lexicon.LEADING_HEADS:
            return lexicon.LEADING_HEADS[lead], lead
    end = len(words)
    while end > 1 and (ROMAN.fullmatch(words[end - 1]) or words[end - 1][:1].isdigit()):
        end -= 1                       # 'World War II', 'Type 97': the head before the number
    last = words[end - 1]
    candidates = [last.capitalize() if last in _LOWER_HEADS else last]     # 'Ren dynasty'
    if "of" in words[1:]:
        candidates.append(words[words.index("of") - 1])
    for word in candidates:
        for kind, heads in _HEAD_KINDS:
            if word in heads:
                return kind, word
    return None


def unit(words: tuple[str, ...]) -> bool:
    """A numbered military unit: a number, then a unit noun ('2nd Infantry Division', 'NK I
    Corps', 'Eighth Army', 'Task Force Manchu')."""
    found = head_of(words)
    if not found or found[0] != "unit":
        return False
    if found[1] in lexicon.LEADING_HEADS:
        return True
    return any(ordinal(w) for w in words[:words.index(found[1])]) if found[1] in words else False


def generic(words: tuple[str, ...]) -> bool:
    """Qualifiers only, a head or a title alone, or a leading head alone: a common noun
    capitalised ('Tropical Storm', 'the Army', 'Typhoon'), not a name. A qualifier and a head
    make a name ('North Sea'), and so do two heads ('Battle Mountain')."""
    joined = " ".join(words)
    if all(w in _GENERIC for w in words) or joined in lexicon.LEADING_HEADS:
        return True
    return len(words) == 1 and (joined in _TITLE_WORDS or any(joined in h for _, h in _HEAD_KINDS))


def institution(words: tuple[str, ...]) -> bool:
    """An organisation's head noun alone, which a text uses as the name of the one it means
    ('the Senate', 'the Union', 'the Parliament'): a name, unlike 'the Army', 'the Church' or
    'the River'."""
    return len(words) == 1 and words[0] in _ORGANISATIONS and words[0] not in _UNIT_HEADS \
        and words[0] not in _PLACES


def sub_unit(words: tuple[str, ...]) -> bool:
    """A numbered part named only by its number or letter ('1st Battalion', 'B Company', '3rd
    District'), or a company or platoon with no number at all ('Headquarters Company'): which
    one it is depends on the whole the name leaves out."""
    if not words or words[-1] not in SUB_UNITS:
        return False
    rest = words[:-1]
    return all(ordinal(w) or re.fullmatch(r"[A-Z]|\d+", w) for w in rest) or \
        words[-1] in _UNIT_HEADS and not any(_ORDINAL.fullmatch(w) or w in _ORDINAL_WORDS
                                             for w in rest)


def several_units(words: tuple[str, ...]) -> bool:
    """A plural unit noun after a number ('the 9th and 23rd Infantry Regiments'): several
    units, not one."""
    return len(words) > 1 and words[-1] in _PLURAL_UNITS and any(ordinal(w) for w in words)


def ship_name(words: tuple[str, ...]) -> bool:
    """A ship's prefix before a name ('USS Monitor', 'SM UB-1'); a prefix of two letters only
    before a designation ('SM UB-1', not 'SM Supermarket')."""
    return len(words) == 2 and words[0] in lexicon.SHIP_PREFIXES and (
        len(words[0]) > 2 or designator(words[1]))


def designator(word: str) -> bool:
    """A letter-and-number designation ('UB-1', 'U-10', 'T-34', 'M26'): a name of a vessel or of
    a type, not an acronym."""
    return bool(re.fullmatch(r"[A-Z]{1,4}-?\d+[A-Z]?", word)) and any(c.isdigit() for c in word)


def spells(acronym: str, long: str) -> bool:
    """Does the long form spell the acronym, initial by initial: the initials of all its words
    ('ROK', Republic of Korea), of its capitalised words ('USSR'), or, for one word, its letters
    in order ('KMT', Kuomintang)? Not 'UTC' for University College."""
    letters = "".join(c for c in acronym if c.isalpha() and c.isupper())
    words = [w for w in re.split(r"[\s,–-]+", long) if w]
    if not letters or not words:
        return False
    if len(words) == 1:
        rest = iter(words[0].upper())
        return words[0][:1].upper() == letters[0] and all(c in rest for c in letters)
    initials = "".join(w[0] for w in words).upper()
    capitals = "".join(w[0] for w in words if w[0].isupper())
    return letters in (initials, capitals)


def storm(words: tuple[str, ...]) -> tuple[str, ...] | None:
    """The name of a storm without its category ('Koppu' for 'Tropical Storm Koppu'), or None."""
    for n in (3, 2, 1):
        if len(words) > n and " ".join(words[:n]) in _STORMS:
            rest = words[n:]
            return None if any(w in h for w in rest for _, h in _HEAD_KINDS) else rest
    return None