"""Roles and relations the text gives a commander where it names them (ROLES, RELATIONS)."""
from __future__ import annotations

from .mentions import Mention
from .rules import RELATIONS, ROLES


def roles(sentence: str, spans: list[Mention], who: int) -> list[tuple[str, str]]:
    """(role, rule) for each role the sentence gives commander `who`; a bare title gives way
    to a fuller one that ends with it ('General' beside 'Major General')."""
    out = []
    for m in spans:
        if m.who != who:
            continue
        for rule in ROLES.rules:
            role = rule.take(sentence, m.start, m.end)
            if role:
                out.append((role.strip(), rule.name))
    return [(r, n) for r, n in out if not any(o != r and o.endswith(" " + r) for o, _ in out)]


def relations(sentence: str, spans: list[Mention]) -> list[tuple[int, str, str]]:
    """(commander, relation, rule): 'X, … the nephew of Y', "Y's cousin X"."""
    out = []
    for m in spans:
        for rule in RELATIONS.rules:
            relation = rule.take(sentence, m.start, m.end)
            if relation:
                out.append((m.who, relation, rule.name))
    return out
