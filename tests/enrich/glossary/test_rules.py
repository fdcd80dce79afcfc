"""The glossary's rules (book/enrich/glossary/rules.py): every rule fires on its examples and
not on its counter-examples."""
from __future__ import annotations

import pytest

from book.enrich.glossary.rules import TABLES


RULES = [r for t in TABLES for r in t]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.name)
def test_every_rule_fires_on_its_examples_and_not_on_its_counter_examples(rule):
    assert all(rule.fires(e) for e in rule.examples), rule.name
    assert not any(rule.fires(e) for e in rule.counter), rule.name
