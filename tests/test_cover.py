"""The cover: 1600×2400, strong contrast, and nothing drawn past its margins whatever the title."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from book.render.html import render
from book.formats.cover import ACCENT, GROUND, INK, cover_png, draw_cover


def luminance(rgb) -> float:
    def channel(c):
        c /= 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = map(channel, rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_contrast_strongly():
    assert contrast(INK, GROUND) >= 12          # title on the ground
    assert contrast(ACCENT, GROUND) >= 7        # years, and the attribution band
    assert contrast(GROUND, ACCENT) >= 7


@pytest.fixture(scope="module")
def seed_rendered(seed_book):
    return render(seed_book)


def test_the_epub_cover_is_a_1600_by_2400_png(seed_rendered):
    image = Image.open(io.BytesIO(cover_png(seed_rendered)))
    assert (image.format, image.size) == ("PNG", (1600, 2400))


@pytest.mark.parametrize("title, subtitle, part_of", [
    ("Ili Rebellion", "1944–1946", ""),
    ("Political accession of Xinjiang to Chinese communist rule", "1949–1955",
     "the Chinese Civil War and the Cold War in Central Asia"),
    ("太平天國運動", "1850–1864", ""),
    ("ئۈچ ۋىلايەت ئىنقىلابى", "", ""),
    ("Ili", "the Chinese Civil War and the Cold War in Central Asia and beyond it", ""),
])
def test_nothing_is_drawn_past_the_margins(seed_rendered, title, subtitle, part_of):
    rendered = replace(seed_rendered, title=title, subtitle=subtitle, part_of=part_of,
                       creator="Encyclopedia contributors of a very long name indeed")
    image = draw_cover(rendered, 1600, 2400).convert("RGB")     # what cover_png encodes
    band = int(2400 * 0.1)
    edges = [image.crop(box) for box in ((0, 0, 1600, 60), (0, 0, 60, 2400 - band),
                                         (1540, 0, 1600, 2400 - band))]
    for edge in edges:
        assert [colour for _n, colour in edge.getcolors(edge.width * edge.height)] == [GROUND]
    title_area = image.crop((0, 0, 1600, 2400 - band))
    inked = dict((colour, n) for n, colour in title_area.getcolors(1600 * 2400)).get(INK, 0)
    assert inked > 1600 * 2400 * 0.012          # a large title, not a thin line of text


def test_line_breaking_finds_the_narrowest_widest_line():
    """Against trying every break (what the cover did, at words² × length per line count)."""
    import itertools
    import random

    from book.formats.cover import _lines

    rng = random.Random(30)
    for _ in range(200):
        words = ["w" * rng.randint(1, 9) for _ in range(rng.randint(1, 8))]
        measure = {w: float(len(w)) for w in words} | {" ": 1.0}
        for n in range(1, 5):
            got = _lines(words, n, " ", measure)
            assert len(got) <= n and " ".join(got).split() == words
            best = min(max(len(" ".join(words[a:b])) for a, b in zip((0, *cut), (*cut, len(words))))
                       for k in range(min(n, len(words)))
                       for cut in itertools.combinations(range(1, len(words)), k))
            assert max(map(len, got)) == best, (words, n, got)


@pytest.mark.parametrize("title", ["Word " * 260, "太平天國運動" * 1700, "x" * 10_000])
def test_a_cover_costs_the_same_whatever_the_title(seed_rendered, monkeypatch, title):
    """A title of any length (a raised --max-title, or the infobox's Part of) is measured a
    bounded number of times: each distinct word once per size tried, each line kept once."""
    from PIL import ImageFont

    from book.formats.cover import COVER_TEXT, _shortened, draw_cover

    calls = []
    measure = ImageFont.FreeTypeFont.getlength
    monkeypatch.setattr(ImageFont.FreeTypeFont, "getlength",
                        lambda self, text, *a, **k: calls.append(text) or measure(self, text, *a, **k))
    rendered = replace(seed_rendered, title=title, part_of="of a war " * 20_000)
    image = draw_cover(rendered, 400, 600)
    assert image.size == (400, 600)
    assert len(calls) < 1_000 and max(map(len, calls)) <= COVER_TEXT + 1
    assert len(_shortened(title)) <= COVER_TEXT + 1 and _shortened(title).endswith("…")
