"""What a name names (book/enrich/index/kinds.py): head nouns, generic heads, numbered parts,
acronyms spelt by their long form, storms."""
from __future__ import annotations

from book.enrich.index.kinds import generic, head_of, spells, storm, sub_unit


def test_head_nouns_say_what_a_name_names():
    assert head_of(("Naktong", "River")) == ("place", "River")
    assert head_of(("Battle", "of", "Masan")) == ("event", "Battle")
    assert head_of(("Task", "Force", "Rook")) == ("unit", "Task Force")
    assert head_of(("World", "War", "II")) == ("event", "War")
    assert head_of(("SM", "UB-1")) == ("ship", "SM")
    assert head_of(("SM", "Supermarket")) is None


def test_a_head_alone_is_no_name_but_two_heads_are():
    assert generic(("Tropical", "Storm")) and generic(("Army",)) and generic(("National",))
    assert not generic(("Battle", "Mountain")) and not generic(("North", "Sea"))


def test_a_numbered_part_without_its_whole_is_ambiguous():
    assert sub_unit(("1st", "Battalion")) and sub_unit(("B", "Company"))
    assert sub_unit(("3rd", "District")) and sub_unit(("Headquarters", "Company"))
    assert not sub_unit(("72nd", "Tank", "Battalion"))


def test_an_acronym_must_be_spelt_by_its_long_form():
    assert spells("ROK", "Republic of Korea") and spells("KMT", "Kuomintang")
    assert spells("USSR", "Union of Soviet Socialist Republics")
    assert not spells("UTC", "University College")


def test_a_storm_keeps_its_name_across_categories():
    assert storm(("Tropical", "Storm", "Koppu")) == storm(("Typhoon", "Koppu")) == ("Koppu",)
    assert storm(("Typhoon", "Center")) is None
