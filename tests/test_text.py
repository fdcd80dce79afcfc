"""Text helpers (book/read/text.py): cleaning and sentences."""
from __future__ import annotations

import pytest

from book.read.text import clean, ends_in_abbreviation, sentences


def test_clean_removes_what_is_invisible_or_unsafe():
    assert clean("a\x00b\u202ec\u200bd\ufeff") == "abcd"
    assert clean("Cafe\u0301") == "Caf\u00e9"                   # NFC


def test_clean_tidies_markup_leftovers():
    assert clean("Kulja () was ( ; also Yining) taken .") == "Kulja was (also Yining) taken."
    assert clean("A  :  B ,  C", prose=False) == "A : B , C"    # infobox lists keep spacing


def test_sentences_split_after_a_stop_but_not_after_an_abbreviation():
    text = ("Gen. Ma Bufang held Kulja. The town fell at 5:30 p.m. on Sunday. "
            "It was born c. 1812 (see O.S. 26 August). Next came peace.")
    assert [s for _, s in sentences(text)] == [
        "Gen. Ma Bufang held Kulja.", "The town fell at 5:30 p.m. on Sunday.",
        "It was born c. 1812 (see O.S. 26 August).", "Next came peace."]
    assert [o for o, _ in sentences("One. Two.")] == [0, 5]


def test_ends_in_abbreviation():
    assert ends_in_abbreviation("led by Gen.") and ends_in_abbreviation("John P.")
    assert not ends_in_abbreviation("the town fell.")


def test_clean_joins_an_apostrophe_split_from_its_word():
    # McCune–Reischauer and Wade–Giles aspiration marks, a pinyin syllable break, a contraction
    assert clean("near Tarp 'ung and Lake O-p 'o, then Chang 'an.") == \
        "near Tarp'ung and Lake O-p'o, then Chang'an."
    assert clean("The scouts weren 't sure.") == "The scouts weren't sure."
    # a quotation after a name is left alone: its closing quote follows within the clause
    assert clean("They called Vell 'the old fort' in 1901.") == "They called Vell 'the old fort' in 1901."
    assert clean("Hakka (客家; 'guest families') came.") == "Hakka (客家; 'guest families') came."
