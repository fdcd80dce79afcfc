"""The writers' schedule (book/pipeline/schedule.py): the order over Writer.after, and run():
the background writer beside the others, waited for just before the first writer that reads
its output."""
from __future__ import annotations

import contextlib
import sys
import types
from pathlib import Path

import pytest

from book.pipeline.schedule import run, writers
from book.pipeline.writers import WRITERS, Job, Writer
from book.settings import Settings


def test_site_runs_after_the_pdf_and_epub_it_reads():
    names = [w.name for w in writers(Settings())]
    assert names.index("site") > max(names.index("pdf"), names.index("epub"))
    assert "site" not in [w.name for w in writers(Settings(to=("pdf", "epub", "json")))]
    # an order is derived, not hand-wired: a writer listed first still runs after its inputs
    shuffled = (WRITERS[-1], *WRITERS[:-1])
    order = [w.name for w in writers(Settings(), shuffled)]
    assert order.index("site") > max(order.index("pdf"), order.index("epub"))
    loop = (Writer("a", "book.formats.data", ".a", after=("b",)),
            Writer("b", "book.formats.data", ".b", after=("a",)))
    with pytest.raises(ValueError, match="cycle"):
        writers(Settings(), loop)
    with pytest.raises(ValueError, match="not registered"):
        writers(Settings(), (Writer("a", "book.formats.data", ".a", after=("pdf",)),))


class Log:
    """What happened, in order: writers' steps and the runner's."""

    def __init__(self) -> None:
        self.events: list[str] = []

    def module(self, name: str) -> str:
        """A writer module (in sys.modules) whose steps are logged."""
        mod = types.ModuleType(f"fake_{name}")
        mod.write = lambda job: self.events.append(f"write {name}") or [f"{name} warned"]
        mod.complete = lambda job: self.events.append(f"complete {name}") or []
        sys.modules[mod.__name__] = mod
        return mod.__name__


class Runner:
    """Stands for the forked worker: writes when waited for, logging both."""

    def __init__(self, log: Log, writer: Writer) -> None:
        self.log, self.writer = log, writer

    def submit(self, job: Job) -> None:
        self.log.events.append(f"submit {self.writer.name}")

    def result(self) -> list[str]:
        self.log.events.append(f"wait {self.writer.name}")
        return self.writer.write(None)


@pytest.fixture
def log(monkeypatch):
    found = Log()
    yield found
    for name in [n for n in sys.modules if n.startswith("fake_")]:
        monkeypatch.delitem(sys.modules, name)


def _jobs(log: Log, *specs: tuple[str, tuple[str, ...], bool]) -> list[tuple[Writer, Job]]:
    chosen = [Writer(name, log.module(name), f".{name}", background=bg, after=after)
              for name, after, bg in specs]
    job = Job(None, None, Settings(), (), Path("."), Path("."))
    return [(w, job) for w in chosen]


def test_the_background_writer_is_waited_for_just_before_a_writer_that_reads_it(log):
    jobs = _jobs(log, ("pdf", (), True), ("epub", (), False), ("site", ("pdf", "epub"), False),
                 ("json", (), False))
    warnings = run(jobs, Runner(log, jobs[0][0]))
    assert log.events == ["submit pdf", "write epub", "complete epub", "wait pdf", "write pdf",
                          "complete pdf", "write site", "complete site", "write json",
                          "complete json"]
    assert sorted(warnings) == ["epub warned", "json warned", "pdf warned", "site warned"]


def test_a_background_writer_no_one_reads_is_waited_for_at_the_end(log):
    jobs = _jobs(log, ("pdf", (), True), ("epub", (), False))
    run(jobs, Runner(log, jobs[0][0]))
    assert log.events == ["submit pdf", "write epub", "complete epub", "wait pdf", "write pdf",
                          "complete pdf"]


def test_without_a_runner_every_writer_runs_here_in_order(log):
    jobs = _jobs(log, ("pdf", (), True), ("epub", (), False), ("site", ("pdf",), False))
    run(jobs)
    assert log.events == ["write pdf", "complete pdf", "write epub", "complete epub",
                          "write site", "complete site"]


def test_each_writers_steps_run_inside_writing(log):
    jobs = _jobs(log, ("pdf", (), True), ("site", ("pdf",), False))
    seen = []

    @contextlib.contextmanager
    def writing(writer, _job):
        log.events.append(f"[{writer.name}")
        yield
        log.events.append(f"{writer.name}]")
        seen.append(writer.name)

    run(jobs, Runner(log, jobs[0][0]), writing)
    assert log.events == ["[pdf", "submit pdf", "pdf]", "[pdf", "wait pdf", "write pdf",
                          "complete pdf", "pdf]", "[site", "write site", "complete site", "site]"]


def test_a_writer_listed_before_one_it_reads_is_refused(log):
    jobs = _jobs(log, ("site", ("pdf",), False), ("pdf", (), True))
    with pytest.raises(ValueError, match="'site' comes before pdf"):
        run(jobs)
    assert log.events == []
