"""The general definitional constructions of encyclopedic English that name or gloss a term in the
prose (EXTRACTION.md, Glossary), each a rule of rules.DEFINITIONS:

- appositions that define a plural term: 'built monitors, low-freeboard warships with a turret,'
- a noun phrase and the term it is called: 'Their boats, called junks, carried rice'
- a term introduced as a term: 'The term "tin tadpole" was used for the small boats'
- a nickname given by someone: 'Troops called the gun "Big Bertha"'
- a term known in a language: 'The dish is known in Spanish as paella valenciana'
- names in several languages one after another: 'called Holm in Danish and Ilha in Portuguese'
- a word and its origin in another language: 'from the Chinese tai fung, "great wind"'
- a term, its kind and its meaning: 'shogun, a title meaning "military commander"'

Each finder is one pass over the text; the language is recorded only when the text names it."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...scripts import language_tag
from .candidate import Candidate, Context
from .phrases import NAME, line_before, term_before
from .rules import NOT_A_TERM

_LOW = r"[a-z\u00DF-\u024F][\w'’-]*"
_DET = r"(?:[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose|[Ss]uch)"
_QUOTE = r"[\"“'‘](?P<{0}>[^\"“”'‘’\n]{{2,60}})[\"”'’]"
_LANG = r"(?P<lang>(?:Old\s+|Middle\s+|Classical\s+|Ancient\s+|Modern\s+)?[A-Z][a-z]+)"
_KINDS = lexicon.alternation(lexicon.NAME_KINDS)
_PLAIN = r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+[A-Z\u00C0-\u024F][\w'’-]*){0,3}"

# 'built monitors, low-freeboard warships with a revolving turret, for coastal defence'
_PLURAL = re.compile(
    rf"(?<=[a-z] )(?P<term>[a-z][\w'’-]{{3,}}s),\s+(?P<gloss>(?:{_LOW}\s+){{0,3}}(?P<head>[a-z][\w'’-]+s)"
    rf"(?P<mod>\s+(?:{lexicon.alternation(lexicon.DEFINING_MODIFIERS)})\b[^,;.()\n]{{2,80}})?),\s+"
    rf"(?=(?:{lexicon.alternation(lexicon.PREPOSITIONS)})\s|{_LOW}ed\s|which\s|were\s|was\s)")
# 'Their boats, called junks, carried rice': what the term is, then the term.
_NP_CALLED = re.compile(
    rf"\b{_DET}\s+(?P<np>(?:{_LOW}\s+){{0,2}}{_LOW}),\s+(?:called|termed|known\s+as)\s+(?:an?\s+|the\s+)?"
    rf"(?P<term>{_LOW}(?:\s+{_LOW})?),")
# 'The Welsh name Caer Kell means "fort of Kell"': a word of a language the text names, and its gloss.
_LANG_KIND_MEANS = re.compile(
    rf"\b[Tt]he\s+{_LANG}\s+(?:(?:common\s+|proper\s+)?noun|{_KINDS})\s+(?P<term>{_PLAIN}|{_LOW}(?:\s+{_LOW}){{0,2}}|{_QUOTE.format('quoted')})"
    rf"(?:,?\s+(?:means|meant|meaning|(?:literally\s+)?translates\s+(?:as|to)|is\s+translated\s+as)\s+|,\s+(?=[\"“][^\"“”]{{2,40}}[\"”],))"
    rf"{_QUOTE.format('gloss')}")
# 'the shisei, or "saint of poetry"': a word and, after 'or', its gloss in quotes.
# A kind's noun may follow the term ('the tarnqu genre, or …', 'the Vellshi form, or "free verse"').
_KIND_AFTER = r"(?:\s+(?:genre|form|style|mode|metre|meter|verse))?(?:\s+\([a-z]{3,12}\))?"
_OR_GLOSS = re.compile(rf"\b(?:the|a|an)\s+(?P<term>{_LOW}|[A-Z][a-z\u00DF-\u024F]+){_KIND_AFTER},\s+or\s+"
                       rf"{_QUOTE.format('gloss')}")
# 'the two sees, or bishoprics,', 'the Völkerwanderung, or migrations of the 4th century,': a word
# and, after 'or', a plain gloss; one of the two no everyday English word (lexicon.english_words).
_OR_PLAIN = re.compile(rf"\b(?:the|a|an|its|their|his|her|of)\s+(?:(?:two|three|four|several|many)\s+)?"
                       rf"(?P<term>{_LOW}|[A-Z][a-z\u00DF-\u024F]+){_KIND_AFTER},\s+or"
                       rf"(?:,\s*in\s+other\s+words,)?\s+"
                       rf"(?P<gloss>{_LOW}(?:\s+[^,;.()\n\"“]{{1,60}}?)?)(?=[,;.])")
# 'Other names include Russian: Кёнигсберг, romanized: Kyonigsberg, Lithuanian: Karaliaučius.'
_NAMES_INCLUDE = re.compile(r"\b(?:[Oo]ther|[Ff]urther|[Aa]lternative|[Hh]istorical|[Ff]ormer|[Ii]ts)\s+names\s+"
                            r"(?:include|included|are|were|have\s+been)\s+(?P<list>[^.;\n]{3,400})")
_LABELLED = re.compile(r"(?P<label>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|romani[sz]ed|transliterated):\s*(?P<value>.+)$")
# 'The term "tin tadpole" was used for the small boats'
_TERM_USED = re.compile(
    rf"\b[Tt]he\s+(?:{_KINDS})\s+{_QUOTE.format('term')},?\s+(?:was|is|were|came\s+to\s+be)\s+"
    r"(?:(?:also|often|commonly|widely|later|first)\s+)?(?:used|applied|given)\s+(?:for|to)\s+"
    r"(?P<what>(?:the|a|an|all|any)\s+[^,;.()\n]{2,60}?)(?=[,;.]|\s+(?:in|during|by|from|until)\b)")
# 'Troops called the gun "Big Bertha"': who called what, and the nickname.
_CALLED_OBJECT = re.compile(
    rf"\b(?P<who>(?:[Tt]he\s+)?[A-Z]?[a-z]+)\s+(?:called|nicknamed|dubbed)\s+"
    rf"(?P<what>(?:the|their|its|his|her|this|that)\s+(?:{_LOW}\s+){{0,2}}{_LOW})\s+"
    rf"[\"“](?P<name>[^\"“”\n]{{2,40}})[\"”]")
# 'The headland is called Point Rell by sailors': a name, who uses it and what it names.
_CALLED_BY = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<what>(?:The|Its|Their)\s+(?:{_LOW}\s+){{0,2}}{_LOW})\s+(?:is|was|are|"
    rf"were)\s+(?:also\s+|often\s+)?called\s+(?P<name>{_PLAIN})\s+by\s+"
    rf"(?P<who>(?:the\s+|its\s+|local\s+)?(?:{_LOW}|[A-Z][a-z]+))(?=[,.;])")
# 'The dish is known in Spanish as paella valenciana'
_KNOWN_IN = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:also\s+|often\s+|commonly\s+)?(?:known|called)\s+in\s+{_LANG}\s+as\s+"
    rf"(?P<term>{_LOW}(?:\s+{_LOW}){{0,2}})(?=[,;.)])")
# 'In Arabic the counterweight sling was called manjaniq vell or majaniq tarn': a thing's names in
# a language the text names, one or two, in lower case.
_IN_LANG_CALLED = re.compile(
    rf"\bIn\s+{_LANG},?\s+(?P<thing>(?:the|a|an)\s+(?:[a-z][\w'’-]*\s+){{0,3}}[a-z][\w'’-]*)\s+"
    rf"(?:was|is|were|are)\s+(?:also\s+)?(?:called|known\s+as|named)\s+"
    rf"(?P<term>{_LOW}(?:\s+{_LOW}){{0,2}})(?:\s+or\s+(?P<other>{_LOW}(?:\s+{_LOW}){{0,2}}))?(?=[,;.)])")
# 'is called Holm in Danish, Holmr in Old Norse and Ilha in Portuguese'
_IN_LANG = rf"(?:{_PLAIN}|{_LOW})\s+in\s+(?:Old\s+|Middle\s+|Classical\s+|Ancient\s+|Modern\s+)?[A-Z][a-z]+"
_NAMES_IN = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:also\s+)?(?:called|known\s+as|named)\s+(?P<list>{_IN_LANG}"
    rf"(?:,\s+{_IN_LANG})*,?\s+and\s+{_IN_LANG})(?=[,;.)])")
_ONE_IN = re.compile(rf"(?P<name>{_PLAIN}|{_LOW})\s+in\s+{_LANG}")
# 'from the Chinese tai fung, "great wind"', 'the Tagalog may-nilad, meaning "…"'
_ETYMON = re.compile(
    rf"\b(?:from|of)\s+(?:the\s+)?{_LANG}\s+(?:(?:{_KINDS})\s+)?(?P<term>{_LOW}(?:\s+{_LOW}){{0,2}}),?\s+"
    rf"(?:meaning\s+|literally\s+|lit\.\s+|i\.e\.\s+)?{_QUOTE.format('gloss')}")
# 'shogun, a title meaning "military commander"'
_KIND_MEANING = re.compile(
    rf"(?<![\w'’-])(?P<term>{_LOW}|[A-Z][\w'’-]+),\s+an?\s+(?:(?P<lang>[A-Z][a-z]+)\s+)?(?:{_KINDS})\s+"
    rf"(?:meaning|for|that\s+means|which\s+means)\s+{_QUOTE.format('gloss')}")


# 'Monitors were low-freeboard warships with a turret.': a plural term defined by its genus.
_PLURAL_COPULA = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<term>[A-Z][a-z][\w'’-]{{2,}}(?:\s+[a-z][\w'’-]{{2,}})?s)\s+(?:are|were)\s+"
    rf"(?P<gloss>(?:{_LOW}\s+){{0,3}}(?P<head>[a-z][\w'’-]+s)\b[^.;()\n]{{0,100}}?)(?=[.;])")
# 'The casemate was an armoured compartment …': a definite generic term, first mentioned there.
_DEFINITE_COPULA = re.compile(
    rf"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+(?P<term>[a-z][\w'’-]{{2,}})\s+(?:is|was)\s+"
    rf"(?P<gloss>an?\s+(?:{_LOW}\s+){{0,3}}(?P<head>[a-z][\w'’-]+)\b[^.;()\n]{{0,100}}?)(?=[.;])")
# 'a new type of warship known as the monitor': a description, then the term it is called.
_KIND_KNOWN = re.compile(
    rf"\b(?P<np>an?\s+(?:{_LOW}\s+){{0,3}}{_LOW})\s+(?:(?:later|commonly|generally|also|often|"
    rf"now|usually)\s+)?(?:known\s+as|called|termed|referred\s+to\s+as|dubbed)\s+(?:the\s+|an?\s+)?"
    rf"(?P<term>{_LOW}(?:\s+{_LOW})?)(?=[,.;)]|\s+(?:which|that|and|or|in|by|from|for|with|was|were)\b)")
# 'the central battery ship, also known as the box battery,': two terms of one thing.
_TERM_ALSO = re.compile(
    rf"(?:\b(?:[Tt]he|[Aa]n?)|,)\s+(?P<term>{_LOW}(?:\s+{_LOW}){{0,2}}),\s+(?:also|sometimes|often)\s+"
    rf"(?:known\s+as|called|termed)\s+(?:the\s+|an?\s+)?(?P<alias>{_LOW}(?:\s+{_LOW}){{0,2}})"
    rf"(?:\s+in\s+(?:the\s+)?[A-Z][^,;.()]{{2,40}}?)?"
    rf"(?:\s+and\s+as\s+(?:the\s+|an?\s+)?(?P<alias2>{_LOW}(?:\s+{_LOW}){{0,2}})"
    rf"(?:\s+in\s+(?:the\s+)?[A-Z][^,;.()]{{2,40}}?)?)?,")
# 'Vellora is the Sanskrit name for the city'
# 'Tarnby is a port. Its German name is Tarnburg, the Latin name is Tarnum.': in the lead's first
# paragraph, names in languages the text names, of the article's subject.
_ITS_NAME = re.compile(rf"(?:\b(?:Its|Their)|[,;]\s+(?:and\s+)?(?:the|its|their))\s+{_LANG}\s+name\s+"
                       rf"(?:is|was)\s+(?P<term>{_PLAIN})(?=[,;.]|\s+and\b)")
# 'The name of the city in Irish is Doire Vell': a name of a thing the text names, in a language.
_NAME_OF_IN = re.compile(rf"\b[Tt]he\s+name\s+of\s+(?P<what>(?:the|this|that)\s+[a-z]+(?:\s+[a-z]+)?)\s+in\s+"
                         rf"{_LANG}\s+(?:is|was)\s+(?P<term>{_PLAIN})(?=[,;.]|\s+and\b)")
_LANG_NAME_FOR = re.compile(
    rf"(?P<term>{NAME}|{_LOW})\s+(?:is|was)\s+(?:the|an?)\s+{_LANG}\s+(?:{_KINDS})\s+(?:for|of)\s+"
    rf"(?P<what>(?:the|an?)\s+[^,;.()\n]{{2,60}}?)(?=[,;.])")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate the general constructions make."""
    yield from _copulas(ctx)
    yield from _plurals(ctx)
    yield from _called(ctx)
    yield from _languages(ctx)
    yield from _other_names(ctx)


