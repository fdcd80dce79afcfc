"""The infobox's dated rows as chronology entries: its Date under the article's title, and the
dates other rows give ('signed on 12 March 1940'); rows that only name things are left out."""
from __future__ import annotations

from ... import lexicon
from ...model import Book, Event
from ..document import Document, infobox_provenance
from .dates import When, display, group, iso
from .finder import find
from .rules import NOT_AN_EVENT
from .spans import joined

GLANCE = "At a glance"
_NAMING_ROWS = {"Conflict", "Part of"}
_LIFE_ROWS = frozenset(lexicon.LIFE_ROWS)        # 'Born', 'Death date': a life, not the story
_LIFE_DATES = next(r for r in NOT_AN_EVENT if r.name == "not-event.life-dates")


def events(book: Book, period: tuple[int, int] | None) -> list[tuple[Event, When]]:
    """(Event, its date) for every date of the infobox's general rows and casualty rows."""
    box = book.article.infobox
    unreadable = {line for line, _ in box.warnings}
    raw = {f.line: f.value for f in box.raw}
    rows = [(f.label, f.items, f.line) for f in box.fields
            if f.line not in unreadable and f.label not in _NAMING_ROWS
            and f.label.lower() not in _LIFE_ROWS]
    rows += [("Casualties", side.casualties, _line(box, side.casualties)) for side in box.sides]
    out = []
    for label, items, line in rows:
        for item in items:
            for f, when in _dates(item.text, period):
                if _annotation(item.text, f.start, f.end, when) or \
                        _LIFE_DATES.applies(item.text, f.start, f.end):
                    continue                  # '12,000 (754)': a year noting when a figure held;
                                              # 'Basil (958–1025)': a life
                phrase = item.text[f.start:f.end]
                where = raw.get(line, "").find(phrase)
                span = (where, where + len(phrase)) if where >= 0 else (0, 0)
                text = book.article.title if label == "Date" else item.text
                out.append((Event(iso(when.start), iso(when.end) if when.end else None,
                                  display(when), text.strip(), GLANCE, "at-a-glance",
                                  group(when), f.note, infobox_provenance(f.rule, line, span)),
                            when))
    return out


def _line(box, items) -> int:
    """The source line of a side's row, found by its first item's text."""
    first = items[0].text if items else ""
    return next((f.line for f in box.raw if first and first in f.value), 0)


def _dates(text: str, period):
    """The explicit dates of one infobox value (a value stands alone: no narrative year)."""
    doc = Document.of_text(text)
    for f in joined(doc, find(doc, 0, len(text), period)):
        if not (f.when.yearless or f.when.relative or f.when.day_only):
            yield f, f.when


def _annotation(text: str, start: int, end: int, when: When) -> bool:
    """A bare year in parentheses inside a value: a note on the figure before it."""
    return text[start - 1:start] == "(" and text[end:end + 1] == ")" and when.end is None \
        and not when.start[1] and when.kind == "date" and text[:start - 1].strip() != ""
