"""The print layout in chunks, with every page number written in as text (issue 17).

The book is cut where a page break is forced anyway: the front matter, then each part (in a long
article whose chapters run on, the body is one chunk). A chunk opens on the side its first folio
falls on; it ends with an empty part that opens a recto, whose page is dropped, and the blank
verso that may come before it is kept only when the next part opens on a recto (openings.py
decides, within the book's budget of blank pages). Each chunk is an
HTML document of its own that WeasyPrint lays out once, in an order where every number it prints
is already known: the body (which cites no page), then the back matter (which cites the body and
At a glance), then the front matter (whose contents lists them all). When the back matter cites
the front matter, the front is laid out first too, provisionally. No `target-counter()` is used,
so no page is laid out again to fill one in.

After the last chunk, every written number is checked against the final anchor map (each page's
`Page.anchors`); a chunk whose numbers or first folio differ is laid out again, until none does.
A book whose numbers do not settle is an error, never a PDF with a wrong number in it."""
from __future__ import annotations

import html as _html
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..paths import STYLES
from ..render.html import PageRef, Part, Rendered, front_and_rest, wrap
from ..render.typography import smarten
from ..settings import PAGE_SIZES
from . import hyphenation, pagebreaks
from .fetch import make_fetcher
from .folios import FRONT, MAIN, Folio, changed, folio_map, written
from .openings import Budget, estimated_pages

MANY_PARTS = 60          # more contents entries than this: chapters run on (styles/print.css)
SECTIONS_FROM = 3        # pages: a chapter this long has its sections in the contents
ROUNDS = 6               # layouts of one chunk before the numbers are declared unsettled
_STYLESHEETS = ("base.css", "print.css")


class LayoutError(RuntimeError):
    """The page numbers did not settle: the book is not written rather than written wrong."""


@dataclass(frozen=True)
class Chunk:
    """Parts laid out together; `front` is the front matter, `opens_body` holds page 1."""

    index: int
    parts: tuple[Part, ...]
    front: bool = False
    opens_body: bool = False
    last: bool = False

    @property
    def name(self) -> str:
        return "front matter" if self.front else self.parts[0].id

    def cited(self, contents: tuple[str, ...]) -> tuple[str, ...]:
        """The anchors whose pages this chunk prints (the contents lists `contents`)."""
        refs = [a for p in self.parts for r in p.page_refs for a in r.anchors]
        return tuple(dict.fromkeys([*(contents if self.front else ()), *refs]))


@dataclass
class Laid:
    """One chunk as laid out: its pages (without the dropped sentinel page), where its page
    count starts, the folios its numbers were written from, each page's anchors and where each
    page begins in the text (pagebreaks.page_starts). Once written to a PDF of its own, its
    WeasyPrint document and pages are let go (`pages` empty, `count` kept)."""

    chunk: Chunk
    document: object | None          # weasyprint.document.Document
    pages: list                      # its weasyprint Pages, in order
    start: Folio
    used: dict[str, Folio]
    anchors: list[tuple[str, ...]] = field(default_factory=list)
    starts: list[tuple[str, int | None]] = field(default_factory=list)
    count: int = 0
    ends_blank: bool = False         # its last page is the blank verso before a recto opening

    @property
    def sequence(self) -> str:
        return FRONT if self.chunk.front else MAIN

    def release(self) -> None:
        """Let go of the layout (its PDF is written)."""
        self.document, self.pages = None, []


@dataclass
class Layout:
    """The whole book laid out: chunks in reading order and the final anchor map."""

    rendered: Rendered
    laid: list[Laid]
    anchors: dict[str, Folio]        # the final anchor map: each anchor's folio
    layouts: int                     # chunk layouts done (a measure of the work)
    openings: dict[str, str] = field(default_factory=dict)   # part id -> "page": no recto

    @property
    def pages(self) -> list:
        """The WeasyPrint pages still held (all of them unless chunks were written apart)."""
        return [p for lay in self.laid for p in lay.pages]

    def folios(self) -> list[Folio]:
        """Each page's folio, in order."""
        return [Folio(lay.sequence, lay.start.number + i) for lay in self.laid
                for i in range(lay.count)]

    def front_pages(self) -> int:
        return sum(lay.count for lay in self.laid if lay.chunk.front)


