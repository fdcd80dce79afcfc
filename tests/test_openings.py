"""Page openings (issue 28, book/print/openings.py): a long chapter opens on a recto, a short one
on the next page; the back matter's first appendix and the index on a recto; blank pages within
a tenth of the book; no last page of an appendix or the index holding a line or two. The PDF
test reads the pages back."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdf
import pytest

from book.print import openings
from book.render.html import render

from .conftest import enriched_text

_PEOPLE = ("Captain Ada Marsh", "Bishop Conrad Vell", "Mayor Edwin Rook", "Doctor Hilda Crane")
_PLACES = ("Tarrow", "Linmouth", "Greyford", "Ashcombe")
_DEEDS = ("surveyed the harbour walls", "wrote to the river board about the floods",
          "opened a school for the children of the quarrymen", "argued for a new bridge",
          "kept a careful account of the harvests", "travelled inland to buy timber",
          "lost a lawsuit over the mill leat", "planted an orchard above the town")


def sentences(count: int, seed: int) -> str:
    """`count` sentences of plain narrative, varied by `seed`: people, places and years the
    index and the chronology pick up."""
    out = []
    for i in range(count):
        k = seed * 7 + i
        out.append(f"In {1840 + k % 60} {_PEOPLE[k % 4]} {_DEEDS[k % 8]} in {_PLACES[k % 3]}, "
                   f"and the Northern Railway Company (NRC) {_DEEDS[(k + 3) % 8]}.")
    return " ".join(out)


def paragraphs(count: int, seed: int, size: int = 5) -> str:
    return "\n\n".join(sentences(size, seed * 31 + n) for n in range(count))


def article() -> str:
    """A book of the corpus's shape: no infobox, a short lead, short chapters, one long chapter
    with sections."""
    long = "\n\n".join(f"=== Year {n} ===\n{paragraphs(4, 40 + n)}" for n in range(1, 6))
    return (f"= Harbour Town of Tarrow =\n\n{paragraphs(1, 1)}\n\n"
            f"== Founding ==\n{paragraphs(3, 2)}\n\n"
            f"== Growth ==\n{paragraphs(2, 3)}\n\n{long}\n\n"
            f"== Decline ==\n{paragraphs(1, 4, 3)}\n\n"
            f"== Legacy ==\n{paragraphs(4, 5)}\n\n"
            f"== Today ==\n{sentences(2, 6)}\n")


@pytest.fixture(scope="module")
def rendered():
    return render(enriched_text(article()))


def test_which_parts_want_a_recto(rendered):
    """The index, the first appendix and a chapter of four pages or more want a recto; short
    chapters, the later appendices and the text's first part (always page 1) are not listed."""
    wants = openings.wanted(rendered, "a5")
    ids = [p.id for p in rendered.parts]
    assert ids[ids.index("lead"):] == ["lead", "ch-founding", "ch-growth", "ch-decline",
                                       "ch-legacy", "ch-today", "glossary", "chronology", "index"]
    assert set(wants) == {"ch-growth", "glossary", "index"}
    assert wants["index"] > wants["glossary"] > wants["ch-growth"]
    assert openings.estimated_pages(next(p for p in rendered.parts if p.id == "ch-growth"),
                                    "a5") >= openings.LONG_CHAPTER


def test_a_blank_page_is_granted_only_within_the_budget(rendered):
    budget = openings.Budget(rendered, "a5")
    # Nothing laid out yet: the book's estimated pages afford the front matter's blank, one
    # for the index and one for the glossary before the long chapter gets one.
    pages = openings.FRONT_PAGES + sum(map(__import__("math").ceil, budget.estimate.values()))
    allowed = int(openings.BLANK_SHARE * pages)
    assert budget.grants("ch-growth", {}, 0) == (allowed >= 4)
    assert budget.grants("index", {}, allowed - 2)              # the last blank it can afford
    assert not budget.grants("index", {}, allowed - 1)
    assert not budget.grants("ch-decline", {}, 0)               # short: never a recto
    # a much longer book than estimated (as laid out) affords more
    assert budget.grants("ch-growth", {"lead": 200}, 0)


def blank_pages(pdf: Path) -> list[int]:
    """The 0-based pages with no text at all."""
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout.split("\f")[:-1]
    return [i for i, page in enumerate(text) if not page.strip()]


@pytest.fixture(scope="module")
def built_town(tmp_path_factory):
    from book.cli import main

    out = tmp_path_factory.mktemp("town")
    source = out / "town.txt"
    source.write_text(article(), encoding="utf-8")
    assert main(["build", "-q", "--to", "pdf", "--keep-html", "--out", str(out), str(source)]) == 0
    return out / "harbour-town-of-tarrow.pdf"


@pytest.mark.slow
def test_openings_in_the_printed_book(built_town, rendered):
    reader = pypdf.PdfReader(built_town)
    first = {}
    for item in reader.outline:
        if not isinstance(item, list):
            first[item.title] = reader.get_destination_page_number(item)
    pages = len(reader.pages)
    blanks = blank_pages(built_town)
    assert len(blanks) <= openings.BLANK_SHARE * pages, (blanks, pages)
    is_recto = lambda page: page % 2 == 0                       # 0-based: page 1 is a recto
    assert is_recto(first["Contents"]) and is_recto(first["Introduction"])
    assert is_recto(first["Growth"]) and is_recto(first["Index"])
    for short in ("Founding", "Decline", "Legacy", "Today", "Chronology"):
        assert first[short] - 1 not in blanks, short             # no blank page before it
    assert any(not is_recto(first[t]) for t in ("Founding", "Decline", "Legacy", "Today",
                                                "Chronology"))   # some open on a verso
    # the last page of the index and of the chronology holds four lines or more
    for title, end in (("Index", pages), ("Chronology", first["Index"])):
        last = next(p for p in range(end - 1, first[title] - 1, -1) if p not in blanks)
        text = reader.pages[last].extract_text()
        lines = [ln for ln in text.splitlines() if ln.strip() and not re.fullmatch(
            r"\s*\d+\s*|.*Harbour Town of Tarrow.*", ln)]
        assert len(lines) >= 4, (title, lines)


@pytest.mark.slow
def test_the_kept_print_document_lays_out_the_same_pages(built_town):
    """--keep-html's document says which parts open on the next page: WeasyPrint alone gives
    the PDF's pages, blank ones in the same places."""
    import weasyprint

    from book.print import hyphenation

    hyphenation.install()
    kept = built_town.with_name("harbour-town-of-tarrow.print.html")
    again = built_town.with_name("again.pdf")
    weasyprint.HTML(filename=str(kept)).write_pdf(str(again))
    assert len(pypdf.PdfReader(again).pages) == len(pypdf.PdfReader(built_town).pages)
    assert blank_pages(again) == blank_pages(built_town)
