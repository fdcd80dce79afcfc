"""Dates as values (book/enrich/chronology/dates.py): the calendar's arithmetic (no year 0),
and a date said as a reader expects it and as data.json writes it."""
from __future__ import annotations

import pytest

from book.enrich.chronology.dates import (When, century_label, decade_label, display, end_year,
                                          group, in_span, iso, ordinal, parse_iso, shift_year,
                                          valid, wraps, year_label)


@pytest.mark.parametrize("when, text", [
    (When((1944, 11, 7)), "7 November 1944"),
    (When((1946, 6, 0)), "June 1946"),
    (When((1966, 8, 18), (1966, 8, 21)), "18–21 August 1966"),
    (When((1966, 8, 18), (1966, 9, 2)), "18 August – 2 September 1966"),
    (When((1939, 12, 28), (1940, 1, 2)), "28 December 1939 – 2 January 1940"),
    (When((1950, 6, 0), (1950, 8, 0)), "June–August 1950"),
    (When((1919, 0, 0), (1921, 0, 0)), "1919–1921"),
    (When((-334, 0, 0), (-323, 0, 0)), "334–323 BC"),
    (When((-4, 0, 0), (6, 0, 0)), "4 BC – AD 6"),
    (When((73, 0, 0), (74, 0, 0)), "AD 73–74"),
    (When((-330, 0, 0), circa=True), "c. 330 BC"),
    (When((1101, 0, 0), kind="century", qualifier="late"), "late 12th century"),
    (When((1101, 0, 0), (1300, 0, 0), kind="century"), "12th–13th centuries"),
    (When((1840, 0, 0), kind="decade", qualifier="mid"), "mid-1840s"),
    (When((1730, 0, 0), (1749, 0, 0), kind="decade"), "1730s–1740s"),
    (When((1944, 8, 16), (1944, 8, 17), night=True), "16/17 August 1944"),
])
def test_display(when, text):
    assert display(when) == text


def test_labels_of_years_decades_centuries_and_ordinals():
    assert [year_label(y) for y in (1944, 9, -331)] == ["1944", "AD 9", "331 BC"]
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    assert century_label(1101) == "12th century" and century_label(1100) == "11th century"
    assert century_label(-500) == "5th century BC"
    assert decade_label(1840) == "1840s" and decade_label(-339) == "330s BC"


def test_iso_and_back():
    assert iso((1944, 11, 7)) == "1944-11-07" and iso((1946, 6, 0)) == "1946-06"
    assert iso((-331, 0, 0)) == "-331"
    assert parse_iso("1939-12-11") == (1939, 12, 11) and parse_iso("-331-10") == (-331, 10, 0)
    assert parse_iso("1944") == (1944, 0, 0)


def test_the_calendar_has_no_year_zero():
    assert shift_year(-1, 1) == 1 and shift_year(-1, 2) == 2
    assert shift_year(-5, 10) == 6 and shift_year(1950, 3) == 1953 and shift_year(3, -5) == -3


def test_the_year_before_ad_1_is_1_bc():
    assert shift_year(1, -1) == -1 and shift_year(5, -5) == -1 and shift_year(-1, 1) == 1
    assert end_year((0, 12, 28), (1, 1, 3)) == -1            # 28 December 1 BC – 3 January AD 1


def test_a_real_calendar_day():
    assert valid((1944, 2, 29)) and not valid((1943, 2, 29))
    assert valid((-5, 2, 29))                        # 5 BC is the astronomical leap year -4
    assert not valid((-4, 2, 29)) and not valid((0, 1, 1)) and not valid((1944, 13, 0))
    assert valid((1944, 4, 0)) and not valid((1944, 4, 31))


def test_a_month_after_another_wraps_into_the_next_year_only_across_its_end():
    assert wraps(1, 12) and wraps(2, 12)
    assert not wraps(3, 12) and not wraps(11, 12) and not wraps(12, 1) and not wraps(0, 12)


def test_a_yearless_start_takes_its_year_from_the_end():
    assert end_year((0, 12, 28), (1940, 1, 3)) == 1939
    assert end_year((0, 9, 1), (1950, 9, 15)) == 1950


def test_a_day_in_a_span_with_unknown_parts():
    span = ((1950, 6, 0), (1950, 8, 0))
    assert in_span((1950, 8, 31), span) and in_span((1950, 6, 1), span)
    assert not in_span((1950, 9, 1), span) and not in_span((1950, 5, 31), span)
    assert in_span((1950, 7, 0), span)


def test_a_yearless_date_takes_a_year_and_an_earlier_end_month_the_next():
    assert When((0, 3, 2), (0, 3, 9)).with_year(1801) == When((1801, 3, 2), (1801, 3, 9))
    assert When((0, 12, 28), (0, 1, 2)).with_year(-1).end == (1, 1, 2)


def test_the_heading_a_date_files_under():
    assert group(When((1944, 3, 0))) == "1944" and group(When((-331, 10, 1))) == "331 BC"
    assert group(When((1840, 0, 0), kind="decade", qualifier="mid")) == "1840s"
    assert group(When((1101, 0, 0), kind="century")) == "12th century"
