"""Enricher: every dated statement of the article and its infobox, in date order.

Each sentence's dates are found (finder.py), joined into spans (RANGE), judged (NOT_AN_EVENT),
given a year from the narrative when they have none (narrative.py), and kept one per clause, so
that a sentence stands under its own date, not under every year it mentions. Sort: by start date;
within the same span a less precise date first (a year before its months), a month said to be
late or in its middle at its 28th or 15th day; ties in the order of the text."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from functools import lru_cache

from ...model import LIST_JOIN, Book, Event, Provenance
from .. import trace
from ..document import Document, infobox_provenance
from .dates import When, display, group, iso
from .finder import Found, find
from .infobox import events as infobox_events
from .spans import joined, masked
from .narrative import Narrative, Reference, day_in, resolved
from .rules import ASIDE, ENTRY, NOT_AN_EVENT, PERIOD

GLANCE = "At a glance"
_NAMING_ROWS = {"Conflict", "Part of"}
# Clause boundaries inside a sentence: a sentence with dates in two clauses gives two entries.
_CLAUSE = re.compile(r";\s+|,\s+(?=(?:and|but|while|whereas|although|after which|before|then)\s)")
# Words that can open a clause that keeps its subject; a clause opening otherwise lost it.
_SUBJECT_START = re.compile(
    r"(?:the|a|an|his|her|its|their|he|she|they|it|we|in|on|at|by|from|after|before|when|while|"
    r"during|this|that|these|those|some|many|most|all|both|each|every|one|two|three|no|until|"
    r"since|within|over|about)\b|[A-Z]")
# An entry quotes its sentence; a sentence longer than this is quoted around the date only
# (a paragraph-long list of dates would otherwise be printed once per date).
LONGEST_QUOTE = 600


@dataclass(frozen=True)
class _Dated:
    """A resolved date of a sentence, ready to become an Event."""

    found: Found
    when: When
    provenance: Provenance


def enrich(book: Book) -> Book:
    """Add the chronology: one Event per dated statement, sorted by date."""
    doc = Document(book)
    period = book.about.period
    events: list[tuple[tuple, Event]] = []
    for e in infobox_events(book, period):
        events.append(((*_sort_start(e[1]), len(events)), e[0]))
    story = Narrative(period, book.about.period_source, title=book.article.title,
                      span=book.about.dates)
    passage, bc = -1, None
    for sentence in doc.sentences:
        if sentence.passage != passage:
            passage, bc = sentence.passage, None
        if _heading(doc, sentence):
            continue
        dated = _sentence(doc, sentence.start, sentence.end, story, bc)
        for d in dated:
            if d.when.start[0] < 0:
                bc = -d.when.start[0]
            elif not (d.found.when.yearless or d.found.when.relative):
                bc = None                    # an AD year ends a run of BC ones
            events.append(((*_sort_start(d.when), len(events)), _event(doc, d, sentence, dated)))
    events.sort(key=lambda e: e[0])
    notes = {(e.date, e.end): e.note for _, e in events if e.section == GLANCE and e.note}
    stated = {(e.date, e.end) for _, e in events if e.section != GLANCE}
    title = book.article.title
    return replace(book, chronology=tuple(
        replace(e, note=e.note or notes.get((e.date, e.end))) for _, e in events
        if not (e.section == GLANCE and e.text == title and (e.date, e.end) in stated)))


def _sentence(doc: Document, start: int, end: int, story: Narrative,
              bc: int | None) -> list[_Dated]:
    """The dated statements of one sentence, with the narrative moved on by its dates."""
    found = _stated_over_counted(doc, joined(doc, find(doc, start, end, story.period, bc)))
    sentence = doc.text[start:end]
    out: list[_Dated] = []
    other_time = False              # a year of the sentence is outside the period
    for f in found:
        rule = NOT_AN_EVENT.first(sentence, f.start - start, f.end - start)
        if rule is None and other_time and (f.when.yearless or f.when.day_only) and not f.when.relative:
            rule = PERIOD.rules[2]
        if rule is not None:
            trace.reject("chronology", doc.text[f.start:f.end], "an event",
                         doc.provenance(rule.name, f.start, f.end))
            continue
        dated = _dated(doc, f, story)
        if dated is not None:
            out.append(dated)
            _advance(sentence, start, dated, story)
            other_time = other_time or _explicit(f) and not story.in_period(dated.when.start[0])
    return _one_per_date(doc, _named_last(doc, out, story.title))


def _heading(doc: Document, sentence) -> bool:
    """Is this sentence a whole paragraph that is a heading written as text (ENTRY rules)?"""
    p = doc.passages[sentence.passage]
    if sentence.start != p.start or sentence.end < p.start + len(p.text.rstrip()) \
            or LIST_JOIN in p.text:
        return False
    rule = next(r for r in ENTRY.rules if r.name == "entry.heading-line")
    if not rule.test(doc.sentence_text(sentence)):
        return False
    trace.reject("chronology", doc.sentence_text(sentence), "a statement",
                 doc.provenance(rule.name, sentence.start, sentence.end))
    return True


def _stated_over_counted(doc: Document, found: list[Found]) -> list[Found]:
    """A count followed closely by the date it comes to ('the following year … (17 March
    1803)') gives the stated date only (ENTRY rule entry.stated-over-counted)."""
    rule = next(r for r in ENTRY.rules if r.name == "entry.stated-over-counted")
    if not any(f.when.relative for f in found[:-1]):
        return found
    text, at = masked(doc.text, found)
    out = []
    for f, after in zip(found, [*found[1:], None]):
        if f.when.relative and after is not None and not after.when.relative and \
                rule.applies(text, f.end - at, after.start - at):
            trace.reject("chronology", doc.text[f.start:f.end], "an entry",
                         doc.provenance(rule.name, f.start, f.end))
            continue
        out.append(f)
    return out