def _term_ok(term: str) -> bool:
    words = term.split()
    return NOT_A_TERM.check(term) is None and not any(
        w.casefold() in lexicon.FUNCTION_WORD_SET for w in words) and \
        words[-1] not in lexicon.PERSON_NOUNS and words[-1] not in lexicon.COUNT_NOUNS


def _plurals(ctx: Context) -> Iterator[Candidate]:
    """A plural term, then in commas a plural noun phrase naming its kind (a genus noun, or a
    compound of one: 'warships'), then the clause going on: not an item of a list."""
    from .glosses import genus
    for m in _PLURAL.finditer(ctx.text):
        term, head = m.group("term"), m.group("head")
        if _term_ok(term) and genus(head.rstrip("s")) and term != head and \
                not re.search(r"\d", m.group("gloss")) and \
                m.group("gloss").split()[0] not in lexicon.FUNCTION_WORD_SET:   # not 'weeks, with the …'
            yield Candidate(term, "term", "prose-plural-apposition",
                            (m.start(), m.end("gloss")), definition=m.group("gloss"))


def _copulas(ctx: Context) -> Iterator[Candidate]:
    """'Monitors were low-freeboard warships …' (the term in lower case elsewhere in the text),
    'The casemate was an armoured compartment …' (its first mention)."""
    from .glosses import genus, introduced
    text = ctx.text
    for m in _PLURAL_COPULA.finditer(text):
        term = m.group("term").lower()
        if genus(m.group("head")[:-1]) and _term_ok(term) and not genus(term[:-1]) and \
                (ctx.count(term) or ctx.count(term[:-1])) and not re.search(r"\d", m.group("gloss")):
            yield Candidate(term, "term", "prose-plural-definition", m.span(),
                            definition=m.group("gloss").strip())
    for m in _DEFINITE_COPULA.finditer(text):
        term = m.group("term")
        if any(genus(w) for w in m.group("gloss").split()[1:5]) and _term_ok(term) and \
                not genus(term) and introduced(ctx, term, m.start("term")) and not re.search(r"\d", m.group("gloss")):
            yield Candidate(term, "term", "prose-definite-definition", m.span(),
                            definition=m.group("gloss").strip())
    for m in _KIND_KNOWN.finditer(text):
        np, term = m.group("np"), m.group("term")
        head = np.split()[-1]
        if (genus(head) or re.search(r"\b(?:type|kind|class|form|variety)\s+of\s", np)) and \
                _term_ok(term) and term not in np:
            yield Candidate(term, "term", "kind-known-as", m.span(), definition=np)


