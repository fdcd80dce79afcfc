"""Glosses (book/enrich/glossary/glosses.py): 'X means …', 'An X is a … that …'."""
from __future__ import annotations

from book.enrich.glossary import glosses

from .texts import found


def test_a_word_and_what_it_means():
    assert found(glosses.find, "The word skerry means a small rocky island.") == [
        ("skerry", "foreign", "prose-meaning", "a small rocky island", ()),
        ("skerry", "term", "prose-word-means", "a small rocky island", ())]
    assert found(glosses.find, "A sluice is a gate that controls the flow of water.") == [
        ("sluice", "term", "prose-definition-sentence", "a gate that controls the flow of water",
         ())]


def test_a_word_used_is_not_defined():
    assert found(glosses.find, "The sluice was opened at noon.") == []


def test_a_genus_noun_or_a_compound_of_one():
    assert glosses.genus("weapon") and glosses.genus("ship")
    assert glosses.genus("warship") and glosses.genus("longboat")
    assert not glosses.genus("harbour") and not glosses.genus("boats")
