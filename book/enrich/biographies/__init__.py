"""Enricher: the Commanders appendix, one entry per commander, built only from sentences of
the article (EXTRACTION.md, Biographies).

Who is listed comes from the infobox, or without one from where the text states command
(commanders.py); no one is listed otherwise, and the book has no Commanders appendix. Each
sentence that names a commander (mentions.py) is a fact about them; the sentence may also give
a role or a relation (roles.py) and their fate (fates.py). Every fact, fate and person carries
the rule that produced it and where it stands; the rules are the tables of rules.py."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...model import LIST_JOIN, Book, Fact, Person
from ...read.shape import walk_blocks
from ...read.text import sentences as split
from .. import about, chronology, trace
from ..chronology.dates import display
from ..chronology.finder import find
from ..document import Document
from . import rules
from .commanders import Listed, listed
from .fates import Dated, Fate, fates
from .mentions import Reader, mentions
from .names import group_words, named_in_sections, others_in_sections, owners, people
from .roles import relations, roles


@dataclass
class Entry:
    """What the text says of one listed commander, as it is gathered."""

    listed: Listed
    facts: list[Fact] = field(default_factory=list)
    seen: set[tuple[str, str, str]] = field(default_factory=set)
    roles: list[tuple[str, str]] = field(default_factory=list)        # (role, rule)
    relations: list[tuple[str, str]] = field(default_factory=list)    # (relation, rule)
    fate: tuple[Fate, Fact] | None = None
    mentions: int = 0


def enrich(book: Book) -> Book:
    """Add one Person per listed commander, in the order they are listed."""
    out = tuple(Person(f"bio-{k + 1}", e.listed.commander, e.listed.side_label,
                       roles=tuple(r for r, _ in e.roles[:4]),
                       relations=tuple(r for r, _ in e.relations), facts=tuple(e.facts),
                       fate=e.fate[1] if e.fate else None, mentions=e.mentions,
                       provenance=e.listed.provenance)
                for k, e in enumerate(entries(book)))
    return replace(book, biographies=out)


def entries(book: Book) -> list[Entry]:
    """Every listed commander with what the text says of them."""
    doc = Document(book)
    spans = sentence_spans(book, doc)
    found = [Entry(x) for x in listed(book, doc, [(a, b) for a, b, _ in spans])]
    if not found:
        return []
    who = people([e.listed.commander.name for e in found])
    owned = owners(who)
    plain = [(a, b) for a, b, _ in spans]
    reader = Reader(doc, who, owned, group_words(doc.text, owned),
                    named_in_sections(doc, plain, who, owned),
                    others_in_sections(doc, plain, who, owned))
    events = {(e.provenance.anchor, e.provenance.span[0]): e for e in book.chronology
              if e.provenance is not None}
    section = None
    for start, end, title in spans:
        if title != section:
            section, reader.recent = title, {}
        _sentence(book, reader, found, events, start, end, title)
    for entry in found:
        if not entry.facts and entry.listed.provenance.anchor != "at-a-glance":
            entry.facts.append(_statement(doc, spans, entry.listed.provenance))
    return found


def _statement(doc: Document, spans: list[tuple[int, int, str]], where) -> Fact:
    """The sentence that states a commander's command, as a fact about them (when no other
    sentence names them as the mention rules read names)."""
    passage = next(p for p in doc.passages if p.anchor == where.anchor)
    at = passage.start + where.span[0]
    start, end, section = next(s for s in spans if s[0] <= at < s[1])
    return Fact(doc.text[start:end].strip(), section, where.anchor,
                doc.provenance(where.rule, start, end))


def sentence_spans(book: Book, doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, section) of every sentence in the document, a list's items read apart."""
    out = []
    for (_chapter, section, block), passage in zip(walk_blocks(book), doc.passages):
        items = getattr(block, "items", None) or (block.text,)
        at = passage.start
        for item in items:
            out.extend((at + s, at + s + len(text), section) for s, text in split(item))
            at += len(item) + len(LIST_JOIN)
    return out


