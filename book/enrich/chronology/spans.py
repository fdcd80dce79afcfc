"""Two dates the RANGE rules join become one span ('from A to B', 'A – B', 'the 1730s and
1740s'); a first date without a year takes the year of its end."""
from __future__ import annotations

from dataclasses import replace

from ..document import Document
from .dates import end_year
from .finder import Found
from .rules import RANGE


def joined(doc: Document, found: list[Found]) -> list[Found]:
    """Dates the RANGE rules join ('from A to B', 'A – B') become one span; a first date without
    a year takes its end's ('September 1 to September 15, 1950')."""
    if len(found) < 2:
        return found
    text, at = masked(doc.text, found)
    out = [found[0]]
    for f in found[1:]:
        a = out[-1]
        rule = RANGE.first(text, a.end - at, f.start - at) if a.when.kind == f.when.kind \
            and a.when.relative is None and f.when.relative is None else None
        if rule is not None and (rule.name == "range.decades") != (a.when.kind != "date"):
            rule = None                  # decades and centuries join only by range.decades
        joined = _span(a, f) if rule else None
        out[-1:] = [a, f] if joined is None else [joined]
    return out


WINDOW = 80          # what a RANGE or ENTRY rule reads on either side of a gap (rules.Near)


def masked(text: str, found: list[Found]) -> tuple[str, int]:
    """The stretch of `text` around the found dates, each date written as '§' of the same
    length, and where that stretch starts (rules read gaps between dates; a stretch, not the
    whole text, keeps the cost linear)."""
    at = max(0, found[0].start - WINDOW)
    chars = list(text[at:found[-1].end + WINDOW])
    for f in found:
        chars[f.start - at:f.end - at] = "§" * (f.end - f.start)
    return "".join(chars), at


def _span(a: Found, b: Found) -> Found | None:
    """Two dates as one span, or None when they do not run forward."""
    start, end = a.when.start, b.when.end or b.when.start
    if a.when.kind != "date":
        return replace(a, end=b.end, when=replace(a.when, end=end)) \
            if a.when.end is not None and a.when.end < b.when.start else None
    if a.when.end is not None and a.when.end != a.when.start and b.when.end is not None:
        return None
    borrowed = not start[0] and end[0]
    if borrowed:
        start = (end_year(start, end), *start[1:])
    if start[0] and end[0] and end <= start or not end[0] and start[0]:
        return None
    when = replace(a.when, start=start, end=end, bare=False)
    return Found(a.rule, a.start, b.end, when, a.note or b.note,
                 (b.rule, b.start, b.end) if borrowed else None)
