"""Typed errors that carry an exit status and a one-line, user-facing message."""
from __future__ import annotations

import os
import re
import signal


class BookError(Exception):
    """A problem the user can fix; printed as one line, exit status `code`."""

    code = 1

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path or ""
        if self.path and self.line:
            where += f":{self.line}"
        return f"{where}: {self.message}" if where else self.message


class InputError(BookError):
    """The article cannot be read or is not in the article format."""

    code = 2


class OutputError(BookError):
    """The output directory cannot be written."""

    code = 2


class StrictError(BookError):
    """A warning promoted to an error by --strict."""

    code = 3


class Interrupted(KeyboardInterrupt):
    """SIGINT, SIGTERM or SIGHUP: the build stops, cleans up, and exits 128 + signal number."""

    def __init__(self, signum: int = signal.SIGINT) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


def shown(path: "str | os.PathLike[str]") -> str:
    """A path as one line of text that any terminal and UTF-8 file can hold: bytes that are not
    UTF-8 in a file name (kept by Python as lone surrogates) and control characters (a newline,
    an escape sequence) are shown as \\xNN escapes."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
