"""The chapters' text as the enrichers read it (book/enrich/document.py): one string of blocks,
its sentences, and the way back from a position to a block and a Provenance."""
from __future__ import annotations

from book.enrich.document import SEPARATOR, Document, infobox_provenance
from book.model import Provenance
from book.read.article import parse
from book.read.shape import shape

BLOCKS = [("p1", "Introduction", "lead", "The mill opened. It burned down.", 3),
          ("p2", "Later years", "ch-later", "A new mill rose.", 7)]


def test_blocks_are_joined_by_the_separator_with_their_starts():
    doc = Document(blocks=BLOCKS)
    assert doc.text == "The mill opened. It burned down." + SEPARATOR + "A new mill rose."
    assert [(p.anchor, p.start) for p in doc.passages] == [("p1", 0), ("p2", 33)]
    assert doc.text[doc.passages[1].start:].startswith("A new mill")


def test_sentences_are_found_in_each_block_and_never_across_two():
    doc = Document(blocks=BLOCKS)
    assert [doc.sentence_text(s) for s in doc.sentences] == [
        "The mill opened.", "It burned down.", "A new mill rose."]
    assert [s.passage for s in doc.sentences] == [0, 0, 1]


def test_a_position_leads_back_to_its_passage_and_sentence():
    doc = Document(blocks=BLOCKS)
    assert doc.passage_at(0).anchor == "p1" and doc.passage_at(32).anchor == "p1"
    assert doc.passage_at(33).anchor == "p2" and doc.passage_at(len(doc.text) - 1).anchor == "p2"
    assert doc.sentence_text(doc.sentence_at(20)) == "It burned down."
    assert doc.sentence_text(doc.sentence_at(16)) == "The mill opened."   # the space after it


def test_a_provenance_is_relative_to_its_block():
    doc = Document(blocks=BLOCKS)
    start = doc.text.index("new mill")
    assert doc.provenance("x.rule", start, start + 8) == \
        Provenance("x.rule", "p2", (2, 10), "Later years", 7, None)
    # a span running past its block's end is cut at the end of the block
    assert doc.provenance("x.rule", 4, 40).span == (4, 32)


def test_a_document_of_a_book_reads_its_chapters_blocks_in_order():
    book = shape(parse("= Mills =\n\nThe first mill.\n\n== History ==\nThe second mill.\n"))
    doc = Document(book)
    assert doc.text == "The first mill.\nThe second mill."
    assert [p.section for p in doc.passages][1] == "History"


def test_one_text_alone_and_its_word_index():
    doc = Document.of_text("Mill Street and Mill Lane", anchor="glance-place")
    assert [p.anchor for p in doc.passages] == ["glance-place"]
    assert doc.index.count("Mill") == 2 and doc.index.count("Mill Lane") == 1


def test_an_infobox_phrase_points_at_the_glance_table():
    p = infobox_provenance("x.rule", 12, (0, 4))
    assert (p.anchor, p.section, p.line, p.span) == ("at-a-glance", "At a glance", 12, (0, 4))
