"""Word positions of a whole text (book/enrich/textindex.py): a phrase counted only where it
stands alone."""
from __future__ import annotations

from book.enrich.textindex import TextIndex

TEXT = "Vell held Vellmar. The Vell River froze; Vell_port and Vell stood."


def test_a_phrase_is_found_only_where_it_stands_alone():
    index = TextIndex(TEXT)
    assert index.occurrences("Vell") == [0, 23, TEXT.rindex("Vell")]   # not Vellmar, Vell_port
    assert index.count("Vell") == 3 and index.count("Vell River") == 1
    assert index.count("Vell Riv") == 0 and index.count("Ash") == 0


def test_not_after_leaves_out_the_phrase_after_a_word():
    index = TextIndex(TEXT)
    assert index.occurrences("Vell", not_after="The") == [0, TEXT.rindex("Vell")]
    assert index.occurrences("Vell River", not_after="The") == []


def test_a_phrase_that_does_not_open_with_a_word_is_searched_in_the_text():
    index = TextIndex("He wrote (Vell) and (Vell).")
    assert index.occurrences("(Vell)") == [9, 20]
    assert index.count("(Vell") == 2 and index.count("(Vel") == 0
