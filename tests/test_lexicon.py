"""The lexicon is the one place for word lists: no other module of book/ spells out a list of
month names, weekdays, ranks, titles, name particles or units of measure (a collection of them,
or a regular expression alternating them); it may use a word or two in a pattern or an example."""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from book import lexicon

BOOK = Path(__file__).resolve().parent.parent / "book"
KINDS = {
    "month names": set(lexicon.MONTH_NAMES) | set(lexicon.MONTH_ABBREVIATIONS),
    "weekdays": set(lexicon.WEEKDAYS),
    "ranks": set(lexicon.RANKS),
    "titles": set(lexicon.TITLES),
    "name particles": set(lexicon.NAME_PARTICLES) - {"of", "the", "e", "i", "y", "do", "as"},
    "units": set(lexicon.UNITS) - {"in", "m", "g", "t", "l", "per"},
}
MODULES = sorted(p for p in BOOK.rglob("*.py") if p.name != "lexicon.py")


def lists_in(source: str) -> list[set[str]]:
    """Every collection of words the source spells: the strings of a tuple, list, set or dict
    display, and the branches of a regular-expression alternation written in one string."""
    out: list[set[str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            out.append({e.value.strip() for e in node.elts if isinstance(e, ast.Constant)
                        and isinstance(e.value, str)})
        elif isinstance(node, ast.Dict):
            out.append({k.value.strip() for k in node.keys if isinstance(k, ast.Constant)
                        and isinstance(k.value, str)})
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "|" in node.value:
            out.append({re.sub(r"\\.|[()?:^$*+\[\]]", "", w).strip() for w in node.value.split("|")})
    return out


def kept(source: str) -> list[tuple[str, list[str]]]:
    """(kind, words) of each word list of one kind the source keeps (three words or more)."""
    return [(kind, sorted(words & found)) for found in lists_in(source)
            for kind, words in KINDS.items() if len(words & found) >= 3]


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOOK)))
def test_no_word_list_outside_the_lexicon(path):
    assert kept(path.read_text(encoding="utf-8")) == []


def test_the_check_finds_lists_and_alternations_but_not_examples():
    assert kept("M = ('January', 'February', 'March')") == [
        ("month names", ["February", "January", "March"])]
    assert kept("R = re.compile(r'(?:Colonel|Major|Captain)\\s')")[0][0] == "ranks"
    assert kept("E = ('on 4 May 1921', 'in June 1950', 'by March 1940')") == []
