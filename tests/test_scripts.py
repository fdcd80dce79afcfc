"""Scripts and languages: runs of non-Latin script, their tags, and labels naming a language."""
from __future__ import annotations

import pytest

from book.scripts import han_variant, is_foreign, language_tag, runs


def tags(text: str) -> list[tuple[str, str]]:
    return [(r.text, r.lang) for r in runs(text)]


@pytest.mark.parametrize("text, expected", [
    ("Three Districts (ئۈچ ۋىلايەت) rose", [("ئۈچ ۋىلايەت", "ug")]),       # Uyghur letters
    ("the Zealots (קנאים)", [("קנאים", "he")]),
    ("Mainila (Майнило)", [("Майнило", "ru")]),
    ("(Тунҗы Луан)", [("Тунҗы Луан", "und-Cyrl")]),                       # not Russian letters
    ("保安隊 and 保安队", [("保安隊", "zh-Hant"), ("保安队", "zh-Hans")]),
    ("東京タワー", [("東京タワー", "ja")]),                                  # kanji with kana
    ("한국 漢字", [("한국 漢字", "ko")]),
    ("(Xiao'erjing: تُجِ لُوًا)", [("تُجِ لُوًا", "zh-Arab")]),              # the label decides
    ("(Tigrinya: ውግእ ዓድዋ)", [("ውግእ ዓድዋ", "ti")]),
    ("Tōdō Kim Ŏkch'u Nguyễn", []),                                        # Latin, however marked
])
def test_runs_and_their_languages(text, expected):
    assert tags(text) == expected


def test_direction_and_foreignness():
    assert runs("x عين y")[0].rtl and not runs("x 中 y")[0].rtl
    assert is_foreign("Kulja (伊寧)") and not is_foreign("Ürümqi, Tōdō — “quoted”")


@pytest.mark.parametrize("label, tag", [
    ("Finnish", "fi"), ("Irish", "ga"), ("Mandarin", "cmn"), ("Old Tibetan", "otb"),
    ("Xiao'erjing", "zh-Arab"), ("Pinyin", "zh-Latn-pinyin"), ("Dungan", "dng"),
    ("Colonial", None), ("Native", None), ("Total", None), ("Tibetan Army", None),
    ("English", None),
])
def test_labels_that_name_a_language(label, tag):
    assert language_tag(label) == tag


def test_han_variant_of_a_whole_text():
    assert han_variant("太平天國 and 湘軍") == "zh-Hant"
    assert han_variant("们这") == "zh-Hans"
    assert han_variant("no Chinese here") == "zh"
