"""Extraction against the reviewed golden files (tests/golden/); `make accept` after reading a diff."""
from __future__ import annotations

from pathlib import Path

import pytest

from .golden import CORPUS_FULL, OWN, corpus_articles, diff, golden_path


def check(article: Path) -> None:
    if not golden_path(article).exists():
        pytest.fail(f"no golden file for {article.name}: read its output, then `make accept`")
    lines = diff(article)
    assert not lines, f"{article.name} differs from its golden file (make accept after review):\n" + \
        "\n".join(lines[:200])


@pytest.mark.parametrize("article", OWN, ids=lambda p: p.stem)
def test_own_articles_match_golden(article):
    check(article)


CORPUS = corpus_articles()


@pytest.mark.skipif(not CORPUS, reason="../shared/corpus is absent (a fresh clone)")
@pytest.mark.parametrize("article", CORPUS or [None], ids=lambda p: p.stem if p else "none")
def test_corpus_articles_match_golden(article):
    check(article)


FULL = corpus_articles(CORPUS_FULL)


@pytest.mark.slow
@pytest.mark.skipif(not FULL, reason="../shared/corpus-full is absent (a fresh clone)")
@pytest.mark.parametrize("article", FULL or [None], ids=lambda p: p.stem if p else "none")
def test_complete_articles_match_golden(article):
    check(article)
