"""What every glossary finder produces and reads: a candidate entry with the rule and the span of
the phrase that defined it, and the context of the whole text the finders share."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from ...model import Book, Section
from ...read.shape import walk_blocks
from ..document import Document
from ...scripts import han_variant, runs
from ..textindex import TextIndex
from .phrases import unbracketed

INFOBOX_ANCHOR, INFOBOX_SECTION = "at-a-glance", "At a glance"


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
    lang: str | None = None            # BCP 47 tag of the language the text names for
                                       # `original` (or for the term); never a guess
    aliases: list[str] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)   # (name, named tag or und)
    quoted: bool = False               # the text puts the term in quotation marks
    explained: bool = False            # the term is the one its phrase explains: the headword,
                                       # whatever form the text uses most (merge.py)

    def has_content(self) -> bool:
        """Does the text say anything about the term (an entry with nothing to say is none)?"""
        same = self.original is not None and self.original.casefold() == self.term.casefold()
        return bool(self.expansion or self.definition or self.original and not same
                    or self.aliases or self.names)        # 'naphtha (Greek: naphtha)': nothing


class Context:
    """The article as the finders read it: the Document, a word index, the title and the people
    the infobox names, each built once (every finder is linear in the text).

    The Document holds the chapters' blocks (the prose, up to `prose_end`) and after them the
    labels: the infobox's values and the section headings, each a passage of its own with its
    anchor ('at-a-glance', the section's id). Only the bracket reader reads labels (see
    brackets.find), and the word index counts the prose only."""

    def __init__(self, book: Book) -> None:
        self.book = book
        prose = [(b.id, section, chapter.id, b.text, b.line)
                 for chapter, section, b in walk_blocks(book)]
        self.doc = Document(blocks=prose + _labels(book))
        self.text = self.doc.text
        self.prose_end = self.doc.passages[len(prose)].start - 1 if len(self.doc.passages) > len(prose) \
            else len(self.text)
        self.title = unbracketed(book.article.title).strip()
        conflict = book.article.infobox.field("Conflict")
        self.subject = unbracketed(conflict.value) if conflict else self.title
        self.people = tuple(c.name for c in book.article.infobox.commanders)
        self.ids: dict[str, int] = {}      # entry ids given so far (unique_id)
        self.memo: dict[str, object] = {}  # answers about the whole text, found once

    @cached_property
    def index(self) -> TextIndex:
        """Word positions of the prose (labels repeat names: they would count them twice)."""
        return TextIndex(self.text[:self.prose_end])

    def label_at(self, pos: int) -> str | None:
        """'heading' or 'infobox' when `pos` is in a label passage, None in the prose."""
        if pos < self.prose_end:
            return None
        return "infobox" if self.doc.passage_at(pos).anchor == INFOBOX_ANCHOR else "heading"

    @cached_property
    def han(self) -> str:
        """The article's Chinese writing system (see scripts.han_variant)."""
        return han_variant(self.text)

    def count(self, phrase: str) -> int:
        """How often `phrase` stands alone in the text (memoised by the index)."""
        return self.index.count(phrase) if phrase else 0


def script_tag(piece: str) -> str:
    """The tag of a name whose language the text does not name: 'und', with the script when it
    is not Latin ('und-Cyrl'): the script alone names no language (EXTRACTION.md)."""
    found = runs(piece)
    return f"und-{found[0].script}" if found and found[0].script else "und"


def glyph_tag(piece: str, named: str | None, ctx: Context) -> str:
    """The tag the rendering sets on a name in another script to choose its glyphs: the
    language the text names, else the likely language of its script (the language its letters
    single out, 'ug'; the Han writing system the article uses, zh-Hant or ja)."""
    if named and not named.startswith("und"):
        return named
    found = runs(piece, ctx.han)
    return found[0].lang if found else "und"


def _labels(book: Book) -> list[tuple[str, str, str, str, int]]:
    """The infobox's values and the chapters' headings as (anchor, section, chapter, text, line)
    blocks: a heading's anchor is its chapter's id, or its own id for a subsection."""
    out = [(INFOBOX_ANCHOR, INFOBOX_SECTION, "", f.value, f.line)
           for f in book.article.infobox.raw if f.value.strip()]
    chapters = {c.id for c in book.chapters}

    def visit(s: Section, chapter: str, top: bool) -> None:
        out.append((chapter if top else s.id, s.title, chapter, s.title, s.line))
        for sub in s.subsections:
            visit(sub, chapter, False)
    for section in book.article.sections:
        chapter = section.id.replace("s-", "ch-", 1)
        if chapter in chapters:            # not 'See also': back matter, not read
            visit(section, chapter, True)
    return out
