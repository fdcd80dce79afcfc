"""A generated cover image: the title typeset on a plain design (PNG, 1600×2400)."""
from __future__ import annotations

import io
import textwrap

from .fonts import family_for, locate
from ..enrich.scripts import lang_of

WIDTH, HEIGHT = 1600, 2400
BACKGROUND, INK, ACCENT = (244, 239, 228), (33, 37, 41), (128, 38, 30)


def cover_png(title: str, subtitle: str) -> bytes:
    """Draw the cover with Pillow in the book's serif face; deterministic bytes."""
    from PIL import Image, ImageDraw, ImageFont

    def font(family: str, size: int):
        found = locate(family) or locate("DejaVu Serif")
        if found:
            return ImageFont.truetype(str(found[0]), size, index=found[1])
        return ImageFont.load_default(size)

    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle([80, 80, WIDTH - 80, HEIGHT - 80], outline=ACCENT, width=6)
    draw.rectangle([104, 104, WIDTH - 104, HEIGHT - 104], outline=ACCENT, width=2)
    size = 150 if len(title) < 30 else 110
    script_lang = lang_of(title)
    title_font = font((family_for(script_lang) if script_lang else None) or "Noto Serif Display", size)
    per_line = max(8, int(2600 / size)) // (2 if script_lang and script_lang[:2] in ("zh", "ja", "ko") else 1)
    lines = textwrap.wrap(title, width=per_line)[:6] or [title[:per_line]]
    y = 700 - (len(lines) - 1) * size // 2
    for line in lines:
        draw.text((WIDTH / 2, y), line, font=title_font, fill=INK, anchor="mm")
        y += int(size * 1.2)
    draw.line([(WIDTH / 2 - 200, y + 40), (WIDTH / 2 + 200, y + 40)], fill=ACCENT, width=4)
    draw.text((WIDTH / 2, y + 160), subtitle, font=font("Noto Serif", 64), fill=INK, anchor="mm")
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()
