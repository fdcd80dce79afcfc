"""Shared fixtures: each article is built once per test session."""
from __future__ import annotations

import contextlib
import gc
import os
import re
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

from book.cli import main

# Property tests (hypothesis): `make test` and `make check` draw the same cases on every run
# (derandomize: a seed fixed by each test, and no example database carried between runs), so a
# run's result never depends on luck; `make fuzz` (HYPOTHESIS_PROFILE=long) draws new random
# cases, many of them, and keeps failing ones in .hypothesis/ to replay.
settings.register_profile("ci", max_examples=100, deadline=None, derandomize=True, database=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "ili-rebellion.txt"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EPOCH = "1700000000"


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build the seed and the fixture articles once (reproducibly, at EPOCH); returns the output
    folder. A WeasyPrint warning or a missing glyph fails the run, as in WeasyPrint's own suite."""
    import contextlib
    import io

    out = tmp_path_factory.mktemp("dist")
    articles = [SEED, *sorted(FIXTURES.glob("*.txt"))]
    err = io.StringIO()
    with epoch(), contextlib.redirect_stderr(err):
        status = main(["build", "-q", "--out", str(out), *map(str, articles)])
    assert status == 0, err.getvalue()
    noisy = [ln for ln in err.getvalue().splitlines() if "WeasyPrint:" in ln or "no font has a glyph" in ln]
    assert not noisy, "\n".join(noisy)
    return out


@contextlib.contextmanager
def epoch(value: str = EPOCH):
    """SOURCE_DATE_EPOCH set for one block only (a killed build must not look reproducible)."""
    old = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ["SOURCE_DATE_EPOCH"] = value
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = old


@pytest.fixture(scope="session")
def seed_book():
    """The seed article, shaped and enriched (no rendering)."""
    return enriched(SEED)


def enriched(path: Path):
    """Any article, shaped and enriched; once per file and test run (a Book is immutable, and
    the golden, provenance, chronology and glossary tests read the same articles)."""
    from .golden import enriched as once
    return once(Path(path))


def letters(text: str) -> str:
    """Latin letters and digits only: compares text across typography, hyphenation and markup."""
    return re.sub(r"[^A-Za-z0-9]+", "", text)


def pdf_text(path: Path, first: int | None = None, last: int | None = None) -> str:
    """The text pdftotext extracts from a PDF (or from pages first..last)."""
    pages = ["-f", str(first), "-l", str(last or first)] if first else []
    return subprocess.run(["pdftotext", *pages, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pytest_collection_finish(session):
    """What importing the test modules made (the package, WeasyPrint, Hypothesis, the lexicon's
    patterns: objects that live as long as the run) is moved out of the garbage collector's
    sight. `book build` ends with a full collection (cli._quiet_unraisable), which in this
    process would otherwise walk them again after every in-process build: 4.5 of make check's
    43 CPU seconds. Nothing created by a test is frozen: its garbage is collected as before."""
    gc.collect()
    gc.freeze()


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
    from book.formats.epub import write_epub

    chosen = Settings(**settings)
    target = tmp_path / "book.epub"
    write_epub(render(enriched_text(text), chosen), target, None, chosen)
    return zipfile.ZipFile(target)


def enriched_text(text: str):
    """Article text, parsed, shaped and enriched."""
    from book.build import book_from
    from book.read.article import parse

    return book_from(parse(text))


# A small article with one of each thing the rendering handles: two sides, a date, another
# script, an acronym spelt out and used alone. Tests add sections after it.
FORD = """= {title} =
Infobox
- Commander1: Ann Lee
- Commander2: Bo Tan
- Date: 3 May 1801

The Battle of the Ford (Фордская битва) was fought on 3 May 1801 by the Royal Guard (RG).

== Battle ==
Ann Lee crossed with the RG. The RG held.
"""


# FORD with a subsection and a second chapter: the small book most unit tests render.
SMALL = FORD.format(title="The Battle of the Ford") + """
=== Crossing ===
Bo Tan waited at the ford.

== Aftermath ==
The RG went home in 1802.
"""


@pytest.fixture(scope="session")
def small_book():
    """SMALL, shaped and enriched."""
    return enriched_text(SMALL)


@pytest.fixture(scope="session")
def small(small_book):
    """SMALL rendered (at EPOCH, so its dates are fixed)."""
    from book.render.html import render

    with epoch():
        return render(small_book)


@pytest.fixture(scope="session")
def book_cache(tmp_path_factory):
    """One build cache for the tests that subset the same fonts: a CJK subset is made once."""
    return tmp_path_factory.mktemp("book-cache")
