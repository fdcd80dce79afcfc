"""Mentions to referents (book/enrich/index/referents.py): the glossary's acronyms the index can
use, and a short form joined to the person named in full."""
from __future__ import annotations

from dataclasses import replace

from book.enrich.document import Document
from book.enrich.index.names import mentions
from book.enrich.index.referents import AS_WRITTEN, Resolver, acronyms
from book.enrich.index.usage import Usage
from book.model import GlossaryEntry
from book.read.article import parse
from book.read.shape import shape


def book_of(text: str, *glossary: GlossaryEntry):
    return replace(shape(parse(f"= Test =\n\n{text}\n")), glossary=glossary)


def acronym(short: str, long: str, kind: str = "acronym") -> GlossaryEntry:
    return GlossaryEntry(f"g-{short.lower()}", short, expansion=long, kind=kind)


def test_an_acronym_is_used_when_its_long_form_spells_it_or_the_text_completes_it():
    text = "The Raven League (RL) and the Northern Raven Army (NRA) met the Raven Army (QX)."
    book = book_of(text, acronym("RL", "Raven League"), acronym("NRA", "Raven Army"),
                   acronym("QX", "Raven Army"), acronym("DL", "dock labour"),
                   acronym("TT", "Tarn Tower", kind="term"))
    refused: list[tuple[str, str]] = []
    assert acronyms(book, text, refused) == {"RL": "Raven League", "NRA": "Northern Raven Army"}
    assert refused == [("QX", "Raven Army")]           # lower case and non-acronyms: not asked


def test_a_surname_alone_is_the_person_named_in_full():
    book = book_of("General Orla Venn took Brask. Later Venn left Brask.")
    usage = Usage(Document(book))
    found = {r.name: r for r in Resolver(book, usage, list(mentions(usage)), {}).resolve()}
    assert [(u.mention.text, u.rule) for u in found["Orla Venn"].uses] == [
        ("Orla Venn", AS_WRITTEN), ("Venn", "index.mention.surname")]
    assert found["Orla Venn"].person and found["Orla Venn"].kind == "person"
    assert [u.mention.text for u in found["Brask"].uses] == ["Brask", "Brask"]
    assert not found["Brask"].person and "Venn" not in found
