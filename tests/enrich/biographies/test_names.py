"""How the text may name a commander (book/enrich/biographies/names.py): the full name and the
two-word forms only one commander has, who owns each name word, the words used for groups."""
from __future__ import annotations

from book.enrich.biographies.names import candidates, group_words, owners, people, present

PEOPLE = people(["Ivo Tarn Harrow", "Ada Voss", "Ivo Tarn Kell"])


def test_a_full_name_and_the_two_word_forms_no_one_else_has():
    harrow, voss, _ = PEOPLE
    assert voss.full.search("Then Ada Voss left.") and not voss.full.search("Then Ada left.")
    assert harrow.full.search("Ivo Harrow left.")             # his alone
    assert not harrow.full.search("Ivo Tarn left.")           # Ivo Tarn Kell's too
    assert harrow.full.search("Ivo Ta-rn Harrow left.")       # a romanisation's hyphen
    assert harrow.full.search("Ivo Tarn-Harrowby left.") is None


def test_a_romanisation_split_by_hyphens_is_the_same_name():
    [ma] = people(["Ma Hushan"])
    assert ma.full.search("Ma Hu-shan fled.") and not ma.full.search("Ma Hus-han-x fled.")


def test_who_owns_each_word_and_who_can_be_named_in_a_text():
    owned = owners(PEOPLE)
    assert owned == {"Ivo": [0, 2], "Tarn": [0, 2], "Harrow": [0], "Ada": [1], "Voss": [1],
                     "Kell": [2]}
    assert candidates("Ada came.", owned) == [1] and candidates("Kell and Ivo came.", owned) == [0, 2]
    assert candidates("Nobody came.", owned) == []


def test_the_words_of_a_text_as_name_words_match_them():
    assert present("Voss's men met Lee. Ma Hu-shan") >= {"Voss", "Lee", "Hushan", "Hu-shan"}
    assert "Voss's" in present("Voss's men") and "men" in present("Voss's men")


def test_a_name_word_the_text_uses_for_a_group():
    owned = owners(people(["Ada Voss", "Ivo Marr"]))
    assert group_words("Later the Voss fled. Marr soldiers came.", owned) == {"Voss", "Marr"}
    assert group_words("Ada Voss fled with Ivo Marr.", owned) == frozenset()
