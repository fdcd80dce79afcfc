"""Where a sentence names a commander: the whole name, a two-word form, or one word of it that
the context gives to one commander alone (the MENTION and NOT_A_MENTION tables)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ... import lexicon
from .. import trace
from ..document import Document
from .names import Who, candidates, present
from .rules import MENTION, NOT_A_MENTION, Cue

FULL, ONE, SHARED = (r.name for r in MENTION.rules)
_RULES = {r.name: r for r in NOT_A_MENTION.rules}


@dataclass(frozen=True)
class Mention:
    """Commander `who` named at sentence[start:end], by `rule`."""

    who: int
    start: int
    end: int
    rule: str


@dataclass
class Reader:
    """What judging a mention needs beyond its sentence: the commanders, who owns each name
    word, the words the text uses for groups, and who is named in full in the section."""

    doc: Document
    people: list[Who]
    owned: dict[str, list[int]]
    risky: frozenset[str]
    named_in: dict[str, dict[str, set[int]]]
    others: dict[str, set[str]]
    recent: dict[str, set[int]] = field(default_factory=dict)


def _reject(reader: Reader, rule: str, offset: int, start: int, end: int) -> None:
    if trace.active():
        trace.reject("biographies", reader.doc.text[offset + start:offset + end], "a mention",
                     reader.doc.provenance(rule, offset + start, offset + end))


def _holds(rule: Cue, sentence: str, start: int, end: int, **kw) -> bool:
    if rule.pattern is not None:
        before = rule.pattern.pattern.endswith("$")
        return bool(rule.pattern.search(sentence[:start]) if before
                    else rule.pattern.match(sentence, end))
    return bool(rule.when(sentence, start, end, **kw))


def mentions(reader: Reader, sentence: str, offset: int, section: str) -> list[Mention]:
    """Each mention of a commander in `sentence` (at `offset` of the document), in reading
    order. Updates `reader.recent` (who is named in full so far in the section)."""
    full = _full_names(reader, sentence, offset)
    for m in full:
        for tok in reader.people[m.who].tokens:
            reader.recent.setdefault(tok, set()).add(m.who)
    taken = [(m.start, m.end) for m in full]
    words = present(sentence)
    singles = [m for tok, idx in reader.owned.items() if tok in words
               for m in _one_word(reader, sentence, offset, section, tok, idx, taken)]
    return sorted(full + singles, key=lambda m: m.start)


def _full_names(reader: Reader, sentence: str, offset: int) -> list[Mention]:
    out = []
    for i in candidates(sentence, reader.owned):
        who = reader.people[i]
        for m in who.full.finditer(sentence):
            if _holds(_RULES["not-a-mention-event"], sentence, m.start(), m.end()):
                _reject(reader, "not-a-mention-event", offset, m.start(), m.end())
            elif m.group(0) != who.name and _holds(_RULES["not-a-mention-longer-name"],
                                                   sentence, m.start(), m.end()):
                _reject(reader, "not-a-mention-longer-name", offset, m.start(), m.end())
            else:
                out.append(Mention(i, m.start(), m.end(), FULL))
    return sorted(out, key=lambda m: m.start)


def _one_word(reader: Reader, sentence: str, offset: int, section: str, tok: str,
              idx: list[int], taken: list[tuple[int, int]]) -> list[Mention]:
    """The mentions of one name word standing alone. A name of three or more words stands
    alone by its first or last word only: 'Timur' inside 'Chin Timur Sultan' names the
    conqueror as often as the commander."""
    if tok.lower().strip(".") in lexicon.NEVER_ALONE or len(tok.rstrip(".")) < 2 or \
            not tok[0].isupper():
        return []
    idx = [i for i in idx if len(reader.people[i].tokens) < 3 or
           tok in (reader.people[i].tokens[0], reader.people[i].tokens[-1])]
    out = []
    for m in re.finditer(rf"(?<![\w-])({re.escape(tok)})(?:['’]s)?(?![\w-])", sentence) if idx else ():
        s, e = m.start(1), m.end(1)
        if any(a <= s < b for a, b in taken):
            continue
        rule = _not_a_mention(reader, sentence, s, e, idx)
        if rule is None:
            who, rule = _whose(reader, section, tok, idx)
            if who is not None:
                out.append(Mention(who, s, e, rule))
                continue
        _reject(reader, rule, offset, s, e)
    return out


# Rules judged elsewhere: on whole names only, or on who else the section names.
_FULL_ONLY = {"not-a-mention-event", "not-a-mention-longer-name"}
_BY_CONTEXT = {"not-a-mention-other-name", "not-a-mention-other-bearer", "not-a-mention-undecided"}


def _not_a_mention(reader: Reader, sentence: str, s: int, e: int, idx: list[int]) -> str | None:
    """The first NOT_A_MENTION rule, in the table's order, that holds for the word
    sentence[s:e], or None."""
    for rule in NOT_A_MENTION.rules:
        if rule.name in _FULL_ONLY or rule.name in _BY_CONTEXT:
            continue
        if rule.name == "not-a-mention-name-part":
            prev = re.search(r"([\w'’-]+)\s+$", sentence[:s])
            held = bool(prev) and any(prev.group(1) in reader.people[i].tokens for i in idx)
        elif rule.name == "not-a-mention-group":
            held = _holds(rule, sentence, s, e, risky=reader.risky)
        else:
            held = _holds(rule, sentence, s, e)
        if held:
            return rule.name
    return None


def _whose(reader: Reader, section: str, tok: str, idx: list[int]) -> tuple[int | None, str]:
    """The one commander a word stands for, with the MENTION rule that says so; or None with
    the rule that leaves it to nobody."""
    if tok in reader.others.get(section, ()):
        return None, "not-a-mention-other-name"
    if len(idx) == 1:
        return idx[0], ONE
    if len(reader.named_in.get(section, {}).get(tok, set()) & set(idx)) > 1:
        return None, "not-a-mention-other-bearer"
    named = reader.recent.get(tok, set()) & set(idx)
    if len(named) != 1:
        return None, "not-a-mention-undecided"
    return named.pop(), SHARED

