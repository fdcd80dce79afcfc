"""Which referents get a heading: those the text discusses (EXTRACTION.md, Index).

A referent the other appendices know (an infobox commander, a name the glossary explains), a
numbered unit, a name whose head noun says what it is, a person named with a sign of it, a name
the text uses at least twice, or once as the subject or object of a verb: a heading. Not the
book's own subject, a month or a language, a rank or a title alone, an acronym never spelt out,
a battalion without its regiment, a word the text capitalises only where a sentence opens, a
word used only to describe the noun after it ('Roman troops'), a name mentioned once in passing.
Precision first: when unsure, no heading (EXTRACTION.md)."""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from fontTools import unicodedata as ucd

from ...scripts import language_tag
from . import kinds
from .kinds import head_of
from .names import identity
from .referents import SAMPLE, Referent, Use
from .cues import PLACE_CUES
from .usage import Usage

_COMMON = frozenset((*lexicon.MONTHS, *lexicon.WEEKDAYS, *lexicon.NOT_ACRONYMS, *lexicon.ERAS,
                     "English", "I"))
_TITLE_WORDS = frozenset(w for t in (*lexicon.TITLES, *lexicon.RANKS) for w in t.split())
_TITLES = frozenset(t for t in (*lexicon.TITLES, *lexicon.RANKS) if " " not in t)
_PLACE_NOUNS = frozenset(lexicon.PLACE_NOUNS)
_DEMONYM = re.compile(f"(?:{'|'.join(lexicon.DEMONYM_ENDINGS)})$")
_ACRONYM = re.compile(r"[A-Z][A-Z.&]+s?")
# Two names joined by a hyphen or a dash ('Changnyong-Yongsan'): before a noun, a route or a
# front between two places ('the Yongsan-Naktong River road'), not a third place.
_JOINED = re.compile(r"[A-Z][\w'’]+(?:[-–][a-z]+)?(?:[-–][A-Z][\w'’]+)+(?:[-–][a-z]+)?")
_SUFFIXES = frozenset(lexicon.NAME_SUFFIXES)
# What a title is given by: 'the title of Augusta', 'the rank of Tarnae', 'declared Caesar'.
_TITLE_GIVEN = re.compile(r"(?:\b(?:title|titles|rank|style|dignity) of|\bdeclared) $")
# Sources of names the infobox lists (infobox.py): the refusals still judge a belligerent, a
# unit ('Mongols' may be a people) or a place ('Hebrew' in 'Vella (Hebrew)'), not the war the
# subject is part of.
_BOXED = ("side", "part-of", "infobox")
_JUDGED = ("side", "infobox")


def verdict(r: Referent, usage: Usage, subject: frozenset[str]) -> str:
    """The HEADING rule that gives the referent a heading, or the REFUSED rule that does not."""
    refused = _refused(r, usage, subject)
    words = r.words
    if refused or r.source == "commander":
        return refused or "index.heading.commander"
    if r.source == "side" and len(words) > 1 and usage.lower_case(words[-1]) and \
            head_of((*words[:-1], words[-1].capitalize())) is None:
        return "index.refused.common-noun"        # 'Aerial Support' beside 'support'
    if r.source in _BOXED:
        return f"index.heading.{r.source}"
    named, discussed = _named(r, usage)
    if not named:
        return "index.refused.describing"
    if r.source:
        return f"index.heading.{r.source}"
    if r.unit is not None or kinds.unit(words):
        return "index.heading.unit"
    if any(u.rule == "index.mention.ship" for u in r.uses):
        return "index.heading.head-noun"
    if len(words) > 1 and head_of(words):
        return "index.heading.head-noun"
    if len(words) == 1 and all(u.mention.initial for u in named):
        return "index.refused.sentence-start"
    if r.person:
        return "index.heading.person"
    if _common_noun(words, usage):
        return "index.refused.common-noun"
    if len(named) >= 2 and (discussed or len(words) > 1):
        return "index.heading.repeated"
    if discussed and _inflected_common(words, usage):
        return "index.refused.common-noun"
    if discussed:
        return "index.heading.once"
    return "index.refused.in-passing"


