"""How a catalogue files the book's creator (the EPUB's file-as), and what the colophon says of
the text's source and licence: the rest of what the article says about itself is read once by
the `about` enricher (Book.about)."""
from __future__ import annotations

import re

from ..model import Book

_GROUP = re.compile(r"\b(?:contributors|editors|authors|staff|team|society|project|press)\b", re.I)


def file_as(name: str) -> str:
    """How catalogues sort a creator: 'Doe, Jane' for a person, a group's name as it stands."""
    words = name.split()
    if len(words) < 2 or "," in name or _GROUP.search(name):
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"


# Wikipedia's text is published under CC BY-SA 4.0 (its Terms of Use, section 7): a book made of
# it says so. The one licence stated without being told: the infobox's Source names Wikipedia.
WIKIPEDIA_LICENCE = ("The text comes from Wikipedia and is published under the Creative Commons "
                     "Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0); this book is shared "
                     "under the same licence.")


def _source_field(book: Book) -> str:
    found = book.article.infobox.field("Source", "From")
    return found.value if found else ""


def source(book: Book, given: str | None = None) -> str:
    """Where the text comes from, as the colophon states it: the configuration's (`source`),
    else the infobox's Source field, else '' (nothing is claimed)."""
    return given or _source_field(book)


def licence(book: Book, given: str | None = None) -> str:
    """The text's licence, as the colophon states it: the configuration's (`licence`), else
    CC BY-SA when the infobox's Source names Wikipedia, else '' (nothing is claimed)."""
    if given:
        return given
    return WIKIPEDIA_LICENCE if "wikipedia" in _source_field(book).lower() else ""
