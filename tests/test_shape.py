"""Shaping: the lead opens the book, sections become chapters, See also goes to the back."""
from __future__ import annotations

from book.read.article import parse
from book.read.shape import full_text, shape, texts, walk_blocks

ARTICLE = """= The Ford =
Infobox
- Date: 1801

The lead.

== Background ==
Before.
=== Causes ===
- a list item
- another
== See also ==
- Other ford
- Another battle
"""


def test_chapters_and_back_matter():
    book = shape(parse(ARTICLE))
    assert [(c.id, c.title, c.kind) for c in book.chapters] == [
        ("lead", "Introduction", "introduction"), ("ch-background", "Background", "chapter")]
    assert book.see_also == ("Other ford", "Another battle")


def test_walk_and_text_helpers():
    book = shape(parse(ARTICLE))
    walked = [(chapter.id, section, texts(block)) for chapter, section, block in walk_blocks(book)]
    assert walked == [("lead", "Introduction", ["The lead."]),
                      ("ch-background", "Background", ["Before."]),
                      ("ch-background", "Causes", ["a list item", "another"])]
    assert full_text(book) == "The lead.\nBefore.\na list item another"


def test_an_article_without_a_lead_starts_with_its_first_chapter():
    book = shape(parse("= T =\n== One ==\nText.\n"))
    assert [c.title for c in book.chapters] == ["One"]
