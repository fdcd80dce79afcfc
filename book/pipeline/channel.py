"""What the writer in the forked worker hands the parent while it runs: the print layout's page
breaks (the EPUB's page-list waits for them, not for the whole PDF), and the pieces of a long
book's PDF (merged in the parent once the worker, and the memory its layout held, is gone).

A pipe opened before the fork; the job refers to the channel by a token, so it is never pickled.
In one process (no worker) a value published is simply kept."""
from __future__ import annotations

import multiprocessing
import os
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

PAGE_BREAKS, PDF_PIECES = "page-breaks", "pdf-pieces"


class Channel:
    """Named values from the worker's writer to the parent's (each published once)."""

    _open: dict[str, "Channel"] = {}

    def __init__(self) -> None:
        self.token = uuid.uuid4().hex
        self._pid = os.getpid()
        self.scratch = Path(tempfile.mkdtemp(prefix="book-"))   # for files handed over
        self._values: dict[str, Any] = {}
        self._read, self._write = multiprocessing.Pipe(duplex=False)
        Channel._open[self.token] = self

    def __reduce__(self):
        return (_lookup, (self.token,))

    def forked(self) -> None:
        """In the parent, once the worker is forked: only the worker writes, so its end closing
        (it finished or died) is an end of file here."""
        self._write.close()

    def publish(self, key: str, value: Any) -> None:
        """Hand `value` over as `key`."""
        self._values[key] = value
        if os.getpid() != self._pid:
            self._write.send((key, value))

    def wait(self, key: str) -> Any | None:
        """The value published as `key`, waiting for the worker if need be; None if the worker
        ended without publishing it (it failed: the build reports that)."""
        while key not in self._values and os.getpid() == self._pid and self._write.closed:
            try:
                got, value = self._read.recv()
            except (EOFError, OSError):
                return None
            self._values[got] = value
        return self._values.get(key)

    def close(self) -> None:
        """Release the pipe and what was handed over in files."""
        Channel._open.pop(self.token, None)
        if os.getpid() == self._pid:
            shutil.rmtree(self.scratch, ignore_errors=True)
        for end in (self._read, self._write):
            if not end.closed:
                end.close()


def _lookup(token: str) -> Channel:
    return Channel._open[token]
