"""The PDF: text, fonts for every script, outline, real TOC page numbers, metadata."""
from __future__ import annotations

import re

import pypdf
import pytest

from book.read.article import read
from book.model import Paragraph
from book.read.shape import shape, walk_blocks

from .conftest import FIXTURES, SEED, letters, pdf_text


@pytest.mark.parametrize("article", [SEED, FIXTURES / "easter-rising.txt"])
def test_every_heading_and_paragraph_is_in_the_pdf(built, article):
    book = shape(read(article))
    text = letters(pdf_text(built / f"{book.article.slug}.pdf"))
    for chapter, section, block in walk_blocks(book):
        assert letters(chapter.title) in text
        parts = [block.text] if isinstance(block, Paragraph) else list(block.items)
        for part in parts:
            assert letters(part)[:200] in text, part[:60]


def test_outline_has_one_entry_per_toc_item(built):
    reader = pypdf.PdfReader(built / "ili-rebellion.pdf")
    top = [o.title for o in reader.outline if not isinstance(o, list)]
    book = shape(read(SEED))
    assert top[:2] == ["Contents", "At a glance"]
    assert top[2:] == [c.title for c in book.chapters] + ["Glossary", "Chronology", "Commanders",
                                                          "See also", "Index"]


@pytest.fixture(scope="module")
def laid_out(built):
    """The seed laid out as the PDF writer lays it out (pages and boxes, no PDF)."""
    from book.build import book_from
    from book.render.html import render
    from book.formats.pdf import lay_out

    b = book_from(read(SEED))
    layout = lay_out(render(b), built)
    return b, layout


def test_outline_has_two_levels(built):
    outline = pypdf.PdfReader(built / "ili-rebellion.pdf").outline
    titles = [o.title if not isinstance(o, list) else [c.title for c in o] for o in outline]
    fighting = titles.index("Fighting")
    assert titles[fighting + 1] == ["Kulja revolt", "Massacres", "Formation of Ili National Army"]


def test_no_heading_is_stranded_at_a_page_bottom(laid_out):
    """A heading (or glossary term, or commander's name and roles) shares its page with the
    start of what follows it (issue 18: "Ma Bufang / General." alone at a page bottom)."""
    _, layout = laid_out
    pages: dict[int, list[int]] = {}
    elements = {}

    def visit(box, number):
        if getattr(box, "element", None) is not None:
            pages.setdefault(id(box.element), []).append(number)
            elements[id(box.element)] = box.element
        for child in getattr(box, "children", ()):
            visit(child, number)
    for number, page in enumerate(layout.pages):
        visit(page._page_box, number)
    roots = [e for e in elements.values() if e.tag == "html"]       # one per chunk's document
    heads = [(parent, child) for root in roots for parent in root.iter() for child in parent
             if child.tag in ("h1", "h2", "h3", "h4", "dt")
             or "entry-head" in (child.get("class") or "")]
    checked = 0
    for parent, head in heads:
        siblings = list(parent)
        after = siblings[siblings.index(head) + 1:]
        if not after or id(head) not in pages or id(after[0]) not in pages \
                or "part-label" in (head.get("class") or ""):
            continue
        checked += 1
        assert pages[id(head)][-1] == pages[id(after[0])][0], "".join(head.itertext())[:60]
    assert checked > 100
    for person in (e for root in roots for e in root.iter() if e.get("class") == "person"):
        name = next(e for e in person.iter() if e.tag == "h3")
        first = next(e for e in person.iter() if e.tag == "li" or e.get("class") == "no-facts")
        assert pages[id(name)][-1] == pages[id(first)][0], "".join(name.itertext())


def test_toc_page_numbers_match_chapter_starts(built, laid_out):
    b, layout = laid_out
    starts = {}
    for number, page in enumerate(layout.pages):
        for anchor in page.anchors:
            starts.setdefault(anchor, number)
    body_start = starts["lead"]
    reader = pypdf.PdfReader(built / "ili-rebellion.pdf")
    toc_page = next(i for i, p in enumerate(reader.pages) if p.extract_text().startswith("Contents"))
    toc = reader.pages[toc_page].extract_text()
    for chapter in b.chapters:
        printed = starts[chapter.id] - body_start + 1
        line = next(l for l in toc.splitlines() if l.startswith(chapter.title[:20]))
        assert line.rstrip().endswith(str(printed)), (line, printed)


def test_no_missing_glyphs_and_scripts_present(built):
    text = re.sub(r"\s+", " ", pdf_text(built / "ili-rebellion.pdf"))
    for s in ["保安隊", "ВТР", "Восточная Туркестанская Республика"]:
        assert s in text
    assert "ئۈچ" in text                         # in logical order (pdftotext reorders RTL)
    fonts = set()
    reader = pypdf.PdfReader(built / "ili-rebellion.pdf")
    for page in reader.pages:
        for f in (page.get("/Resources", {}).get("/Font", {}) or {}).values():
            fonts.add(str(f.get_object().get("/BaseFont")))
    names = {f.replace("-", "") for f in fonts}
    assert any("NotoSerifCJKTC" in f for f in names), fonts
    assert any("NotoNaskhArabic" in f for f in names), fonts


