"""Dates as values: (year, month, day) with 0 for an unknown part; BC years negative, no year 0.

`When` is what a date rule reads from a phrase; `display()` and `iso()` say it as a reader and
data.json expect ('7 November 1944', '1944-11-07')."""
from __future__ import annotations

import calendar
from dataclasses import dataclass, replace

from ...lexicon import MONTH_NAMES

Ymd = tuple[int, int, int]


@dataclass(frozen=True)
class When:
    """A date or span as a phrase gives it. A year of 0 means the phrase gives none: the
    narrative supplies it (see narrative.py); `relative` counts (n, unit) from the last entry."""

    start: Ymd
    end: Ymd | None = None
    kind: str = "date"                 # date | decade | century
    qualifier: str = ""                # early | mid | late | the end of | spring … as written
    circa: bool = False
    relative: tuple[int, str] | None = None
    day_only: bool = False             # 'on the 13th': the month comes from the narrative too
    bare: bool = False                 # a bare number read as a year ('in 1950', '1919–21')
    named: bool = False                # 'the Revolt of 1680': names an event, dates no statement
    attributive: bool = False          # 'the 1950 treaty': dates its sentence if nothing else does
    night: bool = False                # 'the night of 16/17 August': one night, from its first day

    @property
    def yearless(self) -> bool:
        return self.start[0] == 0

    @property
    def year(self) -> int:
        return self.start[0]

    def with_year(self, year: int) -> "When":
        """The same date in `year` (an end in a later month keeps the year; one in an earlier
        month, '28 December – 2 January', is in the next)."""
        start = (year, *self.start[1:])
        end = None
        if self.end is not None:
            end_year = year if self.end[1:] >= self.start[1:] else _next(year)
            end = (self.end[0] or end_year, *self.end[1:])
        return replace(self, start=start, end=end)


def _next(year: int) -> int:
    return 1 if year == -1 else year + 1


def wraps(month: int, ref_month: int) -> bool:
    """Is `month`, stated after `ref_month`, in the next year? Only when it comes at most two
    months after it across the year's end ('January' after 'December'); an earlier month
    otherwise looks back within the year."""
    return bool(month and ref_month) and month < ref_month and (ref_month - month) % 12 >= 10


def end_year(start: Ymd, end: Ymd) -> int:
    """The year of a span's yearless start, from its end: the same year, or the one before when
    the start's month and day come later ('28 December to 3 January 1940')."""
    return end[0] if start[1:] <= end[1:] else shift_year(end[0], -1)


def in_span(d: Ymd, span: tuple[Ymd, Ymd]) -> bool:
    """Is the day (or month) `d` inside the span, its unknown parts read as widely as they may?"""
    lo, hi = span
    first = (lo[0], lo[1] or 1, lo[2] or 1)
    last = (hi[0], hi[1] or 12, hi[2] or 31)
    return first <= (d[0], d[1] or 12, d[2] or 31) and (d[0], d[1] or 1, d[2] or 1) <= last


def parse_iso(text: str) -> Ymd:
    """'1939-12-11' -> (1939, 12, 11); '-331-10' -> (-331, 10, 0)."""
    sign = -1 if text.startswith("-") else 1
    parts = [int(p) for p in text.lstrip("-").split("-")] + [0, 0]
    return sign * parts[0], parts[1], parts[2]


def shift_year(year: int, n: int) -> int:
    """`year` plus `n` years, skipping the year 0 that the calendar does not have."""
    out = year + n
    if year < 0 <= out:
        out += 1
    elif year > 0 >= out:
        out -= 1
    return out


def valid(d: Ymd) -> bool:
    """A real calendar day (month and day may be 0 = unknown)."""
    y, m, day = d
    if y == 0 or not 0 <= m <= 12:
        return False
    if m and day:
        leap = abs(y) if y > 0 else abs(y) - 1            # astronomical year for BC leap years
        days = calendar.monthrange(leap or 4, m)[1]
        return 1 <= day <= days
    return day == 0


def year_label(y: int) -> str:
    """'1944', '331 BC', 'AD 9' for small AD years."""
    if y < 0:
        return f"{-y} BC"
    return f"AD {y}" if y < 100 else str(y)


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def century_label(start_year: int) -> str:
    """'12th century', '5th century BC' from the century's first year."""
    if start_year < 0:
        return f"{ordinal(-start_year // 100)} century BC"
    return f"{ordinal((start_year - 1) // 100 + 1)} century"


def decade_label(start_year: int) -> str:
    return f"{-start_year - 9}s BC" if start_year < 0 else f"{start_year}s"


def _day_text(d: Ymd) -> str:
    y, m, day = d
    parts = ([str(day)] if day else []) + ([MONTH_NAMES[m - 1]] if m else [])
    return " ".join(parts + [year_label(y)])


def display(w: When) -> str:
    """The date as a reader expects it: '7 November 1944', '18–21 August 1966', 'June 1946',
    'late 12th century', 'c. 330 BC', '1919–1921'."""
    if w.kind == "century":
        text = century_label(w.start[0])
        if w.end is not None and w.end[0] - w.start[0] > 100:       # '12th–13th centuries'
            last = century_label(w.end[0] - 99)
            text = f"{text.split()[0]}–{last.split()[0]} centuries" + (" BC" if w.end[0] < 0 else "")
    elif w.kind == "decade":
        text = decade_label(w.start[0])
        if w.end is not None and w.end[0] - w.start[0] > 9:         # '1730s–1740s'
            text = f"{text}–{decade_label(w.end[0] - 9)}"
    elif w.end is None or w.end == w.start:
        text = _day_text(w.start)
    else:
        text = _range_text(w.start, w.end, w.night)
    if w.circa:
        text = f"c. {text}"
    if w.qualifier:
        q = w.qualifier.replace("the ", "")
        text = f"mid-{text}" if q in ("mid", "mid-") else f"{q} {text}"
    return text


def _range_text(a: Ymd, b: Ymd, night: bool = False) -> str:
    """'18–21 August 1966', '18 August – 2 September 1966', 'June–August 1950', '1919–1921',
    '334–323 BC', '28 December 1939 – 2 January 1940'."""
    if a[1] == 0 and b[1] == 0:
        if a[0] < 0 and b[0] < 0:
            return f"{-a[0]}–{-b[0]} BC"
        if a[0] < 0:
            return f"{year_label(a[0])} – {year_label(b[0])}"
        return f"AD {a[0]}–{b[0]}" if a[0] < 100 else f"{a[0]}–{b[0]}"
    if a[0] != b[0]:
        return f"{_day_text(a)} – {_day_text(b)}"
    if a[1] == b[1] and a[2] and b[2]:
        return f"{a[2]}{'/' if night else '–'}{_day_text(b)}"
    if not a[2] and not b[2]:
        return f"{MONTH_NAMES[a[1] - 1]}–{_day_text(b)}"
    head = _day_text(a).rsplit(" ", 1 if a[0] > 0 and a[0] >= 100 else 2)[0]
    return f"{head} – {_day_text(b)}"


def iso(d: Ymd) -> str:
    """'1944-11-07', '1946-06', '1944', '-331' (BC negative)."""
    y, m, day = d
    out = str(y)
    if m:
        out += f"-{m:02d}"
        if day:
            out += f"-{day:02d}"
    return out


def group(w: When) -> str:
    """The heading a date files under in the chronology: its year, or its decade or century
    without a qualifier ('mid-1840s' and '1840s' under one heading)."""
    if w.kind == "century":
        return century_label(w.start[0])
    if w.kind == "decade":
        return decade_label(w.start[0])
    return year_label(w.start[0])
