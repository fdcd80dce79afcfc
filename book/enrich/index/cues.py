"""The index's rules that judge a stretch of text where it stands: what the name grammar
refuses to read as a name, and the cues around a name that say whether it is a person's or a
place's. Near rules (book/enrich/rules.py), run by the grammar and the resolver; their tables
are listed with the others in rules.TABLES."""
from __future__ import annotations

import re

from ... import lexicon
from ..rules import Near, Table

_TITLE = lexicon.alternation((*lexicon.TITLES, *lexicon.RANKS))
_PERSON_NOUN = lexicon.alternation((*lexicon.PERSON_NOUNS, *lexicon.RELATIONS))
_KIN = lexicon.alternation(lexicon.KINSHIP)
_GIVEN = lexicon.alternation(lexicon.GIVEN_NAMES)
_LABEL = lexicon.alternation(lexicon.PARTY_LABELS)
_DEMONYM = rf"[A-Z][a-z]+(?:{lexicon.alternation(('an', 'ish', 'ese'))})"
# A plural of a profession or a people before two names ('Egyptologists Ivo Marr and …').
_PLURAL_LABEL = r"[A-Z][a-z]+(?:ists|ians|ans)"
_HEAD = lexicon.alternation((*lexicon.PLACE_HEADS, *lexicon.ORGANISATION_HEADS,
                             *lexicon.UNIT_HEADS, *lexicon.EVENT_HEADS))
_CAPITAL = r"[A-Z][a-z\u00DF-\u024F'’-]+"
# one to three capitalised words after a given name, none of them a head noun, then no more
_REST = rf"(?:[ ](?!{_HEAD}\b){_CAPITAL}){{1,3}}(?![ \u00a0]?[A-Z\d])"

# --- the grammar's refusals ---------------------------------------------------------------------
ABBREVIATION_PIECE = Near(
    name="index.abbreviation-piece",
    reason="a name never starts inside a dotted abbreviation ('S. Navy' in 'U.S. Navy')",
    before=re.compile(r"[A-Z]\.$"),
    examples=("the U.⟦S. Navy⟧ sailed",), counter=("the ⟦U.S. Navy⟧ sailed", "J. ⟦Smith⟧"))
BROKEN_WORD = Near(
    name="index.broken-word",
    reason="a word split by a stray space before an apostrophe ('Hyongp 'ung') is no name",
    after=re.compile(r"[ \u00a0]['’](?!s\b)[a-z]"),
    examples=("near ⟦Hyongp⟧ 'ung the", "the ⟦Battle of P⟧ 'ohang"),
    counter=("near ⟦Hyongp'ung⟧ the", "⟦Nero⟧ 's mother"))
TITLE_OF_PLACE = Near(
    name="index.title-of-place",
    reason="a title followed by 'of' names an office, not a person ('King of Wessex')",
    inner=re.compile(rf"{_TITLE} of"),
    examples=("the ⟦King of⟧ Wessex",), counter=("⟦King Alfred⟧ of Wessex",))
DESCRIPTOR_LABEL = Near(
    name="index.descriptor-label",
    reason="a party's, faction's or people's adjective before a person's full name describes "
           "him and is no part of the name, as a rank is not ('Federalist Caleb Strong')",
    inner=re.compile(rf"{_LABEL}|{_DEMONYM}|{_PLURAL_LABEL}"),
    after=re.compile(rf"[ ](?:{_GIVEN}{_REST}|{_CAPITAL}{_REST})"),
    when=lambda text, start, end: text[start:end] in lexicon.PARTY_LABELS or re.match(
        rf"[ ]{_GIVEN}{_REST}", text[end:end + 80]) is not None or re.fullmatch(
        _PLURAL_LABEL, text[start:end]) is not None and re.match(
        rf"[ ](?:{_GIVEN}[ ]{_CAPITAL}|{_CAPITAL}[ ]{_CAPITAL}[ ]and[ ]{_CAPITAL}[ ]{_CAPITAL})(?=[ ,.;:)]|$)",
        text[end:end + 80]) is not None and not re.match(rf"[ ](?:{_CAPITAL}[ ])?{_HEAD}\b", text[end:end + 60]),
    examples=("the ⟦Federalist⟧ Caleb Strong won", "the ⟦Democratic-Republican⟧ Ivo Marr lost",
              "the ⟦Vellan⟧ John Marr sailed", "the ⟦Egyptologists⟧ Ivo Marr and Tarn Vell wrote"),
    counter=("the ⟦Federalist⟧ Party won", "the ⟦Vellan⟧ Ivo Marr sailed",
             "the ⟦Republican⟧ National Committee met", "in the ⟦Christians⟧ Quarter of Tarn",
             "the ⟦Christians⟧ Marr Church stood", "the ⟦Veterans⟧ Affairs Vella office"))