@pytest.mark.slow
def test_missing_glyph_is_reported_and_strict_fails(tmp_path, capsys):
    from book.cli import main
    article = tmp_path / "tofu.txt"
    article.write_text("= Tofu Test =\n\nAn unassigned glyph \U000e01f0\U0010fffd here \U0001fbff.\n",
                       encoding="utf-8")
    assert main(["build", "-q", "--out", str(tmp_path / "o"), str(article)]) == 0
    assert "no font has a glyph" in capsys.readouterr().err
    assert main(["build", "-q", "--strict", "--force", "--out", str(tmp_path / "o2"), str(article)]) == 3
    assert not (tmp_path / "o2" / "tofu-test.pdf").exists()


def test_metadata(built):
    meta = pypdf.PdfReader(built / "ili-rebellion.pdf").metadata
    assert meta.title == "Ili Rebellion"
    assert meta.author == "Encyclopedia contributors"          # a real attribution (issue 18)
    assert meta.subject.startswith("After the encyclopedia article “Ili Rebellion”")
    assert "history" in (meta.get("/Keywords") or "")


def _extracted(path) -> list[tuple[str, str]]:
    """(extractor, page text) for every page, as pdftotext and pypdf read them."""
    reader = pypdf.PdfReader(path)
    out = [("pypdf", page.extract_text()) for page in reader.pages]
    out += [("pdftotext", pdf_text(path, i)) for i in range(1, len(reader.pages) + 1)]
    return out


def test_text_extracts_as_printed(built, seed_book):
    """Small caps, ligatures and typographic substitutions copy as the letters they show (issue
    28: with all-small-caps one glyph drew 'E' and 'e', and copying gave 'chaptEr',
    'EncyclopEdia'). Read back by two extractors: every word they find with a capital inside
    it is one the rendering has ('WeasyPrint'), and the small-caps lines read as written."""
    from book.render.html import render

    path = built / "ili-rebellion.pdf"
    html = [p.html() for p in render(seed_book).parts]
    rendered = " ".join(re.sub(r"<[^>]*>", " ", h) for h in html)
    words = set(re.findall(r"\w+", rendered))
    # pdftotext joins a compound broken at its hyphen ('Pan-' / 'Turkist' reads 'PanTurkist').
    joined = " ".join(re.sub(r"<[^>]*>", "", h) for h in html)
    words |= {w.replace("-", "") for w in re.findall(r"\w+(?:-\w+)+", joined)}
    pages = _extracted(path)
    for tool, text in pages:
        odd = {w for w in re.findall(r"\w+", text) if re.search(r"[a-z][A-Z]", w)}
        assert odd <= words, (tool, odd - words)
    for tool in ("pypdf", "pdftotext"):
        text = "\n".join(t for name, t in pages if name == tool)
        assert "Encyclopedia contributors" in text          # the title page's author line
        assert all(f"Chapter {n}" in text for n in range(1, 6)), tool
        assert "Appendix" in text
        assert "fi" in re.sub(r"\s", "", text) and "ﬁ" not in text   # ligatures as letters


def test_hyphenation_of_the_seed(built, seed_book):
    """Issue 28: no more than three hyphenated lines in a row, at most one line in ten ends
    with a hyphen, and no word of a name the book knows is broken ('Na-ktong', 'Yong-san')."""
    from book.render.html import known_names

    from .test_hyphenation import longest_ladder, pages

    names = known_names(seed_book)
    text = pages(built / "ili-rebellion.pdf")
    every = [ln for page in text for ln in page]
    assert longest_ladder(every) <= 3
    hyphenated = [ln for ln in every if ln.endswith("\u2010")]
    assert 0 < len(hyphenated) <= len(every) / 10
    for page in text:
        for line, following in zip(page, page[1:]):
            if line.endswith("\u2010"):
                word = re.search(r"(\w+)\u2010$", line).group(1) + re.match(r"\w*", following).group()
                assert word not in names, word


@pytest.mark.slow
def test_each_chronology_text_starts_beside_its_own_date(tmp_path):
    """A date that wraps ('13 September / 1915') beside a text of one line: the next entry
    starts below the date, not beside its second line."""
    from book.formats.pdf import lay_out
    from book.render.html import render

    from .conftest import enriched_text

    book = enriched_text("= Tarn Fleet =\n\nThe Tarn fleet was a navy.\n\n== Service ==\nThe fleet "
                         "sailed on 13 September 1915. In October 1915 it came home. It sailed "
                         "again in early November 1915. It was sold in December 1915.\n")
    layout = lay_out(render(book), tmp_path)
    tops: list[tuple[str, float]] = []

    def visit(box):
        element = getattr(box, "element", None)
        if element is not None and element.tag in ("dt", "dd") and hasattr(box, "position_y") \
                and box.element_tag in ("dt", "dd"):
            tops.append((element.tag, box.position_y))
            return
        for child in getattr(box, "children", ()):
            visit(child)
    for page in layout.pages:
        visit(page._page_box)
    assert [t for t, _ in tops] == ["dt", "dd"] * 4
    for (_, date), (_, entry) in zip(tops[::2], tops[1::2]):
        assert abs(date - entry) < 0.5, tops
