"""The web edition in a real browser: Debian's Chromium driven by Playwright, the site served by
`book serve`'s server (and opened from file://). No request may leave the site, no console
error may appear, every link of the contents and of previous/next must resolve, the downloads
must be the real files, a glossary term shows its definition on focus, nothing overflows a
360×640 phone, and axe-core finds no violation (light and dark)."""
from __future__ import annotations

import re
import threading
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from book.serve import server, url
from book.formats.site import MEDIA_TYPES

from .browser import launch
from .conftest import FIXTURES, ROOT

pytestmark = pytest.mark.slow

AXE = ROOT / "tools" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BOOK = "ili-rebellion"
PHONE, DESKTOP = (360, 640), (1280, 800)


@pytest.fixture(scope="module")
def site(built):
    """The built site served on 127.0.0.1; yields its base URL."""
    httpd = server(built / "site", 0)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield url(httpd)
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def browser():
    with launch() as chromium:
        yield chromium


class Visit:
    """One browser tab that records console errors, failed loads and requests outside `base`."""

    def __init__(self, browser, base: str, size=DESKTOP, scheme: str = "light"):
        self.base = base
        self.errors: list[str] = []
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": size[0], "height": size[1]},
                                           color_scheme=scheme, accept_downloads=True)
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("response", lambda r: r.status >= 400 and self.errors.append(
            f"{r.status} {r.url}"))

    def _route(self, route) -> None:
        if route.request.url.startswith(self.base):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def go(self, page: str):
        response = self.page.goto(urljoin(self.base, page))
        self.page.wait_for_load_state("networkidle")
        return response

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visit(browser, site):
    opened: list[Visit] = []

    def open_(size=DESKTOP, scheme="light", base=None) -> Visit:
        opened.append(Visit(browser, base or site, size, scheme))
        return opened[-1]
    yield open_
    for v in opened:
        v.close()


def book_pages(built: Path, slug: str = BOOK) -> list[str]:
    return sorted(p.name for p in (built / "site" / slug).glob("*.html"))


def test_book_page_loads_with_everything_local(visit, built):
    v = visit()
    response = v.go(f"{BOOK}/index.html")
    assert response.ok and response.headers["content-type"] == "text/html; charset=utf-8"
    page = v.page
    assert page.title() == "Ili Rebellion (1944–1946)"
    assert page.locator("img.cover").evaluate("i => i.complete && i.naturalWidth") == 600
    assert page.locator("h1.book-title").inner_text() == "Ili Rebellion"
    assert page.locator(".titlepage .subtitle").inner_text() == "1944–1946"
    assert page.locator(".titlepage .author").text_content() == "Encyclopedia contributors"
    # no Source in the seed's infobox and none configured: no source or licence is claimed
    assert "Built on" in page.locator("#colophon").inner_text()
    assert "CC BY-SA" not in page.locator("#colophon").inner_text()
    assert page.locator(".summary").inner_text().startswith("The Ili Rebellion was")
    assert page.locator("#at-a-glance table").count() == 2
    assert page.locator("a.button", has_text="Read online").get_attribute("href") == "lead.html"
    assert v.errors == [] and v.outside == []


def test_downloads_are_the_real_files_with_their_media_types(visit, built):
    from pypdf import PdfReader

    v = visit()
    v.go(f"{BOOK}/index.html")
    links = v.page.locator(".downloads a[download]")
    assert links.count() == 2
    pages = len(PdfReader(built / f"{BOOK}.pdf").pages)
    for i, suffix in enumerate((".pdf", ".epub")):
        link = links.nth(i)
        href = link.get_attribute("href")
        assert href == f"{BOOK}{suffix}" and link.get_attribute("download") == href
        assert link.get_attribute("type") == MEDIA_TYPES[suffix]
        real = (built / href).read_bytes()
        size = f"{round(len(real) / 1024)} KB"
        detail = link.locator(".detail").inner_text()
        assert size in detail
        if suffix == ".pdf":
            assert detail == f"A5 · {pages} pages · {size}"
        with v.page.expect_download() as download:
            link.click()
        assert Path(download.value.path()).read_bytes() == real
        assert download.value.suggested_filename == href
        response = v.page.request.get(urljoin(v.base, f"{BOOK}/{href}"))
        assert response.headers["content-type"] == MEDIA_TYPES[suffix]
        assert response.body() == real
    assert v.errors == [] and v.outside == []


