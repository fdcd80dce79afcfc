"""Small texts for the glossary's finders: a Context of paragraphs of our own."""
from __future__ import annotations

from book.enrich.glossary.candidate import Context
from book.model import Article, Book, Chapter, Infobox, Paragraph


def context(*paragraphs: str, title: str = "T") -> Context:
    """The finders' context of a book whose lead is `paragraphs`."""
    blocks = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(paragraphs, 1))
    article = Article(title, "t", "t.txt", Infobox(), blocks, ())
    return Context(Book(article, (Chapter("lead", "Introduction", blocks, ()),)))


def found(finder, *paragraphs: str) -> list[tuple]:
    """(term, kind, rule, expansion or definition, aliases) of what `finder` finds."""
    return [(c.term, c.kind, c.rule, c.expansion or c.definition, tuple(c.aliases))
            for c in finder(context(*paragraphs))]
