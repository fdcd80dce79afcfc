"""Referents to IndexEntry: the heading as filed, a locator at every mention, sub-entries for
the events a long entry takes part in, 'see' references from the forms a reader may look up.

Each locator is one mention (CMOS 16.12: a locator is where the name is printed): its provenance
is the mention's span and the MENTION rule that resolved it, with the full mention it was
resolved through as context; the rendering places an anchor there, so that the printed page is
the page of the name, not of the paragraph's start. A long entry (more than SUBENTRY_AFTER
passages) gets a sub-entry for each event of the book named with it in one sentence in two
passages or more: an aspect of the heading as the text names it (CMOS 16.9), never merely a
name that stands nearby."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from ...lexicon import GIVEN_NAME_TITLES, NOBLE_TITLES
from ...model import IndexEntry, Locator
from ...slugs import slugify, unique_id
from ...collation import sort_key
from ..document import Document
from . import kinds
from .filing import compound_surname, filed_as, heading, inverted, sort_text, surname_first_book
from .names import identity
from .referents import AS_WRITTEN, Referent, Use

GLANCE = "At a glance"        # the section an infobox locator reads as
SUBENTRY_AFTER = 6            # more passages than this: break the entry up (CMOS 16.9)
_KEPT_TITLES = frozenset((*NOBLE_TITLES, *GIVEN_NAME_TITLES))


def term(r: Referent, book_order: bool = False, modern: bool = False) -> str:
    """The heading as printed (see filing.py): a person by the book's one rule (`book_order`:
    its people are written surname first; `modern`: the book's time is one in which Japanese
    names are written in Western order), an acronym's long form with the acronym, a ship under
    its name with its prefix after it, anything else as the text writes it."""
    if r.person:
        titles = list(dict.fromkeys(w for t in (*r.titles, *(u.mention.title for u in r.uses))
                                    for w in t.split() if w in _KEPT_TITLES))
        used = {u.mention.key for u in r.uses}
        words = r.name.split()
        by_first = any(u.rule == "index.mention.given-name" for u in r.uses) and \
            not any(u.rule == "index.mention.surname" for u in r.uses)
        by_last = modern and any(u.rule == "index.mention.last-word" for u in r.uses)
        compound = compound_surname(words, lambda s: identity(s) in used)
        return heading(" ".join(titles + words),
                       inverted(r.name, by_first, book_order, by_last), compound)
    if r.acronym and r.acronym != r.name:
        return f"{r.name} ({r.acronym})"
    if r.kind == "ship" and len(r.prefix) > 2 and not kinds.designator(r.name):
        return f"{r.name}, {r.prefix}"     # 'Bellerophon, HMS': under its name, the prefix kept
    return r.name


def build(accepted: list[Referent], doc: Document, modern: bool = False) -> list[IndexEntry]:
    """The sorted entries of the accepted referents, with 'see' references (`modern`: see
    term())."""
    taken: dict[str, int] = {}
    order = surname_first_book([r.name for r in accepted if r.person])
    terms = {id(r): term(r, order, modern) for r in accepted}
    ids = {id(r): unique_id("ix-" + slugify(terms[id(r)], "entry"), taken) for r in accepted}
    subs = _subentries(accepted, doc, terms)
    out: list[IndexEntry] = []
    for r in accepted:
        grouped = subs.get(id(r), [])
        covered = {id(u) for _, uses in grouped for u in uses}
        sub = tuple(IndexEntry(f"{ids[id(r)]}-{slugify(label, 'sub')}", label, sort_text(label),
                               "sub", _locators(uses, doc)) for label, uses in grouped)
        if r.uses:
            first = next((u for u in r.uses if u.rule == AS_WRITTEN), r.uses[0]).mention
            where = doc.provenance(r.rule, first.start, first.end)
            locators = _locators([u for u in r.uses if id(u) not in covered], doc)
        else:                      # named only by the infobox: the At a glance row
            where = replace(r.boxed[0].provenance, rule=r.rule)
            rows = {b.row: b for b in reversed(r.boxed)}      # one locator a row: its first
            locators = tuple(Locator(b.row, GLANCE, b.provenance) for b in reversed(rows.values()))
        out.append(IndexEntry(ids[id(r)], terms[id(r)], sort_text(terms[id(r)]), r.kind,
                              locators, sub, original=r.original, lang=r.lang,
                              provenance=where))
    out.extend(_sees(accepted, terms, ids, taken))
    return sorted(out, key=lambda e: (sort_key(filed_as(e.term)), e.term))


def _locators(uses: list[Use], doc: Document) -> tuple[Locator, ...]:
    """One locator per mention, in reading order, each with its provenance."""
    out = []
    for u in sorted(uses, key=lambda u: u.mention.start):
        m, ctx = u.mention, u.context
        context = doc.provenance(AS_WRITTEN, ctx.start, ctx.end) if ctx is not None else None
        p = doc.passage_at(m.start)
        out.append(Locator(p.anchor, p.section, doc.provenance(u.rule, m.start, m.end, context)))
    return tuple(out)


def _subentries(accepted: list[Referent], doc: Document,
                terms: dict[int, str]) -> dict[int, list[tuple[str, list[Use]]]]:
    """For each long entry not itself an event, (event heading, its uses in sentences naming
    that event), for the events named with it in two passages or more, sorted by heading."""
    events_in: dict[int, set[int]] = defaultdict(set)        # sentence start -> event referents
    events = {id(r): r for r in accepted if r.kind == "event"}
    for r in events.values():
        for u in r.uses:
            events_in[doc.sentence_at(u.mention.start).start].add(id(r))
    out: dict[int, list[tuple[str, list[Use]]]] = {}
    for r in accepted:
        if r.kind == "event" or \
                len({doc.passage_at(u.mention.start).anchor for u in r.uses}) <= SUBENTRY_AFTER:
            continue                     # an event takes no part in the events beside it
        shared: dict[int, list[Use]] = defaultdict(list)
        for u in r.uses:
            for e in events_in.get(doc.sentence_at(u.mention.start).start, ()):
                if e != id(r):
                    shared[e].append(u)
        found = [(terms[e], uses) for e, uses in shared.items()
                 if len({doc.passage_at(u.mention.start).anchor for u in uses}) >= 2]
        if found:
            out[id(r)] = sorted(found, key=lambda s: sort_key(filed_as(s[0])))
    return out


def _sees(accepted: list[Referent], terms: dict[int, str], ids: dict[int, str],
          taken: dict[str, int]) -> list[IndexEntry]:
    """'See' references from the other forms a reader may look up: an acronym, another name the
    glossary gives, a unit's longest form without its side when no other unit uses it."""
    headings = {identity(t) for t in terms.values()}
    wanted: dict[str, set[int]] = defaultdict(set)
    unit_forms: dict[str, set[int]] = defaultdict(set)
    for r in accepted:
        for form in (r.acronym, *r.aliases):
            if form:
                wanted[form].add(id(r))
        for form in _unsided(r):
            unit_forms[form].add(id(r))
    for r in accepted:
        mine = [f for f in _unsided(r) if unit_forms[f] == {id(r)}]
        if mine:
            wanted[max(sorted(mine), key=len)].add(id(r))
    out = []
    for form, owners in wanted.items():
        if len(owners) == 1 and identity(form) not in headings:
            out.append(IndexEntry(unique_id("ix-" + slugify(form, "see"), taken), form,
                                  sort_text(form), "see", sees=(ids[next(iter(owners))],)))
    return out


def _unsided(r: Referent) -> set[str]:
    """A sided unit's forms written without the side ('2nd Infantry Division' for the US 2nd
    Infantry Division)."""
    if r.unit is None or not r.unit.side:
        return set()
    return {u.mention.text for u in r.uses if u.mention.text[:1].isdigit()}
