"""Find the dates of one sentence with the DATES table, and judge each found year.

A phrase a rule takes is not read again by a later rule. A bare number is a year only when no
NOT_A_YEAR rule holds and, when it is short or far from the usual years, when the article's period
admits it; a rejected number is recorded for `book explain`."""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass, replace

from .. import trace
from ..document import Document
from .dates import When
from .rules import DATES, NOT_A_YEAR, PERIOD, DateFind, within

# Another calendar's date in brackets: a note on the date before it, never an event of its own
# ('(26 Ramadan 658 AH)', '[O.S. 26 August]', '(September 16 according to the lunisolar calendar)').
_OTHER_CALENDAR = re.compile(
    r"[(\[]([^()\[\]]*?(?:\bcalendar\b|\blunisolar\b|\bO\.\s?S\.|\bN\.\s?S\.|\bOld Style\b|"
    r"\bNew Style\b|\bA\.?H\b|\bHijri\b|\bJulian\b|\d\s?H\b)[^()\[\]]*)[)\]]")
# A work's title in quotation marks: its dates are the work's, not the story's.
_QUOTED_TITLE = re.compile(r"[\"“]([^\"“”]{3,120})[\"”]")


@dataclass(frozen=True)
class Found:
    """A date found in a sentence: its rule, its span in Document.text and what it reads as."""

    rule: str
    start: int
    end: int
    when: When
    note: str | None = None
    year_from: tuple[str, int, int] | None = None   # (rule, start, end) of the phrase giving the year


def find(doc: Document, start: int, end: int, period: tuple[int, int] | None,
         bc: int | None = None, lenient: bool = False) -> list[Found]:
    """Every date of the sentence doc.text[start:end], in reading order (years not yet
    resolved). `bc`: the passage's last explicit year, when it was BC: a bare year near it is
    BC too ('in 44 BC … by 42'). `lenient`: short years need no period (while finding it).

    The rules read the sentence with other-calendar brackets blanked out, so that
    '7 September [O.S. 26 August] 1812' reads as one date, with the bracket as its note."""
    sentence = doc.text[start:end]
    notes = [(m.start(), m.end(), m.group(1).strip()) for m in _OTHER_CALENDAR.finditer(sentence)]
    for a, b, _ in notes:
        sentence = sentence[:a] + " " * (b - a) + sentence[b:]
    taken = sorted(_masked(sentence))     # disjoint spans, sorted: an overlap is a bisection
    found: list[Found] = []
    for rule in DATES:
        assert isinstance(rule, DateFind)
        for m in rule.finditer(sentence):
            if _overlaps(taken, *m.span()):
                continue
            when = rule.read(m)
            if when is not None and (when.bare or _short_year(m)):
                when = _judged(doc, m, when, period, bc, start, lenient)
            if when is not None or rule.consumes:
                insort(taken, m.span())     # a phrase read as no date is left to later rules
            if when is not None:
                a, b = rule.phrase(m)
                b = a + len(sentence[a:b].rstrip())
                found.append(Found(rule.name, start + a, start + b, when))
    found.sort(key=lambda f: f.start)
    return [_with_note(f, notes, sentence, start) for f in found] if notes else found


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does [start, end) overlap one of the sorted, disjoint `spans`? (Linear scans of every
    span taken made a long sentence of dates quadratic.)"""
    i = bisect_left(spans, (end, -1))
    return i > 0 and spans[i - 1][1] > start


def _masked(sentence: str):
    """Spans whose dates are a quoted work's ('"Shiloh: A Requiem (April, 1862)"')."""
    for m in _QUOTED_TITLE.finditer(sentence):
        words = re.findall(r"[A-Za-z][\w'’-]*", m.group(1))
        if ":" in m.group(1) or words and sum(w[0].isupper() for w in words) >= 0.6 * len(words):
            yield m.span()


def _judged(doc: Document, m: re.Match, when: When, period: tuple[int, int] | None,
            bc: int | None, start: int, lenient: bool = False) -> When | None:
    """The bare number(s) of a match in a sentence (starting at `start` in doc.text) as years,
    or None when a rule says they are not (rules read the sentence only)."""
    groups = m.groupdict()
    names = ("y1", "y2") if "y1" in groups else ("y",) if groups.get("y") is not None else ("y2",)
    sentence = m.string
    for group in names:
        a, b = m.span(group)
        rule = NOT_A_YEAR.first(sentence, a, b)
        if rule is not None:
            trace.reject("chronology", m.group(group), "a year",
                         doc.provenance(rule.name, start + a, start + b))
            return None
    year = abs(when.start[0])
    if bc is not None and when.start[0] > 0 and abs(year - bc) <= 300:
        when = _negated(when)
    elif period is not None and period[1] < 0 and when.start[0] > 0 and not (
            groups.get("era") or groups.get("era1") or groups.get("ad") or groups.get("y0")) and \
            within(-year, period) and not within(year, period):
        when = _negated(when)            # 'in 241' in a book of the 3rd century BC
    if (len(m.group(names[0])) < 4 or not 1000 <= year <= 2100) and not lenient:
        if period is None or not within(when.start[0], period):
            rule = PERIOD.rules[0]
            a, b = m.span(names[0])
            trace.reject("chronology", m.group(names[0]), "a year",
                         doc.provenance(rule.name, start + a, start + b))
            return None
    return when


def _short_year(m: re.Match) -> bool:
    """A stated date whose year has fewer than four digits and no era ('September 3, 300 men'):
    it is judged like a bare number."""
    groups = m.re.groupindex
    year = m["y"] if "y" in groups and m["y"] is not None else \
        m["y2"] if "y2" in groups and "m" in groups and m["y2"] is not None else None
    return year is not None and len(year) < 4 and not ("era" in groups and m["era"])


def _negated(w: When) -> When:
    """The same bare year or span, BC."""
    end = None if w.end is None else (-w.end[0], *w.end[1:])
    return replace(w, start=(-w.start[0], *w.start[1:]), end=end)


def _with_note(f: Found, notes: list[tuple[int, int, str]], sentence: str, start: int) -> Found:
    """Attach an other-calendar bracket inside or right after a date to it."""
    for a, b, note in notes:
        a, b = a + start, b + start
        if f.start < a < f.end or a >= f.end and not sentence[f.end - start:a - start].strip(" ,"):
            return replace(f, note=note)
    return f
