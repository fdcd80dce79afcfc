"""The print edition's page breaks, for the EPUB's page-list (EPUB 3.3 §7.4.2; EPUB
Accessibility 1.1 page navigation): where each PDF page begins, as a place in the EPUB's text.

A place is a part and a count of the non-space characters of its text before the page begins:
the PDF's text boxes are matched against the part's text (the hyphens a line break adds are not
in it), so the same count finds the same word in the EPUB's XHTML. Text that only one edition
shows is left out of the count on both sides: the printed page numbers, and the ebook's section
locators and back-links."""
from __future__ import annotations

import bisect
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

from ..settings import PageSize

# Classes of text one edition shows and the other does not (print.css hides the last two).
ONE_EDITION = frozenset({"pageno", "ebook-locators", "backlinks"})
CONTENTS = "contents"            # the printed contents; the EPUB's is its navigation document
_HYPHENS = "\u2010-\u00ad"       # what a hyphenated line may end with that the text lacks
_WINDOW = 400                    # how far past the last match a text box may be found


@dataclass(frozen=True)
class Break:
    """Where a printed page begins: `offset` non-space characters into part `part` (0: at its
    start), or after the part's end (None: a blank page closing it)."""

    label: str
    part: str
    offset: int | None


@dataclass(frozen=True)
class PageBreaks:
    """Every page of the print edition, in order; `edition` says which one ('the print edition
    (PDF, A5, 148 × 210 mm)') and `source` names it for pageBreakSource."""

    breaks: tuple[Break, ...]
    edition: str
    source: str


def page_breaks(layout, size: PageSize) -> PageBreaks:
    """Where each page of `layout` (layout.Layout) begins, labelled with its folio."""
    r = layout.rendered
    edition = size.edition
    source = f"{r.title}, {edition}, {r.creator}, {r.build_date[:10]}"
    starts = [s for lay in layout.laid for s in lay.starts]
    return PageBreaks(tuple(Break(str(folio), part, offset)
                            for folio, (part, offset) in zip(layout.folios(), starts)),
                      edition, source)


def page_starts(pages) -> list[tuple[str, int | None]]:
    """Where each of a chunk's WeasyPrint pages begins: (part, non-space characters of its text
    before the page), (CONTENTS, 0) in the printed contents, (part, None) for a blank page
    after the end of `part`."""
    out: list[tuple[str, int | None]] = []
    cursors: dict[str, _Cursor] = {}
    last = CONTENTS
    for page in pages:
        found = _first_text(page._page_box, cursors)
        if found is None:
            out.append((last, None))
        else:
            last = found[0]
            out.append((found[0], 0 if found[0] == CONTENTS else found[1]))
    return out


def _first_text(page_box, cursors: dict) -> tuple[str, int] | None:
    """(part, offset) of the page's first text; every text box of the page moves its part's
    cursor on, so the next page starts where this one ends."""
    first = None
    for part, element_text, text in _texts(page_box):
        cursor = cursors.get(part)
        if cursor is None:
            cursor = cursors[part] = _Cursor(element_text())
        at = cursor.place(text)
        if first is None:
            first = (part, cursor.pos if at is None else at)
    return first


