"""Clauses that give a name (book/enrich/glossary/clauses.py): 'became A or B', '"X", as … called
them', 'a former … which is now'."""
from __future__ import annotations

from book.enrich.glossary import clauses

from .texts import found


def test_each_clause_gives_its_name():
    assert found(clauses.find, "The young prince became King Orm or Orm Tarrick III in 1212.") \
        == [("King Orm", "alias", "became-name-or-name", None, ("Orm Tarrick III",))]
    assert found(clauses.find, 'The barges, the "mud hens", as the boatmen called them, sank.') \
        == [("mud hens", "alias", "quoted-as-called",
             "nickname used by the boatmen for the barges", ())]
    assert found(clauses.find, "Kessby, a former hamlet which is now the Kessby Docks, "
                               "flooded.") == [
        ("Kessby", "alias", "prose-former-now", None, ("Kessby Docks",))]


def test_no_clause_no_name():
    assert found(clauses.find, "The barges sank in the river.") == []
    assert found(clauses.find, "The young prince became king in 1212.") == []
