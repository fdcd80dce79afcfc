"""The article format's line shapes (book/read/syntax.py), shared by the parser and the
pre-scan of the limits."""
from __future__ import annotations

import pytest

from book.read.syntax import FIELD, HEADING, INFO_ITEM, TITLE, infobox_start


def test_title_and_heading_lines():
    assert TITLE.match("= Ili Rebellion =").group(1) == "Ili Rebellion"
    assert not TITLE.match("== Background ==")
    m = HEADING.match("=== Course of the war ===")
    assert (m.group(1), m.group(2)) == ("===", "Course of the war")
    assert not HEADING.match("== Open") and not HEADING.match("Text == with == signs")


def test_an_infobox_item_and_a_field():
    assert INFO_ITEM.match("- Commander1: Ann Lee").groups() == ("Commander1", "Ann Lee")
    assert FIELD.match("- Date: 1944")
    assert not FIELD.match("- a list item") and not FIELD.match("- Date:")


@pytest.mark.parametrize("first, second, start", [
    ("- Date: 1944", "- Place: Ili", 0),                 # fields right after the title
    ("Infobox military conflict", "- Date: 1944", 1),    # under an 'Infobox' line
    ("East Turkestan Republic", "- Date: 1944", 1),      # under a caption
    ("Infobox", "- no colon here", 1),                   # 'Infobox' over a malformed field
    ("Infobox", None, 1),
    ("The war began in 1944.", "- Date: 1944", None),    # a sentence is not a caption
    ("A paragraph", "Another paragraph", None),
    ("== Background ==", "- Date: 1944", None),
])
def test_where_the_infobox_starts(first, second, start):
    assert infobox_start(first, second) == start
