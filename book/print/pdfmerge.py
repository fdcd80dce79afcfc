"""One PDF from the PDFs of consecutive pieces of a book, as if WeasyPrint had written it whole:
one page tree, one PDF/UA structure tree, one outline, one set of named destinations, the
metadata, /Lang and page labels of the whole (pikepdf; ISO 32000-1 §14.7 logical structure,
§12.3.3 outlines, §12.3.2.3 named destinations).

Each piece is written with its links to other pieces kept as named destinations (`foreign`: the
anchors it links to but does not hold, given a stand-in place on its first page); here those
stand-ins are left out and every name points at the page that really holds it."""
from __future__ import annotations

import hashlib
import warnings
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from pikepdf import Array, Dictionary, Name, String


@dataclass(frozen=True)
class Piece:
    """A piece's PDF and the names it only borrowed (anchors held by other pieces)."""

    path: Path
    foreign: frozenset[str]


def merge(pieces: list[Piece], target: Path, page_labels: list[tuple[int, str]],
          identifier: bytes) -> None:
    """Write the pieces, in order, as one PDF at `target`; the first gives the document its
    catalog (metadata, /Lang, /MarkInfo, output intents). `page_labels`: (first page, '/r' or
    '/D') for each numbering that starts there."""
    pdfs = [pikepdf.open(p.path) for p in pieces]
    try:
        out = pdfs[0]
        root = out.Root.StructTreeRoot if "/StructTreeRoot" in out.Root else None
        document = root.K[0] if root is not None else None
        nums = list(root.ParentTree.Nums) if root is not None else []
        pages_nums, annots_nums = _split_nums(nums, len(out.pages))
        names = _names(out, pieces[0].foreign)
        outline = _outline(out)
        for piece, pdf in zip(pieces[1:], pdfs[1:]):
            first = len(out.pages)
            with warnings.catch_warnings():
                # pikepdf warns that pages.extend() leaves named destinations and outlines
                # behind: this module carries them over itself.
                warnings.simplefilter("ignore", pikepdf.PageCopyWarning)
                out.pages.extend(pdf.pages)
            copied = [out.pages[first + i].obj for i in range(len(pdf.pages))]
            local = {p.obj.objgen: i for i, p in enumerate(pdf.pages)}
            _retag_fonts(copied, len(outline) + first)
            if root is not None and "/StructTreeRoot" in pdf.Root:
                theirs = pdf.Root.StructTreeRoot
                their_pages, their_annots = _split_nums(list(theirs.ParentTree.Nums),
                                                        len(pdf.pages))
                for elem in theirs.K[0].K:
                    elem = out.copy_foreign(elem)
                    elem.P = document
                    document.K.append(elem)
                pages_nums += [_copy(out, v) for v in their_pages]
                annots_nums += [(_copy(out, v), None) for v, _ in their_annots]
            names.update({n: _retarget(out, v, local, copied)
                          for n, v in _names(pdf, piece.foreign).items()})
            outline += _outline(pdf, lambda page, local=local, copied=copied:
                                copied[local[page.objgen]])
        if root is not None:
            _renumber(out, root, pages_nums, annots_nums)
        _write_names(out, names)
        _write_outline(out, outline)
        out.Root.PageLabels = Dictionary(Nums=Array(
            [x for first, style in page_labels for x in (first, Dictionary(S=Name(style)))]))
        out.trailer.ID = Array([String(identifier), String(identifier)])
        out.save(target, static_id=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 compress_streams=True)
    finally:
        for pdf in pdfs:
            pdf.close()


def _retag_fonts(pages: list, salt: int) -> None:
    """New subset tags for a piece's fonts: each piece subsets the same font on its own, and
    different subsets in one file must have different tags (ISO 32000-1 §9.6.4)."""
    def retag(name) -> Name:
        text = str(name)
        if len(text) > 8 and text[7] == "+" and text[1:7].isupper():
            digest = hashlib.sha256(f"{text}/{salt}".encode()).digest()
            return Name("/" + "".join(chr(65 + b % 26) for b in digest[:6]) + text[7:])
        return name

    seen = set()
    for page in pages:
        for font in (page.get("/Resources", {}).get("/Font") or {}).values():
            if font.objgen in seen:
                continue
            seen.add(font.objgen)
            for f in (font, *font.get("/DescendantFonts", [])):
                if "/BaseFont" in f:
                    f.BaseFont = retag(f.BaseFont)
                if "/FontDescriptor" in f and "/FontName" in f.FontDescriptor:
                    f.FontDescriptor.FontName = retag(f.FontDescriptor.FontName)


