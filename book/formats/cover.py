"""The cover: title, years and attribution set large on a dark ground so that it still reads as a
60-pixel thumbnail. A PNG for the EPUB; the same design at the trim size as a PDF for print."""
from __future__ import annotations

import io
import time

from PIL import Image, ImageDraw, ImageFont

from ..pipeline.fonts import family_for, locate
from ..scripts import lang_of
from ..render.html import Rendered

WIDTH, HEIGHT = 1600, 2400
GROUND, INK, ACCENT, SOFT = (24, 35, 48), (248, 244, 235), (226, 170, 68), (178, 190, 204)
_CJK = ("zh", "ja", "ko")
COVER_TEXT = 300                       # characters of one block the cover shows at most
_RTL = ("ar", "fa", "ug", "ur", "ps", "he", "syr", "dv")


def cover_png(rendered: Rendered, size: tuple[int, int] = (WIDTH, HEIGHT)) -> bytes:
    """The cover as PNG bytes (deterministic for the same book)."""
    out = io.BytesIO()
    draw_cover(rendered, *size).save(out, "PNG", optimize=True)
    return out.getvalue()


def cover_pdf(rendered: Rendered, target, width_mm: float, height_mm: float,
              dpi: int = 300) -> None:
    """The cover at the print trim size, as a one-page PDF dated by the build (reproducible)."""
    size = (round(width_mm / 25.4 * dpi), round(height_mm / 25.4 * dpi))
    when = time.strptime(rendered.build_date, "%Y-%m-%dT%H:%M:%SZ")
    draw_cover(rendered, *size).save(target, "PDF", resolution=dpi, title=rendered.title,
                                     author=rendered.creator, creationDate=when, modDate=when,
                                     producer="book", creator="book")


def _font(family: str, size: int, weight: str = ""):
    found = locate(family, weight) or locate("Noto Serif", weight) or locate("DejaVu Serif")
    if found:
        return ImageFont.truetype(str(found[0]), size, index=found[1])
    return ImageFont.load_default(size)


def _lines(words: list[str], n: int, joiner: str, measure: dict[str, float]) -> list[str]:
    """`words` in at most `n` lines, broken where the widest line is narrowest (balanced, not
    greedy). `measure` has the width of each word and of the joiner; a line's width is the sum
    of its words' and joiners' (kerning across a joiner is left out; the caller measures the
    lines it keeps):
    the narrowest widest line is found by bisection over a greedy fill, O(words × 50) whatever
    the title, where trying every break cost words² × length."""
    widths = [measure[w] for w in words]
    gap = measure[joiner] if joiner else 0.0

    def fill(limit: float) -> list[list[int]]:
        rows: list[list[int]] = [[]]
        used = 0.0
        for i, width in enumerate(widths):
            if rows[-1] and used + gap + width > limit:
                rows.append([])
                used = 0.0
            used += (gap if rows[-1] else 0.0) + width
            rows[-1].append(i)
        return rows

    low, high = max(widths, default=0.0), sum(widths) + gap * max(0, len(words) - 1)
    for _ in range(50):                   # `high` always fits in n lines, `low` may not
        if high - low <= 0.5:
            break
        middle = (low + high) / 2
        if len(fill(middle)) <= n:
            high = middle
        else:
            low = middle
    return [joiner.join(words[i] for i in row) for row in fill(high)]


