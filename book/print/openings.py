"""Where each part of the printed book opens: on a right-hand page, or on the next page (issue 28).

The rule (README, "Page openings"): the title page and the contents open on a recto, and so does
the text (page 1). In the back matter the first appendix and the index open on a recto, the
appendices between them on the next page (CMOS 1.4: a later appendix may begin verso). A chapter
opens on a recto when it fills at least LONG_CHAPTER pages; a shorter one opens on the next page,
left or right. A recto may cost a blank verso before it, and blank pages stay within BLANK_SHARE
of the book: a recto is kept only while the blank pages so far, one for the front matter and one
for each recto still to come that ranks above it stay within that share (the index first, then
the first appendix, then chapters, the longest first); else the part opens on the next page.

The lengths are estimated from the text before layout (page_chars); the blank pages are counted
as laid out (layout.py asks `Budget.grants` when a chunk ends with a blank page)."""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ..render.html import Part, Rendered
from ..settings import PAGE_SIZES

LONG_CHAPTER = 4             # pages: a chapter this long may open on a recto
BLANK_SHARE = 0.10           # blank pages at most a tenth of the book's pages
FRONT_PAGES = 4              # title, colophon, contents, (blank): the front matter, estimated
# Characters of running text an A5 page holds (10 pt on 14.2 pt, the measure of
# styles/print.css), how much an appendix holds beside that (the chronology's and glossary's
# short entries leave lines half empty; the index's two columns of 8.5 pt hold more), and the
# part's opening page, a fifth of it taken by the part's title. Measured on the corpus's books
# (A5: chapters 1.0–1.4 times the estimate, appendices 0.8–1.6).
A5_CHARS = 2000
MARGINS_MM = (14 + 20, 17 + 19)      # styles/print.css @page: inner + outer, top + bottom
DENSITY = {"index": 2.5, "appendix": 0.62, "glossary": 0.45}
OPENING = 0.3
_TAG = re.compile(r"<[^>]*>")


def estimated_pages(part: Part, page_size: str) -> float:
    """A part's length in pages, from the characters of its text."""
    text = _TAG.sub("", "".join(part.chunks))
    return OPENING + len(" ".join(text.split())) / (
        page_chars(page_size) * DENSITY.get(part.epub_type, 1.0))


def page_chars(page_size: str) -> float:
    """Characters of running text a page of this trim size holds: A5's, scaled by the area of
    the type (the trim less styles/print.css's margins)."""
    def area(size: str) -> float:
        w, h = PAGE_SIZES[size].trim_mm
        return (w - MARGINS_MM[0]) * (h - MARGINS_MM[1])
    return A5_CHARS * area(page_size) / area("a5")


def wanted(rendered: Rendered, page_size: str) -> dict[str, tuple[int, float]]:
    """The main-matter parts that open on a recto if the book can afford the blank page, each
    with its rank (higher first): the index, the first appendix, chapters by length. The text's
    first part always opens page 1 and is not listed."""
    main = [p for p in rendered.parts if p.matter != "frontmatter"]
    back = [p for p in main if p.matter == "backmatter"]
    out: dict[str, tuple[int, float]] = {}
    for part in main[1:]:
        if part.epub_type == "index":
            out[part.id] = (3, 0.0)
        elif back and part is back[0]:
            out[part.id] = (2, 0.0)
        elif part.matter == "bodymatter":
            length = estimated_pages(part, page_size)
            if length >= LONG_CHAPTER:
                out[part.id] = (1, length)
    return out


@dataclass
class Budget:
    """The blank pages the book can afford, counted as the layout goes."""

    rendered: Rendered
    page_size: str
    wants: dict[str, tuple[int, float]] = field(init=False)
    estimate: dict[str, float] = field(init=False)

    def __post_init__(self) -> None:
        self.wants = wanted(self.rendered, self.page_size)
        self.estimate = {p.id: estimated_pages(p, self.page_size) for p in self.rendered.parts
                         if p.matter != "frontmatter"}

    def grants(self, part: str, laid: dict[str, int], blanks: int) -> bool:
        """Whether `part` opens on a recto at the cost of a blank verso before it: it wants one,
        and the book can afford it. `laid` holds the pages of every part laid out so far (its
        blank pages included), `blanks` how many of them are blank."""
        if part not in self.wants:
            return False
        pages = FRONT_PAGES + sum(laid.values()) + sum(
            math.ceil(n) for p, n in self.estimate.items() if p not in laid)
        allowed = math.floor(BLANK_SHARE * pages)
        order = list(self.estimate)
        later = order[order.index(part) + 1:]
        reserved = 1 + sum(1 for p in later if p in self.wants
                           and self.wants[p] > self.wants[part])
        return blanks + 1 + reserved <= allowed