def _dated(doc: Document, f: Found, story: Narrative) -> _Dated | None:
    """The found date with a year: its own, the narrative's or counted from the last entry."""
    where = doc.provenance(f.rule, f.start, f.end)
    when = f.when
    if when.relative is not None:
        counted = story.counted(when)
        if counted is None:
            return None
        when, base = counted
        return _Dated(f, when, replace(where, context=replace(base, rule="year.relative",
                                                              context=None)))
    if when.day_only:
        if story.ref is None or (when := day_in(story.ref.when, when)) is None:
            return None
        return _Dated(f, when, replace(where, context=_from(story.ref.provenance, "year.narrative")))
    if when.yearless:
        got = story.year_for(when)
        if got is None:
            return None
        year, rule, base = got
        context = _from(base, rule) if base is not None else None
        if not story.in_period(year):
            trace.reject("chronology", doc.text[f.start:f.end], "a date of the article's period",
                         doc.provenance(PERIOD.rules[1].name, f.start, f.end, context))
            return None
        return _Dated(f, resolved(when, year), replace(where, context=context))
    if f.year_from is not None:                    # 'September 1 to September 15, 1950'
        _, a, b = f.year_from
        where = replace(where, context=doc.provenance("year.range-end", a, b))
    return _Dated(f, when, where)


def _from(base: Provenance, rule: str) -> Provenance:
    """Where a borrowed year came from: the phrase that states it, under the YEAR rule used."""
    return replace(base, rule=rule, context=None)


def _explicit(f: Found) -> bool:
    """Does the found date state its own year?"""
    return not (f.when.yearless or f.when.relative or f.when.day_only)


def _advance(sentence: str, start: int, d: _Dated, story: Narrative) -> None:
    """Move the narrative on: every entry is the base of a relative date after it; an explicit
    date of the article's period, outside any aside, is the new reference."""
    story.last = Reference(d.when, d.provenance)
    if not _explicit(d.found) or d.when.kind != "date" or d.when.named:
        return
    aside = ASIDE.first(sentence, d.found.start - start, d.found.end - start)
    if aside is None and story.in_period(d.when.start[0]):
        story.ref = Reference(d.when, d.provenance)


def _named_last(doc: Document, dated: list[_Dated], title: str) -> list[_Dated]:
    """A year naming an event ('the War of 1812') or describing a noun ('the 1950 treaty') dates
    its sentence only when the sentence gives no other date; a named event must also be the
    article's own or the sentence's subject ('The Salt Revolt of 1702 began …')."""
    others = [d for d in dated if not (d.when.named or d.when.attributive)]
    out = []
    for d in dated:
        if d.when.named or d.when.attributive:
            keep = not others and (d.when.attributive or _own_event(doc, d, title))
            if not keep:
                trace.reject("chronology", doc.text[d.found.start:d.found.end], "an event",
                             replace(d.provenance, rule="aside.named"))
                continue
        out.append(d)
    return out


