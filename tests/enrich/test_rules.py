"""Every extraction rule fires on its examples and not on its counter-examples."""
from __future__ import annotations

import pytest

from book.enrich.rules import Near, registry

RULES = sorted(registry().values(), key=lambda r: r.name)


def test_rules_are_registered():
    assert len(RULES) >= 1


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_rule_examples(rule):
    assert rule.reason.strip(), "a rule says why it exists"
    assert rule.examples, "a rule needs an example it fires on"
    assert rule.counter, "a rule needs an example it does not fire on"
    for example in rule.examples:
        assert rule.fires(example), f"does not fire on {example!r}"
    for example in rule.counter:
        assert not rule.fires(example), f"fires on {example!r}"
    if isinstance(rule, Near):
        assert all("⟦" in e for e in (*rule.examples, *rule.counter))


def test_no_function_of_the_enrichers_is_longer_than_sixty_lines():
    """Long chains of regexes become rules in the tables: no function in book/enrich/ runs over
    sixty lines (issue 24)."""
    import ast
    from pathlib import Path

    enrich = Path(__file__).resolve().parents[2] / "book" / "enrich"
    long = []
    for path in sorted(enrich.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                lines = node.end_lineno - node.lineno + 1
                if lines > 60:
                    long.append(f"{path.relative_to(enrich)}:{node.lineno} {node.name} ({lines})")
    assert long == []
