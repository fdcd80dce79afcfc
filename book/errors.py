"""Typed errors that carry an exit status and a one-line, user-facing message."""
from __future__ import annotations

import os
import re
import signal
from functools import cache

from .normal import BREAKS, KEPT, REMOVED


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


# The signal that asked this process to stop. Its handler raises Interrupted, but a handler that
# runs inside a destructor or a garbage-collector callback has its exception swallowed (Python
# reports it as "unraisable"); the build then checks this before it commits anything.
_stop_requested: list[int] = []


def request_stop(signum: int) -> None:
    """Record that signal `signum` asked the build to stop, then raise Interrupted."""
    _stop_requested.append(signum)
    raise Interrupted(signum)


def raise_if_stopped() -> None:
    """Raise Interrupted if a stop was requested, even one whose exception was swallowed."""
    if _stop_requested:
        raise Interrupted(_stop_requested[0])


def clear_stop() -> None:
    """Forget a stop request (a command that ends, or `book watch` carrying on)."""
    _stop_requested.clear()


# What a file name may not show raw on a terminal: controls, format characters (bidi overrides
# such as U+202E would reorder the line: 'txt.exe' spoofing), line and paragraph separators.
@cache
def _unshown() -> re.Pattern:
    """Compiled on first use (`book --help` imports this module)."""
    return re.compile(f"[{REMOVED}{BREAKS}{KEPT}\r\n]")


def _escape(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xff else \
        f"\\u{code:04x}" if code <= 0xffff else f"\\U{code:08x}"


def shown(path: "str | os.PathLike[str]") -> str:
    """A path as one line of text that any terminal and UTF-8 file can hold: bytes that are not
    UTF-8 in a file name (kept by Python as lone surrogates) are shown as \\xNN escapes, and so
    are control characters (a newline, an escape sequence); format characters (bidi controls,
    zero-width ones) and line separators as \\uNNNN."""
    text = os.fsencode(path).decode("utf-8", "backslashreplace")
    return _unshown().sub(lambda m: _escape(m.group()), text)
