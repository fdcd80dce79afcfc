"""One normalisation of input text (book/normal.py): every control, format control, line and
paragraph separator is kept, replaced or removed as its table says, in the article and in every
text option, so that nothing reaches WeasyPrint or Pillow in a form they reject."""
from __future__ import annotations

import io
import re
import sys
import unicodedata
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import fields, is_dataclass

import pytest

from book.build import book_from
from book.cli import main
from book.errors import InputError
from book.formats.cover import draw_cover
from book.formats.data import dumps
from book.read.article import load, parse
from book.normal import BREAKS, KEPT, REMOVED, normalise, option
from book.render.html import render
from book.settings import TEXT_OPTIONS, Settings


def _chars(ranges: str) -> set[str]:
    return set(re.findall(f"[{ranges}]", "".join(map(chr, range(sys.maxunicode + 1)))))


KEPT_CHARS, BREAK_CHARS, REMOVED_CHARS = _chars(KEPT), _chars(BREAKS), _chars(REMOVED)
# Every code point the issue names: controls, format controls, line and paragraph separators
# (general category and bidi class), surrogates and noncharacters.
NAMED = {c for c in map(chr, range(sys.maxunicode + 1))
         if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp", "Cs")
         or unicodedata.bidirectional(c) in ("B", "S")
         or 0xfdd0 <= ord(c) <= 0xfdef or ord(c) & 0xfffe == 0xfffe}
# What the renderers may be given of them: the kept format characters, and LF between lines.
RENDERABLE = KEPT_CHARS | {"\n"}
NOT_RENDERED = NAMED - RENDERABLE
# The named code points but for the middle of the long runs (surrogates, tags): a few hundred.
SAMPLE = {c for c in NAMED if not (0xd804 <= ord(c) <= 0xdffb or 0xe0024 <= ord(c) <= 0xe007b)}


def test_the_table_covers_every_named_code_point_once():
    assert KEPT_CHARS | BREAK_CHARS | REMOVED_CHARS | {"\n", "\r"} == NAMED
    assert not KEPT_CHARS & BREAK_CHARS and not KEPT_CHARS & REMOVED_CHARS
    assert not BREAK_CHARS & REMOVED_CHARS
    for c in NAMED - {"\n", "\r"}:
        if c in KEPT_CHARS:
            expected = f"a{c}b"
        elif c in BREAK_CHARS:
            expected = "a b"
        else:
            assert c in REMOVED_CHARS
            expected = "ab"
        assert normalise(f"a{c}b") == expected, hex(ord(c))
        assert normalise(f"a{c}b", line=True) == expected, hex(ord(c))      # the same in a line
    assert normalise("a\r\nb\rc\nd") == "a\nb\nc\nd"
    assert normalise("a\r\nb\rc\nd", line=True) == "a  b c d"


def test_every_other_code_point_is_left_alone():
    others = "".join(c for c in map(chr, range(sys.maxunicode + 1)) if c not in NAMED)
    assert normalise(others) == others and normalise(others, line=True) == others


def test_text_options_are_one_normalised_line():
    assert option("  Jo\u2029Smith\u200e \t\r\n ") == "Jo Smith"
    assert option("e\u0301") == "\u00e9" and option(None) is None
    settings = Settings(author="A\u2028B", series="S\u202eX", publisher="P\x00Q", licence="L\u2029M")
    assert (settings.author, settings.series, settings.publisher, settings.licence) == \
        ("A B", "SX", "PQ", "L M")


def _strings(value, seen=None):
    """Every string inside a rendered book (dataclasses, tuples, lists, dicts)."""
    if isinstance(value, str):
        yield value
    elif is_dataclass(value):
        for f in fields(value):
            yield from _strings(getattr(value, f.name))
    elif isinstance(value, dict):
        for k, v in value.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(value, (list, tuple, set, frozenset)):
        for v in value:
            yield from _strings(v)


def _article(chars: str, title: str = "Title") -> str:
    """Each of `chars` between words and between spaces, in every field of an article."""
    def spread(word: str) -> str:
        return " ".join(f"{word}{c}{word} {c} {word}" for c in chars)
    return (f"= {title} {spread('t')} =\n\nCaption{chars}x\n"
            f"- Date: 1944{chars}–1946\n- Part of: {spread('Part')}\n"
            f"- Commander1: Ma Bufang\n- Result: {spread('r')}\n- Strength{chars}1: {spread('s')}\n\n"
            f"The lead (LD{chars}X) in 1944 with Ma Bufang. {spread('Lead')}\n\n"
            f"== Chapter {spread('c')} ==\nText of 7{chars} May 1945. {spread('Tihwa')}\n"
            f"- item {spread('i')}\n\n=== Sub {spread('s')} ===\nMore (Kulja{chars}) text.\n")


