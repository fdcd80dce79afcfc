"""The web edition's view of the rendering (book/render/web.py): pages, links, definitions."""
from __future__ import annotations

import re

from book.render import web


def test_the_front_matter_is_on_the_book_page_and_each_other_part_on_its_own(small):
    front, rest = small.front_and_rest()
    assert {web.page_of(p) for p in front} == {web.BOOK_PAGE}
    assert [web.page_of(p) for p in web.reading(small)] == \
        [f"book-{p.id}.html" if p.id == "index" else f"{p.id}.html" for p in rest]


def test_links_are_local_on_their_own_page_and_file_names_elsewhere(small):
    href = web.linker(small, "ch-battle.html")
    assert href("s-crossing") == "#s-crossing"
    assert href("g-rg") == "glossary.html#g-rg"
    assert web.linker(small, web.BOOK_PAGE)("g-rg") == "glossary.html#g-rg"


def test_a_glossary_link_is_followed_by_its_definition(small):
    parts = {p.id: p for p in small.parts}
    definitions = web.tips(parts["glossary"])
    assert "g-rg" in definitions and "<a " not in definitions["g-rg"]
    page = web.augment(parts["ch-battle"].html(web.linker(small, "ch-battle.html")), "ch-battle",
                       definitions)
    link = re.search(r'<a class="gl" id="([^"]+)" href="glossary.html#g-rg" '
                     r'aria-describedby="tip-\1">', page)
    assert link and f'<span class="gl-tip" role="tooltip" id="tip-{link.group(1)}">' in page


def test_every_heading_links_to_itself(small):
    page = web.augment("<h2>No id here</h2><h3 id='x'>Has one</h3>", "ch", {})
    assert '<h2 id="ch-no-id-here"><a class="anchor" href="#ch-no-id-here">No id here</a></h2>' \
        in page
    assert '<a class="anchor" href="#x">Has one</a>' in page
