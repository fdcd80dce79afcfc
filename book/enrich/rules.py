"""Extraction rules as data: a name, a one-line reason, and examples that must and must not fire.

Modelled on spaCy's Matcher patterns and HeidelTime's rule files: each rule is a datum a reviewer
reads without following code, the engine around it is small, and every extracted item names the
rule that produced it (its Provenance). Three kinds:

- `Find`: a regular expression that finds phrases ('4 May 1921', 'Civil Guard (CG)').
- `Near`: judges a candidate phrase by the words around it: `before` must match at the end of the
  text before it, `after` at the start of the text after it, `inner` the phrase itself (every one
  given must match), and `when`, a function, for what a pattern cannot say.
- `Check`: a function of one string (a name, a term, a bracket's content).

An example marks the candidate with ⟦ ⟧ where the rule judges one: `'600 yards (⟦550⟧ m)'`.
tests/test_rules.py runs every example of every registered rule; a rule with no example that
fires and none that does not is refused."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

OPEN, CLOSE = "⟦", "⟧"


def unmark(example: str) -> tuple[str, int | None, int | None]:
    """The example's text without its ⟦ ⟧ marks, and the marked span (None when unmarked)."""
    start = example.find(OPEN)
    if start < 0:
        return example, None, None
    end = example.find(CLOSE, start)
    text = example[:start] + example[start + 1:end] + example[end + 1:]
    return text, start, end - 1


@dataclass(frozen=True, kw_only=True)
class Rule:
    """What every rule has: its name (unique across tables), why it exists, its examples."""

    name: str
    reason: str
    examples: tuple[str, ...] = ()
    counter: tuple[str, ...] = ()

    def fires(self, example: str) -> bool:
        """Does the rule fire on this example (see the kinds above)?"""
        raise NotImplementedError


@dataclass(frozen=True, kw_only=True)
class Find(Rule):
    """A pattern that finds phrases in a text; a marked example says which phrase it must find."""

    pattern: re.Pattern

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)

    def fires(self, example: str) -> bool:
        text, start, end = unmark(example)
        return any(start is None or m.span() == (start, end) for m in self.finditer(text))


@dataclass(frozen=True, kw_only=True)
class Near(Rule):
    """A judgement on a candidate phrase by its context (see the module docstring)."""

    before: re.Pattern | None = None
    after: re.Pattern | None = None
    inner: re.Pattern | None = None
    when: Callable[[str, int, int], bool] | None = None
    window: int = 80

    def applies(self, text: str, start: int, end: int) -> bool:
        """Does the rule hold for text[start:end] in `text`? Reads at most `window` characters
        on either side, so that the cost stays linear in the text."""
        if self.inner is not None and not self.inner.fullmatch(text, start, end):
            return False
        if self.before is not None and not self.before.search(
                text[max(0, start - self.window):start]):
            return False
        if self.after is not None and not self.after.match(text, end, end + self.window):
            return False
        return self.when is None or self.when(text, start, end)

    def fires(self, example: str) -> bool:
        text, start, end = unmark(example)
        if start is None:
            raise ValueError(f"{self.name}: example {example!r} marks no candidate with ⟦ ⟧")
        return self.applies(text, start, end)


@dataclass(frozen=True, kw_only=True)
class Check(Rule):
    """A rule that is a function of one string."""

    test: Callable[[str], bool]

    def fires(self, example: str) -> bool:
        return bool(self.test(example))


@dataclass(frozen=True)
class Table:
    """An ordered table of rules for one decision of one appendix ('chronology.not-a-year')."""

    name: str
    purpose: str
    rules: tuple[Rule, ...] = field(default=())

    def first(self, text: str, start: int, end: int) -> Near | None:
        """The first `Near` rule that holds for text[start:end], or None."""
        return next((r for r in self.rules if isinstance(r, Near) and r.applies(text, start, end)),
                    None)

    def check(self, value: str) -> Check | None:
        """The first `Check` rule that holds for `value`, or None."""
        return next((r for r in self.rules if isinstance(r, Check) and r.test(value)), None)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)


# The modules holding each appendix's tables, in pipeline order (each defines TABLES).
TABLE_MODULES = ("book.enrich.about", "book.enrich.glossary.rules",
                 "book.enrich.chronology.rules", "book.enrich.biographies.rules",
                 "book.enrich.index.rules")


def tables() -> tuple[Table, ...]:
    """Every rule table of every appendix (imported here, not at module level: the appendix
    modules import this one). A module not written yet is skipped."""
    import importlib
    out: list[Table] = []
    for name in TABLE_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name != name:
                raise
            continue
        out.extend(getattr(module, "TABLES", ()))
    return tuple(out)


def registry() -> dict[str, Rule]:
    """Every rule by its name; names are unique across tables (a clash is a programming error)."""
    out: dict[str, Rule] = {}
    for table in tables():
        for rule in table:
            if rule.name in out:
                raise ValueError(f"rule name {rule.name!r} is used twice")
            out[rule.name] = rule
    return out
