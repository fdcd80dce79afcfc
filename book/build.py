"""The pipeline: read → shape → enrich → render → write PDF, EPUB and data, atomically."""
from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import logging
import os
import signal
import sys
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterator

from . import __version__
from .errors import BookError, InputError, OutputError, StrictError, raise_if_stopped, shown
from .paths import ROOT, STYLES
from .read.limits import LIMITS, Limits, read_source
from .pipeline import stamp
from .pipeline.output import (Staging, is_no_space, locked, os_error, prepare, read_regular,
                              safe_dir, write_atomic)
from .pipeline import schedule
from .pipeline.schedule import writers
from .pipeline.writers import WRITERS, Job
from .settings import Settings
from . import usercss

if TYPE_CHECKING:      # imported where used: a no-op rebuild needs neither (issue 17)
    from .pipeline.worker import Worker

CACHE = ".book-cache"                 # inside the output folder: stamps, fonts/
# EbookLib catches an OSError while writing and only warns with this; we make it an error again.
_EBOOKLIB_IO_WARNING = "In the future throwing exceptions while writing"


@dataclass(frozen=True)
class Options:
    """How to build: where, how strictly, input limits, and the settings handed to the writers."""

    out_dir: Path = Path("dist")
    strict: bool = False
    force: bool = False
    settings: Settings = Settings()
    limits: Limits = LIMITS
    disambiguate: bool = False
    # book.toml's [article."…"] tables: (the article's real path, its settings).
    per_article: tuple[tuple[str, Settings], ...] = ()

    def for_source(self, source: Path) -> "Options":
        """These options with the settings of `source`'s own table, if it has one."""
        real = os.path.realpath(source)
        own = next((s for path, s in self.per_article if path == real), None)
        return dataclasses.replace(self, settings=own) if own else self


@dataclass
class Result:
    """What one article's build did."""

    source: str
    written: list[Path] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    up_to_date: bool = False
    slug: str | None = None          # what its outputs are named after (book watch follows it)


Log = Callable[[str], None]


def enrichers():
    """The enrichers, applied in this order: each is a pure Book -> Book function."""
    # lazy: the enrichers (~0.5 s of imports) are not on a no-op rebuild's path (0.06 s)
    from .enrich import about, biographies, chronology, glossary, index
    return (about.enrich, glossary.enrich, chronology.enrich, biographies.enrich, index.enrich)


def book_from(article) -> "Book":
    """The pipeline up to rendering: shape the parsed article, then apply every enricher."""
    from .read.shape import shape     # lazy: the reader, not on a no-op rebuild's path

    book = shape(article)
    for enrich in enrichers():
        book = enrich(book)
    return book


