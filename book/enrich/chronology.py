"""Enricher: every dated statement of the article and its infobox, in date order.

Sort rule: by start date; within the same span a less precise date comes first (a year before
its months, a month before its days), except a month said to be late, ending or in its middle
(sorted at its 28th or 15th day); ties keep the order of the text.
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import dates
from .dates import Context, Found, iso
from ..model import Book, Event
from ..read.shape import texts, walk_blocks
from ..read.text import sentences

_CLAUSE = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|although|after which)\s)")
GLANCE = "At a glance"
_NAMING_ROWS = {"Conflict", "Part of"}


def _annotation(text: str, found: "Found") -> bool:
    """A bare year in parentheses inside an infobox value: a note on the figure before it."""
    return text[found.pos - 1:found.pos] == "(" and text[found.stop:found.stop + 1] == ")" \
        and found.end is None and not found.start[1] and found.kind == "date" and \
        text[:found.pos - 1].strip() != ""
# Words that can open a clause that still has its subject ("his attack…", "in June the…");
# a clause opening with anything else ("took Suzhou…") lost its subject: keep the sentence.
_SUBJECT_START = {"the", "a", "an", "his", "her", "its", "their", "he", "she", "they", "it", "we",
                  "in", "on", "at", "by", "from", "after", "before", "when", "while", "during",
                  "this", "that", "these", "those", "some", "many", "most", "all", "both", "each",
                  "every", "one", "two", "three", "no", "until", "since", "within", "over", "about"}


def enrich(book: Book) -> Book:
    """Add the chronology: one Event per date found, sorted by date."""
    span = _span(book)
    events: list[tuple[tuple, Event]] = []
    order = 0
    title = book.article.title
    ctx = Context(span)
    box = book.article.infobox
    unreadable = {line for line, _ in box.warnings}
    # Names ('Conflict: Revolution of 1956', 'Part of: …') carry years but state no event.
    rows = [(f.label, f.items) for f in box.fields
            if f.line not in unreadable and f.label not in _NAMING_ROWS]
    rows += [("Casualties", side.casualties) for side in box.sides]   # 'killed … by 1864'
    for label, items in rows:
        for item in items:
            for found in dates.find(item.text, ctx):
                if _annotation(item.text, found):
                    continue          # '12,000 (754)': a year noting when a figure held
                text = title if label == "Date" else item.text
                order += 1
                events.append(_event(found, text, GLANCE, "at-a-glance", order))
    ctx = Context(span)
    for _chapter, section, block in walk_blocks(book):
        for text in texts(block):
            for _, sentence in sentences(text):
                found = dates.find(sentence, ctx)
                for f in found:
                    order += 1
                    events.append(_event(f, _statement(sentence, f, len(found)), section,
                                         block.id, order))
    events.sort(key=lambda e: e[0])
    # The infobox's date goes when the text states the same span; its other-calendar note stays.
    notes = {(e.date, e.end): e.note for _, e in events if e.section == GLANCE and e.note}
    stated = {(e.date, e.end) for _, e in events if e.section != GLANCE}
    return replace(book, chronology=tuple(
        replace(e, note=e.note or notes.get((e.date, e.end))) for _, e in events
        if not (e.section == GLANCE and e.text == title and (e.date, e.end) in stated)))


# Where a qualified month sorts: 'late February' after '1 February', 'mid-March' on the 15th
# (the date itself stays as the text gives it).
_PART_OF = ((re.compile(r"^(?:late|end of|last days of) "), 28),
            (re.compile(r"^(?:mid|middle of)[- ]"), 15))


def _sort_start(f: Found) -> tuple[int, int, int]:
    """The start a date sorts at: a month qualified by late/end/mid moves into the month."""
    y, m, d = f.start
    if f.kind == "date" and m and not d:
        for pattern, day in _PART_OF:
            if pattern.match(f.display):
                return y, m, day
    return y, m, d


def _event(f: Found, text: str, section: str, anchor: str, order: int) -> tuple[tuple, Event]:
    key = (*_sort_start(f), order)
    group = dates.year_label(f.start[0]) if f.kind == "date" else f.display
    event = Event(iso(f.start), iso(f.end) if f.end else None, f.display, text.strip(),
                  section, anchor, group, f.note)
    return key, event


def _statement(sentence: str, found: Found, count: int) -> str:
    """The clause holding the date when a sentence carries several dates, else the sentence."""
    if count > 1:
        start = 0
        for m in _CLAUSE.finditer(sentence):
            if m.start() >= found.pos:
                clause = sentence[start:m.start()]
                break
            start = m.end()
        else:
            clause = sentence[start:]
        clause = re.sub(r"^(?:and|but)\s+", "", clause.strip())
        first = clause.split()[0] if clause else ""
        if len(clause.split()) >= 5 and (first[:1].isupper() or first in _SUBJECT_START):
            clause = clause[0].upper() + clause[1:]
            return clause if clause[-1] in ".!?”\"" else clause + "."
    return sentence.strip()


def _span(book: Book) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The dates the infobox's Date field covers, used to place dates given without a year."""
    field = book.article.infobox.field("Date")
    if field and not any(line == field.line for line, _ in book.article.infobox.warnings):
        found = dates.find(field.value, Context())
        if found:
            first, last = found[0], found[-1]
            return first.start, last.end or last.start
    return None
