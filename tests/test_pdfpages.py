"""A PDF's page count (book/print/pdfpages.py), read from the page tree without parsing the rest."""
from __future__ import annotations

import pytest

from .conftest import FIXTURES
from .test_site import blank_pdf


@pytest.mark.slow
def test_page_count_reads_the_page_tree_of_every_built_pdf(built):
    from pypdf import PdfReader

    from book.print.pdfpages import page_count

    pdfs = sorted(built.glob("*.pdf"))
    assert len(pdfs) == 1 + len(list(FIXTURES.glob("*.txt")))   # the seed and every fixture
    for pdf in pdfs:
        assert page_count(pdf) == len(PdfReader(pdf).pages), pdf.name


def test_page_count_falls_back_on_what_it_does_not_decode(tmp_path, monkeypatch):
    import re as re_

    from book.print import pdfpages

    pdf = blank_pdf(tmp_path / "a.pdf", 2)
    assert pdfpages.page_count(pdf) == 2
    monkeypatch.setattr(pdfpages, "_PAGES", re_.compile(rb"(?!)"))   # nothing found: pypdf
    assert pdfpages.page_count(pdf) == 2
