"""Roles and relations (book/enrich/biographies/roles.py) the text gives a commander where it
names them."""
from __future__ import annotations

from book.enrich.biographies.mentions import Mention
from book.enrich.biographies.roles import relations, roles


def test_a_title_and_an_apposition_are_roles_of_the_one_named():
    sentence = "General Ada Voss, the governor of Orrel, fled."
    assert roles(sentence, [Mention(0, 8, 16, "r")], 0) == [
        ("General", "role-title"), ("the governor of Orrel", "role-apposition")]
    assert roles(sentence, [Mention(0, 8, 16, "r")], 1) == []          # someone else
    assert roles("Ada Voss fled.", [Mention(0, 0, 8, "r")], 0) == []


def test_a_relation_to_another_person():
    sentence = "Ada Voss, the niece of Ivo Harrow, fled."
    assert relations(sentence, [Mention(0, 0, 8, "r"), Mention(1, 23, 33, "r")]) == [
        (0, "niece of Ivo Harrow", "relation-of")]
    assert relations("Ada Voss met Ivo Harrow.", [Mention(0, 0, 8, "r")]) == []
