"""Terms the prose glosses: '"Qualis artifex" which translates as "…"', 'castrum, meaning
"camp"', 'the sejm, the Polish parliament' (a language named in the gloss), and a topic's own
technical terms, 'a barbette, an armoured ring …'."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...scripts import language_tag
from .candidate import Candidate, Context
from .rules import NOT_A_TERM

_QUOTED_TERM = r"[\"“](?P<quoted>[^\"“”]{2,80})[\"”]"
_WORD_TERM = r"(?<![\w'’-])(?P<word>[a-z\u00DF-\u024F][\w'’-]{2,})"
_MEANS = re.compile(
    rf"(?:{_QUOTED_TERM}|{_WORD_TERM}),?\s+(?:which\s+)?(?:means|meaning|literally|"
    rf"translates?\s+(?:(?:in)?to\s+English\s+)?as|translated\s+as|(?P<lang>[A-Z][a-z]+)\s+for)\s+"
    rf"(?:[\"“'‘](?P<gloss>[^\"“”'‘’]{{2,80}})[\"”'’]|(?P<plain>(?:a|an|the)\s+[a-z][^,;.()\"]{{2,60}}))")
_NATIONAL = re.compile(
    r"\b(?:the|a|an)\s+(?P<term>[a-z\u00DF-\u024F][\w'’-]{2,}),\s+(?P<gloss>(?:the|a|an)\s+"
    r"(?P<adj>[A-Z][a-z]+)\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){0,4})(?=[,;.)]|\s+(?:that|which|who)\b)")
_LANGUAGE_WORD = re.compile(
    r"(?P<term>[A-Z\u00C0-\u024F][\w'’-]+|[a-z\u00DF-\u024F][\w'’-]{2,}),\s+an?\s+(?P<adj>[A-Z][a-z]+)\s+"
    r"(?:term|word|name|phrase|expression|title)\b(?P<gloss>[^,;.()]{0,80})")
_CALLED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subject>[A-Z][^.;:()\n]{5,120}?)\s+(?:is|are)\s+(?:called|termed|"
    r"known\s+as)\s+(?P<term>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)(?=[;.,])")
# 'A barbette is a protective ring …': the dictionary's own sentence, a term and its genus.
_DEFINES = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))An?\s+(?P<term>[a-z][\w'’-]{3,}(?:\s+[a-z][\w'’-]{3,})?)\s+is\s+"
    r"(?P<gloss>an?\s+[a-z][^.;]{2,120}?)(?=[.;])")
_TECHNICAL = re.compile(
    r"\b(?P<art>a|an|the)\s+(?P<term>[a-z][\w'’-]{3,}),\s+(?P<gloss>an?\s+(?:[a-z][\w'’-]*\s+){1,10}"
    r"[a-z][\w'’-]+)(?=[,;.)]|\s+(?:that|which|who|with|in|of|for|used)\b)")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate a gloss in the prose makes."""
    text = ctx.text
    for m in _MEANS.finditer(text):
        term = m.group("quoted") or m.group("word")
        if not term or NOT_A_TERM.check(term) is not None:
            continue
        lang = language_tag(m.group("lang"), loose=True) if m.group("lang") else None
        if m.group("lang") and not lang:
            continue
        yield Candidate(term, "foreign", "prose-meaning", m.span(),
                        definition=(m.group("gloss") or m.group("plain")).strip(), lang=lang)
    for m in _NATIONAL.finditer(text):
        lang = language_tag(m.group("adj"))
        if lang and m.group("term").lower() not in lexicon.FUNCTION_WORD_SET:
            yield Candidate(m.group("term"), "foreign", "prose-national-gloss", m.span(),
                            definition=m.group("gloss"), lang=lang)
    for m in _LANGUAGE_WORD.finditer(text):
        lang = language_tag(m.group("adj"))
        if lang and NOT_A_TERM.check(m.group("term")) is None:
            yield Candidate(m.group("term"), "foreign", "prose-language-word", m.span(),
                            definition=m.group("gloss").strip(), lang=lang)
    for m in _CALLED.finditer(text):
        subject = m.group("subject").strip()
        if 2 <= len(subject.split()) <= 16:
            yield Candidate(m.group("term"), "term", "prose-are-called", m.span(),
                            definition=subject[0].lower() + subject[1:])
    for m in _DEFINES.finditer(text):
        head = " ".join(m.group("gloss").split()[1:6])
        if _genus(head) and NOT_A_TERM.check(m.group("term")) is None and \
                m.group("term").split()[0] not in lexicon.FUNCTION_WORD_SET:
            yield Candidate(m.group("term"), "term", "prose-definition-sentence", m.span(),
                            definition=m.group("gloss").strip())
    pos = 0
    while (m := _TECHNICAL.search(text, pos)) is not None:
        cand = _technical(ctx, m)
        if cand is not None:
            yield cand
        pos = m.start("gloss")             # a gloss may hold the next term ('…of the lyre, a …')


_GENUS = frozenset(lexicon.GENUS_NOUNS)


def _genus(words: str) -> bool:
    """Does a gloss's head name a kind of thing: a genus noun, or a compound ending in one
    ('warship', 'longboat')?"""
    return any(w in _GENUS or any(w.endswith(g) and len(w) > len(g) + 2 for g in ("ship", "boat"))
               for w in words.split())


def _technical(ctx: Context, m: re.Match) -> Candidate | None:
    """'a barbette, an armoured ring …': a term the topic's text uses again, glossed by a
    longer noun phrase that is not the next item of a list; after 'the', only a gloss that
    names the kind of thing the term is ('the lyre, a stringed instrument')."""
    term, gloss = m.group("term"), m.group("gloss")
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r",?\s+(?:and|or)\s+(?:an?\s|the\s)", after) or term in lexicon.FUNCTION_WORD_SET or \
            len(gloss.split()) < 3 or re.search(r"\d", gloss) or ctx.count(term) < 2 or \
            term in lexicon.COUNT_NOUNS or term in lexicon.PERSON_NOUNS or \
            term in lexicon.RELATIONS or term in lexicon.UNITS:
        return None
    if m.group("art") == "the" and not any(w in _GENUS for w in gloss.split()[1:4]):
        return None                        # 'the city, a port of the empire': a description
    return Candidate(term, "term", "prose-technical-term", m.span(), definition=gloss)
