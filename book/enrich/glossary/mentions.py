"""How often, and where first, each of many names stands in the text: one pass over the words
with a trie of the names' words, so the cost is the text's length times the longest name, never
the text's length times the number of names."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_TOKEN = re.compile(r"\w+")


@dataclass
class _Node:
    children: dict[str, "_Node"] = field(default_factory=dict)
    names: list[str] = field(default_factory=list)


def scan(text: str, names: Iterable[str]) -> dict[str, tuple[int, int]]:
    """{name: (count, first position)} for every name standing alone in `text` at least once."""
    root = _Node()
    for name in set(names):
        words = _TOKEN.findall(name)
        if not words:
            continue
        node = root
        for w in words:
            node = node.children.setdefault(w, _Node())
        node.names.append(name)
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(text)]
    out: dict[str, tuple[int, int]] = {}
    for i, (start, word) in enumerate(tokens):
        node, j = root.children.get(word), i
        while node is not None:
            for name in node.names:
                end = start + len(name)
                if text.startswith(name, start) and not (end < len(text) and text[end].isalnum()):
                    count, first = out.get(name, (0, start))
                    out[name] = (count + 1, first)
            j += 1
            node = node.children.get(tokens[j][1]) if j < len(tokens) and node.children else None
    return out
