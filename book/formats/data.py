"""JSON export of the book model: the parsed article and every extracted appendix."""
from __future__ import annotations

import json
from dataclasses import asdict

from ..pipeline.writers import Job
from ..model import (Block, Book, Commander, Event, Fact, GlossaryEntry, IndexEntry, Infobox,
                     ListBlock, Person, Provenance, Section)

# The data export's schema (docs/data-schema.md); the version changes whenever a field's meaning
# or shape does. 2: every extracted item carries "provenance"; biography facts are objects.
# 3: a biography's "fate" is an object like its facts; each person has a "provenance" (the
# infobox, or the sentence of the text that states their command).
# 4: a glossary entry's "lang" (and its names' "lang") is only the language the text names ('und'
# for a name's when it names none); "glyphs" gives the tag the rendering uses for each text in
# another script.
SCHEMA = {"name": "book-data", "version": 4}


def to_dict(book: Book) -> dict:
    """A plain dict of the book: article structure plus glossary, chronology and biographies."""
    a = book.article
    return {
        "schema": SCHEMA,
        "title": a.title,
        "slug": a.slug,
        "source": a.source,
        "infobox": infobox(a.infobox),
        "lead": [_block(b) for b in a.lead],
        "sections": [_section(s) for s in a.sections],
        "chapters": [{"id": c.id, "title": c.title} for c in book.chapters],
        "see_also": list(book.see_also),
        "glossary": [glossary_entry(e) for e in book.glossary],
        "chronology": [event(e) for e in book.chronology],
        "biographies": [person(p) for p in book.biographies],
        "index": index(book),
    }


def write(job: Job) -> list[str]:
    """Write the JSON export; no warnings of its own."""
    job.targets[0].write_text(dumps(job.book), encoding="utf-8")
    return []


def dumps(book: Book) -> str:
    """Stable, human-readable JSON (sorted nothing: order is meaningful)."""
    return json.dumps(to_dict(book), ensure_ascii=False, indent=2) + "\n"


def glossary_entry(e: GlossaryEntry) -> dict:
    """The glossary schema of the data export."""
    return {"term": e.term, "aliases": list(e.aliases), "expansion": e.expansion,
            "original": e.original, "lang": e.lang, "definition": e.definition,
            "first_section": e.first_section, "see": e.see, "kind": e.kind,
            "names": [{"name": n, "lang": lang} for n, lang in e.names],
            "glyphs": [{"text": t, "lang": lang} for t, lang in e.glyphs],
            "provenance": provenance(e.provenance)}


def provenance(p: Provenance | None) -> dict | None:
    """Where an item came from: its rule, its block's anchor, the phrase's span in that block,
    the section and source line, and (`context`) where a borrowed part came from."""
    if p is None:
        return None
    out = {"rule": p.rule, "anchor": p.anchor, "span": list(p.span), "section": p.section,
           "line": p.line}
    if p.context is not None:
        out["context"] = provenance(p.context)
    return out


def index(book: Book) -> list[dict]:
    """The index schema: term, sort key, kind, 'see' targets (their terms), locators and
    sub-entries; `original` is the name in its own script."""
    terms = {e.id: e.term for e in book.index}

    def entry(e: IndexEntry) -> dict:
        return {"term": e.term, "sort_key": e.sort_key, "kind": e.kind,
                "sees": [terms[s] for s in e.sees if s in terms],
                "locators": [{"section": loc.section, "anchor": loc.anchor,
                              "provenance": provenance(loc.provenance)} for loc in e.locators],
                "subentries": [entry(s) for s in e.subentries],
                "original": e.original, "lang": e.lang, "provenance": provenance(e.provenance)}
    return [entry(e) for e in book.index]


def event(e: Event) -> dict:
    """The chronology schema of the data export."""
    return {"date": e.date, "end": e.end, "display": e.display, "text": e.text,
            "section": e.section, "other_calendar": e.note, "provenance": provenance(e.provenance)}


def infobox(box: Infobox) -> dict:
    """The infobox schema: labelled fields, sides, commanders as persons, and what was unreadable."""
    def items(its):
        return [{"text": i.text, "kind": i.kind} for i in its]
    return {
        "header": box.header,
        "fields": [{"key": f.key, "label": f.label, "items": items(f.items)} for f in box.fields],
        "sides": [{"side": s.number, "label": s.label, "combatants": items(s.combatants),
                   "commanders": list(s.commanders), "units": items(s.units),
                   "strength": items(s.strength), "casualties": items(s.casualties)}
                  for s in box.sides],
        "commanders": [commander(c) for c in box.commanders],
        "warnings": [{"line": line, "message": m} for line, m in box.warnings],
    }


def commander(c: Commander) -> dict:
    """One person of the infobox: name, rank, status codes, roles, and each side that lists them."""
    return {"name": c.name, "rank": c.rank, "status": list(c.status), "roles": list(c.roles),
            "sides": [{"side": m.side, "group": m.group, "period": m.period, "role": m.role}
                      for m in c.memberships]}


def person(p: Person) -> dict:
    """The biographies schema of the data export."""
    return {**commander(p.commander), "side_label": p.side_label, "text_roles": list(p.roles),
            "relations": list(p.relations), "facts": [fact(f) for f in p.facts],
            "fate": fact(p.fate) if p.fate else None, "mentions": p.mentions,
            "provenance": provenance(p.provenance)}


def fact(f: Fact) -> dict:
    """A sentence of the text about a person (or the clause of their fate), with where it
    stands and the rule that tied it to them."""
    return {"text": f.text, "section": f.section, "provenance": provenance(f.provenance)}


def _block(b: Block) -> dict:
    if isinstance(b, ListBlock):
        return {"type": "list", "id": b.id, "items": list(b.items)}
    return {"type": "paragraph", "id": b.id, "text": b.text}


def _section(s: Section) -> dict:
    d = asdict(s)
    d["blocks"] = [_block(b) for b in s.blocks]
    d["subsections"] = [_section(x) for x in s.subsections]
    return d
