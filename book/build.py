"""The pipeline: read → shape → enrich → render → write PDF, EPUB and data, atomically."""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import __version__
from .errors import BookError, OutputError, StrictError
from .paths import ROOT, STYLES


@dataclass(frozen=True)
class Options:
    """Everything that changes the output of a build."""

    out_dir: Path = Path("dist")
    page_size: str = "a5"
    pdf_variant: str = "pdf/ua-1"
    strict: bool = False
    keep_html: bool = False
    force: bool = False
    licence: str | None = None


@dataclass
class Result:
    """What one article's build did."""

    source: str
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    up_to_date: bool = False


Log = Callable[[str], None]


def enrichers():
    """The enrichers, applied in this order: each is a pure Book -> Book function."""
    from .enrich import biographies, chronology, glossary
    return (glossary.enrich, chronology.enrich, biographies.enrich)


def fingerprint(source: Path, options: Options) -> str:
    """A hash of everything an output depends on: article, styles, code, templates, options."""
    h = hashlib.sha256()
    h.update(f"{__version__}|{options.page_size}|{options.pdf_variant}|{options.keep_html}|"
             f"{options.strict}|{options.licence}|{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    h.update(source.read_bytes())
    for folder in (STYLES, ROOT / "book"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def build(source: Path, options: Options, log: Log, parallel: bool = True) -> Result:
    """Build one article into `<slug>.pdf`, `<slug>.epub`, `<slug>.data.json` in out_dir."""
    from .write import pdf

    result = Result(str(source))
    stamp_dir = options.out_dir / ".book-cache"
    stamp = stamp_dir / (hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16] + ".stamp")
    try:
        digest = fingerprint(source, options)    # the inputs as read now; stored after a build
    except OSError:
        digest = ""                              # a missing article fails below, with its message
    if not options.force and stamp.exists():
        saved = stamp.read_text().split("\n")
        if saved[0] == digest and all((options.out_dir / n).exists() for n in saved[1:] if n):
            result.up_to_date = True
            log(f"up to date  {source} (use --force to rebuild)")
            return result

    worker = pdf.Worker() if parallel and _can_fork() else None
    try:
        return _build(source, options, log, result, stamp, digest, worker)
    except BaseException:
        if worker:
            worker.cancel()
        raise


def _build(source: Path, options: Options, log: Log, result: Result, stamp: Path, digest: str,
           worker) -> Result:
    from .read import article
    from .render import html
    from .write import data, epub, pdf
    from .write.output import Staging, prepare
    from .read.shape import shape

    stamp_dir = stamp.parent
    log(f"parse       {source}")
    parsed = article.read(source)
    prepare(options.out_dir)
    settings = {"page_size": options.page_size}
    if options.licence:
        settings["licence"] = options.licence
    book = shape(parsed, settings)
    for enrich in enrichers():
        book = enrich(book)
    log(f"enrich      {len(book.glossary)} glossary terms, {len(book.chronology)} dated events, "
        f"{len(book.biographies)} commanders")
    silent = [p.name for p in book.biographies if not p.mentions]
    if silent:
        result.warnings.append(f"{source}: the text never mentions commander(s) "
                               f"{', '.join(silent)} (their entries say so)")
    rendered = html.render(book)
    slug = parsed.slug
    staging = Staging(options.out_dir)
    try:
        epub_tmp, json_tmp = staging.path(f"{slug}.epub"), staging.path(f"{slug}.data.json")
        cache = stamp_dir / "fonts"

        document = pdf.document(rendered, options.out_dir, options.page_size)
        if options.keep_html:
            staging.path(f"{slug}.print.html").write_text(document, encoding="utf-8")
        job = (document, staging.path(f"{slug}.pdf"), options.out_dir, slug, options.pdf_variant)
        log(f"typeset     {slug}.pdf ({options.page_size}, {options.pdf_variant})"
            + (" in parallel" if worker else ""))
        if worker:
            worker.submit(*job)
        log(f"write       {slug}.epub, {slug}.data.json")
        try:
            json_tmp.write_text(data.dumps(book), encoding="utf-8")
            epub.write(rendered, epub_tmp, cache)
            missing, css = worker.result() if worker else pdf.write(*job)
        except OSError as exc:
            raise OutputError(f"cannot write the outputs: {exc.strerror or exc}", str(options.out_dir))
        except Exception as exc:  # noqa: BLE001 - a renderer failed: one line, previous build kept
            raise BookError(f"rendering failed: {type(exc).__name__}: {exc}", str(source))
        if missing:
            result.warnings.append(f"{source}: no font has a glyph for: " + ", ".join(
                sorted(set(missing))[:10]))
        result.warnings.extend(f"{source}: WeasyPrint: {w}" for w in dict.fromkeys(css))
        if options.strict and result.warnings:
            raise StrictError(result.warnings[0] + " (--strict)")
        result.written = staging.commit()
    except BaseException:
        staging.discard()
        raise
    stamp_dir.mkdir(exist_ok=True)
    names = [p.name for p in result.written]
    stamp.write_text("\n".join([digest, *names]))
    for path in result.written:
        log(f"wrote       {path}")
    return result


def _can_fork() -> bool:
    """Fork is available and we are not already a daemonic pool worker."""
    return sys.platform != "win32" and not multiprocessing.current_process().daemon
