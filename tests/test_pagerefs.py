"""The cached pydyf page_references (book/print/pagerefs.py) changes nothing but the time."""
from __future__ import annotations

import pydyf
import pytest
from weasyprint import HTML

from book.print import pagerefs

DOC = ("<html lang='en'><head><style>@page { size: A6 } h1 { break-before: page }</style></head>"
       "<body>" + "".join(f"<h1 id='c{i}'>Chapter {i}</h1>" + "<p>Text <a href='#c0'>back</a>.</p>" * 12
                          for i in range(6)) + "</body></html>")


@pytest.fixture
def original():
    pagerefs.uninstall()
    yield
    pagerefs.install()


def _pdf() -> bytes:
    return HTML(string=DOC).write_pdf(pdf_variant="pdf/ua-1", pdf_identifier=b"test" * 8)


def test_the_cached_property_writes_the_same_bytes(original):
    assert not isinstance(pydyf.PDF.__dict__["page_references"], pagerefs.CachedPageReferences)
    plain = _pdf()
    assert pagerefs.install()
    cached = _pdf()
    assert cached == plain and len(plain) > 10_000


def test_the_cache_follows_pages_added_and_the_version_guard_holds(monkeypatch):
    assert pagerefs.install()
    pdf = pydyf.PDF()
    assert pdf.page_references == ()
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    first = pdf.page_references
    assert first == (b"3 0 R",) and pdf.page_references is first
    pdf.add_page(pydyf.Dictionary({"Type": "/Page"}))
    assert pdf.page_references == (b"3 0 R", b"4 0 R")
    pagerefs.uninstall()
    monkeypatch.setattr(pydyf, "__version__", "99.0.0")
    assert not pagerefs.install()                      # an unchecked pydyf keeps its own
    assert not isinstance(pydyf.PDF.__dict__["page_references"], pagerefs.CachedPageReferences)
    monkeypatch.undo()
    assert pagerefs.install()