def listed_sections(rendered: Rendered, page_size: str) -> dict[str, tuple]:
    """The sections the printed contents lists under their chapter: those of a chapter of
    SECTIONS_FROM pages or more (a reader looks for a place in a long chapter by its sections;
    a short one is found by its first page)."""
    return {p.id: p.headings for p in rendered.parts
            if p.in_toc and p.headings and estimated_pages(p, page_size) >= SECTIONS_FROM}


def contents_anchors(rendered: Rendered, page_size: str) -> tuple[str, ...]:
    """Every anchor the printed contents gives a page for: each part, each listed section."""
    listed = listed_sections(rendered, page_size)
    return tuple(a for p in rendered.parts if p.in_toc
                 for a in (p.id, *(h.anchor for h in listed.get(p.id, ()))))


def many_parts(rendered: Rendered) -> bool:
    """A long article's chapters run on instead of opening a recto each (print.css)."""
    return len([p for p in rendered.parts if p.in_toc]) > MANY_PARTS


def split(rendered: Rendered) -> list[Chunk]:
    """The front matter, then the main matter cut before each part that opens a page: every
    part, except chapters after the first in a long article (they run on, print.css)."""
    front, main = rendered.front_and_rest()
    run_on = many_parts(rendered)
    groups: list[list[Part]] = []
    for i, part in enumerate(main):
        chapter = part.epub_type in ("chapter", "introduction")
        if groups and run_on and chapter and any(p.epub_type in ("chapter", "introduction")
                                                 for p in main[:i]):
            groups[-1].append(part)
        else:
            groups.append([part])
    chunks = [Chunk(0, front, front=True, last=not groups)]
    chunks += [Chunk(i + 1, tuple(g), opens_body=i == 0, last=i == len(groups) - 1)
               for i, g in enumerate(groups)]
    return chunks


def stylesheet_names(page_size: str) -> tuple[str, ...]:
    """The print stylesheets in styles/, in cascade order."""
    return (*_STYLESHEETS, PAGE_SIZES[page_size].stylesheet)


def stylesheets(out_dir: Path, page_size: str, user_css: tuple[str, ...] = ()) -> list[str]:
    """The print stylesheets, then the user's (--css), relative to the output folder the
    documents are based in."""
    base = out_dir.resolve()
    rel = os.path.relpath(STYLES, base)
    return [f"{rel}/{name}" for name in stylesheet_names(page_size)] + \
        [Path(os.path.relpath(css, base)).as_posix() for css in user_css]


def document(rendered: Rendered, out_dir: Path, page_size: str,
             folio: Callable[[str], Folio], chunk: Chunk | None = None,
             start: Folio | None = None, user_css: tuple[str, ...] = (),
             openings: dict[str, str] | None = None) -> str:
    """The HTML WeasyPrint lays out: the whole book, or one chunk of it, every page number
    written in by `folio(anchor)`. A chunk links no stylesheet: the Engine gives it the
    print stylesheets parsed once (parsing them cost 65 ms a chunk, a third of the seed's
    layout); the whole document (--keep-html) links them, and says which parts open on the
    next page rather than a recto (`openings`, openings.py); a chunk opens on the side its
    first folio falls on."""
    def pages(ref: PageRef) -> str:
        return written(ref.form, ref.anchors, folio)

    parts = rendered.parts if chunk is None else chunk.parts
    front, rest = front_and_rest(parts)
    toc = [p for p in rendered.parts if p.in_toc]
    listed = listed_sections(rendered, page_size) if (chunk is None or chunk.front) else {}
    return wrap(
        "print.html", r=rendered,
        stylesheets=stylesheets(out_dir, page_size, user_css) if chunk is None else [],
        front=[p.html(pages=pages) for p in front] if (chunk is None or chunk.front) else None,
        rest=[p.html(pages=pages) for p in rest], toc=toc, sections=listed,
        folio=lambda a: str(folio(a)),
        page_size=page_size, many_parts=many_parts(rendered), author=rendered.creator,
        keywords=[rendered.title, *rendered.subjects, *rendered.languages],
        continued=chunk is not None and not chunk.front and not chunk.opens_body,
        sentinel=chunk is not None and not chunk.last,
        chunk_style=_chunk_style(rendered, chunk, start) if chunk is not None
        else _openings_style(openings or {}))


