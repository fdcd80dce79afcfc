"""book.toml: every build option under the name of its command-line flag, and per-article tables
of overrides; read with tomllib, checked key by key, each error one line `file:line: what`."""
from __future__ import annotations

import difflib
import glob
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from . import usercss
from .errors import InputError, shown
from .settings import OUTPUTS, PAGE_SIZES, PDF_VARIANTS, isbn, outputs

NAME = "book.toml"
ARTICLE = "article"        # [article."file.txt"]: the overrides of one article


class ConfigError(InputError):
    """book.toml cannot be read or says something wrong (exit status 2)."""


def _text(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError("text in quotes")
    if not value.strip():
        raise ValueError("expected a text, not an empty one")
    return value


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError("true or false")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError("a whole number")
    if value < 1:
        raise ValueError(f"expected a whole number of at least 1, not {value}")
    return value


def _choice(choices) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str):
            raise TypeError(f"one of {', '.join(choices)} in quotes")
        if value not in choices:
            raise ValueError(f"expected one of {', '.join(choices)}, not {value!r}")
        return value
    return check


def _names(value: Any) -> list[str]:
    """A list of texts (or one text)."""
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(v, str) and v.strip() for v in items):
        raise TypeError("a list of texts in quotes")
    return items


def _outputs(value: Any) -> tuple[str, ...]:
    if not isinstance(value, (str, list)):
        raise TypeError(f"a list of some of {', '.join(OUTPUTS)}")
    return outputs(value if isinstance(value, str) else _names(value))


def _isbn(value: Any) -> str:
    return isbn(_text(value))


@dataclass(frozen=True)
class Option:
    """A key of book.toml: the argparse `dest` it fills, its check, and whether an article's
    table may override it (book-wide options: where and how to build)."""

    dest: str
    check: Callable[[Any], Any]
    per_article: bool = True
    path: bool = False          # its texts are paths, relative to book.toml


OPTIONS: dict[str, Option] = {
    "articles": Option("articles", _names, per_article=False, path=True),
    "out": Option("out", _text, per_article=False, path=True),
    "to": Option("to", _outputs, per_article=False),
    "no-site": Option("no_site", _flag, per_article=False),
    "page-size": Option("page_size", _choice(tuple(PAGE_SIZES))),
    "pdf-variant": Option("pdf_variant", _choice(PDF_VARIANTS)),
    "author": Option("author", _text),
    "publisher": Option("publisher", _text),
    "isbn": Option("isbn", _isbn),
    "series": Option("series", _text),
    "licence": Option("licence", _text),
    "source": Option("source", _text),
    "css": Option("css", _names, path=True),
    "cover": Option("cover", _flag),
    "keep-html": Option("keep_html", _flag),
    "strict": Option("strict", _flag, per_article=False),
    "jobs": Option("jobs", _count, per_article=False),
    "disambiguate": Option("disambiguate", _flag, per_article=False),
    "max-size": Option("max_size", _count, per_article=False),
    "max-sections": Option("max_sections", _count, per_article=False),
    "max-line": Option("max_line", _count, per_article=False),
    "max-infobox": Option("max_infobox", _count, per_article=False),
    "max-title": Option("max_title", _count, per_article=False),
    "port": Option("port", _count, per_article=False),
}


@dataclass(frozen=True)
class Config:
    """What a book.toml says: option values by argparse dest (paths made absolute), and each
    article's overrides by the article's real path."""

    path: Path | None = None
    values: dict[str, Any] = field(default_factory=dict)
    articles: dict[str, dict[str, Any]] = field(default_factory=dict)

    def sources(self) -> list[Path] | None:
        """The articles its `articles` globs find, sorted, or None if it names none."""
        if "articles" not in self.values:
            return None
        found: dict[str, Path] = {}
        for pattern in self.values["articles"]:
            for name in sorted(glob.glob(pattern)) or [pattern]:   # no match: the build says so
                found.setdefault(os.path.realpath(name), Path(name))
        return list(found.values())


def find(explicit: str | None, articles: list[str]) -> Path | None:
    """The book.toml to read: --config FILE, else one in the working folder, else one beside
    the articles named (all in one folder)."""
    if explicit:
        return Path(explicit)
    if os.path.isfile(NAME):
        return Path(NAME)
    folders = {os.path.dirname(os.path.abspath(a)) for a in articles}
    if len(folders) == 1:
        beside = Path(folders.pop(), NAME)
        if beside.is_file():
            return beside
    return None


