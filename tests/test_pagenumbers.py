"""No wrong page number anywhere in the PDF (issue 17): every number the book prints — contents,
the glossary's, chronology's and commanders' references, the index — is read back from the PDF
and checked against the page that holds its target there (the PDF's named destinations), whose
number is its page label; the labels are checked against the folios printed on the pages."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pikepdf
import pypdf
import pytest

from book.model import IndexEntry
from book.read.article import read
from book.render.html import render
from book.render.typography import smarten
from book.print.folios import WORD_JOINER, roman

from .conftest import FIXTURES, SEED, enriched

ARTICLES = [SEED, FIXTURES / "easter-rising.txt"]


class Printed:
    """A built PDF as a reader finds it: each page's label and text, where each anchor is."""

    def __init__(self, path: Path) -> None:
        self.labels = pypdf.PdfReader(path).page_labels
        raw = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                             check=True).stdout
        self.text = raw.replace(WORD_JOINER, "").split("\f")
        laid = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                              text=True, check=True).stdout
        self.layout = laid.split("\f")
        with pikepdf.open(path) as pdf:
            index = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
            flat = list(pdf.Root.Names.Dests.Names)
            self.page_of = {str(k): index[v[0].objgen] for k, v in zip(flat[0::2], flat[1::2])}

    def body(self, page: int, heads: set[str]) -> str:
        """A page's text without its running head (its folio and a title from `heads`)."""
        lines = self.text[page].splitlines()
        while lines and lines[0].strip() in {self.labels[page], *heads, ""}:
            lines.pop(0)
        return "\n".join(lines)

    def label(self, anchor: str) -> str:
        return self.labels[self.page_of[anchor]]

    def pages_of(self, part_id: str, rendered) -> range:
        """The pages a part takes: from its page to the next part's."""
        ids = [p.id for p in rendered.parts]
        start = self.page_of[part_id]
        later = [self.page_of[i] for i in ids[ids.index(part_id) + 1:] if i in self.page_of]
        return range(start, min(later) if later else len(self.labels))


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.stem)
def book(request, built):
    rendered = render(enriched(request.param))
    return rendered, Printed(built / f"{rendered.slug}.pdf")


def test_page_labels_are_the_printed_folios(book):
    """Where a page prints its number (running head or foot), it is the page's label: roman in
    the front matter, arabic from the body's first page."""
    _, pdf = book
    checked = 0
    for label, text in zip(pdf.labels, pdf.layout):
        lines = [ln for ln in text.splitlines() if ln.strip()]
        if not lines:
            continue
        # A running head sets its folio apart from the title ('18      Ili Rebellion'); the
        # front matter's stands alone at the foot of the page.
        head = re.match(r"\s*(\S+)\s{4,}\S.*\S\s{4,}(\S+)\s*$|\s*(\S+)\s{4,}|.*\s{4,}(\S+)\s*$",
                        lines[0])
        ends = set(head.groups()) if head else set()
        ends |= set(lines[-1].split()) if len(lines[-1].split()) == 1 else set()
        numbers = {t for t in ends if t and re.fullmatch(r"\d+|[ivxlc]+", t)}
        if numbers:
            assert label in numbers, (label, numbers)
            checked += 1
    assert checked >= len(pdf.labels) // 4         # the others open a part, or are blank
    assert pdf.labels[0] == "i" and "1" in pdf.labels


def test_contents_numbers_are_the_pages_parts_open_on(book):
    rendered, pdf = book
    page = next(i for i, t in enumerate(pdf.layout) if t.lstrip().startswith("Contents"))
    lines = [ln.strip() for i in (page, page + 1) for ln in pdf.layout[i].splitlines()]
    for part in (p for p in rendered.parts if p.in_toc):
        line = next(ln for ln in lines if ln.startswith(smarten(part.title)[:20]))
        assert line.split()[-1] == pdf.label(part.id), (part.title, line)
    glance = next((p for p in rendered.parts if p.id == "at-a-glance"), None)
    if glance:
        assert re.fullmatch(r"[ivx]+", pdf.label("at-a-glance"))


