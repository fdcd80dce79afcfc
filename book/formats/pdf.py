"""PDF writer: lays out the print document with WeasyPrint, in chunks whose page numbers are
written in (layout.py), and writes one tagged PDF; hands the page breaks to the EPUB writer."""
from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..render.html import Rendered
from ..settings import Settings
from ..pipeline.writers import Job
from ..paths import STYLES
from ..pipeline.channel import PAGE_BREAKS, PDF_PIECES
from ..print import layout as chunks, pagerefs
from ..print.pagebreaks import page_breaks

if TYPE_CHECKING:
    from ..print.layout import Laid
    from ..print.pdfmerge import Piece


def document(rendered: Rendered, out_dir: Path, page_size: str = Settings.page_size,
             layout=None, user_css: tuple[str, ...] = ()) -> str:
    """The complete HTML document of the book, page numbers written in from `layout` (or, with
    none, laid out now); style links (the user's stylesheets last) are relative to `out_dir`.
    Laying it out again gives the same pages as the PDF (--keep-html writes it)."""
    if layout is None:
        layout = lay_out(rendered, out_dir, page_size, user_css=user_css)
    return chunks.document(rendered, out_dir, page_size, layout.anchors.__getitem__,
                           user_css=user_css, openings=layout.openings)


def lay_out(rendered: Rendered, out_dir: Path, page_size: str = Settings.page_size,
            variant: str | None = Settings.pdf_variant, log=lambda _m: None, on_laid=None,
            user_css: tuple[str, ...] = ()):
    """The book laid out by WeasyPrint (pages, anchors, final page numbers), no PDF yet."""
    return chunks.lay_out(rendered, out_dir, page_size, engine(out_dir, variant, user_css), log,
                          on_laid or (lambda _lay: None))


def engine(out_dir: Path, variant: str | None = Settings.pdf_variant,
           user_css: tuple[str, ...] = ()):
    """The WeasyPrint engine every chunk is laid out with (fonts and options shared). It reads
    the project's styles, the output folder and the user's stylesheets: those files, not their
    folders (usercss.py refused any url() in them already)."""
    return chunks.Engine(out_dir, [STYLES, out_dir, *map(Path, user_css)],
                         variant if variant != "none" else None, user_css)


class _Watch(logging.Handler):
    """Collects WeasyPrint's warnings: missing glyphs (tofu boxes) and CSS it ignored."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.missing: list[str] = []
        self.other: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if ".notdef glyph" in message:
            self.missing.append(message.split(":", 1)[-1].strip())
        else:
            self.other.append(message.splitlines()[0])


def preload() -> None:
    """Import WeasyPrint (the worker does this while the parent renders)."""
    import weasyprint  # noqa: F401 # lazy: the point of preload(); 1.5 s (4 s on a busy machine)

    pagerefs.install()


def extra_outputs(settings: Settings) -> tuple[str, ...]:
    """--keep-html also writes the exact document given to WeasyPrint; --cover the cover."""
    return ((".print.html",) if settings.keep_html else ()) + \
        ((".cover.pdf",) if settings.cover_pdf else ())


def write(job: Job) -> list[str]:
    """Lay out the book and write the PDF (and its extras); returns the warnings. A long book's
    PDF is left in pieces for complete() to merge."""
    extra = dict(zip(extra_outputs(job.settings), job.targets[1:]))
    if ".cover.pdf" in extra:
        from .cover import cover_pdf    # lazy: --cover only (Pillow, 0.3 s, in the worker)
        cover_pdf(job.rendered, extra[".cover.pdf"], *job.settings.size.trim_mm)
    missing, other = render_pdf(job.rendered, job.targets[0], job.out_dir, job.settings,
                                keep_html=extra.get(".print.html"), channel=job.channel)
    warnings = ["no font has a glyph for: " + ", ".join(sorted(set(missing))[:10])] if missing else []
    return warnings + [f"WeasyPrint: {w}" for w in dict.fromkeys(other)]


def complete(job: Job) -> list[str]:
    """In the parent, after write(): merge a long book's pieces into the PDF."""
    pieces = job.channel.wait(PDF_PIECES) if job.channel else None
    if pieces:
        pieces.merge(job.targets[0])
    return []


def render_pdf(rendered: Rendered, target: Path, base_dir: Path, settings: Settings = Settings(),
               keep_html: Path | None = None, channel=None,
               held_pages: int | None = None) -> tuple[list[str], list[str]]:
    """Lay out and write the PDF at `target`. With a `channel`, publish the page breaks (the
    EPUB writer's page-list) as soon as the layout is final, and a long book's pieces for the
    parent to merge (complete()); without one, merge them here. Returns (strings no font has
    glyphs for, other warnings)."""
    pagerefs.install()
    watch = _Watch()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(watch)
    propagate, logger.propagate = logger.propagate, False
    try:
        with tempfile.TemporaryDirectory(prefix="book-pdf-") as own:
            folder = Path(tempfile.mkdtemp(dir=channel.scratch)) if channel else Path(own)
            pieces = Pieces(rendered, folder, settings.pdf_variant,
                            HELD_PAGES if held_pages is None else held_pages)
            layout = lay_out(rendered, base_dir, settings.page_size, settings.pdf_variant,
                             on_laid=pieces.laid, user_css=settings.css)
            if channel is not None:
                channel.publish(PAGE_BREAKS, page_breaks(layout, settings.size))
            if keep_html is not None:
                keep_html.write_text(document(rendered, base_dir, settings.page_size, layout,
                                              settings.css), encoding="utf-8")
            merge = pieces.write(layout, target)
            if channel is not None:
                channel.publish(PDF_PIECES, merge)
            elif merge is not None:
                merge.merge(target)
    finally:
        logger.removeHandler(watch)
        logger.propagate = propagate
    return watch.missing, watch.other


