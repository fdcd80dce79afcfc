"""The chapters' text as the enrichers read it: one string, its blocks and sentences, and the way
back from a position in it to a block, a sentence and a Provenance.

Built once per enricher from the Book; every rule reads positions in `Document.text`, and
`provenance()` turns a span of it into the block-relative span that data.json and `book explain`
show."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from ..model import Book, Provenance
from ..read.shape import walk_blocks
from ..read.text import sentences
from .textindex import TextIndex

SEPARATOR = "\n"          # between blocks in Document.text: no rule matches across it


@dataclass(frozen=True)
class Passage:
    """One block of the chapters: a paragraph, or a list read as one text."""

    anchor: str
    section: str          # the title of the (sub)section it stands in
    chapter: str          # the id of its chapter
    text: str
    line: int
    start: int            # where it starts in Document.text


@dataclass(frozen=True)
class Sentence:
    """One sentence, by its place in Document.text."""

    start: int
    end: int
    passage: int          # index into Document.passages


class Document:
    """The chapters' blocks in reading order, joined by SEPARATOR, with sentence boundaries."""

    def __init__(self, book: Book | None = None,
                  blocks: list[tuple[str, str, str, str, int]] | None = None) -> None:
        """From a Book's chapters, or from (anchor, section, chapter, text, line) blocks."""
        self.passages: list[Passage] = []
        self.sentences: list[Sentence] = []
        parts: list[str] = []
        pos = 0
        if blocks is None:
            blocks = [(b.id, section, chapter.id, b.text, b.line)
                      for chapter, section, b in walk_blocks(book)]
        for anchor, section, chapter, text, line in blocks:
            self.passages.append(Passage(anchor, section, chapter, text, line, pos))
            for offset, sentence in sentences(text):
                self.sentences.append(Sentence(pos + offset, pos + offset + len(sentence),
                                               len(self.passages) - 1))
            parts.append(text)
            pos += len(text) + len(SEPARATOR)
        self.text = SEPARATOR.join(parts)
        self._starts = [p.start for p in self.passages]
        self._sentence_starts = [s.start for s in self.sentences]
        self._index: TextIndex | None = None

    @classmethod
    def of_text(cls, text: str, anchor: str = "") -> "Document":
        """A one-passage document (an infobox value, a title)."""
        return cls(blocks=[(anchor, "", "", text, 0)])

    @property
    def index(self) -> TextIndex:
        """Word positions of the whole text, built on first use."""
        if self._index is None:
            self._index = TextIndex(self.text)
        return self._index

    def passage_at(self, pos: int) -> Passage:
        """The passage holding position `pos`."""
        return self.passages[max(0, bisect_right(self._starts, pos) - 1)]

    def sentence_at(self, pos: int) -> Sentence:
        """The sentence holding position `pos` (the one before it, between sentences)."""
        return self.sentences[max(0, bisect_right(self._sentence_starts, pos) - 1)]

    def sentence_text(self, sentence: Sentence) -> str:
        return self.text[sentence.start:sentence.end]

    def provenance(self, rule: str, start: int, end: int,
                   context: Provenance | None = None) -> Provenance:
        """The Provenance of the phrase text[start:end], found by `rule`."""
        p = self.passage_at(start)
        return Provenance(rule, p.anchor, (start - p.start, min(end, p.start + len(p.text)) - p.start),
                          p.section, p.line, context)


def infobox_provenance(rule: str, line: int, span: tuple[int, int],
                       context: Provenance | None = None) -> Provenance:
    """The Provenance of a phrase of the infobox field on source line `line`."""
    return Provenance(rule, "at-a-glance", span, "At a glance", line, context)
