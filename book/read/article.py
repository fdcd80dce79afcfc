"""Reader: parse the plain-text article format into an Article (no inference here)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputError, shown
from ..model import Article, Block, InfoField, ListBlock, Paragraph, Section
from . import markup
from .infobox import read as read_infobox
from ..normal import normalise
from .limits import LIMITS, Limits, check, read_source
from ..slugs import slugify, unique_id
from .syntax import HEADING, INFO_ITEM, INFOBOX, TITLE, infobox_start
from .text import clean


def read(path: str | Path, limits: Limits = LIMITS) -> Article:
    """Read and parse an article file, raising InputError with file and line on bad input."""
    name = shown(path)
    return load(read_source(path, limits.max_bytes, name), name, limits)


def load(data: bytes, path: str, limits: Limits = LIMITS) -> Article:
    """Parse the bytes of an article file (already read within the size limit)."""
    text = decode(data, path)
    check(text, path, limits)
    return parse(text, path)


def title_slug(text: str) -> str | None:
    """The slug parse() gives the article, from its first line alone; None if it has no title."""
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        line = text[start:] if end < 0 else text[start:end]
        if line.strip():
            m = TITLE.match(line.strip())
            title = clean(m.group(1)) if m else ""
            return slugify(title) if title else None
        if end < 0:
            return None
        start = end + 1
    return None


def decode(data: bytes, path: str) -> str:
    """Decode UTF-8 (a BOM is accepted); say where the first bad byte is otherwise."""
    nul = data.find(b"\x00")
    if 0 <= nul < 8192:
        raise InputError("binary file, expected UTF-8 text in the article format", path)
    if nul >= 0:
        raise InputError(f"NUL byte at byte offset {nul}: binary data, expected UTF-8 text in the "
                         "article format", path, data.count(b"\n", 0, nul) + 1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise InputError(
            f"not valid UTF-8 at byte offset {exc.start} (byte 0x{data[exc.start]:02x}); "
            "save the article as UTF-8", path, line)
    return normalise(text)


@dataclass
class _Open:
    """A section being filled while parsing."""

    title: str
    level: int
    line: int
    blocks: list[Block] = field(default_factory=list)
    children: list[_Open] = field(default_factory=list)


def parse(text: str, path: str = "<article>") -> Article:
    """Parse article text; the first non-blank line must be `= Title =`. The text is normalised
    first (book/normal.py), whoever calls this."""
    lines = normalise(text).split("\n")
    numbered = [(i + 1, ln.rstrip()) for i, ln in enumerate(lines)]
    body = [(n, ln) for n, ln in numbered if ln.strip()]
    if not body:
        raise InputError("empty article, expected a first line like '= Title ='", path, 1)
    first_no, first = body[0]
    m = TITLE.match(first.strip())
    if not m:
        raise InputError(f"first line is not a title: expected '= Title =', found {first[:40]!r}",
                         path, first_no)
    found = markup.Findings()                    # wiki and Markdown markup, reported once each
    title = clean(markup.strip(m.group(1), first_no, found))
    if not title:
        raise InputError("the title is empty: expected '= Title ='", path, first_no)

    infobox: list[InfoField] = []
    lead: list[Block] = []
    stack: list[_Open] = []
    roots: list[_Open] = []
    para: list[tuple[int, str]] = []
    items: list[tuple[int, str]] = []
    counter = {"p": 0}
    table = 0                                        # the line a wiki table {| started on
    rest = [(n, ln.strip()) for n, ln in body[1:]]
    header: str | None = None
    start = infobox_start(rest[0][1], rest[1][1] if len(rest) > 1 else None) if rest else None
    in_infobox = start is not None
    skip = rest[0][0] if start == 1 else 0                # the header line ('Infobox', a caption)
    if start == 1 and not INFOBOX.match(rest[0][1]):
        header = clean(rest[0][1])

    def target() -> list[Block]:
        return stack[-1].blocks if stack else lead

    def flush() -> None:
        if para:
            counter["p"] += 1
            joined = clean(markup.strip("\n".join(t for _, t in para), para[0][0], found)
                           .replace("\n", " "))
            if joined:
                target().append(Paragraph(f"p{counter['p']}", joined, para[0][0]))
            para.clear()
        if items:
            counter["p"] += 1
            kept = tuple(c for c in (clean(markup.strip(t, n, found)) for n, t in items) if c)
            if kept:
                target().append(ListBlock(f"p{counter['p']}", kept, items[0][0]))
            items.clear()

    for no, raw in numbered[first_no:]:
        line = raw.strip()
        if no == skip:
            continue
        if in_infobox:
            if not line and not infobox:
                continue                                   # blank lines under the header
            if line.startswith("-"):
                im = INFO_ITEM.match(line)
                sub = re.match(r"^-\s*\*\s*(.+)$", line)
                if sub and infobox and (not im or "*" in im.group(1)):
                    last = infobox[-1]          # "- * item" continues the previous field's list
                    infobox[-1] = InfoField(
                        last.key, f"{last.value}, * {clean(markup.strip(sub.group(1), no, found))}",
                        last.line)
                    continue
                if not im:
                    raise InputError(
                        f"infobox line has no ':': expected '- Key: value', found {line[:40]!r}",
                        path, no)
                key = clean(im.group(1))
                if not key:
                    raise InputError("infobox line has an empty key: expected '- Key: value'",
                                     path, no)
                infobox.append(InfoField(key, clean(markup.strip(im.group(2), no, found),
                                                    prose=False), no))
                continue
            in_infobox = False
        if table:                                    # inside a wiki table {| … |}: left out
            if line.startswith(markup.WIKI_TABLE_END):
                table = 0
            continue
        if line.startswith(markup.WIKI_TABLE_START):
            flush()
            found.add("a wiki table {| … |} left out (tables are not supported)", no)
            table = no
            continue
        if not line:
            flush()
            continue
        hm = HEADING.match(line) or _other_heading(line, no, found)
        if hm:
            flush()
            level, heading = len(hm.group(1)), clean(markup.strip(hm.group(2), no, found))
            if not heading:
                raise InputError(f"heading has no text: expected '{hm.group(1)} Title {hm.group(1)}'",
                                 path, no)
            while stack and stack[-1].level >= level:
                stack.pop()
            deepest = stack[-1].level + 1 if stack else 2
            if level > deepest:                       # '==== Deep ====' right under '== A =='
                found.add(f"a heading that skips a level ('{'=' * level} {heading[:30]} "
                          f"{'=' * level}' after "
                          + (f"'{'=' * stack[-1].level} {stack[-1].title[:30]} "
                             f"{'=' * stack[-1].level}'" if stack else "the lead")
                          + f") read as '{'=' * deepest} … {'=' * deepest}'", no)
                level = deepest
            node = _Open(heading, level, no)
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            continue
        if markup.PIPE_ROW.match(line) or markup.PIPE_RULE.match(line):
            if para:
                flush()
            found.add("a pipe table | … | printed as a list, a row an item (tables are not "
                      "supported)", no)
            if not markup.PIPE_RULE.match(line):
                items.append((no, " – ".join(c.strip() for c in line.strip("|").split("|")
                                             if c.strip())))
            continue
        md_item = markup.MD_ITEM.match(line)
        if md_item:
            found.add("a Markdown list item '* …' read as '- …'", no)
            line = f"- {md_item.group(1)}"
        if line.startswith("- ") or line == "-":
            if para:
                flush()
            items.append((no, line[1:].strip()))
            continue
        if items:
            flush()
        para.append((no, line))
    flush()

    if table:
        found.add("a wiki table {| … |} left out (tables are not supported)", table)
    ids: dict[str, int] = {}
    return Article(
        title=title,
        slug=slugify(title),
        source=path,
        infobox=read_infobox(tuple(infobox), header if header != title else None),
        lead=tuple(lead),
        sections=tuple(_freeze(node, ids) for node in roots),
        warnings=found.warnings(),
    )


def _other_heading(line: str, no: int, found: markup.Findings) -> re.Match | None:
    """A heading written otherwise: a second '= Title =' inside the text, or a Markdown '## …';
    read as the '==' heading of the same depth (a chapter for '=' and '#'), and reported."""
    second = TITLE.match(line)
    if second and second.group(1):
        found.add(f"a second title '= {second.group(1)[:30]} =' inside the text read as a chapter "
                  "('== … ==')", no)
        return HEADING.match(f"== {second.group(1)} ==")
    md = markup.MD_HEADING.match(line)
    if md:
        depth = max(2, len(md.group(1)))
        found.add(f"a Markdown heading '{md.group(1)} …' read as '{'=' * depth} … {'=' * depth}'",
                  no)
        return HEADING.match(f"{'=' * depth} {md.group(2)} {'=' * depth}")
    return None


def _freeze(node: _Open, ids: dict[str, int]) -> Section:
    sid = unique_id("s-" + slugify(node.title, "section"), ids)
    return Section(sid, node.title, node.level, node.line, tuple(node.blocks),
                   tuple(_freeze(c, ids) for c in node.children))
