"""Print typography on plain text (book/render/typography.py)."""
from __future__ import annotations

import pytest

from book.render.typography import NBSP, smarten


@pytest.mark.parametrize("text, out", [
    ('He said "go" and left', "He said \u201cgo\u201d and left"),
    ("the army's 'last' stand", "the army\u2019s \u2018last\u2019 stand"),
    ("in 1944-1946", "in 1944\u20131946"),
    ("18 August - 21 August 1966", f"18{NBSP}August \u2013 21{NBSP}August{NBSP}1966"),
    ("won - at a cost", "won\u2009\u2014\u2009at a cost"),
    ("331 BC", f"331{NBSP}BC"), ("c. 1812", f"c.{NBSP}1812"),
    ("pages 10,000-12,000", "pages 10,000\u201312,000"),
])
def test_smarten(text, out):
    assert smarten(text) == out


def test_smarten_leaves_words_with_hyphens_and_codes_alone():
    for text in ("T-34 tanks", "the pro-Soviet side", "Su-27 jets"):
        assert smarten(text) == text
