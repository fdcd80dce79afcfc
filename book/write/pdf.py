"""PDF writer: wraps the shared rendering in the print document and lays it out with WeasyPrint."""
from __future__ import annotations

import logging
import os
import uuid
from pathlib import Path

from ..render.html import Rendered, _env
from ..paths import FONTS, STYLES

_STYLESHEETS = ("base.css", "print.css")


def document(rendered: Rendered, out_dir: Path, page_size: str = "a5") -> str:
    """The complete HTML document given to WeasyPrint; style links are relative to `out_dir`."""
    rel = os.path.relpath(STYLES, out_dir.resolve())
    sheets = [f"{rel}/{name}" for name in (*_STYLESHEETS, f"size-{page_size}.css")]
    front = [p for p in rendered.parts if p.matter == "frontmatter"]
    return _env().get_template("print.html").render(
        r=rendered, front=front, rest=[p for p in rendered.parts if p.matter != "frontmatter"],
        toc=[p for p in rendered.parts if p.in_toc], stylesheets=sheets, page_size=page_size,
        author="After the encyclopedia article “%s”" % rendered.title,
        keywords=[rendered.title, "history", *rendered.languages])


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


class Worker:
    """A forked process that imports WeasyPrint while the parent parses and renders the book.

    The import alone takes about as long as our whole pipeline, so overlapping them keeps a build
    close to a bare WeasyPrint run; the parent writes the EPUB while the child lays out pages."""

    def __init__(self) -> None:
        import multiprocessing

        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child,), daemon=True)
        self._process.start()
        child.close()

    def submit(self, *args) -> None:
        """Start rendering: the arguments of `write`."""
        self._conn.send(args)

    def result(self) -> tuple[list[str], list[str]]:
        """Wait for the PDF; re-raise a failure as an exception."""
        try:
            ok, value = self._conn.recv()
        except EOFError:
            ok, value = False, f"the PDF process died (exit status {self._process.exitcode})"
        finally:
            self._process.join()
        if not ok:
            raise RuntimeError(value)
        return value

    def cancel(self) -> None:
        """Stop the worker (the build failed before the PDF was needed)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def _serve(conn) -> None:
    import weasyprint  # noqa: F401 - the point: import while the parent works

    try:
        args = conn.recv()
    except EOFError:
        return
    try:
        conn.send((True, write(*args)))
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        conn.send((False, f"{type(exc).__name__}: {exc}"))


def write(html: str, target: Path, base_dir: Path, slug: str,
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
