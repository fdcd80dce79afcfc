"""Fates (book/enrich/biographies/fates.py): the clause that states what became of a commander,
for each subject, and where a clause ends."""
from __future__ import annotations

from book.enrich.biographies.fates import clause_end, fates
from book.enrich.biographies.mentions import Mention


def test_where_a_clause_ends():
    assert clause_end("was killed; the rest fled") == 10
    assert clause_end("was captured by Gen. P. Marr at the mill") is None
    assert clause_end("was killed at the ford") is None


def test_each_subject_has_the_fate_of_its_own_clause():
    sentence = "Ada Voss was captured at the mill; Ivo Harrow escaped."
    spans = [Mention(0, 0, 8, "r"), Mention(1, 35, 45, "r")]
    rejected = []
    found = fates(sentence, spans, [], lambda *a: rejected.append(a))
    assert [(f.who, f.text, f.rule) for f in found] == [
        (0, "captured at the mill", "fate-captured"), (1, "escaped", "fate-fled")]
    assert rejected == []


def test_coordinated_subjects_share_the_verb():
    sentence = "Ada Voss and Ivo Harrow were executed in the square."
    spans = [Mention(0, 0, 8, "r"), Mention(1, 13, 23, "r")]
    assert sorted((f.who, f.text) for f in fates(sentence, spans, [], lambda *a: None)) == [
        (0, "executed in the square"), (1, "executed in the square")]


def test_no_mention_before_the_verb_no_fate():
    sentence = "Many were captured at the mill, and Ada Voss watched."
    assert fates(sentence, [Mention(0, 36, 44, "r")], [], lambda *a: None) == []
