"""The order the writers run in: each after the writers whose outputs it reads (Writer.after)."""
from __future__ import annotations

from ..formats import WRITERS, Writer
from ..settings import Settings


def writers(settings: Settings, registry: tuple[Writer, ...] = WRITERS) -> tuple[Writer, ...]:
    """The writers the settings ask for, each after the writers it reads (stable otherwise)."""
    chosen = {w.name: w for w in registry if w.enabled(settings)}
    done: dict[str, Writer] = {}

    def visit(writer: Writer, path: tuple[str, ...]) -> None:
        if writer.name in done:
            return
        if writer.name in path:
            raise ValueError(f"writers depend on each other in a cycle: {' -> '.join(path)}")
        for name in writer.after:
            if name not in chosen:
                raise ValueError(f"writer {writer.name!r} runs after {name!r}, which is not "
                                 "registered or not enabled")
            visit(chosen[name], (*path, writer.name))
        done[writer.name] = writer

    for writer in chosen.values():
        visit(writer, ())
    return tuple(done.values())
