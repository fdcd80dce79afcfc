"""Text helpers (book/read/text.py): cleaning, slugs, unique anchors, sentences."""
from __future__ import annotations

import pytest

from book.read.text import clean, ends_in_abbreviation, sentences, slugify, unique_id


def test_clean_removes_what_is_invisible_or_unsafe():
    assert clean("a\x00b\u202ec\u200bd\ufeff") == "abcd"
    assert clean("Cafe\u0301") == "Caf\u00e9"                   # NFC
    assert clean("tab\tand\nnewline") == "tab\tand\nnewline"     # kept: they are structure


def test_clean_tidies_markup_leftovers():
    assert clean("Kulja () was ( ; also Yining) taken .") == "Kulja was (also Yining) taken."
    assert clean("A  :  B ,  C", prose=False) == "A : B , C"    # infobox lists keep spacing


@pytest.mark.parametrize("text, slug", [("Ili Rebellion", "ili-rebellion"),
                                        ("Café Wars", "cafe-wars"), ("太平天國", "tai-ping-tian-guo"),
                                        ("!!!", "book"), ("CON", "book-con"),
                                        ("../../etc/passwd", "etc-passwd")])
def test_slugify_gives_a_safe_file_name(text, slug):
    assert slugify(text) == slug


def test_unique_id_counts_uses():
    taken: dict[str, int] = {}
    assert [unique_id("s", taken) for _ in range(3)] == ["s", "s-2", "s-3"]
    taken = {"s-2": 1}
    assert [unique_id("s", taken) for _ in range(2)] == ["s", "s-3"]


def test_sentences_split_after_a_stop_but_not_after_an_abbreviation():
    text = ("Gen. Ma Bufang held Kulja. The town fell at 5:30 p.m. on Sunday. "
            "It was born c. 1812 (see O.S. 26 August). Next came peace.")
    assert [s for _, s in sentences(text)] == [
        "Gen. Ma Bufang held Kulja.", "The town fell at 5:30 p.m. on Sunday.",
        "It was born c. 1812 (see O.S. 26 August).", "Next came peace."]
    assert [o for o, _ in sentences("One. Two.")] == [0, 5]


def test_ends_in_abbreviation():
    assert ends_in_abbreviation("led by Gen.") and ends_in_abbreviation("John P.")
    assert not ends_in_abbreviation("the town fell.")
