"""Other names in brackets: a list after a marker ('also known as A, B or C') and a bare name
after a name ('Mona (Anglesey)'), which is another name only when nothing says it is a place
qualifier, a country or an affiliation, and the text bears it out."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from ...scripts import language_tag
from .candidate import Candidate, Context
from ... import lexicon
from .phrases import CAP, CAPWORD, NAME, names_after, unlabelled
from .reject import rejected
from .rules import NOT_A_TERM, NOT_AN_ALIAS

_BARE = re.compile(rf"{NAME}(?:\s+or\s+{NAME})?")
# 'the Treaty of Adrianople (Edirne)': the bracket renames the place of an event or a body's
# name ('the Book of Tarn (Vellshu)' names a book: no place).
_RENAMING_HEADS = (*lexicon.EVENT_HEADS, *lexicon.PLACE_HEADS, *lexicon.ORGANISATION_HEADS, "Peace", "Edict")
_OF_PLACE = re.compile(rf"^(?:[A-Z][a-z]+\s+)*(?:{lexicon.alternation(_RENAMING_HEADS)})\s+of\s+(?:the\s+)?"
                       rf"({CAPWORD})$")
_AFTER = re.compile(r"\s*(?:$|[.,;:)!?\n]|[a-z])")


def listed(piece: str, pos: int, whole: bool = True, end: int | None = None) -> list[str]:
    """The names a marker lists at `pos`; [] when the list is cut short, or is a place and its
    region ('Didgori, Georgia': a comma with no 'or' lists no names). `whole`: the list must
    fill the rest of `piece` (a bracket's piece)."""
    found = names_after(piece, pos, end)
    if not found:
        return []
    tail = piece[pos:found[-1][1] + len(found[-1][0])]
    if (len(found) == 2 and " or " not in tail) or \
            whole and found[-1][1] + len(found[-1][0]) < len(piece.rstrip(" \"”")) - 1:
        return []
    return [n for n, _ in found if NOT_A_TERM.check(n) is None]


def similar(a: str, b: str) -> bool:
    """Two spellings of one name ('Isandlwana', 'Isandhlwana'; 'Tatwine', 'Tatwin')."""
    fa, fb = _fold(a), _fold(b)
    return len(fa) >= 4 and SequenceMatcher(None, fa, fb).ratio() >= 0.8


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def bare(ctx: Context, cand: Candidate, piece: str, at: int) -> None:
    """'Tihwa (Ürümqi)': another name when it is one (see the module docstring); first the
    readings something marks: a translation, another name of the same event, an epithet
    translated."""
    for reading in (_translated, _same_event, _epithet, _lead_names):
        if reading(ctx, cand, piece, at):
            return
    m = _BARE.fullmatch(piece)
    if not m or not cand.term[:1].isupper() or re.search(r"\d", piece + cand.term):
        rejected(ctx, "alias-not-a-name", at, at + len(piece), "a glossary alias")
        return
    rule = NOT_AN_ALIAS.first(ctx.text, at, at + len(piece))
    if rule is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary alias")
        return
    others = [unlabelled(n) for n in re.split(r"\s+or\s+", piece)]
    if re.search(r"['’]s$", cand.term) and all(re.search(r"['’]s$", o) for o in others):
        cand.term, others = cand.term[:-2], [o[:-2] for o in others]   # "Tarn's (Kell's) court"
    if not _AFTER.match(ctx.text, ctx.text.find(")", at) + 1) or len(cand.term.split()) > 7 or \
            any(p in ctx.people or cand.term in ctx.people for p in others):
        rejected(ctx, "alias-unsure", at, at + len(piece), "a glossary alias")
        return
    if not (" or " in piece or all(ctx.count(o) <= 1 or similar(o, cand.term) for o in others)):
        rejected(ctx, "alias-used-apart", at, at + len(piece), "a glossary alias")
        return
    place = _OF_PLACE.match(cand.term)
    if place and len(others) == 1 and " " not in others[0]:
        cand.term = place.group(1)       # 'the Treaty of Adrianople (Edirne)' renames the place
    for other in others:
        if other != cand.term and other not in cand.aliases:
            cand.aliases.append(other)
    cand.rule = cand.rule or "bracket-bare-name"


def declared(ctx: Context, cand: Candidate, piece: str, at: int, label: str) -> None:
    """'Typhoon Kujira (Amang)' in a heading of a text that says 'PAGASA names are given in
    parentheses': the bracket is the name those people give the thing the heading names."""
    if not _BARE.fullmatch(piece) or " or " in piece or re.search(r"\d", piece):
        rejected(ctx, "alias-not-a-name", at, at + len(piece), "a glossary alias")
        return
    rule = NOT_AN_ALIAS.first(ctx.text, at, at + len(piece))
    if rule is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary alias")
        return
    named = cand.term
    cand.term, cand.kind, cand.rule = piece, "alias", "heading-declared-name"
    cand.definition = f"{label} name for {named}".strip() if label else f"another name for {named}"
    cand.lang = language_tag(label) if label and " " not in label else None


# --- bare names something marks as other names ----------------------------------------------

_FOREIGN = frozenset(lexicon.FOREIGN_NAME_WORDS)
_ENGLISH = frozenset(lexicon.NAME_CONNECTIVES)
_HEADS = frozenset(lexicon.PLACE_HEADS + lexicon.ORGANISATION_HEADS + lexicon.UNIT_HEADS +
                   lexicon.EVENT_HEADS)
_TITLED = frozenset((*lexicon.TITLES, *lexicon.RANKS, *lexicon.OFFICES))
# A name of capitalised words (dotted abbreviations too: 'K.u.K.') and lower-case connectives.
_NAMEISH = re.compile(rf"{CAP}[\w'’.\-]*(?:\s+(?:[a-z]{{1,5}}\s+)*{CAP}[\w'’.\-]*)*")
_EPITHET_GLOSS = re.compile(rf"((?:{CAPWORD}\s+)+)the\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){{0,4}})")


def foreign(name: str) -> bool:
    """A name of two words or more in a language other than English: a function word of another
    language inside it, and no English connective. (A letter with a diacritic is no proof: a
    person's name has them too, 'Hernán Cortés'.)"""
    ws = name.split()
    lower = [w for w in ws if w[:1].islower()]
    return len(ws) >= 2 and not any(w in _ENGLISH for w in lower) and any(w in _FOREIGN for w in lower)


def english(name: str) -> bool:
    """An English name of two words or more: plain letters, an English connective or the head
    noun of a name ('Navy', 'Museum'), and no title or rank at either end (a person's office)."""
    ws = name.split()
    return len(ws) >= 2 and name.isascii() and ws[0][:1].isupper() and \
        not any(w in _FOREIGN for w in ws) and \
        (any(w in _ENGLISH for w in ws) or any(w.strip("'’s") in _HEADS for w in ws)) and \
        ws[0] not in _TITLED and ws[-1] not in _TITLED


def unenglish(name: str) -> bool:
    """A name of two words or more none of whose capitalised words is an everyday English word
    ('Kaigun Tokubetsu Rikusentai'; lexicon.english_words), in Latin letters."""
    ws = name.split()
    caps = [w for w in ws if w[:1].isupper()]
    return len(ws) >= 2 and len(caps) >= 2 and ws[0][:1].isupper() and \
        all(re.fullmatch(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*", w) for w in ws) and \
        not any(lexicon.english_word(p) for w in caps for p in re.split(r"[-'’]", w)) and \
        all(w in _FOREIGN or not lexicon.english_word(w) for w in ws if not w[:1].isupper())


def cognate(a: str, b: str) -> bool:
    """Two names of two words or more whose words pair off by a shared stem of four letters or
    more, in another form or order ('Tarnian History', 'Historia Tarniana'): a translation."""
    wa, wb = a.casefold().split(), b.casefold().split()
    if len(wa) < 2 or len(wa) != len(wb) or wa == wb or a.casefold() == b.casefold():
        return False
    return all(any(len(x) >= 4 and len(y) >= 4 and x[:4] == y[:4] and x != y for y in wb) for x in wa)


def plain_english(name: str) -> bool:
    """A name of two words or more of everyday English words ('Special Naval Landing Forces'),
    one rarer word allowed before its head ('Pacified Southern Kingdom'), no title or rank at
    either end."""
    ws = name.split()
    rare = [w for w in ws if not (lexicon.english_word(w) or w in _ENGLISH)]
    return len(ws) >= 2 and name.isascii() and ws[0][:1].isupper() and \
        (not rare or len(ws) >= 3 and len(rare) == 1 and rare[0] != ws[-1]) and \
        ws[0] not in _TITLED and ws[-1] not in _TITLED


def foreign_tail(term: str) -> str | None:
    """The part of a term in another language after its English words ('Feast of the Nuestra
    Señora de los Desamparados' → 'Nuestra Señora de los Desamparados'), or None."""
    if foreign(term):
        return term
    ws = term.split()
    last = max((i for i, w in enumerate(ws) if w in _ENGLISH), default=-1)
    tail = " ".join(ws[last + 1:])
    return tail if last >= 0 and foreign(tail) else None


def abbreviates(short: str, long: str) -> bool:
    """'K.u.K. Kriegsmarine' for 'Kaiserliche und Königliche Kriegsmarine': a dotted word whose
    letters start the long form's first words, then the same words."""
    s, lw = short.split(), long.split()
    letters = [c for c in s[0] if c.isalpha()] if "." in s[0] else []
    n = len(letters)
    return n >= 2 and len(lw) == n + len(s) - 1 and lw[n:] == s[1:] and \
        all(w[:1] == c for w, c in zip(lw, letters))


def _translated(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'the Austro-Hungarian Navy (Kaiserliche und Königliche Kriegsmarine or K.u.K.
    Kriegsmarine)', 'the Feast of Nuestra Señora de los Desamparados (Our Lady of the
    Abandoned)': one side English, the other in another language, each a name of two words
    or more; a second name after 'or' in the same language or abbreviating the first."""
    names = [n.strip() for n in re.split(r",?\s+or\s+", piece)]
    if len(names) > 2 or not all(_NAMEISH.fullmatch(n) for n in names):
        return False
    tail = foreign_tail(cand.term)
    marked = english(cand.term) and (foreign(names[0]) or unenglish(names[0])) or \
        bool(tail and english(names[0]))
    marked = marked or cognate(cand.term, names[0])                   # 'Tarnian History (Historia …)'
    translated = not marked and unenglish(cand.term) and plain_english(names[0])  # 'Kaigun (Naval …)'
    if not marked and not translated:
        return False
    if len(names) == 2 and not (foreign(names[1]) or abbreviates(names[1], names[0])) or \
            any(n in ctx.people for n in (cand.term, *names)):
        return False
    rule = NOT_AN_ALIAS.first(ctx.text, at, at + len(piece))
    if rule is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary alias")
        return True
    if tail and english(names[0]):
        cand.term = tail
    kind = "alias" if english(cand.term) and not foreign(names[0]) else "foreign"
    if translated and len(names) == 1:
        cand.definition = cand.definition or names[0]
        cand.rule, cand.kind = cand.rule or "bracket-name-other-language", kind
        return True
    cand.aliases.extend(n for n in names if n not in cand.aliases and n != cand.term)
    cand.rule, cand.kind = cand.rule or "bracket-name-other-language", kind
    return True


def _lead_names(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'The Kell Rising (Kell-Aufstand, Vita vya Kell) was a revolt': in the article's first
    sentence, names after its subject separated by commas are the subject's other names, when
    one of them at least is made of no everyday English word (a list of places or of allies
    is English)."""
    first = ctx.doc.sentences[0] if ctx.doc.sentences else None
    if first is None or not first.start <= at < first.end or "," not in piece or \
            cand.term not in (ctx.title, ctx.subject) or re.search(r"\d", piece):
        return False
    others = [p.strip() for p in piece.split(",")]
    if not all(_NAMEISH.fullmatch(o) or _BARE.fullmatch(o) for o in others) or \
            not any(unenglish(o) or (" " not in o and "-" in o and unenglish(o.replace("-", " ")))
                    for o in others) or any(NOT_A_TERM.check(o) is not None for o in others):
        return False
    cand.aliases.extend(o for o in others if o not in cand.aliases and o != cand.term)
    cand.rule, cand.kind = cand.rule or "lead-bracket-names", "alias"
    return True


def _event_kind(name: str) -> str | None:
    heads = [lexicon.EVENT_KINDS[w] for w in name.split() if w in lexicon.EVENT_KINDS]
    return heads[-1] if heads else None


def _same_event(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'the Kell Revolt of 60–61 (Tarn's Uprising)': the bracket names an event of the same kind
    as the term's (lexicon.EVENT_KINDS), so it is another name of that event; an event of
    another kind ('the Salt War (Battle of Tarn)') is a part of it or its setting."""
    kind, other = _event_kind(cand.term), _event_kind(piece)
    if kind is None or other is None or not _BARE.fullmatch(piece) or re.search(r"\d", piece) or \
            not cand.term[:1].isupper():
        return False
    if other != kind:                      # 'the Salt War (Battle of Tarn)': a part of it
        rejected(ctx, "alias-other-event", at, at + len(piece), "a glossary alias")
        return True
    if ctx.count(piece) > 1:               # 'the Kell War (Great War)', each told of apart
        rejected(ctx, "alias-used-apart", at, at + len(piece), "a glossary alias")
        return True
    last = re.split(r"\s(?:in|at|on)\s+(?:the\s+)?", cand.term)[-1]
    if _event_kind(last) == kind:          # 'the Kell Republic in the Ili Rebellion (…)'
        cand.term = last
    rule = NOT_AN_ALIAS.first(ctx.text, at, at + len(piece))
    if rule is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary alias")
        return True
    if piece != cand.term and piece not in cand.aliases:
        cand.aliases.append(piece)
    cand.rule = cand.rule or "bracket-event-name"
    return True


def _epithet(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'Rabbi Kell Baal Tarn (Rabbi Kell the rope maker)': the bracket repeats the name and
    translates the epithet after it ('the' and lower-case words)."""
    m = _EPITHET_GLOSS.fullmatch(piece)
    ws = cand.term.split()
    shared = m.group(1).split() if m else []
    rest = ws[len(shared):]
    if not m or ws[:len(shared)] != shared or not rest or \
            not all(w[:1].isupper() and w not in _HEADS for w in rest):
        return False
    named = [w for w in ws if w not in _TITLED]
    cand.term = " ".join(named)
    cand.definition = cand.definition or piece
    cand.rule, cand.kind = cand.rule or "bracket-epithet-translation", "foreign"
    return True
