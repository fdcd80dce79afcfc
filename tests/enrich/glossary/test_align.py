"""Aligning an acronym with its long form (book/enrich/glossary/align.py)."""
from __future__ import annotations

from book.enrich.glossary.align import (initials_match, is_acronym, long_form_after,
                                        long_form_before, words)


def test_what_is_an_acronym():
    assert is_acronym("HWB") and is_acronym("1 CGB")
    assert not is_acronym("XIV") and not is_acronym("AD")          # a numeral, an era
    assert not is_acronym("Hwb") and not is_acronym("H") and not is_acronym("USS")   # a ship prefix


def test_words_split_on_spaces_and_hyphens():
    assert words("Sino-Soviet Harbour  Board") == ["Sino", "Soviet", "Harbour", "Board"]


def test_initials_spell_the_acronym_stop_words_skipped_or_clipped():
    assert initials_match("HWB", "Harbour Watch Board")
    assert initials_match("HWB", "Harbour of the Watch Board")
    assert not initials_match("HWB", "Harbour Board")
    assert not initials_match("HAWB", "Harbour Watch Board")
    assert initials_match("HAWB", "Harbour Watch Board", clipped=True)      # 'Ha' of Harbour


def test_the_long_form_before_or_after_the_acronym():
    assert long_form_before("HWB", "the fleet of the Harbour Watch Board") == "Harbour Watch Board"
    assert long_form_before("HWB", "the fleet of the town") is None
    assert long_form_after("HWB", "Harbour Watch Board") == "Harbour Watch Board"
    assert long_form_after("HWB", "harbour of the town") is None
