"""The cues around a name (book/enrich/index/cues.py): what the name grammar refuses to read as
a name, and the signs that a name is a person's or a place."""
from __future__ import annotations

from book.enrich.index.cues import GRAMMAR, PERSON_CUES, PLACE_CUES


def first(table, text: str, name: str) -> str | None:
    """The name of the first rule of `table` that holds for `name` where it stands in `text`."""
    start = text.index(name)
    rule = table.first(text, start, start + len(name))
    return rule.name if rule else None


def test_the_sign_that_a_name_is_a_persons():
    assert first(PERSON_CUES, "Later Orla Venn, the admiral of the fleet, sailed.", "Orla Venn") \
        == "index.person.apposition"
    assert first(PERSON_CUES, "They met the writer Orla Venn there.", "Orla Venn") == \
        "index.person.described"
    assert first(PERSON_CUES, "The grave of the daughter of Orla Venn lies here.", "Orla Venn") \
        == "index.person.kin-of"
    assert first(PERSON_CUES, "In spring Brask married his niece.", "Brask") == \
        "index.person.pronoun"
    assert first(PERSON_CUES, "Then Samuel Orbridge spoke.", "Samuel Orbridge") == \
        "index.person.given-name"


def test_no_sign_of_a_person_where_none_stands():
    assert first(PERSON_CUES, "Later Venn Harbour, the port of the fleet, froze.",
                 "Venn Harbour") is None
    assert first(PERSON_CUES, "The walls of Brask were rebuilt.", "Brask") is None
    assert first(PERSON_CUES, "They sailed up the James Canal.", "James Canal") is None


def test_a_place_follows_a_preposition_of_place_or_a_verb_of_movement():
    assert first(PLACE_CUES, "The column entered Brask at noon.", "Brask") == \
        "index.place.preposition"
    assert first(PLACE_CUES, "The column left Brask at noon.", "Brask") is None
    assert first(PLACE_CUES, "According to Brask, it rained.", "Brask") is None


def test_the_grammar_refuses_a_piece_of_an_abbreviation_and_a_title_of_a_place():
    assert first(GRAMMAR, "The U.K. Navy sailed.", "K. Navy") == "index.abbreviation-piece"
    assert first(GRAMMAR, "The U.K. Navy sailed.", "U.K. Navy") is None
    assert first(GRAMMAR, "He was crowned King of Brask.", "King of") == "index.title-of-place"
    assert first(GRAMMAR, "The Federalist Samuel Orbridge won.", "Federalist") == \
        "index.descriptor-label"
    assert first(GRAMMAR, "The Federalist Papers sold.", "Federalist") is None