def _own_event(doc: Document, d: _Dated, title: str) -> bool:
    """Is the event named with this year the article's own, or the subject of its sentence?"""
    sentence = doc.sentence_at(d.found.start)
    before = doc.text[sentence.start:d.found.start]
    head = re.search(r"(\w+)\s+of\s*$", before)
    own = head is not None and head.group(1).casefold() in title.casefold().split()
    return own or re.fullmatch(r"\W*(?:The\s+)?(?:[A-Z][\w'’-]*\s+){1,4}of\s*", before) is not None


def _one_per_date(doc: Document, dated: list[_Dated]) -> list[_Dated]:
    """A sentence stands once under each date it states: a date said twice ('on 4 May … that
    4 May') gives no second entry."""
    seen: set[tuple] = set()
    out = []
    for d in dated:
        key = (d.when.start, d.when.end, d.when.kind)
        if key in seen:
            trace.reject("chronology", doc.text[d.found.start:d.found.end], "a second entry",
                         replace(d.provenance, rule="entry.once-per-date"))
            continue
        seen.add(key)
        out.append(d)
    return out


def _event(doc: Document, d: _Dated, sentence, dated: list[_Dated]) -> Event:
    """The Event of a dated statement: the clause holding the date when the sentence gives
    several entries, else the sentence; around the date only, when that is very long."""
    whole = doc.sentence_text(sentence)
    pos = d.found.start - sentence.start
    text = whole.strip()
    if len(dated) > 1:
        text = _clause(whole, pos) or text
    if len(text) > LONGEST_QUOTE:
        text = _around(whole, pos)
    p = doc.passage_at(d.found.start)
    return Event(iso(d.when.start), iso(d.when.end) if d.when.end else None, display(d.when),
                 text, p.section, p.anchor, group(d.when), d.found.note, d.provenance)


@lru_cache(maxsize=4)
def _bounds(sentence: str) -> tuple[list[int], list[int]]:
    """The starts and ends of the clause boundaries of `sentence`, found once per sentence."""
    found = [m.span() for m in _CLAUSE.finditer(sentence)]
    return [a for a, _ in found], [b for _, b in found]


def _clause(sentence: str, pos: int) -> str | None:
    """The clause of `sentence` holding position `pos`, as a sentence of its own, when it has
    a subject and five words or more."""
    starts, ends = _bounds(sentence)
    i = bisect_right(starts, pos - 1)            # the first boundary at or after pos
    clause = sentence[ends[i - 1] if i else 0:starts[i] if i < len(starts) else len(sentence)]
    clause = re.sub(r"^(?:and|but|then)\s+", "", clause.strip())
    if len(clause.split(None, 5)) < 5 or not _SUBJECT_START.match(clause):
        return None
    clause = clause[0].upper() + clause[1:]
    return clause if clause[-1] in ".!?”\"" else clause + "."


def _around(sentence: str, pos: int) -> str:
    """About LONGEST_QUOTE characters of `sentence` around `pos`, cut at spaces, with '…' where
    the sentence goes on."""
    half = LONGEST_QUOTE // 2
    a, b = max(0, pos - half), min(len(sentence), pos + half)
    if a:
        a = sentence.find(" ", a) + 1 or a
    if b < len(sentence):
        b = sentence.rfind(" ", a, b) if sentence.rfind(" ", a, b) > a else b
    return ("… " if a else "") + sentence[a:b].strip() + (" …" if b < len(sentence) else "")


_PART_OF = ((re.compile(r"^(?:late|end of|the end of|last days of|the last days of)$"), 28),
            (re.compile(r"^(?:mid|mid-|middle of|the middle of)$"), 15))


def _sort_start(w: When) -> tuple[int, int, int]:
    """Where a date sorts: a month qualified by late/end/mid moves into the month."""
    y, m, d = w.start
    if w.kind == "date" and m and not d:
        for pattern, day in _PART_OF:
            if pattern.match(w.qualifier):
                return y, m, day
    return y, m, d
