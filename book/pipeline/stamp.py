"""The no-op check: one stamp per output name records which article file built it, a digest of
every input, and the size and digest of every output file and folder; all must match to skip a
build."""
from __future__ import annotations

import hashlib
import json
import logging
import os
import stat
from pathlib import Path

from ..errors import shown
from .output import read_regular, write_atomic

VERSION = 2
_MAX_STAMP = 1 << 20
_log = logging.getLogger("book")


def stamp_path(cache: Path, slug: str) -> Path:
    """Where the stamp for the outputs named `slug` lives."""
    return cache / f"{slug}.stamp"


def source_key(source: Path) -> str:
    """The article file, as a digest of its absolute path (any bytes, any length)."""
    return hashlib.sha256(os.fsencode(os.path.abspath(source))).hexdigest()


def file_digest(path: Path) -> tuple[int, str] | None:
    """Size and SHA-256 of a regular file (never through a symlink), or None."""
    data = read_regular(path, 1 << 31)
    return (len(data), hashlib.sha256(data).hexdigest()) if data is not None else None


def folder_key(out_dir: Path, folder: Path) -> str:
    """How a stamp names an output folder: its path under the output folder, ending in '/'."""
    return folder.relative_to(out_dir).as_posix() + "/"


def tree_digest(folder: Path) -> tuple[int, str] | None:
    """Number of files and one SHA-256 over every file's path and content in a folder tree
    (a real folder, nothing followed), or None."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return None
    except OSError:
        return None
    h, count = hashlib.sha256(), 0
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            path = Path(root, name)
            found = file_digest(path)
            if found is None:
                return None
            h.update(f"{path.relative_to(folder).as_posix()}\0{found[1]}\n".encode())
            count += 1
    return count, h.hexdigest()


def _output(out_dir: Path, name: str) -> tuple[int, str] | None:
    """The recorded form of an output now: a file's, or a folder's (a name ending in '/')."""
    parts = name.rstrip("/").split("/")
    if not all(part and part not in (".", "..") for part in parts):
        return None                      # a stamp never names anything outside the output folder
    if name.endswith("/"):
        return tree_digest(out_dir.joinpath(*parts))
    return file_digest(out_dir / name) if len(parts) == 1 else None


def up_to_date(cache: Path, out_dir: Path, slug: str, source: Path, inputs: str) -> bool:
    """Whether the outputs named `slug` were built from this article file with these inputs and
    are still exactly what that build wrote. A stamp that cannot be read means: rebuild."""
    path = stamp_path(cache, slug)
    if not os.path.lexists(path):
        return False
    stamp = _load(path)
    if stamp is None:
        _log.info("%s: build stamp unreadable; rebuilding", shown(path))
        return False
    if stamp["source"] != source_key(source) or stamp["inputs"] != inputs:
        return False
    for name, (size, digest) in stamp["outputs"].items():
        if _output(out_dir, name) != (size, digest):
            _log.info("%s: changed since it was built; rebuilding", shown(out_dir / name))
            return False
    return bool(stamp["outputs"])


def save(cache: Path, slug: str, source: Path, inputs: str,
         outputs: dict[str, tuple[int, str] | None]) -> None:
    """Record a finished build (written to a unique temporary file, renamed into place); an
    output that could not be read back leaves no stamp: the next build is a full one."""
    if any(v is None for v in outputs.values()):
        return
    stamp = {"version": VERSION, "source": source_key(source), "inputs": inputs,
             "outputs": {name: list(v) for name, v in outputs.items()}}
    write_atomic(stamp_path(cache, slug), json.dumps(stamp, sort_keys=True).encode())


def _load(path: Path) -> dict | None:
    raw = read_regular(path, _MAX_STAMP)
    try:
        stamp = json.loads(raw.decode("utf-8")) if raw is not None else None
        if not (isinstance(stamp, dict) and stamp.get("version") == VERSION
                and isinstance(stamp.get("source"), str) and isinstance(stamp.get("inputs"), str)
                and isinstance(stamp.get("outputs"), dict)):
            return None
        stamp["outputs"] = {str(n): (int(v[0]), str(v[1])) for n, v in stamp["outputs"].items()}
        return stamp
    except (ValueError, TypeError, IndexError, KeyError):
        return None
