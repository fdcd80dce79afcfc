"""`book explain ARTICLE QUERY`: why an entry is in an appendix, or why a phrase is not.

For every extracted item matching QUERY (a term, a date such as 1805-11-11 or 1805, a name) it
prints the appendix, the rule and its reason, the sentence with the phrase marked, and where a
borrowed part (a date's year, a surname's person) came from; then every candidate phrase matching
QUERY that a rule rejected, with that rule. Like HeidelTime's debug output, but per query."""
from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from .model import Book, Provenance
from .read.text import sentences


@dataclass(frozen=True)
class Hit:
    """One extracted item that matches the query."""

    appendix: str
    title: str                 # how the item reads: '7 November 1944', 'UN — United Nations'
    provenance: Provenance | None


def explain(path: Path, query: str, out: TextIO | None = None) -> int:
    """Print the explanation of `query` in the article at `path` (to stdout); 0, or an
    InputError (exit 2 in the CLI) when the article cannot be read."""
    out = out or sys.stdout
    from .build import book_from
    from .enrich import trace
    from .read.article import read

    article = read(path)                     # InputError -> the CLI's one-line error, exit 2
    with trace.recording() as rejected:
        book = book_from(article)
    rules = _rules()
    hits = list(_hits(book, query))
    misses = list({(r.phrase, r.provenance): r for r in rejected
                   if _matches(query, r.phrase) and r.provenance.anchor}.values())
    if not hits and not misses:
        print(f"{path}: nothing matches {query!r}", file=out)
        return 0
    for hit in hits:
        print(f"{hit.appendix}: {hit.title}", file=out)
        _where(book, hit.provenance, rules, out)
        print(file=out)
    for r in misses:
        print(f"rejected as {r.what}: {r.phrase!r} ({r.appendix})", file=out)
        _where(book, r.provenance, rules, out)
        print(file=out)
    return 0


def _rules() -> dict[str, str]:
    """Each rule's reason, by name."""
    from .enrich.rules import registry
    return {name: rule.reason for name, rule in registry().items()}


def _matches(query: str, *texts: str | None) -> bool:
    """Does the query match one of `texts`: the same words (case and accents aside), or a date
    prefix ('1950' matches '1950-09-01')?"""
    q = query.casefold().strip()
    for t in texts:
        if not t:
            continue
        t = t.casefold()
        if t == q or (re.fullmatch(r"-?\d[\d-]*", q) and t.startswith(q)) or \
                re.search(rf"(?<!\w){re.escape(q)}(?!\w)", t):
            return True
    return False


def _hits(book: Book, query: str) -> Iterator[Hit]:
    for e in book.glossary:
        if e.see is None and _matches(query, e.term, e.expansion, *e.aliases, e.original):
            gloss = e.expansion or e.definition or ", ".join(e.aliases)
            yield Hit("glossary", f"{e.term} — {gloss}" if gloss else e.term, e.provenance)
    for e in book.chronology:
        if _matches(query, e.date, e.end, e.display):
            yield Hit("chronology", f"{e.display} ({e.date}{'/' + e.end if e.end else ''})",
                      e.provenance)
    for p in book.biographies:
        if _matches(query, p.name):
            yield Hit("biographies", f"{p.name}: {p.mentions} mentions, {len(p.facts)} facts",
                      p.provenance)
            for f in p.facts:
                yield Hit("biographies", f"fact about {p.name}", f.provenance)
            if p.fate is not None:
                yield Hit("biographies", f"fate of {p.name}: {p.fate.text}", p.fate.provenance)
    for e in book.index:
        if _matches(query, e.term, _natural(e.term)):
            yield from _index_hits(e)


def _natural(term: str) -> str:
    """An inverted heading in natural order ('Walker, Walton' -> 'Walton Walker'), so that a
    query written either way finds it."""
    head, sep, rest = term.partition(", ")
    return f"{rest} {head}" if sep else term


def _index_hits(e) -> Iterator[Hit]:
    """An index heading, how many of its mentions each rule resolved, then every mention with
    its rule and the full mention it was resolved through."""
    locators = [*e.locators, *(loc for s in e.subentries for loc in s.locators)]
    rules: dict[str, int] = {}
    for loc in locators:
        if loc.provenance:
            rules[loc.provenance.rule] = rules.get(loc.provenance.rule, 0) + 1
    how = "; ".join(f"{n} by {rule}" for rule, n in rules.items())
    title = f"{e.term} ({e.kind}): {len(locators)} mentions" + (f" ({how})" if how else "")
    if e.sees:
        title = f"{e.term}: see reference"
    yield Hit("index", title, e.provenance)
    for loc in locators:
        if loc.provenance:
            yield Hit("index", f"{e.term}: mention in {loc.anchor}", loc.provenance)


def _where(book: Book, p: Provenance | None, rules: dict[str, str], out: TextIO,
           indent: str = "  ") -> None:
    """The rule, its reason, the place and the sentence with the phrase marked «…»."""
    if p is None:
        print(f"{indent}(no provenance recorded)", file=out)
        return
    print(f"{indent}rule: {p.rule} — {rules.get(p.rule, 'not in the rule tables')}", file=out)
    where = f"{p.section} › {p.anchor}" if p.section else p.anchor
    print(f"{indent}where: {where}, line {p.line}, characters {p.span[0]}–{p.span[1]}", file=out)
    text = source_text(book, p)
    if text is not None:
        print(f"{indent}text: {_marked(text, p.span)}", file=out)
    if p.context is not None:
        print(f"{indent}taken from:", file=out)
        _where(book, p.context, rules, out, indent + "  ")


def source_text(book: Book, p: Provenance) -> str | None:
    """The text a provenance's span points into: its block's text, its infobox field's value, or
    a section heading (the glossary reads their brackets: the anchor is the section's id, or its
    chapter's for a chapter's own heading)."""
    if p.anchor == "at-a-glance":
        return next((f.value for f in book.article.infobox.raw if f.line == p.line), None)
    from .read.shape import walk_blocks
    found = next((b.text for _, _, b in walk_blocks(book) if b.id == p.anchor), None)
    return found if found is not None else _heading(book.article.sections, p)


def _heading(sections, p: Provenance) -> str | None:
    """The title of the section whose id (or its chapter's) is the anchor, on the line given."""
    for s in sections:
        if p.anchor in (s.id, s.id.replace("s-", "ch-", 1)) and s.line == p.line:
            return s.title
        found = _heading(s.subsections, p)
        if found is not None:
            return found
    return None


def _marked(text: str, span: tuple[int, int]) -> str:
    """The sentence holding the span, with the phrase between « »."""
    a, b = span
    for offset, sentence in sentences(text):
        if offset <= a < offset + len(sentence) + 1:
            s, e = a - offset, b - offset
            return f"{sentence[:s]}«{sentence[s:e]}»{sentence[e:]}"
    return f"{text[:a]}«{text[a:b]}»{text[b:]}"