def fingerprint(data: bytes, options: Options, name: str | None = None) -> str:
    """A hash of everything an output depends on: article, styles, code, templates, options."""
    h = hashlib.sha256()
    h.update(f"{__version__}|{options.settings.key()}|{options.strict}|{name or ''}|"
             f"{os.environ.get('SOURCE_DATE_EPOCH', '')}".encode())
    h.update(hashlib.sha256(data).digest())
    for folder in (STYLES, ROOT / "book"):
        for path in sorted(folder.rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                h.update(path.name.encode())
                h.update(path.read_bytes())
    for css in options.settings.css:             # the user's stylesheets, by content too
        h.update(hashlib.sha256(Path(css).read_bytes()).digest())
    return h.hexdigest()


def output_slug(data: bytes, cache: Path | None = None) -> str | None:
    """The slug an article's outputs are named after, or None if it has no readable title.
    A slug a build found for the same bytes is read back from `cache` instead: a no-op rebuild
    then never imports the parser (a wrong entry can only cause a rebuild: the stamp it leads
    to must name this article and these inputs)."""
    key = hashlib.sha256(data).hexdigest()
    if cache is not None:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            found = read_regular(cache / "slugs" / key, 1024)
            if found:
                return found.decode("utf-8")
    from .read.article import decode, title_slug     # lazy: the parser, when no slug is cached

    try:
        return title_slug(decode(data, ""))
    except InputError:
        return None


def _remember_slug(cache: Path, data: bytes, slug: str) -> None:
    """Record the slug of these bytes for the next no-op check (one small file per article
    version in OUT/.book-cache/slugs/, the oldest dropped beyond a hundred)."""
    folder = safe_dir(cache / "slugs")
    write_atomic(folder / hashlib.sha256(data).hexdigest(), slug.encode("utf-8"))
    entries = sorted(folder.iterdir(), key=lambda p: p.stat().st_mtime)
    for old in entries[:-100]:
        with contextlib.suppress(OSError):
            old.unlink()


def build(source: Path, options: Options, log: Log, parallel: bool = True,
          name: str | None = None) -> Result:
    """Build one article into `<slug>.pdf`, `<slug>.epub`, `<slug>.data.json` in out_dir
    (`name` replaces the slug when run_all disambiguates articles with the same one)."""
    options = options.for_source(source)
    where = shown(source)
    result = Result(where)
    data = read_source(source, options.limits.max_bytes, where)   # read once: hashed and parsed
    digest = fingerprint(data, options, name)
    cache = options.out_dir / CACHE
    usable = os.path.isdir(cache) and not os.path.islink(cache)
    slug = name or output_slug(data, cache if usable and not options.force else None)
    if (not options.force and slug and usable
            and stamp.up_to_date(cache, options.out_dir, slug, source, digest)):
        result.up_to_date, result.slug = True, slug
        log(f"up to date  {where} (use --force to rebuild)")
        return result

    # lazy: not on a no-op rebuild's path (multiprocessing, ctypes, uuid: 30-80 ms of imports)
    from .pipeline.channel import Channel
    from .pipeline.worker import Worker

    background = next((w for w in writers(options.settings) if w.background), None)
    # Before the fork: the worker writes into it. Without a PDF (--to epub) there is no print
    # layout to wait for, and no worker.
    channel = Channel() if background else None
    worker = Worker(background) if background and parallel and _can_fork() else None
    if worker:
        channel.forked()
    try:
        return _build(source, data, name, options, log, result, digest, worker, channel)
    except BaseException:
        if worker:
            worker.cancel()
        raise
    finally:
        if channel:
            channel.close()


def _build(source: Path, data: bytes, name: str | None, options: Options, log: Log,
           result: Result, digest: str, worker: Worker | None, channel=None) -> Result:
    # lazy: the parser, the renderer (Jinja and the enrichers' tables, ~1 s of imports) and the
    # folder staging (ctypes) are not on a no-op rebuild's path
    from .pipeline.folders import Folders
    from .read import article
    from .render import html

    settings, out_dir, where = options.settings, options.out_dir, result.source
    if not (STYLES / "base.css").is_file():     # not a file we write: say so, not "cannot write"
        raise BookError(f"the package's stylesheets are missing from {STYLES}: reinstall book")
    for css in settings.css:                     # again: book watch rebuilds after an edit
        usercss.check(css)
    log(f"parse       {where}")
    parsed = article.load(data, where, options.limits)
    if name:
        parsed = dataclasses.replace(parsed, slug=name)
    result.slug = parsed.slug
    prepare(out_dir)
    cache = safe_dir(out_dir / CACHE)
    safe_dir(cache / "fonts")
    chosen = writers(settings)           # each after the writers whose outputs it reads
    for folder in {w.folder for w in chosen if w.folder}:
        safe_dir(out_dir / folder)       # OUT/site/: never a symlink to elsewhere
    book = book_from(parsed)
    log(f"enrich      {len(book.glossary)} glossary terms, {len(book.chronology)} dated events, "
        f"{len(book.biographies)} commanders")
    result.warnings.extend(f"{where}:{line}: {message}" for line, message in
                           sorted((*parsed.warnings, *parsed.infobox.warnings)))  # markup, dates
    silent = [p.name for p in book.biographies if not p.mentions]
    if silent:                # a note, not a warning: the book is right (their entries say so)
        logging.getLogger("book").info("%s: the text never mentions commander(s) %s: their "
                                       "entries say so", where, ", ".join(silent))
    rendered = html.render(book, settings)
    staging, folders = Staging(out_dir), Folders(out_dir)
    try:
        staged = {w.name: tuple(staging.path(n) for n in w.names(parsed.slug, settings))
                  for w in chosen}
        jobs = [(w, Job(book, rendered, settings, staged[w.name], out_dir, cache,
                        {n: staged[n] for n in w.after if n in staged},
                        folders.path(w.folder, parsed.slug) if w.folder else None,
                        channel))
                for w in chosen]
        print_ = f" ({settings.page_size}, {settings.pdf_variant})" if "pdf" in settings.to else ""
        log(f"write       {', '.join(w.label(parsed.slug, settings) for w in chosen)}{print_}")

        def final(writer, job) -> Path:
            """The output a writer's failure is reported on."""
            return staging.final(job.targets[0]) if job.targets else \
                out_dir.joinpath(writer.folder or "", parsed.slug)

        with warnings.catch_warnings():
            warnings.filterwarnings("error", message=_EBOOKLIB_IO_WARNING, category=UserWarning)
            warnings_ = schedule.run(jobs, worker,
                                     lambda writer, job: _writing(final(writer, job), where))
        result.warnings.extend(f"{where}: {w}" for w in warnings_)
        if options.strict and result.warnings:
            raise StrictError(result.warnings[0] + " (--strict)")
        outputs = {final_.name: stamp.file_digest(tmp) for final_, tmp in staging.files.items()}
        outputs.update({stamp.folder_key(out_dir, final_): stamp.tree_digest(tree)
                        for final_, tree in folders.folders.items()})
        with locked(out_dir), _signals_held():
            raise_if_stopped()           # a stop whose exception a destructor swallowed
            with _writing(out_dir, where):
                result.written = staging.commit()
                trees = folders.commit()
            try:
                stamp.save(cache, parsed.slug, source, digest, outputs)
                if not name:
                    _remember_slug(cache, data, parsed.slug)
            except OSError as exc:       # the outputs are good; the next build just redoes them
                logging.getLogger("book").info("%s: build stamp not written: %s",
                                               shown(stamp.stamp_path(cache, parsed.slug)),
                                               exc.strerror or exc)
    except BaseException:
        if worker:
            worker.cancel()               # first, so that it writes nothing after the discard
        staging.discard()
        folders.discard()
        raise
    for path in (*result.written, *trees):
        log(f"wrote       {shown(path)}")
    return result


@contextlib.contextmanager
def _writing(target: Path, source: str) -> Iterator[None]:
    """Turn a writer's failure into one line naming the file: a full disk, another OS error,
    or (naming the article) a rendering failure."""
    try:
        yield
    except BookError:
        raise
    except Exception as exc:  # noqa: BLE001 - a writer failed: one line, previous build kept
        err = os_error(exc)
        if is_no_space(exc) or (err is None and _nearly_full(target.parent)):
            raise OutputError("no space left on device while writing this file (free some space "
                              "and build again)", shown(target)) from None
        if err is not None:
            raise OutputError(f"cannot write this file: {err.strerror or err}",
                              shown(target)) from None
        message = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        raise BookError(f"rendering failed: {message}", source) from None


def _nearly_full(folder: Path) -> bool:
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP while outputs are renamed into place, so that an article
    gets all of its new outputs or none; a signal that came meanwhile is handled just after."""
    held = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _can_fork() -> bool:
    """Fork is available and we are not already a daemonic pool worker."""
    import multiprocessing    # lazy: 30 ms, not on a no-op rebuild's path

    return sys.platform != "win32" and not multiprocessing.current_process().daemon
