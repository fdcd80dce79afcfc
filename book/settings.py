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

    def key(self) -> str:
        """A stable text form for the build fingerprint."""
        return "|".join(f"{k}={v}" for k, v in sorted(asdict(self).items()))
