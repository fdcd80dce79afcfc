"""The infobox's dated rows (book/enrich/chronology/infobox.py): its Date under the article's
title, a date another row gives, and no entry for a row that only names a thing."""
from __future__ import annotations

from book.enrich.chronology import infobox
from book.read.article import parse
from book.read.shape import shape


def test_the_date_row_and_a_dated_row_are_entries():
    book = shape(parse("= Siege of Orrel =\nInfobox\n- Date: 3 March – 9 April 1821\n"
                       "- Result: Treaty of Kessby signed on 12 May 1821\n"
                       "- Conflict: War of 1820\n\nThe siege began.\n"))
    events = [(e.display, e.text, e.group, e.section) for e, _ in infobox.events(book, (1821, 1821))]
    assert events == [("3 March – 9 April 1821", "Siege of Orrel", "1821", "At a glance"),
                      ("12 May 1821", "Treaty of Kessby signed on 12 May 1821", "1821",
                       "At a glance")]                     # not 'War of 1820': it names


def test_an_undated_infobox_gives_no_entry():
    book = shape(parse("= Orrel =\nInfobox\n- Place: Orrel\n- Result: Kessby victory\n\nText.\n"))
    assert infobox.events(book, None) == []
