"""The noun phrase a definition is about (the words before a bracket or a marker) and the names a
marker lists after it ('also known as A, B, or C'), each taken whole or not at all."""
from __future__ import annotations

import re

from ... import lexicon
from ...scripts import UPPER_LETTERS, is_foreign, runs
from ..textindex import TextIndex

CAP = rf"[{UPPER_LETTERS}]"
WORD = r"[\w'’.\-–]*\w|\w"
CAPWORD = rf"{CAP}[\w'’\-–]*(?:(?<=St|Mt|Ft|Jr|Sr|No)\.)?"
# Lower-case words inside a proper name ('Battle of the Isk', 'Pamantasan ng Lungsod').
CONNECT = lexicon.alternation(lexicon.NAME_CONNECTIVES + lexicon.FOREIGN_NAME_WORDS + ("na",))
_NUMBER = r"\d+(?:[–-]\d+)?"                 # 'Republic Act No. 409', 'the Revolt of 60–61'
_RUN = re.compile(rf"((?:{CAPWORD}|\d+(?:st|nd|rd|th)?)(?:\s+(?:{CONNECT}\s+)*(?:{CAPWORD}|{_NUMBER}))*)\s*$")
_QUOTED_END = re.compile(r"[\"“]([^\"“”]{2,80}|[^\x00-\u024f\"“”])[\"”],?\s*$")   # '"王"' too
# A family's or a house's name and its lower-case head: 'the Minamoto clan', 'the Qing dynasty'.
_HOUSE_END = re.compile(rf"(?<=\s)({CAPWORD}(?:\s+{CAPWORD}){{0,2}})\s+"
                        rf"({lexicon.alternation(lexicon.LOWER_CASE_HEADS + lexicon.KIN_GROUP_HEADS)})\s*$")
_LOWER_END = re.compile(r"(?<![\w\u0300-\u036F'’-])([a-z\u00DF-\u024F][\w\u0300-\u036F'’-]*)\s*$")   # combining marks
# Two or three lower-case words after a semicolon or a colon ('; anák banwa (…)'): one term.
_LOWER_RUN = re.compile(r"[;:]\s+((?:[a-z\u00DF-\u024F][\w'’-]*\s+){1,2}[a-z\u00DF-\u024F][\w'’-]*)\s*$")
_OPENERS = frozenset(w.capitalize() for w in lexicon.CLAUSE_OPENERS)
# What may follow a listed name: the clause goes on, so the name is whole.
NAME_END = re.compile(r"\s*(?:$|[.,;:)!?(]|\s(?:was|were|is|are|had|has|have|and|or|but|which|who|"
                      r"where|when|to|after|for|from|by|until|since|during|because|"
                      r"among|in\s+[A-Z][a-z]+|(?:in|on)\s+\d+)\b)")
# An event noun in lower case may end a name ('the Lhasa uprising'), and so may 'movement' and
# a ship's 'class' ('the Kell class').
_EVENT_WORD = lexicon.alternation(lexicon.EVENT_NOUNS + ("movement", "class"))
# A name's words may hold one bracketed word ('Hui (Muslim) Minorities War').
_INNER = rf"\({CAPWORD}\)(?=[ ]+{CAP})"
# A number joins a name right after it or after 'of' ('No. 18', 'Revolt of 1848'), never after
# another connective ('Harun II in 1480' ends at 'II').
NAME = (rf"(?:[\"“][^\"“”]{{2,60}}[\"”]|{CAPWORD}(?:[ –-]+(?:(?:{CONNECT}\s+)*(?:{CAPWORD}|{_INNER})"
        rf"|(?:of\s+)?\d+))*"
        rf"(?:\s+{_EVENT_WORD}\b)?)")
# A listed name may be followed by a bracket of its own ('the Kell Revolt (Kellish: …) or B').
_ASIDE = r"(?:\s*\([^()\n]{0,200}\))?"
NAME_LIST = re.compile(rf"(?:[Tt]he\s+)?{NAME}{_ASIDE}(?:\s*,\s*(?:the\s+)?{NAME}{_ASIDE})*"
                       rf"(?:,?\s+or\s+(?:(?:simply|just|more\s+simply|sometimes)\s+)?(?:the\s+)?{NAME})?")


def term_before(before: str, index: TextIndex | None = None) -> tuple[str, int] | None:
    """The term that ends `before` and its offset there: a quoted phrase, a run of capitalised
    words (without a sentence opener), or one lower-case word; None when there is none."""
    stripped = before.rstrip().rstrip(",").rstrip()
    q = _QUOTED_END.search(stripped)
    if q:
        return q.group(1).strip(), q.start(1)
    m = _RUN.search(stripped)
    if m:
        run, start = m.group(1), m.start(1)
        to = run.find(" to ")              # 'ascribed by Theophanes to Kallinikos (…)': the last name
        if to > 0 and len(run.split()) == 3 and run[to + 4:to + 5].isupper():
            run, start = run[to + 4:], start + to + 4
        return _trim_run(stripped, start, run, index)
    house = _HOUSE_END.search(stripped)
    if house:                              # 'the Minamoto clan (Genji)': the name and its head
        found = _trim_run(stripped, house.start(1), house.group(1), index)
        if found:
            return f"{found[0]} {house.group(2)}", found[1]
    run = _LOWER_RUN.search(stripped)
    if run and not any(w in lexicon.FUNCTION_WORD_SET for w in run.group(1).split()):
        return run.group(1), run.start(1)
    low = _LOWER_END.search(stripped)
    if low and low.group(1).lower() not in lexicon.FUNCTION_WORD_SET:
        return low.group(1), low.start(1)
    return None


