"""The web edition without a browser: writer order, pages from the shared rendering, the book's
folder, the library page, atomic folders, the server's media types and live reload."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

from book.render import web
from book.render.html import render
from book.settings import Settings
from book.pipeline.writers import Job
from book.formats import site
from book.pipeline.folders import Folders

from .conftest import FORD, enriched_text

ARTICLE = FORD.format(title="The Battle of the Ford") + """
=== Crossing ===
Bo Tan waited at the ford.

== Aftermath ==
The RG went home in 1802.
"""


@pytest.fixture(scope="module")
def rendered():
    return render(enriched_text(ARTICLE))


def blank_pdf(path: Path, pages: int) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(420, 595)
    with open(path, "wb") as f:
        writer.write(f)
    return path


def write_site(tmp_path: Path, text: str = ARTICLE, cache: Path | None = None,
               **settings) -> Path:
    """The site writer alone, given a three-page PDF and a small file as the EPUB."""
    book = enriched_text(text)
    chosen = Settings(**settings)
    r = render(book, chosen)
    pdf = blank_pdf(tmp_path / "staged.pdf", 3)
    epub = tmp_path / "staged.epub"
    epub.write_bytes(b"PK" + bytes(3000))
    folders = Folders(tmp_path)
    folder = folders.path("site", r.slug)
    assert site.write(Job(book, r, chosen, (), tmp_path, cache or tmp_path / "cache",
                          {"pdf": (pdf,), "epub": (epub,)}, folder)) == []
    folders.commit()
    return tmp_path / "site" / r.slug


def test_pages_come_from_the_shared_rendering(rendered):
    downloads = (site.Download("PDF", "x.pdf", "application/pdf", "A5 · 3 pages · 1 KB"),)
    common = {"r": rendered, "title_html": "T", "stylesheets": ["css/web.css"],
              "cover": {"src": "cover.png", "width": 6, "height": 9, "alt": "Cover"}}
    pages = dict(site.pages(rendered, downloads, common))
    reading = web.reading(rendered)
    assert list(pages) == ["index.html", *(web.page_of(p) for p in reading)]
    assert len(set(pages)) == len(pages) == len(site.pages(rendered, downloads, common))
    assert pages["book-index.html"].count('class="part index"') == 1   # not the book page
    assert [p.id for p in reading][:3] == ["lead", "ch-battle", "ch-aftermath"]
    chapter = pages["ch-battle.html"]
    # the part's own XHTML, links written for this site: same page '#x', others 'page.html#x'
    battle = next(p for p in rendered.parts if p.id == "ch-battle")
    for anchor in battle.anchors:
        assert f'id="{anchor}"' in chapter
    assert 'href="glossary.html#g-rg"' in chapter
    # a glossary link is described by its definition, which follows it
    assert re.search(r'<a class="gl" id="(g-rg-u\d)" href="glossary.html#g-rg" '
                     r'aria-describedby="tip-\1"><abbr class="ac">RG</abbr></a><span class="gl-tip" role="tooltip" '
                     r'id="tip-\1"><span class="gl-term"><span><abbr class="ac">RG</abbr></span>'
                     r'</span> <span class="expansion">Royal Guard</span>.</span>', chapter)
    # every heading links to itself
    for page in pages.values():
        for heading in re.findall(r"<h[1-6][^>]*>.*?</h[1-6]>", page, re.S):
            hid = re.search(r'id="([^"]+)"', heading).group(1)
            assert f'<a class="anchor" href="#{hid}">' in heading, heading
    # the book page: front matter parts, contents, downloads with type and download
    book_page = pages["index.html"]
    assert 'class="part titlepage"' in book_page and 'id="at-a-glance"' in book_page
    assert 'href="index.html#at-a-glance"' in book_page and 'href="ch-battle.html#' in book_page
    assert ('<a class="download " href="x.pdf" type="application/pdf" download="x.pdf">'
            in book_page)
    assert '<a class="button" href="lead.html">Read online</a>' in book_page
    # previous and next: the book page, then the parts in reading order
    assert 'rel="prev" href="index.html"' in pages["lead.html"]
    assert 'rel="next" href="ch-battle.html"' in pages["lead.html"]
    assert 'rel="next"' not in pages[web.page_of(reading[-1])]
    # no folder links (file:// would not open index.html), nothing from another host
    for page in pages.values():
        for link in re.findall(r'(?:href|src)="([^"]*)"', page):
            assert not re.match(r"(?:[a-z]+:)?//", link) and not link.endswith("/"), link


def test_foreign_runs_keep_lang_and_dir(rendered):
    html = dict(site.pages(rendered, (), {"r": rendered, "title_html": "T", "stylesheets": [],
                                          "cover": {"src": "c.png", "width": 6, "height": 9,
                                                    "alt": "Cover"}}))["lead.html"]
    assert '<span lang="ru" xml:lang="ru">Фордская битва</span>' in html
    ug = render(enriched_text(ARTICLE.replace("(Фордская битва)", "(ئۈچ ۋىلايەت)")))
    lead = web.augment(ug.parts[3].html(), "lead", {})
    assert 'lang="ug"' in lead and 'dir="rtl"' in lead


def test_the_site_writer_writes_a_whole_book_folder(tmp_path):
    folder = write_site(tmp_path, page_size="letter")
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert {"index.html", "lead.html", "ch-battle.html", "glossary.html", "cover.png",
            "css/base.css", "css/web.css", "book.json",
            "the-battle-of-the-ford.pdf", "the-battle-of-the-ford.epub"} <= set(names)
    assert not any(n.startswith("fonts/") or n == "css/fonts.css" for n in names)  # Cyrillic
    manifest = json.loads((folder / "book.json").read_text())
    pdf, epub = manifest["downloads"]
    assert pdf == {"label": "PDF", "href": "the-battle-of-the-ford.pdf",
                   "type": "application/pdf", "detail": "US Letter · 3 pages · 1 KB"}
    assert epub["type"] == "application/epub+zip" and epub["detail"] == "EPUB 3 · 3 KB"
    assert (folder / "the-battle-of-the-ford.pdf").read_bytes() == \
        (tmp_path / "staged.pdf").read_bytes()
    assert (folder / "css" / "web.css").read_bytes() == (site.STYLES / "web.css").read_bytes()


def test_cyrillic_needs_no_font_but_cjk_gets_the_epub_subset(tmp_path, book_cache):
    folder = write_site(tmp_path, text=ARTICLE.replace("(Фордская битва)", "(渡口之戰)"),
                        cache=book_cache)
    fonts = list((folder / "fonts").iterdir())
    assert [f.suffix for f in fonts] == [".otf"]
    css = (folder / "css" / "fonts.css").read_text()
    assert f'url("../fonts/{fonts[0].name}")' in css and ":lang(zh" in css
    assert '<link rel="stylesheet" href="css/fonts.css">' in (folder / "lead.html").read_text()


def test_library_sorted_by_title_and_a_single_book_links_to_itself(tmp_path):
    out = tmp_path / "out"
    site_dir = out / "site"
    for slug, title in (("winter", "Winter War"), ("the-ford", "The Ford"), ("b", "Beitashan")):
        (site_dir / slug).mkdir(parents=True)
        manifest = {"slug": slug, "title": title, "subtitle": "1801",
                    "creator": "C", "cover": {"src": "cover.png", "width": 6, "height": 9,
                                              "alt": "Cover"},
                    "downloads": [{"label": "PDF", "href": f"{slug}.pdf",
                                   "type": "application/pdf", "detail": "A5"}]}
        (site_dir / slug / "book.json").write_text(json.dumps(manifest))
        if slug == "b":
            single = tmp_path / "single"
            (single / "site" / slug).mkdir(parents=True)
            (single / "site" / slug / "book.json").write_text(json.dumps(manifest))
    (site_dir / "planted").mkdir()
    (site_dir / "planted" / "book.json").write_text("{not json")
    (site_dir / "hostile").mkdir()
    (site_dir / "hostile" / "book.json").write_text(json.dumps(
        {**manifest, "slug": "hostile", "title": "A", "downloads": [
            {"label": "PDF", "href": "javascript:alert(1)", "type": "x", "detail": ""}]}))
    site.finish(out, Settings())
    library = (site_dir / "index.html").read_text()
    titles = re.findall(r'<h2 class="card-title"><a href="([^"]+)">', library)
    assert titles == ["b/index.html", "the-ford/index.html", "winter/index.html"]
    assert 'href="winter/winter.pdf" type="application/pdf" download="winter.pdf"' in library
    assert "javascript" not in library
    assert (site_dir / "css" / "web.css").is_file()
    site.finish(single, Settings())
    assert 'url=b/index.html' in (single / "site" / "index.html").read_text()


def test_watch_knows_what_an_edit_changes(tmp_path):
    from book.watch import STYLES, TEMPLATES, WEB_ONLY, _relevant

    article = tmp_path / "a.txt"
    articles = {article.resolve(): article}
    assert _relevant(article, articles)
    assert not _relevant(tmp_path / "a.txt.swp", articles)
    assert _relevant(STYLES / "web.css", articles) and _relevant(TEMPLATES / "chapter.html", articles)
    assert not _relevant(STYLES / "fonts" / "x.ttf", articles)
    assert (STYLES / "web.css").name.startswith(WEB_ONLY)
    assert (TEMPLATES / "site_page.html").name.startswith(WEB_ONLY)
    assert not (STYLES / "base.css").name.startswith(WEB_ONLY)


def test_summary_is_cut_at_a_sentence(rendered):
    first = ("One two three. " * 40)[:500]           # as render() cuts the first paragraph
    text = site.summary(replace(rendered, summary=first.strip()))
    assert text.endswith("three.") and len(text) < 500 and text.startswith("One two")
    assert rendered.description == f"{rendered.credit}. {rendered.summary}"     # built once
    assert site.size_label(1023) == "1 KB" and site.size_label(3 * 1024 ** 2) == "3.0 MB"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_the_site_is_reproducible(built, tmp_path):
    from book.cli import main

    from .conftest import SEED, epoch

    with epoch():
        assert main(["build", "-q", "--out", str(tmp_path), str(SEED)]) == 0
    assert snapshot(tmp_path / "site" / "ili-rebellion") == \
        snapshot(built / "site" / "ili-rebellion")


@pytest.mark.slow
def test_no_site_and_a_failed_build_keeps_the_last_good_site(tmp_path):
    from book.cli import main

    from .conftest import FIXTURES

    article = str(FIXTURES / "three-fords.txt")
    assert main(["build", "-q", "--no-site", "--out", str(tmp_path), article]) == 0
    assert not (tmp_path / "site").exists() and (tmp_path / "battle-of-the-three-fords.pdf").exists()
    assert main(["build", "-q", "--out", str(tmp_path), article]) == 0
    good = snapshot(tmp_path / "site")
    assert "battle-of-the-three-fords/index.html" in good and "index.html" in good
    # --strict turns a warning (an infobox Date that cannot be read) into a failure after
    # every writer ran: nothing of this build may be seen, the site included
    warned = tmp_path / "warned" / "three-fords.txt"
    warned.parent.mkdir()
    warned.write_text((FIXTURES / "three-fords.txt").read_text().replace(
        "- Date: 14–16 May 1790", "- Date: 14 May 179016 May 1790"))
    assert main(["build", "-q", "--strict", "--out", str(tmp_path), str(warned)]) == 3
    assert snapshot(tmp_path / "site") == good
    assert not list(tmp_path.glob(".book-partial-*"))
