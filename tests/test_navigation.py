"""The EPUB's ways in (book/formats/navigation.py): contents, depth, landmarks, the EPUB 2 guide."""
from __future__ import annotations

from book.formats.navigation import COVER, NAV, Entry, Landmark, contents, depth, guide, landmarks


def _file(part_id: str) -> str:
    return f"{part_id}.xhtml"


def test_the_contents_list_each_part_with_its_sections_below_it(small):
    toc = contents(small, _file)
    listed = [p for p in small.parts if p.in_toc]
    assert [e.title for e in toc] == [p.title for p in listed]
    assert "title-page.xhtml" not in [e.href for e in toc]        # not in the contents
    battle = next(e for e in toc if e.href == "ch-battle.xhtml")
    assert [(c.title, c.href) for c in battle.children] == [("Crossing",
                                                             "ch-battle.xhtml#s-crossing")]
    orders = [o for e in toc for o in (e.order, *(c.order for c in e.children))]
    assert orders == list(range(1, len(orders) + 1))                # NCX playOrder: 1, 2, 3 …
    assert depth(toc) == 2


def test_depth_counts_the_levels_that_exist():
    flat = (Entry("a.xhtml", "A", "A", 1),)
    assert depth(flat) == 1 and depth(()) == 1
    assert depth((Entry("a", "A", "A", 1, (Entry("a#b", "B", "B", 2, flat),)),)) == 3


def test_each_landmark_once_at_its_first_file_in_reading_order(small):
    front, rest = small.front_and_rest()
    reading = [COVER, _file(front[0].id), NAV, *(_file(p.id) for p in (*front[1:], *rest))]
    marks = landmarks(small, _file, reading)
    kinds = [m.kind for m in marks]
    assert kinds[:3] == ["cover", "titlepage", "toc"] and len(kinds) == len(set(kinds))
    body = next(m for m in marks if m.kind == "bodymatter")
    assert body.href == _file(rest[0].id) and body.guide == "text"    # Kindle's start reading
    assert {"glossary", "backmatter", "colophon"} <= set(kinds)


def test_the_guide_keeps_the_landmarks_epub_2_has_a_type_for():
    marks = (Landmark("cover", "cover", COVER, "Cover"),
             Landmark("backmatter", None, "glossary.xhtml", "Glossary"))
    assert guide(marks) == [{"href": COVER, "title": "Cover", "type": "cover"}]
