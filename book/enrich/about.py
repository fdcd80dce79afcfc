"""Enricher (first): what the article says about itself, read once for every later stage.

The period (EXTRACTION.md: 'the article's period … tells what a small number means') comes from,
in this order: the infobox Date, years in the title, the first span of the lead's first sentence
(a life, a reign, a battle's days), else where the text's explicit years cluster. The span of
years printed under the title comes only from the first three: real dates, never from 'the 19th
century'. Also read here, so that no renderer or writer recomputes them: the larger event the
article is part of, its catalogue subjects, its attribution, the Chinese writing it uses and the
language of its title."""
from __future__ import annotations

import re
from dataclasses import replace

from ..model import About, Book, Paragraph, Provenance
from ..read.shape import full_text
from .chronology.dates import year_label
from .chronology.finder import find
from .chronology.spans import joined
from . import trace
from .document import Document, infobox_provenance
from .rules import Check, Table
from ..scripts import han_variant, lang_of

_TITLE_YEARS = re.compile(r"(?<![\d,])(\d{3,4})(?:\s?[–-]\s?(\d{2,4}))?(?![\d,])")


def title_years(title: str) -> tuple[int, int] | None:
    """Years a title gives ('2003 Pacific typhoon season', 'Dungan Revolt (1862–1877)')."""
    m = _TITLE_YEARS.search(title)
    if not m:
        return None
    a = int(m[1])
    b = int(m[1][:len(m[1]) - len(m[2])] + m[2]) if m[2] and len(m[2]) < len(m[1]) else \
        int(m[2]) if m[2] else a
    return (a, b) if a <= b <= a + 150 else None


def lead_range(paragraph: str) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first span the lead's first two sentences state: a life or reign in parentheses
    after the subject's name, a battle's first and last days, 'from 1944 to 1946' (later, a span
    is an event the topic took part in: 'first used in the siege of 512–15')."""
    doc = Document.of_text(paragraph)
    opening = doc.sentences[1].end if len(doc.sentences) > 1 else len(paragraph)
    for f in joined(doc, find(doc, 0, opening, None, lenient=True)):
        w = f.when
        if w.kind == "date" and w.end is not None and w.start[0] and w.end[0] and not (
                w.bare and abs(w.start[0]) < 100):      # 'a 20–30 ratio' is no span of years
            return w.start, w.end
    return None


def lead_span(paragraph: str) -> tuple[int, int] | None:
    """The years of lead_range()."""
    found = lead_range(paragraph)
    return (found[0][0], found[1][0]) if found else None


def clustered(years: list[int]) -> tuple[int, int] | None:
    """Where most explicit years lie: from the tenth to the ninetieth percentile of them."""
    if len(years) < 3:
        return None
    ordered = sorted(years)
    return ordered[len(ordered) // 10], ordered[(len(ordered) * 9) // 10]


TABLES = (Table("about.period", "where the article's period is read", (
    Check(name="period.title", reason="years in the title are the article's own ('2003 Pacific typhoon season')",
          test=lambda s: title_years(s) is not None, examples=("2003 Pacific typhoon season", "Dungan Revolt (1862–1877)"),
          counter=("Battle of Adwa",)),
    Check(name="period.lead", reason="the first span of the lead's first paragraph is the subject's time: a life, a reign, a battle's days",
          test=lambda s: lead_span(s) is not None,
          examples=("Nero (15 December 37 AD – 9 June 68 AD) was emperor.", "It was fought from September 1 to September 15, 1950."),
          counter=("It was fought in 1950.", "Vell fire was a weapon. It burned on water. It was first used "
                                                 "in the siege of 512–515.")),
    Check(name="period.years", reason="without an infobox date, a title year or a lead span, the period is where most explicit years lie",
          test=lambda s: clustered([int(y) for y in s.split()]) is not None,
          examples=("1950 1951 1953",), counter=("1950",)),
    Check(name="period.infobox", reason="the infobox's Date is the article's own time",
          test=lambda s: bool(find(Document.of_text(s), 0, len(s), None)),
          examples=("1–15 September 1950",), counter=("Ethiopian victory",)),
)),)


def enrich(book: Book) -> Book:
    """Add Book.about."""
    with trace.paused():                  # finding the period decides nothing to explain
        period, source, dated, dates = _period(book)
    title = book.article.title
    return replace(book, about=About(
        span=years(*period) if period and dated else "", period=period, period_source=source,
        part_of=_field(book, "Part of"), subjects=_subjects(book), attribution=_attribution(book),
        han=han_variant(full_text(book)), title_lang=lang_of(title), dates=dates))


def _period(book: Book) -> tuple[tuple[int, int] | None, Provenance | None, bool, tuple | None]:
    """(period, where it was read, whether real dates state it, the infobox Date's first and
    last day) — see the module docstring."""
    box = book.article.infobox
    date = box.field("Date", "Dates")
    if date and not any(line == date.line for line, _ in box.warnings):
        doc = Document.of_text(date.value)
        found = [f for f in find(doc, 0, len(date.value), None, lenient=True) if f.when.start[0]]
        if found:
            last = found[-1].when
            first, end = found[0].when.start, last.end or last.start
            return ((first[0], end[0]),
                    infobox_provenance("period.infobox", date.line, (0, len(date.value))), True,
                    (first, end) if first[1] and end[1] else None)
    title = book.article.title
    if (span := title_years(title)) is not None:
        return span, Provenance("period.title", "title", (0, len(title)), "", 1), True, None
    first = next((b for b in book.article.lead if isinstance(b, Paragraph)), None)
    if first is not None and (found := lead_range(first.text)) is not None:
        days = found if found[0][1] and found[1][1] else None     # a battle's days, not a life
        return (found[0][0], found[1][0]), Provenance(
            "period.lead", first.id, (0, len(first.text)), "Introduction", first.line), True, days
    years_found = _explicit_years(book)
    span = clustered(years_found)
    return span, None, False, None


def _explicit_years(book: Book) -> list[int]:
    """The years of every explicit date of the chapters (not bare small numbers)."""
    doc = Document(book)
    out = []
    for s in doc.sentences:
        for f in find(doc, s.start, s.end, None, lenient=True):
            if f.when.start[0] and f.when.kind == "date" and not (
                    f.when.bare and abs(f.when.start[0]) < 100):
                out.append(f.when.start[0])
    return out


def years(first: int, last: int) -> str:
    """'1944–1946', '1916', '334–323 BC', 'AD 73–74', '4 BC – AD 6' (BC years are negative)."""
    if first == last:
        return year_label(first)
    if last < 0:
        return f"{-first}–{-last} BC"
    if first < 0:
        return f"{-first} BC – AD {last}"
    return f"AD {first}–{last}" if first < 100 else f"{first}–{last}"


def _field(book: Book, *labels: str) -> str:
    found = book.article.infobox.field(*labels)
    return found.value if found else ""


def _subjects(book: Book) -> tuple[str, ...]:
    """Catalogue subjects: the 'Part of' line, then the kind of history the infobox describes."""
    box = book.article.infobox
    kind = "Military history" if box.sides or box.commanders else "History"
    return tuple(s for s in (_field(book, "Part of"), _field(book, "Type", "Conflict type"), kind)
                 if s)


def _attribution(book: Book) -> str:
    """Who wrote the text: Wikipedia's contributors only when the infobox's Source says so."""
    source = _field(book, "Source", "From", "Publisher")
    return "Wikipedia contributors" if "wikipedia" in source.lower() else "Encyclopedia contributors"