def _shortened(text: str, most: int = COVER_TEXT) -> str:
    """`text` cut at a word before `most` characters, with an ellipsis (a cover shows a title,
    never a paragraph: this bounds its drawing whatever an infobox or a raised limit gives)."""
    if len(text) <= most:
        return text
    cut = text[:most]
    return (cut[:cut.rfind(" ")] if " " in cut[most // 2:] else cut).rstrip(" ,;:") + "…"


def _fit(text: str, family: str, weight: str, cjk: bool, width: int, height: int,
         largest: int) -> tuple[list[str], int]:
    """`text` in lines at the largest size (up to `largest`) that fits the box; fewer lines win
    a near tie. CJK breaks between characters, other scripts between words."""
    words = list(text.replace(" ", "")) if cjk else text.split()
    probe = _font(family, 100, weight)
    leading = 1.2 if cjk else 1.1
    joiner = "" if cjk else " "
    measure = {w: probe.getlength(w) for w in {*words, joiner} if w}   # each word once
    fits = []
    for n in range(1, min(len(words), 6) + 1):
        lines = _lines(words, n, joiner, measure)
        widest = max(probe.getlength(line) for line in lines) or 1
        fits.append((min(int(100 * width / widest), int(height / (len(lines) * leading)),
                         largest), lines))
    size, lines = fits[0]
    for more_size, more_lines in fits[1:]:
        if more_size > size * 1.04:
            size, lines = more_size, more_lines
    return lines, size


class _Page:
    """A cover being drawn: text blocks go down the page from `y`, aligned to one side."""

    def __init__(self, image, margin: int, rtl: bool) -> None:
        self.draw, self.width, self.margin = ImageDraw.Draw(image), image.width, margin
        self.x, self.anchor = (image.width - margin, "r") if rtl else (margin, "l")
        self.y = 0

    def text(self, text: str, family: str, largest: int, height: int, fill, weight: str = "",
             cjk: bool = False, draw: bool = True) -> int:
        """Set `text` as large as fits (at most `largest` px); returns the height it takes."""
        lines, size = _fit(text, family, weight, cjk, self.width - 2 * self.margin, height,
                           largest)
        font = _font(family, size, weight)
        top, bottom = self.y, self.y
        y = self.y
        for line in lines:
            box = self.draw.textbbox((self.x, y), line, font=font, anchor=self.anchor + "a")
            if draw:
                self.draw.text((self.x, y), line, font=font, fill=fill, anchor=self.anchor + "a")
            bottom = max(bottom, box[3])
            y += int(size * (1.2 if cjk else 1.1))
        return bottom - top

    def rule(self, length: int, thickness: int, fill) -> None:
        x0 = self.x - length if self.anchor == "r" else self.x
        self.draw.rectangle([x0, self.y, x0 + length, self.y + thickness], fill=fill)


def draw_cover(rendered: Rendered, width: int, height: int):
    """Draw the cover with Pillow in the project's fonts, the title in its own script's face."""
    unit = width / 1600                     # measures below are for a 1600-pixel-wide cover
    image = Image.new("RGB", (width, height), GROUND)
    lang = lang_of(rendered.title)
    family = (family_for(lang) if lang else None) or "Noto Serif Display"
    cjk = bool(lang and lang[:2] in _CJK)
    rtl = bool(lang and lang.split("-")[0] in _RTL)
    page = _Page(image, int(140 * unit), rtl)
    band = int(height * 0.1)
    part_of = rendered.part_of if rendered.part_of != rendered.subtitle else ""
    blocks = [(_shortened(rendered.title), family, 420 * unit, height * 0.45, INK, "bold", cjk),
              (_shortened(rendered.subtitle), "Noto Serif Display", 230 * unit, height * 0.16,
               ACCENT, "bold", False),
              (_shortened(f"Part of {part_of}") if part_of else "", "Noto Serif", 64 * unit,
               height * 0.08, SOFT, "", False)]
    blocks = [(t, f, int(s), int(h), c, w, k) for t, f, s, h, c, w, k in blocks if t]
    gap, rule = int(90 * unit), int(24 * unit)
    heights = [page.text(t, f, s, h, c, w, k, draw=False) for t, f, s, h, c, w, k in blocks]
    total = sum(heights) + gap * (len(blocks) + 1) + rule
    page.y = max(int(height * 0.08), int((height - band) * 0.45 - total / 2))
    for i, (text, fam, size, box, fill, weight, script_cjk) in enumerate(blocks):
        page.y += page.text(text, fam, size, box, fill, weight, script_cjk) + gap
        if i == 0:
            page.rule(int(380 * unit), rule, ACCENT)
            page.y += rule + gap
    # The attribution on a band of the accent colour, as on a series cover.
    page.draw.rectangle([0, height - band, width, height], fill=ACCENT)
    credit = _shortened(rendered.creator.upper())
    size = min(int(62 * unit), int(100 * (width - 2 * page.margin)
                                   / (_font("Noto Serif", 100, "bold").getlength(credit) or 1)))
    page.draw.text((width / 2, height - band / 2), credit, font=_font("Noto Serif", size, "bold"),
                   fill=GROUND, anchor="mm")
    return image
