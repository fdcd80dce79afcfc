"""Page numbers as print shows them: folios, page references, index locators (book/print/folios.py)."""
from __future__ import annotations

import pytest

from book.print.folios import (FRONT, MAIN, WORD_JOINER, Folio, changed, folio_map, inclusive,
                               locators, page_ref, roman, runs, written)


def main(n: int) -> Folio:
    return Folio(MAIN, n)


@pytest.mark.parametrize("n, text", [(1, "i"), (4, "iv"), (9, "ix"), (14, "xiv"), (40, "xl"),
                                     (1994, "mcmxciv")])
def test_roman_numerals_as_css_lower_roman(n, text):
    assert roman(n) == text


def test_front_matter_folios_are_roman_and_the_body_restarts_at_one():
    assert str(Folio(FRONT, 4)) == "iv" and str(main(4)) == "4"
    pages = [(FRONT, ("title-page",)), (FRONT, ()), (FRONT, ("contents",)),
             (FRONT, ("at-a-glance", "glance-row")), (MAIN, ("lead", "p1")), (MAIN, ("p1", "p2"))]
    found = folio_map(pages)
    assert found["at-a-glance"] == Folio(FRONT, 4) and str(found["at-a-glance"]) == "iv"
    assert found["lead"] == main(1) and found["p1"] == main(1) and found["p2"] == main(2)


# CMOS 9.64: the first number in full; from 100 on, only the changed digits (two at least,
# except after 101–109 of a hundred); multiples of 100 in full; roman numerals never shortened.
@pytest.mark.parametrize("a, b, text", [
    (3, 10, "3–10"), (71, 72, "71–72"), (96, 117, "96–117"), (100, 104, "100–104"),
    (1100, 1113, "1100–1113"), (101, 108, "101–8"), (808, 833, "808–33"), (1103, 1104, "1103–4"),
    (321, 328, "321–28"), (498, 532, "498–532"), (1087, 1089, "1087–89"), (1496, 1500, "1496–500"),
    (11564, 11615, "11564–615"), (12991, 13001, "12991–3001")])
def test_inclusive_numbers_follow_chicago(a, b, text):
    assert inclusive(main(a), main(b)).replace(WORD_JOINER, "") == text


def test_roman_ranges_are_not_shortened_and_a_range_does_not_break_after_its_dash():
    assert inclusive(Folio(FRONT, 4), Folio(FRONT, 7)) == f"iv–{WORD_JOINER}vii"


def test_runs_drop_repeats_and_merge_consecutive_pages():
    pages = [main(n) for n in (3, 3, 7, 12, 13, 14, 14, 20)]
    assert runs(pages) == [(main(3), main(3)), (main(7), main(7)), (main(12), main(14)),
                           (main(20), main(20))]
    # the front matter's last page and the body's first are not consecutive
    assert len(runs([Folio(FRONT, 4), main(1)])) == 2


def test_index_locators_are_distinct_pages_with_ranges():
    where = {"p1": main(3), "p2": main(3), "p3": main(7), "p4": main(12), "p5": main(13),
             "p6": main(14), "g": Folio(FRONT, 4)}
    html = locators(["g", "p1", "p2", "p3", "p4", "p5", "p6"], where.__getitem__)
    assert html.replace(WORD_JOINER, "") == '<span class="pageno">, iv, 3, 7, 12–14</span>'


def test_a_source_reference_prints_its_page_roman_in_the_front_matter():
    assert page_ref(Folio(FRONT, 4)) == '<span class="pageno">, p.\u00a0iv</span>'
    assert written("page", ("p1",), {"p1": main(12)}.__getitem__).endswith("p.\u00a012</span>")
    assert written("pages", (), {}.__getitem__) == ""


def test_changed_lists_the_anchors_that_moved():
    assert changed({"a": main(1), "b": main(2)}, {"a": main(1), "b": main(3)}) == ["b"]
    assert changed({"a": main(1)}, {}) == ["a"]