def _options(chars: str) -> Settings:
    return Settings(**{name: f"{name} {chars} {name}{chars}x" for name in TEXT_OPTIONS})


@pytest.mark.parametrize("title", ["Ili", "太平天國"])
def test_no_separator_or_format_control_reaches_a_renderer(title, tmp_path):
    """Every named code point in every field of the article and every text option: what the
    renderers get (the rendered book, the EPUB, the JSON, the cover) holds only what the table
    keeps. (LF and CR end a line of the format: they are tested as line ends.)"""
    chars = "".join(sorted(SAMPLE - {"\n", "\r"}))
    book = book_from(parse(_article(chars, title)))
    rendered = render(book, _options(chars))
    for text in _strings(rendered):
        assert not set(text) & NOT_RENDERED, {hex(ord(c)) for c in set(text) & NOT_RENDERED}
    assert not set(dumps(book)) & NOT_RENDERED
    assert draw_cover(rendered, 400, 600)


# The fuzz test's find (a title "0\r㐁" crashed the cover when write_epub was called on parse()'s
# book directly) and its family: every line break between a digit and a CJK character. Each
# with what becomes of it: the title the cover draws, or the one-line error that refuses it (a
# line end inside '= … =' leaves a first line that is no title; a separator alone, no title).
NO_TITLE = "<article>:1: first line is not a title: expected '= Title =', found '= 0'"
FAMILY = {"0\r㐁": NO_TITLE, "0\r\n㐁": NO_TITLE, "0\n㐁": NO_TITLE,
          "0\x0b㐁": "0 㐁", "0\x0c㐁": "0 㐁", "0\x1c㐁": "0 㐁", "0\x1d㐁": "0 㐁",
          "0\x1e㐁": "0 㐁", "0\x1f㐁": "0 㐁", "0\t㐁": "0 㐁", "0\x85㐁": "0 㐁",
          "0\u2028㐁": "0 㐁", "0\u2029㐁": "0 㐁", "㐁 \u2029 㐁": "㐁 㐁", "0 \u2029㐁": "0 㐁",
          "\u2029": "<article>:1: the title is empty: expected '= Title ='",
          "0\u202e㐁": "0㐁", "0\u061c㐁": "0㐁", "0\u180e㐁": "0\u180e㐁", "0\u200d㐁": "0\u200d㐁",
          "0\u00ad㐁": "0㐁"}


@pytest.mark.parametrize("title", FAMILY)
def test_the_fuzz_family_draws_or_is_refused(title):
    expected = FAMILY[title]
    if expected.startswith("<article>:"):
        with pytest.raises(InputError) as info:
            book_from(parse(f"= {title} =\n\nThe lead, in 1944.\n"))
        assert str(info.value) == expected
        return
    book = book_from(parse(f"= {title} =\n\nThe lead, in 1944.\n"))
    assert book.article.title == expected
    rendered = render(book)
    assert rendered.title == expected
    assert draw_cover(rendered, 400, 600).size == (400, 600)


def test_the_article_file_is_normalised_like_parse_input():
    article = load("= A\u2029B =\r\n\r\nLead\u2028text\x85here.\r".encode(), "a.txt")
    assert article.title == "A B" and article.lead[0].text == "Lead text here."


@pytest.mark.slow
@pytest.mark.parametrize("title", ["Ili", "太平天國"])
def test_separators_and_kept_format_characters_build_strictly(title, tmp_path):
    """A whole build (PDF with WeasyPrint, EPUB and the --cover PDF with Pillow, the site) with
    the kept format characters and every line separator in every field, warnings as errors."""
    # Prepended marks with a font (the others have none: a missing-glyph warning, as any text).
    chars = "\u200c\u200d\u180e\u0600\u06dd\u070f\u08e2" + "".join(sorted(BREAK_CHARS)) + \
        "\u202e\u200b\u00ad\ufeff"
    source = tmp_path / "a.txt"
    source.write_text(_article(chars, title), encoding="utf-8")
    out, err = tmp_path / "out", io.StringIO()
    with redirect_stderr(err), redirect_stdout(io.StringIO()):
        status = main(["build", "-q", "--strict", "--cover", "--out", str(out), str(source),
                       *[a for name in TEXT_OPTIONS for a in (f"--{name}", f"{name}{chars}\r\nx")]])
    assert (status, err.getvalue()) == (0, "")
    assert len(list(out.glob("*.pdf"))) == 2
    with zipfile.ZipFile(next(out.glob("*.epub"))) as z:
        for name in z.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx")):
                text = z.read(name).decode("utf-8")
                assert not set(text) & (NOT_RENDERED - {"\t"}), name
