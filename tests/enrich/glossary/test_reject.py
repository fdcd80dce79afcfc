"""Candidates a rule turned down (book/enrich/glossary/reject.py), recorded for `book explain`."""
from __future__ import annotations

from book.enrich import trace
from book.enrich.glossary import reject

from .test_glossary import glossary_of
from .texts import context


def test_an_acronym_never_spelt_out_is_rejected_with_its_rule():
    with trace.recording() as log:
        glossary_of("The ship (XQV) sailed.")
    assert [(r.phrase, r.provenance.rule) for r in log] == [("XQV", "acronym-not-spelt-out")]


def test_a_rejection_is_recorded_with_its_phrase_only_while_recording():
    ctx = context("The ship (QZV) sailed.")
    at = ctx.text.index("QZV")
    reject.rejected(ctx, "acronym-not-spelt-out", at, at + 3)          # not recording: nothing
    with trace.recording() as log:
        reject.rejected(ctx, "acronym-not-spelt-out", at - 1, at + 4, "an acronym")
    assert [(r.appendix, r.phrase, r.what, r.provenance.rule, r.provenance.span) for r in log] == [
        ("glossary", "(QZV)", "an acronym", "acronym-not-spelt-out", (9, 14))]
