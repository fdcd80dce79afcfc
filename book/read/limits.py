"""Bounded input: the article must be a regular file, is read with a size cap, and is pre-scanned
for limits no real article reaches before parse() sees it (README: Errors and guarantees)."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from itertools import islice

from ..errors import InputError
from .syntax import HEADING, TITLE, infobox_start

MB = 1_000_000


@dataclass(frozen=True)
class Limits:
    """Each bound keeps a build's time and memory in check; the CLI's --max-… options raise them.

    The longest encyclopedia articles are under 1 MB of text, with a few hundred headings,
    paragraphs of a few thousand characters and infoboxes of a few dozen entries. At a limit a
    whole build takes up to a minute or two (README); some enricher steps still grow with the
    square of one paragraph's length."""

    max_bytes: int = 3 * MB        # --max-size (in MB); the benchmark's ×100 seed is 1.9 MB
    max_sections: int = 2_000      # --max-sections: headings of any level
    max_line: int = 100_000        # --max-line: characters in one line (a paragraph is one line)
    max_infobox: int = 500         # --max-infobox: infobox fields plus their comma-separated values
    max_title: int = 300           # --max-title: characters in the title, --author, --series and
                                   # --publisher (the longest real titles are under 200)


LIMITS = Limits()

_NOT_REGULAR = ((stat.S_ISDIR, "is a directory"), (stat.S_ISFIFO, "is a named pipe (FIFO)"),
                (stat.S_ISCHR, "is a character device"), (stat.S_ISBLK, "is a block device"),
                (stat.S_ISSOCK, "is a socket"))
_CHUNK = 1 << 20


def read_source(path: "str | os.PathLike[str]", max_bytes: int, shown_path: str) -> bytes:
    """The bytes of the article file: refuses anything but a regular file (a FIFO would block, a
    device never end) and stops reading as soon as the file is over `max_bytes`."""
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)          # O_NONBLOCK: opening a FIFO does not wait for a writer
    except FileNotFoundError:
        raise InputError("no such article file (expected a path to a .txt article)", shown_path)
    except OSError as exc:
        raise InputError(f"cannot read the article: {exc.strerror}", shown_path)
    try:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            what = next((text for test, text in _NOT_REGULAR if test(mode)), "is not a regular file")
            raise InputError(f"{what}, expected an article file", shown_path)
        os.set_blocking(fd, True)
        chunks: list[bytes] = []
        total = 0
        while True:
            chunk = os.read(fd, min(_CHUNK, max_bytes + 1 - total))
            if not chunk:
                return b"".join(chunks)
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise InputError(f"article is larger than {_size(max_bytes)}, the limit "
                                 "(raise it with --max-size)", shown_path)
    except OSError as exc:
        raise InputError(f"cannot read the article: {exc.strerror}", shown_path)
    finally:
        os.close(fd)


def check(text: str, path: str, limits: Limits = LIMITS) -> None:
    """Refuse text over the line, section or infobox limits, naming the line where it is reached.

    A linear pre-scan, so that parse() and the enrichers only ever see bounded input."""
    lines = text.split("\n")
    _check_title(lines, path, limits)
    sections = 0
    for no, line in enumerate(lines, 1):
        if len(line) > limits.max_line:
            raise InputError(f"line has {len(line)} characters, more than the {limits.max_line} "
                             "allowed (raise the limit with --max-line)", path, no)
        if line.lstrip().startswith("==") and HEADING.match(line.strip()):
            sections += 1
            if sections > limits.max_sections:
                raise InputError(f"more than {limits.max_sections} sections (headings); raise the "
                                 "limit with --max-sections", path, no)
    entries = 0
    for no in _infobox_lines(lines):
        entries += 1 + lines[no - 1].count(",")
        if entries > limits.max_infobox:
            raise InputError(f"infobox has more than {limits.max_infobox} entries (fields and "
                             "comma-separated values; raise the limit with --max-infobox)", path, no)


def _check_title(lines: list[str], path: str, limits: Limits) -> None:
    """The title (the first non-blank line, if it is one) within limits.max_title characters."""
    from .text import clean      # lazy: python-slugify with it; `book --help` imports this module
    no, first = next(((no, ln) for no, ln in enumerate(lines, 1) if ln.strip()), (0, ""))
    m = TITLE.match(first.strip()) if len(first) <= limits.max_line else None
    if m and len(title := clean(m.group(1))) > limits.max_title:
        raise InputError(f"title has {len(title)} characters, more than the {limits.max_title} "
                         "allowed (raise the limit with --max-title)", path, no)


def named(option: str, value: str | None, limits: Limits = LIMITS) -> None:
    """A name given as an option (--author, --series, --publisher) within limits.max_title."""
    if value and len(value) > limits.max_title:
        raise InputError(f"{option} has {len(value)} characters, more than the "
                         f"{limits.max_title} allowed (raise the limit with --max-title)")


def _infobox_lines(lines: list[str]) -> list[int]:
    """Line numbers of the infobox's '- …' lines, found as parse() finds them: a run of fields
    right after the title, under an optional header line ('Infobox', a caption)."""
    head = list(islice((i for i, ln in enumerate(lines) if ln.strip()), 3))   # title, 2 more
    if len(head) < 2:
        return []
    offset = infobox_start(lines[head[1]].strip(), lines[head[2]].strip() if len(head) > 2 else None)
    if offset is None or 1 + offset >= len(head):
        return []
    start = head[1 + offset]
    run = []
    for i in range(start, len(lines)):
        if not lines[i].strip().startswith("-"):
            break
        run.append(i + 1)
    return run


def _size(n: int) -> str:
    return f"{n // MB} MB" if n % MB == 0 else f"{n} bytes"
