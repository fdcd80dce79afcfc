"""The one rendering: typed parts with their anchors, language runs and link targets."""
from __future__ import annotations

from lxml import etree

from book.build import book_from
from book.read.article import parse
from book.render.html import inline, render

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
    assert '<span lang="zh" xml:lang="zh">伊寧</span>' in html or 'lang="zh-Hant"' in html
    assert '<abbr class="ac">KMT</abbr>' in html and "1801 – 1803" in html
