"""What the pipeline hands a format (Job), how it knows one (Writer), and the one list of them
(WRITERS): each writer's module is named, not imported, so that only the writers used are loaded.
A writer that reads another's output names it in Writer.after; schedule.py runs them in that
order."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping

if TYPE_CHECKING:  # the model and rendering are imported by the writers themselves
    from ..model import Book
    from ..render.html import Rendered
    from ..settings import Settings
    from .channel import Channel


@dataclass(frozen=True)
class Job:
    """What a writer gets: the book, its rendering, the settings and where to write."""

    book: "Book"
    rendered: "Rendered"
    settings: "Settings"
    targets: tuple[Path, ...]    # staged paths, one per name of Writer.names(), in that order
    out_dir: Path                # the final output folder (relative style links, fetch roots)
    cache: Path                  # a folder for reusable work (font subsets)
    # The staged outputs of the writers this one runs after (Writer.after), by writer name.
    inputs: Mapping[str, tuple[Path, ...]] = field(default_factory=dict)
    folder: Path | None = None   # a staged, empty folder for a writer with a Writer.folder
    # What the PDF writer hands the others while it runs (the print layout's page breaks).
    channel: "Channel | None" = None


@dataclass(frozen=True)
class Writer:
    """One output format; `module` has write(job) -> warnings and is imported only when used.

    A module may also define `extra_outputs(settings)` (more files) and, with `finishes`,
    `finish(out_dir, settings)`: run once after every article was built (the site's library)."""

    name: str
    module: str
    suffix: str = ""
    background: bool = False     # run in the forked worker beside the others (the slow one)
    after: tuple[str, ...] = ()  # writers whose outputs this one reads: it runs once they are done
    folder: str | None = None    # writes the folder tree OUT/<folder>/<slug>/, staged as a whole
    output: str | None = None    # its name for --to (Settings.to), if not its own name
    finishes: bool = False       # has a finish() step after all the articles of a run

    def names(self, slug: str, settings: "Settings") -> tuple[str, ...]:
        """The files this writer produces for `slug` (the main one first)."""
        if not self.suffix:
            return ()
        extra = getattr(self.load(), "extra_outputs", lambda _s: ())(settings)
        return (f"{slug}{self.suffix}", *(f"{slug}{s}" for s in extra))

    def label(self, slug: str, settings: "Settings") -> str:
        """What the build log calls this writer's output."""
        return f"{self.folder}/{slug}/" if self.folder else self.names(slug, settings)[0]

    def load(self):
        """The writer's module."""
        return importlib.import_module(self.module)

    def enabled(self, settings: "Settings") -> bool:
        """Whether the settings ask for this output (--to; --no-site turns the site off)."""
        return (self.output or self.name) in settings.to

    def write(self, job: Job) -> list[str]:
        """Run the writer; returns its warnings."""
        return self.load().write(job)

    def complete(self, job: Job) -> list[str]:
        """The writer's last step, in the parent once its write() is done, even in the worker:
        the PDF writer merges a long book's pieces there, after the worker (and the memory its
        layout held) is gone. Returns warnings."""
        return getattr(self.load(), "complete", lambda _job: [])(job)

    def finish(self, out_dir: Path, settings: "Settings") -> None:
        """The writer's step after every article of a run was built (if it has one)."""
        if self.finishes:
            self.load().finish(out_dir, settings)


WRITERS: tuple[Writer, ...] = (
    Writer("pdf", "book.formats.pdf", ".pdf", background=True),
    Writer("data", "book.formats.data", ".data.json", output="json"),
    # After the others beside the PDF: its page-list waits for the print layout (Job.channel).
    Writer("epub", "book.formats.epub", ".epub"),
    # The web edition shows the PDF's page count and the EPUB's size, and offers the files
    # (those of the two that are built).
    Writer("site", "book.formats.site", after=("pdf", "epub"), folder="site", finishes=True),
)