def _called(ctx: Context) -> Iterator[Candidate]:
    text = ctx.text
    for m in _TERM_ALSO.finditer(text):
        aliases = [a for a in (m.group("alias"), m.group("alias2")) if a and _term_ok(a) and a != m.group("term")]
        if _term_ok(m.group("term")) and aliases and m.group("term").split()[0] not in lexicon.FUNCTION_WORD_SET:
            yield Candidate(m.group("term"), "term", "term-also-known-as", (m.start("term"), m.end()),
                            aliases=aliases)
    for m in _NP_CALLED.finditer(text):
        if _term_ok(m.group("term")) and m.group("np").split()[-1] not in lexicon.PERSON_NOUNS:
            yield Candidate(m.group("term"), "term", "prose-np-called", m.span(),
                            definition=m.group("np"))
    for m in _TERM_USED.finditer(text):
        if NOT_A_TERM.check(m.group("term")) is None:
            yield Candidate(m.group("term"), "term", "prose-term-used-for", m.span(),
                            definition=m.group("what"))
    for m in _CALLED_BY.finditer(text):
        if NOT_A_TERM.check(m.group("name")) is None:
            yield Candidate(m.group("name"), "alias", "called-by", m.span(), definition=(
                f"name used by {m.group('who')} for {m.group('what')[0].lower() + m.group('what')[1:]}"))
    for m in _CALLED_OBJECT.finditer(text):
        who = m.group("who")
        if who.casefold() in lexicon.FUNCTION_WORD_SET or NOT_A_TERM.check(m.group("name")) or \
                m.group("what").split()[-1] in ("a", "an"):
            continue                     # 'called the battle a "massacre"': what it was, not a name
        yield Candidate(m.group("name"), "alias", "prose-called-object", m.span(),
                        definition=f"name used by {who[0].lower() + who[1:]} for {m.group('what')}")


