"""The print layout in chunks (book/print/layout.py): where the book is cut, what each chunk's
document holds, and that the numbers written in are checked and fixed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from book.render.html import EbookOnly, PageRef, render, split_marks
from book.print import layout
from book.print.folios import FRONT, MAIN, Folio

from .conftest import SEED, enriched, enriched_text


@pytest.fixture(scope="module")
def seed():
    return render(enriched(SEED))


def test_markers_split_into_links_page_references_and_ebook_only_content():
    chunks, targets = split_marks("a\x00p1\x01b\x02pages\x1fp1\x1fp2\x03c\x04d\x00p3\x01e\x05f")
    assert targets == ("p1", PageRef("pages", ("p1", "p2")), EbookOnly(True), "p3",
                       EbookOnly(False))
    assert chunks == ("a", "b", "c", "d", "e", "f")


def test_print_writes_page_numbers_and_leaves_out_what_only_an_ebook_shows(seed):
    index = next(p for p in seed.parts if p.id == "index")
    glossary = next(p for p in seed.parts if p.id == "glossary")
    ebook = index.html(lambda a: f"x.xhtml#{a}")
    printed = index.html(pages=lambda ref: f"<b>{len(ref.anchors)}</b>")
    assert "ebook-locators" in ebook and "index-locator" in ebook and "<b>" not in ebook
    assert "ebook-locators" not in printed and "<b>" in printed
    assert "backlinks" in glossary.html() and "backlinks" not in glossary.html(pages=lambda r: "")


def test_the_book_is_cut_before_each_recto_opening(seed):
    chunks = layout.split(seed)
    assert chunks[0].front and [p.id for p in chunks[0].parts] == \
        ["title-page", "colophon", "at-a-glance"]
    main = [p.id for p in seed.parts if p.matter != "frontmatter"]
    assert [c.parts[0].id for c in chunks[1:]] == main          # every part opens a recto
    assert chunks[1].opens_body and chunks[-1].last and not chunks[1].last


def test_a_long_articles_chapters_run_on_in_one_chunk():
    text = "= Long =\n\nLead text.\n\n" + "".join(f"== Part {i} ==\nText {i}.\n\n" for i in range(70))
    rendered = render(enriched_text(text))
    assert layout.many_parts(rendered)
    chunks = layout.split(rendered)
    body = chunks[1]
    assert body.opens_body and [p.epub_type for p in body.parts][:2] == ["introduction", "chapter"]
    assert len(body.parts) == 71 and all(c.parts[0].matter == "backmatter" for c in chunks[2:])


def test_a_chunk_document_has_its_numbers_written_in_and_no_target_counter(seed, tmp_path):
    chunks = layout.split(seed)
    chronology = next(c for c in chunks if c.parts[0].id == "chronology")
    html = layout.document(seed, tmp_path, "a5", lambda a: Folio(MAIN, 7), chronology,
                           Folio(MAIN, 23))
    assert "target-counter" not in html
    assert "@page :first { counter-reset: page 23; }" in html
    assert 'string-set: book-title "Ili Rebellion"' in html
    assert '<section class="part chunk-end"></section>' in html          # the sentinel part
    assert ", p.\u00a07</span>" in html
    front = layout.document(seed, tmp_path, "a5", lambda a: Folio(FRONT, 4) if a == "at-a-glance"
                            else Folio(MAIN, 12), chunks[0], Folio(FRONT, 1))
    assert re.search(r'At a glance<span class="pageno toc-page">iv</span>', front)
    assert '<div class="main-matter"><section class="part chunk-end">' in front.replace("\n", "")


def test_a_hostile_title_cannot_leave_the_chunk_style(tmp_path):
    rendered = render(enriched_text('= A "</style><script>x</script> \\ B =\n\nText.\n\n'
                                    '== Later ==\nMore text.\n'))
    chunk = layout.split(rendered)[2]
    html = layout.document(rendered, tmp_path, "a5", lambda a: Folio(MAIN, 1), chunk,
                           Folio(MAIN, 5))
    style = re.search(r"<style>(.*?)</style>", html, re.S).group(1)
    assert "<" not in style and '\\"' not in style and "\\00003c" in style


@pytest.mark.slow
def test_a_wrong_guess_is_found_and_laid_out_again(seed, tmp_path):
    """The numbers a chunk was laid out with are checked against where their anchors end up:
    a guess that every anchor is on page 99 is corrected, chunk by chunk."""
    from book.formats import pdf

    engine = pdf.engine(tmp_path)
    honest = layout.lay_out(seed, tmp_path, "a5", engine)
    wrong = {a: Folio(MAIN, 99) for a in seed.owners()}
    fixed = layout.lay_out(seed, tmp_path, "a5", engine, guess=wrong)
    assert fixed.anchors == honest.anchors
    assert fixed.layouts > len(fixed.laid)                      # some chunks were laid out again
    for lay in fixed.laid:
        assert all(fixed.anchors[a] == f for a, f in lay.used.items()), lay.chunk.name


def test_unsettled_numbers_are_an_error_not_a_wrong_pdf(seed, tmp_path, monkeypatch):
    """A layout whose numbers never settle (simulated: every check finds them moved) stops."""
    monkeypatch.setattr(layout, "changed", lambda used, final: list(used))

    class Pages:
        def __init__(self, n):
            self.pages = [type("Page", (), {"anchors": {}, "links": [], "_page_box": None})()
                          for _ in range(n)]

    class Engine:
        def render(self, html, page_size=None):
            return Pages(2)

    monkeypatch.setattr("book.print.pagebreaks.page_starts", lambda pages: [("x", 0)] * len(pages))
    with pytest.raises(layout.LayoutError, match="did not settle"):
        layout.lay_out(seed, Path(tmp_path), "a5", Engine())
