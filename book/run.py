"""Build several articles, in parallel processes when there are several and -j allows."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .build import CACHE, Log, Options, Result, build, output_slug
from .errors import BookError, InputError, raise_if_stopped, shown
from .pipeline.output import safe_dir
from .pipeline.schedule import writers
from .read.limits import read_source

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor


def run_all(sources: list[Path], options: Options, log: Log, jobs: int) -> int:
    """Build every source; report errors per article; then the writers' steps after them all
    (the web edition's library page) unless every article was up to date (nothing they read
    changed; --force redoes them); return the worst exit status."""
    outcomes: list[Result | BookError] = []
    status = _run(sources, options, log, jobs, outcomes)
    if all(isinstance(o, Result) and o.up_to_date for o in outcomes) and outcomes:
        return status
    try:
        finish(options)
    except BookError as exc:              # (a planted symlink: the builds reported it already)
        status = max(status, _report(exc) if status == 0 else exc.code)
    return status


def finish(options: Options) -> None:
    """Each writer's step once every article was built (the site's front page)."""
    if options.out_dir.is_dir():
        for writer in writers(options.settings):
            if writer.folder and os.path.lexists(options.out_dir / writer.folder):
                safe_dir(options.out_dir / writer.folder)    # never through a planted symlink
            writer.finish(options.out_dir, options.settings)


def _run(sources: list[Path], options: Options, log: Log, jobs: int,
         outcomes: list[Result | BookError]) -> int:
    """Build each article once; report each outcome as it comes and collect it in `outcomes`."""
    def report(outcome: Result | BookError) -> int:
        outcomes.append(outcome)
        return _report(outcome)

    unique: dict[str, Path] = {}
    for source in sources:                # one build per file, even if it is named twice
        unique.setdefault(os.path.realpath(source), source)
    sources = list(unique.values())
    try:
        names = output_names(sources, options)
    except BookError as exc:
        return _report(exc)
    if options.force:
        _clear_caches(options.out_dir)
    status = 0
    if jobs > 1 and len(sources) > 1:
        # lazy: only with -j (concurrent.futures and multiprocessing: about 40 ms of imports)
        from concurrent.futures import ProcessPoolExecutor
        from multiprocessing import get_context

        pool = ProcessPoolExecutor(min(jobs, len(sources)), mp_context=get_context("fork"),
                                   initializer=_pool_worker, initargs=(os.getpid(),))
        try:
            futures = [pool.submit(_build_quiet, s, options, names.get(s)) for s in sources]
            done = [_outcome(f, s) for s, f in zip(sources, futures)]
        except BaseException:
            _stop(pool, options.out_dir)
            raise
        pool.shutdown()
        for lines, outcome in done:
            for line in lines:
                log(line)
            status = max(status, report(outcome))
        return status
    for source in sources:
        raise_if_stopped()         # a stop whose exception a destructor swallowed: no more builds
        try:
            status = max(status, report(build(source, options, log, name=names.get(source))))
        except BookError as exc:
            status = max(status, report(exc))
        except Exception as exc:  # noqa: BLE001 - one line naming the article
            status = max(status, report(_internal(exc, source)))
    return status


def output_names(sources: list[Path], options: Options) -> dict[Path, str]:
    """Articles whose titles give the same slug would overwrite each other's outputs: an error
    naming the files (before anything is built), or with --disambiguate, a name for each of
    them: `<slug>-<file name>`. Returns the renamed articles only."""
    if len(sources) < 2:
        return {}
    by_slug: dict[str, list[Path]] = {}
    for source in sources:
        try:
            slug = output_slug(read_source(source, options.limits.max_bytes, shown(source)))
        except InputError:
            continue                      # its own build reports what is wrong with it
        if slug:
            by_slug.setdefault(slug, []).append(source)
    clashes = {slug: group for slug, group in by_slug.items() if len(group) > 1}
    if clashes and not options.disambiguate:
        slug, group = next(iter(clashes.items()))
        others = ", ".join(shown(s) for s in group[:-1])
        raise InputError(f"same output name '{slug}' as {others} (both would write {slug}.pdf, "
                         f"{slug}.epub, {slug}.data.json); change a title or use --disambiguate",
                         shown(group[-1]))
    from .slugs import slugify              # lazy: python-slugify, ~50 ms, for a clash only

    taken = set(by_slug)
    names: dict[Path, str] = {}
    for slug, group in clashes.items():
        for source in group:
            base = f"{slug}-{slugify(Path(os.fsdecode(source)).stem, 'article')}"
            name, n = base, 2
            while name in taken:
                name, n = f"{base}-{n}", n + 1
            taken.add(name)
            names[source] = name
    return names


def _clear_caches(out_dir: Path) -> None:
    """--force: the build caches are made again too (the stamps are rewritten by each build)."""
    from .pipeline.fonts import clear          # lazy: --force only (subprocess, locale: ~30 ms)

    fonts = out_dir / CACHE / "fonts"
    if not any(os.path.islink(p) for p in (out_dir / CACHE, fonts)):
        clear(fonts)


def _pool_worker(parent: int) -> None:
    """In each -j worker: die with the parent, leave Ctrl-C to it, end quietly on SIGTERM."""
    # lazy: in a -j worker only (ctypes, multiprocessing)
    from .pipeline.worker import child_signals, die_with_parent

    die_with_parent(parent)
    child_signals()


def _stop(pool: ProcessPoolExecutor, out_dir: Path) -> None:
    """Interrupted: kill the workers, then remove what they had staged."""
    # lazy: only when a -j run is interrupted
    import multiprocessing
    from .pipeline.output import sweep

    pool.shutdown(wait=False, cancel_futures=True)
    for child in multiprocessing.active_children():
        child.kill()
        child.join()
    sweep(out_dir)


def _outcome(future, source: Path) -> tuple[list[str], Result | BookError]:
    try:
        return future.result()
    except Exception as exc:  # noqa: BLE001 - the worker process died (killed, out of memory)
        return [], _internal(exc, source)


def _build_quiet(source: Path, options: Options, name: str | None
                 ) -> tuple[list[str], Result | BookError]:
    lines: list[str] = []
    try:
        return lines, build(source, options, lines.append, parallel=False, name=name)
    except BookError as exc:
        return lines, type(exc)(str(exc))
    except Exception as exc:  # noqa: BLE001 - sent back as one line naming the article
        if os.environ.get("BOOK_DEBUG"):
            raise
        return lines, _internal(exc, source)


def _internal(exc: Exception, source: Path | None) -> BookError:
    if os.environ.get("BOOK_DEBUG"):
        raise exc
    message = " ".join(str(exc).split())[:300]
    return BookError(f"internal error: {type(exc).__name__}: {message} (previous outputs are "
                     "unchanged; BOOK_DEBUG=1 shows the traceback)",
                     shown(source) if source is not None else None)


def _report(outcome: Result | BookError) -> int:
    if isinstance(outcome, BookError):
        print(f"book: error: {outcome}", file=sys.stderr)
        return outcome.code
    for warning in outcome.warnings:
        print(f"book: warning: {warning}", file=sys.stderr)
    return 0
