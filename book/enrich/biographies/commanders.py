"""Who the Commanders appendix lists: the infobox's commanders, or, in an article without an
infobox, the people the text says held command (the COMMAND table) and no one else."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from ...model import Book, Commander, Infobox, Provenance
from .. import trace
from ..document import Document, infobox_provenance
from .rules import COMMAND, INFOBOX, NOT_A_COMMANDER, TITLE, _NAME_WORD

_TITLE_IN_NAME = re.compile(rf"(?<!\S)(?:{TITLE})(?=\s)")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Listed:
    """A person the appendix lists, with the label of their side and why they are listed."""

    commander: Commander
    side_label: str
    provenance: Provenance


def listed(book: Book, doc: Document, sentences: list[tuple[int, int]]) -> list[Listed]:
    """The infobox's commanders, grouped by side; without any, the text's."""
    box = book.article.infobox
    if box.commanders:
        labels = {s.number: s.label for s in box.sides}
        return [Listed(c, labels[c.sides[0]], _infobox_provenance(box, c)) for c in _by_side(box)]
    return from_text(doc, sentences)


def _by_side(box: Infobox) -> list[Commander]:
    """Commanders grouped by the first side that lists them, each side in its own order."""
    order = {(side.number, name): k for side in box.sides for k, name in enumerate(side.commanders)}
    return sorted(box.commanders, key=lambda c: (c.sides[0], order.get((c.sides[0], c.name), 0)))


def _infobox_provenance(box: Infobox, c: Commander) -> Provenance:
    value = next((f.value for f in box.raw if f.line == c.line), "")
    at = max(value.find(c.name), 0)
    return infobox_provenance(INFOBOX.rules[0].name, c.line, (at, at + len(c.name)))


def from_text(doc: Document, sentences: list[tuple[int, int]]) -> list[Listed]:
    """Everyone a COMMAND rule finds, in the order the text first states their command, under
    the fullest form of their name the text gives; ranks and titles out of the name."""
    found: dict[str, tuple[str | None, Provenance, int]] = {}
    for start, end in sentences:
        sentence = doc.text[start:end]
        for rule in COMMAND.rules:
            for m in rule.pattern.finditer(sentence):
                rank, name = split_rank(m.group("rank"), m.group("name"))
                a, b = start + m.start("name"), start + m.end("name")
                refused = next((r for r in NOT_A_COMMANDER.rules if r.when(name, rank)), None)
                if refused is not None:
                    trace.reject("biographies", doc.text[a:b], "a commander",
                                 doc.provenance(refused.name, a, b))
                    continue
                where = doc.provenance(rule.name, start + m.start(), start + m.end())
                if name not in found or found[name][2] > start + m.start():
                    found[name] = (rank, where, start + m.start())
    names = _merged(doc, list(found))
    out: dict[str, Listed] = {}
    for name, (rank, where, at) in sorted(found.items(), key=lambda kv: kv[1][2]):
        full = names[name]
        if full not in out:
            commander = Commander(full, rank, (), (), (), doc.passage_at(at).line)
            out[full] = Listed(commander, "", where)
    return list(out.values())


def split_rank(rank: str | None, name: str) -> tuple[str | None, str]:
    """The rank or title at the head of a name found in the text, and the name without it
    ('North Korean Major General Pak Kyo Sam' -> 'Major General', 'Pak Kyo Sam'); a function
    word that opens the sentence goes too ('Meanwhile Ann Lee')."""
    name = _POSSESSIVE.sub("", name.strip())
    last = None
    for last in _TITLE_IN_NAME.finditer(name):
        pass
    if last is not None:
        rank, name = last.group(), name[last.end():].strip()
    words = name.split()
    while len(words) > 1 and words[0].casefold() in lexicon.FUNCTION_WORD_SET:
        words = words[1:]
    return rank, " ".join(words)


def _merged(doc: Document, names: list[str]) -> dict[str, str]:
    """Each name found -> the name the appendix lists it under: a one-word name becomes the
    one longer name ending with it, among those found or else in the text ('Walker' ->
    'Walton Walker'); it stays as it is when there are none or several."""
    out = {n: n for n in names}
    for name in names:
        if " " in name:
            continue
        longer = {n for n in names if n.endswith(" " + name)} or _fuller(doc, name)
        if len(longer) == 1:
            out[name] = longer.pop()
    return out


def _fuller(doc: Document, word: str) -> set[str]:
    """The longer names the text gives that end with `word` (ranks and titles left out)."""
    out = set()
    for m in re.finditer(rf"(?<![\w.-])((?:{_NAME_WORD}\s+){{1,3}}){re.escape(word)}(?![\w-])",
                         doc.text):
        _, name = split_rank(None, m.group(0))
        if " " in name and not any(r.when(name) for r in NOT_A_COMMANDER.rules):
            out.add(name)
    return out