def _openings_style(openings: dict[str, str]) -> str:
    """The whole document's parts that open on the next page, not on a recto."""
    ids = [part for part, where in openings.items() if where == "page"]
    return ", ".join(f'.main-matter > [id="{part}"]' for part in ids) + \
        " { break-before: page; }" if ids else ""


def _chunk_style(rendered: Rendered, chunk: Chunk, start: Folio | None) -> str:
    """A chunk's own CSS: the running head's book title (set by the title page in the whole
    book) and, after the body's first chunk, the folio its first page carries."""
    if chunk.front:
        return ""
    title = "".join(c if c.isalnum() or c == " " else f"\\{ord(c):06x}"
                    for c in _html.unescape(smarten(rendered.title)))
    css = f'html {{ string-set: book-title "{title}"; }}'
    if not chunk.opens_body and start is not None:
        css += f" @page :first {{ counter-reset: page {start.number}; }}"
        if start.number % 2 == 0:         # a part opening on the next page, a verso
            css += " html { break-before: left; }"
    return css


class Engine:
    """Lays out chunks with WeasyPrint: one font configuration and one set of options."""

    def __init__(self, base_dir: Path, fetch_roots: list[Path], variant: str | None,
                 user_css: tuple[str, ...] = ()) -> None:
        from weasyprint.text.fonts import FontConfiguration    # lazy: WeasyPrint (see pdf.py)

        hyphenation.install()            # at most three hyphenated lines in a row
        self.base_url = str(base_dir.resolve()) + "/"
        self.fetcher = make_fetcher(fetch_roots)
        self.fonts = FontConfiguration()
        self.options = {"pdf_variant": variant} if variant else {}
        self.user_css = user_css
        self._sheets: dict[str, list] = {}

    def sheets(self, page_size: str) -> list:
        """The print stylesheets for `page_size`, then the user's (--css), parsed once for every
        chunk. They are given as user stylesheets, so a chunk's own <style> (its first folio,
        the running head's title) wins over them, as it did after them in the same origin."""
        from weasyprint import CSS    # lazy: WeasyPrint, only where a book is laid out

        if page_size not in self._sheets:
            self._sheets[page_size] = [
                CSS(filename=str(STYLES / name), url_fetcher=self.fetcher, font_config=self.fonts)
                for name in stylesheet_names(page_size)] + [
                CSS(filename=css, url_fetcher=self.fetcher, font_config=self.fonts)
                for css in self.user_css]
        return self._sheets[page_size]

    def render(self, html: str, page_size: str | None = None):
        """Lay out one HTML document (no PDF yet); with `page_size`, with the print
        stylesheets for it (a chunk's document links none)."""
        from weasyprint import HTML    # lazy: WeasyPrint, only where a book is laid out

        sheets = self.sheets(page_size) if page_size else None
        return HTML(string=html, base_url=self.base_url, url_fetcher=self.fetcher).render(
            font_config=self.fonts, stylesheets=sheets, **self.options)


