"""Print typography on plain text: curly quotes, en dashes in ranges, non-breaking spaces."""
from __future__ import annotations

import re

from ..lexicon import ERAS, MONTH_NAMES, UNITS, alternation

_MONTH = alternation(MONTH_NAMES)
# A number keeps its era or its unit on its line ('331 BC', '550 m', '40 %').
_AFTER_NUMBER = alternation([*(e for e in ERAS if "." not in e), *UNITS])
NBSP = "\u00a0"

_RULES: tuple[tuple[re.Pattern, str], ...] = (
    (re.compile(r'(^|[\s(\[{\u2014\u2013/-])"'), "\\1\u201c"),
    (re.compile(r'"'), "\u201d"),
    (re.compile(r"(\w)'(?=\w)"), "\\1\u2019"),
    (re.compile(r"(^|[\s(\[{\u2014\u2013/\u201c-])'"), "\\1\u2018"),
    (re.compile(r"'"), "\u2019"),
    (re.compile(r"(?<![\w.,])(\d+(?:,\d{3})*)-(\d+(?:,\d{3})*)(?![\w-]|,\d)"), "\\1\u2013\\2"),
    (re.compile(r"(?<=\w)\s-\s(?=\d)"), " \u2013 "),      # '18 August - 21 August 1966': a range
    (re.compile(r"\s--?\s"), "\u2009\u2014\u2009"),
    (re.compile(rf"\b(\d{{1,2}}) (?=(?:{_MONTH})\b)"), f"\\1{NBSP}"),
    (re.compile(rf"\b((?:{_MONTH})) (?=\d)"), f"\\1{NBSP}"),
    (re.compile(rf"\b(\d+) (?={_AFTER_NUMBER}(?!\w))"), f"\\1{NBSP}"),
    (re.compile(r"\b(AD|c\.) (?=\d)"), f"\\1{NBSP}"),
)


def smarten(text: str) -> str:
    """Apply the typographic rules; the result is still plain text."""
    for pattern, repl in _RULES:
        text = pattern.sub(repl, text)
    return text
