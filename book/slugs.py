"""Safe names for files and anchors, shared by the reader (section anchors), the enrichers
(entry ids) and the renderers (heading self-links)."""
from __future__ import annotations

from slugify import slugify as _slugify


def slugify(text: str, fallback: str = "book") -> str:
    """A safe ASCII file/anchor name; never empty, never a path or a reserved device name."""
    slug = _slugify(text, max_length=80, word_boundary=True) or fallback
    if slug.split("-")[0].upper() in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT1"}:
        slug = f"{fallback}-{slug}"
    return slug


def unique_id(base: str, taken: dict[str, int]) -> str:
    """`base`, or `base-2`, `base-3`… so that anchors stay unique (`taken` counts uses)."""
    n = taken.get(base, 0)
    candidate = base if n == 0 else f"{base}-{n + 1}"
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n + 1}"
    taken[base] = n + 1
    taken[candidate] = max(taken.get(candidate, 0), 1)
    return candidate
