"""The cover: 1600×2400, strong contrast, and nothing drawn past its margins whatever the title."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image

from book.render.html import render
from book.formats.cover import ACCENT, GROUND, INK, cover_png


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


@pytest.mark.parametrize("title, subtitle, part_of", [
    ("Ili Rebellion", "1944–1946", ""),
    ("Political accession of Xinjiang to Chinese communist rule", "1949–1955",
     "the Chinese Civil War and the Cold War in Central Asia"),
    ("太平天國運動", "1850–1864", ""),
    ("ئۈچ ۋىلايەت ئىنقىلابى", "", ""),
    ("Ili", "the Chinese Civil War and the Cold War in Central Asia and beyond it", ""),
])
def test_nothing_is_drawn_past_the_margins(seed_book, title, subtitle, part_of):
    rendered = replace(render(seed_book), title=title, subtitle=subtitle, part_of=part_of,
                       creator="Encyclopedia contributors of a very long name indeed")
    image = Image.open(io.BytesIO(cover_png(rendered))).convert("RGB")
    assert image.size == (1600, 2400)
    band = int(2400 * 0.1)
    edges = [image.crop(box) for box in ((0, 0, 1600, 60), (0, 0, 60, 2400 - band),
                                         (1540, 0, 1600, 2400 - band))]
    for edge in edges:
        assert set(edge.get_flattened_data()) == {GROUND}
    title_area = image.crop((0, 0, 1600, 2400 - band))
    inked = sum(1 for p in title_area.get_flattened_data() if p == INK)
    assert inked > 1600 * 2400 * 0.012          # a large title, not a thin line of text
