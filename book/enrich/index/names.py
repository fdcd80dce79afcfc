"""The name grammar: which stretches of the text are names, found once, left to right.

A name is a maximal sequence of name tokens — capitalised words (with inner hyphens and
apostrophes: 'Komam-ni', "O'Neill"), initials ('H.'), dotted abbreviations as ONE token ('U.S.',
'K.u.K.'), ordinals ('2nd', '23d', 'Eighth'), Roman numerals, and a number after a head that
takes one ('Hill 209') — joined by single spaces and by the lower-case words names carry inside
('of', 'of the', particles: 'Lothar von Trotha', 'Battle of the Bowling Alley'). Then the
sequence is cut where the grammar says a name cannot run on:

- at a sentence's end ('World War I. Towards …' is 'World War I'), and at a capitalised function
  word ('Despite', 'In');
- before a rank or a title, which is kept apart as the mention's title ('North Korean Major
  General Pak Kyo Sam' → 'North Korean' | title 'Major General', name 'Pak Kyo Sam'), unless
  what follows makes the title part of a name ('General Assembly', 'King of Wessex');
- after a possessive, unless the owner is a common noun of the text ("Nero's Domus Aurea" →
  'Nero' | 'Domus Aurea', but "Korean People's Army");
- a word that opens a sentence is dropped when the text never capitalises it elsewhere
  ('Angry Kazakh herders' → 'Kazakh').

A piece of an abbreviation ('S. Navy' in 'U.S. Navy') or a word broken by a stray space and
apostrophe ("Hyongp 'ung") never becomes a mention: the rules in rules.py say so, and the trace
records them. Each mention keeps its exact span, so that a locator points at the name itself."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ... import lexicon
from ...scripts import UPPER_LETTERS
from ..trace import active, reject
from . import kinds
from .cues import ABBREVIATION_PIECE, BROKEN_WORD, DESCRIPTOR_LABEL, TITLE_OF_PLACE
from .usage import Usage

UPPER = UPPER_LETTERS
# Tokens. A word: capitalised, with inner apostrophes and hyphens; an Arabic article or a Celtic
# prefix may come first ('al-Mansur', "O'Neill", "d'Artagnan").
_PREFIX = lexicon.alternation((*lexicon.ARABIC_ARTICLE_FORMS, *lexicon.ELIDED_ARTICLES))
_WORD = (rf"(?:{_PREFIX}['’-])?[{UPPER}][\w]*"
         rf"(?:(?:['’](?!s\b)|[-–](?!(?:the|a|an|and|or|but)(?![\w-])))[\w]+)*")
_ABBREVIATION = r"[A-Z][a-z]?\.(?:[A-Za-z]{1,2}\.)+"          # 'U.S.', 'U.S.S.R.', 'K.u.K.'
# Ranks, titles and 'St.'/'Mt.' written with a full stop: one token, stop included.
_DOTTED = lexicon.alternation({w for t in (*lexicon.RANKS, *lexicon.TITLES, "Mt.", "St.", "Ft.",
                                           "Sta.", "Sto.", "Jr.", "Sr.") for w in t.split()
                                if w.endswith(".")})
_INITIAL = rf"[A-Z]\.(?=[ \u00a0][{UPPER}])"
_ORDINAL = r"\d+(?:st|nd|rd|th|d)\b"
_NAME_TOKEN = rf"(?:{_ABBREVIATION}|{_DOTTED}|{_INITIAL}|{_ORDINAL}|{_WORD})"
_EPITHET = lexicon.alternation(lexicon.EPITHETS)
_CONNECT = (rf"(?:{lexicon.alternation(lexicon.NAME_CONNECTORS)}(?:[ \u00a0]the)?|for(?:[ \u00a0]the)?"
            rf"|(?<=[a-z][ \u00a0])no(?=[ \u00a0][{UPPER}][a-z])"
            rf"|the(?=[ \u00a0]{_EPITHET}\b))")
_POSSESSIVE = r"(?:['’]s\b|(?<=s)['’](?![\w]))"
_SPACE = r"[ \u00a0]"
# A run: name tokens, possibly possessive, joined by spaces and connectors; a number may follow.
RUN = re.compile(rf"(?<![\w.'’-]){_NAME_TOKEN}{_POSSESSIVE}?"
                 rf"(?:{_SPACE}(?:{_CONNECT}{_SPACE})?(?:{_NAME_TOKEN}|\d+[A-Z]?\b){_POSSESSIVE}?)*")
TOKEN = re.compile(rf"(?P<abbr>{_ABBREVIATION})|(?P<dotted>{_DOTTED})|(?P<initial>[A-Z]\.)"
                   rf"|(?P<ordinal>{_ORDINAL})|(?P<number>\d+[A-Z]?\b)|(?P<word>{_WORD})"
                   rf"|(?P<low>[a-z][\w'’-]*)|(?P<poss>{_POSSESSIVE})")
# Ranks and titles the grammar keeps apart from the name; 'Saint' and 'St.' are part of names
# ('St. Louis', 'Saint Peter').
_TITLE_WORDS = {w for w in (*lexicon.TITLES, *lexicon.RANKS) if w not in ("Saint", "St.")}
_MAX_TITLE = max(len(t.split()) for t in _TITLE_WORDS)
_TITLE_FIRST = frozenset(t.split()[0] for t in _TITLE_WORDS)
_HEADS = frozenset(lexicon.PLACE_HEADS + lexicon.ORGANISATION_HEADS + lexicon.UNIT_HEADS
                   + lexicon.EVENT_HEADS + ("Staff",))
_DESCRIPTIVE = re.compile(rf"-{lexicon.alternation(lexicon.DESCRIPTIVE_SUFFIXES)}$")
_ONE_WORD = re.compile(rf"[{UPPER}][a-z\u00DF-\u00FF\u0100-\u024F]+")
# A one-word equivalent only at the head of a name ('US Navy', not 'US'); a longer one anywhere.
_EQUIVALENT = re.compile(
    r"\b" + lexicon.alternation([n for n in lexicon.NAME_EQUIVALENTS if " " not in n]) + r"(?= [A-Z])|"
    r"\b" + lexicon.alternation([n for n in lexicon.NAME_EQUIVALENTS if " " in n]) + r"\b")
_ABBREVIATED = re.compile(r"(?<![\w.])" + lexicon.alternation(lexicon.NAME_ABBREVIATIONS) + r"(?=\s)")
_BEFORE_TITLE = "\x00"        # marks a piece that a rank or a title follows
_NUMBER_AFTER = re.compile(r"(?:(?<=No)\.)?[ \u00a0](?:No\.[ \u00a0]?)?\d")
_EVENT_HEADS = frozenset(lexicon.EVENT_HEADS)
_OWNED_HEADS = frozenset(lexicon.PLACE_HEADS + lexicon.OWNED_PLACE_HEADS)
_SPACED_DASHES = (" – ", " — ", " - ")
_LOWER_HEAD = re.compile(rf"[ \u00a0]({lexicon.alternation(lexicon.LOWER_CASE_HEADS)})\b(?![-'’])")
_AUXILIARIES = frozenset(lexicon.AUXILIARIES)
_TIME_HEADS = frozenset(lexicon.TIME_HEADS)
_CALENDAR = frozenset((*lexicon.MONTHS, *lexicon.WEEKDAYS, *lexicon.ERAS))
_CONNECTOR_SET = frozenset((*lexicon.NAME_CONNECTORS, *lexicon.JAPANESE_NO, "the"))
_ORDINAL_WORDS = frozenset(w.capitalize() for w in lexicon.ORDINAL_WORDS)
_DEMONYM = re.compile(f"(?:{'|'.join(lexicon.DEMONYM_ENDINGS)})$")


class Token(NamedTuple):
    """One token of a run: its place in the text, its text and what it is."""

    start: int
    end: int
    text: str
    kind: str            # abbr | dotted | initial | ordinal | number | word | low | poss


@dataclass(frozen=True)
class Mention:
    """A stretch of the text the grammar reads as a name: its span and words, the title or rank
    written before it, whether it opens a sentence, whether a possessive follows."""

    start: int
    end: int
    text: str
    words: tuple[str, ...]
    title: str = ""
    initial: bool = False
    possessive: bool = False
    describes: bool = False         # right before a rank or title: 'Salar Muslim General …'

    @property
    def key(self) -> str:
        """The name's identity across spellings: dots of abbreviations and case folded."""
        return identity(" ".join(self.words))


