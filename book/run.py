"""Build several articles, in parallel processes when there are several and -j allows."""
from __future__ import annotations

import sys
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from .build import Log, Options, Result, build
from .errors import BookError


def run_all(sources: list[Path], options: Options, log: Log, jobs: int) -> int:
    """Build every source; report errors per article; then the writers' steps after them all
    (the web edition's library page); return the worst exit status."""
    status = _run(sources, options, log, jobs)
    finish(options)
    return status


def finish(options: Options) -> None:
    """Each writer's step once every article was built (the site's front page)."""
    from .write import writers

    if options.out_dir.is_dir():
        for writer in writers(options.settings):
            writer.finish(options.out_dir, options.settings)


def _run(sources: list[Path], options: Options, log: Log, jobs: int) -> int:
    status = 0
    if jobs > 1 and len(sources) > 1:
        with ProcessPoolExecutor(min(jobs, len(sources)), mp_context=get_context("fork")) as pool:
            futures = [pool.submit(_build_quiet, s, options) for s in sources]
            outcomes = [f.result() for f in futures]
        for lines, outcome in outcomes:
            for line in lines:
                log(line)
            status = max(status, _report(outcome))
        return status
    for source in sources:
        try:
            status = max(status, _report(build(source, options, log)))
        except BookError as exc:
            status = max(status, _report(exc))
    return status


def _build_quiet(source: Path, options: Options) -> tuple[list[str], Result | BookError]:
    lines: list[str] = []
    try:
        return lines, build(source, options, lines.append, parallel=False)
    except BookError as exc:
        return lines, type(exc)(str(exc))


def _report(outcome: Result | BookError) -> int:
    if isinstance(outcome, BookError):
        print(f"book: error: {outcome}", file=sys.stderr)
        return outcome.code
    for warning in outcome.warnings:
        print(f"book: warning: {warning}", file=sys.stderr)
    return 0
