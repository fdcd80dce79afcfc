"""A long book's PDF, written chunk by chunk and merged (pdfmerge.py), is the same book as the PDF
written in one go: pages, text, outline, links and where they lead, page labels, /Lang and
metadata, and one consistent PDF/UA structure tree."""
from __future__ import annotations

import subprocess

import pikepdf
import pytest

from book.render.html import render
from book.settings import Settings
from book.formats import pdf

from .conftest import FIXTURES, SEED, enriched, epoch


@pytest.fixture(scope="module", params=[
    pytest.param("seed", marks=pytest.mark.slow), "masada"])
def both(request, tmp_path_factory):
    """A book written whole and written in pieces (every chunk apart), then merged. The seed
    goes the way a long book's build goes (laid out while its pieces are written, make test);
    a short fixture is laid out once and written both ways (make check)."""
    out = tmp_path_factory.mktemp("merge")
    whole, merged = out / "whole.pdf", out / "merged.pdf"
    with epoch():
        if request.param == "seed":
            rendered = render(enriched(SEED))
            pdf.render_pdf(rendered, whole, out, Settings(), held_pages=10_000)
            pdf.render_pdf(rendered, merged, out, Settings(), held_pages=0)
        else:
            rendered = render(enriched(FIXTURES / f"{request.param}.txt"))
            layout = pdf.lay_out(rendered, out)
            pdf.write_layout(layout, whole)
            pieces = pdf.Pieces(rendered, out, Settings.pdf_variant, held_pages=0)
            for lay in layout.laid:
                pieces.laid(lay)
            pieces.write(layout, merged).merge(merged)
    return whole, merged, MINIMA[request.param]


# Links and structure elements at least (so that the comparison compares something).
MINIMA = {"seed": (300, 1000), "masada": (60, 800)}


def _texts(path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout
    # Small capitals: which letter a shared glyph maps back to depends on the font subset.
    return [page.casefold() for page in text.split("\f")]


class Shape:
    """What a reader and assistive technology get from a PDF, without byte-level noise."""

    def __init__(self, path) -> None:
        with pikepdf.open(path) as doc:
            index = {p.obj.objgen: i for i, p in enumerate(doc.pages)}
            self.pages = len(doc.pages)
            flat = list(doc.Root.Names.Dests.Names)
            self.dests = {str(k): (index[v[0].objgen], round(float(v[2]), 1), round(float(v[3]), 1))
                          for k, v in zip(flat[0::2], flat[1::2])}
            assert [str(k) for k in flat[0::2]] == sorted(self.dests)     # a sorted name tree
            self.links = [(i, str(a.Dest)) for i, p in enumerate(doc.pages)
                          for a in p.obj.get("/Annots") or [] if "/Dest" in a]
            self.outline = self._outline(doc.Root.Outlines.First, index)
            self.labels = [(int(n), str(d.S)) for n, d in zip(doc.Root.PageLabels.Nums[0::2],
                                                               doc.Root.PageLabels.Nums[1::2])]
            self.lang = str(doc.Root.Lang)
            meta = doc.open_metadata()
            self.meta = (meta.get("pdfuaid:part"), meta.get("dc:title"), str(doc.docinfo.Title))
            self.tags = self._tags(doc, index)

    @staticmethod
    def _outline(item, index, depth=0) -> list:
        out = []
        while item is not None:
            out.append((depth, str(item.Title), index[item.Dest[0].objgen], int(item.Count)))
            if "/First" in item:
                out += Shape._outline(item.First, index, depth + 1)
            item = item.get("/Next")
        return out

    @staticmethod
    def _tags(doc, index) -> tuple:
        """The structure tree checked for consistency; returns its element types in order."""
        root = doc.Root.StructTreeRoot
        nums = list(root.ParentTree.Nums)
        tree = dict(zip((int(k) for k in nums[0::2]), nums[1::2]))
        assert len(tree) == len(nums) // 2
        assert int(root.get("/ParentTreeNextKey", max(tree) + 1)) == max(tree) + 1
        for i, page in enumerate(doc.pages):
            key = int(page.obj.StructParents)
            assert key == i
            assert all(index[e.Pg.objgen] == i for e in tree[key])      # each mark's element
        for page in doc.pages:                                            # is on its page
            for annot in page.obj.get("/Annots") or []:
                elem = tree[int(annot.StructParent)]
                assert any(k.get("/Obj") == annot for k in elem.K if isinstance(k, pikepdf.Dictionary))
        types = []

        def walk(elem, parent):
            assert elem.P == parent
            types.append(str(elem.S))
            for kid in elem.K if isinstance(elem.K, pikepdf.Array) else []:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    walk(kid, elem)
        document = root.K[0]
        for elem in document.K:
            walk(elem, document)
        return tuple(types)


def test_the_merged_pdf_is_the_same_book(both):
    whole, merged, (links, tags) = both
    assert _texts(merged) == _texts(whole)
    a, b = Shape(whole), Shape(merged)
    assert b.pages == a.pages
    assert b.dests == a.dests                    # every anchor on the same page, same place
    assert b.links == a.links and len(b.links) > links
    assert all(dest in b.dests for _, dest in b.links)     # links across pieces resolve
    assert b.outline == a.outline
    assert b.labels == a.labels == [(0, "/r"), (a.labels[1][0], "/D")]
    assert (b.lang, b.meta) == (a.lang, a.meta) and a.meta[0] == "1"
    assert b.tags == a.tags and len(b.tags) > tags


def _fonts(path) -> dict:
    """Each font program's subset name, by object."""
    with pikepdf.open(path) as doc:
        return {f.objgen: str(f.BaseFont) for p in doc.pages
                for f in (p.obj.Resources.get("/Font") or {}).values()}


def test_each_pieces_font_subsets_keep_distinct_names(both):
    """Every piece subsets its fonts on its own; ISO 32000-1 §9.6.4 wants different subsets of
    one font to carry different tags ('ABCDEF+Noto-Serif')."""
    whole, merged, _minima = both
    names = list(_fonts(merged).values())
    assert len(names) == len(set(names)) > len(_fonts(whole))
