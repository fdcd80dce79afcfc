"""People (book/enrich/index/people.py): the signs that a mention is a person's, the word a
person is called by alone, and the people a short form may name."""
from __future__ import annotations

from book.enrich.index.people import People, can_stand_alone, in_order, surname


def test_the_word_a_person_is_called_by_alone():
    assert surname(("Orla", "Venn")) == "Venn"
    assert surname(("Orla", "the", "Elder")) == "Orla"
    assert surname(("Brannoc", "of", "Tyre")) == "Brannoc"
    assert surname(("Orric", "III")) == "Orric"
    assert surname(("Mao", "Zedong")) == "Mao"                       # surname first


def test_what_may_stand_alone_for_a_person():
    assert can_stand_alone("Venn") and can_stand_alone("Orla")
    assert not can_stand_alone("von") and not can_stand_alone("Jr.")
    assert not can_stand_alone("K.") and not can_stand_alone("X")


def test_words_in_order():
    assert in_order(("Orla", "Venn"), ("Orla", "K.", "Venn"))
    assert not in_order(("Venn", "Orla"), ("Orla", "K.", "Venn"))


def test_a_short_form_finds_the_people_it_may_name():
    people = People()
    orla = people.add(("Orla", "Venn"))
    ivo = people.add(("Ivo", "Venn"))
    tarn = people.add(("Gaius", "Tarro", "Rufo"))
    assert people.fitting(("Venn",)) == ("index.mention.surname", [orla, ivo])
    assert people.fitting(("Orla",)) == ("index.mention.given-name", [orla])
    assert people.fitting(("Tarro",)) == ("index.mention.given-name", [tarn])   # by his nomen
    assert people.fitting(("Tarro", "Rufo")) == ("index.mention.short-form", [tarn])
    assert people.fitting(("Nobody",)) == ("index.mention.given-name", [])
    assert people.fitting(("Ivo", "Rufo")) == ("index.mention.short-form", [])
