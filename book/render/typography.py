"""Print typography on plain text: curly quotes, dashes, en dashes in ranges, non-breaking spaces."""
from __future__ import annotations

import re

from ..lexicon import ERAS, MONTH_NAMES, UNITS, alternation

_MONTH = alternation(MONTH_NAMES)
# A number keeps its era or its unit on its line ('331 BC', '550 m', '40 %').
_AFTER_NUMBER = alternation([*(e for e in ERAS if "." not in e), *UNITS])
NBSP = "\u00a0"

_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r"(\d)\s*---?\s*(?=\d)"), "\\1\u2013"),          # '1939--1945': a range
    (re.compile(r"\s*(?<!-)---?(?!-)\s*"), "\u2009\u2014\u2009"),  # '--' and '---' are a dash
    (re.compile(r"(?<![\w.,])(\d+(?:,\d{3})*)-(\d+(?:,\d{3})*)(?![\w-]|,\d)"), "\\1\u2013\\2"),
    (re.compile(r"(?<=\w)\s-\s(?=\d)"), " \u2013 "),      # '18 August - 21 August 1966': a range
    (re.compile(r"\s-\s"), "\u2009\u2014\u2009"),
    (re.compile(rf"\b(\d{{1,2}}) (?=(?:{_MONTH})\b)"), f"\\1{NBSP}"),
    (re.compile(rf"\b((?:{_MONTH})) (?=\d)"), f"\\1{NBSP}"),
    (re.compile(rf"\b(\d+) (?={_AFTER_NUMBER}(?!\w))"), f"\\1{NBSP}"),
    (re.compile(r"\b(AD|c\.) (?=\d)"), f"\\1{NBSP}"),
)

_QUOTE = re.compile(r"[\"']")
_OPENERS = "([{\u2014\u2013/-\"'\u201c\u2018"     # a quote after these opens, as after a space
_CLOSERS = ".,;:!?)]}\u2014\u2013/-\"'\u201d\u2019"   # a quote before these closes, as before one
_NEAR = 40           # an unclear single quote opens only when its pair follows within this span
_SPACE = " \t\n\u00a0\u2009"


def smarten(text: str) -> str:
    """Apply the typographic rules; the result is still plain text."""
    text = quotes(text)
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text


def quotes(text: str) -> str:
    """Straight quotes turned the right way, whatever the spacing around them.

    A quote with a space (or the start, or an opening bracket) before it and a letter after it
    opens; one with a letter before it and a space or punctuation after it closes; an apostrophe
    sits between letters ('don't') or after a plural's s. A quote with spaces on both sides, or
    letters on both sides ('“ dropsy “', '‘ ironclad ‘', text split into words and joined back),
    closes the quote of its kind left open, else opens one after a comma or colon, or when another
    quote of its kind follows in the text, else (a single one) is an apostrophe. The spaces inside a pair are closed up,
    and so is the space before a possessive apostrophe ('Charles ' advice')."""
    found = list(_QUOTE.finditer(text))
    if not found:
        return text
    kinds = []                           # per quote: "open" | "close" | "apos"
    open_ = {'"': False, "'": False}
    for i, m in enumerate(found):
        q, at = m.group(), m.start()
        before = text[at - 1] if at else ""
        after = text[at + 1] if at + 1 < len(text) else ""
        space_before = not before or before in _SPACE or before in _OPENERS
        space_after = not after or after in _SPACE or after in _CLOSERS
        if q == "'" and before.isalnum() and after.isalnum():
            kind = "apos"                                       # don't, O'Brien, 1990's
        elif q == "'" and space_before and re.match(r"\d\ds\b", text[at + 1:]):
            kind = "apos"                                       # the '90s
        elif q == '"' and open_[q]:
            kind = "close"                 # double quotes do not nest in English: '(" a "b)'
        elif space_before and not space_after:
            kind = "open"
        elif space_after and not space_before:
            kind = "close" if open_[q] or q == '"' else "apos"
        elif open_[q]:
            kind = "close"
        elif text[:at].rstrip()[-1:] in ("", ",", ":", ";", "(", "[", "\u2014"):
            kind = "open"                                       # 'saying, ' For …'
        elif _pair_follows(text, found[i + 1:], q, at):
            kind = "open"
        else:
            kind = "apos" if q == "'" else "open"
        if kind == "open":
            open_[q] = True
        elif kind == "close":
            open_[q] = False
        kinds.append(kind)
    out, pos = [], 0
    for m, kind in zip(found, kinds):
        q, at = m.group(), m.start()
        chunk = text[pos:at]
        if kind == "close" or (kind == "apos" and chunk.endswith(" ") and at + 1 < len(text)
                               and text[at + 1] in _SPACE and chunk.rstrip()[-1:] in "sSzZ"):
            chunk = chunk.rstrip(" ") if chunk.strip() else chunk
        out.append(chunk)
        out.append({"open": "\u201c", "close": "\u201d"}[kind] if q == '"' else
                   "\u2018" if kind == "open" else "\u2019")
        pos = m.end()
        if kind == "close" and q == '"' and text[pos:pos + 1].isalnum():
            out.append(" ")                # '"a"b': a closing quote glued to the next word
        if kind == "open":
            while pos < len(text) and text[pos] == " ":
                pos += 1
    out.append(text[pos:])
    return "".join(out)


def _pair_follows(text: str, later: list[re.Match], q: str, at: int) -> bool:
    """Whether a quote of the same kind follows that could close one opened at `at`: any later
    double quote; a single quote within _NEAR characters of the same sentence, not between two
    letters (an apostrophe), so that a lone possessive ('Jones ' house') stays an apostrophe."""
    for n in later:
        if n.group() != q:
            continue
        if q == '"':
            return True
        if n.start() - at > _NEAR or re.search(r"[.!?]\s", text[at:n.start()]):
            return False
        if not (text[n.start() - 1:n.start()].isalnum() and text[n.end():n.end() + 1].isalnum()):
            return True
    return False
