"""Finding the dates of a sentence (book/enrich/chronology/finder.py): the longest phrase of the
most specific rule, another calendar's bracket as a note, a bare number judged as a year."""
from __future__ import annotations

from book.enrich.chronology.finder import find
from book.enrich.document import Document

PERIOD = (1800, 1840)


def dates(text: str, period=PERIOD) -> list[tuple]:
    """(rule, phrase, start, end, note) of each date found in `text`."""
    doc = Document.of_text(text)
    return [(f.rule, text[f.start:f.end], f.when.start, f.when.end, f.note)
            for f in find(doc, 0, len(text), period)]


def test_a_full_date_and_a_bare_year():
    assert dates("The mill burned on 3 March 1821 and had 40 stones in 1830.") == [
        ("date.day-month-year", "3 March 1821", (1821, 3, 3), None, None),
        ("date.year", "1830", (1830, 0, 0), None, None)]


def test_a_range_of_days_is_one_date():
    assert dates("The fair ran from 2 to 9 March 1821.") == [
        ("date.day-range", "2 to 9 March 1821", (1821, 3, 2), (1821, 3, 9), None)]


def test_another_calendars_bracket_is_a_note_on_the_date():
    assert dates("The mill opened on 7 September [O.S. 26 August] 1812.") == [
        ("date.day-month-year", "7 September [O.S. 26 August] 1812", (1812, 9, 7), None,
         "O.S. 26 August")]


def test_a_count_or_a_number_far_from_the_period_is_no_year():
    assert dates("The mill had 1200 stones.") == []
    assert dates("The mill burned in 910.") == []
    assert dates("The mill burned in 1830.", period=None) == [
        ("date.year", "1830", (1830, 0, 0), None, None)]
