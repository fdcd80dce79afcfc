"""What an article says about itself (years, "Part of", subjects, who wrote it), read from the
typed infobox (book/read/infobox.py) for the title page, the cover and the EPUB metadata."""
from __future__ import annotations

import re

from ..enrich import dates
from ..model import Book, Paragraph

_GROUP = re.compile(r"\b(?:contributors|editors|authors|staff|team|society|project|press)\b", re.I)


def field(book: Book, *labels: str) -> str:
    """The value of the first general infobox field with one of these labels, or ''."""
    found = book.article.infobox.field(*labels)
    return found.value if found else ""


def span(book: Book) -> str:
    """The years the article covers ('1944–1946', '331 BC'): its infobox Date, else the first
    range the lead's first paragraph states ('from 1944 to 1946'); '' when neither has one."""
    found = dates.find(field(book, "Date", "Dates"), dates.Context())
    if found:
        return years(found[0].start[0], (found[-1].end or found[-1].start)[0])
    first = next((b.id for b in book.article.lead if isinstance(b, Paragraph)), None)
    for event in book.chronology:
        if event.anchor == first and event.end:
            return years(_year(event.date), _year(event.end))
    return ""


def _year(iso: str) -> int:
    return int(re.match(r"-?\d+", iso).group())


def years(first: int, last: int) -> str:
    """'1944–1946', '1916', '334–323 BC', 'AD 73–74', '4 BC – AD 6' (BC years are negative)."""
    if first == last:
        return dates.year_label(first)
    if last < 0:
        return f"{-first}–{-last} BC"
    if first < 0:
        return f"{-first} BC – AD {last}"
    return f"AD {first}–{last}" if first < 100 else f"{first}–{last}"


def part_of(book: Book) -> str:
    """The larger event the article belongs to (its infobox 'Part of' line), or ''."""
    return field(book, "Part of")


def subjects(book: Book) -> tuple[str, ...]:
    """Catalogue subjects: the 'Part of' line, then the kind of history the infobox describes."""
    box = book.article.infobox
    kind = "Military history" if box.sides or box.commanders else "History"
    return tuple(s for s in (part_of(book), field(book, "Type", "Conflict type"), kind) if s)


def attribution(book: Book) -> str:
    """Who wrote the text: Wikipedia's contributors only when the infobox's Source says so."""
    source = field(book, "Source", "From", "Publisher")
    return "Wikipedia contributors" if "wikipedia" in source.lower() else "Encyclopedia contributors"


def file_as(name: str) -> str:
    """How catalogues sort a creator: 'Doe, Jane' for a person, a group's name as it stands."""
    words = name.split()
    if len(words) < 2 or "," in name or _GROUP.search(name):
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"
