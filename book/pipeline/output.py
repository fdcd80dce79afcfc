"""Atomic, symlink-proof outputs: every file is staged in a private folder beside its target and
renamed into place, under a lock on the output folder, only when all of an article's outputs
succeeded."""
from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import Iterator

from ..errors import OutputError, shown

STAGE_PREFIX = ".book-partial-"


def prepare(out_dir: Path) -> None:
    """Create the output directory, check it is writable, and drop stale partial files."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the output directory: {exc.strerror}", shown(out_dir))
    if not out_dir.is_dir():
        raise OutputError("is not a directory, expected the output directory (--out)", shown(out_dir))
    if not os.access(out_dir, os.W_OK | os.X_OK):
        raise OutputError("output directory is not writable (try --out DIR)", shown(out_dir))
    sweep(out_dir)


def sweep(out_dir: Path) -> None:
    """Remove what builds that are no longer running staged in `out_dir` (ours only: a file or
    folder another user planted there is left alone, and nothing is followed)."""
    try:
        entries = list(os.scandir(out_dir))
    except OSError:
        return
    for entry in entries:
        if not entry.name.startswith(STAGE_PREFIX):
            continue
        pid = entry.name[len(STAGE_PREFIX):].split("-", 1)[0]
        if pid.isdigit() and alive(int(pid)):
            continue                      # another build running right now
        with contextlib.suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if st.st_uid != os.geteuid():
                continue
            if stat.S_ISDIR(st.st_mode):
                shutil.rmtree(entry.path)   # does not follow symlinks (fd-based on Linux)
            else:
                os.unlink(entry.path)


def alive(pid: int) -> bool:
    """Is process `pid` running (a staging folder named after it is not left over)?"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def safe_dir(path: Path) -> Path:
    """Create `path` if needed and check it is a real folder of ours: never a symlink someone
    planted to make us write elsewhere (the build cache lives in the output folder)."""
    try:
        os.mkdir(path)
    except FileExistsError:
        pass
    except OSError as exc:
        raise OutputError(f"cannot create the folder: {exc.strerror}", shown(path))
    st = os.lstat(path)
    if stat.S_ISLNK(st.st_mode):
        raise OutputError("is a symbolic link; refusing to write through it (remove it and build "
                          "again)", shown(path))
    if not stat.S_ISDIR(st.st_mode):
        raise OutputError("is not a folder, expected the build cache (remove it and build again)",
                          shown(path))
    if st.st_uid != os.geteuid():
        raise OutputError("belongs to another user; refusing to use it as the build cache (remove "
                          "it and build again)", shown(path))
    return path


def write_atomic(target: Path, data: bytes) -> None:
    """Write `data` to `target`: a new file made with O_CREAT|O_EXCL|O_NOFOLLOW beside it
    (tempfile.mkstemp), renamed over it; nothing is left behind on failure."""
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o666 & ~umask())
            f.write(data)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def read_regular(path: Path, cap: int) -> bytes | None:
    """The bytes of `path` if it is a regular file (not a symlink, FIFO or device) of at most
    `cap` bytes; None otherwise."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > cap:
            return None
        with os.fdopen(os.dup(fd), "rb") as f:
            data = f.read(cap + 1)
        return data if len(data) <= cap else None
    except OSError:
        return None
    finally:
        os.close(fd)


def umask() -> int:
    """The process umask (read by setting it, then restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def locked(out_dir: Path) -> Iterator[None]:
    """An exclusive flock on the output folder: concurrent builds rename their outputs one
    article at a time, so an article's PDF, EPUB and JSON always come from the same build."""
    fd = os.open(out_dir, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)                      # releases the lock


class Staging:
    """Paths to write to; `commit()` renames them all into place, `discard()` removes them.

    The files live in a private folder (mode 0700, made by mkdtemp, unique name) inside the
    output folder, so nobody else can plant a symlink where a writer opens a file, and the
    renames stay on one filesystem."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        try:
            self.dir = Path(tempfile.mkdtemp(prefix=f"{STAGE_PREFIX}{os.getpid()}-", dir=out_dir))
        except OSError as exc:
            raise OutputError(f"cannot create a staging folder: {exc.strerror}", shown(out_dir))
        self.files: dict[Path, Path] = {}

    def path(self, name: str) -> Path:
        """A new staged file (O_CREAT|O_EXCL|O_NOFOLLOW) for the final file `name`."""
        final = self.out_dir / Path(name).name
        fd, tmp = tempfile.mkstemp(prefix=".", suffix=f"-{final.name}", dir=self.dir)
        os.close(fd)
        self.files[final] = Path(tmp)
        return Path(tmp)

    def final(self, staged: Path) -> Path:
        """The final path of a staged file."""
        return next((f for f, t in self.files.items() if t == staged), self.out_dir / staged.name)

    def commit(self) -> list[Path]:
        """Move every staged file into place (os.replace is atomic on one filesystem and replaces
        a symlink at the target instead of following it). Call it holding `locked(out_dir)`."""
        mode = 0o666 & ~umask()
        for final, tmp in self.files.items():
            try:
                os.chmod(tmp, mode)       # mkstemp made it 0600; outputs get the usual mode
                os.replace(tmp, final)
            except OSError as exc:
                what = "no space left on device while writing this file" if is_no_space(exc) \
                    else f"cannot put the new file in place: {exc.strerror}"
                raise OutputError(what, shown(final)) from None
        self.discard()
        return list(self.files)

    def discard(self) -> None:
        """Remove what was staged; the previous good build stays untouched."""
        shutil.rmtree(self.dir, ignore_errors=True)


def is_no_space(exc: BaseException | None) -> bool:
    """Whether an exception, or one it was raised from or during, is a full disk or quota."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def os_error(exc: BaseException | None) -> OSError | None:
    """The first OSError in an exception's chain."""
    seen = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, OSError):
            return exc
        exc = exc.__cause__ or exc.__context__
    return None