def _named(r: Referent, usage: Usage) -> tuple[list[Use], list[Use]]:
    """The uses that name the referent rather than describe a noun, and of them those that are
    the subject or object of a verb (or a possessive), or a designation ('UB-14'). A word, or an
    adjective of nationality, used before a noun three times out of four describes even where it
    stands alone ('killed the North Korean', 'a Muslim'): none then (not 'UN forces'); so does
    one word of nationality used before a noun half the time ('the Orrinese'). A
    name used before place nouns only is a place's ('the Samnangjin area'): all its uses count."""
    nouns = [describing(u, r, usage) for u in r.uses]
    if nouns and all(n in _PLACE_NOUNS for n in nouns if n):
        named = list(r.uses)
    else:
        named = [u for u, n in zip(r.uses, nouns) if not n]
        described = len(r.uses) - len(named)
        one = len(r.words) == 1 and not kinds.institution(r.words)
        demonym = bool(_DEMONYM.search(r.words[-1]))
        if described > 3 * len(named) and (demonym or one) or \
                one and demonym and described >= len(named):
            return [], []
    designation = kinds.designator(r.words[-1])
    kept = {id(u) for u in named}
    discussed = [u for u, n in zip(r.uses, nouns) if id(u) in kept and (
        n or designation or u.mention.possessive or
        usage.subject_or_object(u.mention.start, u.mention.end))]
    return named, discussed


def _refused(r: Referent, usage: Usage, subject: frozenset[str]) -> str:
    """A REFUSED rule that holds whatever the uses ('' when none)."""
    words = r.words
    if identity(r.name) in subject or r.acronym and identity(r.acronym) in subject:
        return "index.refused.subject"
    if r.source and r.source not in _JUDGED:
        return ""
    if r.name in _COMMON or len(r.name) < 2 or _language(r.name) or r.name in _SUFFIXES \
            or re.fullmatch(r"[A-Z][a-z]{0,3}\.", r.name):
        return "index.refused.common-word"
    if _JOINED.fullmatch(words[0]) and any(describing(u, r, usage) for u in r.uses):
        return "index.refused.describing"
    if _office(words) and not r.person or all(w in _TITLE_WORDS for w in words) or \
            len(words) > 2 and words[0] in _TITLES and words[1] == "of":
        return "index.refused.title-alone"
    if kinds.generic(words) and not kinds.institution(words):
        return "index.refused.title-alone"
    if r.uses and not r.person and all(_TITLE_GIVEN.search(usage.text, max(0, u.mention.start - 12),
                                                u.mention.start) for u in r.uses):
        return "index.refused.title-given"
    if kinds.sub_unit(words):
        return "index.refused.sub-unit"
    if kinds.several_units(words):
        return "index.refused.several-units"
    if _people(r, usage):
        return "index.refused.people"
    if len(words) == 1 and _ACRONYM.fullmatch(words[0]) and not kinds.designator(words[0]):
        return "index.refused.unexpanded"
    return ""


def describing(u: Use, r: Referent, usage: Usage) -> str:
    """The noun this use of a name describes ('troops' in 'Roman troops', 'US forces'; 'title'
    for words before a rank: 'Salar Muslim General Han Youwen'), or '' when it names. Never for a person, or a name whose head says what it is ('the Naktong River
    line') or a person named in full, unless it joins two names ('the Changnyong-Yongsan
    road')."""
    m = u.mention
    if m.describes:
        return "title"
    noun = "" if m.possessive or r.person and len(r.words) > 1 else usage.noun_after(m.end)
    return noun if noun and (head_of(m.words) is None or _JOINED.fullmatch(m.words[0])) else ""


def _office(words: tuple[str, ...]) -> bool:
    """A name that ends in a title, or its plural, before any 'of': an office ('Roman Emperor',
    'Praetorian Prefect', 'Massachusetts Congressmen'; not 'Year of the Four Emperors')."""
    last = words[words.index("of") - 1] if "of" in words[1:] else words[-1]
    return last in _TITLES or last.endswith("s") and last[:-1] in _TITLES or \
        last.endswith("men") and last[:-3] + "man" in _TITLES


