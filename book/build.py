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
from .errors import BookError, StrictError
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
    from . import biographies, chronology, glossary
    return (glossary.enrich, chronology.enrich, biographies.enrich)


def fingerprint(source: Path, options: Options) -> str:
    """A hash of everything an output depends on: article, styles, code, templates, options."""
    h = hashlib.sha256()
    h.update(f"{__version__}|{options.page_size}|{options.pdf_variant}|{options.keep_html}|"
             f"{options.licence}|{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    h.update(source.read_bytes())
    for folder in (STYLES, ROOT / "book"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.name.encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def build(source: Path, options: Options, log: Log, parallel: bool = True) -> Result:
    """Build one article into `<slug>.pdf`, `<slug>.epub`, `<slug>.data.json` in out_dir."""
    from . import article, data, epub, html, pdf
    from .output import Staging, prepare
    from .shape import shape

    result = Result(str(source))
    stamp_dir = options.out_dir / ".book-cache"
    stamp = stamp_dir / (hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16] + ".stamp")
    parsed = None
    if not options.force and stamp.exists():
        try:
            digest = fingerprint(source, options)
        except OSError:
            digest = ""
        saved = stamp.read_text().split("\n")
        if saved[0] == digest and all((options.out_dir / n).exists() for n in saved[1:] if n):
            result.up_to_date = True
            log(f"up to date  {source} (use --force to rebuild)")
            return result

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
    rendered = html.render(book)
    slug = parsed.slug
    staging = Staging(options.out_dir)
    try:
        epub_tmp, json_tmp = staging.path(f"{slug}.epub"), staging.path(f"{slug}.data.json")
        cache = stamp_dir / "fonts"

        def side_outputs() -> None:
            json_tmp.write_text(data.dumps(book), encoding="utf-8")
            epub.write(rendered, epub_tmp, cache)

        child = _start(side_outputs) if parallel else None
        if child is None:
            log(f"write       {slug}.epub, {slug}.data.json")
            side_outputs()
        else:
            log(f"write       {slug}.epub, {slug}.data.json (in parallel)")
        document = pdf.document(rendered, options.out_dir, options.page_size)
        if options.keep_html:
            staging.path(f"{slug}.print.html").write_text(document, encoding="utf-8")
        log(f"typeset     {slug}.pdf ({options.page_size}, {options.pdf_variant})")
        missing, css = pdf.write(document, staging.path(f"{slug}.pdf"), options.out_dir, slug,
                                 options.pdf_variant)
        if missing:
            result.warnings.append(f"{source}: no font has a glyph for: " + ", ".join(
                sorted(set(missing))[:10]))
        result.warnings.extend(f"{source}: WeasyPrint: {w}" for w in dict.fromkeys(css))
        if child is not None:
            child.join()
            if child.exitcode != 0:
                raise BookError(f"writing the EPUB failed (exit status {child.exitcode})", str(source))
        if options.strict and result.warnings:
            raise StrictError(result.warnings[0] + " (--strict)")
        result.written = staging.commit()
    except BaseException:
        staging.discard()
        raise
    stamp_dir.mkdir(exist_ok=True)
    names = [p.name for p in result.written]
    stamp.write_text("\n".join([fingerprint(source, options), *names]))
    for path in result.written:
        log(f"wrote       {path}")
    return result


def _start(task: Callable[[], None]):
    """Run `task` in a forked process (uses the second core while WeasyPrint lays out pages)."""
    if sys.platform == "win32" or multiprocessing.current_process().daemon:
        return None
    ctx = multiprocessing.get_context("fork")
    process = ctx.Process(target=_run_child, args=(task,))
    process.start()
    return process


def _run_child(task: Callable[[], None]) -> None:
    try:
        task()
    except BookError as exc:
        print(f"book: error: {exc}", file=sys.stderr)
        os._exit(2)
    except Exception as exc:  # noqa: BLE001 - reported by the parent as a failed EPUB
        print(f"book: error: EPUB writer failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        os._exit(1)
