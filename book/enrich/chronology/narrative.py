"""The narrative's running time: which year a date stated without one belongs to.

As in HeidelTime's narrative strategy, the reference is the last explicit date *of the narrative*:
a full date, a month and year, or a year in a date context, inside the article's period and not
in an aside (ASIDE rules). A month earlier than the reference's month two months or less before
it in the calendar ('January' after 'December') is in the next year; any other earlier month is a
look back in the same year. Relative dates count from the statement before them."""
from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from ...model import Provenance
from .dates import When, Ymd, in_span, shift_year, valid, wraps


@dataclass
class Reference:
    """A date the narrative stands at, and where the text states it."""

    when: When
    provenance: Provenance


@dataclass
class Narrative:
    """The running reference (explicit dates) and the last entry (for relative dates)."""

    period: tuple[int, int] | None
    source: Provenance | None = None          # where the period was read
    title: str = ""
    span: tuple[Ymd, Ymd] | None = None       # the infobox Date's first and last day
    ref: Reference | None = None
    last: Reference | None = None

    def year_for(self, when: When) -> tuple[int, str, Provenance | None] | None:
        """(year, rule, where it came from) for a date without a year, or None."""
        if self.span is not None:                   # the article's own days, if they fit
            inside = _inside(When(*self.span), when)
            if inside is not None:
                return inside, "year.span", self.source
        if self.ref is not None:
            inside = _inside(self.ref.when, when)
            if inside is not None:                  # 'from 30 November 1939 to 13 March 1940'
                return inside, "year.span", self.ref.provenance
            y, rm, _ = _point(self.ref.when)
            month = when.start[1]
            if wraps(month, rm):
                return shift_year(y, 1), "year.next", self.ref.provenance
            return y, "year.narrative", self.ref.provenance
        if self.period is not None and self.period[0] == self.period[1]:
            return self.period[0], "year.period", self.source
        return None

    def counted(self, when: When) -> tuple[When, Provenance] | None:
        """A relative date ('the next day', 'two years later') as a date, counted from the
        last entry; None when that entry is not precise enough."""
        if self.last is None or when.relative is None:
            return None
        n, unit = when.relative
        y, m, d = _point(self.last.when)
        out = _add((y, m, d), n, unit)
        return (When(out), self.last.provenance) if out else None

    def in_period(self, year: int) -> bool:
        """Can `year` be the narrative's? Within the period, with three years' slack on either
        side (an eve, an aftermath) or a fifth of a long period: years further out belong to
        asides (a background decade, a later memorial), not to the story."""
        if self.period is None:
            return True
        slack = max(3, (self.period[1] - self.period[0]) // 5)
        return self.period[0] - slack <= year <= self.period[1] + slack


def _inside(ref: When, when: When) -> int | None:
    """The one year that puts a yearless date inside a reference span of several years."""
    if ref.end is None or not ref.end[0] or ref.end[0] == ref.start[0] or not when.start[1] \
            or not ref.start[1] or not ref.end[1]:
        return None
    years = [y for y in range(ref.start[0], ref.end[0] + 1)
             if y and in_span((y, *when.start[1:]), (ref.start, ref.end))]
    return years[0] if len(years) == 1 else None


def _point(w: When) -> Ymd:
    """The day a date stands at for the narrative: the end of a span, else its start; a night
    across two days stands at its first ('the night of 16/17 August … the next morning')."""
    return w.end if w.end is not None and w.end[0] and not w.night else w.start


def _add(d: Ymd, n: int, unit: str) -> Ymd | None:
    """`d` moved by n days, weeks, months or years, at the precision the unit needs."""
    y, m, day = d
    if unit == "year":
        return (shift_year(y, n), 0, 0)
    if unit == "month":
        if not m:
            return None
        total = m - 1 + n
        return (shift_year(y, total // 12) if total // 12 else y, total % 12 + 1, 0)
    if not (m and day) or y < 1:
        return None
    days = n * (7 if unit == "week" else 1)
    try:
        out = datetime.date(y, m, day) + datetime.timedelta(days=days)
    except (ValueError, OverflowError):
        return None
    result = (out.year, out.month, out.day) if unit == "day" else (out.year, out.month, out.day)
    return result if valid(result) else None


def resolved(when: When, year: int) -> When:
    """A yearless date given its year; a day alone ('the 13th') also takes the month."""
    return when.with_year(year)


def day_in(ref: When, when: When) -> When | None:
    """'on the 13th': the reference's month and year."""
    y, m, _ = _point(ref)
    if not m:
        return None
    d = (y, m, when.start[2])
    return replace(when, start=d, day_only=False) if valid(d) else None
