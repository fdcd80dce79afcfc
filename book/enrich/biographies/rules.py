"""The Commanders appendix's rules (EXTRACTION.md, Biographies), as tables a reviewer reads.

- COMMAND: where the text states that a person held command (read only without an infobox).
- NOT_A_COMMANDER: why a name found by a COMMAND rule is not a person.
- MENTION: how a sentence names a commander; the rule a fact's provenance names.
- NOT_A_MENTION: why a commander's name, or a word of it, in a sentence is not them.
- ROLES and RELATIONS: titles, appositions and kin the text gives a mentioned commander.
- FATES: what became of a commander; NOT_A_FATE: why a fate verb after a name is not theirs.

Every example runs the appendix on a small article of its own: 'COMMANDERS | TEXT', the
infobox's commanders before the bar (no bar: an article without an infobox). The phrase between
⟦ ⟧, or the one after '→', is what the rule must decide: a person it lists, a sentence it files
as a fact, a role, a relation or a fate it gives, or a phrase it turns down."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ... import lexicon
from ..rules import Rule, Table, unmark

# How the examples run the appendix: set by the package (it imports this module).
RUN: dict[str, Callable] = {}

CAP = r"[A-Z\u00C0-\u024F][\w'’-]*"
TITLE = lexicon.alternation([*lexicon.RANKS, *lexicon.TITLES])
RANK = lexicon.alternation(lexicon.RANKS)
ROLE_NOUN = lexicon.alternation(lexicon.ROLE_NOUNS)
RELATION = lexicon.alternation(lexicon.RELATIONS)
_MONTH_OR_DAY = lexicon.alternation([*lexicon.MONTH_NAMES, *lexicon.WEEKDAYS])


def _words(words) -> str:
    return lexicon.alternation(words)


@dataclass(frozen=True, kw_only=True)
class Cue(Rule):
    """A rule of the Commanders appendix: a pattern and, where a pattern cannot say it all, a
    test (`when`, or `take` that returns what the rule extracts); `rank` orders fates."""

    pattern: re.Pattern | None = None
    when: Callable[..., bool] | None = None
    take: Callable[..., str | None] | None = None
    rank: int = 0

    def fires(self, example: str) -> bool:
        text, wanted = example, None
        if " → " in example:
            text, wanted = example.split(" → ", 1)
        text, start, end = unmark(text)
        span = None
        if wanted is None and start is not None:
            wanted, span = text[start:end], (start, end)
        return self.name in RUN["decided"](text, wanted, span)


# --- command stated in the text -------------------------------------------------------------

_PARTICLE = _words(lexicon.SURNAME_PARTICLES + lexicon.PATRONYMIC_PARTICLES)
_NAME_WORD = rf"(?:[A-Z]\.|{CAP})"
# A person's name as a run of capitalised words and initials (particles between them); the
# rank or title at its head is split off afterwards (commanders.py).
NAME = rf"(?P<name>{_NAME_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_NAME_WORD})*)"
_RANKED = rf"(?:(?P<rank>{RANK})\s+)?"
_COMMANDED = rf"(?:{_words(lexicon.UNIT_HEADS)}|(?i:{_words(lexicon.COMMANDED_NOUNS)}))"
# 'command' as the thing held, not a noun's modifier ('the command post', 'command tent').
_COMMAND_ENDS = r"(?=\s+(?:of|and|from|on|at|in|after|when|until|over)\b|\s*[,.;]|\s*$)"
_NOT_OF = r"(?:(?!of\b|and\b|or\b)[\w'’-]+\s+)"

COMMAND = Table("biographies.command", "where the text states that a person held command "
                "(an article without an infobox lists only them)", (
    Cue(name="command-led-by-rank", reason="'led by' a ranked officer states command",
        pattern=re.compile(rf"\bled\s+by\s+(?:the\s+)?(?P<rank>{RANK})\s+{NAME}"),
        examples=("The defenders were led by General ⟦Ann Lee⟧.",),
        counter=("The town was led by ⟦Ann Lee⟧ for a decade.",)),
    Cue(name="command-unit-led-by", reason="a unit or a force 'led by' someone is under their "
        "command", pattern=re.compile(rf"\b{_COMMANDED},?\s+led\s+by\s+(?:the\s+)?{_RANKED}{NAME}"),
        examples=("The Red Guard, led by ⟦Ann Lee⟧, held the gate.",
                  "Rebel forces led by ⟦Bo Tan⟧ took the fort."),
        counter=("A plot led by ⟦Ann Lee⟧ failed.",)),
    Cue(name="command-under-command-of", reason="'under the command of X' names the commander",
        pattern=re.compile(rf"\bunder\s+(?:the\s+)?(?:(?:overall|direct|joint|personal)\s+)?"
                           rf"command\s+of\s+(?:the\s+)?{_RANKED}{NAME}"),
        examples=("The fleet sailed under the command of ⟦Ann Lee⟧.",),
        counter=("The fleet sailed under ⟦Ann Lee⟧'s flag.",)),
    Cue(name="command-under-rank", reason="serving 'under' a ranked officer is under their "
        "command", pattern=re.compile(rf"\bunder\s+(?P<rank>{RANK})\s+{NAME}"),
        examples=("The regiment fought under Colonel ⟦Ann Lee⟧.",),
        counter=("The regiment fought under ⟦Ann Lee⟧'s eye.",)),
    Cue(name="command-commanded", reason="'X commanded' a unit, a force or a ship",
        pattern=re.compile(rf"{_RANKED}{NAME}\s+(?:(?:also|then|later|personally|jointly)\s+)?"
                           rf"commanded\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?"
                           rf"(?:[\w'’-]+\s+){{0,4}}?{_COMMANDED}\b"),
        examples=("⟦Ann Lee⟧ commanded the left wing.",),
        counter=("⟦Ann Lee⟧ commanded the respect of the court.",)),
    Cue(name="command-commanding", reason="'X, commanding the …' states command",
        pattern=re.compile(rf"{_RANKED}{NAME},?\s+(?:then\s+)?commanding\s+(?:the|a|an|his|her)\b"),
        examples=("Colonel ⟦Ann Lee⟧, commanding the 4th Foot, held the ford.",),
        counter=("The hill gave ⟦Ann Lee⟧ a commanding view.",)),
    Cue(name="command-commander-apposition", reason="'X, the commander of …' or 'X, the "
        "regimental commander' says what X was",
        pattern=re.compile(rf"{_RANKED}{NAME},\s+(?:(?:the|a|an|then|its|their)\s+{_NOT_OF}{{0,3}}?|"
                           rf"(?:{CAP}\s+){{0,3}})(?i:commander)\b(?!['’]s)"),
        examples=("⟦Ann Lee⟧, the garrison commander, held the ford.",
                  "⟦Bo Tan⟧, commander of the fleet, sailed.",
                  "General ⟦Bo Tan⟧, Assistant Division Commander, rode."),
        counter=("⟦Ann Lee⟧, the son of the commander, rode.",
                 "He asked ⟦Ann Lee⟧, to become the commander of a troop.")),
    Cue(name="command-commander-before", reason="'the division commander (General) X' names a "
        "commander by his command",
        pattern=re.compile(rf"\bcommander,?\s+(?:the\s+)?{_RANKED}{NAME}"),
        examples=("The division commander Major General ⟦Ann Lee⟧ rode up.",),
        counter=("The commander's aide ⟦Ann Lee⟧ rode up.",)),
    Cue(name="command-in-command", reason="'X was in command (of …)' or 'placed X in command'",
        pattern=re.compile(rf"{_RANKED}{NAME},?\s+(?:(?:was|remained|stayed)\s+(?:still\s+)?)?"
                           rf"in\s+(?:overall\s+|sole\s+)?command\b"),
        examples=("⟦Ann Lee⟧ was in command of the ford.",
                  "The king placed ⟦Bo Tan⟧ in command of the reserve."),
        counter=("⟦Ann Lee⟧ was in the command post.",)),
    Cue(name="command-took-command", reason="taking or assuming command states it",
        pattern=re.compile(rf"{_RANKED}{NAME}(?:,[^,;.]{{3,60}},)?\s+(?:then\s+|later\s+|soon\s+)?"
                           rf"(?:assumed|took(?:\s+over)?|was\s+given|received)\s+(?:the\s+)?command{_COMMAND_ENDS}"),
        examples=("⟦Ann Lee⟧ assumed command of the company.",
                  "⟦Bo Tan⟧, a clerk of the depot, took command of the rest."),
        counter=("⟦Ann Lee⟧ took the command post.",)),
    Cue(name="command-passed-to", reason="command 'passed to' someone makes them commander",
        pattern=re.compile(rf"\bcommand\s+(?:\w+\s+){{0,2}}?(?:passed|fell|went|devolved)\s+"
                           rf"(?:\w+\s+)?to\s+(?:the\s+)?{_RANKED}{NAME}"),
        examples=("The command passed then to Captain ⟦Ann Lee⟧.",),
        counter=("The message passed to ⟦Ann Lee⟧.",)),
))


def _function_word(name: str, rank: str | None = None) -> bool:
    return name.split()[0].casefold() in lexicon.FUNCTION_WORD_SET


def _not_a_name(name: str, rank: str | None = None) -> bool:
    """A head noun of a place, a unit, a body or an event, or a month, with no rank before it
    (Colonel John Hill is a man): a name of no person."""
    last = name.split()[-1] if name and not rank else ""
    return last in (*lexicon.PLACE_HEADS, *lexicon.UNIT_HEADS, *lexicon.ORGANISATION_HEADS,
                    *lexicon.EVENT_HEADS) or bool(re.fullmatch(_MONTH_OR_DAY, last))


def _title_alone(name: str, rank: str | None = None) -> bool:
    return not name or bool(re.fullmatch(rf"(?:{TITLE}\s*)+", name))


NOT_A_COMMANDER = Table("biographies.not-a-commander", "why a name a COMMAND rule found is not "
                        "a person", (
    Cue(name="commander-pronoun", reason="a pronoun or a function word is no name",
        when=_function_word, examples=("⟦He⟧ commanded the left wing.",),
        counter=("⟦Ann Lee⟧ commanded the left wing.",)),
    Cue(name="commander-not-a-person", reason="a place, a unit, a body or a month names no one",
        when=_not_a_name, examples=("The van was under the command of ⟦Lee Fort⟧.",),
        counter=("The van was under the command of ⟦Ann Lee⟧.",
                 "The van was under the command of Colonel ⟦John Hill⟧.")),
    Cue(name="commander-title-alone", reason="a title with no name after it names no one",
        when=_title_alone, examples=("The fleet sailed under the command of the ⟦Emperor⟧.",),
        counter=("The fleet sailed under the command of Captain ⟦Ann Lee⟧.",)),
))


# --- mentions ---------------------------------------------------------------------------------

MENTION = Table("biographies.mention", "how a sentence names a commander (a sentence that "
                "names one is a fact about them)", (
    Cue(name="mention-full-name", reason="the whole name, or a two-word form of a longer name "
        "that no other commander shares",
        examples=("Ann Lee, Bo Tan | ⟦Ann Lee crossed the ford.⟧",
                  "Ishaq Beg Munonov | ⟦Ishaq Beg rode north.⟧"),
        counter=("Ann Lee, Bo Tan | Ann Lee rode. ⟦Lee crossed the ford.⟧",)),
    Cue(name="mention-one-word", reason="one word of the name, the first or last of a longer "
        "one, that only this commander's name has",
        examples=("Ann Lee, Bo Tan | Ann Lee rode. ⟦Lee crossed the ford.⟧",),
        counter=("Ann Lee, Bo Tan | ⟦Ann Lee crossed the ford.⟧",)),
    Cue(name="mention-shared-word", reason="a word several commanders' names share stands for "
        "the one named in full before it in the section, when no other bearer is named there",
        examples=("Ma Bufang, Ma Hushan | Ma Bufang rode. ⟦Ma helped the town.⟧",),
        counter=("Ma Bufang, Ma Hushan | ⟦Ma Bufang rode.⟧",)),
))

_NAMED_AFTER = re.compile(rf"\s+{_words(lexicon.NAMED_AFTER_NOUNS)}\b")
_FAMILY = re.compile(rf"\s+{_words(lexicon.FAMILY_NOUNS)}\b")
ACTS = re.compile(rf"\s+(?:[a-z]+ed|{_words(lexicon.ACTION_VERBS)})\b")
_PLACE_HEAD = frozenset(lexicon.PLACE_HEADS)


def _longer_name(text: str, start: int, end: int) -> bool:
    """A short form right after a capitalised word that is no title, with no article before
    it, or right before a capitalised word: 'Daulat Khan Lodi' holds 'Khan Lodi', 'Gnaeus
    Domitius Ahenobarbus' holds 'Gnaeus Domitius', and each is another man."""
    word = re.search(rf"(\b(?:the|a|an)\s+)?\b({CAP})\s+$", text[:start])
    if word and not word.group(1) and not re.fullmatch(TITLE, word.group(2)):
        return True
    return re.match(rf"\s+[A-Z][a-z]", text[end:end + 3]) is not None


