"""Shared fixtures: each article is built once per test session."""
from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from book.cli import main

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ili-rebellion.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EPOCH = "1700000000"


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build the seed and the fixture articles; returns a function slug -> output dir."""
    out = tmp_path_factory.mktemp("dist")
    os.environ["SOURCE_DATE_EPOCH"] = EPOCH
    articles = [SEED, *sorted(FIXTURES.glob("*.txt"))]
    assert main(["build", "-q", "--out", str(out), *map(str, articles)]) == 0
    return out


@pytest.fixture(scope="session")
def seed_book():
    """The seed article, shaped and enriched (no rendering)."""
    from book.read.article import read
    from book.build import enrichers
    from book.read.shape import shape

    book = shape(read(SEED))
    for enrich in enrichers():
        book = enrich(book)
    return book


def enriched(path: Path):
    """Any article, shaped and enriched."""
    from book.read.article import read
    from book.build import enrichers
    from book.read.shape import shape

    book = shape(read(path))
    for enrich in enrichers():
        book = enrich(book)
    return book


def letters(text: str) -> str:
    """Latin letters and digits only: compares text across typography, hyphenation and markup."""
    return re.sub(r"[^A-Za-z0-9]+", "", text)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text pdftotext extracts from a PDF (or from pages first..last)."""
    pages = ["-f", str(first), "-l", str(last or first)] if first else []
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pytest_collection_modifyitems(items):
    """Tests that need whole books built (the session `built` fixture) are slow: `make check`
    skips them, `make test` runs everything."""
    for item in items:
        if "built" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.slow)


def epub_of(tmp_path: Path, text: str, **settings):
    """An article's text packaged as an EPUB alone (no PDF), opened as a zip file."""
    import zipfile

    from book.render.html import render
    from book.settings import Settings
    from book.write.epub import write_epub

    chosen = Settings(**settings)
    target = tmp_path / "book.epub"
    write_epub(render(enriched_text(text), chosen), target, None, chosen)
    return zipfile.ZipFile(target)


def enriched_text(text: str):
    """Article text, parsed, shaped and enriched."""
    from book.read.article import parse
    from book.build import enrichers
    from book.read.shape import shape

    book = shape(parse(text))
    for enrich in enrichers():
        book = enrich(book)
    return book
