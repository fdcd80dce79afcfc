"""The forked worker (book/pipeline/worker.py): runs the slow writer beside the parent, hands
back its warnings, and turns its failure into an exception here (an OSError keeps its errno)."""
from __future__ import annotations

import errno
import sys
import types
from pathlib import Path

import pytest

from book.pipeline.worker import Worker
from book.pipeline.writers import Job, Writer
from book.settings import Settings


def _write(job: Job) -> list[str]:
    kind = job.targets[0].name
    if kind == "full":
        raise OSError(errno.ENOSPC, "No space left on device")
    if kind == "bug":
        raise ValueError("a bug")
    job.targets[0].write_text("written in the worker")
    return ["a warning"]


@pytest.fixture
def writer(monkeypatch):
    module = types.ModuleType("fake_background_writer")
    module.write = _write
    module.preload = lambda: None
    monkeypatch.setitem(sys.modules, module.__name__, module)    # the fork inherits it
    return Writer("slow", module.__name__, ".x", background=True)


def _job(target: Path) -> Job:
    return Job(None, None, Settings(), (target,), target.parent, target.parent)


def test_the_worker_writes_and_hands_back_its_warnings(writer, tmp_path):
    worker = Worker(writer)
    worker.submit(_job(tmp_path / "ok"))
    assert worker.result() == ["a warning"]
    assert (tmp_path / "ok").read_text() == "written in the worker"


def test_an_os_error_in_the_worker_keeps_its_errno(writer, tmp_path):
    worker = Worker(writer)
    worker.submit(_job(tmp_path / "full"))
    with pytest.raises(OSError) as failed:
        worker.result()
    assert failed.value.errno == errno.ENOSPC


def test_another_failure_is_named(writer, tmp_path):
    worker = Worker(writer)
    worker.submit(_job(tmp_path / "bug"))
    with pytest.raises(RuntimeError, match="ValueError: a bug"):
        worker.result()


def test_a_cancelled_worker_writes_nothing(writer, tmp_path):
    worker = Worker(writer)
    worker.cancel()
    assert list(tmp_path.iterdir()) == []
