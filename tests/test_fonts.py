"""Fonts for the scripts e-readers may lack (book/pipeline/fonts.py): which family a language
needs, its subset, and the verified cache of subsets."""
from __future__ import annotations

import pytest

from book.pipeline.fonts import (EmbeddedFont, cache_get, cache_put, clear, embed, fallbacks,
                                 family_for, locate)


@pytest.mark.parametrize("lang, family", [
    ("zh-Hant", "Noto Serif CJK TC"), ("zh", "Noto Serif CJK SC"), ("ug", "Noto Naskh Arabic"),
    ("zh-Arab", "Noto Naskh Arabic"),               # the script subtag wins over the language
    ("und-Ethi", "Noto Serif Ethiopic"), ("ru", None), ("el", None), ("en", None)])
def test_the_family_a_language_needs(lang, family):
    assert family_for(lang) == family


def test_a_subset_is_named_before_the_system_faces_of_its_script():
    font = EmbeddedFont("Noto Serif CJK SC", ("zh",), "noto-serif-cjk-sc.otf", b"")
    assert font.stack[0] == "Noto Serif CJK SC" and "SimSun" in font.stack
    assert fallbacks("Noto Serif Thai") == ("Noto Sans Thai",)
    assert fallbacks("Something Else") == ()


def test_embed_subsets_one_font_per_family_needed(tmp_path):
    assert locate("Noto Naskh Arabic") is not None          # fonts-noto-core (make installs it)
    fonts = embed({"ug": "ئۈچ", "ar": "عرب", "ru": "Форд"}, tmp_path)
    assert [(f.family, f.langs, f.file_name) for f in fonts] == [
        ("Noto Naskh Arabic", ("ar", "ug"), "noto-naskh-arabic.ttf")]
    assert len(fonts[0].data) < 200_000                    # a subset, not the whole font
    assert embed({"ug": "ئۈچ", "ar": "عرب"}, tmp_path)[0].data == fonts[0].data   # cached


def test_a_cache_entry_is_verified_before_use(tmp_path):
    entry = tmp_path / "fonts" / "abc.font"
    cache_put(entry, b"font bytes")
    assert cache_get(entry) == b"font bytes"
    entry.write_bytes(entry.read_bytes()[:-1] + b"X")          # one byte changed
    assert cache_get(entry) is None
    assert cache_get(tmp_path / "fonts" / "missing.font") is None
    clear(tmp_path / "fonts")
    assert list((tmp_path / "fonts").iterdir()) == []
