"""What an article says about itself (book/enrich/about.py): its period, span of years, Part
of, subjects, attribution."""
from __future__ import annotations

import pytest

from book.enrich.about import clustered, lead_span, title_years, years

from ..conftest import FIXTURES, enriched, enriched_text


@pytest.mark.parametrize("fixture, span", [
    ("easter-rising", "1916"), ("gaugamela", "331 BC"), ("gettysburg", "1863"),
    ("masada", "AD 73–74"), ("taiping-rebellion", "1850–1864"), ("winter-war", "1939–1940")])
def test_span_comes_from_the_infobox_date(fixture, span):
    book = enriched(FIXTURES / f"{fixture}.txt")
    assert book.about.span == span
    assert book.about.period_source.rule == "period.infobox"


def test_span_without_a_date_is_the_leads_first_range(seed_book):
    assert seed_book.about.span == "1944–1946"        # "… from 1944 to 1946." in the lead
    assert seed_book.about.period == (1944, 1946)
    assert enriched_text("= Undated =\n\nNo years at all.\n").about.span == ""


def test_period_from_the_title_the_lead_or_the_years_of_the_text():
    assert title_years("2003 Pacific typhoon season") == (2003, 2003)
    assert title_years("Dungan Revolt (1862–1877)") == (1862, 1877)
    assert title_years("Battle of Adwa") is None
    assert lead_span("Oswin (c. 670–734) was an abbot.") == (670, 734)
    assert lead_span("A ratio of 20–30 was kept.") is None          # small numbers: no years
    assert clustered([1801, 1802, 1803, 1804, 1805, 1806, 1807, 1808, 1809, 1950]) == (1802, 1950)
    book = enriched_text("= The Harbour =\n\nThe harbour opened in 1821. It grew in 1850. "
                         "A storm struck in 1871. It closed in 1903.\n")
    assert book.about.period == (1821, 1903) and book.about.span == ""   # no dated span stated


def test_a_span_of_years_comes_only_from_real_dates():
    book = enriched_text("= Carving =\n\nCarving flourished in the 19th century.\n")
    assert book.about.span == ""


@pytest.mark.parametrize("first, last, text", [
    (1944, 1946, "1944–1946"), (1916, 1916, "1916"), (-334, -323, "334–323 BC"),
    (-4, 6, "4 BC – AD 6"), (73, 74, "AD 73–74"), (-331, -331, "331 BC")])
def test_years(first, last, text):
    assert years(first, last) == text


def test_part_of_subjects_and_attribution(seed_book):
    book = enriched_text("= A Siege =\n\nInfobox\n- Part of: the Hundred Years' War\n"
                         "- Source: English Wikipedia\n- Commander1: Joan of Arc\n\n"
                         "Joan of Arc lifted the siege in 1429.\n")
    assert book.about.part_of == "the Hundred Years' War"
    assert book.about.subjects == ("the Hundred Years' War", "Military history")
    assert book.about.attribution == "Wikipedia contributors"
    assert seed_book.about.attribution == "Encyclopedia contributors"
    assert enriched_text("= Plain =\n\nText of 1900.\n").about.subjects == ("History",)