def _titled(text: str, start: int) -> bool:
    return re.search(rf"(?:{TITLE})\s+$", text[:start]) is not None


def _possessive(text: str, end: int) -> bool:
    return re.match(r"['’]s\b", text[end:end + 3]) is not None


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Followed by a capitalised word (unless titled or possessive), or by an initial."""
    return re.match(r"\s+[A-Z]\.", text[end:end + 4]) is not None or (
        not _possessive(text, end) and not _titled(text, start) and
        re.match(rf"\s+{CAP}", text[end:end + 40]) is not None)


def _place(text: str, start: int, end: int) -> bool:
    return re.search(r"\b(?:at|in|near|into|outside|to|from)\s+$", text[:start]) is not None \
        and not _titled(text, start) and not _possessive(text, end)


def _family(text: str, start: int, end: int) -> bool:
    return not _possessive(text, end) and _FAMILY.match(text, end) is not None


def _numbered(text: str, start: int, end: int) -> bool:
    return re.match(r"\s+\d", text[end:end + 3]) is not None


def _place_word(text: str, start: int, end: int) -> bool:
    return text[start:end] in _PLACE_HEAD and not _titled(text, start) and \
        re.search(rf"\b{CAP}\s+$", text[:start]) is not None


def _group_use(text: str, start: int, end: int, risky: frozenset[str] = frozenset()) -> bool:
    """An ethnonym or a group word ('the Han', 'Han civilians') unless titled or acting."""
    if text[start:end] not in risky or _titled(text, start):
        return False
    acting = ACTS.match(text, end) is not None and not re.search(
        r"\b(?:the|ethnic|against|of|many|some)\s+$", text[:start])
    return not acting


def _ex(commanders: str, text: str) -> str:
    return f"{commanders} | {text}"


NOT_A_MENTION = Table("biographies.not-a-mention", "why a commander's name, or a word of it, "
                      "in a sentence is not that commander (the order is the order of judging)", (
    Cue(name="not-a-mention-event", reason="a name before 'rebellion', 'dynasty', 'clan' names "
        "an event or a body", pattern=_NAMED_AFTER,
        examples=(_ex("Ren Holt", "The ⟦Ren Holt⟧ rebellion was a civil war."),),
        counter=(_ex("Ren Holt", "⟦Ren Holt⟧ rebelled."),)),
    Cue(name="not-a-mention-longer-name", reason="a short form inside a longer name is another "
        "person ('Daulat Khan Lodi' for Mahmud Khan Lodi)", when=_longer_name,
        examples=(_ex("Ivo Marr Sand", "Dag ⟦Marr Sand⟧, governor of the coast, invited him."),),
        counter=(_ex("Ivo Marr Sand", "General ⟦Marr Sand⟧ invited him."),)),
    Cue(name="not-a-mention-unit", reason="a name after a unit's head noun names the unit "
        "('Task Force Lee')", pattern=re.compile(rf"\b{_words(lexicon.UNIT_HEADS)}\s+$"),
        examples=(_ex("Ann Lee", "Ann Lee rode. Task Force ⟦Lee⟧ held the ford."),),
        counter=(_ex("Ann Lee", "Ann Lee rode. ⟦Lee⟧ held the ford."),)),
    Cue(name="not-a-mention-in-a-name", reason="a word followed by another capitalised word is "
        "part of another name ('Hong Kong', 'Ma Clique')", when=_in_longer_name,
        examples=(_ex("Ann Lee", "⟦Lee⟧ Harbour was quiet."),
                  _ex("Ann Lee", "Ann Lee rode. Private ⟦Ann⟧ B. Dorr fell.")),
        counter=(_ex("Ann Lee", "Ann Lee rode. ⟦Lee⟧ crossed."),)),
    Cue(name="not-a-mention-sovereign", reason="a name with a regnal number is a sovereign's",
        pattern=re.compile(r"\s+(?=[IVX]+\b)"),
        examples=(_ex("Ada Voss", "Emperor ⟦Ada⟧ I appointed the council."),),
        counter=(_ex("Ada Voss", "Ada Voss rode. ⟦Ada⟧ appointed the council."),)),
    Cue(name="not-a-mention-name-part", reason="a word after another word of the same name "
        "belongs to someone else's full name ('Dag Marr Sand')",
        examples=(_ex("Ivo Marr Sand", "Dag Marr ⟦Sand⟧ invited him."),),
        counter=(_ex("Ivo Marr Sand", "Ivo Marr Sand rode. Then ⟦Sand⟧ invited him."),)),
    Cue(name="not-a-mention-clan", reason="'the Oda' names the clan or the house",
        pattern=re.compile(rf"\bthe\s+(?:{CAP}\s+and\s+)?$"),
        examples=(_ex("Oda Ren", "In 1582 the Holt and ⟦Oda⟧ invaded the valley."),),
        counter=(_ex("Oda Ren", "Oda Ren rode. ⟦Oda⟧ invaded the valley."),)),
    Cue(name="not-a-mention-place", reason="after 'at', 'in', 'near' a bare word is a place",
        when=_place, examples=(_ex("Ann Lee", "Ann Lee rode. The army camped at ⟦Lee⟧."),),
        counter=(_ex("Ann Lee", "Ann Lee rode. The army camped with ⟦Lee⟧."),)),
    Cue(name="not-a-mention-numbered", reason="a word before a number is a numbered thing "
        "('Hill 284')", when=_numbered,
        examples=(_ex("John Hill", "John Hill rode. The men took ⟦Hill⟧ 284."),),
        counter=(_ex("John Hill", "John Hill rode. ⟦Hill⟧ took it."),)),
    Cue(name="not-a-mention-place-word", reason="a name word that is a place's head noun, after "
        "a capitalised word, is that place ('Cloverleaf Hill')", when=_place_word,
        examples=(_ex("John Hill", "John Hill rode. They held Clover ⟦Hill⟧."),),
        counter=(_ex("John Hill", "John Hill rode. They held ⟦Hill⟧'s line."),
                 _ex("John Hill", "John Hill rode. Colonel ⟦Hill⟧ went forward."))),
    Cue(name="not-a-mention-group", reason="a word the text also uses for a people or a group "
        "('the Han', 'Han civilians') stands for a person only with a title or a verb after it",
        when=_group_use,
        examples=(_ex("Han Youwen", "The Han civilians fled. Han Youwen rode. The army feared "
                                    "many ⟦Han⟧."),),
        counter=(_ex("Han Youwen", "The Han civilians fled. Han Youwen rode. General ⟦Han⟧ "
                                   "held the town."),)),
    Cue(name="not-a-mention-family", reason="a family name before 'clan', 'forces', 'men' names "
        "the family or its men", when=_family,
        examples=(_ex("Mori Ren", "Mori Ren rode. ⟦Mori⟧ men withdrew."),),
        counter=(_ex("Mori Ren", "Mori Ren rode. ⟦Mori⟧ withdrew."),)),
    Cue(name="not-a-mention-other-bearer", reason="a shared word is nobody's when another "
        "bearer is named in the same section",
        examples=(_ex("Oda Shigemasa, Mori Shigemasa", "Oda Shigemasa and Mori Shigemasa met. "
                      "⟦Shigemasa⟧ then attacked."),),
        counter=(_ex("Oda Shigemasa, Mori Shigemasa", "Oda Shigemasa met the envoy. "
                     "⟦Shigemasa⟧ then attacked."),)),
    Cue(name="not-a-mention-other-name", reason="the first word of a long name is not that "
        "person's where the section names someone else of three words opening with it "
        "('Gaius' beside Gaius Tullius Varro)",
        examples=(_ex("Gaius Marius Sulla", "Gaius Tullius Varro was his father. "
                      "⟦Gaius⟧ died young."),),
        counter=(_ex("Gaius Marius Sulla", "Gaius Marius Sulla rode. ⟦Gaius⟧ died young."),)),
    Cue(name="not-a-mention-undecided", reason="a shared word with no bearer named in full "
        "before it in the section could be any of them",
        examples=(_ex("Oda Shigemasa, Mori Shigemasa", "⟦Shigemasa⟧ then attacked."),),
        counter=(_ex("Oda Shigemasa, Mori Shigemasa", "Oda Shigemasa met the envoy. "
                     "⟦Shigemasa⟧ then attacked."),)),
))


# --- roles and relations ----------------------------------------------------------------------
# Each `take` reads a mention text[start:end] of a commander in its sentence and returns the
# role (or relation) the text gives there, or None.

def _title_before(text: str, start: int, end: int) -> str | None:
    m = re.search(rf"((?:{CAP}\.?\s+){{0,3}}(?:{TITLE}))\s+$", text[:start])
    if not m:
        return None
    role = re.sub(r"^(?:The|A|An|As|In|At|On|Under|By|With|When|While)\s+", "", m.group(1).strip())
    role = re.sub(rf"^(?:{_MONTH_OR_DAY}\s+)+", "", role)       # 'on 4 November Marshal X'
    return role if role and role.split()[0][0].isupper() else None


def _people_before(text: str, start: int, end: int) -> str | None:
    """'the Kyrgyz Ishaq Beg', 'the White Russians X and Y' (-> 'White Russian')."""
    chain = re.sub(rf"(?:{CAP}(?:\s+{CAP})*(?:,\s*|,?\s+and\s+))+$", "", text[:start])
    m = re.search(rf"\bthe\s+((?:{CAP}\s+){{1,2}})$", chain)
    if not m or re.search(rf"(?:{TITLE})\s*$", m.group(1)):
        return None
    role = m.group(1).strip()
    return role[:-1] if role.endswith("ans") else role


def _noun_before(text: str, start: int, end: int) -> str | None:
    m = re.search(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,3}}{ROLE_NOUN})\s+$", text[:start])
    if not m or re.search(r"\b(?:of|and|or|the|a|an)\s", m.group(1)):
        return None
    return m.group(1).strip()


def _apposition(text: str, start: int, end: int) -> str | None:
    m = re.match(r"(?:\s*\([^()]*\))?,\s+((?:the|a|an)\s+[^,;.()]{3,80}?)(?:\s*\([^()]*\))?"
                 r"(?=,|;|\.|\s+who\b|\s+and\s+(?:the|a|an)\s|$)", text[end:])
    if not m or re.search(r"\b(?:was|were|had|has|is|are|did)\b", m.group(1)) or re.search(
            r"\b[a-z]{3,}ed\s+(?:along|across|into|to|on|at|in|the|a|an)\b", m.group(1)) or \
            re.search(rf"\b{RELATION}\s+of\b", m.group(1)):
        return None
    return m.group(1).strip()


def _predicate(text: str, start: int, end: int) -> str | None:
    m = re.match(rf"\s+(?:was|became|served as|remained)\s+((?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?"
                 rf"(?i:{ROLE_NOUN})(?:\s+of\s+[^,;.()]{{3,50}})?)", text[end:])
    return m.group(1).strip() if m else None


def _parenthesis(text: str, start: int, end: int) -> str | None:
    m = re.match(rf"\s*\(((?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?i:{ROLE_NOUN})"
                 rf"(?:\s+of\s+[^()]{{3,40}})?)\)", text[end:])
    return m.group(1).strip() if m else None


def _as_role(text: str, start: int, end: int) -> str | None:
    m = re.search(rf"\bAs\s+({ROLE_NOUN}\s+of\s+[^,]{{3,60}}),\s+(?:(?:{CAP}\s+){{0,3}})?$",
                  text[:start])
    return m.group(1).strip() if m else None


ROLES = Table("biographies.roles", "titles and descriptions the text gives a commander where "
              "it names them (a bare title gives way to a fuller one that ends with it)", (
    Cue(name="role-title", reason="a rank or a title right before the name", take=_title_before,
        examples=("Bo Lind | At dawn on 4 November ⟦Marshal⟧ Bo Lind attacked.",),
        counter=("Bo Lind | At dawn on 4 November ⟦Bo Lind⟧ attacked.",)),
    Cue(name="role-people", reason="'the Kyrgyz X': the people or group a person belongs to",
        take=_people_before, examples=("Ishaq Beg | He met the ⟦Kyrgyz⟧ Ishaq Beg.",),
        counter=("Ishaq Beg | He met ⟦Ishaq Beg⟧.",)),
    Cue(name="role-noun", reason="'the rebel commander X': a noun of office before the name",
        take=_noun_before, examples=("Ann Lee | He met the ⟦rebel commander⟧ Ann Lee.",),
        counter=("Ann Lee | He met the son of the ⟦commander⟧ Ann Lee.",)),
    Cue(name="role-apposition", reason="'X, the warden of the ford,': an apposition after the "
        "name", take=_apposition,
        examples=("Ann Lee | Ann Lee, ⟦the warden of the ford⟧, held it.",),
        counter=("Ann Lee | Ann Lee, ⟦the nephew of Bo Tan⟧, held it.",)),
    Cue(name="role-predicate", reason="'X became the governor of …': an office as predicate",
        take=_predicate, examples=("Ann Lee | Ann Lee became ⟦the governor of the north⟧.",),
        counter=("Ann Lee | Ann Lee became ⟦the owner of a mill⟧.",)),
    Cue(name="role-parenthesis", reason="'X (governor of Y)': an office in brackets",
        take=_parenthesis, examples=("Ann Lee | Ann Lee (⟦governor of the north⟧) held it.",),
        counter=("Ann Lee | Ann Lee (⟦1760–1820⟧) held it.",)),
    Cue(name="role-as", reason="'As governor of Y, X …': an office the sentence opens with",
        take=_as_role, examples=("Ann Lee | As ⟦governor of the north⟧, Ann Lee held it.",),
        counter=("Ann Lee | As ⟦a child⟧, Ann Lee held it.",)),
))


def untitled(name: str) -> str:
    """A name without the titles before it ('General Ma Bufang' -> 'Ma Bufang')."""
    return re.sub(rf"^(?:(?:{TITLE})\s+)+", "", name.strip())


def _relation_after(text: str, start: int, end: int) -> str | None:
    after = text[end:]
    m = re.match(rf"[^.;]*?\b(?:the\s+|a\s+)?({RELATION})\s+of\s+((?:{CAP}\s?){{1,4}})", after)
    if m and after.startswith(",") and not re.search(r"\b(?:was|were)\b", after[:m.start(1)]):
        return f"{m.group(1)} of {untitled(m.group(2))}"
    return None


def _relation_before(text: str, start: int, end: int) -> str | None:
    m = re.search(rf"((?:{CAP}\s){{0,3}}{CAP})(?:\s+and\s+his|['’]s)\s+({RELATION})\s+"
                  rf"(?:(?:{TITLE})\s+)*$", text[:start])
    return f"{m.group(2)} of {untitled(m.group(1))}" if m else None


RELATIONS = Table("biographies.relations", "kin and other ties the text states", (
    Cue(name="relation-of", reason="'X, the nephew of Y': a relation in apposition",
        take=_relation_after,
        examples=("Ann Lee | Ann Lee, the ⟦nephew of Bo Tan⟧, held it.",),
        counter=("Ann Lee | Ann Lee was the nephew of Bo Tan. → nephew of Bo Tan",)),
    Cue(name="relation-before", reason="\"Y's cousin X\", 'Y and his son X'",
        take=_relation_before,
        examples=("Ann Lee | Bo Tan's cousin Ann Lee held it. → cousin of Bo Tan",),
        counter=("Ann Lee | Bo Tan and Ann Lee held it. → cousin of Bo Tan",)),
))


# --- fates ------------------------------------------------------------------------------------

_OWN_HAND = _words(lexicon.DEATH_BY_OWN_HAND)
DEATH = rf"(?:{_OWN_HAND}|{_words(lexicon.DEATH_VERBS)})"
_WOUND = rf"(?:mortally\s+)?{_words(lexicon.WOUND_VERBS)}"
_CAPTURE = _words(lexicon.CAPTURE_VERBS)
_FLIGHT = _words(lexicon.FLIGHT_VERBS)
# A fate verb with its auxiliary ('was later executed'); the verb alone where none is needed.
FATE_VERB = re.compile(
    r"\b(?P<aux>(?:was|were|had been|is said to have been|was said to have been|"
    rf"were said to have|was said to have)\s+(?:(?:{_words(lexicon.FATE_ADVERBS)}|betrayed and)\s+)?)?"
    rf"(?P<verb>{_WOUND}|{DEATH}|{_CAPTURE}|{_FLIGHT})\b")
INTRANSITIVE = re.compile(rf"{_words(lexicon.INTRANSITIVE_FATES)}|{_OWN_HAND}")

FATES = Table("biographies.fates", "what became of a commander, said of them as the subject "
              "of a fate verb; the most final fate in the text is kept (rank 0 first)", (
    Cue(name="fate-death", reason="a death, by any hand", rank=0,
        pattern=re.compile(rf"\b{DEATH}\b"),
        examples=("Ann Lee, Bo Tan | Bo Tan held. Ann Lee was ⟦killed in 1805⟧.",
                  "Ann Lee | Ann Lee ⟦killed herself in 1810⟧."),
        counter=("Ann Lee | Ann Lee ⟦fled to the hills⟧.",)),
    Cue(name="fate-wounded", reason="a wound", rank=1, pattern=re.compile(r"\bwounded\b"),
        examples=("Ann Lee | Ann Lee was ⟦wounded at the ford⟧.",),
        counter=("Ann Lee | Ann Lee ⟦fled to the hills⟧.",)),
    Cue(name="fate-captured", reason="a capture, an arrest, a surrender or a deposition",
        rank=2, pattern=re.compile(rf"\b{_CAPTURE}\b"),
        examples=("Ann Lee | Ann Lee was ⟦captured by the scouts⟧.",),
        counter=("Ann Lee | Ann Lee ⟦fled to the hills⟧.",)),
    Cue(name="fate-fled", reason="an escape or an exile", rank=3,
        pattern=re.compile(rf"\b{_FLIGHT}\b"),
        examples=("Ann Lee | Ann Lee ⟦fled to the hills⟧.",),
        counter=("Ann Lee | Ann Lee was ⟦captured by the scouts⟧.",)),
))

# A name right before a verb, not after a preposition: another subject ('… Bo Tan was killed').
_NAME_BEFORE_VERB = re.compile(rf"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfor )(?<!\bof )"
                               rf"(?<!\bfrom ){CAP}\s+$")
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]+ed|by|against|over|with|to)\s+(?:(?:[A-Z][\w.'’-]*)\s+)*$")


def _active(c) -> bool:
    """'X killed two men': a transitive verb without 'was' is what X did; only the causative
    'had X executed' states a fate with none."""
    return not c.aux and not INTRANSITIVE.fullmatch(c.verb) and (
        bool(c.gap.strip()) or not re.search(r"\bha(?:d|ve)\s+$", c.sentence[:c.start]))


def _ambiguous_pronoun(c) -> bool:
    return bool(c.pronoun) and (c.others > 0 or re.search(rf"{CAP}\s+{CAP}", c.gap) is not None
                                or re.search(rf"\bby\s+(?:the\s+)?{CAP}(?:\s+{CAP})*\s*(?:,|\band\b)",
                                             c.gap) is not None)


def _something_else(c) -> bool:
    return re.search(r"\b(?:his|her|its|their)\s+[a-z]+\s+$|\b(?:when|whose)\b", c.gap) is not None


def _as_object(c) -> bool:
    return re.search(r"\b(?:but|and)\b", c.gap) is not None and \
        _OBJECT_BEFORE.search(c.sentence[:c.start]) is not None


def _other_clause(c) -> bool:
    checked = "" if c.pronoun else c.gap
    return re.match(r"['’]s\b", c.gap) is not None or re.search(
        r"\b(?:by|they|he|she|him|her|who|whose|which|whom|that|it)\b", checked) is not None or \
        (not c.pronoun and c.clause_ends and not re.fullmatch(r",[^.;]*,\s*", c.gap))


def _other_subject(c) -> bool:
    return (not c.pronoun and len(c.gap.split()) > 14) or \
        _NAME_BEFORE_VERB.search(c.gap) is not None


NOT_A_FATE = Table("biographies.not-a-fate", "why a fate verb after a commander's name is not "
                   "their fate (judged in this order)", (
    Cue(name="not-a-fate-active", reason="a transitive verb without 'was' is what the person "
        "did ('X killed two men')", when=_active,
        examples=("Ann Lee | Ann Lee ⟦killed⟧ two scouts.",),
        counter=("Ann Lee | The king had Ann Lee ⟦executed⟧.",)),
    Cue(name="not-a-fate-unclear-pronoun", reason="'he' or 'she' stands for the name only when "
        "the sentence names no one else before it", when=_ambiguous_pronoun,
        examples=("Ann Lee, Bo Tan | Ann Lee was distrusted by Bo Tan, and he was ⟦captured⟧.",),
        counter=("Ann Lee, Bo Tan | Ann Lee wrote a letter, and she was ⟦captured⟧.",)),
    Cue(name="not-a-fate-something-else", reason="'when his horse was killed': the verb is "
        "about something of theirs", when=_something_else,
        examples=("Ann Lee | Ann Lee fell when her horse was ⟦killed⟧.",),
        counter=("Ann Lee | Ann Lee was ⟦killed⟧.",)),
    Cue(name="not-a-fate-object", reason="a name that is the object of the sentence ('defeated "
        "X … but died') is not the one who died", when=_as_object,
        examples=("Ivo Sand | Dag Marr had defeated Ivo Sand at the ford but ⟦died⟧ in June.",),
        counter=("Ivo Sand | Ivo Sand ⟦died⟧ in June.",)),
    Cue(name="not-a-fate-other-clause", reason="the verb stands in another clause, or has "
        "another subject ('by', 'who', 'they')", when=_other_clause,
        examples=("Ann Lee | Ann Lee sent the men who were ⟦captured⟧.",),
        counter=("Ann Lee | Ann Lee, the warden, was ⟦captured⟧.",)),
    Cue(name="not-a-fate-other-subject", reason="another name stands right before the verb, "
        "or the verb is too far from the name", when=_other_subject,
        examples=("Ann Lee | Ann Lee rode out and the spy Bo Tan was ⟦captured⟧.",),
        counter=("Ann Lee | Ann Lee rode out and was ⟦captured⟧.",)),
))


INFOBOX = Table("biographies.infobox", "who the appendix lists when there is an infobox", (
    Cue(name="commander-infobox", reason="the infobox names the commanders; the text only says "
        "what they did", examples=("⟦Ann Lee⟧, Bo Tan | Ann Lee rode.",),
        counter=("⟦Ann Lee⟧ commanded the left wing.",)),
))

TABLES = (INFOBOX, COMMAND, NOT_A_COMMANDER, MENTION, NOT_A_MENTION, ROLES, RELATIONS, FATES,
          NOT_A_FATE)
