"""The names the infobox gives that the index files: its commanders, the belligerents and units
of each side, the war it is part of, the places where it happened (EXTRACTION.md, Index: a short text may name a main subject
only there). Each name is located in the At a glance row that prints it, so a locator of a
name the text never repeats is that row's page (the front matter's roman folio).

A side's entry is a name when the name grammar reads all of it as one ('Zulu Kingdom',
'Kingdom of Georgia', 'Karkota dynasty'), or its part after 'of' when only that part has a head
noun ('Remnants of the Tibetan Army' is the Tibetan Army); labels ('Supported by:'), counts,
possessives ('Ada Vell's battalion') and descriptions ('light cavalry') are none. A Part of
value names its war as written ('the Vell invasions of the Marr'): the field holds nothing else."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from ...model import Book, Infobox, Provenance, glance_row
from ..document import infobox_provenance
from .filing import untitled
from .kinds import head_of
from .names import RUN

BOXED = "index.mention.infobox"
_BRACKET = re.compile(r"\s*\([^()]*\)")
_THE = re.compile(r"^(?:the|The)\s+")
_PLACEHOLDERS = frozenset(lexicon.PLACEHOLDERS)
_PARTS = re.compile(r"\s*[,;]\s*(?![^()]*\))")      # list items run together, not in brackets
_PLACE_LABELS = ("Place", "Location")
_ALTERNATIVE = re.compile(r"\s(?:or|/)\s")
_MONTHS = frozenset(lexicon.MONTHS)
_BEFORE_PLACE = frozenset((*lexicon.PREPOSITIONS, "the", "a", "an"))
_WHEN = re.compile(rf"\s+{lexicon.alternation(lexicon.TEMPORAL_PREPOSITIONS)}\s")
# The side fields an index reads, by the attribute of model.Side and its key in the infobox.
_SIDE_FIELDS = (("combatants", "Combatant"), ("units", "Units"))


@dataclass(frozen=True)
class Boxed:
    """A name the infobox gives: why the index reads it (commander | side | part-of), its kind,
    and where At a glance prints it (the row's anchor, the provenance of its span)."""

    name: str
    source: str
    kind: str
    row: str
    provenance: Provenance


def names(book: Book) -> list[Boxed]:
    """Every name the index takes from the infobox: commanders, sides, places ('Kulja, Vell
    Province'), the war it is part of."""
    box = book.article.infobox
    out: list[Boxed] = []
    for c in box.commanders:
        if c.memberships:
            out.append(_boxed(box, " ".join(untitled(c.name)), "commander", "person",
                              lexicon.SIDE_LABELS["commanders"], c.line, c.name))
    for side in box.sides:
        for attr, key in _SIDE_FIELDS:
            line = _line(box, f"{key}{side.number}")
            for item in getattr(side, attr):
                parts = [side_name(p) for p in _PARTS.split(item.text)]
                if item.kind == "label" or not all(parts) or not line:
                    continue           # one list of names, not 'Vellans, Marrans and their allies'
                for name in parts:
                    words = name.split()
                    found = head_of((*words[:-1], words[-1][:1].upper() + words[-1][1:]))
                    out.append(_boxed(box, name, "side", found[0] if found else "term",
                                      lexicon.SIDE_LABELS[attr], line, name))
    for f in box.fields:
        if f.label in _PLACE_LABELS:
            parts = [p for item in f.items for p in _PARTS.split(_BRACKET.sub("", item.text))
                     if not _ALTERNATIVE.search(p)]      # not 'Vella or Vel', 'Vella / Vel'
            for part in parts:
                for m in RUN.finditer(part):
                    words = m.group().split()
                    while words and words[0].lower() in _BEFORE_PLACE:
                        words = words[1:]             # 'Near Vella', not 'Three Fords'
                    if words and not any(w in _MONTHS for w in words):
                        name = " ".join(words)
                        out.append(_boxed(box, name, "infobox", "place", f.label, f.line, name))
        if f.key == "Partof":
            for item in f.items:
                name = war_name(item.text)
                if name:
                    out.append(_boxed(box, name, "part-of", "event", f.label, f.line, name))
    return out


def side_name(text: str) -> str:
    """The name a belligerent's or a unit's entry gives ('' when it is none): see the module's
    docstring."""
    text = _THE.sub("", _BRACKET.sub("", text).strip())
    if not text[:1].isupper() or ":" in text or any(c.isdigit() for c in text) or re.search(r"['’]s\b", text) or \
            text.casefold() in _PLACEHOLDERS:
        return ""
    words = text.split()
    if words[-1].islower() and (head_of((*words[:-1], words[-1].capitalize())) or ("", ""))[1] \
            == words[-1].capitalize():
        words[-1] = words[-1].capitalize()           # 'Karkota dynasty'
        if not RUN.fullmatch(" ".join(words)):
            return ""
        return text
    if not RUN.fullmatch(text):
        return ""
    if "of" in words[1:]:
        at = words.index("of")
        after = tuple(_THE.sub("", " ".join(words[at + 1:])).split())
        if head_of(tuple(words[:at])) is None:       # 'Remnants of the Tibetan Army'
            return " ".join(after) if head_of(after) else ""
    return text


def war_name(text: str) -> str:
    """The war a Part of value names: as written, without its article, a bracket or the period
    it falls in ('during the Marr period'), when it starts with a capital and is a name's length
    ('' else)."""
    text = _THE.sub("", _BRACKET.sub("", text).strip())
    text = _WHEN.split(text)[0].strip()
    if not text[:1].isupper() or ":" in text or len(text.split()) > 8:
        return ""
    return text


def _line(box: Infobox, key: str) -> int:
    """The source line of the infobox's `key` ('Combatant2'), 0 when absent."""
    return next((f.line for f in box.raw if f.key == key), 0)


def _boxed(box: Infobox, name: str, source: str, kind: str, label: str, line: int,
           written: str) -> Boxed:
    value = next((f.value for f in box.raw if f.line == line), "")
    at = value.find(written)
    at, end = (at, at + len(written)) if at >= 0 else (0, len(value))
    return Boxed(name, source, kind, glance_row(label), infobox_provenance(BOXED, line, (at, end)))
