"""The fonts a book embeds (book/formats/embedded.py): one block for the EPUB and the site."""
from __future__ import annotations

from dataclasses import replace

from book.formats.embedded import CSS, embedded


def test_a_book_in_scripts_e_readers_have_needs_no_font(small):
    assert set(small.foreign_text()) == {"ru"}
    assert embedded(small, None) is None                    # Cyrillic: the body face has it


def test_a_script_e_readers_may_lack_gets_a_subset_and_its_css(small, book_cache):
    rendered = replace(small, parts=tuple(
        replace(p, runs=(*p.runs, ("zh-Hant", "渡口之戰"))) if p.id == "lead" else p
        for p in small.parts))
    fonts = embedded(rendered, book_cache / "fonts")
    assert CSS == "css/fonts.css"
    [(path, media_type, data)] = fonts.files
    assert path.startswith("fonts/") and media_type == "font/otf" and data[:4] == b"OTTO"
    assert f'url("../{path}")' in fonts.css and ":lang(zh-Hant)" in fonts.css
    assert embedded(rendered, book_cache / "fonts") == fonts      # again: from the cache
