"""Print typography on plain text (book/render/typography.py), and of messy input (issue 28):
quotes turned the right way whatever the spacing around them, dashes, ranges."""
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
def test_smarten_basics(text, out):
    assert smarten(text) == out


def test_smarten_leaves_words_with_hyphens_and_codes_alone():
    for text in ("T-34 tanks", "the pro-Soviet side", "Su-27 jets"):
        assert smarten(text) == text


CASES = [
    # quotes with spaces inside them, as text split into words and joined back leaves them
    ("the word ' steamer ' was new", "the word ‘steamer’ was new"),
    ('a fever (" ague ") struck', "a fever (“ague”) struck"),
    ('he was " bold " and " quick "', "he was “bold” and “quick”"),
    ("both ' ram ' and ' spar ' ships", "both ‘ram’ and ‘spar’ ships"),
    ('a hull (" clad "like iron)', "a hull (“clad” like iron)"),
    ("she wrote, ' Come home soon, for the harvest is late and the river high", None),
    # apostrophes: inside words, a plural's possessive with a stray space, a decade
    ("Thomas ' letter arrived", "Thomas’ letter arrived"),
    ("don't O'Neill the 1880's the '80s", "don’t O’Neill the 1880’s the ’80s"),
    # ordinary quotes keep working
    ('He said "yes" and \'no\'.', "He said “yes” and ‘no’."),
    ('"Go," she said, "now."', "“Go,” she said, “now.”"),
    ("the 'Long Road'", "the ‘Long Road’"),
    # dashes
    ("war -- and peace", "war\u2009—\u2009and peace"),
    ("war--and peace", "war\u2009—\u2009and peace"),
    ("war --- and peace", "war\u2009—\u2009and peace"),
    ("from 1861--1865", "from 1861–1865"),
    ("in 1801 - 1803", "in 1801 – 1803"),
    ("pages 12-14", "pages 12–14"),
    ("a row ---- of rules", "a row ---- of rules"),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_smarten(text, expected):
    out = smarten(text)
    if expected is None:            # a long quotation: it opens, and nothing else changes
        assert out.startswith("she wrote, ‘Come home") and "'" not in out
    else:
        assert out == expected


def test_no_straight_quote_survives():
    for text, _ in CASES:
        assert "'" not in smarten(text) and '"' not in smarten(text)