@lru_cache(maxsize=1 << 16)
def identity(name: str) -> str:
    """'U.S. Navy' and 'US Navy', 'The Hague' and 'Hague', 'Sta. Ana' and 'Santa Ana', 'San
    Agustín' and 'San Agustin', 'Ma Hu-shan' and 'Ma Hushan' (a romanisation's syllables
    joined or not), 'US Navy' and 'United States Navy' (lexicon.NAME_EQUIVALENTS) compare
    equal."""
    name = _ABBREVIATED.sub(lambda m: lexicon.NAME_ABBREVIATIONS[m.group()], name.strip())
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    name = re.sub(r"\b([A-Z])\.(?=[A-Z]\.|[A-Z]\b)", r"\1", name)
    name = re.sub(r"(?<=[A-Z])\.(?=\s|$)", "", name)
    name = _EQUIVALENT.sub(lambda m: lexicon.NAME_EQUIVALENTS[m.group()], name)
    name = re.sub(r"(?<=[a-z])-(?=[a-z])", "", name)      # 'Ma Hu-shan' is 'Ma Hushan'
    name = re.sub(r"^[Tt]he\s+", "", name)
    return re.sub(r"\s+", " ", name.replace("’", "'")).casefold()


def mentions(usage: Usage) -> Iterator[Mention]:
    """Every name in the text, in reading order; two names joined by a spaced dash before an
    event's head are one ('the First Vell – Marr War', as 'the First Vell–Marr War'); after
    'the', a lower-case head ends the name ('the Ren dynasty', 'the Vell conspiracy')."""
    held: Mention | None = None
    nick: Mention | None = None
    for m in _mentions(usage):
        if held is not None and nick is None and _nickname(held, m, usage):
            nick = m                       # 'Orrin D. "Salty" Vask': wait for the surname
            continue
        if nick is not None:
            if usage.text[nick.end + 1:m.start] == " " and len(m.words) <= 2 and not m.title:
                given = held.words if usage.text[held.end] != "." else (*held.words[:-1], held.words[-1] + ".")
                text = usage.text[held.start:held.end + (given is not held.words)] + " " + m.text
                m = Mention(held.start, m.end, text, (*given, *m.words),
                            held.title, held.initial, m.possessive)
                held, nick = None, None
            else:
                yield held
                held, nick = nick, None
        head = _LOWER_HEAD.match(usage.text, m.end)
        if head and head.group(1) in _TIME_HEADS and all(lexicon.english_word(w) for w in m.words):
            head = None                    # 'the Modern era': a time, not a name ('the Heian period')
        if head and not m.possessive and not m.title and \
                usage.text[max(0, m.start - 4):m.start].lower() == "the ":
            m = Mention(m.start, head.end(), usage.text[m.start:head.end()],
                        (*m.words, head.group(1)), m.title, m.initial)     # 'the Ren dynasty'
        if held is not None and usage.text[held.end:m.start] in _SPACED_DASHES and \
                m.words[-1] in _EVENT_HEADS and not m.title and not held.possessive and \
                kinds.head_of(held.words) is None:
            m = Mention(held.start, m.end, usage.text[held.start:m.end],
                        (*held.words[:-1], f"{held.words[-1]}–{m.words[0]}", *m.words[1:]),
                        held.title, held.initial, m.possessive)
        elif held is not None and _and_joined(held, m, usage):
            m = Mention(held.start, m.end, usage.text[held.start:m.end],
                        (*held.words, "and", *m.words), held.title, held.initial, m.possessive)
        elif held is not None:
            yield held
        held = m
    if held is not None:
        yield held


