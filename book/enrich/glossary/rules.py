"""The glossary's rules (EXTRACTION.md, Glossary), as tables a reviewer reads top to bottom.

- DEFINITIONS: the phrases that make an entry, each a rule whose examples run the glossary itself
  (the marked words must come out as a name of an entry made by that rule).
- NOT_A_DEFINITION: why a bracket, or one piece of it between semicolons, says nothing a glossary
  keeps: a date, a number, a measurement, a rank, a cross-reference, an aside.
- NOT_AN_ALIAS: why a bare name in brackets after a name ('Springfield (Illinois)') is not
  another name for it: a place qualifier, the country of a unit, an affiliation.
- NOT_A_TERM: why a phrase found where a term stands is not one (a sentence opener, a ship
  prefix, a date)."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ... import lexicon
from ..rules import Check, Find, Near, Rule, Table, unmark
from .align import is_acronym

_M = lexicon.alternation([*lexicon.MONTHS, *lexicon.MONTH_ABBREVIATIONS])
_ERA = lexicon.alternation(lexicon.ERAS)
_DASH = r"\s*[–—-]\s*"
_LIFE = r"(?:c\.|ca\.|circa|born|b\.|died|d\.|r\.|reigned|ruled|fl\.|floruit|consul|in\s+office)"
_UNIT = lexicon.alternation(lexicon.UNITS)
# How the rules' examples run the glossary on one text: set by the package (book.enrich.glossary
# imports this module, so this one cannot import it back).
RUN: dict[str, Callable] = {}


@dataclass(frozen=True, kw_only=True)
class Definition(Rule):
    """A phrase that defines a term; an example marks a name the rule must put in an entry
    ('Civil Guard (⟦CG⟧)'), a counter-example one it must not. `people`: False when what the
    rule reads after a person's name is their office or full name ('Governor Wu (Wu Zhongxin)'),
    not a glossary entry (merge.py drops it for the infobox's commanders)."""

    people: bool = True

    def fires(self, example: str) -> bool:
        text, start, end = unmark(example)
        wanted = text[start:end] if start is not None else None
        for c in RUN["candidates"](text):
            names = {c.term, *c.aliases, c.expansion, c.original, *(n for n, _ in c.names)}
            if c.rule == self.name and (wanted is None or wanted in names):
                return True
        return False


def _words(value: str) -> list[str]:
    return re.findall(r"[\w'’.-]+", value)


def _is_life_span(value: str) -> bool:
    return bool(re.fullmatch(
        rf"(?:{_LIFE}\s*)?(?:\d{{1,2}}\s+{_M}\s+)?\d{{1,4}}(?:\s*{_ERA})?(?:{_DASH}|\s+to\s+)"
        rf"(?:{_LIFE}\s*)?(?:\d{{1,2}}\s+{_M}\s+)?\d{{1,4}}(?:\s*{_ERA})?(?:\s*{_ERA})?", value.strip()))


def _is_date(value: str) -> bool:
    v = value.strip()
    if re.search(rf"\b{_M}\s+\d|\d\s+{_M}\b|\b\d{{1,4}}\s*{_ERA}(?!\w)|(?<!\w){_ERA}\s*\d", v):
        return True
    if re.fullmatch(r"(?:born|died|b\.|d\.)\s*\d{1,4}", v):
        return True
    return bool(re.fullmatch(rf"(?:{_LIFE}\s*|(?:since|from|until|before|after|in|by)\s+)?"
                             rf"(?:the\s+)?(?:\d{{3,4}}s?|{_M}(?:\s+\d{{4}})?)(?:\s*{_ERA})?", v))


def _is_number(value: str) -> bool:
    return bool(re.fullmatch(r"[~≈<>+±]?\s*(?:US|NT|A|C)?\s*[$£€¥₱]?\s*[\d.,\s–—\-/%:×x]+"
                             r"(?:\s*(?:million|billion|thousand|hundred))?", value.strip()))


def _is_measurement(value: str) -> bool:
    return bool(re.match(rf"[~≈c.\s]*[\d.,]+(?:\s*[–-]\s*[\d.,]+)?\s*{_UNIT}(?![\w])", value.strip()))


def _is_rank(value: str) -> bool:
    v = value.strip()
    return v in lexicon.RANKS or v in lexicon.TITLES or v in lexicon.OFFICES


_OFFICE_OF = re.compile(rf"{lexicon.alternation((*lexicon.TITLES, *lexicon.RANKS, *lexicon.OFFICES))}"
                        r"\s+of\s+")


def _is_office(value: str) -> bool:
    """'Governor of Vell', 'Duke of Alba': an office held, not another name of its holder."""
    return bool(_OFFICE_OF.match(value.strip()))


def _is_age(value: str) -> bool:
    return bool(re.fullmatch(r"(?:aged?\s+)?\d{1,3}(?:\s+years?(?:\s+old)?)?", value.strip()))


def _is_cross_reference(value: str) -> bool:
    return bool(re.match(r"(?:see|cf\.|compare|q\.v\.|below|above|pictured|shown|left|right)\b",
                         value.strip(), re.I))


def _is_source_note(value: str) -> bool:
    """'(Turkish sources)', '(PRIO estimate)', '(est.)': who counted, not what a term means."""
    return bool(re.search(r"(?:^|\s)est\.|\b(?:sources?|estimates?|claims?|figures?|records?|report|"
                          r"testimony|memoirs?|census|according)\b", value, re.I))


def _is_status(value: str) -> bool:
    return value.strip() in lexicon.STATUS or value.strip() in lexicon.NOT_ACRONYMS


def _is_pronunciation(value: str) -> bool:
    return bool(re.match(r"\s*/.*/\s*$|\s*(?:pronounced|IPA)\b", value))


def _is_bare_language(value: str) -> bool:
    """'(Hebrew)', '(in Arabic)': the language of something, with no term in it."""
    from ...scripts import language_tag
    v = re.sub(r"^in\s+", "", value.strip())
    return bool(re.fullmatch(r"[A-Z][a-z'’]+(?:\s[A-Z][a-z'’]+)?", v)) and \
        bool(language_tag(v)) or v.casefold() in ("cyrillic", "latin script", "arabic script")


def _is_aside(value: str) -> bool:
    """A clause or comment in lower case ('as it was unimaginable', 'the latter two are
    arenas'): no definition starts with a function word other than the markers of one."""
    v = value.strip()
    first = v.split(" ", 1)[0]
    return first[:1].islower() and first in lexicon.FUNCTION_WORD_SET and \
        first not in _DEFINING_OPENERS and not re.match(r"(?:a|an|the)\s", v)


_DEFINING_OPENERS = frozenset(lexicon.DEFINING_OPENERS)

NOT_A_DEFINITION = Table("glossary.not-a-definition", "why a bracket (or one piece of it) says "
                         "nothing a glossary keeps", (
    Check(name="bracket-life-span", reason="a life span or a reign is a date, not a name",
          test=_is_life_span, examples=("c. 670–734", "15 December 37 AD – 9 June 68 AD", "r. 1861–1875"),
          counter=("Tatuini", "1 CGB")),
    Check(name="bracket-date", reason="a date is a date, never another name for a term",
          test=_is_date, examples=("1937", "64 AD", "12 August 1121", "born 40", "the 1840s"),
          counter=("Civil Guard", "1st Battalion")),
    Check(name="bracket-measurement", reason="a quantity with its unit converts, it defines "
          "nothing", test=_is_measurement, examples=("550 m", "13.9 km/h; 8.6 mph", "140 acres"),
          counter=("CG", "3rd Army")),
    Check(name="bracket-number", reason="a number or an amount is no term",
          test=_is_number, examples=("4", "2,000–3,000", "$ 2.46 million", "2.4%"),
          counter=("1 CGB", "UB-1")),
    Check(name="bracket-age", reason="an age is a number about a person", test=_is_age,
          examples=("aged 45", "60 years old"), counter=("Age of Sail",)),
    Check(name="bracket-rank", reason="a rank or an office beside a name is a title, not an "
          "alias", test=_is_rank, examples=("Maj. Gen.", "Emperor", "Governor"),
          counter=("Tihwa",)),
    Check(name="bracket-office", reason="an office 'of' a place beside a name is what the "
          "person held, not another name", test=_is_office,
          examples=("Governor of Vell", "Duke of Alba", "Emir of Homs"),
          counter=("Kingdom of Maynila", "Our Lady of the Winds")),
    Check(name="bracket-status", reason="infobox status codes and era markers are not acronyms "
          "of the subject", test=_is_status, examples=("KIA", "WIA", "AD"), counter=("UN",)),
    Check(name="bracket-cross-reference", reason="a pointer to another place of the text",
          test=_is_cross_reference, examples=("see below", "see adoption in Rome", "pictured"),
          counter=("Seoul",)),
    Check(name="bracket-source-note", reason="who counted or said something, not what a term "
          "means", test=_is_source_note, examples=("Turkish sources", "PRIO estimate", "est."),
          counter=("Anglesey",)),
    Check(name="bracket-pronunciation", reason="a pronunciation in IPA is not a name",
          test=_is_pronunciation, examples=("/ ˈnɪəroʊ /",), counter=("Nerō",)),
    Check(name="bracket-language-only", reason="a language named alone labels a source, it "
          "defines no term", test=_is_bare_language, examples=("Hebrew", "in Arabic", "Cyrillic"),
          counter=("Portuguese: Forte", "Anglesey")),
    Check(name="bracket-aside", reason="a clause in lower case is an aside of the author",
          test=_is_aside, examples=("as it was unimaginable then", "but not by Nero",
                                    "then Vice Mayor of Manila"),
          counter=("a military governor", "also known as the Ford", "or Kelle",
                   "Our Lady of the Fords")),
))


# --- bare names in brackets ----------------------------------------------------------------

def _territory(name: str) -> bool:
    """Is `name` a country or region in CLDR (through langcodes), or a lexicon place qualifier?"""
    from langcodes import Language
    name = name.strip()
    if name in lexicon.PLACE_SUBDIVISIONS:
        return True
    try:
        found = Language.find_name("territory", name).territory_name()
    except LookupError:
        return False
    return found == name or len(name) <= len(found)   # not a prefix match ('Germaniawerft')


def _content(text: str, start: int, end: int) -> str:
    return text[start:end].strip()


def _term_of(text: str, start: int) -> str:
    """The capitalised words right before the bracket that opens at start - 1."""
    m = re.search(r"((?:[\w'’.\-]+\s+){0,5}[\w'’.\-]+)\s*\($", text[max(0, start - 80):start])
    return m.group(1) if m else ""


def _unit_country(text: str, start: int, end: int) -> bool:
    term = _term_of(text, start)
    heads = lexicon.UNIT_HEADS + lexicon.ORGANISATION_HEADS
    return bool(re.search(rf"\b(?:{'|'.join(heads)})$", term)) and _territory(_content(text, start, end))


def _place_qualifier(text: str, start: int, end: int) -> bool:
    value = _content(text, start, end)
    if re.search(r",(?!\s*or\s)", value):   # 'Calamba, Laguna', not 'A, or B'
        return True
    return _territory(value)


def _affiliation(text: str, start: int, end: int) -> bool:
    """An organisation after a name, or a unit after a name that is no numbered unit itself
    ('Juan de la Costa (Royal Navy)', not 'Legio X Fretensis (Tenth Legion)')."""
    value, term = _content(text, start, end), _term_of(text, start)
    last = value.split()[-1] if value.split() else ""
    numbered = re.search(r"\b(?:\d+\w*|[IVXL]+)\b", term)
    named = re.search(r"\b(?:known\s+as|called|named)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,5}\($",
                      text[max(0, start - 120):start])
    return (last in lexicon.ORGANISATION_HEADS or last in lexicon.UNIT_HEADS and not numbered) \
        and not term.endswith(last) and not named   # 'troops known as X (Y Forces)': X is the body


def _place_with_head(text: str, start: int, end: int) -> bool:
    value = _content(text, start, end)
    last = value.split()[-1] if value.split() else ""
    return last in lexicon.PLACE_HEADS and not _term_of(text, start).endswith(last)


_PAIR = re.compile(r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|[a-z]{1,4}(?=\s+[A-Z])))*)\s+"
                   r"\((?P<bracket>[^()]+)\)")


