"""The fonts a book embeds for the scripts e-readers may lack: the subset files and the
fonts.css naming them, the one block the EPUB and the web edition share (each keeps css/ and
fonts/ side by side, so the same CSS finds the files)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..pipeline.fonts import embed
from ..render.html import Rendered, wrap

CSS = "css/fonts.css"


@dataclass(frozen=True)
class Embedded:
    """What a book embeds: its fonts.css (at CSS) and the font files it names."""

    css: str
    files: tuple[tuple[str, str, bytes], ...]     # (path in the book, media type, bytes)


def embedded(rendered: Rendered, font_cache: Path | None) -> Embedded | None:
    """The subset fonts of the book's foreign-script runs (fonts.py caches the subsets, so the
    EPUB and the site do not make them twice); None when it needs none."""
    fonts = embed(rendered.foreign_text(), font_cache)
    if not fonts:
        return None
    return Embedded(wrap("fonts.css", fonts=fonts),
                    tuple((f"fonts/{f.file_name}",
                           "font/otf" if f.file_name.endswith(".otf") else "font/ttf", f.data)
                          for f in fonts))
