"""Writers: PDF, EPUB and data, registered in one list; each consumes the shared rendering."""
from __future__ import annotations

import importlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the model and rendering are imported by the writers themselves
    from ..model import Book
    from ..render.html import Rendered
    from ..settings import Settings


@dataclass(frozen=True)
class Job:
    """What a writer gets: the book, its rendering, the settings and where to write."""

    book: "Book"
    rendered: "Rendered"
    settings: "Settings"
    targets: tuple[Path, ...]    # staged paths, one per name of Writer.names(), in that order
    out_dir: Path                # the final output folder (relative style links, fetch roots)
    cache: Path                  # a folder for reusable work (font subsets)


@dataclass(frozen=True)
class Writer:
    """One output format; `module` has write(job) -> warnings and is imported only when used."""

    name: str
    module: str
    suffix: str
    background: bool = False     # run in the forked worker beside the others (the slow one)

    def names(self, slug: str, settings: "Settings") -> tuple[str, ...]:
        """The files this writer produces for `slug` (the main one first)."""
        extra = getattr(self.load(), "extra_outputs", lambda _s: ())(settings)
        return (f"{slug}{self.suffix}", *(f"{slug}{s}" for s in extra))

    def load(self):
        """The writer's module."""
        return importlib.import_module(self.module)

    def write(self, job: Job) -> list[str]:
        """Run the writer; returns its warnings."""
        return self.load().write(job)


WRITERS: tuple[Writer, ...] = (
    Writer("pdf", "book.write.pdf", ".pdf", background=True),
    Writer("epub", "book.write.epub", ".epub"),
    Writer("data", "book.write.data", ".data.json"),
)
