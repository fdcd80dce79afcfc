"""The index's rules (book/enrich/index/rules.py): every example of every index rule, and never
a counter-example."""
from __future__ import annotations

import pytest

from book.enrich.index.rules import TABLES


RULES = [r for t in TABLES for r in t]


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_each_rule_fires_on_its_examples_only(rule):
    assert rule.reason and rule.examples and rule.counter
    for example in rule.examples:
        assert rule.fires(example), example
    for example in rule.counter:
        assert not rule.fires(example), example


def test_rule_names_are_unique_and_namespaced():
    names = [r.name for r in RULES]
    assert len(names) == len(set(names)) and all(n.startswith("index.") for n in names)
