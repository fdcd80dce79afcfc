"""Candidates a rule turned down, recorded for `book explain` (enrich/trace.py)."""
from __future__ import annotations

from .. import trace
from .candidate import Context


def rejected(ctx: Context, rule: str, start: int, end: int, what: str = "a glossary term") -> None:
    """Record that the phrase text[start:end] was left out by `rule` (a no-op unless recording)."""
    if trace.active():
        trace.reject("glossary", ctx.text[start:end].strip(), what,
                     ctx.doc.provenance(rule, start, end))
