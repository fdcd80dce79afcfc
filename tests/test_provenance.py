"""Every extracted item (glossary entry, chronology entry, biography fact and fate, index heading
and locator) says where it came from: a rule of the rule tables and a span that points
into the article (its block's text, its infobox field, or a heading for the glossary), on every
article we have."""
from __future__ import annotations

import pytest

from book.enrich.rules import registry
from book.explain import source_text

from .conftest import enriched
from .golden import CORPUS_FULL, OWN, corpus_articles

# Our own articles in the quick loop; the real ones (several seconds in all) with the slow tests.
ARTICLES = [*OWN, *(pytest.param(a, marks=pytest.mark.slow)
                    for a in (*corpus_articles(), *corpus_articles(CORPUS_FULL)))]
RULES = registry()


def items(book):
    """(appendix, item, provenance) of every extracted item that must carry one."""
    for e in book.chronology:
        yield "chronology", e.display, e.provenance
    for e in book.glossary:
        yield "glossary", e.term, e.provenance
    for e in book.index:
        if not e.sees:
            yield "index", e.term, e.provenance
        for entry in (e, *e.subentries):
            for loc in entry.locators:
                yield "index", f"{entry.term} @ {loc.anchor}", loc.provenance
    for person in book.biographies:
        for fact in (*person.facts, *([person.fate] if person.fate else ())):
            yield "biographies", f"{person.name}: {fact.text[:40]}", fact.provenance


def check(book, appendix, item, p) -> None:
    assert p is not None, f"{appendix} {item!r}: no provenance"
    assert p.rule in RULES, f"{appendix} {item!r}: rule {p.rule!r} is in no rule table"
    text = source_text(book, p)
    assert text is not None, f"{appendix} {item!r}: {p.anchor!r} is no block or infobox line"
    a, b = p.span
    assert 0 <= a < b <= len(text), f"{appendix} {item!r}: span {p.span} outside its text"
    if p.context is not None:
        check(book, appendix, item, p.context)


@pytest.mark.parametrize("article", ARTICLES,
                         ids=lambda p: p.stem if hasattr(p, "stem") else str(p))
def test_every_item_names_a_rule_and_points_into_the_article(article):
    book = enriched(article)
    for appendix, item, p in items(book):
        check(book, appendix, item, p)
