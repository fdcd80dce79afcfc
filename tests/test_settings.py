"""The typed settings (book/settings.py): the one page-size table; the ISBN checked by
python-stdnum and printed hyphenated; the fingerprint key."""
from __future__ import annotations

import re

import pytest

from book.paths import STYLES
from book.render.html import render
from book.settings import PAGE_SIZES, PageSize, Settings, hyphenated, isbn

from .conftest import FORD, enriched_text


@pytest.mark.parametrize("text, digits", [
    ("978-0-306-40615-7", "9780306406157"), ("9780306406157", "9780306406157"),
    ("978 0 306 40615 7", "9780306406157"), ("0-306-40615-2", "0306406152"),
    ("99921-58-10-7", "9992158107"), ("0-8044-2957-x", "080442957X")])
def test_valid_isbns_give_their_digits(text, digits):
    assert isbn(text) == digits


@pytest.mark.parametrize("text, why", [
    ("0000000000000", "no such ISBN prefix or group"),     # a check digit of 0 is not enough
    ("978-0-306-40615-8", "wrong check digit"),
    ("12345", "expected 10 or 13 digits"),
    ("9790000000001", "in no registered ISBN range"),       # 979-0 is for printed music
    ("ISBN 978-0-306-40615-7", None)])
def test_invalid_isbns_are_refused_saying_why(text, why):
    with pytest.raises(ValueError) as err:
        isbn(text)
    assert str(err.value).startswith(f"not a valid ISBN-10 or ISBN-13: {text!r}")
    if why:
        assert str(err.value).endswith(f"({why})")


def test_the_colophon_prints_the_isbn_hyphenated():
    assert hyphenated("9780306406157") == "978-0-306-40615-7"
    assert hyphenated("0306406152") == "0-306-40615-2"
    rendered = render(enriched_text(FORD.format(title="Battle of the Ford")),
                      Settings(isbn="9780306406157"))
    colophon = next(p for p in rendered.parts if p.id == "colophon").html()
    assert "ISBN 978-0-306-40615-7." in colophon


_LENGTH = {"mm": 1.0, "in": 25.4}


def _page_size(css: str) -> tuple[float, float]:
    """The `@page { size: W H }` of a stylesheet, in millimetres."""
    found = re.search(r"@page\s*\{\s*size:\s*([\d.]+)(mm|in)\s+([\d.]+)(mm|in)\s*;", css)
    assert found, "no @page size"
    w, wu, h, hu = found.groups()
    return round(float(w) * _LENGTH[wu], 1), round(float(h) * _LENGTH[hu], 1)


@pytest.mark.parametrize("size", PAGE_SIZES.values(), ids=list(PAGE_SIZES))
def test_each_size_stylesheet_sets_the_trim_of_the_table(size: PageSize):
    assert _page_size((STYLES / size.stylesheet).read_text("utf-8")) == \
        tuple(round(float(x), 1) for x in size.trim_mm)


def test_every_size_stylesheet_is_in_the_table():
    assert sorted(p.name for p in STYLES.glob("size-*.css")) == \
        sorted(s.stylesheet for s in PAGE_SIZES.values())


def test_the_epub_names_a_size_as_the_site_does():
    six = Settings(page_size="6x9").size
    assert six.label == "6 × 9 in"
    assert six.edition == "print edition (PDF, 6 × 9 in, 152.4 × 228.6 mm)"
    assert Settings().size.edition == "print edition (PDF, A5, 148 × 210 mm)"


def test_settings_name_their_size():
    assert Settings().size is PAGE_SIZES["a5"]
    assert Settings(page_size="letter").size.trim_mm == (215.9, 279.4)


def test_the_key_changes_with_every_option_and_only_then():
    base = Settings()
    assert base.key() == Settings().key()
    changed = [Settings(page_size="a4"), Settings(pdf_variant="none"), Settings(licence="x"),
               Settings(keep_html=True), Settings(author="A"), Settings(isbn="0306406152"),
               Settings(series="S"), Settings(publisher="P"), Settings(cover_pdf=True),
               Settings(to=("pdf",))]
    keys = {s.key() for s in changed}
    assert base.key() not in keys and len(keys) == len(changed)
