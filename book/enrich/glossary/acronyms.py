"""Acronyms the text spells out, in either order: 'Civil Guard (CG)', 'CG (Civil Guard)', 'the
Civil Guard, or CG', a long form in its own language with an English one ('Guardia Civil Reale –
GCR (Royal Civil Guard)', 'Supreme Command (Oberste Heeresleitung, OHL)'). An acronym the text
never spells out makes no entry."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from .align import SHORT_FORM, initials_match, is_acronym, long_form_after, long_form_before
from .candidate import Candidate, Context
from .phrases import CAPWORD, CONNECT, line_before, unbracketed
from .reject import rejected

_SF = SHORT_FORM.pattern
_FROM = re.compile(r"[^,]+,\s*from\s+(?:the\s+)?([A-Z][a-z]+)\s+(.+)$")
_RUN = re.compile(rf"((?:{CAPWORD})(?:\s+(?:{CONNECT}\s+)*(?:{CAPWORD}|\d+))+)\s*$")
_OR_SHORT = re.compile(rf",\s+(?:or|abbreviated(?:\s+as)?|shortened\s+to)\s+(?:the\s+)?({_SF})(?=[\s,.;:)]|$)")
# 'the KNA, or Kell National Army, marched': the short form first, its long form after 'or'.
_SHORT_OR = re.compile(rf"(?<![\w&.-])({_SF}),\s+or\s+(?:the\s+)?((?:{CAPWORD})(?:\s+(?:{CONNECT}\s+)*"
                       rf"(?:{CAPWORD}|\d+))+)(?=,)")
_DASHED = re.compile(rf"\s[–—-]\s+({_SF})\s+\(([^()\n]{{3,120}})\)")
_SF_BEFORE = re.compile(rf"(?<![\w&.-])({_SF})(?:\s+in\s+[A-Z][a-z]+)?\s*$")


def in_bracket(ctx: Context, start: int, end: int) -> Candidate | None:
    """The acronym pair a bracket text[start:end] (its content) makes with the words before it."""
    text = ctx.text
    inner = text[start:end].strip()
    before = line_before(text, start - 1)
    pieces = [p.strip() for p in re.split(r"[,;]\s*", inner)]
    marked = re.fullmatch(r"(?:the\s+[\"“]?|[\"“])([^\"“”\s]+?)[\"”]?", pieces[0])
    if marked and is_acronym(marked.group(1)):       # '(the KEF)', '("KEF")'
        pieces[0] = marked.group(1)
    if is_acronym(pieces[0]):
        return _short_in_bracket(ctx, start, end, pieces, before)
    plural = re.fullmatch(r"(.+[A-Z])s", pieces[0])
    if plural and len(pieces) == 1 and is_acronym(plural.group(1)):
        cand = _short_in_bracket(ctx, start, end, [plural.group(1)], before)   # 'boats (MTBs)'
        if cand is not None and cand.rule == "acronym-after-long-form":
            cand.aliases.append(pieces[0])
        return cand
    if len(pieces) == 2 and is_acronym(pieces[1]) and \
            initials_match(pieces[1], pieces[0], compounds=True):
        english = _english_before(before)
        return Candidate(pieces[1], "acronym", "acronym-foreign-long-form",
                         (start - 1 - len(english) if english else start, end + 1),
                         expansion=pieces[0], definition=english)
    sf = _SF_BEFORE.search(before)
    if sf and is_acronym(sf.group(1)) and (long := long_form_after(sf.group(1), inner)):
        first = start - 1 - (len(before) - sf.start(1))
        return Candidate(sf.group(1), "acronym", "acronym-before-long-form", (first, end + 1),
                         expansion=long)
    return None


def _short_in_bracket(ctx: Context, start: int, end: int, pieces: list[str],
                      before: str) -> Candidate | None:
    """'Long Form (LF)', or 'gloss (LF, from the German long form)'."""
    sf, inner = pieces[0], ctx.text[start:end]
    src = _FROM.match(inner.strip())
    if src and initials_match(sf, src.group(2)):
        return Candidate(sf, "acronym", "acronym-after-long-form", (start - 1, end + 1),
                         expansion=src.group(2).strip(), definition=_english_before(before),
                         lang=_lang(src.group(1)))
    tail = before.rstrip().rstrip(",").rstrip().rstrip("\"”")
    long = long_form_before(sf, tail)
    if long:
        return Candidate(sf, "acronym", "acronym-after-long-form",
                         (start - 1 - (len(before) - before.rfind(long)), end + 1),
                         expansion=long.strip("\"“”"))
    run = _RUN.search(tail)
    if run and ctx.count(sf) >= 2:
        # 'the Working People's Party (MDP)': a name in another language's initials
        phrase = re.split(r"(?<!\bof)\s+the\s+", run.group(1))[-1]
        phrase = re.sub(r"^(?:The|A|An|In|At|On|By|From|After|Before)\s+", "", phrase)
        headed = any(w.strip("'’s") in _BODY_WORDS for w in phrase.split())
        if len(phrase.split()) >= 2 and phrase.split()[0][:1].isupper() and headed:
            return Candidate(sf, "acronym", "acronym-foreign-initials",
                             (start - 1 - (len(before) - before.rfind(phrase)), end + 1),
                             expansion=phrase)
    rejected(ctx, "acronym-not-spelt-out", start, end, "a glossary acronym")
    return None


# A name a body's initials stand for has a head noun or a connective of a name ('Party', 'für');
# a person's name has neither: 'Ivo Marr (SPD)' is his party, not his name.
_BODY_WORDS = frozenset(lexicon.ORGANISATION_HEADS + lexicon.UNIT_HEADS + lexicon.PLACE_HEADS +
                        lexicon.EVENT_HEADS + lexicon.FOREIGN_NAME_WORDS + lexicon.NAME_CONNECTIVES)


def _english_before(before: str) -> str | None:
    """The English name a bracket with a foreign long form follows (two words at least)."""
    run = _RUN.search(before.rstrip())
    if not run:
        return None
    name = re.sub(r"^(?:The|A|An|[A-Z][a-z]+s\s+of\s+(?:the\s+)?)\s*", "", run.group(1))
    return name if len(name.split()) >= 2 else None


def _lang(label: str) -> str | None:
    from ...scripts import language_tag
    return language_tag(label, loose=True)


def in_prose(ctx: Context) -> Iterator[Candidate]:
    """'the Civil Guard, or CG,' and 'Guardia Civil Reale – GCR (Royal Civil Guard)'."""
    text = ctx.text
    for m in _OR_SHORT.finditer(text):
        sf = m.group(1)
        before = unbracketed(line_before(text, m.start()))   # '(French: …), abbreviated HBC'
        long = is_acronym(sf) and long_form_before(sf, before.rstrip())
        if long:
            yield Candidate(sf, "acronym", "acronym-or-short-form",
                            (m.start() - (len(before) - before.rfind(long)), m.end()),
                            expansion=long)
    for m in _SHORT_OR.finditer(text):
        sf, long = m.group(1), m.group(2)
        if is_acronym(sf) and long_form_after(sf, long):
            yield Candidate(sf, "acronym", "acronym-short-or-long-form", m.span(), expansion=long)
    for m in _DASHED.finditer(text):
        sf, english = m.group(1), m.group(2).strip()
        before = line_before(text, m.start())
        long = is_acronym(sf) and long_form_before(sf, before.rstrip())
        if long and not long_form_after(sf, english) and english[:1].isupper():
            yield Candidate(sf, "acronym", "acronym-foreign-with-english",
                            (m.start() - (len(before) - before.rfind(long)), m.end()),
                            expansion=long, definition=english)