def _nickname(held: Mention, m: Mention, usage: Usage) -> bool:
    """Is `m` a nickname in quotes inside a person's name, after its given names ('Orrin D.
    "Salty" Vask')? The name is read without it."""
    text = usage.text
    between = text[held.end:m.start]
    if between[:1] == "." and len(held.words[-1]) == 1:
        between = between[1:]              # 'Orrin D. "Salty"': the initial's full stop
    return between in (' "', " “") and text[m.end:m.end + 2] in ('" ', "” ") and \
        len(m.words) <= 2 and len(held.words) <= 3 and not held.possessive and \
        "of" not in held.words and kinds.head_of(held.words) is None and \
        re.match(rf"[ ][{UPPER}]", text[m.end + 1:m.end + 3]) is not None


def _and_joined(held: Mention, m: Mention, usage: Usage) -> bool:
    """Is 'A and B' one name: the words before 'and' are everyday words with no head of their
    own and share the head of an organisation or an event after B ('the French and Vellan
    War', 'the Globalization and World Cities Network'), or B ends the 'of' of an organisation or
    an event ('the Academy of Arts and Sciences')? Not when either side stands alone elsewhere
    in the text ('Oxford and Cambridge University', 'the University of Tarn and Kell')."""
    if usage.text[held.end:m.start] != " and " or held.possessive or m.title or \
            len(m.words) > 4 or usage.apart(" ".join(m.words[:2])):
        return False
    after = kinds.head_of(m.words)
    if after is not None and after[1] == m.words[-1] and len(m.words) >= 2 and \
            after[0] in ("organisation", "event") and len(held.words) <= 3 and not held.title and \
            kinds.head_of(held.words) is None and \
            all(lexicon.english_word(w) or _DEMONYM.search(w) for w in (*held.words, m.words[0])) and \
            not usage.apart(" ".join(held.words), held.start):
        return True                        # 'the French and Vellan War'
    before = kinds.head_of(held.words)
    if before is None or "of" not in held.words or before[0] not in ("organisation", "event", "place") or \
            held.words.index("of") == 0 or held.words[held.words.index("of") - 1] != before[1]:
        return False
    complement = held.words[held.words.index("of") + 1:]
    return 1 <= len(complement) <= 2 and len(m.words) <= 2 and after is None and \
        not usage.apart(" ".join(complement))          # 'the Academy of Arts and Sciences'


