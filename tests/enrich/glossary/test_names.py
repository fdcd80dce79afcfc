"""Names in brackets and after markers (book/enrich/glossary/names.py): the names a marker lists,
two spellings of one name, a name in another language or in English, an abbreviated name."""
from __future__ import annotations

from book.enrich.glossary.names import abbreviates, english, foreign, foreign_tail, listed, similar


def test_the_names_a_marker_lists():
    assert listed("also Orrelby or Orrel", 5) == ["Orrelby", "Orrel"]
    assert listed("also Orrelby, Orrel", 5) == []          # a place and its region, no 'or'
    assert listed("also Orrelby or the old town", 5) == []  # the list does not fill the bracket


def test_two_spellings_of_one_name():
    assert similar("Orrelby", "Orrellby") and not similar("Orrel", "Kessby")
    assert not similar("Orm", "Ormr")                       # too short to tell


def test_a_name_in_another_language_or_in_english():
    assert foreign("Casa de la Villa") and not foreign("House of the Town")
    assert not foreign("Kessby Docks")
    assert english("House of the Town") and english("Orrel Harbour")
    assert not english("Casa de la Villa") and not english("General Orm") and not english("Orrel")
    assert foreign_tail("Feast of the Casa de la Villa") == "Casa de la Villa"
    assert foreign_tail("Feast of the Town") is None


def test_a_dotted_abbreviation_of_a_long_name():
    assert abbreviates("K.u.K. Flotte", "Kaiserliche und Königliche Flotte")
    assert not abbreviates("K.K. Flotte", "Kaiserliche und Königliche Flotte")
