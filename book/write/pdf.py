"""PDF writer: wraps the shared rendering in the print document and lays it out with WeasyPrint."""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from ..render.html import Rendered, wrap
from ..settings import Settings
from . import Job
from ..paths import FONTS, STYLES

_STYLESHEETS = ("base.css", "print.css")
# Trim sizes in millimetres, as styles/size-*.css set them (for the --cover PDF).
TRIM_MM = {"a5": (148, 210), "6x9": (152.4, 228.6), "a4": (210, 297), "letter": (215.9, 279.4)}


def document(rendered: Rendered, out_dir: Path, page_size: str = Settings.page_size) -> str:
    """The complete HTML document given to WeasyPrint; style links are relative to `out_dir`."""
    rel = os.path.relpath(STYLES, out_dir.resolve())
    sheets = [f"{rel}/{name}" for name in (*_STYLESHEETS, f"size-{page_size}.css")]
    front = [p for p in rendered.parts if p.matter == "frontmatter"]
    return wrap(
        "print.html", r=rendered, front=[p.html() for p in front],
        rest=[p.html() for p in rendered.parts if p.matter != "frontmatter"],
        toc=[p for p in rendered.parts if p.in_toc], stylesheets=sheets, page_size=page_size,
        author=rendered.creator,
        keywords=[rendered.title, *rendered.subjects, *rendered.languages])


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


def extra_outputs(settings: Settings) -> tuple[str, ...]:
    """--keep-html also writes the exact document given to WeasyPrint; --cover the cover."""
    return ((".print.html",) if settings.keep_html else ()) + \
        ((".cover.pdf",) if settings.cover_pdf else ())


def write(job: Job) -> list[str]:
    """Lay out the print document and write the PDF (and its extras); returns the warnings."""
    extra = dict(zip(extra_outputs(job.settings), job.targets[1:]))
    html = document(job.rendered, job.out_dir, job.settings.page_size)
    if ".print.html" in extra:
        extra[".print.html"].write_text(html, encoding="utf-8")
    if ".cover.pdf" in extra:
        from .cover import cover_pdf
        cover_pdf(job.rendered, extra[".cover.pdf"], *TRIM_MM[job.settings.page_size])
    missing, other = render_pdf(html, job.targets[0], job.out_dir, job.rendered.slug,
                                job.settings.pdf_variant)
    warnings = ["no font has a glyph for: " + ", ".join(sorted(set(missing))[:10])] if missing else []
    return warnings + [f"WeasyPrint: {w}" for w in dict.fromkeys(other)]


def render_pdf(html: str, target: Path, base_dir: Path, slug: str,
               variant: str = "pdf/ua-1") -> tuple[list[str], list[str]]:
    """Render `html` to `target`; returns (strings no font has glyphs for, other warnings)."""
    from weasyprint import HTML

    from .fetch import make_fetcher

    watch = _Watch()
    logger = logging.getLogger("weasyprint")
    logger.addHandler(watch)
    propagate, logger.propagate = logger.propagate, False
    try:
        doc = HTML(string=html, base_url=str(base_dir.resolve()) + "/",
                   url_fetcher=make_fetcher([STYLES, FONTS, base_dir]))
        options = {"pdf_identifier": uuid.uuid5(uuid.NAMESPACE_URL, f"book:{slug}").hex.encode(),
                   "custom_metadata": True}
        if variant != "none":
            options["pdf_variant"] = variant
        doc.write_pdf(str(target), **options)
    finally:
        logger.removeHandler(watch)
        logger.propagate = propagate
    return watch.missing, watch.other
