"""Sort keys in a reader's order (book/collation.py)."""
from __future__ import annotations

from book.collation import fold, plain, sort_key


def test_a_title_is_filed_without_quotes_or_a_leading_the():
    assert plain("“The Hague”") == "Hague" and plain("The Hague") == "Hague"
    assert plain("Anna") == "Anna"


def test_fold_drops_accents_and_case():
    assert fold("Ürümqi") == "urumqi" and fold("ÉIRÍ") == "eiri"
    assert fold("Æthelbald") == "aethelbald" and fold("Øresund") == "oresund"
    assert fold("Þórr") == "thorr" and fold("Łódź") == "lodz"


def test_sort_keys_follow_a_readers_order():
    names = ["Zunun Taipov", "the Hague", "Ürümqi", "Uzbek", "Ili", "éclair", "Eagle"]
    assert sorted(names, key=sort_key) == ["Eagle", "éclair", "the Hague", "Ili", "Ürümqi",
                                           "Uzbek", "Zunun Taipov"]
