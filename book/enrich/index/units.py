"""Military units: the short and long forms of one unit, and its side.

'2nd Division', 'US 2nd Division', '2nd Infantry Division' and 'US 2nd Infantry Division' are
one unit: the same number and unit noun, a side that agrees (or none), a branch that agrees (or
none). The enemy's 'NK 2nd Division' is another. A form without a side belongs to the side the
text gives the same unit nearest before it in the same passage ('… the NK 17th Regiment, 2nd
Division'), else to the side the book names that unit with most often."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from .kinds import ROMAN, head_of, ordinal, several_units

_ORDINAL_WORDS = {w.capitalize(): n for w, n in lexicon.ORDINAL_WORDS.items()}
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_CLASS = lexicon.UNIT_CLASSES
_ARMS = frozenset(lexicon.ARMS)


@dataclass(frozen=True)
class UnitName:
    """A unit name read into its parts: side ('US', '' when none), number, branch words
    ('Infantry'; 'Provisional Marine'), and the class of its unit noun."""

    side: str
    number: int
    branch: tuple[str, ...]
    head: str

    @property
    def key(self) -> tuple[int, str]:
        """What every form of one unit shares: its number and its class."""
        return self.number, self.head

    def agrees(self, other: "UnitName") -> bool:
        """Can both be forms of one unit: same key, and sides and branches that agree?"""
        return self.key == other.key and (not self.side or not other.side or
                                          self.side == other.side) and \
            (not self.branch or not other.branch or set(self.branch) <= set(other.branch)
             or set(other.branch) <= set(self.branch))


def number(word: str) -> int:
    """The value of '2nd', '23d', 'Eighth', 'XIV' (0 when it is none of these)."""
    m = re.match(r"\d+", word)
    if m:
        return int(m.group())
    if word in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[word]
    if ROMAN.fullmatch(word):
        values = [_ROMAN_VALUES[c] for c in word]
        return sum(-v if i + 1 < len(values) and v < values[i + 1] else v
                   for i, v in enumerate(values))
    return 0


def parse(words: tuple[str, ...], sides: dict[str, str]) -> UnitName | None:
    """A unit name's parts, or None when the words are no numbered unit. `sides` maps a
    side's forms to one spelling ('US' and 'United States' to 'united states')."""
    found = head_of(words)
    if not found or found[0] != "unit" or found[1] not in words or several_units(words):
        return None
    at = len(words) - 1 - words[::-1].index(found[1])
    k = next((i for i in range(at) if ordinal(words[i])), None)
    if k is None:
        return None
    between = words[k + 1:at]
    side_words = words[:k]
    if between and sides.get(" ".join(between).casefold()):
        side_words, between = between, ()
    side = sides.get(" ".join(side_words).casefold(), "") if side_words else ""
    if side_words and not side:
        side = _side_of(side_words, sides)
    head = _CLASS.get(words[at], words[at])
    branch = tuple(between) + ((words[at],) if words[at] in _ARMS else ())
    return UnitName(side, number(words[k]), branch, head)


def _side_of(words: tuple[str, ...], sides: dict[str, str]) -> str:
    """The side in words before a number: the first word or words that name one ('US' in 'US
    Marine Corps 1st …'), else all of them ('British')."""
    for n in range(len(words), 0, -1):
        side = sides.get(" ".join(words[:n]).casefold())
        if side:
            return side
    return " ".join(words).casefold()


def side_forms(acronyms: dict[str, str]) -> dict[str, str]:
    """Forms of sides, each mapped to one spelling: an acronym and its long form ('NK' and
    'North Korean'; 'US' and 'United States', 'U.S.')."""
    out: dict[str, str] = {}
    for short, long in acronyms.items():
        spelling = long.casefold()
        out[short.casefold()] = spelling
        out[long.casefold()] = spelling
        out[".".join(short).casefold() + "."] = spelling
    return out
