"""Acronyms (book/enrich/glossary/acronyms.py): a short form and its long form, in a bracket or
in the prose ('the Tarn Rowing Guild, or TRG')."""
from __future__ import annotations

from book.enrich.glossary import acronyms

from .texts import context, found


def test_an_acronym_after_or_before_its_long_form_in_the_prose():
    assert found(acronyms.in_prose, "The Tarn Rowing Guild, or TRG, rowed.") == [
        ("TRG", "acronym", "acronym-or-short-form", "Tarn Rowing Guild", ())]
    assert found(acronyms.in_prose, "The TRG, or Tarn Rowing Guild, rowed.") == [
        ("TRG", "acronym", "acronym-short-or-long-form", "Tarn Rowing Guild", ())]


def test_an_acronym_never_spelt_out_or_a_long_form_that_does_not_spell_it_is_none():
    assert found(acronyms.in_prose, "The TRG rowed to Orrel.") == []
    assert found(acronyms.in_prose, "The Tarn Sailing Club, or TRG, rowed.") == []


def test_a_bracket_pairs_the_acronym_with_the_words_before_it():
    ctx = context("The Harbour Watch Board (HWB) met.")
    start = ctx.text.index("(") + 1
    cand = acronyms.in_bracket(ctx, start, ctx.text.index(")"))
    assert (cand.term, cand.expansion, cand.rule) == ("HWB", "Harbour Watch Board",
                                                      "acronym-after-long-form")
    ctx = context("The harbour board (HWB) met.")
    start = ctx.text.index("(") + 1
    assert acronyms.in_bracket(ctx, start, ctx.text.index(")")) is None
