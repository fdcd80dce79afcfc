"""Enricher: the glossary, what the text itself defines (EXTRACTION.md, Glossary).

Finders read the chapters as one Document and propose candidates, each naming its rule and the
phrase that defined it: acronyms spelt out (acronyms.py), brackets after a term (brackets.py,
names.py), alias markers of the prose (aliases.py) and glosses (glosses.py). merge.py makes one
entry per term. Every finder is one pass over the text with bounded look-arounds, so the cost is
linear in the article; rules.py holds the tables, with examples."""
from __future__ import annotations

from dataclasses import replace
from itertools import chain

from ...model import Article, Book, Chapter, Commander, Infobox, Membership, Paragraph
from . import acronyms, aliases, brackets, glosses, merge, rules
from .candidate import Candidate, Context


def candidates(ctx: Context) -> list[Candidate]:
    """Every candidate of every finder, in the order of the text."""
    found = chain(acronyms.in_prose(ctx), brackets.find(ctx), aliases.find(ctx), glosses.find(ctx))
    return sorted(found, key=lambda c: c.span)


def enrich(book: Book) -> Book:
    """The book with its glossary."""
    ctx = Context(book)
    return replace(book, glossary=merge.entries(ctx, candidates(ctx)))


def _context_of_text(text: str, title: str, people: tuple[str, ...]) -> Context:
    block = Paragraph("p1", text, 1)
    box = Infobox(commanders=tuple(Commander(p, None, (), (), (Membership(1),), 1) for p in people))
    article = Article(title, "t", "t.txt", box, (block,), ())
    return Context(Book(article, (Chapter("lead", "Introduction", (block,), ()),)))


def candidates_of_text(text: str, title: str = "T") -> list[Candidate]:
    """The candidates of one paragraph (for the rules' examples)."""
    return candidates(_context_of_text(text, title, ()))


def entries_of_text(text: str, people: tuple[str, ...] = ()) -> tuple:
    """The entries of one paragraph, the infobox naming `people` (for the rules' examples)."""
    ctx = _context_of_text(text, "T", people)
    return merge.entries(ctx, candidates(ctx))


rules.RUN.update(candidates=candidates_of_text, entries=entries_of_text)
