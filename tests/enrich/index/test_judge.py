"""Which referents get a heading (book/enrich/index/judge.py): the book's own subject never
does, whatever form its title takes."""
from __future__ import annotations

from book.enrich.index.judge import subject_key
from book.enrich.index.names import identity


def test_the_subject_is_the_title_without_its_parenthesis_year_or_describing_words():
    key = subject_key("1901 Vell uprising (northern Marr)", lambda w: False)
    assert identity("Vell uprising") in key and identity("1901 Vell uprising") in key
    assert identity("Vell") not in key and identity("northern Marr") not in key
    key = subject_key("Vellish Type K raider", lambda w: w == "Vellish")
    assert identity("Type K") in key and identity("Vellish Type K raider") in key
    assert identity("Vellish Type K") not in key
    assert identity("Marr rising") in subject_key("Marr rising in Vell", lambda w: False)


def test_a_subject_named_by_a_head_and_of_keeps_the_person_it_is_of_apart():
    key = subject_key("Code of Tarnabi", lambda w: w in ("Code", "of"))   # 'code of law' in the text
    assert identity("Code of Tarnabi") in key and identity("Tarnabi") not in key