def _mentions(usage: Usage) -> Iterator[Mention]:
    """Every name the grammar reads in the text, in reading order."""
    for run in RUN.finditer(usage.text):
        found = run.group()
        one = _ONE_WORD.match(found)
        if one and one.end() == len(found):      # most runs: one capitalised word
            mention = _one_word(run.start(), run.end(), found, usage)
            if mention is not None:
                yield mention
            continue
        if one and found[one.end()] == " " and found[one.end() + 1:].isdigit() and \
                one.group() not in lexicon.NUMBERED_HEADS:
            continue                             # 'Text 5': a name cut before its number
        tokens = [Token(run.start() + m.start(), run.start() + m.end(), m.group(), m.lastgroup)
                  for m in TOKEN.finditer(found)]
        for piece, title in _pieces(tokens, usage):
            if piece:
                yield from _split_mentions(piece, title, usage)


def _one_word(start: int, end: int, word: str, usage: Usage) -> Mention | None:
    """The mention of a run of one plain word: what _pieces and _mention decide for it, without
    their machinery (a long text is mostly such runs)."""
    if word in _CALENDAR or function_word(word) or _DESCRIPTIVE.search(word):
        return None
    text = usage.text
    if text.startswith((" '", " ’"), end) or text[start - 2:start - 1] == "." or \
            _NUMBER_AFTER.match(text, end):
        return _mention([Token(start, end, word, "word")], "", usage)    # the rules decide
    return Mention(start, end, word, (word,), "", usage.sentence_initial(start))


def _split_mentions(piece: list[Token], title: str, usage: Usage) -> Iterator[Mention]:
    """The mentions of one piece, cut at an 'of' between two names: the title written before
    the piece goes to its first name; the mark of a title after it, to its last."""
    bare = title.replace(_BEFORE_TITLE, "")
    for part in _of_split(piece, usage, bool(bare)):
        own = bare if part[0] is piece[0] else ""
        if part[-1] is piece[-1] and title.endswith(_BEFORE_TITLE):
            own += _BEFORE_TITLE
        mention = _mention(part, own, usage)
        if mention is not None:
            yield mention


