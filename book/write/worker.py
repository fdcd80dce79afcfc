"""A forked process that runs the slow writer (the PDF) beside the others."""
from __future__ import annotations

import multiprocessing

from . import Job, Writer


class Worker:
    """Forked early, it imports the writer (WeasyPrint) while the parent parses and renders.

    The import alone takes about as long as our whole pipeline, so overlapping them keeps a build
    close to a bare WeasyPrint run; the parent writes the EPUB while the child lays out pages."""

    def __init__(self, writer: Writer) -> None:
        ctx = multiprocessing.get_context("fork")
        self._conn, child = ctx.Pipe()
        self._process = ctx.Process(target=_serve, args=(child, writer), daemon=True)
        self._process.start()
        child.close()

    def submit(self, job: Job) -> None:
        """Start writing."""
        self._conn.send(job)

    def result(self) -> list[str]:
        """Wait for the writer; re-raise a failure as an exception."""
        try:
            ok, value = self._conn.recv()
        except EOFError:
            ok, value = False, f"the writer process died (exit status {self._process.exitcode})"
        finally:
            self._process.join()
        if not ok:
            raise RuntimeError(value)
        return value

    def cancel(self) -> None:
        """Stop the worker (the build failed before its output was needed)."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()


def _serve(conn, writer: Writer) -> None:
    module = writer.load()
    getattr(module, "preload", lambda: None)()     # the point: import while the parent works
    try:
        job = conn.recv()
    except EOFError:
        return
    try:
        conn.send((True, module.write(job)))
    except Exception as exc:  # noqa: BLE001 - reported by the parent
        conn.send((False, f"{type(exc).__name__}: {exc}"))
