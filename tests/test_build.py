"""One article's build (book/build.py): the pipeline up to rendering, the fingerprint of what an
output depends on, the slug read back for a no-op check, and build() itself."""
from __future__ import annotations

import hashlib
from pathlib import Path

from book.build import CACHE, Options, book_from, build, enrichers, fingerprint, output_slug
from book.read.article import parse
from book.settings import Settings

from .conftest import SMALL


def test_book_from_shapes_the_article_and_applies_every_enricher(small_book):
    assert [e.__module__.rsplit(".", 1)[-1] for e in enrichers()] == \
        ["about", "glossary", "chronology", "biographies", "index"]
    book = book_from(parse(SMALL))
    assert book == small_book
    assert [c.title for c in book.chapters] == ["Introduction", "Battle", "Aftermath"]
    assert book.glossary and book.index and book.biographies


def test_the_fingerprint_changes_with_the_article_the_options_and_the_name():
    options = Options()
    base = fingerprint(b"= A =\n", options)
    assert fingerprint(b"= A =\n", options) == base
    assert len({base, fingerprint(b"= B =\n", options),
                fingerprint(b"= A =\n", Options(settings=Settings(page_size="a4"))),
                fingerprint(b"= A =\n", Options(strict=True)),
                fingerprint(b"= A =\n", options, "a-renamed")}) == 5


def test_output_slug_comes_from_the_title_line_or_from_the_cache(tmp_path):
    assert output_slug(b"\n\n= Caf\xc3\xa9 Wars =\ntext") == "cafe-wars"
    assert output_slug(b"no title here") is None and output_slug(b"\xff\xfe") is None
    data = b"= Real Title =\n"
    (tmp_path / "slugs").mkdir()
    (tmp_path / "slugs" / hashlib.sha256(data).hexdigest()).write_bytes(b"cached-slug")
    assert output_slug(data, tmp_path) == "cached-slug"       # the parser is not imported


def _json_only(out: Path) -> Options:
    return Options(out_dir=out, settings=Settings(to=("json",)))


def test_a_second_build_with_nothing_changed_is_up_to_date(tmp_path):
    source = tmp_path / "ford.txt"
    source.write_text(SMALL, encoding="utf-8")
    log: list[str] = []
    first = build(source, _json_only(tmp_path / "out"), log.append, parallel=False)
    assert [p.name for p in first.written] == ["the-battle-of-the-ford.data.json"]
    assert not first.up_to_date and (tmp_path / "out" / CACHE).is_dir()
    again = build(source, _json_only(tmp_path / "out"), log.append, parallel=False)
    assert again.up_to_date and again.written == []
    assert log[-1].startswith("up to date")
    forced = build(source, Options(out_dir=tmp_path / "out", force=True,
                                   settings=Settings(to=("json",))), log.append, parallel=False)
    assert not forced.up_to_date and forced.written


def test_warnings_name_the_article_and_its_line(tmp_path):
    source = tmp_path / "a.txt"
    source.write_text("= A =\n- Date: 3 May 18013 June 1802\n\nSome text.\n", encoding="utf-8")
    result = build(source, _json_only(tmp_path / "out"), lambda _m: None, parallel=False)
    assert result.warnings == [f"{source}:2: infobox Date '3 May 18013 June 1802' cannot be read "
                               "as a date (run-together numbers); At a glance and the chronology "
                               "leave it out"]
