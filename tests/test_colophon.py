"""Honest defaults: the colophon (and the EPUB's dc:source) state a source and a licence only
when the article's infobox or the settings say so; the seed builds without a warning."""
from __future__ import annotations

import re

import pytest

from book.cli import main
from book.render.html import render
from book.settings import Settings

from .conftest import FORD, SEED, enriched_text, epub_of


def colophon(text: str, **settings) -> str:
    rendered = render(enriched_text(text), Settings(**settings))
    return re.sub("<[^>]+>", "", next(p for p in rendered.parts if p.id == "colophon").html())


def with_source(source: str) -> str:
    return FORD.format(title="Battle of the Ford").replace(
        "- Date: 3 May 1801", f"- Date: 3 May 1801\n- Source: {source}")


def test_a_text_of_unknown_origin_claims_no_source_and_no_licence(tmp_path):
    text = colophon(FORD.format(title="Battle of the Ford"))
    assert "Source:" not in text and "licence" not in text.lower()
    assert "CC BY-SA" not in text and "encyclopedia article" not in text
    opf = epub_of(tmp_path, FORD.format(title="Battle of the Ford")).read("EPUB/content.opf")
    assert b"<dc:source" not in opf


def test_an_infobox_source_naming_wikipedia_brings_its_licence(tmp_path):
    text = colophon(with_source("English Wikipedia"))
    assert "Source: English Wikipedia." in text
    assert "Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0)" in text
    other = colophon(with_source("The Parish Chronicle, 1902"))
    assert "Source: The Parish Chronicle, 1902." in other and "CC BY-SA" not in other
    opf = epub_of(tmp_path, with_source("English Wikipedia")).read("EPUB/content.opf")
    assert b"<dc:source>English Wikipedia</dc:source>" in opf


def test_the_settings_state_source_and_licence_and_win(tmp_path):
    text = colophon(with_source("English Wikipedia"), source="My own notes, 2024",
                    licence="All rights reserved")
    assert "Source: My own notes, 2024." in text and "All rights reserved." in text
    assert "CC BY-SA" not in text


@pytest.mark.slow
def test_the_seed_builds_without_a_warning_even_strictly(tmp_path, capsys):
    assert main(["build", "-q", "--strict", "--out", str(tmp_path), str(SEED)]) == 0
    assert capsys.readouterr().err == ""