def lay_out(rendered: Rendered, out_dir: Path, page_size: str, engine: Engine,
            log: Callable[[str], None] = lambda _m: None,
            on_laid: Callable[[Laid], None] = lambda _lay: None,
            guess: dict[str, Folio] | None = None) -> Layout:
    """Lay out every chunk in dependency order, then check every written page number against
    the final anchor map and lay out again what differs, until nothing does. `on_laid` sees
    each chunk as soon as it is laid out (it may write it and let it go). `guess` says where
    anchors not laid out yet are (else the front matter is laid out first when the main matter
    cites it, and the contents' numbers are estimated); it is checked like everything else."""
    chunks = split(rendered)
    toc = contents_anchors(rendered, page_size)
    everywhere = set(rendered.owners())
    for chunk in chunks:
        unknown = [a for a in chunk.cited(toc) if a not in everywhere]
        if unknown:
            raise LayoutError(f"page reference to an anchor the book lacks: #{unknown[0]}")
    laid: list[Laid | None] = [None] * len(chunks)
    known: dict[str, Folio] = dict(guess or {})
    count = 0
    budget = Budget(rendered, page_size)
    opens: dict[int, str] = {}       # main chunk -> "right" | "page", once a blank page asked

    def lay(chunk: Chunk) -> None:
        nonlocal count
        count += 1
        start = Folio(FRONT, 1) if chunk.front else Folio(MAIN, 1 + sum(
            x.count for x in laid[1:chunk.index] if x is not None))
        used = {a: known.get(a) or _estimate(known) for a in chunk.cited(toc)}
        doc = engine.render(document(rendered, out_dir, page_size, used.__getitem__, chunk,
                                     start), page_size)
        pages = doc.pages if chunk.last else doc.pages[:-1]      # the sentinel's page
        blank = not chunk.last and len(pages) > 1 and pages[-1]._page_box.page_type.blank
        if blank and not chunk.front and _opening(chunk.index + 1, pages) == "page":
            pages, blank = pages[:-1], False     # the next part opens on this verso instead
        result = Laid(chunk, doc, list(pages), start, used, [tuple(p.anchors) for p in pages],
                      pagebreaks.page_starts(pages), len(pages), blank)
        laid[chunk.index] = result
        known.update(_folios(result))
        on_laid(result)

    def _opening(index: int, pages: list) -> str:
        """Where the main chunk `index` opens when a blank verso would come before it: decided
        once, by the budget of blank pages (openings.py)."""
        if index not in opens:
            sizes = {p.id: 0 for x in laid[1:index - 1] if x is not None for p in x.chunk.parts}
            sizes.update({x.chunk.parts[0].id: x.count for x in laid[1:index - 1] if x is not None})
            sizes.update({p.id: 0 for p in chunks[index - 1].parts})
            sizes[chunks[index - 1].parts[0].id] = len(pages)
            blanks = sum(x.ends_blank for x in laid[1:index - 1] if x is not None)
            opens[index] = "right" if budget.grants(chunks[index].parts[0].id, sizes, blanks) \
                else "page"
        return opens[index]

    def openings() -> dict[str, str]:
        """Each main part that opens a chunk, after the text's first: "page" when it opens on
        the next page (not wanted on a recto, or no blank page left for it)."""
        return {c.parts[0].id: opens.get(c.index, "right" if c.parts[0].id in budget.wants
                                          else "page")
                for c in chunks[2:]}

    front, mains = chunks[0], chunks[1:]
    cited = {a for c in mains for a in c.cited(toc)}
    if guess is None and cited & {a for p in front.parts for a in (p.id, *p.anchors)}:
        lay(front)                               # provisional: where At a glance is
    for chunk in mains:
        lay(chunk)
    lay(front)
    for _round in range(ROUNDS):
        ordered = [x for x in laid if x is not None]
        final = folio_map(_sequence_pages(ordered))
        stale = [x.chunk for x, start in zip(ordered, _starts(ordered))
                 if changed(x.used, final) or x.start != start]
        if not stale:
            log(f"layout      {sum(x.count for x in ordered)} pages in {len(chunks)} chunks, "
                f"{count} chunk layouts")
            return Layout(rendered, ordered, final, count, openings())
        known = dict(final)
        for chunk in stale:                      # in reading order: later starts follow
            lay(chunk)
    raise LayoutError(f"page numbers did not settle after {ROUNDS} rounds")


def _estimate(known: dict[str, Folio]) -> Folio:
    """A provisional folio for a page not laid out yet (only ever seen by a layout that is
    checked and done again)."""
    last = max((f.number for f in known.values() if f.sequence == MAIN), default=0)
    return Folio(MAIN, last + 1)


def _sequence_pages(laid: list[Laid]) -> list[tuple[str, tuple[str, ...]]]:
    return [(lay.sequence, anchors) for lay in laid for anchors in lay.anchors]


def _folios(lay: Laid) -> dict[str, Folio]:
    """The folios of one chunk's anchors, counted from its first page."""
    out: dict[str, Folio] = {}
    for i, anchors in enumerate(lay.anchors):
        for anchor in anchors:
            out.setdefault(anchor, Folio(lay.start.sequence, lay.start.number + i))
    return out


def _starts(laid: list[Laid]) -> list[Folio]:
    """Where each chunk's page count starts, from the page counts before it."""
    out, counts = [], {FRONT: 1, MAIN: 1}
    for lay in laid:
        out.append(Folio(lay.sequence, counts[lay.sequence]))
        counts[lay.sequence] += lay.count
    return out
