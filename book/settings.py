"""Typed build settings: every option that changes an output, each with its one default."""
from __future__ import annotations

from dataclasses import asdict, dataclass

PAGE_SIZES = ("a5", "6x9", "a4", "letter")
PDF_VARIANTS = ("pdf/ua-1", "pdf/a-3u", "none")


@dataclass(frozen=True)
class Settings:
    """What the renderer and the writers are told; the CLI fills it, nothing else reads argv."""

    page_size: str = "a5"
    pdf_variant: str = "pdf/ua-1"
    licence: str | None = None
    keep_html: bool = False
    author: str | None = None        # the creator; default: the article's contributors
    isbn: str | None = None          # digits only, checked; default: a urn:uuid identifier
    series: str | None = None        # EPUB belongs-to-collection
    publisher: str | None = None     # no publisher is named unless given
    cover_pdf: bool = False          # also write <slug>.cover.pdf for print
    site: bool = True                # also write the web edition, OUT/site/<slug>/ (--no-site)

    def key(self) -> str:
        """A stable text form for the build fingerprint."""
        return "|".join(f"{k}={v}" for k, v in sorted(asdict(self).items()))


def isbn(text: str) -> str:
    """The ISBN's digits (ISBN-13, or ISBN-10 with a final X) if its check digit is right."""
    digits = "".join(c for c in text.upper() if c.isdigit() or c == "X")
    if len(digits) == 13 and digits.isdigit():
        total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
        ok = total % 10 == 0
    elif len(digits) == 10 and digits[:9].isdigit():
        total = sum((10 - i) * (10 if d == "X" else int(d)) for i, d in enumerate(digits))
        ok = total % 11 == 0 and "X" not in digits[:9]
    else:
        ok = False
    if not ok or set(text) - set("0123456789Xx- "):
        raise ValueError(f"not a valid ISBN-10 or ISBN-13: {text!r}")
    return digits
