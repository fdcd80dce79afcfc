"""Wiki and Markdown markup left in an article: recognised, removed or turned into its text, and
reported with the line it is on; never printed raw. The article format has no inline markup, so
what a reader would see of it is the text alone: emphasis and bold lose their quotes or stars,
a link is its text, a reference, a citation template, a comment or a file link goes.

Each kind is reported once per article, at its first line, with how many more there are."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

# Templates whose text is part of the sentence: {{lang|zh|中文}}, {{nowrap|12 May}}. Others
# ({{cite …}}, {{citation needed}}, {{sfn|…}}, infobox templates) are dropped.
_TEXT_TEMPLATES = {"lang", "nowrap", "nobr", "small", "smaller", "big", "transl", "transliteration",
                   "script", "nihongo", "noitalic", "abbr", "lang-zh", "zh", "native name"}

_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
# Character classes stop at the next '<' or '[': no pattern scans past where another could start,
# so no input makes them quadratic (tests/test_markup.py times the worst).
_REF_EMPTY = re.compile(r"<ref\b[^<>/]*/\s*>", re.I)
_REF = re.compile(r"<ref\b[^<>]*>.*?(?:</ref\s*>|$)", re.I | re.S)
_TAG = re.compile(r"</?(?:br|small|big|sup|sub|span|div|i|b|u|em|strong|s|del|ins|abbr|cite|"
                  r"code|nowiki|references|center|font|p)\b[^<>]*?/?>", re.I)
_FILE_LINK = re.compile(r"\[\[\s*(?:file|image|category|media)\s*:[^\[\]]*"
                        r"(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", re.I)
_WIKI_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTERNAL = re.compile(r"\[(?:https?|ftp)://[^\s\[\]]+(?:\s+([^\[\]]*))?\]")
_MD_LINK = re.compile(r"\[([^\[\]]+)\]\((?:https?://|www\.|/|\.|#)[^)\s]*\)")
_BOLD = re.compile(r"'''(.+?)'''")
_ITALIC = re.compile(r"''(.+?)''")
_MD_BOLD = re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])")
_MD_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*]+?)(?<=[^\s*])\*(?![\w*])")

MD_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")          # '## Section'
MD_ITEM = re.compile(r"^[*+]\s+(.*)$")                          # '* item'
PIPE_ROW = re.compile(r"^\|.*\|$")                               # '| a | b |'
PIPE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")   # '|---|:---:|'
WIKI_TABLE_START, WIKI_TABLE_END = "{|", "|}"


@dataclass
class Findings:
    """What markup was found, by kind: the first line it is on and how many times."""

    seen: dict[str, list[int]] = field(default_factory=dict)

    def add(self, kind: str, line: int, count: int = 1) -> None:
        entry = self.seen.setdefault(kind, [line, 0])
        entry[1] += count

    def warnings(self) -> tuple[tuple[int, str], ...]:
        """(line, message) for each kind, in the order of their first lines."""
        out = []
        for kind, (line, count) in sorted(self.seen.items(), key=lambda kv: kv[1][0]):
            more = f" ({count - 1} more)" if count > 1 else ""
            out.append((line, f"{kind}{more}"))
        return tuple(out)


def strip(text: str, line: int, found: Findings) -> str:
    """`text` (one paragraph's lines joined by '\\n', the first on `line`) with its wiki and
    Markdown markup turned into text or removed; what was found is added to `found`."""
    if not any(c in text for c in "<[{'*"):
        return text

    def at(offset: int) -> int:
        return line + text.count("\n", 0, offset)

    def sub(pattern: re.Pattern, kind: str, keep) -> None:
        nonlocal text
        first = pattern.search(text)
        if first is None:
            return
        matches = len(pattern.findall(text))
        found.add(kind, at(first.start()), matches)
        text = pattern.sub(keep, text)

    sub(_COMMENT, "an HTML comment <!-- … --> left out", "")
    sub(_REF_EMPTY, "a wiki reference <ref … /> left out (references are not kept)", "")
    sub(_REF, "a wiki reference <ref>…</ref> left out (references are not kept)", "")
    text = _templates(text, at, found)
    sub(_FILE_LINK, "a wiki file or category link [[File:…]] left out", "")
    sub(_WIKI_LINK, "a wiki link [[…]] printed as its text",
        lambda m: (m.group(2) if m.group(2) is not None else m.group(1)).strip())
    sub(_EXTERNAL, "a wiki external link [http… text] printed as its text",
        lambda m: (m.group(1) or "").strip())
    sub(_MD_LINK, "a Markdown link [text](url) printed as its text", r"\1")
    sub(_BOLD, "wiki bold '''…''' printed as plain text", r"\1")
    sub(_ITALIC, "wiki italics ''…'' printed as plain text", r"\1")
    sub(_MD_BOLD, "Markdown bold **…** printed as plain text", r"\1")
    sub(_MD_ITALIC, "Markdown emphasis *…* printed as plain text", r"\1")
    sub(_TAG, "an HTML tag <…> left out (its text kept)", " ")
    return text


def _templates(text: str, at, found: Findings) -> str:
    """`text` without its {{…}} templates (nested too: one pass with a depth count, as no
    regular expression matches nesting), keeping the text of those that are part of the
    sentence."""
    if "{{" not in text:
        return text
    out: list[str] = []
    i, depth, start, first = 0, 0, 0, None
    count = 0
    while i < len(text):
        if text.startswith("{{", i):
            if depth == 0:
                start = i
            depth += 1
            i += 2
            continue
        if text.startswith("}}", i) and depth:
            depth -= 1
            i += 2
            if depth == 0:
                count += 1
                first = start if first is None else first
                out.append(_template_text(text[start + 2:i - 2]))
            continue
        if depth == 0:
            out.append(text[i])
        i += 1
    if depth:                                  # never closed: the rest is the template
        count += 1
        first = start if first is None else first
    if count:
        found.add("a wiki template {{…}} left out (or printed as its text)", at(first), count)
    return "".join(out)


def _template_text(body: str) -> str:
    parts = [p.strip() for p in body.split("|")]
    name = parts[0].lower().replace("_", " ")
    args = [p for p in parts[1:] if "=" not in p]
    if (name in _TEXT_TEMPLATES or name.startswith("lang-")) and args:
        return args[-1]
    if name == "convert" and args:
        return " ".join(args[:2])
    return ""
