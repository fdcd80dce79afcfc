"""Terms the prose glosses: '"Qualis artifex" which translates as "…"', 'castrum, meaning
"camp"', 'the sejm, the Polish parliament' (a language named in the gloss), and a topic's own
technical terms, 'a barbette, an armoured ring …'."""
from __future__ import annotations

import re
from itertools import chain
from collections.abc import Iterator

from ... import lexicon
from ...scripts import language_tag
from . import names
from .candidate import Candidate, Context
from .rules import NOT_A_TERM

_QUOTED_TERM = r"[\"“](?P<quoted>[^\"“”]{2,80})[\"”]"
_WORD_TERM = r"(?<![\w'’-])(?P<word>[a-z\u00DF-\u024F][\w'’-]{2,})"
_MEANS = re.compile(
    rf"(?:{_QUOTED_TERM}|{_WORD_TERM}),?\s+(?:which\s+)?(?:is\s+(?P<lang2>[A-Z][a-z]+)\s+(?=meaning\s))?(?:literally\s+(?=translates?\s))?(?:means|meaning|literally|"
    rf"translates?\s+(?:(?:in)?to\s+English\s+)?(?:as|to)|translated\s+as|(?P<lang>[A-Z][a-z]+)\s+for)\s+"
    rf"(?:[\"“'‘](?P<gloss>[^\"“”'‘’]{{2,80}})[\"”'’]|(?P<plain>(?:a|an|the)\s+[a-z][^,;.()\"]{{2,60}}))")
# 'The tribe called itself Vanir, literally "the friends"': a name and its translation in quotes.
_NAME_LITERALLY = re.compile(
    r"(?<=[a-z] )(?P<term>[A-Z\u00C0-\u024F][\w'’-]+),\s+(?:literally|lit\.|meaning)\s+[\"“'‘]"
    r"(?P<gloss>[^\"“”'‘’]{2,60})[\"”'’]")
# 'The word "fathom" originally meant the span of a man's arms'
_WORD_MEANS = re.compile(
    r"\b[Tt]he\s+(?:word|term)\s+(?:[\"“'‘](?P<quoted>[^\"“”'‘’\n]{2,40})[\"”'’]|(?P<word>[a-z\u00DF-\u024F]"
    r"[\w'’-]{2,}))\s+(?:(?:originally|first|once|still)\s+)?(?:means|meant|came\s+to\s+mean|denotes|denoted|refers\s+to|"
    r"referred\s+to|describes|described|(?P<applied>was\s+(?:used|applied)\s+(?:for|to)))\s+"
    r"(?P<gloss>(?:an?|the|any|all)\s+[^,;.()\n]{2,80}?|[a-z][\w'’-]+\s+[^,;.()\n]{2,80}?)(?=[,;.])")
# 'The name Tarnholm literally means "thorn island"': a name the text introduces as a word or a
# name, and its meaning in quotes (no language named: prose-language-kind-means takes those).
_NAME_MEANS = re.compile(
    r"\b[Tt]he\s+(?:word|term|name|place-name|place\s+name)\s+(?P<term>[A-Z\u00C0-\u024F][\w'’-]+"
    r"(?:\s+[A-Z\u00C0-\u024F][\w'’-]+){0,3})\s+(?:(?:literally|originally|probably|perhaps)\s+)?"
    r"(?:means|meant|signifies|signified|translates\s+(?:as|to))\s+[\"“'‘](?P<gloss>[^\"“”'‘’\n]{2,60})"
    r"[\"”'’]")
# 'the Pingtan Kingdom, meaning Pacified Southern Kingdom': a name and its translation, unquoted.
_NAME_MEANING = re.compile(
    r"(?<![\w'’-])(?P<term>[A-Z\u00C0-\u024F][\w'’-]+(?:\s+[A-Z\u00C0-\u024F][\w'’-]+){0,3}),\s+"
    r"(?:meaning|literally|which\s+means)\s+(?:the\s+)?"
    r"(?P<gloss>[A-Z][\w'’-]*(?:\s+(?:of|the|and|in|[A-Z][\w'’-]*)){0,6})(?=[,;.])")
