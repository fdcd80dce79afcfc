"""Phrases the finders share (book/enrich/glossary/phrases.py): the term before a marker, the
names after one, the line before a position."""
from __future__ import annotations

from book.enrich.glossary.phrases import line_before, named_before, names_after, term_before


def test_the_term_that_ends_a_text():
    assert term_before("The mill at Orrel Harbour ") == ("Orrel Harbour", 12)
    assert term_before("the millers used a quern ") == ("quern", 19)
    assert term_before('"hand mill" ') == ("hand mill", 1)
    assert term_before("the ") is None


def test_a_name_in_another_script_after_its_latin_form():
    assert named_before('the town of Arnabyr "Арнабыр" ') == ("Arnabyr", "Арнабыр", 12)
    assert named_before("the town of Orrel ") == ("Orrel", None, 12)


def test_the_names_listed_after_a_marker():
    assert names_after("Orrelby or Orrel.", 0) == [("Orrelby", 0), ("Orrel", 11)]
    assert names_after("Orrelby, the Old Town or Orrel, was", 0) == [
        ("Orrelby", 0), ("Old Town", 13), ("Orrel", 25)]
    assert names_after("Orrelby or Orrel grew", 0) == []     # may run on: cut short


def test_the_line_before_never_crosses_a_passage():
    text = "First block.\nThe mill at Orrel"
    assert line_before(text, len(text)) == "The mill at Orrel"
    assert line_before("abcdef", 6, window=3) == "def"
