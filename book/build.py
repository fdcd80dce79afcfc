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
from .settings import Settings
from .write import WRITERS
from .write.worker import Worker


@dataclass(frozen=True)
class Options:
    """How to build: where, how strictly, and the settings handed to the writers."""

    out_dir: Path = Path("dist")
    strict: bool = False
    force: bool = False
    settings: Settings = Settings()


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
    from .enrich import biographies, chronology, glossary, index
    return (glossary.enrich, chronology.enrich, biographies.enrich, index.enrich)


def book_from(article) -> "Book":
    """The pipeline up to rendering: shape the parsed article, then apply every enricher."""
    from .read.shape import shape

    book = shape(article)
    for enrich in enrichers():
        book = enrich(book)
    return book


def fingerprint(source: Path, options: Options) -> str:
    """A hash of everything an output depends on: article, styles, code, templates, options."""
    h = hashlib.sha256()
    h.update(f"{__version__}|{options.settings.key()}|{options.strict}|"
             f"{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
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

    background = next((w for w in WRITERS if w.background), None)
    worker = Worker(background) if background and parallel and _can_fork() else None
    try:
        return _build(source, options, log, result, stamp, digest, worker)
    except BaseException:
        if worker:
            worker.cancel()
        raise


def _build(source: Path, options: Options, log: Log, result: Result, stamp: Path, digest: str,
           worker: Worker | None) -> Result:
    from .read import article
    from .read.shape import shape
    from .render import html
    from .write import Job, writers
    from .write.folders import Folders
    from .write.output import Staging, prepare

    settings = options.settings
    log(f"parse       {source}")
    parsed = article.read(source)
    prepare(options.out_dir)
    book = book_from(parsed)
    log(f"enrich      {len(book.glossary)} glossary terms, {len(book.chronology)} dated events, "
        f"{len(book.biographies)} commanders")
    result.warnings.extend(f"{source}:{line}: {message}" for line, message in
                           parsed.infobox.warnings)           # unreadable dates, dropped names
    silent = [p.name for p in book.biographies if not p.mentions]
    if silent:
        result.warnings.append(f"{source}: the text never mentions commander(s) "
                               f"{', '.join(silent)} (their entries say so)")
    rendered = html.render(book, settings)
    staging, folders = Staging(options.out_dir), Folders(options.out_dir)
    try:
        chosen = writers(settings)           # each after the writers whose outputs it reads
        staged = {w.name: tuple(staging.path(n) for n in w.names(parsed.slug, settings))
                  for w in chosen}
        jobs = [(w, Job(book, rendered, settings, staged[w.name], options.out_dir, stamp.parent,
                        {n: staged[n] for n in w.after},
                        folders.path(w.folder, parsed.slug) if w.folder else None))
                for w in chosen]
        log(f"write       {', '.join(w.label(parsed.slug, settings) for w in chosen)}"
            + (f" ({settings.page_size}, {settings.pdf_variant})"))
        warnings: list[str] = []
        try:
            for writer, job in jobs:
                if worker and writer.background:
                    worker.submit(job)
            pending = worker is not None
            for writer, job in jobs:
                if pending and any(w.background and w.name in writer.after for w in chosen):
                    warnings += worker.result()      # it reads the background writer's output
                    pending = False
                if not (worker and writer.background):
                    warnings += writer.write(job)
            warnings += worker.result() if pending else []
        except OSError as exc:
            raise OutputError(f"cannot write the outputs: {exc.strerror or exc}", str(options.out_dir))
        except Exception as exc:  # noqa: BLE001 - a writer failed: one line, previous build kept
            raise BookError(f"rendering failed: {type(exc).__name__}: {exc}", str(source))
        result.warnings.extend(f"{source}: {w}" for w in warnings)
        if options.strict and result.warnings:
            raise StrictError(result.warnings[0] + " (--strict)")
        result.written = staging.commit()
        trees = folders.commit()
    except BaseException:
        staging.discard()
        folders.discard()
        raise
    stamp.parent.mkdir(exist_ok=True)
    names = [p.name for p in result.written]
    stamp.write_text("\n".join([digest, *names]))
    for path in (*result.written, *trees):
        log(f"wrote       {path}")
    return result


def _can_fork() -> bool:
    """Fork is available and we are not already a daemonic pool worker."""
    return sys.platform != "win32" and not multiprocessing.current_process().daemon
