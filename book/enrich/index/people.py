"""People: which names are persons', and which person a short form names.

A name is a person's when the text gives a sign of it: a rank or title before it, initials in
it, an epithet ('Agrippina the Younger'), a role or kinship around it (the PERSON_CUES rules),
or the infobox lists it as a commander. A short form names a person when the book has exactly
one person it fits: a surname alone ('Walker' for Walton Walker, also after a rank: 'General
Walker'), a first name alone when no one has it as a surname ('Poppaea' for Poppaea Sabina), a
shorter or longer form of the same name ('Suetonius Paulinus' for Gaius Suetonius Paulinus).
When two people fit, the one named in full nearest before it in the same passage is meant; when
none is, the form is left out ('two Octavias': never merged)."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ... import lexicon
from .filing import east_asian, western_japanese
from .names import Mention
from .cues import PERSON_CUES

_EPITHETS = frozenset(lexicon.EPITHETS)
_ROMAN_EPITHETS = frozenset(lexicon.ROMAN_EPITHETS)
_INITIAL = re.compile(r"[A-Z]\.")
_REGNAL = re.compile(r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})")
_NOT_ALONE = frozenset(w.casefold() for w in (*lexicon.NAME_SUFFIXES, *lexicon.HONORIFICS_AFTER,
                                              *lexicon.NAME_PARTICLES, *lexicon.TITLES))


def person_sign(m: Mention, text: str) -> str:
    """The sign that a mention is a person's ('' when none): 'title', 'initials' (right before
    the surname), 'epithet', 'regnal' (a name and a Roman numeral), or the name of the
    PERSON_CUES rule that holds around it."""
    if m.title:
        return "title"
    if len(m.words) > 1 and _INITIAL.fullmatch(m.words[-2]):
        return "initials"          # 'Paul L. Freeman'; not 'José R. Reyes Medical Center'
    if len(m.words) > 2 and m.words[-2] == "the" and m.words[-1] in _EPITHETS:
        return "epithet"
    if len(m.words) == 2 and _REGNAL.fullmatch(m.words[1]) and m.words[0].isalpha() \
            and not m.words[0].isupper():
        return "regnal"            # 'Arsaces III', 'Vologases I'

    rule = PERSON_CUES.first(text, m.start, m.end)
    return rule.name if rule else ""


def surname(words: tuple[str, ...]) -> str:
    """The word a person is called by alone: the last one ('Walker'), or the first before an
    epithet, a place of origin or a regnal number, and in a name written surname first
    ('Agrippina the Younger', 'Apollonius of Tyana', 'Darius III', 'Hong Xiuquan')."""
    if len(words) > 2 and words[-2] == "the" or "of" in words or _REGNAL.fullmatch(words[-1]) \
            or words[-1] in _ROMAN_EPITHETS or east_asian(" ".join(words)):
        return words[0]
    return words[-1]


def can_stand_alone(word: str) -> bool:
    """A word of a name that may stand for the person: no particle, suffix, title or initial."""
    return word.casefold() not in _NOT_ALONE and not _INITIAL.fullmatch(word) and len(word) > 1


def in_order(few: tuple[str, ...], many: tuple[str, ...]) -> bool:
    """Are the words `few` all in `many`, in the same order?"""
    rest = iter(many)
    return all(w in rest for w in few)


@dataclass
class People:
    """The book's persons of two words or more, by surname and by first word, so that a short
    form finds the people it may name without scanning them all (10 000 commanders)."""

    western: bool = False    # a book of modern times: Japanese names in Western order
    names: list[tuple[str, ...]] = field(default_factory=list)
    by_surname: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_first: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_middle: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))
    by_last: dict[str, list[int]] = field(default_factory=lambda: defaultdict(list))

    def add(self, words: tuple[str, ...]) -> int:
        """Register a person's full name; its number."""
        self.names.append(words)
        n = len(self.names) - 1
        self.by_surname[surname(words)].append(n)
        if can_stand_alone(words[0]) and words[0] != surname(words):
            self.by_first[words[0]].append(n)
        for w in words[1:-1]:
            if can_stand_alone(w) and w[:1].isupper() and w != surname(words):
                self.by_middle[w].append(n)
        if self.western and words[-1] != surname(words) and western_japanese(list(words)):
            self.by_last[words[-1]].append(n)      # 'Kunio Nakagawa' … 'Nakagawa'
        return n

    def fitting(self, words: tuple[str, ...]) -> tuple[str, list[int]]:
        """The rule and the persons a short form may name: for one word, those with it as a
        surname, else (`western`) as the surname of a Japanese name in Western order, else as
        a first name, else as a middle name (a Roman called by his nomen: 'Verginius' for
        Lucius Verginius Rufus); for more, those whose name has every word in order and the
        same surname."""
        if len(words) == 1:
            word = words[0]
            for rule, table in (("index.mention.surname", self.by_surname),
                                ("index.mention.last-word", self.by_last),
                                ("index.mention.given-name", self.by_first)):
                found = table.get(word, [])
                if found:
                    return rule, found
            return "index.mention.given-name", self.by_middle.get(word, [])
        return "index.mention.short-form", [n for n in self.by_surname.get(surname(words), [])
                                            if self.names[n] != words and
                                            (in_order(words, self.names[n]) or
                                             in_order(self.names[n], words))]
