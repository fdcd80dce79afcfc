"""Typed errors that carry an exit status and a one-line, user-facing message."""
from __future__ import annotations


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
