"""What became of a commander: a fate verb with the commander as its subject ('… was killed
in 1951', '… fled to Taiwan'), judged by the NOT_A_FATE rules, ranked by the FATES table."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ...model import Provenance
from ...read.text import ends_in_abbreviation
from .mentions import Mention
from .rules import CAP, FATE_VERB, FATES, NOT_A_FATE

_CLAUSE_END = re.compile(r";|\.(?=\s+[A-Z]|\s*$)|,\s+(?:but|while|where|which|who|whereas)\b|"
                         r",\s+(?=[A-Z])")
_DATED = re.compile(r"\b\d{3,4}\b|\bBC\b|\bAD\b")       # a clause that gives its own year
_COORDINATED = re.compile(rf"(?:,\s*|\s+and\s+|,\s+and\s+)(?:{CAP}(?:\s+{CAP})*(?:,\s*|\s+and\s+))*")


@dataclass(frozen=True)
class Clause:
    """A fate verb after a mention, as the NOT_A_FATE rules judge it."""

    sentence: str
    start: int            # where the mention before the verb starts
    gap: str              # the words between that mention and the verb
    aux: str
    verb: str
    pronoun: bool         # a 'he' or 'she' right before the verb
    others: int           # how many other commanders the sentence names before the verb
    clause_ends: bool     # does a clause end inside the gap?


@dataclass(frozen=True)
class Dated:
    """A date of the sentence: where it stands, how a reader says it, where its year is from."""

    start: int
    display: str
    provenance: Provenance


@dataclass(frozen=True)
class Fate:
    who: int
    rank: int
    text: str
    rule: str
    start: int            # the clause's span in the sentence
    end: int
    date: Dated | None = None


def clause_end(text: str, pos: int = 0) -> int | None:
    """Where the clause going on at `pos` ends, if before the end of `text`: a full stop after
    an abbreviated rank or an initial ('Gen. P. G. T. Beauregard') ends nothing."""
    for m in _CLAUSE_END.finditer(text, pos):
        if m.group() != "." or not ends_in_abbreviation(text[:m.end()]):
            return m.start()
    return None


def fates(sentence: str, spans: list[Mention], dates: list[Dated],
          reject: Callable[[str, int, int], None]) -> list[Fate]:
    """The fates the sentence states, one per subject ('A, B and C were executed'); a verb a
    rule turns down is passed to `reject(rule, start, end)`."""
    out = []
    for m in FATE_VERB.finditer(sentence):
        before = [x for x in spans if x.end <= m.start()]
        if not before:
            continue
        last = before[-1]
        gap = sentence[last.end:m.start()]
        clause = Clause(sentence, last.start, gap, m.group("aux") or "", m.group("verb"),
                        re.search(r"\b(?:he|she)\s+$", gap) is not None,
                        len({x.who for x in before}) - 1, clause_end(gap) is not None)
        rule = next((r for r in NOT_A_FATE.rules if r.when(clause)), None)
        if rule is not None:
            reject(rule.name, m.start("verb"), m.end("verb"))
            continue
        out.extend(_stated(sentence, m, before, dates))
    return out


def _stated(sentence: str, m: re.Match, before: list[Mention], dates: list[Dated]) -> list[Fate]:
    """The fate of the verb `m` for its subject and the subjects coordinated with it."""
    subjects, s = [before[-1].who], before[-1].start
    for x in reversed(before[:-1]):
        if not _COORDINATED.fullmatch(sentence[x.end:s]):
            break
        subjects.append(x.who)
        s = x.start
    clause = clause_end(sentence, m.end())
    clause = len(sentence) if clause is None else clause
    raw = sentence[m.start():clause]
    whole = raw.strip()
    text = re.sub(r"^(?:was|were|had been)\s+(?:(?:also|then|later|eventually|finally)\s+)?",
                  "", whole)
    at = m.start() + len(raw) - len(raw.lstrip()) + len(whole) - len(text)
    if "," in text and len(text.split(",")[0].split()) >= 4:
        text = text.split(",")[0]
    end = at + len(text)
    text = re.sub(r"^(?:is|was|were) said to (?:have been|have)\s+", "said to have ", text)
    date = None
    if dates and not _DATED.search(text):
        stated = [d for d in dates if d.start < clause]
        if len(stated) == 1 or (stated and len(dates) == 1):
            date = stated[-1]
            text += f" ({date.display})"
    rule = next((r for r in FATES.rules if r.pattern.search(m.group(0))), FATES.rules[-1])
    return [Fate(who, rule.rank, text, rule.name, at, end, date) for who in subjects]