def test_every_contents_entry_and_previous_next_link_resolves(visit, built):
    v, probe = visit(), visit()
    checked: set[str] = set()
    order, page = [], "index.html"
    while page:                                     # the book page, then Next to the end
        v.go(f"{BOOK}/{page}")
        if order:
            assert v.page.locator('.pager a[rel="prev"]').get_attribute("href") == order[-1]
        order.append(page)
        hrefs = v.page.eval_on_selector_all(
            ".contents a, .pager a", "links => links.map(a => a.getAttribute('href'))")
        for href in hrefs:
            target = urljoin(f"{BOOK}/{page}", href)
            if target not in checked:
                checked.add(target)
                file, _, fragment = target.partition("#")
                assert probe.go(file).ok, (page, href)
                if fragment:
                    assert probe.page.locator(f"#{fragment}").count() == 1, (page, href)
        following = v.page.locator('.pager a[rel="next"], a.button:has-text("Read online")')
        page = following.get_attribute("href") if following.count() else None
    assert sorted(order) == book_pages(built)       # every page is on the way, once
    entries = v.page.locator("nav.toc .contents a").count()
    assert entries >= 15 and len(checked) >= entries
    assert v.errors == [] and v.outside == [] and probe.errors == [] and probe.outside == []


def test_every_heading_links_to_itself(visit, built):
    v = visit()
    for page in book_pages(built):
        v.go(f"{BOOK}/{page}")
        bad = v.page.eval_on_selector_all("main h1, main h2, main h3, main h4, main h5, main h6", """
            hs => hs.filter(h => { const a = h.querySelector('a.anchor');
                                   return !h.id || !a || a.getAttribute('href') !== '#' + h.id; })
                    .map(h => h.outerHTML)""")
        assert bad == [], page


def test_a_glossary_term_shows_its_definition_on_focus_and_hover(visit):
    v = visit()
    v.go(f"{BOOK}/lead.html")
    link = v.page.locator("a.gl", has_text="East Turkestan Republic").first
    tip = v.page.locator(f"#{link.get_attribute('aria-describedby')}")
    assert not tip.is_visible()
    link.focus()
    assert tip.is_visible()
    assert tip.inner_text() == "ETR East Turkestan Republic."
    box, line = tip.bounding_box(), link.bounding_box()
    assert box["y"] >= line["y"] + line["height"] - 2          # under the term, not over it
    v.page.evaluate("document.activeElement.blur()")
    assert not tip.is_visible()
    link.hover()
    assert tip.is_visible()
    # the page is readable without JavaScript: the definition is in the HTML itself
    html = v.page.evaluate("document.documentElement.outerHTML")
    assert "ETR East Turkestan Republic." in re.sub(r"<[^>]+>", "", html)
    link.click()
    v.page.wait_for_url(re.compile(r"glossary\.html#g-etr$"))
    assert v.page.locator("#g-etr").is_visible()


def test_no_horizontal_overflow_on_a_phone(visit, built):
    v = visit(PHONE)
    pages = [f"{BOOK}/{p}" for p in book_pages(built)] + ["index.html"]
    for page in pages:
        v.go(page)
        for state in ("closed", "menu open", "term focused"):
            if state == "menu open" and v.page.locator("details.toc-menu").count():
                v.page.locator("details.toc-menu > summary").click()
            if state == "term focused" and v.page.locator("a.gl").count():
                v.page.locator("a.gl").last.focus()
            width = v.page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
            assert width[0] <= width[1], (page, state, width)
    assert v.errors == [] and v.outside == []


def test_contents_are_a_sidebar_on_a_desktop_and_a_menu_on_a_phone(visit):
    wide, phone = visit(DESKTOP), visit(PHONE)
    for v in (wide, phone):
        v.go(f"{BOOK}/ch-fighting.html")
    current = wide.page.locator('nav.toc a[aria-current="page"]')
    assert current.is_visible() and current.inner_text() == "Fighting"
    assert not wide.page.locator("nav.toc summary").is_visible()
    assert wide.page.locator("nav.toc").bounding_box()["x"] == 0
    menu = phone.page.locator("nav.toc summary")
    assert menu.is_visible() and not phone.page.locator("nav.toc a").first.is_visible()
    menu.click()
    assert phone.page.locator("nav.toc a").first.is_visible()


@pytest.mark.parametrize("page", ["index.html", "ch-fighting.html"])
def test_the_skip_link_comes_first_and_focus_is_visible(visit, page):
    v = visit()
    v.go(f"{BOOK}/{page}")
    skip = v.page.locator(".skip-link")
    assert skip.bounding_box()["y"] < 0            # above the page until focused (web.css)
    v.page.keyboard.press("Tab")
    assert skip.evaluate("a => a === document.activeElement")
    assert skip.bounding_box()["y"] >= 0
    v.page.keyboard.press("Enter")
    # the hash changes once the key event is handled: wait for it (fails after 5 s) rather than race
    v.page.wait_for_function("location.hash === '#main'", timeout=5000)
    v.page.keyboard.press("Tab")
    outline = v.page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid", v.page.evaluate("document.activeElement.outerHTML")


