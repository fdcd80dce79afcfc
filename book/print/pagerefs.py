"""A cached `pydyf.PDF.page_references`: the same bytes, without the quadratic cost (issue 17).

WeasyPrint's PDF/UA tagging (`weasyprint/pdf/tags.py`) reads `pdf.page_references[n]` once per
structure element, and pydyf rebuilds a tuple of every page's reference on each read: about
138 000 reads of a 2 000-entry tuple at ×50. The cache below keeps the tuple until the page tree
changes (its `Kids` array is replaced or grows, which is all `PDF.add_page` does).

Guarded: installed only for the pydyf versions whose property was read and found to be exactly
"the tuple of `b'N 0 R'` for each page in `Kids`", and only after a self-check that the cached
and the original property agree. The upstream patch is in bench/pydyf-page-references.md."""
from __future__ import annotations

CHECKED = ("0.10.", "0.11.", "0.12.", "0.13.")    # pydyf releases whose property was read


class CachedPageReferences(property):
    """The cached property; `original` is pydyf's own."""

    original: property


def install() -> bool:
    """Replace pydyf.PDF.page_references by its cached form; False if this pydyf is not one
    we checked (then nothing changes: correct, only slower)."""
    import pydyf    # lazy: comes with WeasyPrint, only where a book is laid out

    original = pydyf.PDF.__dict__.get("page_references")
    if isinstance(original, CachedPageReferences):
        return True
    if not isinstance(original, property) or not pydyf.__version__.startswith(CHECKED):
        return False
    cached = _cached(original)
    if not _agrees(pydyf, original.fget, cached.fget):
        return False
    pydyf.PDF.page_references = cached
    return True


def uninstall() -> None:
    """Put pydyf's own property back (tests compare the bytes of both)."""
    import pydyf    # lazy: comes with WeasyPrint, only where a book is laid out

    current = pydyf.PDF.__dict__.get("page_references")
    if isinstance(current, CachedPageReferences):
        pydyf.PDF.page_references = current.original


def _cached(original: property) -> CachedPageReferences:
    compute = original.fget

    def page_references(self):
        kids = self.pages["Kids"]
        cache = self.__dict__.get("_page_references_cache")
        if cache is None or cache[0] is not kids or cache[1] != len(kids):
            cache = (kids, len(kids), compute(self))
            self.__dict__["_page_references_cache"] = cache
        return cache[2]

    prop = CachedPageReferences(page_references, doc="The pages' references (cached by book).")
    prop.original = original
    return prop


def _agrees(pydyf, original, cached) -> bool:
    """The cached property gives what pydyf's gives, before and after pages are added."""
    pdf = pydyf.PDF()
    for step in range(3):
        if cached(pdf) != original(pdf):
            return False
        pdf.add_page(pydyf.Dictionary({"Type": "/Page", "Step": step}))
    return cached(pdf) == original(pdf) and cached(pdf) is cached(pdf)
