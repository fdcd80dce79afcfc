"""Word positions of a whole text, so that enrichers count phrases without rescanning it.

Counting a phrase costs the occurrences of its first word, not the length of the text: the
enrichers stay linear in the article's size."""
from __future__ import annotations

import re
from collections import defaultdict

_TOKEN = re.compile(r"\w+")


class TextIndex:
    """The text, each word's start offsets, and the lower-case words used mid-sentence."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: dict[str, list[int]] = defaultdict(list)
        for m in _TOKEN.finditer(text):
            self.starts[m.group()].append(m.start())
        self._counts: dict[str, int] = {}
        self.memo: dict[tuple, object] = {}      # answers about the text, asked again and again

    def occurrences(self, phrase: str, not_after: str = "") -> list[int]:
        """Start offsets of `phrase` standing alone (no word character on either side), and not
        right after `not_after` + a space when that is given."""
        first = _TOKEN.search(phrase)
        if not first or first.start() != 0:
            return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", self.text)]
        out, text, n = [], self.text, len(phrase)
        for pos in self.starts.get(first.group(), ()):
            end = pos + n
            if text.startswith(phrase, pos) and not (end < len(text) and _word(text[end])) \
                    and not (not_after and text.endswith(not_after + " ", 0, pos)):
                out.append(pos)
        return out

    def count(self, phrase: str) -> int:
        """How many times `phrase` stands alone in the text."""
        if phrase not in self._counts:
            self._counts[phrase] = len(self.occurrences(phrase))
        return self._counts[phrase]


def _word(char: str) -> bool:
    return char.isalnum() or char == "_"