def _pieces(tokens: list[Token], usage: Usage) -> Iterator[tuple[list[Token], str]]:
    """The run cut where a name cannot run on (see the module docstring), each piece with the
    title written before it."""
    piece: list[Token] = []
    title = ""
    i = 0
    while i < len(tokens):
        t = tokens[i]
        opened = bool(piece) and _sentence_break(piece[-1], t, usage)
        if opened:
            yield piece, title
            piece, title = [], ""
        if not piece and not title and t.kind == "word" and \
                DESCRIPTOR_LABEL.applies(usage.text, t.start, t.end):
            i += 1                     # 'Federalist Caleb Strong': the name is 'Caleb Strong'
            continue
        size = _title_at(tokens, i, usage)
        if size:
            words = " ".join(x.text for x in tokens[i:i + size])
            if piece:
                yield piece, title + _BEFORE_TITLE
                piece, title = [], ""
            title = f"{title} {words}".strip()
            i += size
            continue
        if t.text in _CALENDAR and i + 1 < len(tokens) and tokens[i + 1].text in _EVENT_HEADS:
            piece.append(t)            # 'July Crisis', 'October Revolution'
            i += 1
            continue
        if _breaks(t, usage, opened, not piece) or t.text == "for" and not (
                piece and piece[-1].text in lexicon.ORGANISATION_HEADS):
            yield piece, title
            piece, title, i = [], "", i + 1
            continue
        piece.append(t)
        i += 1
        if t.kind == "poss" and not _common_owner(piece, tokens, i, usage):
            yield piece, title
            piece, title = [], ""
    yield piece, title


def function_word(word: str) -> bool:
    """A function word written with a capital ('Despite', 'In', 'Two'; not 'US')."""
    return word[1:].islower() and word.lower() in lexicon.FUNCTION_WORD_SET or word in ("A", "I")


def _breaks(t: Token, usage: Usage, opened: bool = False, first: bool = True) -> bool:
    """A capitalised function word that opens a sentence ('Despite', 'In', 'Two') is no part of
    a name, nor a word describing the one after it ('Visayan-born'), nor a month or a weekday
    ('6 October Hale came'; but 'October Revolution', see _pieces); an ordinal word is ('First
    Battle of …', 'Eighth Army'), and so is a function word capitalised mid-sentence: only a
    name capitalises it there ('The Hague', 'Our Lady of Lourdes', 'Seven Years' War').
    `opened`: a sentence opens at `t` though the sentence rule missed it ('War I. Towards'). No
    name starts with a verb ('"Have I …"' in a quotation; but 'Type UB Is', `first` False)."""
    if t.kind == "word" and _DESCRIPTIVE.search(t.text):
        return True
    if t.text in _CALENDAR:
        return True
    if t.kind != "word" or not function_word(t.text) or t.text == "I":
        return False
    return t.text not in _ORDINAL_WORDS and (opened or usage.sentence_initial(t.start)
                                              or first and t.text.lower() in _AUXILIARIES)


def _common_owner(piece: list[Token], tokens: list[Token], i: int, usage: Usage) -> bool:
    """Does a possessive stay inside the name: its owner is a common noun of the text and a
    capitalised word follows ("Korean People's Army"; not "Nero's Domus Aurea"), or an event's
    head ends the name ("Shays' Rebellion"), or a place's head follows it ("Rupert's Land", "St
    Mary's Church")?"""
    owner = piece[-2].text if len(piece) > 1 else ""
    common = owner in lexicon.COLLECTIVE_OWNERS or usage.lower_case(owner) and owner not in _HEADS
    event = i == len(tokens) - 1 and tokens[i].text in _EVENT_HEADS
    place = i < len(tokens) and tokens[i].text in _OWNED_HEADS and owner not in _TITLE_FIRST
    return (common or event or place) and i < len(tokens) and tokens[i].kind == "word"


