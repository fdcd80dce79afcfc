"""The EPUB's ways in: a two-level table of contents (nav and NCX), landmarks, the EPUB 2 guide."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import count
from typing import Callable

from ..render.html import Rendered

COVER, NAV = "cover.xhtml", "nav.xhtml"
# Each landmark (EPUB 3 Structural Semantics) with its EPUB 2 guide type (OPF 2.0.1 §2.6), if
# that has one: Kindle conversion takes its "start reading" point from the guide's "text".
GUIDE_TYPES = {"cover": "cover", "titlepage": "title-page", "toc": "toc", "colophon": "colophon",
               "bodymatter": "text", "backmatter": None, "glossary": "glossary", "index": "index"}


@dataclass(frozen=True)
class Entry:
    """One line of the table of contents; `order` is its NCX playOrder."""

    href: str
    title: str
    title_html: str
    order: int
    children: tuple["Entry", ...] = ()


@dataclass(frozen=True)
class Landmark:
    """A place a reading system's "go to" menu offers, and its EPUB 2 guide type."""

    kind: str
    guide: str | None
    href: str
    title: str


def contents(rendered: Rendered, file_name: Callable[[str], str]) -> tuple[Entry, ...]:
    """The parts listed in the contents, each with its sections one level below it."""
    numbers = count(1)
    out = []
    for part in (p for p in rendered.parts if p.in_toc):
        href = file_name(part.id)
        order = next(numbers)
        children = tuple(Entry(f"{href}#{h.anchor}", h.title, h.title_html, next(numbers))
                         for h in part.headings)
        out.append(Entry(href, part.title, part.title_html, order, children))
    return tuple(out)


def depth(entries: tuple[Entry, ...]) -> int:
    """The NCX's dtb:depth: how many levels the contents really has (at least 1)."""
    return 1 + max((depth(e.children) for e in entries if e.children), default=0)


def landmarks(rendered: Rendered, file_name: Callable[[str], str],
              reading_order: list[str]) -> tuple[Landmark, ...]:
    """Each kind of landmark once, at its first file in reading order, listed in that order."""
    places: dict[str, list[tuple[str, str]]] = {COVER: [("cover", "Cover")],
                                                NAV: [("toc", "Contents")]}
    for part in rendered.parts:
        here = places.setdefault(file_name(part.id), [])
        if part.matter in ("bodymatter", "backmatter"):
            here.append((part.matter, part.title))
        if part.epub_type in ("titlepage", "colophon", "glossary", "index"):
            here.append((part.epub_type, "Title page" if part.epub_type == "titlepage"
                         else part.title))
    seen: set[str] = set()
    out = []
    for name in reading_order:
        for kind, title in places.get(name, []):
            if kind not in seen:
                seen.add(kind)
                out.append(Landmark(kind, GUIDE_TYPES[kind], name, title))
    return tuple(out)


def guide(marks: tuple[Landmark, ...]) -> list[dict[str, str]]:
    """The EPUB 2 guide, for Kindle conversion and older readers: standard types only."""
    return [{"href": m.href, "title": m.title, "type": m.guide} for m in marks if m.guide]