# 'The literal meaning of Tarnholm is "thorn island"'.
_MEANING_OF = re.compile(
    r"\b[Tt]he\s+(?:literal\s+|original\s+)?meaning\s+of\s+(?:the\s+(?:name|word|term)\s+)?"
    r"(?P<term>[A-Z\u00C0-\u024F][\w'’-]+(?:\s+[A-Z\u00C0-\u024F][\w'’-]+){0,3})\s+(?:is|was)\s+"
    r"[\"“'‘](?P<gloss>[^\"“”'‘’\n]{2,60}(?:[’'][a-z][^\"“”'‘’\n]{0,40})?)[\"”'’](?![a-z])")
# 'He suffered from dropsy, now called oedema,': a bare noun (no article or determiner before
# it: a disease, a substance, a practice), then the one word it is called now or was called.
_NOW_CALLED = re.compile(
    r"(?<![\w'’-])(?P<before>[A-Za-z]+)\s+(?P<term>[a-z][\w'’-]{3,}),\s+(?:now|today|formerly|"
    r"nowadays|later|also)\s+(?:called|known\s+as|termed|named)\s+(?P<alias>[a-z][\w'’-]{3,})"
    r"(?=[,;.)])")
_NATIONAL = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<term>[a-z\u00DF-\u024F][\w'’-]{2,}),\s+(?P<gloss>(?:the|a|an)\s+"
    r"(?P<adj>[A-Z][a-z]+)\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){0,4})(?=[,;.)]|\s+(?:that|which|who)\b)")
_LANGUAGE_WORD = re.compile(
    r"(?P<term>[A-Z\u00C0-\u024F][\w'’-]+|[a-z\u00DF-\u024F][\w'’-]{2,}),\s+an?\s+(?P<adj>[A-Z][a-z]+)\s+"
    r"(?:term|word|name|phrase|expression|title)\b(?P<gloss>[^,;.()]{0,80})")
_CALLED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))(?P<subject>[A-Z][^.;:()\n]{5,120}?)\s+(?:is|are|was|were|became|"
    r"came\s+to\s+be)\s+(?:(?:also|commonly|generally|often|usually|later)\s+)?(?:called|termed|"
    r"known\s+as)\s+(?P<term>[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+)?)"
    r"(?=[;.,]|\s+(?:because|after|by|in|from|for|during|until|since|when)\b)")
# 'long barges with a sail on each mast, which were termed "sail vells"': a
# description, a relative pronoun and a naming verb, then the term of art in quotes.
_WHICH_TERMED = re.compile(
    r"(?P<desc>\b(?:an?\s+|the\s+)?[a-zA-Z][^,.;:()\"“”\n]{6,140}?),?\s+(?:which|that|who)\s+(?:were|was|are|is)\s+"
    r"(?:(?:later|often|commonly|also|then|usually|generally|sometimes)\s+)?(?:termed|called|known\s+as|"
    r"designated(?:\s+as)?|dubbed|classed\s+as|classified\s+as|nicknamed)\s+(?:an?\s+|the\s+)?"
    r"[\"“'‘](?P<term>[A-Za-z][^\"“”'‘’\n]{2,40})[\"”'’]")
_LAST_NAME_PHRASE = re.compile(r"(?:\bthe\s+)?[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|[a-z]+))?\s*$")
# 'A barbette is a protective ring …': the dictionary's own sentence, a term and its genus.
_DEFINES = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))An?\s+(?P<term>[a-z][\w'’-]{3,}(?:\s+[a-z][\w'’-]{3,})?)\s+(?:is|was)\s+"
    r"(?P<gloss>an?\s+[a-z][^.;]{2,120}?)(?=[.;])")
# 'the vellatio tarnae—erasing a name from the record—', '"Kasa no Vell" - a poet of the gods': a
# foreign word (or a quoted name), a dash, and what it is.
_DASH_GLOSS = re.compile(
    r"(?:[\"“](?P<quoted>[^\"“”]{2,40})[\"”]|(?<![\w'’-])(?P<word>[a-z\u00DF-\u024F][\w'’-]+"
    r"(?:\s[a-z\u00DF-\u024F][\w'’-]+){0,2}))\s*(?:—|\s–\s|\s-\s)\s*"
    r"(?P<gloss>(?:an?|the)\s+[a-z][^—–.;()\n]{3,120}?|[a-z]+ing\s[^—–.;()\n]{3,120}?)(?=\s*(?:—|\s–\s|[.;]|,\s))")
