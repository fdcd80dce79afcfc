"""The writers' schedule: the order they run in, each after the writers whose outputs it reads
(Writer.after), and running them, the background one (the PDF) beside the others."""
from __future__ import annotations

from contextlib import nullcontext
from typing import Callable, ContextManager, Protocol, Sequence

from ..settings import Settings
from .writers import WRITERS, Job, Writer


def writers(settings: Settings, registry: tuple[Writer, ...] = WRITERS) -> tuple[Writer, ...]:
    """The writers the settings ask for (--to), each after those it reads (stable otherwise).
    The order is worked out over the whole registry, so a cycle or a writer that reads an
    unregistered one is an error whatever is asked for; a writer whose input is not asked for
    runs without it (the site with no PDF to offer)."""
    by_name = {w.name: w for w in registry}
    done: dict[str, Writer] = {}

    def visit(writer: Writer, path: tuple[str, ...]) -> None:
        if writer.name in done:
            return
        if writer.name in path:
            raise ValueError(f"writers depend on each other in a cycle: {' -> '.join(path)}")
        for name in writer.after:
            if name not in by_name:
                raise ValueError(f"writer {writer.name!r} runs after {name!r}, which is not "
                                 "registered")
            visit(by_name[name], (*path, writer.name))
        done[writer.name] = writer

    for writer in registry:
        visit(writer, ())
    return tuple(w for w in done.values() if w.enabled(settings))


class Runner(Protocol):
    """Runs the background writer elsewhere (the forked Worker): submit, then wait for it."""

    def submit(self, job: Job) -> None: ...

    def result(self) -> list[str]: ...


def run(jobs: Sequence[tuple[Writer, Job]], runner: Runner | None = None,
        writing: Callable[[Writer, Job], ContextManager[object]] = lambda _w, _j: nullcontext()
        ) -> list[str]:
    """Run every writer of `jobs` (in the order writers() gives) and return their warnings.

    With a `runner`, the background writer (the PDF) is submitted to it first and runs beside
    the others; it is waited for (and completed, in this process) just before the first writer
    that reads its output (Writer.after), or at the end. Without one, every writer runs here in
    order. `writing(writer, job)` wraps each writer's steps (it names the file a failure is
    about)."""
    names = [w.name for w, _ in jobs]
    for writer, _job in jobs:
        early = [n for n in writer.after if n in names[names.index(writer.name):]]
        if early:
            raise ValueError(f"writer {writer.name!r} comes before {', '.join(early)}, "
                             "which it runs after")
    background = next(((w, j) for w, j in jobs if runner is not None and w.background), None)
    warnings: list[str] = []
    pending = False
    if background:
        with writing(*background):
            runner.submit(background[1])
        pending = True

    def collect() -> None:
        nonlocal pending
        with writing(*background):
            warnings.extend(runner.result())
            warnings.extend(background[0].complete(background[1]))
        pending = False

    for writer, job in jobs:
        if pending and background[0].name in writer.after:
            collect()                     # it reads the background writer's output
        if background is None or writer is not background[0]:
            with writing(writer, job):
                warnings.extend(writer.write(job))
                warnings.extend(writer.complete(job))
    if pending:
        collect()
    return warnings
