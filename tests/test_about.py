"""What an article says about itself: span of years, Part of, subjects, attribution."""
from __future__ import annotations

import pytest

from book.render import about

from .conftest import FIXTURES, enriched, enriched_text


@pytest.mark.parametrize("fixture, span", [
    ("easter-rising", "1916"), ("gaugamela", "331 BC"), ("gettysburg", "1863"),
    ("masada", "AD 73–74"), ("taiping-rebellion", "1850–1864"), ("winter-war", "1939–1940")])
def test_span_comes_from_the_infobox_date(fixture, span):
    assert about.span(enriched(FIXTURES / f"{fixture}.txt")) == span


def test_span_without_a_date_is_the_leads_first_range(seed_book):
    assert about.span(seed_book) == "1944–1946"        # "… from 1944 to 1946." in the lead
    assert about.span(enriched_text("= Undated =\n\nNo years at all.\n")) == ""


@pytest.mark.parametrize("first, last, text", [
    (1944, 1946, "1944–1946"), (1916, 1916, "1916"), (-334, -323, "334–323 BC"),
    (-4, 6, "4 BC – AD 6"), (73, 74, "AD 73–74"), (-331, -331, "331 BC")])
def test_years(first, last, text):
    assert about.years(first, last) == text


def test_part_of_subjects_and_attribution(seed_book):
    book = enriched_text("= A Siege =\n\nInfobox\n- Part of: the Hundred Years' War\n"
                         "- Source: English Wikipedia\n- Commander1: Joan of Arc\n\n"
                         "Joan of Arc lifted the siege in 1429.\n")
    assert about.part_of(book) == "the Hundred Years' War"
    assert about.subjects(book) == ("the Hundred Years' War", "Military history")
    assert about.attribution(book) == "Wikipedia contributors"
    assert about.attribution(seed_book) == "Encyclopedia contributors"
    assert about.subjects(enriched_text("= Plain =\n\nText of 1900.\n")) == ("History",)


@pytest.mark.parametrize("name, sort", [
    ("Jane Doe", "Doe, Jane"), ("Jane Q. Doe", "Doe, Jane Q."), ("Doe, Jane", "Doe, Jane"),
    ("Wikipedia contributors", "Wikipedia contributors"), ("Homer", "Homer")])
def test_file_as(name, sort):
    assert about.file_as(name) == sort
