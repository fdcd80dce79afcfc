"""The EPUB in a real reading system: epub.js in Debian's Chromium, driven by Playwright.

Each screen opens the seed's EPUB the way a reader does (paginated, one page per screen) and
checks what the issue 18 reader saw: contents entries, overflow, stranded headings, glossary
links both ways, even line spacing around Uyghur."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .browser import launch
from .conftest import ROOT

pytestmark = pytest.mark.slow

EPUBJS = ROOT / "tools" / "epubjs" / "node_modules"
SCREENS = {"phone 360x640": ((360, 640), None), "tablet 758x1024, text 150%": ((758, 1024), "150%")}


@pytest.fixture(scope="module")
def browser():
    with launch() as chromium:
        yield chromium


class Reader:
    """epub.js showing one EPUB on one screen; every request is answered from local files."""

    def __init__(self, browser, epub: Path, screen: tuple[int, int], font_size: str | None):
        files = {"/reader.html": ROOT / "tests" / "reader.html",
                 "/jszip.min.js": EPUBJS / "jszip" / "dist" / "jszip.min.js",
                 "/epub.min.js": EPUBJS / "epubjs" / "dist" / "epub.min.js", "/book.epub": epub}
        self.errors: list[str] = []
        self.refused: list[str] = []
        self.context = browser.new_context(viewport={"width": screen[0], "height": screen[1]})
        self.context.route("**/*", lambda route: self._answer(route, files))
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))
        self.page.goto("http://reader.test/reader.html")
        self.nav = self.page.evaluate("size => openBook(size)", font_size)
        self.spine = self.page.evaluate("spine()")

    def _answer(self, route, files: dict[str, Path]) -> None:
        url = urlsplit(route.request.url)
        if url.hostname == "reader.test" and url.path in files:
            route.fulfill(status=200, body=files[url.path].read_bytes())
        else:
            self.refused.append(route.request.url)
            route.abort()

    def run(self, script: str, arg=None):
        """Evaluate one of tests/reader.html's functions, e.g. run("go", "lead.xhtml")."""
        return self.page.evaluate(f"arg => {script}(arg)", arg)

    def click(self, selector: str, then_in: str) -> None:
        """Click what `selector` finds on the screen, then wait to be shown `then_in`."""
        where = self.run("onScreen", selector)
        assert where, f"{selector} is not on the screen"
        self.page.mouse.click(where["x"], where["y"])
        self.page.wait_for_function("file => here().href === file", arg=then_in, timeout=10_000)


@pytest.fixture(scope="module", params=list(SCREENS))
def reader(request, browser, built):
    size, font_size = SCREENS[request.param]
    shown = Reader(browser, built / "ili-rebellion.epub", size, font_size)
    yield shown
    shown.context.close()


def test_every_nav_entry_lands_on_its_target(reader):
    assert any(entry["depth"] == 1 for entry in reader.nav), "the contents has one level"
    assert len(reader.nav) >= 15
    for entry in reader.nav:
        file, _, fragment = entry["href"].partition("#")
        shown = reader.run("go", entry["href"])
        assert shown["href"] == file, entry
        if fragment:
            assert reader.run("onScreen", f"#{fragment}"), entry
        else:
            assert shown["page"] == 1, entry
    reader.run("go", "nav.xhtml")
    assert reader.run("onScreen", "#toc-title") and reader.run("boxes", "#landmarks") == 0
    assert reader.errors == [] and reader.refused == []


def test_nothing_overflows_horizontally(reader):
    for file in reader.spine:
        reader.run("go", file)
        assert reader.run("overflows") == [], file


def test_no_heading_is_stranded_at_a_page_bottom(reader):
    for file in reader.spine:
        reader.run("go", file)
        assert reader.run("stranded") == [], file


def test_glossary_link_and_its_back_link(reader, built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        uses = [(name[5:], use, entry) for name in sorted(z.namelist()) if "/ch-" in name
                for use, entry in re.findall(r'<a class="gl" id="([^"]+)" href="glossary\.xhtml#'
                                             r'([^"]+)"', z.read(name).decode())]
    # A term linked from several chapters: come back to the second place, not the first.
    chapter, use, entry = next(u for u in uses if u[1].endswith("-u2"))
    reader.run("go", f"{chapter}#{use}")
    reader.click(f"#{use}", then_in="glossary.xhtml")
    assert reader.run("onScreen", f"#{entry}")
    reader.click(f'#{entry} .backlinks a[href$="#{use}"]', then_in=chapter)
    assert reader.run("onScreen", f"#{use}")


def test_uyghur_runs_keep_the_line_spacing_even(reader):
    reader.run("go", "lead.xhtml")
    measured = reader.run("lineGaps", 'p:has(span[lang="ug"])')
    line, gaps = measured["lineHeight"], measured["gaps"]
    assert len(gaps) >= 5
    for gap in gaps:
        assert abs(gap - line * round(gap / line)) < 0.6, (gap, line)
