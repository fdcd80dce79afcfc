"""Where each print page begins (book/print/pagebreaks.py), and the EPUB's page-list made of it
(issue 19): a pagebreak marker where each PDF page begins, a page-list, and metadata naming the
edition (EPUB Accessibility 1.1)."""
from __future__ import annotations

import re
import zipfile

import pytest
from lxml import etree

from book.render.html import render
from book.print.pagebreaks import Break, mark, page_starts  # noqa: F401 - the module under test

from .conftest import SEED, enriched, letters
from .test_pagenumbers import Printed

X = {"x": "http://www.w3.org/1999/xhtml"}
OPS = "{http://www.idpf.org/2007/ops}type"
PAGE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>t</title></head>
<body><section id="ch" class="part"><h1>Title</h1><p>One two <a href="#x">three</a> four-
five six.<span class="backlinks">↑ 1</span> Seven eight.</p><ul><li>Nine ten</li></ul></section></body></html>
"""


def _markers(xhtml: str) -> list[tuple[str, str]]:
    """(label, the text right after the marker) for each pagebreak marker."""
    root = etree.fromstring(xhtml.encode())
    out = []
    for span in root.iterfind(".//x:span[@role='doc-pagebreak']", X):
        assert span.get(OPS) == "pagebreak" and span.get("id") == f"page-{span.get('aria-label')}"
        after = (span.tail or "") + "".join(
            "".join(e.itertext()) + (e.tail or "") for e in span.itersiblings())
        out.append((span.get("aria-label"), after.strip()))
    return out


def test_markers_go_before_the_part_inside_its_text_and_after_it():
    # offsets count non-space characters: 'Title'=5, 'One'…: 'three' starts at 11, 'four-' at
    # 16, 'five' at 21 (the line-break hyphen is in the text here), back-links are not counted
    marked = mark(PAGE, "ch", [Break("3", "ch", 0), Break("4", "ch", 12), Break("5", "ch", 24),
                               Break("6", "ch", 35), Break("7", "ch", None)])
    found = _markers(marked)
    assert [label for label, _ in found] == ["3", "4", "5", "6", "7"]
    root = etree.fromstring(marked.encode())
    body = root.find("x:body", X)
    assert body[0].get("aria-label") == "3" and body[-1].get("aria-label") == "7"
    texts = dict(found)
    assert texts["4"].startswith("three")          # moved back to the start of the word
    assert texts["5"].startswith("five six.")
    assert texts["6"] == "eight."                   # 35 is inside 'eight' (34 before it)
    link = root.find(".//x:a", X)                    # the word 'three' is a link's text: the
    assert link.text is None and link[0].get("aria-label") == "4"   # marker opens the link


@pytest.fixture(scope="module")
def seed(built):
    rendered = render(enriched(SEED))
    with zipfile.ZipFile(built / "ili-rebellion.epub") as z:
        docs = {n[5:]: z.read(n).decode() for n in z.namelist() if n.endswith(".xhtml")}
        opf = z.read("EPUB/content.opf").decode()
    return rendered, docs, opf, Printed(built / "ili-rebellion.pdf")


def test_the_page_list_has_every_numbered_page_of_the_pdf(seed):
    rendered, docs, _, pdf = seed
    nav = etree.fromstring(docs["nav.xhtml"].encode())
    pages = nav.find(".//x:nav[@role='doc-pagelist']", X)
    assert pages.get(OPS) == "page-list" and pages.get("hidden") is not None
    entries = [(a.get("href"), a.text) for a in pages.iterfind(".//x:a", X)]
    assert [label for _, label in entries] == pdf.labels          # i, ii, iii, iv, 1, 2, …
    for href, label in entries:
        name, _, frag = href.partition("#")
        found = etree.fromstring(docs[name].encode()).find(f".//x:*[@id='{frag}']", X)
        assert found.get(OPS) == "pagebreak" and found.get("role") == "doc-pagebreak"
        assert found.get("aria-label") == label


def test_the_break_before_a_chapter_opening_carries_its_first_folio(seed):
    rendered, docs, _, pdf = seed
    for part in (p for p in rendered.parts if p.matter != "frontmatter"):
        root = etree.fromstring(docs[f"{part.id}.xhtml"].encode())
        section = root.find(f".//x:section[@id='{part.id}']", X)
        before = section.getprevious()
        assert before is not None and before.get("role") == "doc-pagebreak", part.id
        assert before.get("aria-label") == pdf.label(part.id), part.id


def test_a_break_inside_the_text_is_where_the_printed_page_begins(seed):
    """The words after each marker inside a part are the first words of that PDF page."""
    rendered, docs, _, pdf = seed
    checked = 0
    for name, text in docs.items():
        for label, after in _markers(text):
            page = pdf.labels.index(label)
            heads = {rendered.title, *(p.title for p in rendered.parts)}
            body = letters(pdf.body(page, heads)).casefold()      # small capitals: any case
            if not after or not body or label in ("i", "ii", "iii"):
                continue
            start = letters(after).casefold()[:40]
            # the page may begin inside the word the marker stands before (hyphenated), or
            # with the part's title the running head's text was taken for; pdftotext's reading
            # order may leave out a one-letter index heading ('U') that -layout keeps
            laid = letters(pdf.layout[page]).casefold()
            assert body[:12] in start or start[:12] in body[:60] or \
                (len(start) < 3 and start in laid[:60]), (name, label, after[:40])
            checked += 1
    assert checked > 30


def test_metadata_names_the_print_edition_and_its_page_size(seed):
    _, _, opf, _ = seed
    assert re.search(r'<meta property="pageBreakSource">Ili Rebellion, print edition '
                     r'\(PDF, A5, 148 × 210 mm\)', opf)
    for feature in ("printPageNumbers", "pageNavigation"):
        assert f'<meta property="schema:accessibilityFeature">{feature}</meta>' in opf
    assert "page list and page numbers follow the print edition (PDF, A5" in opf


def test_an_ebook_built_without_a_print_edition_has_no_page_list(tmp_path):
    from .conftest import epub_of
    z = epub_of(tmp_path, "= Alone =\n\nSome text.\n")
    assert "page-list" not in z.read("EPUB/nav.xhtml").decode()
    assert "pageBreakSource" not in z.read("EPUB/content.opf").decode()
