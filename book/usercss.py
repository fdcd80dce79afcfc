"""User stylesheets (--css FILE, `css = [...]` in book.toml): cascaded after the built-in ones in
the PDF, the EPUB and the web edition. Only the files named are read: a stylesheet that would
fetch anything else (url() of a file or an address, @import) is refused before the build."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from .errors import InputError, shown

MAX_BYTES = 1_000_000
# Functions whose string arguments are URLs (url() itself may also be a bare URL token).
_URL_FUNCTIONS = {"url", "src", "image-set", "-webkit-image-set"}


def check(path: "str | os.PathLike[str]") -> str:
    """The stylesheet's absolute path, once it is read and found to fetch nothing else;
    InputError naming the file (and line) otherwise."""
    where = shown(path)
    text = read(path, where)
    for line, url in urls(text):
        if not url.startswith(("data:", "#")):
            raise InputError(f"{url!r} would be read from outside the stylesheets you name: only "
                             "those are read (embed a font or an image as a data: URL)",
                             where, line)
    return os.path.abspath(path)


def read(path: "str | os.PathLike[str]", where: str) -> str:
    """The text of a stylesheet: a regular UTF-8 file of at most MAX_BYTES."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise InputError("no such stylesheet (expected a .css file)", where) from None
    except OSError as exc:
        raise InputError(f"cannot read the stylesheet: {exc.strerror}", where) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError("not a regular file, expected a .css stylesheet", where)
    if info.st_size > MAX_BYTES:
        raise InputError(f"stylesheet over {MAX_BYTES // 1_000_000} MB", where)
    data = Path(path).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid UTF-8 at byte offset {exc.start}; save the stylesheet as "
                         "UTF-8", where, data.count(b"\n", 0, exc.start) + 1) from None


def urls(text: str) -> list[tuple[int, str]]:
    """(line, URL) of everything a stylesheet would fetch: url(), src(), image-set() and the
    target of @import."""
    import tinycss2    # lazy: only a build given --css reads a stylesheet

    found: list[tuple[int, str]] = []

    def visit(tokens, imports: bool = False) -> None:
        for token in tokens or ():
            kind = token.type
            if kind == "url":
                found.append((token.source_line, token.value.strip()))
            elif kind == "function" and token.lower_name in _URL_FUNCTIONS:
                found.extend((t.source_line, t.value.strip()) for t in token.arguments
                             if t.type == "string")
                visit(token.arguments)
            elif kind == "string" and imports:
                found.append((token.source_line, token.value.strip()))
            elif kind in ("function", "() block", "[] block", "{} block"):
                visit(getattr(token, "arguments", None) or getattr(token, "content", None))

    for rule in tinycss2.parse_stylesheet(text, skip_comments=True, skip_whitespace=True):
        if rule.type == "at-rule":
            if rule.lower_at_keyword == "namespace":
                continue                      # a name, never fetched
            visit(rule.prelude, imports=rule.lower_at_keyword == "import")
            visit(rule.content)
        elif rule.type == "qualified-rule":
            visit(rule.prelude)
            visit(rule.content)
    return found


def file_names(css: tuple[str, ...]) -> list[str]:
    """The names the user's stylesheets get inside the EPUB and the web edition, in order."""
    return [f"user-{i}.css" for i, _ in enumerate(css, 1)]