def _inflected_common(words: tuple[str, ...], usage: Usage) -> bool:
    """A singular named once that the text writes in lower case as a plural ('One Woman's
    Struggle', a title, beside 'women'): a common noun in title case. Not the other way: 'the
    Allies' beside 'ally' is a name."""
    if len(words) != 1:
        return False
    w = words[0].lower()
    forms = {w + "s", w + "es", w[:-1] + "ies" if w.endswith("y") else "",
             w[:-3] + "men" if w.endswith("man") else ""}
    return any(f and usage.lower_case(f) for f in forms)


def _common_noun(words: tuple[str, ...], usage: Usage) -> bool:
    """A word the text also writes in lower case ('Emperors' beside 'emperors'), a plural it
    does at the end of a name without a head ('National Artists'), a hyphenated word whose last
    part it does ('U-boat'): a common noun capitalised."""
    last = words[-1]
    tail = re.fullmatch(r"[A-Z][\w']*-([a-z]+)", last)
    if tail and usage.lower_alone(tail.group(1)):
        return True                # 'U-boat' beside 'boat'
    if len(words) == 1:
        return usage.lower_case(last) and not kinds.institution(words)
    return last.endswith("s") and usage.lower_case(last) and head_of(words) is None


def _people(r: Referent, usage: Usage) -> bool:
    """A people named by its adjective after 'the' ('the British'), or a people or a family
    named by a plural whose singular the text uses too ('the North Koreans' beside 'North
    Korean troops', 'the Germans' beside 'German Army', 'the Gores'):
    a group of the story, not a referent a reader looks up; unless it is a place the text goes
    to ('in the Philippines')."""
    name = r.name
    sample = r.uses[:SAMPLE]
    place = sum(1 for u in sample if PLACE_CUES.first(usage.text, u.mention.start, u.mention.end))
    if place * 2 >= len(sample):
        return False                 # 'in the Philippines', 'across the Baltic'
    if re.fullmatch(r"[A-Z][a-z]+", name) and _DEMONYM.search(name) and sum(
            usage.text.endswith("the ", 0, u.mention.start) for u in sample) * 2 >= len(sample):
        return True                  # 'the British', 'the Japanese': a people
    return usage.plural_of_used(name)


_STAGE = re.compile(rf"{lexicon.alternation(lexicon.LANGUAGE_STAGES)}\s+([A-Z][a-z]+)")


@lru_cache(maxsize=4096)
def _language(name: str) -> bool:
    """'Latin', 'Uyghur', 'Cyrillic': a script, or a major language (one with a two-letter ISO
    639-1 code, whose name doubles as an adjective), not a place or a people ('Kham' is a
    region as well as a minor language); a stage or a variety of one ('Low German', 'Middle
    Persian')."""
    stage = _STAGE.fullmatch(name)
    if stage:
        return _language(stage.group(1))
    if " " in name:
        return False
    try:
        if ucd.script_code(name) != "Zzzz":
            return True
    except (KeyError, ValueError):
        pass
    tag = language_tag(name)
    return tag is not None and len(tag.split("-")[0]) == 2


def subject_key(title: str, describes) -> frozenset[str]:
    """The identities of the book's subject: its title without a parenthesis ('Dungan Revolt
    (1862–1877)' is the Dungan Revolt), nor the words that describe the name in it ('German
    Type UB I submarine' is Type UB I); as written, without a leading year ('1901 Vell
    uprising'), and before an 'in' ('Vell rebellion in Marr')."""
    full = re.sub(r"\s*\([^()]*\)\s*$", "", title)
    words = full.split()
    while len(words) > 1 and words[-1].islower():
        words.pop()
    while len(words) > 1 and words[0][:1].isupper() and words[1] != "of" and describes(words[0]):
        words.pop(0)                 # not 'Code' of 'Code of Vell': a head, then its 'of'
    forms = {" ".join(words), full, re.sub(r"^\d+\s+", "", full), full.split(" in ")[0]}
    return frozenset(identity(f) for f in forms if f.strip())
