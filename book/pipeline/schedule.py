"""The order the writers run in: each after the writers whose outputs it reads (Writer.after)."""
from __future__ import annotations

from .writers import WRITERS, Writer
from ..settings import Settings


def writers(settings: Settings, registry: tuple[Writer, ...] = WRITERS) -> tuple[Writer, ...]:
    """The writers the settings ask for (--to), each after those it reads (stable otherwise).
    The order is worked out over the whole registry, so a cycle or a writer that reads an
    unregistered one is an error whatever is asked for; a writer whose input is not asked for
    runs without it (the site with no PDF to offer)."""
    by_name = {w.name: w for w in registry}
    done: dict[str, Writer] = {}

    def visit(writer: Writer, path: tuple[str, ...]) -> None:
        if writer.name in done:
            return
        if writer.name in path:
            raise ValueError(f"writers depend on each other in a cycle: {' -> '.join(path)}")
        for name in writer.after:
            if name not in by_name:
                raise ValueError(f"writer {writer.name!r} runs after {name!r}, which is not "
                                 "registered")
            visit(by_name[name], (*path, writer.name))
        done[writer.name] = writer

    for writer in registry:
        visit(writer, ())
    return tuple(w for w in done.values() if w.enabled(settings))
