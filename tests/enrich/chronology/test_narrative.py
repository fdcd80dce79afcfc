"""The narrative's running time (book/enrich/chronology/narrative.py): the year of a date given
without one, relative dates counted from the last entry."""
from __future__ import annotations

from book.enrich.chronology.dates import When
from book.enrich.chronology.narrative import Narrative, Reference, day_in, resolved
from book.model import Provenance

HERE = Provenance("date.day-month-year", "p1", (0, 16))


def test_a_yearless_date_takes_the_period_or_the_reference():
    n = Narrative((1821, 1821))
    assert n.year_for(When((0, 5, 2))) == (1821, "year.period", None)
    n.ref = Reference(When((1820, 12, 10)), HERE)
    assert n.year_for(When((0, 1, 4))) == (1821, "year.next", HERE)       # January after December
    assert n.year_for(When((0, 6, 4))) == (1820, "year.narrative", HERE)  # a look back
    assert Narrative((1819, 1823)).year_for(When((0, 5, 2))) is None


def test_a_relative_date_counts_from_the_last_entry():
    n = Narrative((1821, 1821), last=Reference(When((1820, 12, 30)), HERE))
    assert n.counted(When((0, 0, 0), relative=(2, "day"))) == (When((1821, 1, 1)), HERE)
    assert n.counted(When((0, 0, 0), relative=(1, "year"))) == (When((1821, 0, 0)), HERE)
    assert Narrative(None).counted(When((0, 0, 0), relative=(2, "day"))) is None


def test_years_near_the_period_are_the_narratives():
    n = Narrative((1821, 1821))
    assert n.in_period(1824) and n.in_period(1818) and not n.in_period(1825)
    assert Narrative(None).in_period(50)


def test_a_day_alone_takes_the_references_month_and_a_date_its_year():
    assert day_in(When((1820, 12, 10)), When((0, 0, 13), day_only=True)) == When((1820, 12, 13))
    assert day_in(When((1820, 0, 0)), When((0, 0, 13), day_only=True)) is None
    assert resolved(When((0, 3, 2)), 1821) == When((1821, 3, 2))