GRAMMAR = Table("index.grammar", "stretches the name grammar refuses to read as names",
                (ABBREVIATION_PIECE, BROKEN_WORD, TITLE_OF_PLACE, DESCRIPTOR_LABEL))

# --- who or what a name names: cues around a mention -------------------------------------------
PERSON_CUES = Table("index.person", "signs around a name that it is a person's", (
    Near(name="index.person.apposition",
         reason="a name followed by a role or a kinship in apposition ('X, the governor of Y')",
         after=re.compile(rf",[ ](?:the|a|an|his|her|their)[ ](?:[\w-]+[ ]){{0,3}}?{_PERSON_NOUN}\b"),
         when=lambda text, start, end: not text.endswith("of ", 0, start) and not (
             re.search(r"\b(?:was|were|is|are)[ ]$", text[max(0, start - 6):start])
             and re.fullmatch(_DEMONYM, text[start:end])),
         examples=("⟦Ivo Marr⟧, the governor of the north, fled",
                   "the heir was ⟦Ivo Marr⟧, the son of Tarn"),
         counter=("⟦Marr Castle⟧, the seat of the north, fell",
                  "Emperor Ivo of ⟦Vella⟧, a cousin of Marr, fled",
                  "by birth he was ⟦Vellan⟧, the son of a Vellan priest")),
    Near(name="index.person.described",
         reason="a role or kinship noun right before a name ('the linguist X', 'his wife X')",
         before=re.compile(rf"\b(?i:{_PERSON_NOUN})(?:s|,)?[ ]$"),
         examples=("the linguist ⟦Ivo Marr⟧ wrote", "his wife, ⟦Livia⟧, came",
                   "the Vellan chancellor ⟦Ivo Marr⟧ came", "the historians ⟦Ivo Marr⟧ and Ola Sand"),
         counter=("the city of ⟦Marr⟧ fell", "Vellan merchants, ⟦Luzan⟧'s traders and")),
    Near(name="index.person.kin",
         reason="a name with a kinship or role after its possessive ('X's mother')",
         after=re.compile(rf"['’]s[ ](?:[\w-]+[ ])?{_PERSON_NOUN}\b"),
         examples=("⟦Vella⟧'s mother died",), counter=("⟦Vella⟧'s walls fell",)),
    Near(name="index.person.pronoun",
         reason="a name followed by a past verb and a personal pronoun, or 'was born' ('X "
                "married her cousin')",
         after=re.compile(r"[ ](?:[a-z]+ed|was|had)[ ](?:his|her|himself|herself)\b|"
                          r"[ ]was[ ]born\b"),
         examples=("⟦Vella⟧ married her cousin", "⟦Ivo Marr⟧ was born in"),
         counter=("⟦Vella⟧ lies on its river", "⟦Apart⟧ from his")),
    Near(name="index.person.kin-of",
         reason="a name after a kinship and 'of' ('the son of X', 'wife of X')",
         before=re.compile(rf"\b{_KIN}[ ]of[ ]$"),
         examples=("the only son of ⟦Ivo Marr⟧ and",), counter=("the governor of ⟦Vella⟧ fled",)),
    Near(name="index.person.given-name",
         reason="a common given name (lexicon.GIVEN_NAMES: English names, Roman praenomina) and "
                "one to three capitalised words with no head noun ('John Marr', 'Gaius Ivo "
                "Varro'; not 'James River', 'John Marr University')",
         inner=re.compile(rf"{_GIVEN}{_REST}"),
         examples=("then ⟦John Marr⟧ spoke", "and ⟦Gaius Ivo Varro⟧ fled"),
         counter=("on the ⟦James River⟧ at", "at ⟦John Marr University⟧ in",
                  "at ⟦Fort William⟧ in")),
    Near(name="index.person.married",
         reason="a name after a verb of marriage ('married X')",
         before=re.compile(r"\b(?:married|wed|divorced|betrothed[ ]to)[ ]$"),
         examples=("he married ⟦Lidia Varro⟧ in",), counter=("he reached ⟦Lidia⟧ in",)),
))
PLACE_CUES = Table("index.place", "signs around a name that it is a place", (
    Near(name="index.place.preposition",
         reason="a name after a preposition of place or a verb of movement ('in X', 'reached X')",
         before=re.compile(r"(?<!according )\b(?:in|at|from|into|near|via|toward|towards|outside|"
                           r"reached|entered|occupied|captured|besieged|visited|across)[ ]"
                           r"(?:the[ ])?$"),
         examples=("the army reached ⟦Vella⟧ at dawn",), counter=("according to ⟦Vella⟧,",)),
))

TABLES = (GRAMMAR, PERSON_CUES, PLACE_CUES)
