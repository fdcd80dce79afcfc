"""PDF writer: lays out the print document with WeasyPrint, in chunks whose page numbers are
written in (layout.py), and writes one tagged PDF; hands the page breaks to the EPUB writer."""
from __future__ import annotations

import logging
import uuid
from pathlib import Path

from ..render.html import Rendered
from ..settings import Settings
from . import Job
from ..paths import FONTS, STYLES

# Trim sizes in millimetres, as styles/size-*.css set them (for the --cover PDF and metadata).
TRIM_MM = {"a5": (148, 210), "6x9": (152.4, 228.6), "a4": (210, 297), "letter": (215.9, 279.4)}


def document(rendered: Rendered, out_dir: Path, page_size: str = Settings.page_size,
             layout=None) -> str:
    """The complete HTML document of the book, page numbers written in from `layout` (or, with
    none, laid out now); style links are relative to `out_dir`. Laying it out again gives the
    same pages as the PDF (--keep-html writes it)."""
    from .layout import document as chunked

    if layout is None:
        layout = lay_out(rendered, out_dir, page_size)
    return chunked(rendered, out_dir, page_size, layout.folios.__getitem__)


def lay_out(rendered: Rendered, out_dir: Path, page_size: str = Settings.page_size,
            variant: str | None = Settings.pdf_variant, log=lambda _m: None):
    """The book laid out by WeasyPrint (pages, anchors, final page numbers), no PDF yet."""
    from .layout import Engine, lay_out as chunked

    return chunked(rendered, out_dir, page_size,
                   Engine(out_dir, [STYLES, FONTS, out_dir], variant if variant != "none" else None),
                   log)


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
    import weasyprint  # noqa: F401

    from . import pagerefs
    pagerefs.install()


def extra_outputs(settings: Settings) -> tuple[str, ...]:
    """--keep-html also writes the exact document given to WeasyPrint; --cover the cover."""
    return ((".print.html",) if settings.keep_html else ()) + \
        ((".cover.pdf",) if settings.cover_pdf else ())


def write(job: Job) -> list[str]:
    """Lay out the book and write the PDF (and its extras); returns the warnings."""
    extra = dict(zip(extra_outputs(job.settings), job.targets[1:]))
    if ".cover.pdf" in extra:
        from .cover import cover_pdf
        cover_pdf(job.rendered, extra[".cover.pdf"], *TRIM_MM[job.settings.page_size])
    missing, other = render_pdf(job.rendered, job.targets[0], job.out_dir, job.settings,
                                keep_html=extra.get(".print.html"), print_pages=job.print_pages)
    warnings = ["no font has a glyph for: " + ", ".join(sorted(set(missing))[:10])] if missing else []
    return warnings + [f"WeasyPrint: {w}" for w in dict.fromkeys(other)]


def render_pdf(rendered: Rendered, target: Path, base_dir: Path, settings: Settings = Settings(),
               keep_html: Path | None = None, print_pages=None) -> tuple[list[str], list[str]]:
    """Lay out and write the PDF at `target`; publish the page breaks to `print_pages` (the EPUB
    writer's page-list) as soon as the layout is final. Returns (strings no font has glyphs for,
    other warnings)."""
    from . import pagerefs
    from .pagebreaks import page_breaks

    pagerefs.install()
    watch = _Watch()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(watch)
    propagate, logger.propagate = logger.propagate, False
    try:
        layout = lay_out(rendered, base_dir, settings.page_size, settings.pdf_variant)
        if print_pages is not None:
            print_pages.publish(page_breaks(layout, settings.page_size))
        if keep_html is not None:
            keep_html.write_text(document(rendered, base_dir, settings.page_size, layout),
                                 encoding="utf-8")
        write_layout(layout, target, settings.pdf_variant)
    finally:
        logger.removeHandler(watch)
        logger.propagate = propagate
    return watch.missing, watch.other


def write_layout(layout, target: Path, variant: str = Settings.pdf_variant) -> None:
    """Write the laid-out pages as one PDF: one tag tree, outline and set of fonts for the whole
    book, page labels as the folios read (i, ii, … then 1, 2, …)."""
    import pydyf

    options = {"pdf_identifier": uuid.uuid5(uuid.NAMESPACE_URL,
                                            f"book:{layout.rendered.slug}").hex.encode(),
               "custom_metadata": True}
    if variant != "none":
        options["pdf_variant"] = variant
    front = layout.front_pages()

    def labels(_document, pdf) -> None:
        nums = [0, pydyf.Dictionary({"S": "/r"})] if front else []
        if front < len(layout.pages):
            nums += [front, pydyf.Dictionary({"S": "/D"})]
        pdf.catalog["PageLabels"] = pydyf.Dictionary({"Nums": pydyf.Array(nums)})

    first = layout.laid[0].document
    first.copy(layout.pages).write_pdf(str(target), finisher=labels, **options)
