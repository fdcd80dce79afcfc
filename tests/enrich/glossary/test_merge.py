"""One entry per term (book/enrich/glossary/merge.py): candidates of one term merged, 'see'
entries from its other names, sorted for a reader."""
from __future__ import annotations

from book.enrich.glossary import candidates, merge

from .texts import context


def test_candidates_of_one_term_are_one_entry_with_see_entries_for_its_other_names():
    ctx = context("Orrel (formerly Orrelby) grew. Orrel, also known as Orrelhaven, traded. "
                  "The word skerry means a small rocky island.")
    assert [(c.term, c.rule) for c in candidates(ctx)] == [
        ("Orrel", "bracket-also-known-as"), ("Orrel", "known-as"),
        ("skerry", "prose-word-means"), ("skerry", "prose-meaning")]
    entries = merge.entries(ctx, candidates(ctx))
    assert [(e.id, e.term, e.kind, e.aliases, e.see) for e in entries] == [
        ("g-orrel", "Orrel", "alias", ("Orrelby", "Orrelhaven"), None),
        ("g-see-orrelby", "Orrelby", "see", (), "g-orrel"),
        ("g-see-orrelhaven", "Orrelhaven", "see", (), "g-orrel"),
        ("g-skerry", "skerry", "foreign", (), None)]
    assert entries[0].provenance.rule == "bracket-also-known-as"     # the first phrase
    assert entries[3].definition == "a small rocky island"


def test_a_candidate_with_nothing_to_say_is_no_entry():
    ctx = context("The ship (QZV) sailed. The Harbour Watch Board (HWB) met.")
    assert [(e.term, e.expansion) for e in merge.entries(ctx, candidates(ctx))] == [
        ("HWB", "Harbour Watch Board")]
    assert merge.entries(ctx, []) == ()