def load(path: Path) -> Config:
    """Read and check a book.toml; ConfigError naming the file and line of the first problem."""
    if sys.version_info >= (3, 11):
        import tomllib    # lazy: only when there is a book.toml
    else:
        import tomli as tomllib    # lazy: Python 3.10 has the same parser as a package
    where = shown(path)
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        raise ConfigError("no such configuration file (expected a book.toml)", where) from None
    except IsADirectoryError:
        raise ConfigError("is a directory, expected a book.toml file", where) from None
    except OSError as exc:
        raise ConfigError(f"cannot read the configuration: {exc.strerror}", where) from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"not valid UTF-8 at byte offset {exc.start}", where) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message = str(exc)
        at = re.search(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$", message)
        line = (int(at.group(1)) if at.group(1) else text.count("\n") or 1) if at else None
        if at:
            message = message[:at.start()]
        raise ConfigError(f"not valid TOML: {message[:1].lower()}{message[1:]}", where,
                          line) from None
    folder = path.parent
    values = _options(data, (), text, where, folder, top=True)
    articles: dict[str, dict[str, Any]] = {}
    tables = data.get(ARTICLE, {})
    if not isinstance(tables, dict) or not all(isinstance(t, dict) for t in tables.values()):
        raise ConfigError(f"{ARTICLE}: expected tables named after article files, like "
                          f'[{ARTICLE}."my-article.txt"]', where, line_of(text, (), ARTICLE))
    for name, table in tables.items():
        article = folder / name
        if not article.is_file():
            raise ConfigError(f'[{ARTICLE}."{name}"]: no such article file beside {NAME}',
                              where, line_of(text, (ARTICLE, name)))
        articles[os.path.realpath(article)] = _options(table, (ARTICLE, name), text, where,
                                                       folder, top=False)
    return Config(path, values, articles)


def _options(table: dict, prefix: tuple[str, ...], text: str, where: str, folder: Path,
             top: bool) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in table.items():
        if top and key == ARTICLE:
            continue
        line = line_of(text, prefix, key)
        option = OPTIONS.get(key)
        if option is None:
            close = difflib.get_close_matches(key, [*OPTIONS, *([ARTICLE] if top else [])], 1)
            hint = f" (did you mean '{close[0]}'?)" if close else \
                " (see the options of `book build --help`)"
            raise ConfigError(f"unknown key '{key}'{hint}", where, line)
        if not top and not option.per_article:
            raise ConfigError(f"'{key}' is set for the whole build, not for one article: move "
                              "it above the article tables", where, line)
        try:
            checked = option.check(value)
        except TypeError as exc:
            raise ConfigError(f"{key}: expected {exc}, not {_kind(value)}", where, line) \
                from None
        except ValueError as exc:
            raise ConfigError(f"{key}: {exc}", where, line) from None
        if option.path:
            checked = [str(folder / p) for p in checked] if isinstance(checked, list) \
                else str(folder / checked)
        if option.dest == "css":
            try:
                checked = [usercss.check(p) for p in checked]
            except InputError as exc:
                raise ConfigError(f"css: {exc}", where, line) from None
        out[option.dest] = checked
    return out


def _kind(value: Any) -> str:
    kinds = ((bool, "true or false"), (int, "a number"), (float, "a number"),
             (str, "a text"), (list, "a list"), (dict, "a table"))
    return next((name for kind, name in kinds if isinstance(value, kind)), "a date or time")


_HEADER = re.compile(r"^\s*\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")


def _parts(dotted: str) -> tuple[str, ...]:
    """'article."a.txt"' -> ('article', 'a.txt')."""
    return tuple(m.group(1) or m.group(2) or m.group(3).strip()
                 for m in re.finditer(r'"([^"]*)"|\'([^\']*)\'|([^.]+)', dotted))


def line_of(text: str, table: tuple[str, ...], key: str | None = None) -> int | None:
    """The line (1-based) where `key` is set in `table` (or the table's header, without a
    key); found in the text, as tomllib gives no positions."""
    current: tuple[str, ...] = ()
    pattern = re.compile(rf'^\s*(?:{re.escape(key)}|"{re.escape(key)}"|\'{re.escape(key)}\')'
                         r"\s*[=.]") if key is not None else None
    fallback = None
    for number, line in enumerate(text.splitlines(), 1):
        header = _HEADER.match(line)
        if header:
            current = _parts(header.group(1))
            if pattern is None and current == table:
                return number
            if pattern is not None and key is not None and current == (*table, key):
                fallback = fallback or number          # [article."x.txt"] is the key 'x.txt'
            continue
        if pattern is not None and current == table and pattern.match(line):
            return number
    return fallback
