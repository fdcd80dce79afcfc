"""`book explain ARTICLE QUERY`: the rule, its reason and the sentence of every matching entry,
where a borrowed year came from, and the phrases a rule rejected."""
from __future__ import annotations

import pytest

from book.cli import main
from book.explain import explain

from .conftest import FIXTURES, SEED
from .golden import CORPUS_FULL


def test_a_rejected_number_names_its_rule(capsys):
    assert explain(FIXTURES / "harn-ridge.txt", "550") == 0
    out = capsys.readouterr().out
    assert "rejected as a year: '550' (chronology)" in out
    assert "rule: not-year.unit — a number followed by a unit of measure" in out
    assert "600 yards («550» m)" in out


def test_a_date_says_where_its_year_came_from(capsys):
    assert explain(FIXTURES / "harn-ridge.txt", "1951-01-02") == 0
    out = capsys.readouterr().out
    assert "chronology: 2 January 1951 (1951-01-02)" in out
    assert "rule: date.month-day" in out and "«January 2»" in out
    assert "taken from:" in out and "rule: year.span" in out


def test_the_seed_explains_a_date_and_a_term(capsys):
    assert explain(SEED, "1944-11-15") == 0
    out = capsys.readouterr().out
    assert "rule: date.day-only" in out and "«on the 15th»" in out
    assert "rule: year.narrative" in out and "«7 November 1944»" in out


def test_nothing_matches_and_a_bad_article(capsys, tmp_path):
    assert explain(FIXTURES / "harn-ridge.txt", "no such thing") == 0
    assert "nothing matches 'no such thing'" in capsys.readouterr().out
    assert main(["explain", str(tmp_path / "missing.txt"), "1950"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "missing.txt" in err and "no such article file" in err


NAKTONG = CORPUS_FULL / "second-battle-of-naktong-bulge.txt"


@pytest.mark.slow    # enriches a complete article of the corpus
@pytest.mark.skipif(not NAKTONG.exists(), reason="../shared/corpus-full is absent (a fresh clone)")
def test_a_complete_article_explains_a_measure_and_a_borrowed_year(capsys):
    """The issue's own examples on a real article: '550' (600 yards (550 m)) is no year, and a
    yearless September date takes its year from the lead."""
    assert explain(NAKTONG, "550") == 0
    out = capsys.readouterr().out
    assert "rejected as a year: '550' (chronology)" in out and "rule: not-year.unit" in out
    assert explain(NAKTONG, "1950-09-05") == 0
    out = capsys.readouterr().out
    assert "chronology: 5 September 1950" in out and "taken from:" in out
