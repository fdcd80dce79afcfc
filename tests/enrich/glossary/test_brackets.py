"""Brackets after a term (book/enrich/glossary/brackets.py): an acronym, a name in another
language with its label, the name something is now known by; and plural nouns made singular."""
from __future__ import annotations

from book.enrich.glossary import brackets

from .texts import context, found


def test_what_a_bracket_says_of_the_term_before_it():
    assert found(brackets.find, "The Harbour Watch Board (HWB) met.") == [
        ("HWB", "acronym", "acronym-after-long-form", "Harbour Watch Board", ())]
    assert found(brackets.find, "Kessby (now Orrel) grew.") == [
        ("Kessby", "alias", "bracket-now-name", None, ("Orrel",))]


def test_a_label_names_the_language_of_the_name():
    [cand] = brackets.find(context("The Orrel (Norn: Arnabyr) was a trading town."))
    assert (cand.term, cand.kind, cand.rule, cand.original, cand.lang) == (
        "Orrel", "foreign", "bracket-language-label", "Arnabyr", "nrn")


def test_a_bare_lower_case_bracket_or_a_date_says_nothing():
    assert found(brackets.find, "The mill (hand quern) turned.") == []     # an everyday word
    assert found(brackets.find, "The mill (1820) turned.") == []


def test_a_rare_word_and_its_meaning_in_brackets_is_a_term():
    assert found(brackets.find, "The quern (hand mill) turned.") == [
        ("quern", "term", "bracket-rare-word-gloss", "hand mill", ())]


def test_singular():
    assert [brackets.singular(w) for w in ("colonies", "launches", "boxes", "mills", "moss",
                                           "U-boats", "quern")] == [
        "colony", "launch", "box", "mill", "moss", "U-boat", "quern"]
