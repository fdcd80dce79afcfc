"""Other names the prose gives in a clause of its own: 'Kell, which is an old name for the town
of Tarn', 'became King Arvid or Arvid Haraldsson II', 'are often considered the "Three Elders"',
'the "iron frogs", as the sailors called them', 'Ostby, a former village which is now Eastgate
Park'. Each finder is one pass over the text; the term before a clause is read by
phrases.named_before (a name, with its original in another script when one follows it)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from .reject import rejected
from .candidate import Candidate, Context
from .names import listed
from .phrases import NAME, line_before, named_before
from .rules import NOT_A_TERM

_NAME_FOR = re.compile(
    r"(?:,\s*|\s+)(?:which|that)\s+(?:is|was)\s+(?:also\s+)?(?P<gloss>(?:an?|the)\s+"
    r"(?:[a-z][\w-]*\s+){0,2}name\s+(?:for|of)\s+(?P<what>(?:the\s+[a-z][\w'’-]*(?:\s+of)?\s+)?"
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))(?=\s*[,;.)]|\s+(?:and|in|is|was|during)\b)")
# A regnal or religious name: a roman numeral after the name ('Tariq Sulayman I').
_BECAME = re.compile(
    rf"\b(?:became|becoming|was\s+crowned|styled\s+(?:himself|herself))\s+(?P<a>{NAME})\s+or\s+"
    rf"(?P<b>{NAME})(?=\s*[,;.)]|\s+(?:and|in|after|until|when)\b)")
_ROMAN = re.compile(r"\s(?:[IVX]{1,4})$")
_CONSIDERED = re.compile(
    r"(?P<verb>\s+(?:is|are|was|were)\s+(?:(?:often|sometimes|also|collectively|widely|"
    r"commonly|jointly)\s+){0,3}(?:considered|regarded|described|referred\s+to)\s+as\s+"
    r"(?:the\s+)?)[\"“](?P<name>[A-Z][^\"“”]{1,60})[\"”]")
_AS_CALLED = re.compile(
    r"[\"“](?P<name>[^\"“”]{2,40})[\"”],?\s+as\s+(?P<who>(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*"
    r"|the\s+[a-z][\w'’-]+)"
    r"\s+(?:referred\s+to|called|knew|nicknamed|dubbed)\s+(?:them|it|him|her)\b")
# 'The ferries, the "…': a noun phrase in apposition before a quoted nickname.
_NICKNAMED = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<np>(?:[Tt]he|[Tt]heir|[Tt]hese)\s+(?:[a-z][\w'’-]*\s+){0,2}"
                        r"[a-z][\w'’-]+),\s+(?:the\s+)?[\"“]?$")
# 'renamed A and B', 'commissioned into the navy as A and B': the verb of naming, then the pair.
_RENAMED_AS = re.compile(
    rf"\b(?P<verb>renamed|redesignated|rechristened|became|becoming|(?:re)?commissioned\b[^,;.]{{0,60}}?"
    rf"\bas)\s+(?P<c>{NAME})\s+and\s+(?P<d>{NAME})\s*$")
_PAIR = re.compile(rf"({NAME})\s+and\s+({NAME})")
_TITLED = frozenset((*lexicon.TITLES, *lexicon.RANKS, *lexicon.OFFICES))
_FORMER = re.compile(
    r"\b(?P<term>[A-Z][\w'’-]+(?:[ ][A-Z][\w'’-]+){0,2}),\s+(?P<what>an?\s+(?:former|old|ancient)\s+"
    r"[a-z][\w-]+)\s+(?:which|that)\s+is\s+now\s+(?=(?:the\s+)?[A-Z])")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate the clauses of the prose make."""
    text = ctx.text
    for m in _NAME_FOR.finditer(text):
        found = named_before(line_before(text, m.start()), ctx.index)
        if found and NOT_A_TERM.check(found[0]) is None and found[0][:1].isupper():
            term, original, offset = found
            begin = m.start() - len(line_before(text, m.start())) + offset
            yield Candidate(term, "alias", "prose-name-for", (begin, m.end()),
                            definition=m.group("gloss"), original=original)
    for m in _BECAME.finditer(text):
        a, b = m.group("a").strip("\"“”"), m.group("b").strip("\"“”")
        if (_ROMAN.search(a) or _ROMAN.search(b)) and len(a.split()) >= 2 and len(b.split()) >= 2 \
                and " of " not in f" {a} {b} " and NOT_A_TERM.check(a) is None:
            yield Candidate(a, "alias", "became-name-or-name", m.span(), aliases=[b])
    for m in _CONSIDERED.finditer(text):
        cand = _considered(ctx, m)
        if cand is not None:
            yield cand
    for m in _AS_CALLED.finditer(text):
        # 'The ferries, the "iron frogs", as the sailors called them': the apposition names what
        # the nickname is of; with none ('Despite it, the "iron frogs", as …') it names nothing
        # the entry could say
        of = _NICKNAMED.search(text, max(0, m.start() - 80), m.start())
        if NOT_A_TERM.check(m.group("name")) is not None:
            continue
        if of is None:
            rejected(ctx, "as-called-unnamed", m.start(), m.end(), "a glossary term")
            continue
        yield Candidate(m.group("name"), "alias", "quoted-as-called", (of.start("np"), m.end()),
                        definition=f"nickname used by {m.group('who')} for {of.group('np').lower()}")
    yield from _respectively(ctx)
    for m in _FORMER.finditer(text):
        names = listed(text, m.end(), False, min(len(text), m.end() + 200))
        if len(names) == 1 and NOT_A_TERM.check(m.group("term")) is None:
            end = text.find(names[0], m.end()) + len(names[0])
            # No definition: 'a former village' is true of the old name only, and the entry
            # gathers under the name the text uses most (the new one, often).
            yield Candidate(m.group("term"), "alias", "prose-former-now", (m.start(), end),
                            aliases=names)


def _respectively(ctx: Context) -> Iterator[Candidate]:
    """'UB-1 and UB-15 were sold and commissioned as U-10 and U-11, respectively': the first two
    names of the sentence, renamed in order to the two names after the verb of naming."""
    text = ctx.text
    for m in re.finditer(r",?\s+respectively\b", text):
        sentence = ctx.doc.sentence_at(m.start())
        said = text[sentence.start:m.start()]
        new = _RENAMED_AS.search(said)
        old = new and _PAIR.search(said, 0, new.start())
        if not old or any(w.split()[0] in _TITLED or NOT_A_TERM.check(w) is not None
                          for w in (*old.groups(), *new.groups()[1:])):
            continue
        for before, after in ((old.group(1), new.group("c")), (old.group(2), new.group("d"))):
            if before != after:
                yield Candidate(before, "alias", "renamed-respectively",
                                (sentence.start + old.start(), m.end()), aliases=[after])


def _considered(ctx: Context, m: re.Match) -> Candidate | None:
    """'Mayors A, B and C are often considered the "Three Elders"': the quoted name is what the
    sentence's subject (up to the verb) is called."""
    sentence = ctx.doc.sentence_at(m.start())
    subject = ctx.text[sentence.start:m.start()].strip()
    subject = re.sub(r"^(?:[A-Z][a-z]+\s+\d{4},?\s+|In\s+\d{4},?\s+)", "", subject)
    if not subject[:1].isupper() or not 1 <= len(subject.split()) <= 12 or "\n" in subject or \
            NOT_A_TERM.check(m.group("name")) is not None:
        return None
    return Candidate(m.group("name"), "alias", "quoted-name-considered", (sentence.start, m.end()),
                     definition=subject)
