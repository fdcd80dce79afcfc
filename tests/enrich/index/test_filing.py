"""Filing (book/enrich/index/filing.py, CMOS 16.71–16.87): which names are inverted, the
heading a name is filed under, and the text it sorts by."""
from __future__ import annotations

import pytest

from book.enrich.index.filing import (east_asian, filed_as, heading, inverted, regnal, sort_text,
                                      surname_start)


@pytest.mark.parametrize("name", ["Ma Bufang", "Chiang Kai-shek", "Oda Nobunaga", "Yi Sun-sin",
                                  "Nguyễn Thanh Hồng", "Tōdō Takatora", "Pak Son Il"])
def test_east_asian_names_are_surname_first(name):
    assert east_asian(name) and not inverted(name)


@pytest.mark.parametrize("name", ["Masud Sabri", "Joseph Stalin", "Walton Walker", "Samuel Maharero"])
def test_other_names_are_not(name):
    assert not east_asian(name) and inverted(name)


def test_one_rule_inverts_every_western_name():
    assert inverted("A. Doak Barnett") and inverted("Paul L. Freeman")
    assert inverted("Charles I. Caldwell")                      # an initial, not a regnal 'I'
    assert not inverted("Vologases I") and not inverted("Alexander the Great")
    assert not inverted("Alexander of Aegae") and not inverted("Eleazar ben Yaron")
    assert not inverted("Ovar Selim Pasha")
    assert not inverted("Poppaea Sabina", called_by_first=True)


def test_ranks_and_offices_leave_the_heading_titles_of_nobility_follow_it():
    assert heading("Major General Alwyn Marsh", True) == "Marsh, Alwyn"
    assert heading("Private First Class Luther H. Story", True) == "Story, Luther H."
    assert heading("Prince Ivo Darran", True) == "Darran, Ivo, Prince"
    assert heading("Sir Alwyn Marsh", True) == "Marsh, Sir Alwyn"
    assert heading("Lord Chelmsford", False) == "Chelmsford, Lord"
    assert heading("Emperor Tiberius", False) == "Tiberius"


def test_particles_are_filed_by_convention():
    assert heading("Lothar von Trotha", True) == "Trotha, Lothar von"
    assert heading("Tomas Arne Vell de Marro", True) == "Vell de Marro, Tomas Arne"
    assert heading("Erich Haller von Stein", True, compound=False) == "Stein, Erich Haller von"
    assert heading("Ines de la Cova", True) == "Cova, Ines de la"
    assert surname_start("Erich Haller von Stein".split()) == (1, 1)
    assert regnal("King Bolesław III Wrymouth")


def test_filing_ignores_articles_arabic_al_and_leading_particles():
    assert filed_as("The Last Stand at Wu River") == "Last Stand at Wu River"
    assert filed_as("al-Mansur of Hamah") == "Mansur of Hamah"
    assert filed_as("von Trotha") == "Trotha"
    assert sort_text("Ürümqi") == "urumqi" and sort_text("An Lushan") == "an lushan"


def test_a_hebrew_epithet_is_filed_as_written():
    assert not inverted("Ivo Baal HaVell") and inverted("Ivo Havell")
    assert not inverted("Tarn Emperor") and not inverted("Abu Selim") and inverted("Rufus King")


def test_a_book_that_writes_its_people_surname_first_files_them_all_so():
    from book.enrich.index.filing import surname_first_book

    lords = ["Ukita Hideie", "Ōtani Yoshitsugu", "Shima Sakon", "Tōdō Takatora", "Kikkawa Hiroie"]
    assert not east_asian("Kikkawa Hiroie") and surname_first_book(lords)
    assert not inverted("Kikkawa Hiroie", book_order=True)
    assert inverted("William Adams", book_order=True)          # a given name of the lexicon
    assert inverted("Kikkawa Hiroie")                          # alone, the syllables decide
    mixed = ["Walton Walker", "Paul L. Freeman", "Pak Son Il", "Kim Il-sung", "John Church"]
    assert not surname_first_book(mixed)
    assert not surname_first_book(["Ma Bufang", "Sheng Shicai"])          # too few to say
