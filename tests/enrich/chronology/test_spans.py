"""Two dates joined into one span (book/enrich/chronology/spans.py)."""
from __future__ import annotations

from book.enrich.chronology.finder import find
from book.enrich.chronology.spans import joined, masked
from book.enrich.document import Document


def spans(text: str) -> list[tuple]:
    doc = Document.of_text(text)
    return [(text[f.start:f.end], f.when.start, f.when.end)
            for f in joined(doc, find(doc, 0, len(text), (1800, 1840)))]


def test_from_a_to_b_is_one_span_and_a_yearless_start_takes_the_ends_year():
    assert spans("The siege lasted from 3 March to 9 April 1821.") == [
        ("3 March to 9 April 1821", (1821, 3, 3), (1821, 4, 9))]
    assert spans("The siege lasted from 28 December to 3 January 1821.") == [
        ("28 December to 3 January 1821", (1820, 12, 28), (1821, 1, 3))]


def test_two_dates_not_joined_by_a_range_stay_apart():
    assert spans("The siege began on 3 March 1821 and the fair on 9 April 1821.") == [
        ("3 March 1821", (1821, 3, 3), None), ("9 April 1821", (1821, 4, 9), None)]
    assert spans("The mill burned in 1830 and opened in 1821.") == [
        ("1830", (1830, 0, 0), None), ("1821", (1821, 0, 0), None)]       # no span backwards


def test_masked_writes_each_date_as_a_mark_of_its_length():
    text = "from 3 March to 9 April 1821"
    doc = Document.of_text(text)
    assert masked(text, find(doc, 0, len(text), (1800, 1840))) == ("from §§§§§§§ to §§§§§§§§§§§§", 0)
