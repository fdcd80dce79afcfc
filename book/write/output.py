"""Atomic outputs: every file is staged beside its target and renamed only when all succeeded."""
from __future__ import annotations

import contextlib
import os
from pathlib import Path

from ..errors import OutputError

STAGE_PREFIX = ".book-partial-"


def prepare(out_dir: Path) -> None:
    """Create the output directory, check it is writable, and drop stale partial files."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output directory: {exc.strerror}", str(out_dir))
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError("output directory is not writable (try --out DIR)", str(out_dir))
    for stale in out_dir.glob(STAGE_PREFIX + "*"):
        pid = stale.name[len(STAGE_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and _alive(int(pid)):
            continue                      # another build running right now
        with contextlib.suppress(OSError):
            if stale.is_file():
                stale.unlink()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


class Staging:
    """Paths to write to; `commit()` renames them all into place, `discard()` removes them."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.files: dict[Path, Path] = {}

    def path(self, name: str) -> Path:
        """A staging path for the final file `name` inside the output directory."""
        final = self.out_dir / Path(name).name
        tmp = self.out_dir / f"{STAGE_PREFIX}{os.getpid()}-{final.name}"
        self.files[final] = tmp
        return tmp

    def commit(self) -> list[Path]:
        """Move every staged file into place (os.replace is atomic on one filesystem)."""
        for final, tmp in self.files.items():
            os.replace(tmp, final)
        return list(self.files)

    def discard(self) -> None:
        """Remove what was staged; the previous good build stays untouched."""
        for tmp in self.files.values():
            with contextlib.suppress(OSError):
                tmp.unlink()