def _other_names(ctx: Context) -> Iterator[Candidate]:
    """A thing's names in languages the text names, outside brackets: 'In Arabic the X was
    called A or B', 'Its German name is A', 'Other names include Russian: A'."""
    text = ctx.text
    for m in _IN_LANG_CALLED.finditer(text):
        lang = language_tag(m.group("lang"))
        if lang and _term_ok(m.group("term")) and m.group("term").split()[0] not in lexicon.FUNCTION_WORD_SET:
            other = m.group("other")
            yield Candidate(m.group("term"), "foreign", "in-language-called", m.span(), lang=lang,
                            definition=m.group("thing"), names=[(other, lang)] if other else [])
    for m in _ITS_NAME.finditer(text):
        lang = language_tag(m.group("lang"))
        if lang and ctx.doc.passage_at(m.start()) is ctx.doc.passages[0] and ctx.title and \
                NOT_A_TERM.check(m.group("term")) is None and m.group("term") != ctx.title:
            yield Candidate(m.group("term"), "foreign", "prose-its-language-name", m.span("term"),
                            lang=lang, definition=f"{m.group('lang')} name for {ctx.title}")
    for m in _NAME_OF_IN.finditer(text):
        lang = language_tag(m.group("lang"))
        if lang and NOT_A_TERM.check(m.group("term")) is None:
            yield Candidate(m.group("term"), "foreign", "prose-name-of-in-language", m.span(),
                            lang=lang, definition=f"the {m.group('lang')} name of {m.group('what')}")
    for m in _NAMES_INCLUDE.finditer(text):
        cand = _names_include(ctx, m)
        if cand is not None:
            yield cand