# 'This day is called the Vellmas, which means rest.': a name given, then its plain meaning.
_CALLED_MEANS = re.compile(
    r"\b(?:called|named|termed|known\s+as)\s+(?:the\s+)?(?P<term>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?),\s+"
    r"(?:which|that)\s+means\s+(?P<gloss>[a-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+){0,3})(?=[.;])")
# The lead's first sentence: its subject (after an article, or bare) and what it is.
_SUBJECT_DEFINES = re.compile(
    r"(?:(?P<art>A|An|The)\s+)?(?P<term>[\w'’-]+(?:\s+[\w'’-]+){0,3}?)\s*(?:\([^()]*\)\s*)?"
    r"(?:,[^,.;]{0,120},\s*)?(?:is|was|are|were)\s+(?:(?:generally|usually|commonly)\s+)?"
    r"(?P<gloss>(?:an?|the|one\s+of\s+the)\s+[a-z][^.;]{2,300}?)(?=[.;](?:\s|$))")
_TECHNICAL = re.compile(
    r"(?:\b(?P<art>[Aa]n?|[Tt]he)\s+|(?<=\s))(?P<called>so-called\s+)?(?P<term>[a-z][\w'’-]{2,})"
    r"[,:]\s+(?P<gloss>an?\s+(?:[a-z][\w'’-]*\s+){1,10}"
    r"[a-z][\w'’-]+)(?=[,;.)]|\s+(?:that|which|who|with|in|of|for|used)\b)")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate a gloss in the prose makes."""
    text = ctx.text
    for m in _MEANS.finditer(text):
        term = m.group("quoted") or m.group("word")
        if not term or NOT_A_TERM.check(term) is not None or term in lexicon.NAME_KINDS:
            continue
        named = m.group("lang") or m.group("lang2")   # 'Latin for', 'which is Aymara meaning'
        lang = language_tag(named, loose=True) if named else None
        if named and not lang:
            continue
        yield Candidate(term, "foreign", "prose-meaning", m.span(),
                        definition=(m.group("gloss") or m.group("plain")).strip(), lang=lang)
    for m in _NAME_LITERALLY.finditer(text):
        if NOT_A_TERM.check(m.group("term")) is None and \
                m.group("term").lower() not in lexicon.FUNCTION_WORD_SET:
            yield Candidate(m.group("term"), "foreign", "prose-name-literally", m.span(),
                            definition=m.group("gloss").strip())
    for m in _WORD_MEANS.finditer(text):
        term = m.group("quoted") or m.group("word")
        bare = not re.match(r"(?:an?|the|any|all)\s", m.group("gloss"))
        if NOT_A_TERM.check(term) is None and term.lower() not in lexicon.FUNCTION_WORD_SET and \
                not (bare and not m.group("applied")) and not (m.group("applied") and m.group("quoted")):
            yield Candidate(term, "term", "prose-word-means", m.span(), definition=m.group("gloss"))
    yield from _named_words(ctx)
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
        head = " ".join(_head_words(m.group("gloss")))
        if (_genus(head) or _differentia(m.group("gloss"))) and NOT_A_TERM.check(m.group("term")) is None and \
                m.group("term").split()[0] not in lexicon.FUNCTION_WORD_SET:
            yield Candidate(m.group("term"), "term", "prose-definition-sentence", m.span(),
                            definition=m.group("gloss").strip())
    yield from _subject_definition(ctx)
    yield from _dash_glosses(text)
    for m in _CALLED_MEANS.finditer(text):
        if NOT_A_TERM.check(m.group("term")) is None and \
                m.group("gloss").split()[0] not in lexicon.FUNCTION_WORD_SET:    # 'which means that …'
            yield Candidate(m.group("term"), "term", "prose-called-means", m.span(),
                            definition=m.group("gloss"))
    yield from _which_termed(text)
    pos = 0
    while (m := _TECHNICAL.search(text, pos)) is not None:
        cand = _technical(ctx, m)
        if cand is not None:
            yield cand
        pos = m.start("gloss")             # a gloss may hold the next term ('…of the lyre, a …')


def _which_termed(text: str) -> Iterator[Candidate]:
    """'long barges with a sail on each mast, which were termed "sail vells"': the term in
    quotes, defined by the noun phrase before the relative pronoun (past the clause's verb)."""
    for m in _WHICH_TERMED.finditer(text):
        desc, term = m.group("desc"), m.group("term")
        if term[:1].isupper():             # 'the Kell dynasty, which is often called the "Silver Age"'
            named = _LAST_NAME_PHRASE.search(desc)
            if named is None or not term.istitle() and " of " not in term:
                continue
            yield Candidate(term, "alias", "prose-which-termed", m.span(), definition=named.group(0).strip())
            continue
        clause = re.match(r"(?:[A-Za-z]+\s+){1,3}?[a-z]+ed\s+(?:(?:with|on|in|for)\s+)?", desc)
        if clause and len(desc[clause.end():].split()) >= 3:
            desc = desc[clause.end():]     # 'navies experimented with large steamers …'
        if NOT_A_TERM.check(term) is None and len(desc.split()) >= 2:
            yield Candidate(term, "term", "prose-which-termed", m.span(),
                            definition=desc.strip())


def _dash_glosses(text: str) -> Iterator[Candidate]:
    """'the vellatio tarnae—erasing a name from the record—': a foreign word (no everyday English)
    or a quoted name, a dash, and what it is."""
    for m in _DASH_GLOSS.finditer(text):
        words = (m.group("word") or "").split()
        term = m.group("quoted") or " ".join(words[_opening_function_words(words):])  # not 'of'
        if re.search(r"\b(?:translates?|translated|means|meaning|literally)(?:\s+(?:to|as))?\s*$",
                     text[max(0, m.start() - 30):m.start()]):
            continue                       # '"X", which translates to "Y" – a …': Y is a gloss
        if term and (m.group("quoted") or not any(lexicon.english_word(w) for w in term.split())) and \
                NOT_A_TERM.check(term) is None:
            yield Candidate(term, "foreign" if m.group("word") else "term", "prose-dash-gloss",
                            m.span(), definition=m.group("gloss").strip())


def _opening_function_words(words: list[str]) -> int:
    """How many function words open `words` ('of the', 'in')."""
    k = 0
    while k < len(words) and words[k] in lexicon.FUNCTION_WORD_SET:
        k += 1
    return k


def _head_words(gloss: str) -> list[str]:
    """The words of a gloss up to its head noun: 'a relatively small and fast naval ship
    designed …' reads up to the participle or the relative pronoun that restricts the head."""
    words = gloss.split()[1:9]
    for k, w in enumerate(words):
        if w in lexicon.GLOSS_HEAD_ENDS:
            return words[:k]
    return words


def _subject_definition(ctx: Context) -> Iterator[Candidate]:
    """'A torpedo boat is a small fast ship …', 'Lamellar armour is a type of body armour …': the
    article's first sentence defines its subject when the title is a common noun (lower case
    in the sentence, or never capitalised inside a sentence of the text): a kind of thing, not
    a person, a place or a body, which the sentence describes and the index files."""
    if not ctx.doc.passages or not ctx.title:
        return
    lead = ctx.doc.passages[0]
    m = _SUBJECT_DEFINES.match(lead.text)
    if m is None or not _common_title(ctx, m.group("term"), bool(m.group("art"))):
        return
    gloss = re.sub(r"\s*\([^()]*\)", "", m.group("gloss"))
    gloss = re.split(r",\s+(?:which|and|but|while|although)\s|\s+[–—]\s", gloss)[0].strip()
    words = gloss.split()
    head = (_head_words(gloss) or [""])[-1]          # 'a man who rows': a person, no term
    if len(words) < 2 or head in lexicon.PERSON_NOUNS or head in lexicon.HUMAN_NOUNS or \
            head in lexicon.FUNCTION_WORD_SET or NOT_A_TERM.check(m.group("term")) is not None:
        return
    if len(words) > 30:
        gloss = " ".join(words[:30]) + " …"
    yield Candidate(m.group("term"), "term", "lead-subject-definition",
                    (lead.start + m.start("term"), lead.start + m.end("gloss")), definition=gloss)


def _common_title(ctx: Context, term: str, article: bool) -> bool:
    """Is the sentence's subject the title (or its first word: 'An ironclad is' in 'Ironclad
    warship'), written as a common noun: after an article in lower case, or at the sentence's
    start with its other words in lower case and its first word never capitalised inside a
    sentence ('Lamellar armour'), or the whole title of two words or more, its first capitalised
    ('Greek fire'; not 'Nero', 'Manila' or 'The Kempeitai')?"""
    title, t = ctx.title.casefold(), term.casefold()
    if not (t == title or title.startswith(t + " ") or t.rstrip("s") == title.rstrip("s")):
        return False
    words = term.split()
    if any(not w.islower() for w in words[1:]):
        return False
    if article:
        return words[0].islower()
    if len(words) >= 2 and t == title and not re.search(r"\d", ctx.title):
        return True                        # 'Greek fire was …': a proper adjective, a common head
    return not _capitalised_inside(ctx, words[0])


def _capitalised_inside(ctx: Context, word: str) -> bool:
    """Is `word` written capitalised after a lower-case word somewhere in the prose?"""
    cap = word[:1].upper() + word[1:]
    return re.search(rf"(?<=[a-z,;] ){re.escape(cap)}\b", ctx.text[:ctx.prose_end]) is not None


def _named_words(ctx: Context) -> Iterator[Candidate]:
    """'The name Tarnholm means "thorn island"', 'dropsy, now called oedema': a word and what
    it means, or the other word for it."""
    text = ctx.text
    for m in chain(_NAME_MEANS.finditer(text), _MEANING_OF.finditer(text)):
        if NOT_A_TERM.check(m.group("term")) is None:        # not a month (term-date)
            yield Candidate(m.group("term"), "foreign", "prose-name-means", m.span(),
                            definition=m.group("gloss").strip())
    for m in _NAME_MEANING.finditer(text):
        term, gloss = m.group("term"), m.group("gloss")
        if not lexicon.english_word(term.split()[0]) and names.plain_english(gloss) and \
                NOT_A_TERM.check(term) is None:
            yield Candidate(term, "foreign", "prose-name-meaning", m.span(), definition=gloss)
    for m in _NOW_CALLED.finditer(text):
        term, alias = m.group("term"), m.group("alias")
        if m.group("before").lower() in lexicon.DETERMINERS or term == alias or \
                any(w in lexicon.FUNCTION_WORD_SET or w in lexicon.PERSON_NOUNS or
                    w in lexicon.ROLE_NOUNS or w in lexicon.COUNT_NOUNS for w in (term, alias)):
            continue
        yield Candidate(term, "alias", "prose-now-called", (m.start("term"), m.end("alias")),
                        aliases=[alias])


_GENUS = frozenset(lexicon.GENUS_NOUNS)


def genus(word: str) -> bool:
    """Is `word` a genus noun, or a compound ending in one ('warship', 'longboat')?"""
    return word in _GENUS or any(word.endswith(g) and len(word) > len(g) + 2 for g in ("ship", "boat"))


def _genus(words: str) -> bool:
    """Does a gloss's head name a kind of thing: a genus noun, or a compound ending in one
    ('warship', 'longboat')?"""
    return any(genus(w) for w in words.split())


# 'an explosive charge carried on a pole', 'a large shield that protected archers': the noun
# phrase's head, then a participle or a relative clause that restricts it.
_DIFFERENTIA = re.compile(r"^an?\s+(?:(?:[a-z][\w'’-]*|and)\s+){0,5}(?P<head>[a-z][\w'’-]+)\s+(?:that|which|"
                          r"(?:used|designed|intended|carried|mounted|fitted|worn|fired|built|made|"
                          r"placed|towed|pushed|thrown|held)\s+(?:on|in|to|for|by|from|with|as|of|"
                          r"under|over|against|around|along)|with\s+an?)\s")


def _differentia(gloss: str) -> bool:
    """Does the gloss restrict its head as a dictionary's definition does, on a head that is no
    person ('a fool who trusts the sea' describes, 'a charge carried on a pole' defines)?"""
    m = _DIFFERENTIA.match(gloss)
    return bool(m) and m.group("head") not in lexicon.PERSON_NOUNS and \
        m.group("head") not in lexicon.ROLE_NOUNS and m.group("head") not in lexicon.COUNT_NOUNS


_STORY_PRONOUN = re.compile(rf"\b{lexicon.alternation(lexicon.STORY_PRONOUNS)}\b")   # 'held by his uncle'
_MODIFIER = re.compile(rf"\s(?:{lexicon.alternation(lexicon.DEFINING_MODIFIERS)})\s")


def _technical(ctx: Context, m: re.Match) -> Candidate | None:
    """'a barbette, an armoured ring …': a term glossed by a longer noun phrase that is not the
    next item of a list, when the topic's text uses the term again ('a' before it) or names the
    kind of thing the term is ('the lyre, a stringed instrument'); or a term the text introduces
    there (its first mention), glossed by its kind or a restrictive modifier ('the ram, a prow
    used to hole ships'): 'the city, a port of the empire' describes one thing, not a term."""
    term, gloss = m.group("term"), m.group("gloss")
    after = ctx.text[m.end():m.end() + 12]
    if re.match(r",?\s+(?:and|or)\s+(?:an?\s|the\s)", after) or term in lexicon.FUNCTION_WORD_SET or \
            re.search(r"\bof\s+(?:which|whom)\b|\b(?:was|were|is|are)$", gloss) or \
            _STORY_PRONOUN.search(gloss) or \
            len(gloss.split()) < 3 or re.search(r"\d", gloss) or \
            term in lexicon.COUNT_NOUNS or term in lexicon.PERSON_NOUNS or \
            term in lexicon.RELATIONS or term in lexicon.UNITS or term in lexicon.NAME_KINDS:
        return None
    if re.search(r"(?:^|[.;:!?]\s+|\n)(?:As|In|For|At|By|On|To)\s+(?:an?|the)\s+$",
                 ctx.text[max(0, m.start("term") - 16):m.start("term")]):
        return None                        # 'As a result, a hastily raised army': an adverbial
    kind = _genus(" ".join(gloss.split()[1:4]))
    art = (m.group("art") or "").lower()
    if not art and (lexicon.english_word(term) or "-" in term):
        return None                        # no article: only a word no everyday English has
    used = ctx.count(term) >= 2 and art and (art != "the" or kind)
    # The differentia of a definition: a restrictive modifier, or a compound adjective
    # ('a single-edged sword', 'a flat-bottomed boat').
    differentia = _MODIFIER.search(gloss) or re.search(r"\s[a-z]+-[a-z]+(?:ed|ing)?\s", gloss)
    first = introduced(ctx, term, m.start("term"))
    if not used and not (first and (kind or differentia or m.group("called"))):
        return None
    # 'a stringed instrument associated with Vask': a participle ends no gloss; its complement
    # (up to the clause's end) belongs to it; a gloss cut there would say half of it: none.
    end = m.end()
    if re.search(r"\s[a-z]{3,}(?:ed|ing)$", gloss) and ctx.text[end:end + 1].isspace():
        rest = re.match(r"\s+(?:with|to|by|for|in|on|from|as)\s[^,;.()\n]{1,60}?(?=[,;.)])", ctx.text[end:end + 80])
        if rest is None:
            return None
        gloss, end = gloss + rest.group(0), end + len(rest.group(0))
    return Candidate(term, "term", "prose-technical-term", (m.start(), end), definition=gloss)


def introduced(ctx: Context, term: str, at: int) -> bool:
    """Is the term's first mention in the prose at `at` (in any case, singular or plural), and
    not a word of the article's title (the subject is no term it introduces)?"""
    forms = {term, term.capitalize(), term + "s", term.capitalize() + "s"}
    if term.endswith("s"):
        forms |= {term[:-1], term[:-1].capitalize()}
    if any(f.casefold() in ctx.title.casefold().split() for f in forms):
        return False
    return all(p >= at for f in forms for p in ctx.index.occurrences(f))
