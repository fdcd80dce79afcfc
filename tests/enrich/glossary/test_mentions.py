"""How often and where first many names stand in a text (book/enrich/glossary/mentions.py)."""
from __future__ import annotations

from book.enrich.glossary.mentions import scan


def test_each_name_standing_alone_its_count_and_first_position():
    text = "Orrel and Orrel Harbour and Orrelby; Orrel."
    assert scan(text, ["Orrel", "Orrel Harbour", "Kessby"]) == {
        "Orrel": (3, 0), "Orrel Harbour": (1, 10)}               # not inside 'Orrelby'
    assert scan(text, []) == {} and scan("", ["Orrel"]) == {}
