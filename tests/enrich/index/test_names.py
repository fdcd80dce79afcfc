"""The name grammar (book/enrich/index/names.py): the mentions it finds in a paragraph, with
their titles, and the identity that folds a name's spellings."""
from __future__ import annotations

from book.enrich.document import Document
from book.enrich.index.names import identity, mentions
from book.enrich.index.usage import Usage
from book.read.article import parse as parse_article
from book.read.shape import shape


def names_in(text: str) -> list[tuple[str, str]]:
    """(name, title) of every mention the grammar finds in one paragraph."""
    usage = Usage(Document(shape(parse_article(f"= T =\n\n{text}\n"))))
    return [(m.text, m.title) for m in mentions(usage)]


def test_a_dotted_abbreviation_is_one_token_and_never_leaves_a_fragment():
    found = names_in("The U.S. Navy and the U.S.S.R. met. The U.S. Navy sailed.")
    assert ("U.S. Navy", "") in found and not [n for n, _ in found if n.startswith("S.")]


def test_a_roman_numeral_before_a_sentence_end_closes_the_name():
    found = names_in("Coast towns fell in the Harbour War I. Towards the autumn they rose.")
    assert ("Harbour War I", "") in found and not [n for n, _ in found if "Towards" in n]


def test_ranks_and_titles_are_kept_apart_from_the_name():
    found = names_in("Then General of the Army Corwin Hale and Private First Class Anselm K. "
                     "Drury came, and the Vellish Major General Pak Son Il left.")
    assert ("Corwin Hale", "General of the Army") in found
    assert ("Anselm K. Drury", "Private First Class") in found
    assert ("Pak Son Il", "Major General") in found and ("Vellish", "") in found


def test_a_rank_before_a_head_noun_is_part_of_the_name():
    assert ("General Assembly", "") in names_in("The General Assembly met in May.")


def test_a_word_opening_a_sentence_is_dropped_when_the_text_writes_it_in_lower_case():
    found = names_in("Angry Kazakh herders fled. The angry men left. Walton Walker ordered it.")
    assert ("Kazakh", "") in found and ("Walton Walker", "") in found


def test_of_joins_a_name_unless_it_joins_two():
    found = names_in("The Battle of Masan began. B Company of the 72nd Tank Battalion held. "
                     "Emperor Trajo of Lusca ruled, and Trajo built roads in Lusca.")
    assert {"Battle of Masan", "B Company", "72nd Tank Battalion", "Trajo", "Lusca"} <= \
        {n for n, _ in found}


def test_and_joins_a_name_only_where_neither_side_is_a_name_of_its_own():
    found = {n for n, _ in names_in(
        "He joined the Vell Academy of Arts and Sciences in May, and the Museum of Modern Art "
        "and Design opened. The French and Vellan War began. He studied at Tarnholm and Kell "
        "University, and Tarnholm grew. The Pilvo Shell and Marrow Corporation merged.")}
    assert {"Vell Academy of Arts and Sciences", "Museum of Modern Art and Design",
            "French and Vellan War", "Tarnholm", "Kell University", "Pilvo Shell",
            "Marrow Corporation"} <= found


def test_a_nickname_in_quotes_inside_a_name_is_read_past_and_left_out_of_it():
    found = names_in('The 5th Regiment (Col. Orrin D. "Salty" Vask, VMC) landed. He said "Go" Tarn.')
    assert ('Orrin D. Vask', "Col.") in found and ("Go", "") in found and ("Tarn", "") in found


def test_a_possessive_splits_a_name_unless_its_owner_is_a_common_noun():
    found = {n for n, _ in names_in("Nero's Domus Aurea stood. The Korean People's Army came. "
                                    "Shays' Rebellion failed.")}
    assert {"Nero", "Domus Aurea", "Korean People's Army", "Shays' Rebellion"} <= found


def test_a_word_broken_by_a_stray_apostrophe_is_read_whole():
    # the reader joins the apostrophe to its word (book/read/text.py): no fragment 'Hyongp'
    assert names_in("They crossed near Hyongp 'ung at dawn.") == [("Hyongp'ung", "")]


def test_a_people_of_a_place_is_two_names():
    found = [n for n, _ in names_in("The Vellan troops came. The Vellans of Tarn rose. Ostra sent "
                                    "the Knights of Ember.")]
    assert "Tarn" in found and "Vellans of Tarn" not in found and "Knights of Ember" in found


def test_a_month_is_no_part_of_a_name():
    assert names_in("On 6 October Hale came. The October Revolution began.") == \
        [("Hale", ""), ("October Revolution", "")]


def test_identity_folds_abbreviations_and_articles():
    assert identity("U.S. Navy") == identity("US Navy") and identity("The Hague") == "hague"


def test_a_country_abbreviated_in_a_name_and_the_world_wars_compare_equal():
    assert identity("US Navy") == identity("U.S. Navy") == identity("United States Navy")
    assert identity("Second World War") == identity("World War II")
    assert identity("US") != identity("United States")     # an acronym alone stays itself
