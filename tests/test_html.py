"""The one rendering: typed parts with their anchors, language runs and link targets."""
from __future__ import annotations

import re

from lxml import etree

from book.build import book_from
from book.paths import TEMPLATES
from book.read.article import parse
from book.render.html import (EbookOnly, PageRef, ebook_only, inline, pages, ref, render,
                              split_marks)
from book.settings import Settings

from .conftest import FORD

ARTICLE = FORD.format(title="Battle of the Ford")


def rendered():
    return render(book_from(parse(ARTICLE)))


def test_parts_carry_anchors_runs_and_targets():
    r = rendered()
    parts = {p.id: p for p in r.parts}
    assert [p.id for p in r.parts][:4] == ["title-page", "colophon", "at-a-glance", "lead"]
    lead, battle = parts["lead"], parts["ch-battle"]
    assert {"lead", "p1"} <= set(lead.anchors) and ("ru", "Фордская битва") in lead.runs
    assert r.owners()["p1"] == "lead" and r.languages == ("ru",)
    # the glossary link in the chapter points at the entry; each writer decides how it looks
    assert "g-rg" in battle.targets
    assert 'href="#g-rg"' in battle.html()
    assert 'href="glossary.xhtml#g-rg"' in battle.html(lambda a: f"glossary.xhtml#{a}")
    assert "\x00" not in battle.html() and "\x01" not in battle.html()


def test_every_part_is_well_formed_xhtml():
    for part in rendered().parts:
        etree.fromstring(f'<div xmlns:epub="http://www.idpf.org/2007/ops">{part.html()}</div>')


def test_inline_typography_escaping_and_tags():
    html = str(inline('"Kulja" (伊寧) & <b> the KMT 1801 - 1803'))
    assert html.startswith("“Kulja”") and "&amp; &lt;b&gt;" in html
    assert '<span lang="zh-Hant" xml:lang="zh-Hant">伊寧</span>' in html     # 寧: Traditional
    assert '<abbr class="ac">KMT</abbr>' in html and "1801 – 1803" in html


# The markers between templates and split_marks() (render/html.py: REF, PAGES, EBOOK) -------------

_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def test_option_text_is_data_not_a_marker():
    book = book_from(parse(ARTICLE))
    r = render(book, Settings(author="A\x02x\x03B", licence="Free\x04 to share\x05.",
                              publisher="P\x00ub", series="S\x1fS"))
    parts = {p.id: p for p in r.parts}
    assert '<p class="author">AxB</p>' in parts["title-page"].html()
    assert r.creator == "AxB"
    colophon = parts["colophon"].html()
    assert "Free to share." in colophon and "Published by Pub." in colophon
    assert not [p.id for p in r.parts if _CONTROLS.search(p.html() + p.html(pages=str))]


def test_article_text_is_data_not_a_marker():
    r = render(book_from(parse(ARTICLE.replace("The RG held.", "The \x02page\x03 RG \x04held."))))
    battle = next(p for p in r.parts if p.id == "ch-battle")
    assert "The page " in battle.html() and not [t for t in battle.targets if not isinstance(t, str)]


def test_no_template_writes_a_control_character():
    written = [t.name for t in TEMPLATES.iterdir() if _CONTROLS.search(t.read_text("utf-8"))]
    assert written == []


def test_markers_split_into_chunks_and_targets():
    html = f"a{ref('x')}b{pages(['p1', 'p2'], 'pages')}c{ebook_only('only')}d"
    chunks, targets = split_marks(html)
    assert chunks == ("a", "b", "c", "only", "d")
    assert targets == ("x", PageRef("pages", ("p1", "p2")), EbookOnly(True), EbookOnly(False))


# An article with no infobox, no date and no acronym (a poet, a city, a hurricane season
# often comes so): its book has no empty appendix (issue 28).
BARE = """= Wren Hollow =

Wren Hollow is a quiet village by a slow river. Ada Marsh kept its mill.

== Mill ==
Ada Marsh ground the grain of Wren Hollow for the whole valley.
"""


def test_an_appendix_exists_only_with_entries():
    r = render(book_from(parse(BARE)))
    assert [p.id for p in r.parts] == ["title-page", "colophon", "lead", "ch-mill", "index"]
    colophon = r.parts[1].html()
    assert "The index was extracted from that text by rule" in colophon
    assert "glossary" not in colophon and "commanders" not in colophon
    full = {p.id for p in rendered().parts}
    assert {"glossary", "chronology", "biographies", "index"} <= full
    assert "The glossary, chronology, commanders’ entries and index were extracted" in \
        rendered().parts[1].html()


def test_a_heading_over_nothing_is_left_out():
    """A section or chapter whose table or picture the source dropped: no heading stacked on
    the next one, no empty chapter page, no contents line (issue 28)."""
    text = BARE + ("=== Wheel ===\n\n=== Stones ===\nThe stones came from the hills.\n\n"
                   "== Family tree ==\n\n== Later years ==\nThe mill closed.\n")
    r = render(book_from(parse(text)))
    ids = [p.id for p in r.parts]
    assert "ch-family-tree" not in ids and "ch-later-years" in ids
    mill = next(p for p in r.parts if p.id == "ch-mill")
    assert [h.title for h in mill.headings] == ["Stones"]
    assert "Wheel" not in mill.html() and "Stones" in mill.html()
    later = next(p for p in r.parts if p.id == "ch-later-years")
    assert "Chapter 2" in later.html()          # numbered as the second chapter the book has


def test_a_title_keeps_its_last_word_company():
    """No last word alone on a line ('Second Battle of Naktong / Bulge'): the last two words
    share an unbreakable span, the text keeps its space (the outline reads as written)."""
    from markupsafe import Markup

    from book.render.html import no_widow

    assert no_widow(Markup("Second Battle of the Long Bridge")) == \
        'Second Battle of the <span class="nowrap">Long Bridge</span>'
    assert no_widow(Markup("Two Words")) == "Two Words"
    assert no_widow(Markup("Ending in Extraordinarily Longwinded")) == \
        "Ending in Extraordinarily Longwinded"
    tagged = Markup('Battle of the <abbr class="ac">RG</abbr>')
    assert no_widow(tagged) == tagged                    # markup inside: left as it is
    page = render(book_from(parse(BARE.replace("Wren Hollow =", "Wren Hollow Upon Tyne =", 1))))
    assert '<span class="nowrap">Upon Tyne</span></h1>' in page.parts[0].html()
    assert '<span class="nm">' not in page.parts[0].html()          # front matter: no marks
