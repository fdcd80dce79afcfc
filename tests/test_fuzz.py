"""Property test: any text either fails with a clean InputError or builds a well-formed EPUB.

`make fuzz` runs the long profile (HYPOTHESIS_PROFILE=long, 10 000 cases)."""
from __future__ import annotations

import pytest

import os
import zipfile

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from book.read.article import parse
from book.build import enrichers
from book.write.epub import write_epub
from book.errors import InputError
from book.render.html import render
from book.read.shape import shape

settings.register_profile("default", max_examples=100, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("long", max_examples=10_000, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

ALPHABET = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"))
WORDS = st.text(ALPHABET, max_size=40) | st.sampled_from(
    ["<script>", "&amp;", "]]>", "{{ x }}", "{% if %}", "\"", "(", ")", "();", "KIA", "BC",
     "7 November 1944", "ВТР", "保安隊", "ئۈچ", "\u202e", "\u200b", "(ABC)", "Ma", "PLA"])
LINE = st.one_of(
    st.lists(WORDS, max_size=8).map(" ".join),
    WORDS.map(lambda w: f"== {w} =="), WORDS.map(lambda w: f"=== {w} ==="),
    WORDS.map(lambda w: f"- {w}"), st.tuples(WORDS, WORDS).map(lambda kv: f"- {kv[0]}: {kv[1]}"),
    st.lists(WORDS, max_size=5).map(lambda ws: "- Commander1: " + ", ".join(ws)),
    st.just("Infobox"), st.just(""),
)
ARTICLE = st.tuples(st.one_of(WORDS, st.just("")), st.lists(LINE, max_size=25)).map(
    lambda t: "\n".join([f"= {t[0]} =", *t[1]]))


@pytest.mark.slow
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(ARTICLE, st.text(ALPHABET, max_size=300)))
def test_random_articles(text, tmp_path_factory):
    try:
        book = shape(parse(text, "fuzz.txt"))
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.txt")
        return
    for enrich in enrichers():
        book = enrich(book)
    target = tmp_path_factory.mktemp("fuzz") / "f.epub"
    write_epub(render(book), target)
    with zipfile.ZipFile(target) as z:
        for name in z.namelist():
            if name.endswith((".xhtml", ".opf", ".ncx")):
                etree.fromstring(z.read(name))
