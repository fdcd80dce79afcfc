"""Appositions and 'called' clauses (book/enrich/glossary/appositions.py)."""
from __future__ import annotations

from book.enrich.glossary import appositions

from .texts import found


def test_a_term_its_gloss_or_its_kind():
    assert found(appositions.find, 'The millers used a quern, or "hand mill", at home.') == [
        ("quern", "foreign", "prose-or-gloss", "hand mill", ())]
    assert found(appositions.find, "Their sledges, called pulks, carried fish.") == [
        ("pulks", "term", "prose-np-called", "sledges", ())]
    assert found(appositions.find, "Millers built a new kind of wheel known as the overshot.") \
        == [("overshot", "term", "kind-known-as", "a new kind of wheel", ())]


def test_a_name_and_who_uses_it():
    assert found(appositions.find, "The cape is called Point Orm by fishermen.") == [
        ("Point Orm", "alias", "called-by", "name used by fishermen for the cape", ())]


def test_no_apposition_no_candidate():
    assert found(appositions.find, "The millers used a quern at home.") == []
    assert found(appositions.find, "Their sledges carried fish to the cape.") == []
