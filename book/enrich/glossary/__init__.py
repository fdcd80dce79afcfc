"""Enricher: the glossary, what the text itself defines (EXTRACTION.md, Glossary).

Finders read the chapters as one Document and propose candidates, each naming its rule and the
phrase that defined it: acronyms spelt out (acronyms.py), brackets after a term (brackets.py,
names.py), alias markers of the prose (aliases.py) and glosses (glosses.py). merge.py makes one
entry per term. Every finder is one pass over the text with bounded look-arounds, so the cost is
linear in the article; rules.py holds the tables, with examples."""
from __future__ import annotations

import re
from dataclasses import replace
from itertools import chain

from ...model import Article, Book, Chapter, Commander, Infobox, Membership, Paragraph, Section
from . import acronyms, aliases, appositions, brackets, clauses, glosses, merge, rules
from .candidate import Candidate, Context


def candidates(ctx: Context) -> list[Candidate]:
    """Every candidate of every finder, in the order of the text. The prose finders read the
    prose only; the bracket readers read the labels too (headings, the infobox's values)."""
    prose = (c for c in chain(acronyms.in_prose(ctx), aliases.find(ctx), clauses.find(ctx),
                              glosses.find(ctx), appositions.find(ctx))
             if ctx.label_at(c.span[0]) is None)
    found = chain(prose, brackets.find(ctx), brackets.in_languages(ctx))
    return sorted(found, key=lambda c: c.span)


def enrich(book: Book) -> Book:
    """The book with its glossary."""
    ctx = Context(book)
    return replace(book, glossary=merge.entries(ctx, candidates(ctx)))


def _context_of_text(text: str, title: str, people: tuple[str, ...]) -> Context:
    """A book of one paragraph; a line '== Heading ==' in `text` starts a section with the
    lines after it as its paragraph (the examples of the heading rules)."""
    lead, *rest = re.split(r"\n?^== (.+?) ==$\n?", text, flags=re.M)
    block = Paragraph("p1", lead, 1)
    sections = tuple(Section(f"s-{k}", heading, 2, k + 2, (Paragraph(f"p{k + 2}", body, k + 2),))
                     for k, (heading, body) in enumerate(zip(rest[::2], rest[1::2])))
    box = Infobox(commanders=tuple(Commander(p, None, (), (), (Membership(1),), 1) for p in people))
    article = Article(title, "t", "t.txt", box, (block,), sections)
    chapters = (Chapter("lead", "Introduction", (block,), ()),
                *(Chapter(s.id.replace("s-", "ch-", 1), s.title, s.blocks, ()) for s in sections))
    return Context(Book(article, chapters))


def candidates_of_text(text: str, title: str = "T") -> list[Candidate]:
    """The candidates of one paragraph (for the rules' examples); a first line '= Title =' gives
    the article's title."""
    titled = re.match(r"= (.+?) =\n+", text)
    if titled:
        text, title = text[titled.end():], titled.group(1)
    return candidates(_context_of_text(text, title, ()))


def entries_of_text(text: str, people: tuple[str, ...] = ()) -> tuple:
    """The entries of one paragraph, the infobox naming `people` (for the rules' examples)."""
    ctx = _context_of_text(text, "T", people)
    return merge.entries(ctx, candidates(ctx))


rules.RUN.update(candidates=candidates_of_text, entries=entries_of_text)
