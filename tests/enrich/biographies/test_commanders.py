"""Who the appendix lists (book/enrich/biographies/commanders.py): the infobox's commanders by
side, else those the text says held command; ranks kept apart from the name."""
from __future__ import annotations

from book.enrich.biographies import sentence_spans
from book.enrich.biographies.commanders import from_text, listed, split_rank
from book.enrich.document import Document
from book.read.article import parse
from book.read.shape import shape


def commanders(text: str) -> list[tuple]:
    book = shape(parse(text))
    doc = Document(book)
    sentences = [(a, b) for a, b, _ in sentence_spans(book, doc)]
    return [(x.commander.name, x.commander.rank, x.side_label, x.provenance.rule)
            for x in listed(book, doc, sentences)]


def test_the_rank_at_the_head_of_a_name():
    assert split_rank(None, "Major General Ivo Harrow") == ("Major General", "Ivo Harrow")
    assert split_rank("Colonel", "Meanwhile Ada Voss") == ("Colonel", "Ada Voss")
    assert split_rank(None, "Ada Voss's") == (None, "Ada Voss")


def test_without_an_infobox_the_commanders_the_text_states():
    assert commanders("= Siege of Orrel =\n\nColonel Ada Voss commanded the garrison. The "
                      "relief was led by General Ivo Harrow. Harrow's men rested.\n") == [
        ("Ada Voss", "Colonel", "", "command-commanded"),
        ("Ivo Harrow", "General", "", "command-led-by-rank")]


def test_with_an_infobox_its_commanders_by_side():
    listed_ = commanders("= Siege of Orrel =\nInfobox\n- Commander1: Ada Voss\n"
                         "- Commander2: Ivo Harrow, Tor Kell\n\nThe relief was led by General "
                         "Bo Lind.\n")
    assert [(n, rank) for n, rank, _, _ in listed_] == [
        ("Ada Voss", None), ("Ivo Harrow", None), ("Tor Kell", None)]      # not Bo Lind


def test_a_name_the_text_gives_without_a_command_is_not_listed():
    book = shape(parse("= Orrel =\n\nAda Voss visited the garrison.\n"))
    doc = Document(book)
    assert from_text(doc, [(a, b) for a, b, _ in sentence_spans(book, doc)]) == []