def test_print_stylesheet_keeps_the_text_alone(visit):
    v = visit()
    v.go(f"{BOOK}/ch-fighting.html")
    v.page.emulate_media(media="print")
    for hidden in ("nav.toc", ".pager", ".site-head", ".site-foot"):
        assert not v.page.locator(hidden).is_visible(), hidden
    assert v.page.locator("main h1").is_visible()
    assert v.page.evaluate("getComputedStyle(document.body).color") == "rgb(0, 0, 0)"


def test_light_and_dark_themes_follow_the_system(visit):
    colours = {}
    for scheme in ("light", "dark"):
        v = visit(scheme=scheme)
        v.go(f"{BOOK}/lead.html")
        colours[scheme] = v.page.evaluate("getComputedStyle(document.documentElement)"
                                          ".backgroundColor")
    assert colours["light"] != colours["dark"]


def test_foreign_scripts_use_the_subset_fonts_of_the_epub(visit, built):
    import zipfile

    v = visit()
    fonts: list[str] = []
    v.page.on("request", lambda r: "/fonts/" in r.url and fonts.append(r.url.rsplit("/", 1)[1]))
    v.go(f"{BOOK}/lead.html")
    ug = v.page.locator('span[lang="ug"][dir="rtl"]').first
    assert ug.evaluate("s => getComputedStyle(s).fontFamily").startswith('"Noto Naskh Arabic"')
    assert "noto-naskh-arabic.ttf" in fonts
    loaded = v.page.evaluate("document.fonts.ready.then(() => [...document.fonts]"
                             ".filter(f => f.status === 'loaded').map(f => f.family))")
    assert "Noto Naskh Arabic" in [f.strip('"') for f in loaded]
    with zipfile.ZipFile(built / f"{BOOK}.epub") as epub:
        assert (built / "site" / BOOK / "fonts" / "noto-naskh-arabic.ttf").read_bytes() == \
            epub.read("EPUB/fonts/noto-naskh-arabic.ttf")


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("size", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_violations(visit, scheme, size):
    v = visit(size, scheme)
    for page in (f"{BOOK}/index.html", f"{BOOK}/ch-fighting.html", f"{BOOK}/glossary.html",
                 f"{BOOK}/book-index.html", "index.html"):
        v.go(page)
        v.page.add_script_tag(path=str(AXE))
        result = v.page.evaluate("axe.run(document, {resultTypes: ['violations']})")
        violations = [(x["id"], x["help"], [n["html"][:120] for n in x["nodes"][:3]])
                      for x in result["violations"]]
        assert violations == [], page
    assert v.errors == [] and v.outside == []


def test_the_library_lists_every_book_by_title(visit, built):
    v = visit()
    v.go("index.html")
    titles = v.page.locator(".card-title").all_inner_texts()
    assert len(titles) == len(list((built / "site").glob("*/book.json"))) == \
        1 + len(list(FIXTURES.glob("*.txt")))                  # the seed and every fixture
    plain = [re.sub(r"^(The|A|An) ", "", t) for t in titles]
    assert plain == sorted(plain, key=str.casefold)
    for card in v.page.locator(".card").all():
        assert card.locator("img").evaluate("i => i.complete && i.naturalWidth > 0")
        for link in card.locator("a").all():
            assert v.page.request.get(urljoin(v.base, link.get_attribute("href"))).ok
    gaugamela = v.page.locator(".card", has_text="Gaugamela").locator(".card-span")
    assert gaugamela.inner_text().replace("\u00a0", " ") == "331 BC"
    assert v.errors == [] and v.outside == []


def test_the_site_works_from_file_urls(visit, built):
    base = (built / "site").as_uri() + "/"
    v = visit(base=base)
    v.go(f"{BOOK}/index.html")
    assert v.page.locator("img.cover").evaluate("i => i.naturalWidth") == 600
    v.page.locator("a.button", has_text="Read online").click()
    v.page.wait_for_load_state("networkidle")
    assert urlsplit(v.page.url).path.endswith(f"/{BOOK}/lead.html")
    v.page.locator('.pager a[rel="next"]').click()
    assert v.page.locator("main h1").inner_text() == "Background"
    assert v.page.evaluate("getComputedStyle(document.querySelector('.toc')).position") == "sticky"
    assert v.errors == [] and v.outside == []