def _sentence(book: Book, reader: Reader, found: list[Entry], events: dict, start: int,
              end: int, section: str) -> None:
    """Read one sentence: its mentions, facts, roles, relations and fates."""
    doc = reader.doc
    sentence = doc.text[start:end]
    spans = mentions(reader, sentence, start, section)
    for i in dict.fromkeys(m.who for m in spans):
        entry = found[i]
        entry.mentions += sum(1 for m in spans if m.who == i)
        rule = next(m.rule for m in spans if m.who == i)
        fact = Fact(sentence.strip(), section, doc.passage_at(start).anchor,
                    doc.provenance(rule, start, end))
        if (fact.text, fact.section, fact.anchor) not in entry.seen:
            entry.seen.add((fact.text, fact.section, fact.anchor))
            entry.facts.append(fact)
        for role, name in roles(sentence, spans, i):
            if role.lower() not in (r.lower() for r, _ in entry.roles):
                entry.roles.append((role, name))
    for i, relation, name in relations(sentence, spans):
        if relation not in (r for r, _ in found[i].relations):
            found[i].relations.append((relation, name))
    if not spans:
        return

    def reject(rule: str, a: int, b: int) -> None:
        trace.reject("biographies", sentence[a:b], "a fate", doc.provenance(rule, start + a, start + b))

    for fate in fates(sentence, spans, dates(book, doc, events, start, end), reject):
        entry = found[fate.who]
        if entry.fate is None or fate.rank < entry.fate[0].rank:
            context = fate.date.provenance if fate.date else None
            entry.fate = (fate, Fact(fate.text, section, doc.passage_at(start).anchor,
                                     doc.provenance(fate.rule, start + fate.start,
                                                    start + fate.end, context)))


def dates(book: Book, doc: Document, events: dict, start: int, end: int) -> list[Dated]:
    """The dates of a sentence, found by the chronology's finder: as the chronology resolved
    them (a year from the narrative, a relative date counted), or as they stand when they
    state their year; a date with neither is left out."""
    with trace.paused():
        found = find(doc, start, end, book.about.period)
    out = []
    for f in found:
        passage = doc.passage_at(f.start)
        event = events.get((passage.anchor, f.start - passage.start))
        if event is not None:
            out.append(Dated(f.start - start, event.display, event.provenance))
        elif not (f.when.yearless or f.when.relative or f.when.day_only):
            out.append(Dated(f.start - start, display(f.when),
                             doc.provenance(f.rule, f.start, f.end)))
    return out


def _decided(text: str, wanted: str | None, span: tuple[int, int] | None = None) -> set[str]:
    """The rules that decided `wanted` when the appendix reads `text` ('COMMANDERS | TEXT', or
    TEXT alone for an article without an infobox): what rules' examples are checked against.
    A phrase turned down must also stand at `span` of `text`, when that is given."""
    from ...read.article import parse   # lazy: only the rules' examples read an article
    from ...read.shape import shape

    head, bar, body = text.partition(" | ")
    source = f"= T =\nInfobox\n- Commander1: {head}\n\n{body}\n" if bar else f"= T =\n\n{text}\n"
    book = chronology.enrich(about.enrich(shape(parse(source))))
    with trace.recording() as rejected:
        found = entries(book)
    shift = len(head) + len(bar) if bar else 0
    out = {r.provenance.rule for r in rejected if r.phrase == wanted and (
        span is None or r.provenance.span == (span[0] - shift, span[1] - shift))}
    for e in found:
        out.update(rule for value, rule in (*e.roles, *e.relations) if value == wanted)
        if e.listed.commander.name == wanted:
            out.add(e.listed.provenance.rule)
        out.update(f.provenance.rule for f in e.facts if f.text == wanted)
        if e.fate is not None and e.fate[1].text == wanted:
            out.add(e.fate[1].provenance.rule)
    return out


rules.RUN["decided"] = _decided
