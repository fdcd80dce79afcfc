"""A forked process that runs the slow writer (the PDF) beside the others, and dies with us."""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import signal
import sys
import threading

from .output import os_error
from .writers import Job, Writer

_PR_SET_PDEATHSIG = 1      # <linux/prctl.h>


class Worker:
    """Forked early, it imports the writer (WeasyPrint) while the parent parses and renders.

    The import alone takes about as long as our whole pipeline, so overlapping them keeps a build
    close to a bare WeasyPrint run; the parent writes the EPUB while the child lays out pages."""

    def __init__(self, writer: Writer) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child, self._conn, writer, os.getpid()),
                                    daemon=True)
        self._process.start()
        child.close()

    def submit(self, job: Job) -> None:
        """Start writing."""
        self._conn.send(job)

    def result(self) -> list[str]:
        """Wait for the writer; re-raise a failure as an exception (an OSError keeps its errno)."""
        try:
            ok, value = self._conn.recv()
        except EOFError:
            ok, value = False, ("RuntimeError", "the writer process died (exit status "
                                f"{self._process.exitcode})", None)
        self._process.join()       # not on an interrupt: cancel() kills it instead of waiting
        if not ok:
            name, message, errno = value
            if errno:
                raise OSError(errno, os.strerror(errno))
            raise RuntimeError(f"{name}: {message}")
        return value

    def cancel(self) -> None:
        """Stop the worker (the build failed or was interrupted before its output was needed)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        self._conn.close()


def die_with_parent(parent: int) -> None:
    """Make this forked process end when `parent` does, however the parent ends (even SIGKILL):
    PR_SET_PDEATHSIG on Linux; and if the parent is already gone, end now."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:
        os._exit(1)


def child_signals() -> None:
    """In a forked helper: Ctrl-C is the parent's to handle (it stops us and cleans up, so no
    traceback from here); SIGTERM and SIGHUP end us at once, as by default."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _serve(conn, parent_end, writer: Writer, parent: int) -> None:
    parent_end.close()                # our copy of the parent's end: its death must be an EOF here
    die_with_parent(parent)
    child_signals()
    module = writer.load()
    getattr(module, "preload", lambda: None)()     # the point: import while the parent works
    try:
        job = conn.recv()
    except EOFError:
        return
    threading.Thread(target=_watch, args=(conn,), daemon=True).start()
    try:
        conn.send((True, module.write(job)))
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        err = os_error(exc)
        conn.send((False, (type(exc).__name__, str(exc), err.errno if err else None)))


def _watch(conn) -> None:
    """The parent sends nothing after the job: anything readable is its end closing (it died or
    gave up on us), so stop writing rather than leave a file behind (PDEATHSIG where there is
    none)."""
    try:
        conn.poll(None)
    except OSError:
        pass
    os._exit(1)