class _Cursor:
    """How far the layout has got through one part's text (non-space characters)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0

    def place(self, chunk: str) -> int | None:
        """Where `chunk` (a text box's non-space characters) starts, moving on past it."""
        for candidate in (chunk, chunk.rstrip(_HYPHENS)):
            if candidate:
                at = self.text.find(candidate, self.pos, self.pos + len(candidate) + _WINDOW)
                if at >= 0:
                    self.pos = at + len(candidate)
                    return at
        return None


def _texts(box, part: str | None = None, element_text=None) -> Iterator[tuple[str, object, str]]:
    """(part, its text as a function, a text box's non-space characters) in layout order, in the
    page's flow (not its margins), without generated content or one edition's text."""
    from weasyprint.formatting_structure import boxes    # lazy: WeasyPrint, in the layout only

    if isinstance(box, boxes.MarginBox):
        return
    element = getattr(box, "element", None)
    tag = getattr(box, "element_tag", None) or ""
    if "::" in tag:
        return                                   # ::before, ::after, ::marker: generated
    if element is not None:
        classes = set((element.get("class") or "").split())
        if classes & ONE_EDITION:
            return
        if "part" in classes and element.get("id"):
            part, root = element.get("id"), element
            element_text = lambda root=root: shared_text(root)   # noqa: E731
    if isinstance(box, boxes.TextBox):
        if part is not None:
            text = "".join(box.text.split())
            if text:
                yield part, element_text, text
        return
    for child in getattr(box, "children", ()):
        yield from _texts(child, part, element_text)


def shared_text(root) -> str:
    """The non-space characters of an element's text that both editions show."""
    return "".join("".join(piece.split()) for piece, _owner, _slot in text_nodes(root))


def text_nodes(root) -> Iterator[tuple[str, object, str]]:
    """(text, element, 'text' or 'tail') for each text node under `root` that both editions
    show, in document order (ElementTree or lxml elements)."""
    if root.text:
        yield root.text, root, "text"
    for child in root:
        if not isinstance(child.tag, str):        # comments, processing instructions
            pass
        elif not set((child.get("class") or "").split()) & ONE_EDITION:
            yield from text_nodes(child)
        if child.tail:
            yield child.tail, child, "tail"


XHTML = "http://www.w3.org/1999/xhtml"
OPS = "http://www.idpf.org/2007/ops"


def marker_id(label: str) -> str:
    """The id of the page-break marker of the page labelled `label` ('page-iv', 'page-23')."""
    return f"page-{label}"


def mark(xhtml: str, root_id: str, breaks: list[Break]) -> str:
    """The XHTML document with a page-break marker for each break in it: before the element
    `root_id` (offset 0), after it (None), or before the word the page begins with."""
    doc = etree.fromstring(xhtml.encode("utf-8"))
    root = doc.find(f".//{{{XHTML}}}*[@id='{root_id}']")
    if root is None:
        raise ValueError(f"no element #{root_id} to put page breaks in")
    inside = sorted((b for b in breaks if b.offset), key=lambda b: b.offset, reverse=True)
    if inside:
        _mark_inside(root, inside)
    for b in breaks:
        if b.offset == 0:
            root.addprevious(_marker(b.label))
    for b in reversed([b for b in breaks if b.offset is None]):
        root.addnext(_marker(b.label))
    return etree.tostring(doc, xml_declaration=True, encoding="utf-8",
                          doctype="<!DOCTYPE html>").decode("utf-8") + "\n"


def _marker(label: str):
    """<span epub:type="pagebreak" role="doc-pagebreak" id="page-23" aria-label="23"></span>"""
    span = etree.Element(f"{{{XHTML}}}span", {f"{{{OPS}}}type": "pagebreak",
                                              "role": "doc-pagebreak", "id": marker_id(label),
                                              "aria-label": label})
    span.text = ""
    return span


def _mark_inside(root, breaks: list[Break]) -> None:
    """Markers inside `root`'s text, `breaks` sorted by offset from the last."""
    nodes, starts, count = [], [], 0
    for text, owner, slot in text_nodes(root):
        if text.strip():
            nodes.append((count, text, owner, slot))
            starts.append(count)
            count += len("".join(text.split()))
    if not nodes:
        nodes, starts = [(0, "", root, "text")], [0]
    for b in breaks:
        i = max(0, bisect.bisect_right(starts, b.offset) - 1)
        start, text, owner, slot = nodes[i]
        at = _char_index(text, b.offset - start)
        while at > 0 and not text[at - 1].isspace():
            at -= 1                                      # to the start of the word
        span = _marker(b.label)
        if slot == "text":
            owner.text, span.tail = text[:at] or None, text[at:]
            owner.insert(0, span)
        else:
            owner.tail, span.tail = text[:at] or None, text[at:]
            owner.addnext(span)
        nodes[i] = (start, text[:at], owner, slot)


def _char_index(text: str, nonspace: int) -> int:
    """The index in `text` of its non-space character number `nonspace` (0-based)."""
    seen = 0
    for i, c in enumerate(text):
        if not c.isspace():
            if seen == nonspace:
                return i
            seen += 1
    return len(text)
