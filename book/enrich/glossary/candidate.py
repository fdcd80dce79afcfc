"""What every glossary finder produces and reads: a candidate entry with the rule and the span of
the phrase that defined it, and the context of the whole text the finders share."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...model import Book
from ..document import Document
from ...scripts import han_variant, runs
from ..textindex import TextIndex


@dataclass
class Candidate:
    """A glossary entry being assembled: a term, what the text says it is, and why."""

    term: str
    kind: str                          # acronym | alias | foreign | term
    rule: str                          # the name of the rule that found it (rules.py)
    span: tuple[int, int]              # the defining phrase in Document.text
    expansion: str | None = None
    definition: str | None = None
    original: str | None = None        # the term in its own script
    lang: str | None = None            # BCP 47 tag of `original` (or of the term) when told
    aliases: list[str] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)   # (name, BCP 47 tag)
    quoted: bool = False               # the text puts the term in quotation marks

    def has_content(self) -> bool:
        """Does the text say anything about the term (an entry with nothing to say is none)?"""
        return bool(self.expansion or self.definition or self.original or self.aliases
                    or self.names)


class Context:
    """The article as the finders read it: the Document, a word index, the title and the people
    the infobox names, each built once (every finder is linear in the text)."""

    def __init__(self, book: Book) -> None:
        self.book = book
        self.doc = Document(book)
        self.text = self.doc.text
        self.title = re.sub(r"\s*\([^()]*\)\s*$", "", book.article.title).strip()
        conflict = book.article.infobox.field("Conflict")
        self.subject = re.sub(r"\s*\([^()]*\)\s*$", "", conflict.value) if conflict else self.title
        self.people = tuple(c.name for c in book.article.infobox.commanders)
        self.ids: dict[str, int] = {}      # entry ids given so far (unique_id)

    @cached_property
    def index(self) -> TextIndex:
        return self.doc.index

    @cached_property
    def han(self) -> str:
        """The article's Chinese writing system (see scripts.han_variant)."""
        return han_variant(self.text)

    def count(self, phrase: str) -> int:
        """How often `phrase` stands alone in the text (memoised by the index)."""
        return self.index.count(phrase) if phrase else 0


def script_tag(piece: str, ctx: Context) -> str:
    """The tag of a name in another script whose language the text does not name, as the
    renderer needs it to choose glyphs: the language its letters single out ('ug'), the Han
    writing system the article uses (zh-Hant, ja), else the script's usual language."""
    found = runs(piece, ctx.han)
    if not found:
        return "und"
    return found[0].lang
