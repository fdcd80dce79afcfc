"""Settings: the ISBN is checked by python-stdnum and printed hyphenated."""
from __future__ import annotations

import pytest

from book.render.html import render
from book.settings import Settings, hyphenated, isbn

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
