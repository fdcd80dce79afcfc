"""The chronology's rules (book/enrich/chronology/rules.py): the article's period and how far
outside it a small number may still be one of its years; a few date forms found exactly."""
from __future__ import annotations

from book.enrich.chronology.rules import DATES, margin, outside_period, within


def test_the_margin_of_a_period():
    assert margin((1950, 1950)) == 5 and margin((1900, 1950)) == 10
    assert margin((37, 68)) == 60 and margin((-500, 400)) == 450


def test_a_year_within_its_period_and_margin():
    assert within(1955, (1950, 1950)) and not within(1956, (1950, 1950))
    assert within(114, (37, 68)) and not within(129, (37, 68))
    assert outside_period("910 in 1950–1950") and not outside_period("1953 in 1950–1950")
    assert not outside_period("not an example")


def test_each_date_rule_finds_its_form():
    """Every rule of the table runs on the text: the most specific first, and the finder keeps
    the longest phrase at a place (finder.py)."""
    def found(text):
        return [(m.group(), r.name) for r in DATES.rules for m in r.finditer(text)]
    assert found("The mill burned on 3 March 1821 and again in May 1830.") == [
        ("3 March 1821", "date.day-month-year"), ("March 1821", "date.month-year"),
        ("May 1830", "date.month-year")]
    assert found("The mill had 40 stones.") == []