# Laid-out pages held before chunks are written as PDFs of their own and let go: WeasyPrint holds
# about half a megabyte a page until its PDF is written (more for a dense index).
HELD_PAGES = 400


@dataclass(frozen=True)
class Merge:
    """A long book's PDF in pieces, to be merged into one (pdfmerge.py)."""

    pieces: tuple["Piece", ...]
    labels: tuple[tuple[int, str], ...]
    identifier: bytes

    def merge(self, target: Path) -> None:
        from ..print.pdfmerge import merge      # lazy: pikepdf (0.8 s), for a long book only

        merge(list(self.pieces), target, list(self.labels), self.identifier)


class Pieces:
    """Writes the laid-out book: in one go when it is short, else each chunk as its own PDF as
    soon as it is laid out (its pages let go), to be merged (Merge)."""

    def __init__(self, rendered: Rendered, folder: Path, variant: str, held_pages: int) -> None:
        self.rendered, self.folder, self.variant, self.limit = rendered, folder, variant, held_pages
        self.held: dict[int, "Laid"] = {}
        self.written: dict[int, "Piece"] = {}
        self.anchors = set(rendered.owners())

    @property
    def apart(self) -> bool:
        """Chunks are written apart (the book is long)."""
        return bool(self.written)

    def laid(self, lay) -> None:
        """A chunk was laid out (again): hold it, or write it if the book is long."""
        self.held[lay.chunk.index] = lay
        self.written.pop(lay.chunk.index, None)
        if self.apart or sum(x.count for x in self.held.values()) > self.limit:
            for index, held in sorted(self.held.items()):
                if not held.chunk.front:          # laid out last: written with the rest
                    self._piece(held)

    def _piece(self, lay) -> None:
        """Write one chunk as a PDF, its links to other chunks kept as named destinations."""
        from ..print.pdfmerge import Piece      # lazy: pikepdf (0.8 s), for a long book only

        own = {a for p in lay.pages for a in p.anchors}
        foreign = {target for p in lay.pages for kind, target, _r, _b in p.links
                   if kind == "internal" and target not in own and target in self.anchors}
        if foreign and lay.pages:
            lay.pages[0].anchors.update({a: (0, 0, 0, 0) for a in sorted(foreign)})
        path = self.folder / f"{lay.chunk.index:04d}.pdf"
        lay.document.copy(lay.pages).write_pdf(str(path), **_options(self.rendered, self.variant))
        self.written[lay.chunk.index] = Piece(path, frozenset(foreign))
        self.held.pop(lay.chunk.index, None)
        lay.release()

    def write(self, layout, target: Path) -> Merge | None:
        """The whole book at `target`, or its pieces to merge there."""
        if not self.apart:
            write_layout(layout, target, self.variant)
            return None
        for lay in list(self.held.values()):
            self._piece(lay)
        front = layout.front_pages()
        total = sum(lay.count for lay in layout.laid)
        labels = ([(0, "/r")] if front else []) + ([(front, "/D")] if front < total else [])
        return Merge(tuple(self.written[lay.chunk.index] for lay in layout.laid), tuple(labels),
                     _options(self.rendered, self.variant)["pdf_identifier"])


def _options(rendered: Rendered, variant: str) -> dict:
    """WeasyPrint's PDF options: a stable identifier, the document's metadata, the variant."""
    options = {"pdf_identifier": rendered.uid.encode(),
               "custom_metadata": True}
    if variant != "none":
        options["pdf_variant"] = variant
    return options


def write_layout(layout, target: Path, variant: str = Settings.pdf_variant) -> None:
    """Write the laid-out pages as one PDF: one tag tree, outline and set of fonts for the whole
    book, page labels as the folios read (i, ii, … then 1, 2, …)."""
    import pydyf    # lazy: comes with WeasyPrint, only in the process that lays out

    front = layout.front_pages()

    def labels(_document, pdf) -> None:
        nums = [0, pydyf.Dictionary({"S": "/r"})] if front else []
        if front < len(layout.pages):
            nums += [front, pydyf.Dictionary({"S": "/D"})]
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": pydyf.Array(nums)})

    first = layout.laid[0].document
    first.copy(layout.pages).write_pdf(str(target), finisher=labels,
                                       **_options(layout.rendered, variant))