def _languages(ctx: Context) -> Iterator[Candidate]:
    text = ctx.text
    for m in _KNOWN_IN.finditer(text):
        lang = language_tag(m.group("lang"))
        subject = _subject(ctx, m.start())
        if lang and _term_ok(m.group("term")) and subject:
            yield Candidate(m.group("term"), "foreign", "known-in-language", m.span(), lang=lang,
                            definition=subject)
    for m in _NAMES_IN.finditer(text):
        cand = _names_in(ctx, m)
        if cand is not None:
            yield cand
    for m in _ETYMON.finditer(text):
        lang = language_tag(m.group("lang"))
        if lang and _term_ok(m.group("term")):
            yield Candidate(m.group("term"), "foreign", "prose-language-etymon",
                            (m.start("term"), m.end()), lang=lang, definition=m.group("gloss"))
    for m in _LANG_NAME_FOR.finditer(text):
        lang = language_tag(m.group("lang"))
        term = m.group("term")
        if lang and NOT_A_TERM.check(term) is None and term.split()[0] not in ("It", "This", "That"):
            yield Candidate(term, "foreign", "prose-language-name-for", m.span(), lang=lang,
                            definition=m.group("what"))
    for m in _LANG_KIND_MEANS.finditer(text):
        lang = language_tag(m.group("lang"))
        term = m.group("quoted") or m.group("term")
        if lang and NOT_A_TERM.check(term) is None:
            yield Candidate(term, "foreign", "prose-language-kind-means", m.span(), lang=lang,
                            definition=m.group("gloss"))
    for m in _OR_GLOSS.finditer(text):
        if _term_ok(m.group("term")) and m.group("gloss")[:1].islower():
            yield Candidate(m.group("term"), "foreign", "prose-or-gloss", m.span(),
                            definition=m.group("gloss"))
    for m in _OR_PLAIN.finditer(text):
        term, gloss = m.group("term"), m.group("gloss")
        first = gloss.split()[0]
        if _term_ok(term) and len(gloss.split()) <= 8 and first not in lexicon.FUNCTION_WORD_SET and \
                first not in lexicon.DETERMINERS and first not in lexicon.NOT_GLOSS_OPENERS and \
                not (lexicon.english_word(term) and lexicon.english_word(first)) and \
                not re.search(r"\d{3}", gloss):
            yield Candidate(term, "term", "prose-or-plain-gloss", (m.start("term"), m.end()),
                            definition=gloss)
    for m in _KIND_MEANING.finditer(text):
        lang = m.group("lang") and language_tag(m.group("lang"))
        if _term_ok(m.group("term")) and (lang or not m.group("lang")) and \
                m.group("term") not in lexicon.NAME_KINDS:
            yield Candidate(m.group("term"), "foreign", "prose-kind-meaning", m.span(),
                            lang=lang or None, definition=m.group("gloss"))


