"""The commanders' names as the text may write them: the whole name, its two-word forms, its
single words, and which commanders own each word."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from ..document import Document
from .rules import CAP

_WORD = re.compile(r"[^\s,;:()\[\]\"“”]+")      # name words as tokens() splits them
# Where the text uses a word as a people's or a group's name ('the Han', 'Han civilians').
_GROUP_USES = (
    re.compile(rf"\b(?:the|ethnic|many|most|some)\s+({CAP}?)(s?)\b(?!\s+{CAP})"),
    re.compile(r"\b([A-Z\u00C0-\u024F][\w'’-]*)()\s+(?:[a-z]+(?:ians?|ers|ists|s)\b)"
               r"(?<!\bwas)(?<!\bhas)"),
    re.compile(rf"\b({CAP})()\s+{lexicon.alternation(lexicon.PEOPLE_NOUNS)}\b"),
)


@dataclass
class Who:
    """One commander as the text may name them."""

    name: str
    full: re.Pattern            # the whole name and the two-word forms only they have
    tokens: list[str]


def tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t]


def people(names: list[str]) -> list[Who]:
    """A Who per name: three-word names also match their two-word forms that no other
    commander's name holds ('Ishaq Beg' for Ishaq Beg Munonov, but not 'X Y' when X Y Z and
    X Y W both command)."""
    holders: dict[str, set[int]] = {}
    for i, name in enumerate(names):
        for tok in tokens(name):
            holders.setdefault(tok, set()).add(i)
    out = []
    for i, name in enumerate(names):
        toks = tokens(name)
        forms = {name}
        if len(toks) >= 3:
            for a, b in ((toks[0], toks[1]), (toks[0], toks[-1]), (toks[-2], toks[-1])):
                if not (holders.get(a, set()) & holders.get(b, set())) - {i}:
                    forms.add(f"{a} {b}")
        alts = "|".join(_spelt(f) for f in sorted(forms, key=len, reverse=True))
        out.append(Who(name, re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])"), toks))
    return out


def _spelt(form: str) -> str:
    """A pattern for `form` that also matches its words hyphenated between syllables, as
    romanisations differ ('Ma Hushan' in the infobox, 'Ma Hu-shan' in the text)."""
    out = []
    for word in form.split(" "):
        if "-" in word:
            out.append(re.escape(word))
        else:
            out.append("".join(re.escape(c) + ("-?" if c.isalpha() and n.isalpha() and n.islower()
                                               else "") for c, n in zip(word, word[1:] + " ")))
    return r"\s+".join(out)


def owners(people: list[Who]) -> dict[str, list[int]]:
    """Each name word -> the commanders whose name has it."""
    out: dict[str, list[int]] = {}
    for i, who in enumerate(people):
        for tok in dict.fromkeys(who.tokens):
            out.setdefault(tok, []).append(i)
    return out


def present(text: str) -> set[str]:
    """The words of `text` as name words could match them ('Osman's', 'Lee.' -> 'Osman', 'Lee')."""
    words = set(_WORD.findall(text))
    return words | {re.sub(r"['’]s$", "", w) for w in words} | {w.rstrip(".") for w in words} \
        | {w.replace("-", "") for w in words if "-" in w}


def candidates(text: str, owned: dict[str, list[int]]) -> list[int]:
    """The commanders who share a word with `text`: only they can be named in it (linear in the
    text, whatever the number of commanders)."""
    return sorted({i for w in present(text) for i in owned.get(w, ())})


def group_words(text: str, owned: dict[str, list[int]]) -> frozenset[str]:
    """Name words the text also uses as a people or group word; one pass over the text."""
    used: set[str] = set()
    for pattern in _GROUP_USES:
        for m in pattern.finditer(text):
            used.update((m.group(1), m.group(1) + m.group(2)))
    return frozenset(tok for tok in owned if tok in used)


def named_in_sections(doc: Document, spans, people: list[Who],
                      owned: dict[str, list[int]]) -> dict[str, dict[str, set[int]]]:
    """Per section, each name word -> the commanders named in full anywhere in it: a shared
    word decides for one of them only when no other bearer is named there. `spans` are the
    (start, end) of the sentences, as the appendix reads them."""
    out: dict[str, dict[str, set[int]]] = {}
    for start, end in spans:
        words = out.setdefault(doc.passage_at(start).section, {})
        sentence = doc.text[start:end]
        for i in candidates(sentence, owned):
            if people[i].full.search(sentence):
                for tok in people[i].tokens:
                    words.setdefault(tok, set()).add(i)
    return out


def others_in_sections(doc: Document, spans, people: list[Who],
                       owned: dict[str, list[int]]) -> dict[str, set[str]]:
    """Per section, the first words of commanders' names of three words or more that the
    section also puts at the head of someone else's name of three words ('Gaius' of Gaius
    Marius Sulla in 'Gaius Tullius Varro'). A last word is left alone: a longer name ending in
    it is usually the same person ('Roderick Alwyn Marsh' for Sir Alwyn Marsh)."""
    out: dict[str, set[str]] = {}
    for start, end in spans:
        sentence = doc.text[start:end]
        for i in candidates(sentence, owned):
            toks, name = people[i].tokens, people[i].name
            if len(toks) < 3:
                continue
            shape = rf"(?<![\w-]){re.escape(toks[0])}(?:\s+{CAP}){{2}}"
            if any(not name.startswith(m.group()) for m in re.finditer(shape, sentence)):
                out.setdefault(doc.passage_at(start).section, set()).add(toks[0])
    return out
