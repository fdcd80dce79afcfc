"""Alias markers of the prose (book/enrich/glossary/aliases.py): 'also known as', 'now',
'was renamed', 'founded as', a quoted epithet."""
from __future__ import annotations

from book.enrich.glossary import aliases

from .texts import found


def test_each_marker_gives_the_other_name():
    assert found(aliases.find, "Orrel, also known as Orrelby, grew on the coast.") == [
        ("Orrel", "alias", "known-as", None, ("Orrelby",))]
    assert found(aliases.find, "Kessby, now Orrel, lies on the coast.") == [
        ("Kessby", "alias", "prose-now-name", None, ("Orrel",))]
    assert found(aliases.find, "The old barge Skua was renamed Kell Gull in 1902.") == [
        ("Skua", "alias", "was-renamed", None, ("Kell Gull",))]
    assert found(aliases.find, "The Orrel Guild was founded as the Kessby Guild in 1720.") == [
        ("Orrel Guild", "alias", "founded-as", None, ("Kessby Guild",))]
    assert found(aliases.find, 'Ivo "the Lame" Marr ruled.') == [
        ("Ivo", "alias", "quoted-epithet", None, ("the Lame",))]


def test_no_marker_no_alias():
    assert found(aliases.find, "Orrel grew on the coast. It was known for fish.") == []
