"""The infobox's names (book/enrich/index/infobox.py): a short text may name a main subject only
there."""
from __future__ import annotations

from book.render.html import render

from ...conftest import enriched_text


BOXED = ("= Battle of Orr Ford =\n\nInfobox\n- Partof: the Vell invasions of the Marr during the "
         "Ash period\n- Combatant1: Kingdom of Vella, Supported by:, Remnants of the Marr Guard\n"
         "- Combatant2: Tarn Khaganate, Ada Brann's battalion (1801–1802)\n"
         "- Commander1: Ivo Darran, Tarn Emperor, Abu Selim\n- Commander2: Ada Brann\n"
         "- Units1: Light horse and archers\n- Place: Near Orr Ford (Vellan) or Orr Vado, "
         "Marr Valley\n\nThe Battle of Orr Ford was fought in 1801. "
         "Ada Brann crossed the ford at dawn.\n")


def test_the_infobox_gives_its_commanders_belligerents_units_and_war():
    from book.enrich.index.infobox import side_name, war_name

    assert [side_name(t) for t in ("Kingdom of Vella", "Remnants of the Marr Guard", "Supported by:",
                                   "Ada Brann's battalion (1801–1802)", "Light horse and archers",
                                   "the Ren dynasty", "Remnants of Vella")] == \
        ["Kingdom of Vella", "Marr Guard", "", "", "", "Ren dynasty", ""]
    assert war_name("the Vell invasions of the Marr during the Ash period") == \
        "Vell invasions of the Marr"
    book = enriched_text(BOXED)
    rows = {e.term: [loc.anchor for loc in e.locators] for e in book.index}
    assert rows == {"Abu Selim": ["glance-commanders-and-leaders"],
                    "Brann, Ada": [rows["Brann, Ada"][0]],
                    "Darran, Ivo": ["glance-commanders-and-leaders"],
                    "Kingdom of Vella": ["glance-belligerents"],
                    "Marr Valley": ["glance-place"],
                    "Marr Guard": ["glance-belligerents"],
                    "Tarn Emperor": ["glance-commanders-and-leaders"],
                    "Tarn Khaganate": ["glance-belligerents"],
                    "Vell invasions of the Marr": ["glance-part-of"]}
    assert rows["Brann, Ada"][0].startswith("p")          # the text names her: its page only
    glance = next(p for p in render(book).parts if p.id == "at-a-glance")
    html = glance.html()
    for row in ("glance-commanders-and-leaders", "glance-belligerents", "glance-part-of"):
        assert f'<span class="ix" id="{row}"></span>' in html and row in glance.anchors
    assert "glance-units-involved" not in html             # no locator leads there


def test_an_article_of_an_infobox_alone_still_has_an_index():
    """An excerpt may stop before its lead: the infobox's commanders are then all the book names."""
    book = enriched_text(BOXED.split("\n\nThe Battle")[0] + "\n")
    assert not book.chapters
    rows = {e.term: [loc.anchor for loc in e.locators] for e in book.index}
    assert rows["Brann, Ada"] == ["glance-commanders-and-leaders"]
    assert rows["Darran, Ivo"] == ["glance-commanders-and-leaders"]
    assert rows["Kingdom of Vella"] == ["glance-belligerents"]