def _of_split(piece: list[Token], usage: Usage, titled: bool = False) -> list[list[Token]]:
    """'X of Y' is two names when Y is a unit ('B Company of the 72nd Tank Battalion') or X is
    a unit, a person named with initials, or a point of the compass ('North of the 9th
    Infantry'), or when the text names X and Y alone elsewhere, twice each, or once each after a
    title ('Emperor Trajan of Rome' beside 'Trajan' and 'Rome'); it is one name otherwise
    ('Battle of Masan', 'Republic of Korea', 'Medal of Honor', 'Eusebius of Caesarea'). X is a
    people when it is the plural of a word the text uses alone ('the Vellans of Tarn' beside
    'Vellan troops')."""
    for k, t in enumerate(piece):
        if t.text != "of" or k == 0:
            continue
        after = piece[k + 1:]
        if after and after[0].text == "the":
            after = after[1:]
        before = tuple(x.text for x in piece[:k])
        words_after = tuple(x.text for x in after)
        if after and (kinds.unit(words_after) or kinds.sub_unit(words_after) or kinds.unit(before)
                      or kinds.sub_unit(before)
                      or any(x.kind == "initial" for x in piece) or
                      _complete_place(before) and usage.alone(" ".join(before))
                      and usage.alone(" ".join(words_after)) or
                      before[-1] in lexicon.PLACE_QUALIFIERS and len(before) == 1 or
                      len(before) == 1 and _plural_of_used(before[0], usage) or
                      before[0] not in _HEADS and usage.alone(" ".join(words_after), 2 - titled)
                      and (titled and len(before) == 1 or usage.alone(" ".join(before), 2))):
            return [piece[:k], *_of_split(after, usage)]
    return [piece]


_LOWER_AFTER = re.compile(r" ([a-z]+)\b")      # the lower-case word after a name ('Vellan troops')


def _plural_of_used(word: str, usage: Usage) -> bool:
    """'Vellans' where the text describes with 'Vellan' too ('Vellan troops'): a people, not the
    head of a name ('Stones of Remembrance' beside 'Stone of Remembrance' stays one name)."""
    if len(word) <= 4 or not usage.plural_of_used(word):
        return False
    singular = word[:-1]
    return any((m := _LOWER_AFTER.match(usage.text, p + len(singular))) is not None
               and m[1] not in lexicon.FUNCTION_WORD_SET
               for p in usage.words.occurrences(singular))


def _complete_place(words: tuple[str, ...]) -> bool:
    """A name complete before an 'of': a proper word and a head noun at its end ('Escolta
    Street' in 'Escolta Street of Binondo'; not 'National Museum' of the Philippines)."""
    found = kinds.head_of(words)
    return len(words) > 1 and found is not None and found[1] == words[-1] and \
        not kinds.generic(words[:-1])


def _sentence_break(last: Token, t: Token, usage: Usage) -> bool:
    """Does a sentence open at `t`: the text's sentence rule says so, or an 'X.' is followed by
    a capitalised function word or a word the text capitalises only where a sentence opens
    ('World War I. Towards', '30° N. Subsequently')?"""
    if usage.sentence_initial(t.start):
        return True
    return last.kind in ("initial", "abbr") and t.kind == "word" and t.text not in _ORDINAL_WORDS \
        and (function_word(t.text) or t.text.endswith("ly")
             or not usage.capitalised_mid_sentence(t.text))


def _title_at(tokens: list[Token], i: int, usage: Usage) -> int:
    """The number of tokens of a rank or title starting at `i` that precedes a name (0 if
    none): not at the end of the run, not before 'of' or a head noun ('General Assembly',
    'King of Wessex'), nor before a name of several words that ends in a head noun and has no
    initials: a place named after a person ('Justice Jose Abad Santos General Hospital')."""
    if tokens[i].text not in _TITLE_FIRST:
        return 0
    for size in range(min(_MAX_TITLE, len(tokens) - i - 1), 0, -1):
        words = " ".join(t.text for t in tokens[i:i + size])
        if words in _TITLE_WORDS:
            nxt = tokens[i + size]
            if nxt.text == "of" or nxt.kind == "poss" or nxt.text in _HEADS and (
                    words in lexicon.RANK_ADJECTIVES or len(tokens) > i + size + 1):
                if nxt.text == "of" and active():
                    reject("index", f"{words} of", "a person's title",
                           usage.doc.provenance(TITLE_OF_PLACE.name, tokens[i].start, nxt.end))
                return 0
            rest = tokens[i + size:]
            rest = rest[:next((k for k, t in enumerate(rest) if t.text == "of" or t.kind == "poss"),
                              len(rest))]
            if len(rest) > 1 and rest[-1].text in _HEADS and rest[-1].text not in _TITLE_WORDS \
                    and not any(t.kind == "initial" for t in rest):
                return 0
            return size
    return 0


