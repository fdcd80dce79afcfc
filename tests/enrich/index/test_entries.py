"""Referents to entries (book/enrich/index/entries.py): the heading as printed, a locator at
each mention, 'see' references from an acronym."""
from __future__ import annotations

from book.enrich.document import Document
from book.enrich.index.entries import build, term
from book.enrich.index.names import Mention
from book.enrich.index.referents import AS_WRITTEN, Referent, Use

TEXT = "General Orla Venn took Brask. Venn held Brask against the Marr League (ML)."


def mention(text: str, at: int = 0) -> Mention:
    """The mention of `text` found at or after `at` in TEXT (no title)."""
    start = TEXT.index(text, at)
    return Mention(start, start + len(text), text, tuple(text.split()))


def test_the_heading_of_a_person_an_acronym_and_a_place():
    venn = Referent("Orla Venn", "person", [Use(mention("Orla Venn"))], person=True)
    assert term(venn) == "Venn, Orla"
    league = Referent("Marr League", "organisation", acronym="ML")
    assert term(league) == "Marr League (ML)"
    assert term(Referent("Brask", "place")) == "Brask"


def test_each_mention_is_a_locator_and_an_acronym_a_see_reference():
    doc = Document(blocks=[("p1", "Introduction", "lead", TEXT, 1)])
    venn = Referent("Orla Venn", "person", [
        Use(mention("Orla Venn")), Use(mention("Venn", TEXT.index("took")), "index.mention.surname")],
        person=True, rule="index.heading.person")
    league = Referent("Marr League", "organisation", [Use(mention("Marr League"))], acronym="ML",
                      rule="index.heading.head-noun")
    entries = build([venn, league], doc)
    assert [(e.term, e.kind) for e in entries] == [
        ("Marr League (ML)", "organisation"), ("ML", "see"), ("Venn, Orla", "person")]
    ml = entries[1]
    assert ml.sees == (entries[0].id,) and not ml.locators
    locators = entries[2].locators
    assert [(loc.anchor, loc.provenance.span, loc.provenance.rule) for loc in locators] == [
        ("p1", (8, 17), AS_WRITTEN), ("p1", (30, 34), "index.mention.surname")]
    assert entries[2].provenance.rule == "index.heading.person"
