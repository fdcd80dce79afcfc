"""Enricher: the back-of-book index (EXTRACTION.md, Index; CMOS ch. 16).

    mentions (names.py: the name grammar)
      -> referents (referents.py: surnames, units, acronyms, other names resolved)
      -> headings (judge.py: what the text discusses; filing.py: how a heading is filed)
      -> entries (entries.py: a locator at every mention, sub-entries, 'see' references)

Every heading's provenance names the HEADING rule that made it and its first mention; every
locator's, the MENTION rule that resolved it and the full mention it was resolved through; every
candidate turned down is recorded for `book explain` with the REFUSED rule (rules.py). One pass
of the grammar over the text, then dictionary lookups: the cost grows with the text."""
from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...model import Book
from ..document import Document
from ..trace import active, reject
from .entries import build
from .filing import modern
from .judge import subject_key, verdict
from .names import Mention, mentions
from .referents import Referent, Resolver, acronyms
from .usage import Usage

__all__ = ["enrich"]


def enrich(book: Book) -> Book:
    """Add the index: sorted entries, each with its locators, sub-entries, 'see' references."""
    doc = Document(book)
    usage = Usage(doc)
    unspelt: list[tuple[str, str]] = []
    spelt = acronyms(book, doc.text, unspelt)
    resolver = Resolver(book, usage, _merged(list(mentions(usage)),
                                             _known_forms(book, doc, spelt)), spelt)
    referents = resolver.resolve()
    subject = subject_key(book.article.title, resolver.describes)
    accepted: list[Referent] = []
    for r in referents:
        r.rule = verdict(r, usage, subject)
        if r.rule.startswith("index.heading."):
            accepted.append(r)
        elif active() and r.uses:
            first = r.uses[0].mention
            reject("index", r.name, "an index heading", doc.provenance(r.rule, first.start, first.end))
        elif active():
            reject("index", r.name, "an index heading", replace(r.boxed[0].provenance, rule=r.rule))
    if active():
        _record(resolver, unspelt, doc)
    return replace(book, index=tuple(build(accepted, doc, modern(book))))


def _record(resolver: Resolver, unspelt: list[tuple[str, str]], doc: Document) -> None:
    """The mentions and acronyms the resolver turned down, for `book explain`."""
    for m, rule in resolver.refused:
        reject("index", m.text, "a mention of one referent", doc.provenance(rule, m.start, m.end))
    for short, long in unspelt:
        for pos in doc.index.occurrences(short)[:1]:
            reject("index", f"{short} = {long}", "an acronym's long form",
                   doc.provenance("index.refused.unspelt", pos, pos + len(short)))


def _known_forms(book: Book, doc: Document, spelt: dict[str, str]) -> list[Mention]:
    """Where the names the other appendices found stand in the text, when the grammar alone
    would cut them (a long form with a comma or an 'and' inside: 'Philippine Atmospheric,
    Geophysical and Astronomical Services Administration')."""
    forms = set(spelt.values()) | {p.name for p in book.biographies if p.commander.memberships} | \
        {n for e in book.glossary if e.see is None for n in (e.term, e.original, *e.aliases)
         if n and ("," in n or " and " in n and n.split()[-1] in lexicon.ORGANISATION_HEADS)}
    out = []
    for form in forms:
        if re.search(r"[,&]| and ", form):
            for pos in doc.index.occurrences(form):
                out.append(Mention(pos, pos + len(form), form, tuple(form.split())))
    return out


def _merged(found: list[Mention], known: list[Mention]) -> list[Mention]:
    """The grammar's mentions and the known forms' occurrences, the longest winning where they
    overlap (a grammar mention wins a tie: it knows the title before it)."""
    every = sorted([(m, 0) for m in found] + [(m, 1) for m in known],
                   key=lambda x: (x[0].start, -x[0].end, x[1]))
    out: list[Mention] = []
    end = -1
    for m, _ in every:
        if m.start >= end:
            out.append(m)
            end = m.end
    return out
