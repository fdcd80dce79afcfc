"""Atomic folder outputs (the web edition's book folder): each is staged beside the output folder
and swapped into place as a whole, after the article's files, when all of them succeeded."""
from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import os
import shutil
import stat
import tempfile
from functools import lru_cache
from pathlib import Path

from .output import STAGE_PREFIX, alive

_RENAME_EXCHANGE = 2          # renameat2(2) flag: swap two paths atomically (Linux 3.15)
_AT_FDCWD = -100


class Folders:
    """Staged folders; `commit()` puts each in place of its final folder, `discard()` drops them."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.folders: dict[Path, Path] = {}

    def path(self, *parts: str) -> Path:
        """A new, empty, private staged folder for the final folder OUT/<parts...>."""
        final = self.out_dir.joinpath(*parts)
        sweep(self.out_dir)
        staged = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-{parts[-1]}-",
                                       dir=self.out_dir))
        self.folders[final] = staged
        return staged

    def commit(self) -> list[Path]:
        """Swap every staged folder into place: readers see the old tree or the new one, never a
        mix (renameat2 RENAME_EXCHANGE; where the system lacks it, two renames)."""
        mode = 0o777 & ~_umask()
        for final, staged in self.folders.items():
            for folder, _dirs, _files in os.walk(staged):
                os.chmod(folder, mode)          # mkdtemp made it 0700; outputs get the usual mode
            final.parent.mkdir(parents=True, exist_ok=True)
            if os.path.lexists(final) and not os.path.islink(final) and final.is_dir():
                if not _exchange(staged, final):
                    aside = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-old-",
                                                  dir=self.out_dir))
                    os.replace(final, aside / final.name)
                    os.replace(staged, final)
                    shutil.rmtree(aside, ignore_errors=True)
            else:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(final)            # a file or symlink where the folder goes
                os.replace(staged, final)
        self.discard()                          # what is left is the previous tree
        return list(self.folders)

    def discard(self) -> None:
        """Remove what was staged (after a commit: the replaced trees)."""
        for staged in self.folders.values():
            shutil.rmtree(staged, ignore_errors=True)


def sweep(out_dir: Path) -> None:
    """Remove folders staged by builds that are no longer running (ours only, nothing followed)."""
    with contextlib.suppress(OSError), os.scandir(out_dir) as entries:
        for entry in entries:
            if not entry.name.startswith(STAGE_PREFIX) or not entry.is_dir(follow_symlinks=False):
                continue
            pid = entry.name[len(STAGE_PREFIX):].split("-", 1)[0]
            if not pid.isdigit() or alive(int(pid)):
                continue
            with contextlib.suppress(OSError):
                if entry.stat(follow_symlinks=False).st_uid == os.geteuid() and \
                        stat.S_ISDIR(entry.stat(follow_symlinks=False).st_mode):
                    shutil.rmtree(entry.path)


@lru_cache(maxsize=1)
def _renameat2():
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        function = libc.renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p,
                         ctypes.c_uint]
    return function


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders atomically; False where the system or filesystem cannot."""
    function = _renameat2()
    if function is None:
        return False
    return function(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def replace_file(target: Path, text: str) -> None:
    """Write a text file atomically: a new file beside it, renamed over it (the site's front page,
    which belongs to no one article)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
