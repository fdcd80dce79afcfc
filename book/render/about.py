"""How a catalogue files the book's creator (the EPUB's file-as): the rest of what the article says
about itself is read once by the `about` enricher (Book.about)."""
from __future__ import annotations

import re

_GROUP = re.compile(r"\b(?:contributors|editors|authors|staff|team|society|project|press)\b", re.I)


def file_as(name: str) -> str:
    """How catalogues sort a creator: 'Doe, Jane' for a person, a group's name as it stands."""
    words = name.split()
    if len(words) < 2 or "," in name or _GROUP.search(name):
        return name
    return f"{words[-1]}, {' '.join(words[:-1])}"
