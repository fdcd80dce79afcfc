"""The reader: structure of the article format and clear errors on bad input."""
from __future__ import annotations

import pytest

from book.read.article import parse, read
from book.errors import InputError

from .conftest import SEED


def test_seed_structure():
    a = read(SEED)
    assert a.title == "Ili Rebellion" and a.slug == "ili-rebellion"
    assert [f.key for f in a.infobox.fields][:3] == ["Conflict", "Place", "Result"]
    assert [s.title for s in a.sections][:3] == ["Background", "Fighting", "1947 unrest"]
    fighting = a.sections[1]
    assert [s.title for s in fighting.subsections] == [
        "Kulja revolt", "Massacres", "Formation of Ili National Army"]
    assert a.lead[0].text.startswith("The Ili Rebellion was a separatist uprising")


def test_markup_leftovers_are_tidied():
    a = read(SEED)
    lead = a.lead[0].text
    assert "()" not in lead and "(;" not in lead
    assert "Three Districts Revolution (ئۈچ ۋىلايەت ئىنقىلابى)" in lead


def test_seed_commanders():
    names = [c.name for c in read(SEED).infobox.commanders]
    assert len(names) == 22 and "Liu Bindi" in names


def test_bom_crlf_and_duplicate_headings(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeff= T =\r\n\r\n== A ==\r\nx\r\n== A ==\r\ny\r\n".encode())
    a = read(path)                       # the reader itself takes the BOM and CRLF
    assert a.title == "T" and [s.id for s in a.sections] == ["s-a", "s-a-2"]
    assert [b.text for s in a.sections for b in s.blocks] == ["x", "y"]


@pytest.mark.parametrize("data, message", [
    (b"", "empty article"),
    (b"no title here\n", "first line is not a title"),
    (b"= T =\nInfobox\n- Place Dublin\n", "infobox line has no ':'"),
    (b"= T =\n== ==\n", "heading has no text"),
    (b"= T =\n\xff\xfe bad", "not valid UTF-8 at byte offset 6"),
    (b"\x00\x01\x02binary", "binary file"),
])
def test_bad_input_is_one_clear_line(tmp_path, data, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    with pytest.raises(InputError) as err:
        read(path)
    assert message in str(err.value) and str(path) in str(err.value)
    assert "\n" not in str(err.value)


def test_bom_is_accepted(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff= Title =\r\nText.\r\n".encode())
    assert read(path).title == "Title"


def test_infobox_header_variants():
    a = parse("= T =\nInfobox military conflict\n- Commander1: Ann Lee\n\nText.\n")
    assert [c.name for c in a.infobox.commanders] == ["Ann Lee"] and a.lead[0].text == "Text."
    a = parse("= T =\nInfoboxes are boxes.\n")
    assert not a.infobox.raw and a.lead[0].text == "Infoboxes are boxes."


def test_infobox_sub_item_lines_continue_the_field():
    a = parse("= T =\nInfobox\n- Units1: Army\n- * 2nd Division\n- * 3rd Division: reserve\n\nText.\n")
    assert a.infobox.raw[0].value == "Army, * 2nd Division, * 3rd Division: reserve"
    assert [(i.text, i.kind) for i in a.infobox.sides[0].units] == [
        ("Army", "value"), ("2nd Division", "sub"), ("3rd Division: reserve", "sub")]


def test_sentences_keep_brackets_and_abbreviations_whole():
    from book.read.text import sentences
    text = ("It was fought on 7 September [O.S. 26 August] 1802. The corps (XI. Korps) landed. "
            "The army (k.u.k. Armee) broke. He gave up at 5:30 p.m. At dawn the rest left. "
            "They met at 3 p.m. on Sunday. The U.S. Army came.")
    assert [s for _, s in sentences(text)] == [
        "It was fought on 7 September [O.S. 26 August] 1802.", "The corps (XI. Korps) landed.",
        "The army (k.u.k. Armee) broke.", "He gave up at 5:30 p.m.", "At dawn the rest left.",
        "They met at 3 p.m. on Sunday.", "The U.S. Army came."]