def _names_include(ctx: Context, m: re.Match) -> Candidate | None:
    """'Other names include Russian: A, B, romanized: C, Lithuanian: D': in the lead, the
    subject's names, each in the language of the label before it (a romanisation in none); the
    list ends at anything that is no name or at a label that names no language."""
    if ctx.doc.passage_at(m.start()).chapter != ctx.doc.passages[0].chapter or not ctx.title:
        return None
    names: list[tuple[str, str]] = []
    lang: str | None = None
    for token in re.split(r",\s+|\s+and\s+", m.group("list")):
        label = _LABELLED.match(token)
        if label:
            name = label.group("label")
            lang = "und" if name.islower() else language_tag(name)
            if not lang:
                break
            token = label.group("value")
        token = token.strip()
        if lang is None or not token or re.search(r"[\d:()]", token) or token[:1].islower() or \
                len(token.split()) > 4:
            break
        if token != ctx.title:
            names.append((token, lang))
    if not names:
        return None
    return Candidate(ctx.title, "foreign", "lead-names-include", m.span(), names=names)


def _subject(ctx: Context, pos: int) -> str | None:
    """The subject of the sentence up to `pos` when it is a short noun phrase ('The dish')."""
    sentence = ctx.doc.sentence_at(pos)
    said = ctx.text[sentence.start:pos].strip()
    m = re.fullmatch(rf"(?:The|Its|Their|This)\s+((?:{_LOW}\s+){{0,2}}{_LOW})", said)
    return f"the {m.group(1)}" if m else None


def _names_in(ctx: Context, m: re.Match) -> Candidate | None:
    """'Tarn Island is called Holm in Danish, Holmr in Old Norse and Ilha in Portuguese': each
    name with the language the text names; the thing named is the name before the verb, or the
    sentence's subject ('The island')."""
    names = []
    for one in _ONE_IN.finditer(m.group("list")):
        lang = language_tag(one.group("lang"))
        if not lang:
            return None
        names.append((one.group("name"), lang))
    before = line_before(ctx.text, m.start())
    found = term_before(before, ctx.index)
    if found and found[0][:1].isupper() and NOT_A_TERM.check(found[0]) is None:
        return Candidate(found[0], "foreign", "names-in-languages-prose",
                         (m.start() - len(before) + found[1], m.end()), names=names)
    subject = _subject(ctx, m.start())
    if subject and len(names) >= 2 and subject.split()[-1] not in lexicon.PERSON_NOUNS:
        (first, lang), rest = names[0], names[1:]
        return Candidate(first, "foreign", "names-in-languages-prose", m.span(), lang=lang,
                         names=rest, definition=subject)
    return None
