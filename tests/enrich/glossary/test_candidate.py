"""What the finders produce and read (book/enrich/glossary/candidate.py): a candidate, the
context of the text, and the tags of a name in another script."""
from __future__ import annotations

from book.enrich.glossary.candidate import Candidate, glyph_tag, script_tag

from .texts import context


def test_a_candidate_with_nothing_to_say_has_no_content():
    assert not Candidate("quern", "term", "r", (0, 5)).has_content()
    assert Candidate("quern", "term", "r", (0, 5), definition="a hand mill").has_content()
    assert Candidate("Orrel", "alias", "r", (0, 5), aliases=["Orrelby"]).has_content()


def test_a_script_names_no_language_but_gives_glyphs_a_tag():
    assert script_tag("Арнабыр") == "und-Cyrl" and script_tag("Arnabyr") == "und"
    ctx = context("The mill stood at Orrel.")
    assert glyph_tag("Арнабыр", "nrn", ctx) == "nrn"              # the language the text names
    assert glyph_tag("Арнабыр", None, ctx) == "ru"               # else the likely one of its script
    assert glyph_tag("Arnabyr", None, ctx) == "und"


def test_the_context_counts_words_of_the_prose_and_knows_the_title():
    ctx = context("Orrel grew. The Orrel mill (Orrelby) turned.", title="Orrel (town)")
    assert ctx.title == "Orrel" and ctx.count("Orrel") == 2 and ctx.count("Orrelby") == 1
    assert ctx.label_at(0) is None
