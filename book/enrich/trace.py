"""What the enrichers considered and left out, for `book explain` ("why is 550 not a year?").

An enricher that rejects a candidate phrase calls `reject()`; nothing is kept unless a caller is
`recording()`, so a normal build pays one context-variable read per rejection."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

from ..model import Provenance


@dataclass(frozen=True)
class Rejected:
    """A phrase an appendix considered and left out, and the rule that left it out."""

    appendix: str            # 'chronology', 'glossary', 'index', 'biographies'
    phrase: str
    what: str                # what it was rejected as: 'a year', 'a glossary term', 'a heading'
    provenance: Provenance   # the rule that rejected it, and where the phrase stands


_LOG: ContextVar[list[Rejected] | None] = ContextVar("book_trace", default=None)


def reject(appendix: str, phrase: str, what: str, provenance: Provenance) -> None:
    """Record a rejected candidate when someone is recording; otherwise do nothing."""
    log = _LOG.get()
    if log is not None:
        log.append(Rejected(appendix, phrase, what, provenance))


def active() -> bool:
    """Is someone recording (worth building a costly description of a rejection)?"""
    return _LOG.get() is not None


@contextmanager
def paused() -> Iterator[None]:
    """Record nothing inside the `with` block (a rule run to explore, not to decide)."""
    token = _LOG.set(None)
    try:
        yield
    finally:
        _LOG.reset(token)


@contextmanager
def recording() -> Iterator[list[Rejected]]:
    """Collect every rejection made inside the `with` block."""
    log: list[Rejected] = []
    token = _LOG.set(log)
    try:
        yield log
    finally:
        _LOG.reset(token)