def test_a_long_chapters_sections_are_in_the_contents_with_their_pages(built):
    """Issue 28: a chapter of three pages or more lists its sections in the printed contents,
    indented under it, each with the page it starts on; a short chapter lists none."""
    rendered = render(enriched(SEED))
    pdf = Printed(built / "ili-rebellion.pdf")
    page = next(i for i, t in enumerate(pdf.layout) if t.lstrip().startswith("Contents"))
    lines = [ln for ln in pdf.layout[page].splitlines() if ln.strip()]
    fighting = next(p for p in rendered.parts if p.id == "ch-fighting")
    assert [h.title for h in fighting.headings] == ["Kulja revolt", "Massacres",
                                                    "Formation of Ili National Army"]
    at = next(i for i, ln in enumerate(lines) if ln.strip().startswith("Fighting"))
    for line, heading in zip(lines[at + 1:], fighting.headings):
        assert line.strip().startswith(heading.title[:20]), line
        assert len(line) - len(line.lstrip()) > len(lines[at]) - len(lines[at].lstrip())
        assert line.split()[-1] == pdf.label(heading.anchor), (heading.title, line)
    assert lines[at + 4].strip().startswith("1947 unrest")      # the next chapter, no section


@pytest.mark.parametrize("part_id", ["glossary", "chronology", "biographies"])
def test_every_source_reference_prints_the_page_of_its_paragraph(book, part_id):
    """', p. 12' after each reference of the glossary, chronology and commanders' entries, in
    order, is the page its paragraph starts on (roman for At a glance: 'p. iv')."""
    rendered, pdf = book
    part = next(p for p in rendered.parts if p.id == part_id)
    wanted = [pdf.label(r.anchors[0]) for r in part.page_refs if r.form == "page"]
    text = " ".join(pdf.body(i, {rendered.title, part.title})
                    for i in pdf.pages_of(part_id, rendered))
    found = re.findall(r"\bp\.\s+([ivxlc]+|\d+)\)?", text)
    assert found == wanted
    assert wanted, part_id


def _numbers(text: str) -> set[str]:
    """The pages an index entry's locators name: '5–7' is 5, 6, 7; '321–28' is 321…328."""
    out: set[str] = set()
    for a, b in re.findall(r"(?<!\w)(\d+|[ivxlc]+)(?:–(\d+|[ivxlc]+))?(?!\w)", text):
        if not b:
            out.add(a)
        elif a.isdigit():
            end = int(a[:len(a) - len(b)] + b)
            out.update(str(n) for n in range(int(a), end + 1))
        else:
            values = {roman(n): n for n in range(1, 40)}
            out.update(roman(n) for n in range(values[a], values[b] + 1))
    return out


def test_every_index_locator_prints_the_page_of_its_mention(book):
    """Each entry's numbers, read from the index pages in order, are exactly the pages that
    hold its locators' mentions (no repeats, ranges merged)."""
    rendered, pdf = book
    entries = enriched(Path(ARTICLES[0] if rendered.slug == "ili-rebellion" else ARTICLES[1])).index
    heads = {rendered.title, "Index"}
    text = " ".join(" ".join(pdf.body(i, heads).split()) for i in pdf.pages_of("index", rendered))
    text = "Index " + text
    flat: list[IndexEntry] = []
    for e in entries:
        flat += [e, *e.subentries]
    number = r"(?:\d+|[ivxlc]+)(?:–(?:\d+|[ivxlc]+))?"
    locators = re.compile(rf"\s*({number}(?:,\s*{number})*)(?![\w–])")
    checked = 0
    for e in flat:
        # two columns: pdftotext may interleave them, so each heading is looked for anywhere
        # (after a locator, a letter's label or the part's title: not inside a longer heading)
        at = re.search(rf"(?:^|(?<=[\d)])\s|\b[A-Z0-9–]+\s){re.escape(smarten(e.term))},", text)
        if at is None or not e.locators:
            continue
        found = locators.match(text, at.end())
        assert found, (e.term, text[at.start():at.start() + 80])
        assert _numbers(found.group(1)) == {pdf.label(loc.target) for loc in e.locators}, \
            (e.term, found.group(1))
        checked += 1
    assert checked > len([e for e in flat if e.locators]) * 0.8