def _copy(out, obj):
    """An object of another PDF copied into `out` (a direct array item by item: pikepdf copies
    only indirect objects); what it refers to is copied once and shared."""
    if obj.is_indirect:
        return out.copy_foreign(obj)
    return Array([_copy(out, x) if isinstance(x, Array) or getattr(x, "is_indirect", False)
                  else x for x in obj])


def _split_nums(nums: list, pages: int) -> tuple[list, list]:
    """A ParentTree's flat Nums array -> (each page's array of structure elements, in page
    order; [(structure element, its annotation)] for the link annotations after them).
    WeasyPrint numbers pages 0…n-1, then annotations from n (weasyprint/pdf/tags.py)."""
    pairs = list(zip(nums[0::2], nums[1::2]))
    by_page = [v for k, v in pairs if int(k) < pages]
    return by_page, [(v, None) for k, v in pairs if int(k) >= pages]


def _renumber(out, root, pages_nums: list, annots_nums: list) -> None:
    """One ParentTree for the merged pages and link annotations: page i is key i, the
    annotations follow, each object's StructParent(s) set to match (ISO 32000-1 §14.7.4.4)."""
    flat = []
    for i, (page, elems) in enumerate(zip(out.pages, pages_nums)):
        page.obj.StructParents = i
        flat += [i, elems]
    key = len(out.pages)
    for elem, _ in annots_nums:
        for kid in _objrs(elem):
            kid.Obj.StructParent = key
        flat += [key, elem]
        key += 1
    root.ParentTree.Nums = Array(flat)
    root.ParentTreeNextKey = key


def _objrs(elem):
    """The object references (link annotations) a structure element holds."""
    kids = elem.get("/K")
    for kid in kids if isinstance(kids, Array) else [kids]:
        if isinstance(kid, Dictionary) and kid.get("/Type") == "/OBJR":
            yield kid


def _names(pdf, foreign: frozenset[str]) -> dict[str, object]:
    """The named destinations a piece really holds (not the stand-ins it borrowed)."""
    names = pdf.Root.get("/Names")
    if names is None or "/Dests" not in names:
        return {}
    flat = list(names.Dests.Names)
    return {str(k): v for k, v in zip(flat[0::2], flat[1::2]) if str(k) not in foreign}


def _retarget(out, dest, local: dict, copied: list):
    """A destination array [page /XYZ x y z] of a piece, pointing at the copied page."""
    return Array([copied[local[dest[0].objgen]], *dest[1:]])


def _write_names(out, names: dict[str, object]) -> None:
    """The name tree of destinations, sorted as ISO 32000-1 §7.9.6 requires."""
    if not names:
        return
    flat = [x for name in sorted(names) for x in (String(name), names[name])]
    if "/Names" not in out.Root:
        out.Root.Names = Dictionary()
    out.Root.Names.Dests = out.make_indirect(Dictionary(Names=Array(flat)))


def _outline(pdf, page_of=None) -> list:
    """A piece's outline as [(title, destination, children, open)], its pages mapped by
    `page_of` (a copied page for a page of the piece)."""
    outlines = pdf.Root.get("/Outlines")
    if outlines is None or "/First" not in outlines:
        return []

    def walk(item):
        out = []
        while item is not None:
            dest = item.Dest
            if page_of is not None:
                dest = Array([page_of(dest[0]), *dest[1:]])
            children = walk(item.First) if "/First" in item else []
            out.append((str(item.Title), dest, children, int(item.get("/Count", 0)) >= 0))
            item = item.get("/Next")
        return out
    return walk(outlines.First)


def _write_outline(out, items: list) -> None:
    """The outline tree, linked as ISO 32000-1 §12.3.3 describes (open items count their open
    descendants)."""
    def build(entries, parent) -> tuple[list, int]:
        made, visible = [], 0
        for title, dest, children, is_open in entries:
            item = out.make_indirect(Dictionary(Title=String(title), Dest=dest, Parent=parent))
            kids, count = build(children, item)
            if kids:
                item.First, item.Last = kids[0], kids[-1]
            item.Count = count if is_open else -count
            visible += 1 + (count if is_open else 0)
            made.append(item)
        for a, b in zip(made, made[1:]):
            a.Next, b.Prev = b, a
        return made, visible

    if not items:
        return
    root = out.make_indirect(Dictionary(Type=Name.Outlines))
    top, count = build(items, root)
    root.First, root.Last, root.Count = top[0], top[-1], count
    out.Root.Outlines = root