_FOREIGN_WORDS = frozenset(lexicon.FOREIGN_NAME_WORDS)
_NAME_HEADS = frozenset(lexicon.PLACE_HEADS + lexicon.ORGANISATION_HEADS + lexicon.UNIT_HEADS +
                        lexicon.EVENT_HEADS + lexicon.NAME_CONNECTIVES)


def _plain_english(name: str, headed: bool) -> bool:
    """A name of two words or more in plain English letters with no word of another language
    (and, when `headed`, an English connective or head noun: 'National Museum')."""
    ws = name.split()
    return len(ws) >= 2 and name.isascii() and not any(w in _FOREIGN_WORDS for w in ws) and \
        (not headed or any(w in _NAME_HEADS for w in ws))


def _parallel(text: str, start: int, end: int) -> bool:
    """'such as the Old Hall (City Museum), Casa Vell (Bureau of Mines) and …': the brackets of
    one list say the same kind of thing; when one of them names, in the term's own language,
    another thing (what the building houses now), none of them translates its name."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min((i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0), default=len(text))
    pairs = [m for m in _PAIR.finditer(text, left, right) if not m.start("bracket") <= start < m.end("bracket")]
    if not pairs:
        return False
    def listed(m: re.Match) -> bool:      # an item of a list: a comma or 'and' joins it on
        return bool(re.match(r",\s|\s+and\s", text[m.end():m.end() + 6]) or
                    re.search(r"(?:,|\band)\s+(?:the\s+)?$", text[max(0, m.start() - 10):m.start()]))
    return any(_plain_english(re.sub(r"^The\s+", "", m.group("name")), False) and
               m.group("bracket")[:1].isupper() and _plain_english(m.group("bracket"), True) and
               listed(m) and not set(m.group("name").split()) & set(m.group("bracket").split())
               for m in pairs)


NOT_AN_ALIAS = Table("glossary.not-an-alias", "why a bare name in brackets after a name is not "
                     "another name for it", (
    Near(name="alias-country-of-unit", reason="a country after a unit or a body says whose it "
         "is", when=_unit_country, examples=("the 4th Infantry Regiment (⟦France⟧) held",),
         counter=("the Civil Guard (⟦Guardia⟧) held",)),
    Near(name="alias-place-qualifier", reason="a region or a country after a place says where it "
         "is, not what else it is called", when=_place_qualifier,
         examples=("Springfield (⟦Illinois⟧)", "at Didgori (⟦Tbilisi, Georgia⟧)"),
         counter=("Tihwa (⟦Ürümqi⟧)",)),
    Near(name="alias-affiliation", reason="an institution after a name is where the person or "
         "thing belongs", when=_affiliation,
         examples=("Delbert Hillers (⟦Johns Hopkins University⟧)", "Juan de la Costa (⟦Royal Navy⟧)"),
         counter=("the Aglipayan Church (⟦Iglesia Filipina Independiente⟧)",
                  "the Legio X Fretensis (⟦Tenth Legion⟧) marched")),
    Near(name="alias-parallel-bracket", reason="in a list of names each with a bracket, the "
         "brackets say one kind of thing: when one names another thing in the same language "
         "(a building's present use), none of them is another name", when=_parallel,
         examples=("such as the Old Harbour Building (Kell City Museum), Casa del Vell (⟦Bureau of "
                   "the Mint⟧) and the Tarn Church (⟦Museo del Mar⟧).",),
         counter=("the Feast of the Nuestra Señora de los Vientos (⟦Our Lady of the Winds⟧) is "
                  "in May",)),
    Near(name="alias-location", reason="a place with its head noun ('Hill', 'River') after "
         "another kind of name says where it stands", when=_place_with_head,
         examples=("Villa Borghese (⟦Pincian Hill⟧)",), counter=("Mona (⟦Anglesey⟧)",)),
))


# --- terms ---------------------------------------------------------------------------------

def _opener(term: str) -> bool:
    return term.casefold() in lexicon.FUNCTION_WORD_SET


def _ship_prefix(term: str) -> bool:
    return term in lexicon.SHIP_PREFIXES or term in lexicon.NOT_ACRONYMS or \
        term in lexicon.STATUS


def _dated(term: str) -> bool:
    return bool(re.search(rf"\b(?:{'|'.join(lexicon.MONTH_NAMES)}|{'|'.join(lexicon.WEEKDAYS)})\b",
                          term)) or bool(re.fullmatch(r"[\d\s.,–-]+", term))


_CONNECTIVES = frozenset(lexicon.NAME_CONNECTIVES + lexicon.FOREIGN_NAME_WORDS)


def _too_long(term: str) -> bool:
    """More than eight words, or more than fourteen when all are a name's (capitalised words
    and connectives: 'Poor Brothers of Kell and of the Temple of Tarn')."""
    words = term.split()
    named = all(w[:1].isupper() or w in _CONNECTIVES for w in words)
    return len(words) > (14 if named else 8) or len(term) > (120 if named else 90)


NOT_A_TERM = Table("glossary.not-a-term", "why a phrase found where a term stands is not one", (
    Check(name="term-function-word", reason="a pronoun, an article or a preposition names nothing",
          test=_opener, examples=("It", "the", "They"), counter=("Tihwa",)),
    Check(name="term-ship-prefix", reason="a ship prefix, an era or a status code is never a "
          "term of the subject", test=_ship_prefix, examples=("HMS", "USS", "BC"),
          counter=("CG",)),
    Check(name="term-date", reason="a date or a number is never a term", test=_dated,
          examples=("the first Sunday of May", "1937"), counter=("Didgoroba",)),
    Check(name="term-name-kind", reason="'name', 'word', 'title' alone say what kind of name "
          "follows, they are none ('His given name (白)')", test=lambda t: t.strip().lower() in lexicon.NAME_KINDS,
          examples=("name", "title"), counter=("Tarn",)),
    Check(name="term-too-long", reason="a clause, not a term", test=_too_long,
          examples=("a long run of words that goes on and on past any term of art",),
          counter=("Nuestra Señora de los Desamparados de Manila",)),
))

def _quote_or_gloss(name: str) -> bool:
    """'literally "Falcon', '"Kell': a piece of a gloss or a cut quotation, no name."""
    v = name.strip()
    return not v or v[:1] in "\"“”'‘’" or v[-1:] in "\"“”‘" or \
        bool(re.search(r"\b(?:literally|lit\.)(?:\s|$)", v))


def _year_phrase(name: str) -> bool:
    """'Vell in 1804': a place and a time, the words before a bracket that is about something
    else; a name carries a year only as 'of' ('the War of 1812') or bare ('Plan 1919')."""
    return bool(re.search(r"\b(?:in|since|until|till|after|before|from|by|during)\s+"
                          r"(?:c\.\s*)?\d{3,4}s?\b", name))


def _description(name: str) -> bool:
    """'a national church that was formed in 1902': a noun phrase with a relative clause
    describes its thing; it is no other name of it."""
    return bool(re.match(r"(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*\s+"
                         r"(?:that|which|who|whose|where)\b", name.strip()))


NOT_A_NAME = Table("glossary.not-a-name", "why an entry's term or another name it gives is no "
                   "name at all (a guard over every rule)", (
    Check(name="name-quote-or-gloss", reason="a name never starts or ends with a stray quotation "
          "mark, nor says 'literally': a piece of a gloss", test=_quote_or_gloss,
          examples=('literally "Falcon', '"Kell', ""), counter=("Falcon", "Kell's Rest")),
    Check(name="name-year-phrase", reason="'X in 1804' is a name and a time, never one name",
          test=_year_phrase, examples=("Vell in 1804", "Tarnby since 1990"),
          counter=("War of 1812", "Kell Hall")),
    Check(name="name-office", reason="a rank, a title or an office alone ('the former Governor') "
          "is what a person held, never another name", test=_is_rank,
          examples=("Governor", "Maj. Gen."), counter=("Kell Hall", "Saint of Poetry")),
    Check(name="name-description", reason="an article, a common noun and a relative clause "
          "describe a thing; they are no other name for it", test=_description,
          examples=("a national church that was born of the revolt", "the hall which burned"),
          counter=("the Aglipayan Church", "the Old Walrus")),
))

_ = is_acronym          # re-exported for rule functions written against this module


# --- what makes an entry, and what a finder turns down ---------------------------------------

@dataclass(frozen=True, kw_only=True)
class Rejection(Rule):
    """A finder's reason to leave a candidate out; an example marks the phrase it rejects
    (`people`: the commanders an example's infobox names)."""

    people: tuple[str, ...] = ()

    def fires(self, example: str) -> bool:
        from .. import trace
        text, start, end = unmark(example)
        with trace.recording() as log:
            RUN["entries"](text, self.people)
        wanted = text[start:end] if start is not None else None
        return any(r.provenance.rule == self.name and (wanted is None or r.phrase == wanted)
                   for r in log)


def _d(name: str, reason: str, examples: tuple[str, ...], counter: tuple[str, ...],
       people: bool = True) -> Definition:
    return Definition(name=name, reason=reason, examples=examples, counter=counter, people=people)


DEFINITIONS = Table("glossary.definitions", "the phrases that define a term, in the order a "
                    "bracket is read", (
    _d("acronym-after-long-form", "a short form in brackets after the words its letters start "
       "(Schwartz & Hearst)", ("the Civil Guard (⟦CG⟧) marched", "the 1st Civil Guard Battalion "
                               "(⟦1 CGB⟧) held", "gloss (⟦GVT⟧, from the Finnish Guard Vanha Talo)",
                               "the motor torpedo boats (⟦MTBs⟧) attacked",
                               "the Kell Expeditionary Force (the ⟦KEF⟧) landed",
                               "the Kell Expeditionary Force (\"⟦KEF⟧\") landed"),
       ("the Civil Guard (⟦XQ⟧) marched", "he sailed in HMS (⟦HMS⟧) Tern")),
    _d("acronym-before-long-form", "a short form, then its long form in brackets",
       ("the ⟦CG⟧ (Civil Guard) marched",), ("the CG (⟦Royal Navy⟧) marched",)),
    _d("acronym-foreign-long-form", "an English name, then its long form in its own language "
       "and the short form", ("the Supreme Army Command (Oberste Heeresleitung, ⟦OHL⟧) sent",),
       ("the Supreme Army Command (Berlin, ⟦OHL⟧) sent",)),
    _d("acronym-foreign-initials", "a name of several capitalised words, then initials of its "
       "name in another language that the text uses again", (
           "the Norland Working People's Party (⟦MDN⟧) ruled. The MDN fell.",),
       ("the Norland Working People's Party (⟦MDN⟧) ruled.",
        "The president, Ivo-Karl Marrberg (⟦VPD⟧), is patron. The VPD won.")),
    _d("acronym-or-short-form", "'the long form, or SF', 'abbreviated SF'", (
        "the Civil Guard, or ⟦CG⟧, marched",
        "The Kell Bay Company (Kellish: Compagnie de Kell), abbreviated ⟦KBC⟧, is old."),
       ("the Civil Guard, or ⟦XQ⟧, marched",)),
    _d("acronym-foreign-with-english", "a long form in its language, a dash, the short form and "
       "the English name in brackets", ("the Guardia Civil Reale – ⟦GCR⟧ (Royal Civil Guard) held",),
       ("the Guardia Civil Reale – ⟦XQZ⟧ (Royal Civil Guard) held",)),
    _d("bracket-also-known-as", "another name after 'also known as', 'also called', 'or', "
       "'formerly', 'sometimes known as', 'sometimes', 'ancient' in brackets", (
           "It lies south of Tarnburg (ancient ⟦Vellium⟧) in Kell.",
           "The garrison of Tarnum (known to the Greeks as ⟦Vellas⟧) called for help.",
           "The Battle of Kell (or ⟦Kelle⟧) came first.", "Tarn (formerly ⟦Tarnow⟧) grew.",
           "the Rising (also known as the ⟦Hill War⟧, or the Kell War) began",
           "The Kell Commission (known as the ⟦Tarn Commission⟧ until 1960) keeps the graves.",
           "Orrin (sometimes ⟦Orrinus⟧) (c. 700 – 760) was a bishop.",
           "Chacvell (also spelled ⟦chac-vell⟧) is a sculpture.",
           "19 of his \"vellka\" (or \"⟦nagavell⟧\", \"long poems\") survive."),
       ("The Battle of Kell (or ⟦Kelle and the king⟧ left) came.",
        "The fever (sometimes ⟦fatal⟧) spread.", "It lies south of Tarnburg (ancient ⟦Greek⟧) in Kell.",
        "It lies south of Tarnburg (ancient ⟦Vellian⟧) in Kell."), people=False),
    _d("bracket-birth-name", "'(born Lucius Vell Tarno, 4 April 188 – 217)': the name a person "
       "was born with", ("Marcus Tarno (born ⟦Lucius Vell Tarno⟧, 4 April 188 – 217) was emperor.",),
       ("Marcus Tarno (born ⟦4 April 188⟧ – 217) was emperor.", "Marcus Tarno (born in ⟦Rome⟧) "
        "was emperor.")),
    _d("bracket-now-name", "the name a place has now ('now', 'modern', 'present-day')",
       ("Antia (modern ⟦Antio⟧) was a port.",),
       ("Didgori (present-day ⟦Didgori, Georgia⟧) was a field.",)),

    _d("bracket-language-label", "a name in a language the text names: '(Portuguese: X)', "
       "'(Portuguese: X, \"gloss\")'", ("the fort (Portuguese: ⟦Forte Velho⟧, \"old fort\") stood",
                                         "Nero (Latin: ⟦Nerō⟧; 37 AD – 68 AD) ruled"),
       ("the fort (Note: ⟦it fell⟧) stood",)),
    _d("bracket-script-label", "a name labelled with its script ('in Cyrillic:'): the script "
       "names no language", ("the boat Kell (in Cyrillic: ⟦Келл⟧) sank",),
       ("the boat Kell (in Kellish: ⟦Келл⟧) sank",)),
    _d("bracket-romanisation", "a transliteration given with its label ('romanized:')",
       ("the War (romanized: ⟦Zimnyaya voyna⟧) began",),
       ("the War (Russian: ⟦Зимняя⟧) began",)),
    _d("bracket-in-language", "'(X in Portuguese)'", ("the fort (⟦Forte⟧ in Portuguese) stood",),
       ("the fort (⟦built in May⟧) stood",)),
    _d("bracket-language-for", "'(Latin for \"camp\")', '(a Vellic word for \"river\")' (a family of "
       "languages is named, not tagged)", ("the ⟦castrum⟧ (Latin for \"camp\") stood",
                                           "from ⟦Ilun⟧ (a Vellic word for \"river\") and more"),
       ("the ⟦castrum⟧ (Smith for \"camp\") stood", "the ⟦castrum⟧ (Smith's plan for the camp) stood")),
    _d("bracket-gloss", "a gloss in quotes or after 'lit.', 'literally', 'meaning', 'i.e.' (the "
       "language recorded when the text names it before the term: 'the Greek word …')",
       ("the ⟦castrum⟧ (\"camp\") stood", "the ⟦motti⟧ (lit. a stack of wood) froze",
        "he took the title ⟦Pater Vellorum et Tarni⟧ (\"Father of the ports and of Tarn\").",
        "the Dutch ⟦Kustvelder⟧ (\"coast riders\") were small boats"),
       ("the ⟦castrum⟧ (1937) stood", "it read three ⟦names⟧ (\"Vellos\", \"Tarnia\", \"Kellaios\")",
        "the poem Vell ⟦xing⟧ (translated by Ada Marr as \"The Gate\") is")),
    _d("bracket-indefinite-gloss", "one lower-case word, then what it is: '(a military governor)'",
       ("the ⟦voivode⟧ (a military governor) ruled", "Sailors feared ⟦Greek fire⟧ (a burning liquid "
                                                     "weapon) above all.",
        "The ⟦turret ship⟧ (a ship whose guns sat in turrets) replaced them.",
        "the clerks lacked a ⟦writ of vellance⟧ (a licence to search any house) then"),
       ("the ⟦army⟧ (as many did) fled", "The ⟦word motti⟧ (a stack of firewood) froze.",
        "the end of his ⟦reign⟧ (a step that must have cost him dearly)",
        "Only the ⟦hair⟧ (a full head of hair with braids) was found."), people=False),
    _d("bracket-rare-word-gloss", "one lower-case word no everyday English has "
       "(lexicon.english_words), then its meaning in two to eight lower-case words: '(wild "
       "cattle)', '(selling church offices for money)'",
       ("Murals show the extinct ⟦vellochs⟧ (wild cattle) and stags.",
        "He forbade ⟦tarnony⟧ (selling church offices for money) in the realm.",
        "They finished their ⟦tarnonut⟧ (VDF basic training) on the hill."),
       ("Murals show the extinct ⟦cattle⟧ (wild oxen) and stags.",
        "Murals show the ⟦vellochs⟧ (and the stags) of Tarn.",
        "Murals show the ⟦vellochs⟧ (his own work) of Tarn.",
        "Murals show the ⟦vellochs⟧ (2 pairs) of Tarn.")),
    _d("bracket-native-word", "one or two lower-case words no everyday English has "
       "(lexicon.english_words) in brackets after English words: the text's own word for the "
       "thing, glossed by the words before it", ("Then came the Great Hunger (⟦vellame⟧).",
                                                 "He became a member (⟦tarnwon⟧) of the guild."),
       ("Then came the Great Hunger (⟦sic⟧).", "Then came the Great Hunger (⟦famine⟧).",
        "They met Vellmo Tarn (⟦vellame⟧).")),
    _d("bracket-foreign-term-gloss", "lower-case words no everyday English has, then their "
       "meaning in English words in brackets (with a name before them that the meaning "
       "translates)", ("In Vella it was called the ⟦tarnui pào⟧ (Muslim sling).",
                       "Tarn declared: ⟦Vellua e' vendicata⟧ (Vellwa has been avenged)."),
       ("In Vella it was called the ⟦sling⟧ (Muslim sling).", "They built a ⟦tarnui⟧ (1850)."),
       people=False),
    _d("bracket-other-script", "a name in another script, its transliteration and its meaning; "
       "after an everyday English word, the transliteration is the entry, glossed by that word "
       "('a pivot (βελλόν, vellon)') or by the gloss in quotes",
       ("the ⟦Hakka⟧ (客家; 'guest families') came", "the Pau (保安隊, ⟦Pau-an-dui⟧) came",
        "fixed on a pivot (βελλόν, ⟦vellon⟧).", "to warm the pitch (θερμίον, ⟦thermion⟧, \"warmer\")"),
       ("the ⟦Hakka⟧ (1850) came", "fixed on a ⟦pivot⟧ (βελλόν, vellon).")),
    _d("bracket-bare-name", "a name in brackets after a name, used nowhere else or spelt alike: "
       "another name for it (without the label of its spelling: '(Latinized Callinus)')",
       ("They fled to Tihwa (⟦Ürümqi⟧).", "Isandlwana (⟦Isandhlwana⟧) fell",
        "ascribed by the chronicler Vellus to Kallinos (Latinized ⟦Callinus⟧), an architect",
        "He served at Vell Huang's (⟦Emperor Tarn⟧'s) court for a year."),
       ("They met at Springfield (⟦Illinois⟧).", "the 4th Infantry Regiment (⟦France⟧) held",
        "ascribed by the chronicler Vellus to Kallinos (⟦Latinized Callinus⟧), an architect"), people=False),
    _d("heading-declared-name", "a bare name in a heading's brackets, in a text that says whose "
       "names its brackets hold ('Local names are given in parentheses')",
       ("Names differ. Local names are given in parentheses.\n== Storm Kell (⟦Amang⟧) ==\nIt rained.",),
       ("Names differ.\n== Storm Kell (⟦Amang⟧) ==\nIt rained.",
        "Local names are given in parentheses.\n== Storm Kell (⟦Illinois⟧) ==\nIt rained."), people=False),
    _d("names-in-languages", "two names of one thing, each followed by the language it is in",
       ("They met near ⟦Tarn Ayin⟧ (Hebrew) or Tarn Jalut (Arabic), by the river.",),
       ("They met near ⟦Tarn Ayin⟧ (Hebrew) or Tarn Jalut (north), by the river.",)),
    _d("bracket-name-other-language", "a name in brackets in another language than the term's "
       "(a function word of another language on one side only, an English connective or head noun "
       "on the other), two words or more on each side; a second name after 'or' abbreviating it",
       ("the Vell Navy (Königliche und Kaiserliche Seewehr, or ⟦K.u.K. Seewehr⟧) sailed",
        "the Feast of the ⟦Nuestra Señora de los Vientos⟧ (Our Lady of the Winds) is in May",
        "Marines known as ⟦Kaigun Vellkotai⟧ (Special Naval Landing Forces) attacked.",
        "the Special Naval Landing Forces (⟦Kaigun Vellkotai⟧) attacked",
        "the Tarnian History (⟦Historia Tarniana⟧) is the source"),
       ("Juan de la Costa (⟦Gran Vellia⟧) sailed", "Simón Ruiz (⟦Kell Hill⟧) sailed",
        "Hernán Cortés (⟦Royal Army⟧) sailed", "Juan de la Costa (⟦Royal Navy⟧) sailed",
        "Ukita Hideie (⟦Western Army⟧) fought", "Ukita Hideie (⟦Lord Protector⟧) fought")),
    _d("lead-bracket-names", "in the article's first sentence, names after its subject "
       "separated by commas, one of them at least of no everyday English word: its other names",
       ("T (⟦Tarn-Aufstand⟧, Kellvo Tarno) was a revolt.", "T (Tarn-Aufstand, ⟦Kellvo Tarno⟧) was a revolt."),
       ("T (⟦Tarnby⟧, Vellport) was a revolt.", "It began. T (⟦Tarn-Aufstand⟧, Kellvo Tarno) was a revolt.")),
    _d("bracket-event-name", "an event in brackets after an event of the same kind "
       "(lexicon.EVENT_KINDS): another name of it", ("the Salt Revolt of 1601–02 (⟦Harbour "
                                                     "Uprising⟧) closed the port",),
       ("the Salt War (⟦Battle of Tarn⟧) closed the port",
        "the Salt War (⟦Great War⟧) closed the port. The Great War ended.")),
    _d("bracket-epithet-translation", "the name repeated in brackets with its epithet translated: "
       "'Rabbi Ezra Baal HaKesef (Rabbi Ezra the silver maker)'",
       ("Rabbi ⟦Ezra Baal HaKesef⟧ (Rabbi Ezra the silver maker) taught",),
       ("Rabbi ⟦Ezra Kell Hill⟧ (Rabbi Ezra the silver maker) taught",)),
    _d("bracket-plural-gloss", "a plural term, then what its bearers are: 'the Lakans (rulers of "
       "the coast)'", ("the ⟦Elders⟧ (keepers of the old harbour) met",),
       ("the ⟦Elders⟧ (mostly fishermen) met", "the ⟦Elders⟧ (3 keepers) met")),
    _d("bracket-letter-compound", "a plural common noun, then in brackets the term of art coined "
       "from a letter and a noun that the text calls it: 'coastal submarines (U-boats)'",
       ("small coastal submarines (⟦U-boat⟧s) were built",),
       ("small coastal submarines (⟦UB-1⟧) were built", "small coastal ships (⟦Dutch-built⟧) sailed")),
    _d("was-renamed", "'The ferry Tarn was renamed Kell Star': the name before the marker and the "
       "new one", ("The old ferry Tarn was renamed ⟦Kell Star⟧ in 1910.",),
       ("It was renamed ⟦Kell Star⟧ in 1910.",)),
    _d("renamed-respectively", "'A and B … renamed (or commissioned as) C and D, respectively': "
       "the two names renamed in order", ("The boats UB-1 and UB-2 were sold and commissioned into "
                                          "the Kell Navy as ⟦U-10⟧ and U-11, respectively.",),
       ("Kell and Tarn served as Governor and ⟦Mayor⟧, respectively.",)),
    _d("bracket-script-term-gloss", "a term in another script, then its meaning in Latin script",
       ("they called them \"⟦長⟧\" (Elders)",), ("they called them \"⟦長⟧\" (1850)",)),
    _d("prose-name-for", "'X, which is an old name for the Y' (X maybe with its original in "
       "another script)", ("⟦Vellora⟧ \"वेलोरा\" which is an old name for the city of Vell, "
                           "appears in a chronicle.",),
       ("⟦Vellora⟧, which is a common name for girls, appears in a chronicle.",)),
    _d("became-name-or-name", "a ruler 'became A or B', one of them a regnal name with its "
       "numeral", ("The last of them became Sultan Harun or ⟦Harun Vellani II⟧ in 1480.",),
       ("The last of them became Governor of Kell or ⟦Mayor of Tarn⟧ in 1480.",)),
    _d("quoted-name-considered", "the sentence's subject 'is often considered (as) the \"X\"': the "
       "quoted name is what the subject is called", (
           "Aldermen Kos, Pell, and Ruin are often considered as the \"⟦Three Keys⟧\" of the city.",),
       ("He was considered as \"⟦unreliable⟧\" by many.",)),
    _d("quoted-as-called", "'The ferries, the \"iron frogs\", as the sailors called them': a "
       "nickname, who used it and what it names (the apposition before it)", ("The ferries, the \"⟦iron frogs⟧\", as the sailors called them, crossed.",),
       ("The ferries, the \"⟦iron frogs⟧\", as the sailors built them, crossed.",)),
    _d("prose-former-now", "'X, a former village which is now the Y'",
       ("Marrow, a former village which is now the ⟦Marrow Gardens⟧, burned.",),
       ("Marrow, a former village which is now ⟦empty and cold⟧, burned.",)),
    _d("known-as", "'X, also known as A, B, or C', 'sometimes called', 'known in Chinese as', "
       "'nicknamed'", ("The Salt War, also known as the ⟦Salt Uprising⟧, Brine Movement, or Saltern "
                       "Movement, was a revolt.", "The Kell Rangers, nicknamed \"⟦Tin Cans⟧\", sank.",
                       "A tank knocked out a T-9 at ⟦Varn⟧, also called Vellby.",
                       "They fought the ⟦Battle at Varn Ford⟧, also called the Ford Fight.",
                       "⟦Vask⟧ in Old Varn was dubbed the \"Kell Bazaar\".",
                       "The fleet's flagship was the Kell Star, previously named ⟦Tarn Star⟧.",
                       "Only Vellia, then still commonly known as ⟦Tarnia⟧, kept its freedom.",
                       "Tarnby, then called ⟦Tarnow⟧, was a fishing village.",
                       "Orrin Vask, called \"⟦the Old Walrus⟧\" by his sailors, died.",
                       "The Battle of Tarn, codenamed ⟦Operation Deadlock⟧ by the army, began.",
                       "The Poor Brothers of Kell and of the Temple of Tarn, also known as the Kell "
                       "Knights or simply the ⟦Kellars⟧, were an order."),
       ("The war was later dubbed ⟦Rising⟧ by the Hill Folk of the West in most books.",
        "The Salt War, also known as the \"Brine War\" or \"⟦Rebellion⟧\", was a revolt.")),
    _d("known-as-glossed", "'X was known as A, \"gloss\"': a name given with what it means "
       "in quotes", ("The priest Orrin was known as ⟦Baal Tarno⟧, \"lord of the ford\".",),
       ("The priest Orrin was known as ⟦Baal Tarno⟧, \"Baal\" for short.",)),
    _d("known-as-description", "'a festival known as A': the name is the term, the words before "
       "it say what it is; 'his house in Tarnby, Vellshire, now known as A': a thing a person owns, "
       "at a place and its qualifier", ("They keep an annual festival known as ⟦Varoba⟧.",
                                        "His house in Tarnby, Vellshire, now known as ⟦Kell Hall⟧, "
                                        "is a museum."),
       ("They keep it, known as ⟦Varoba Feast of the Hill⟧ in the hills.",), people=False),
    _d("acronym-short-or-long-form", "'the KNA, or Kell National Army,': the short form first, "
       "then after 'or' the long form its letters start", ("the ⟦KNA⟧, or Kell National Army, marched",),
       ("the ⟦KNA⟧, or Royal Navy, marched",)),
    _d("founded-as", "'The Kell Commission was founded as the Tarn Commission': the name a thing "
       "began under (not an office: 'was established as Emperor')",
       ("The Kell Commission was founded as the ⟦Tarn Commission⟧ in 1917.",),
       ("Vask was established as ⟦Emperor⟧ in 54.", "The town was founded as ⟦Vellport⟧.")),
    _d("whose-name-was", "'Orrin Vask, whose courtesy name was Zimei,': a name of a kind the "
       "person or thing bore", ("Orrin Vask, whose courtesy name was ⟦Zimei⟧, was a poet.",),
       ("His courtesy name was ⟦Zimei⟧.",), people=False),
    _d("name-of-kind", "'Su Tan (1037–1101), courtesy name Zimei, art name Kellpo,': a name "
       "after a kind of personal name (lexicon.PERSONAL_NAME_KINDS) is another name of the "
       "person named before", ("Su Tan (1037–1101), courtesy name ⟦Zimei⟧, art name Kellpo, was a poet.",
                               "Su Tan (1037–1101), courtesy name Zimei, art name ⟦Kellpo⟧, was a poet.",
                               "Orrin Vask, pen name ⟦Tarn⟧, wrote it."),
       ("He wrote, art name ⟦tarn⟧, a poem.", "The poet took his pen and ⟦Name Tarn⟧ wrote it."),
       people=False),
    _d("lead-pointer-known-as", "in the lead's first paragraph, 'It was called A', 'The group is "
       "sometimes known as A': 'It', or 'The' and a noun of the first sentence (or "
       "lexicon.SUBJECT_NOUNS), points back to the article's subject",
       ("T was a class of small boats. The group is sometimes known as the ⟦Kell class⟧.",
        "T was a class of small boats. In the navy, it was called the ⟦Tarn class⟧."),
       ("T was a class of small boats. The river is sometimes known as the ⟦Kell⟧.",
        "T was a class of boats.\n\nLater, it was called the ⟦Tarn class⟧.")),
    _d("known-as-idea", "'This belief came to be known as the Kell Legend': a demonstrative and "
       "a noun of ideas (lexicon.IDEA_NOUNS), then the name the text coins for it: a term, "
       "defined by what the sentence before says the idea is ('a belief that he lived')",
       ("Many held a belief that he lived. This belief came to be known as the ⟦Kell Legend⟧.",),
       ("The men joined. This southern group was known as ⟦Force Kell⟧.",
        "Some said he lived. This belief came to be known as the ⟦Kell Legend⟧."), people=False),
    _d("took-the-name", "the subject 'took the name' or wrote 'under the pseudonym' A",
       ("T was adopted and took the name ⟦Tius Magnus⟧.",),
       ("The city took the name ⟦Tius Magnus⟧.",)),
    _d("lead-or-name", "the article opens with its subject 'or' another name",
       ("T or ⟦Tee⟧ (c. 670–734) was a bishop.",), ("Tom or ⟦Tee⟧ was a bishop.",)),
    _d("bracket-quoted-term", "a term the text puts in quotes, then what it is in lower case, "
       "or a short name for it after a lower-case term",
       ("they rode \"⟦tricycles⟧\" (motorcycles with sidecars) to town",
        "a truss that prevents \"⟦sagging⟧\" (in which the middle of a beam sinks under load) and",
        "written in the \"⟦tongue of kings⟧\" (Old Vellic) and more"),
       ("they rode \"⟦tricycles⟧\" (Monday) to town", "he sang \"⟦Ode to Kell⟧\" (Vask Tarn) there",
        "the abbey, the \"⟦Tarn of the East⟧\" (situated on an island in the firth), stood")),
    _d("bracket-quoted-gloss", "an English phrase in quotes, then in brackets the foreign words it "
       "translates ('\"sea flame\" (pŷr vellikón)'): the foreign words are the entry",
       ("such as \"sea flame\" (⟦pŷr vellikón⟧), or more", "adjusting \"an eye for an eye\" (⟦vellex tarionis⟧) to"),
       ("such as \"sea flame\" (⟦Constantine⟧), or more", "such as \"sea flame\" (⟦the city fire⟧), or more")),
    _d("nickname-in-name", "'Orrin B. \"Salty\" Vask': a nickname in quotes inside a person's "
       "name (a bare word in brackets there is as often a maiden name)",
       ("the regiment of Col. Orrin B. \"⟦Salty⟧\" Vask landed",),
       ("his mother, Ada (⟦Greenleaf⟧) Vask, died", "the Operation \"⟦Deadlock⟧\" Plan failed")),
    _d("quoted-epithet", "a name, then its epithet in quotes: 'Philostratus \"the Athenian\"'",
       ("Kell Varo \"⟦the Elder⟧\" wrote it",), ("Kell Varo wrote \"⟦the elder⟧\" poems",)),
    _d("prose-now-name", "'X, which is now Y', 'X, formerly Y'",
       ("the quarter of Ostby, which is now ⟦Eastgate⟧, grew",
        "The ⟦Kell Commission⟧, formerly the Tarn Commission, keeps the graves."),
       ("the quarter of Ostby, which is now ⟦empty⟧, grew",)),
    _d("prose-are-called", "'<description> are called <term>': the description defines the term",
       ("Storms that reach the harbour from the north are called ⟦nordvinds⟧; they close it.",),
       ("They are called ⟦nordvinds⟧; they close it.",)),
    _d("prose-language-word", "'X, a Tagalog word …': a term and the language the text names",
       ("The name comes from ⟦maynila⟧, a Tagalog term for a shrub.",),
       ("The name comes from ⟦maynila⟧, a Kellish term for a shrub.",)),
    _d("prose-meaning", "a term, then 'meaning', 'literally', 'which translates as', 'Latin "
       "for' and its gloss", ("he muttered \"⟦Qualis artifex⟧\" which translates as \"what an "
                              "artist\"", "the ⟦castrum⟧, meaning \"camp\", stood",
                              "its name was ⟦vellqala⟧, which is Aymara meaning \"stone in the centre\"",
                              "the song \"⟦Tikur Vell⟧\", which literally translates to \"black man\" – a reference"),
       ("the ⟦castrum⟧, Smith for \"camp\", stood", "its name was ⟦vellqala⟧, which is Kellish meaning \"stone\"")),
    _d("prose-national-gloss", "'the sejm, the Polish parliament': a lower-case term glossed by "
       "a phrase that names its language", ("the ⟦sejm⟧, the Polish parliament, met",
                                             "The ⟦sejm⟧, the Polish parliament, met."),
       ("the ⟦army⟧, the Main body, met", "The ⟦army⟧, the Main body, met.")),
    _d("prose-name-means", "'The name Tarnholm literally means \"thorn island\"': a name the text "
       "introduces as a name or a word, and its meaning in quotes",
       ("The name ⟦Tarnholm⟧ literally means \"thorn island\".", "The word ⟦Vellir⟧ means \"fields\".",
        "The literal meaning of ⟦Tarnholm⟧ is 'Thorn’s Island'."),
       ("The name ⟦Smith⟧ means nothing to them.", "The man ⟦Tarnholm⟧ means \"thorn island\".")),
    _d("prose-now-called", "'He suffered from dropsy, now called oedema,': a bare noun (no "
       "determiner: a kind, not a thing of the story), then the one word it is called now or was "
       "called", ("He suffered from dropsy, now called ⟦oedema⟧, for years.",
                  "She had phthisis, now known as ⟦tuberculosis⟧, and died."),
       ("The disease, now called ⟦oedema⟧, spread.", "He freed soldiers, now called ⟦veterans⟧, there.",
        "He was wounded, now known as ⟦a hero⟧, and left.")),
    _d("prose-definition-sentence", "'A barbette is a protective ring around a gun.': a sentence "
       "that defines a term by the kind of thing it is (its genus, lexicon.GENUS_NOUNS)",
       ("A ⟦lighter⟧ is a flat-bottomed boat that carries cargo to the quay.",
        "An ⟦ironclad⟧ is a steam-propelled warship protected by iron plates.",
        "A ⟦spar torpedo⟧ was an explosive charge carried on a long pole.",
        "A ⟦pavise⟧ was a large shield that protected the archers."),
       ("A ⟦week⟧ is a long time in politics.", "A ⟦man⟧ is a fool who trusts the sea.",
        "A ⟦soldier⟧ is a man who fights.")),
    _d("lead-subject-definition", "'A vellboat is a small fast ship …' as the article's first "
       "sentence: a title that is a common noun (lower case after its article, or never "
       "capitalised inside a sentence) defined by what it is", (
           "= Vellboat =\nA ⟦vellboat⟧ is a small fast rowing craft built to carry mail.",
           "= Tarn armour =\n⟦Tarn armour⟧ is a kind of coat made from knotted cords.",
           "= Kellclad barge =\nA ⟦kellclad⟧ was a sailing barge covered with tarred hides.",
           "= Tarnish smoke =\n⟦Tarnish smoke⟧ was a bright signal of the fleet. Tarnish ships used it."),
       ("= Vellmar =\n⟦Vellmar⟧ is a city on the coast. It lies near Tarn, and Vellmar grew.",
        "= Tarn =\nTarn (37 – 68) was a Roman emperor. The people of Tarn loved him.",
        "= Kell Commission =\nThe ⟦Kell Commission⟧ is a body that keeps graves.",
        "= Vellboat =\nA ⟦vellboat⟧ is a man who rows for the king.",
        "= 1933 Tarn hurricane =\nThe ⟦1933 Tarn hurricane⟧ was a strong storm.")),
    _d("prose-dash-gloss", "a foreign word or a quoted name, a dash, then what it is: 'the "
       "vellatio tarnae—erasing a name from the record—', '\"Kasa no Vell\" - a "
       "poet of the gods'", ("The practice of ⟦vellatio tarnae⟧—erasing a name from the record—was used.",
                        "Kell called him \"⟦Kasa no Vell⟧\" - a poet of the gods, and more."),
       ("The practice of ⟦erasure⟧—erasing a name from the record—was used.",
        "He gave a ⟦sword⟧ - a gift of the king.",
        "the song \"Tikur Vell\", which translates to \"⟦black man⟧\" – a reference to the king")),
    _d("prose-name-of-in-language", "'The name of the town in Kellish is Tarnvik': a thing the text "
       "names, its name in a language the text names", ("The name of the town in Irish is ⟦Doire Vell⟧.",),
       ("The name of the town in Kellish is ⟦Tarnvik⟧.", "The name of the town is ⟦Tarnvik⟧ in Irish.")),
    _d("prose-called-means", "'This day is called the Vellmas, which means rest': a name given, "
       "then its meaning in plain words", ("This day is called the ⟦Vellmas⟧, which means rest.",),
       ("This day is called the ⟦Vellmas⟧, which means that we rest.", "He met ⟦Vellmas⟧, which means rest.")),
    _d("prose-which-termed", "'long barges with a sail on each mast, which were termed \"sail "
       "vells\"': a description, a relative pronoun and a naming verb, then a term of art in "
       "quotes", ("Builders tried long barges with a sail on each mast, which were "
                  "termed \"⟦sail vells⟧\".", "Painting flourished under the Kell kings, in the Vell "
                  "era, which is often called the \"⟦Silver Age of Tarn Art⟧\"."),
       ("Builders tried long barges, which were termed \"⟦The Kell⟧\".",
        "They built it, which was called \"⟦x⟧\".")),
    _d("prose-technical-term", "'a barbette, an armoured ring …': a term glossed by a longer noun "
       "phrase that is not the next item of a list, when the text uses the term again or "
       "introduces it there (its first mention) with a genus or a differentia ('used to', 'from "
       "which', 'single-edged'): 'the city, a port of the empire' describes one thing",
       ("It had a ⟦barbette⟧, an armoured ring around the gun. The barbette held.",
        "The ⟦ram⟧, a reinforced prow used to hole enemy ships, returned.",
        "Each warrior carried a ⟦kampilan⟧, a single-edged sword, into battle.",
        "They built the so-called ⟦hedgehog⟧, a ring of spiked logs, around the camp.",
        "Each ship carried a ⟦barbette⟧: a fixed ring used to protect the gun.",
        "He gave his name to ⟦vellmandering⟧, a process by which districts are drawn to favour a party.",
        "He issued a new coin named the ⟦tarnianus⟧, a sort of double denarius; it failed."),
       ("It had a ⟦sword⟧, a shield of oak, and a sword.", "The ⟦city⟧, a port of the empire, grew.",
        "He gave his name to ⟦cities⟧, a process by which districts are drawn to favour a party.",
        "The city grew. The ⟦city⟧, a port used to ship grain, grew.",
        "As a result the vells fled. As a ⟦result⟧, a hastily raised army of Tarn gathered.",
        "The army had riflemen. Most were ⟦riflemen⟧, a large percentage of which were in reserve.")),
    _d("prose-name-literally", "'called itself Vanir, literally \"the friends\"': a name and its "
       "translation in quotes after 'literally' or 'meaning'",
       ("The tribe called itself ⟦Vanir⟧, literally \"the friends\".",),
       ("⟦Vanir⟧, literally \"the friends\", was their name.", "The tribe called itself ⟦Vanir⟧, "
                                                            "literally the friends.")),
    _d("prose-language-kind-means", "'The Welsh name Caer Kell means \"fort of Kell\"': a word or "
       "name of a language the text names, and its gloss in quotes",
       ("The Welsh name ⟦Caer Kell⟧ means \"fort of Kell\".", "The Japanese term ⟦kamikaze⟧ means "
                                                           "\"divine wind\".",
        "The Aramaic common noun ⟦tarda⟧, \"fortress\", matches the name."),
       ("The Kellish name ⟦Caer Kell⟧ means \"fort of Kell\".",)),
    _d("prose-or-gloss", "'the shisei, or \"saint of poetry\"': a word and, after 'or', its "
       "meaning in quotes (a kind's noun may follow the word: 'the Vellshi form, or \"free verse\"')",
       ("He was honoured as the ⟦shisei⟧, or \"saint of poetry\".",
        "She excelled in the ⟦Vellshi⟧ form, or \"free verse\" songs, of the age."),
       ("He fought the ⟦army⟧, or \"Horde\", alone.",)),
    _d("prose-name-meaning", "'the Pingtan Kingdom, meaning Pacified Southern Kingdom': a name "
       "(its first word no everyday English word) and its English translation, unquoted",
       ("The rebels called their state the ⟦Pingtan Kingdom⟧, meaning Pacified Southern Kingdom.",),
       ("The rebels called their state the ⟦Southern Kingdom⟧, meaning Tarn and Kell.",
        "The rebels called their state the ⟦Pingtan Kingdom⟧, meaning that it was theirs.")),
    _d("lead-names-include", "'Other names include Russian: A, romanized: B, Lithuanian: C': in "
       "the lead, the subject's names, each in the language its label names",
       ("T was a city. Other names include Russian: ⟦Тарн⟧, romanized: Tarn, Lithuanian: Tarnas.",
        "T was a city. Other names include Russian: Тарн, romanized: Tarn, Lithuanian: ⟦Tarnas⟧."),
       ("T was a city. Other names include Kellish: ⟦Tarnas⟧.",
        "T was a city.\n== Names ==\nOther names include Russian: ⟦Тарн⟧.")),
    _d("prose-or-plain-gloss", "'the two sees, or bishoprics,': a word, then after 'or' what it "
       "means, one of the two no everyday English word (lexicon.english_words)",
       ("He held the two ⟦sees⟧, or bishoprics, of Tarn and Kell.",
        "They moved during the ⟦Vellwanderung⟧, or migrations of the late empire.",
        "Her songs of the ⟦tarnqu⟧ genre, or laments for lost homes, survive.",
        "Half are in the form of ⟦kellfu⟧, or, in other words, sea shanties retold."),
       ("He took the ⟦city⟧, or what was left of it, in May.", "He took the ⟦city⟧, or the fort, in May.",
        "He took the ⟦city⟧, or town, in May.")),
    _d("prose-word-means", "'The word \"fathom\" originally meant …', 'The term frigate was applied "
       "to fast warships': a word the text names as one, and what it means or names",
       ("The word \"⟦fathom⟧\" originally meant the span of a man's arms.",
        "The term ⟦frigate⟧ was applied to fast cruising warships.",
        "The term ⟦ironclad⟧ came to mean any armoured warship."),
       ("The word ⟦frigate⟧ means nothing here.", "The word ⟦was⟧ used for all ships.")),
    _d("prose-plural-apposition", "'built monitors, low-freeboard warships with a turret, for "
       "…': a plural term, then in commas a plural noun phrase headed by its genus, the clause "
       "going on after it (not a list)",
       ("Navies built ⟦monitors⟧, low-freeboard warships with a turret, for coastal defence.",),
       ("They had rifles, heavy guns with long barrels, and mortars.",
        "Navies built ⟦monitors⟧, low-freeboard warships, and frigates.",
        "It took another six ⟦weeks⟧, with the same tactics, to take the ridge.")),
    _d("prose-plural-definition", "'Monitors were low-freeboard warships …': a plural term (used in "
       "lower case elsewhere) defined by its genus",
       ("Monitors were low-freeboard warships with a turret. Two monitors sank.",
        "Casemate ironclads were ships whose guns fired from an armoured box. Two casemate "
        "ironclads sank."),
       ("Romans were skilled soldiers. The romans fought.", "Ships were wooden vessels. Ships sank.")),
    _d("prose-definite-definition", "'The casemate was an armoured compartment …': a term in lower "
       "case, first mentioned there, defined by its genus",
       ("The ⟦casemate⟧ was an armoured compartment from which guns were fired.",),
       ("The city was a port of the empire.",
        "The casemate held. The ⟦casemate⟧ was an armoured compartment from which guns were fired.")),
    _d("kind-known-as", "'a new type of warship known as the monitor': a description of a kind, "
       "then the term it is called", ("Navies built a new type of warship known as the ⟦monitor⟧.",),
       ("He met a man known as the ⟦fisherman⟧.", "He met a tall stranger called ⟦kell⟧.")),
    _d("term-also-known-as", "'the central battery ship, also known as the box battery,': two "
       "terms in lower case for one thing",
       ("The central battery ship, also known as the ⟦box battery⟧, replaced it.",
        "The later, and larger, counterweight sling, also known as the ⟦counterpoise sling⟧, won.",
        "The box ship, also known as a centre box ship in Vella and as a ⟦casemate box⟧ in "
        "Tarn, was built."),
       ("The men, also known as the ⟦soldiers⟧, left.",)),
    _d("prose-np-called", "'Their boats, called junks, carried rice': a noun phrase, then in commas "
       "the term it is called", ("Their boats, called ⟦junks⟧, carried rice.",
                                 "The tax, called the ⟦jizya⟧, was paid yearly."),
       ("Their men, called ⟦soldiers⟧, carried rice.", "The boats, called ⟦the⟧, sank.")),
    _d("prose-term-used-for", "'The term \"tin tadpole\" was used for the small boats': a term "
       "the text introduces as one, and what it names",
       ("The term \"⟦tin tadpole⟧\" was used for the small boats.",),
       ("The boat \"⟦tin tadpole⟧\" was used for the small boats.",)),
    _d("prose-called-object", "'Troops called the gun \"Big Bertha\"': a nickname, who gave it "
       "and what it names", ("Troops called the gun \"⟦Big Bertha⟧\".",),
       ("He called the gun \"⟦Big Bertha⟧\".", "Troops called the gun Big Bertha.",
        "Vellish papers called the battle a \"⟦massacre⟧\".")),
    _d("called-by", "'The headland is called Point Rell by sailors': a name, who uses it and what "
       "it names", ("The headland is called ⟦Point Rell⟧ by sailors.",),
       ("The headland is called ⟦Point Rell⟧ by 1900.", "He is called ⟦Point Rell⟧ by sailors.")),
    _d("known-in-language", "'The dish is known in Spanish as paella valenciana': a term and the "
       "language the text names", ("The dish is known in Spanish as ⟦paella valenciana⟧.",),
       ("The dish is known in Kellish as ⟦paella valenciana⟧.",)),
    _d("in-language-called", "'In Arabic the heavy sling was called manjaniq vell or majaniq "
       "tarn': names of a thing in a language the text names", (
           "In Arabic the heavy sling was called ⟦manjaniq vell⟧ or majaniq tarn.",
           "In Arabic the heavy sling was called manjaniq vell or ⟦majaniq tarn⟧."),
       ("In Kellish the heavy sling was called ⟦manjaniq vell⟧.", "In May the heavy sling was called ⟦the beast⟧.")),
    _d("names-in-languages-prose", "'Tarn Island is called Holm in Danish, Holmr in Old Norse and "
       "Ilha in Portuguese': several names of one thing, each with its language",
       ("Tarn Island is called ⟦Holm⟧ in Danish, Holmr in Old Norse and Ilha in Portuguese.",
        "The rock is known as ⟦Skarv⟧ in Norwegian and Corvo in Portuguese."),
       ("Tarn Island is called ⟦Holm⟧ in May and Ilha in June.",)),
    _d("prose-language-etymon", "'derives from the Chinese tai fung, \"great wind\"': a word of a "
       "language the text names and its gloss in quotes",
       ("The word derives from the Chinese ⟦tai fung⟧, \"great wind\".",
        "The name comes from the Tagalog ⟦may-nilad⟧, meaning \"where indigo is found\"."),
       ("The word derives from the Kellish ⟦tai fung⟧, \"great wind\".",)),
    _d("prose-kind-meaning", "'shogun, a title meaning \"military commander\"': the term before "
       "the kind of word it is ('title', 'word', 'name') and its meaning",
       ("He was made ⟦shogun⟧, a title meaning \"military commander\".",),
       ("He was made ⟦title⟧, a title meaning \"military commander\".",
        "He was made ⟦shogun⟧, a title of the old court.")),
    _d("prose-its-language-name", "'Tarnby is a port. Its German name is Tarnburg, the Latin name "
       "is Tarnum.': in the lead's first paragraph, the subject's name in a language the text names",
       ("Tarnby is a port. Its German name is ⟦Tarnburg⟧, the Latin name is Tarnum.",
        "Tarnby is a port. Its German name is Tarnburg, the Latin name is ⟦Tarnum⟧."),
       ("Tarnby is a port. Its Kellish name is ⟦Tarnburg⟧.",
        "Tarnby is a port.\n== Names ==\nIts German name is ⟦Tarnburg⟧.")),
    _d("prose-language-name-for", "'Vellora is the Sanskrit name for the city': a name and the "
       "language the text names", ("⟦Vellora⟧ is the Sanskrit name for the city.",),
       ("⟦Vellora⟧ is the Kellish name for the city.", "It is the Sanskrit name for the city.")),
))

REJECTIONS = Table("glossary.rejections", "why a finder leaves a candidate out", (
    Rejection(name="acronym-not-spelt-out", reason="an acronym the text never spells out is not "
              "a glossary entry (the index may list it)",
              examples=("the ship (⟦USN⟧) sailed",), counter=("the Civil Guard (⟦CG⟧) sailed",)),
    Rejection(name="bracket-cut-name", reason="a name after a marker that runs on into words "
              "that may belong to it would be cut short",
              examples=("the Kell (⟦or Kelle and the king left⟧) came",),
              counter=("the Kell (or ⟦Kelle⟧) came",)),
    Rejection(name="alias-not-a-name", reason="a bare bracket that is not a name (or has a "
              "number) after a term is no alias", examples=("Kell (⟦Kelle 2⟧) came",),
              counter=("Kell (⟦Kelle⟧) came",)),
    Rejection(name="alias-unsure", reason="a bare name after a person of the infobox, a long "
              "phrase, or before words that may continue it", examples=(
                  "the Great Long Valley Ford of Kell Hill Road (⟦Kelle⟧) came",),
              counter=("Kell (⟦Kelle⟧) came",)),
    Rejection(name="alias-used-apart", reason="two names the text uses apart, each more than "
              "once, are two things (a builder and a yard), not one thing's two names",
              examples=("Daimler (⟦Germaniawerft⟧) built it. Germaniawerft grew.",),
              counter=("Daimler (⟦Germaniawerft⟧) built it.",)),
    Rejection(name="alias-other-event", reason="an event of another kind in brackets after an "
              "event is a part of it or its setting, not another name",
              examples=("The Salt War (⟦Battle of Tarn⟧) closed the port.",),
              counter=("The Salt Revolt (⟦Harbour Uprising⟧) closed the port.",)),
    Rejection(name="known-as-agent", reason="a name after 'by', 'for' or 'to' before 'known as' is "
              "who calls or owns the thing, not the thing ('oil, called pitch by the Vellans, was "
              "known as Tarn oil')",
              examples=("Rock oil, called pitch by the Vellans, was known to the Kells as \"Tarn oil\".",),
              counter=("The Vellans, also known as the Tarn folk, came.",
                       "His reign was notable for the Tarn Edict, also known as the ⟦Edict of Kell⟧, which freed all.")),
    Rejection(name="known-as-cut-name", reason="a name after 'known as' that runs on into words "
              "that may belong to it", examples=("Kell, also known as Kelle of the Hill of "
                                                 "the plain folk in tales, fell",),
              counter=("Kell, also known as ⟦Kelle of the Hill⟧, fell",)),
    Rejection(name="known-as-unnamed", reason="another name ('formerly', 'better', 'locally' known "
              "as) of a thing the sentence does not name: its main name is elsewhere, the entry "
              "would say nothing", examples=("⟦The town was formerly known as Port Arden⟧.",
                                             "The treaty, better known as the Peace of Vell, ended it."),
              counter=("They keep an annual festival known as Varoba.",)),
    Rejection(name="known-as-anaphora", reason="'This southern grouping was known as A': a "
              "demonstrative points to what the text said before; the words say nothing of A",
              examples=("The men of the south joined. ⟦This southern group was known as Force "
                        "Kell⟧.",),
              counter=("They keep an annual festival known as Varoba.",)),
    Rejection(name="known-as-place-qualifier", reason="'a house in Tarnby, Vellshire, now known "
              "as Kell Hall': the name between two commas qualifies the name before it; the "
              "other name is of the thing the sentence is about",
              examples=("They held the bridge at Tarnby, ⟦Vellshire, now known as Kell Crossing⟧, "
                        "all day.",),
              counter=("The tanks knocked out a K-7 at Kellmouth, also called Vellhaven.",
                       "His house in Tarnby, Vellshire, now known as Kell Hall, is a museum.")),
    Rejection(name="as-called-unnamed", reason="'the \"iron frogs\", as the sailors called them': "
              "a nickname whose sentence does not name what it is of (no apposition before it) "
              "would say only who used it",
              examples=("Despite it, the ⟦\"iron frogs\", as the sailors called them⟧, sailed.",),
              counter=("The ferries, the \"iron frogs\", as the sailors called them, sailed.",)),
    Rejection(name="known-as-bare-genus", reason="'This belief came to be known as A': the "
              "idea is said in the sentence before ('a belief that Vask never died'); 'a belief' "
              "alone is a genus that defines nothing",
              examples=("Sailors said Vask never died. ⟦This belief came to be known as the "
                        "Walrus Legend⟧.",),
              counter=("Sailors held a belief, in the north, that Vask never died. This belief "
                       "came to be known as the Walrus Legend.",)),
    Rejection(name="label-bare-bracket", reason="a bare name in the brackets of a heading or an "
              "infobox value is a region, an office or a qualifier unless the text says what such "
              "brackets hold", examples=("Rain fell.\n== Storm Kell (⟦Amang⟧) ==\nIt rained.",),
              counter=("Local names are given in parentheses.\n== Storm Kell (⟦Amang⟧) ==\nIt "
                       "rained.",)),
    Rejection(name="term-person", reason="a commander's bare bracket is an office or a full "
              "name: the biographies hold them, not the glossary", people=("Wu",),
              examples=("Governor Wu (Wu Zhongxin) resigned.",),
              counter=("The Ili Rebellion (Three Province Rebellion) began.",)),
))


# --- what the text says its brackets hold ---------------------------------------------------

# 'PAGASA names for storms are provided in parentheses', 'Local names are given in brackets':
# the words before 'names' say whose names the brackets of the headings hold.
_DECLARED = re.compile(
    r"(?:^|(?<=[.!?;:]\s)|(?<=\n))(?:[Tt]he\s+|[Tt]heir\s+)?"
    r"(?P<label>(?:[A-Z][\w.'’-]*\s+){1,3}|[a-z][\w-]+\s+)?names?"
    r"(?:\s+(?:for|of)\s+(?:the\s+|its\s+|their\s+)?[a-z]+(?:\s+[a-z]+)?)?"
    r"\s+(?:are|is)\s+(?:also\s+)?(?:given|provided|shown|listed|indicated|noted|written|placed)"
    r"\s+in\s+(?:parentheses|brackets|round\s+brackets)\b")

DECLARATIONS = Table("glossary.declarations", "sentences that say what the brackets of the "
                     "headings hold: a heading's bare bracket is read as a name only after one", (
    Find(name="declared-brackets", reason="the text itself says whose names its brackets hold",
         pattern=_DECLARED,
         examples=("It rained. ⟦PAGASA names for storms are provided in parentheses⟧.",
                   "⟦Local names are given in brackets⟧.",
                   "Two lists exist. ⟦The Kell Office names are shown in parentheses⟧ below."),
         counter=("Figures in parentheses are estimates.", "Names are listed in alphabetical order.",
                  "Their names are given in the table.")),
))

TABLES = (DEFINITIONS, NOT_A_DEFINITION, NOT_AN_ALIAS, NOT_A_TERM, NOT_A_NAME, REJECTIONS,
          DECLARATIONS)