def _mention(piece: list[Token], title: str, usage: Usage) -> Mention | None:
    """The piece trimmed to a name (see _trim), or None when nothing of a name is left."""
    describes = title.endswith(_BEFORE_TITLE)
    title = title.removesuffix(_BEFORE_TITLE)
    possessive = bool(piece) and piece[-1].kind == "poss"
    piece = _trim(piece, usage)
    if not piece:
        return None
    if len(piece) == 1 and function_word(piece[0].text):
        return None                      # 'You' in a quotation
    start, end = piece[0].start, piece[-1].end
    text = usage.text
    for rule, could in ((ABBREVIATION_PIECE, text[start - 1:start] == "."),
                        (BROKEN_WORD, text.startswith((" '", " ’"), end))):
        if could and rule.applies(text, start, end):      # the test first: most names pass
            if active():
                reject("index", text[start:end], "a name", usage.doc.provenance(rule.name, start, end))
            return None
    words = tuple(t.text for t in piece)
    if piece[-1].kind == "ordinal" or _NUMBER_AFTER.match(text, end):
        return None        # 'NK 9th' in 'the NK 9th and 10th …'; 'Republic Act' (No. 409)
    return Mention(start, end, text[start:end], words, title, usage.sentence_initial(start),
                   possessive, describes)


def _trim(piece: list[Token], usage: Usage) -> list[Token]:
    """No possessive, connector or stray number at either end; no sentence-opening word the text
    never capitalises elsewhere ('Angry'); a number only after a head that takes one; a final
    'I.' is a numeral and a full stop ('World War I.')."""
    piece = [t for t in piece if t.kind != "poss"]
    while True:
        size = len(piece)
        while piece and (piece[0].kind in ("low", "number") or piece[0].text in _CONNECTOR_SET):
            piece = piece[1:]
        if len(piece) > 1 and usage.sentence_initial(piece[0].start) and _opener(piece[0], usage) \
                and f"{piece[0].text} {piece[1].text}" not in lexicon.LEADING_HEADS:
            piece = piece[1:]
        if len(piece) == size:
            break
    for k, t in enumerate(piece):
        if t.kind == "number" and not _numbered(piece[:k]) and not _year_of(piece, k):
            piece = piece[:k]
            break
    while piece and (piece[-1].kind == "low" or piece[-1].text in _CONNECTOR_SET):
        piece = piece[:-1]
    if piece and piece[-1].kind == "initial" and len(piece) > 1:
        last = piece[-1]
        piece[-1] = Token(last.start, last.end - 1, last.text[:-1], "word")
    if piece and piece[-1].kind == "word":
        piece[-1] = _unglued(piece[-1])
    return piece


def _opener(t: Token, usage: Usage) -> bool:
    """A word that opens a sentence without being part of the name after it: one the text
    also writes in lower case ('Angry Kazakh herders'), an adverb in -ly, or a participle the
    text capitalises nowhere else ('Reaching Tarsk Castle'); not a first name ('Walton Walker
    ordered'), a head ('Lake Baikal') or an ordinal ('First Battle')."""
    word = t.text
    if t.kind != "word" or word in lexicon.LEADING_HEADS or word in _ORDINAL_WORDS:
        return False
    if usage.lower_case(word) or word.endswith("ly"):
        return True
    return word.endswith(("ing", "ed")) and not usage.capitalised_mid_sentence(word)


def _unglued(t: Token) -> Token:
    """A word without a function word glued on by a hyphen used as a dash ('River-the')."""
    head, sep, tail = t.text.rpartition("-")
    if sep and head and tail.lower() in lexicon.FUNCTION_WORD_SET and tail.islower():
        return Token(t.start, t.start + len(head), head, "word")
    return t


def _year_of(piece: list[Token], k: int) -> bool:
    """A year after an event's head and 'of' ends its name ('War of 1812', 'Embargo Act of
    1807')."""
    return k == len(piece) - 1 and k >= 2 and piece[k - 1].text == "of" and \
        piece[k - 2].text in _EVENT_HEADS and len(piece[k].text) == 4


def _numbered(before: list[Token]) -> bool:
    """Is a number after these tokens part of the name ('Hill 209', 'Tropical Depression 18W')?"""
    words = [t.text for t in before]
    return any(" ".join(words[-n:]) in lexicon.NUMBERED_HEADS for n in (1, 2) if len(words) >= n)