def named_before(before: str, index: TextIndex | None = None) -> tuple[str, str | None, int] | None:
    """term_before, and the term's original when the term is in another script: a quoted name
    in another script after a Latin-script name ('Selurong "षेलुरोन"'), or a quoted name in two
    scripts ('"كوتا سلودوڠ Kota Saludong"'): (term, original or None, offset)."""
    found = term_before(before, index)
    if found is None or not is_foreign(found[0]):
        return (found[0], None, found[1]) if found else None
    term, offset = found
    scripted = runs(term)
    latin = term
    for r in reversed(scripted):
        latin = latin[:r.start] + latin[r.end:]
    latin = latin.strip(" ,")
    if latin[:1].isupper() and not is_foreign(latin) and not re.search(r"[\"“”]", latin):
        original = term[scripted[0].start:scripted[-1].end].strip()
        return latin, original, offset + term.find(latin)
    opening = before[:offset].rstrip()
    if opening.endswith(("\"", "“")):
        prior = term_before(opening[:-1], index)
        if prior and not is_foreign(prior[0]) and prior[0][:1].isupper():
            return prior[0], term, prior[1]
    return term, None, offset


def _trim_run(text: str, start: int, run: str, index: TextIndex | None) -> tuple[str, int] | None:
    """A capitalised run without the words that open a sentence or a clause."""
    ws = run.split(" ")
    cut = max((i for i, w in enumerate(ws[:-1]) if w.isdigit() or w in lexicon.MONTHS), default=-1)
    if cut >= 0 and not re.fullmatch(r"\d+(?:st|nd|rd|th)", ws[0]):
        start += sum(len(w) + 1 for w in ws[:cut + 1])      # 'December 37 in Antium' → 'Antium'
        ws = ws[cut + 1:]
    while ws and ws[0] in lexicon.NAME_CONNECTIVES:
        start += len(ws[0]) + 1
        ws = ws[1:]
    named = text[:start].endswith(("the ", "The "))      # 'the Three Districts Revolution'
    while ws and (ws[0] in _OPENERS or ws[0].lower() in lexicon.FUNCTION_WORD_SET
                  and not (named and (ws[0].lower() in lexicon.NUMBER_WORDS
                                      or ws[0].lower() in lexicon.ORDINAL_WORDS))
                  or ws[0].lower() in ("of", "the", "and")):
        start += len(ws[0]) + 1
        ws = ws[1:]
    # A capitalised sentence opener the text also uses in lower case ('Named …') is no part of it.
    opener = re.search(r"(?:^|[.!?]\s+)$", text[:start])
    while len(ws) > 1 and opener and index is not None and index.starts.get(ws[0].lower()):
        start += len(ws[0]) + 1
        ws = ws[1:]
    while ws and re.fullmatch(r"\d[\d,]*", ws[0]):
        start += len(ws[0]) + 1                  # '1385 the Union of Krewo': a number opens no name
        ws = ws[1:]
        while ws and ws[0] in ("of", "the"):
            start += len(ws[0]) + 1
            ws = ws[1:]
    term = " ".join(ws)
    return (term, start) if term else None


_EVENT_HEADS = frozenset(lexicon.EVENT_HEADS)


def names_after(text: str, pos: int, end: int | None = None) -> list[tuple[str, int]]:
    """The names a marker lists at `pos` ('A, the B or C'), each with its offset; [] when the
    list runs on into words that may still belong to a name (it would be cut short). An event's
    head alone with no article ('Rebellion') is no name in the list."""
    m = NAME_LIST.match(text, pos, len(text) if end is None else end)
    quoted = m and re.fullmatch(r"(?:[Tt]he\s+)?[\"“][^\"“”]+[\"”]", m.group(0))
    if not m or not (quoted or NAME_END.match(text, m.end())):
        return []                          # (quotes close a name: it is whole)
    out = []
    listed = re.sub(rf"\((?!{CAPWORD}\)[ ]+{CAP})[^()]*\)", lambda b: " " * len(b.group()), m.group(0))
    for part in re.finditer(rf"(?:[Tt]he\s+)?({NAME})", listed):
        name = part.group(1).strip("\"“”")
        bare_head = name in _EVENT_HEADS and not part.group(0)[:3].lower() == "the"
        if name and name.split()[0] not in _OPENERS and not re.search(r"\d{3}", name) and \
                not bare_head:             # 'Rebellion' alone names a kind ('the Rising' a thing)
            out.append((name, m.start() + part.start(1) + (1 if part.group(1)[0] in "\"“" else 0)))
    return out


_BRACKET_END = re.compile(r"\s*\([^()]*\)\s*$")


_SPELT_LABEL = re.compile(r"^(?:Latini[sz]ed|Anglici[sz]ed|Helleni[sz]ed|Romani[sz]ed|[Tt]ransliterated)\s+(?=[A-Z])")


def unlabelled(name: str) -> str:
    """A name without the label of its spelling ('Latinized Callinus' → 'Callinus')."""
    return _SPELT_LABEL.sub("", name.strip().strip("\"“”"))


def unbracketed(text: str) -> str:
    """`text` without the bracket that ends it ('Tarn Bay Company (Kellish: …)' → 'Tarn Bay
    Company'; 'Dungan Revolt (1862–1877)' → 'Dungan Revolt')."""
    return _BRACKET_END.sub("", text)


def line_before(text: str, pos: int, window: int = 240) -> str:
    """The text before `pos` in its passage (never across one), at most `window` characters."""
    lo = max(0, pos - window)
    nl = text.rfind("\n", lo, pos)
    return text[(nl + 1 if nl >= 0 else lo):pos]
