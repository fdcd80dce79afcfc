"""Definitions in brackets after a term: each piece between semicolons is judged by the table
NOT_A_DEFINITION, then read as another name ('(or Kelle)', '(formerly Tarn)'), a name in a
language the text names ('(Portuguese: Forte, "fort")', '(Forte in Portuguese)'), a gloss
('("camp")', '(lit. camp)', '(a military governor)'), a name in another script with its
transliteration, or a bare name ('Mona (Anglesey)', judged by NOT_AN_ALIAS)."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from ...scripts import is_foreign, language_tag, runs
from . import acronyms, names
from .align import is_acronym, long_form_after
from .candidate import Candidate, Context, script_tag
from .phrases import NAME, line_before, named_before, term_before, unlabelled
from .reject import rejected
from .rules import DECLARATIONS, NOT_A_DEFINITION, NOT_A_TERM

BRACKET = re.compile(r"\(([^()\n]{1,300})\)")
_MARKER = re.compile(
    r"(?:also\s+(?:known\s+as|called|spelled|spelt|written|rendered|referred\s+to\s+as)|"
    r"(?:sometimes|commonly|often|locally|popularly|formerly|later|now)\s+(?:known\s+as|called)|"
    r"alternative(?:ly|\s+spelling:?|\s+names?:?)|also|or|formerly|originally|later|"
    r"(?:sometimes|occasionally|often|commonly)(?:\s+spelt|\s+spelled|\s+written)?|"
    r"the\s+former(?:\s+[A-Z][a-z]+(?:an|ese|ish|ch)(?=\s+[A-Z0-9]))?|"
    r"nicknamed|known\s+as|known\s+(?:to|among)\s+(?:the\s+)?[A-Z][\w'’-]+\s+as|called|born|"
    r"(?-i:ancient|classical)(?=\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$)(?!\s+\w+(?:an|ic|ish|ese)$))\s+", re.I)
# ('ancient Iconium', 'classical Tarnum': the old name; not 'ancient Greek', a language)
_OLD = re.compile(r"(?:ancient|classical)\s+")
# 'the Latin phrase "…"', 'the Greek word …': the language the text names for the term after it.
_NAMED_LANGUAGE = re.compile(rf"\b([A-Z][a-z]+)\s+(?:{lexicon.alternation(lexicon.NAME_KINDS)})\s+[\"“]?$")
_NOW = re.compile(r"(?:(?:mainly|mostly|largely|roughly|partly|approximately|part\s+of)\s+)?(?:now|modern|modern-day|present-day|today|currently)\s+", re.I)
_GLOSS = re.compile(r"(?:lit\.|literally|meaning|i\.\s?e\.|translated(?:\s+as)?|"
                    r"English:?)\s+[\"“'‘]?(.+?)[\"”'’]?$", re.I)
_LABEL = re.compile(r"^([A-Za-z][\w'’]*(?:[ –-][A-Za-z][\w'’]*)?):\s*(.+)$")
_IN_LANG = re.compile(r"^(.+?)\s+in\s+([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$")
_LANG_FOR = re.compile(r"^(?:(?:an?|the)\s+)?([A-Z][a-z]+)(?P<word>\s+(?:word|term|name|expression|phrase))?"
                       r"\s+for\s+[\"“'‘]?(.+?)[\"”'’]?$")
_TERM_IN_LANG = re.compile(r"(?<![\w'’-])([a-z\u00DF-\u024F][\w'’-]+)\s+(?:in|ln)\s+([A-Z][a-z]+)\s*$")
_OTHER_IN_LANG = re.compile(r"(?<![\w'’-])([a-z\u00DF-\u024F][\w'’-]+)\s+(?:in|ln)\s+([A-Z][a-z]+)\s+or\s+$")
_QUOTED_OR = re.compile(r"[\"“]([^\"“”]{2,40})[\"”]\s+or\s+[\"“]$")
_QUOTED = re.compile(r"^[\"“'‘](.+)[\"”'’]$")
_ROMANISATION = frozenset(lexicon.ROMANISATION_LABELS)
# A language's name run into a name in another script: an export that dropped the colon.
_GLUED_LABEL = re.compile(r"([A-Z][a-z]+)(?=[^\x00-\u024F\s])")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate a bracket of the text makes (in the prose and in the labels: headings
    and the infobox's values, where a bare name is read only as the text declares, see
    `_bare`)."""
    text = ctx.text
    for m in BRACKET.finditer(text):
        start, end = m.start(1), m.end(1)
        acronym = acronyms.in_bracket(ctx, start, end)
        if acronym is not None:
            yield acronym
            continue
        if is_acronym(re.split(r"[,;]", m.group(1))[0].strip()):
            continue                       # a short form not spelt out: rejected as such
        cand = _read(ctx, start, end)
        if cand is not None:
            yield cand


_IN_LANGUAGES = re.compile(
    rf"\(\s*(?P<l1>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\),?\s+or\s+(?P<b>{NAME})"
    rf"\s+\(\s*(?P<l2>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*\)")


def in_languages(ctx: Context) -> Iterator[Candidate]:
    """'Ma'ayan Harod (Hebrew) or Ayn Jalut (Arabic)': two names of one thing, each followed by
    the language it is in (a language alone in brackets is otherwise no definition)."""
    text = ctx.text
    for m in _IN_LANGUAGES.finditer(text):
        first, second = language_tag(m.group("l1")), language_tag(m.group("l2"))
        found = term_before(line_before(text, m.start()), ctx.index)
        if not (first and second and found):
            continue
        term, offset = found
        other = m.group("b").strip("\"“”")
        if NOT_A_TERM.check(term) is not None or NOT_A_TERM.check(other) is not None or \
                term == other or re.search(r"\d", term + other):
            continue
        begin = m.start() - len(line_before(text, m.start())) + offset
        yield Candidate(term, "foreign", "names-in-languages", (begin, m.end()), lang=first,
                        names=[(other, second)], definition=f"{m.group('l1')} name")


_HEAD_AFTER = re.compile(r"[ \t]([A-Z][a-z]+)\b(?![’'-])")
_PLACE_HEADS = frozenset(lexicon.PLACE_HEADS)


def _head_after(text: str, cand: Candidate, at: int) -> None:
    """'Vask (formerly Harrow) Street': the bracket stands inside the name, whose head noun
    follows it; the term is the street, not the man it is named after."""
    head = _HEAD_AFTER.match(text, at)
    if head and head.group(1) in _PLACE_HEADS and not cand.term.endswith(head.group(1)):
        cand.term, cand.span = f"{cand.term} {head.group(1)}", (cand.span[0], head.end())
        cand.explained = True


def _read(ctx: Context, start: int, end: int) -> Candidate | None:
    """The candidate a bracket makes with the term before it, piece by piece."""
    text = ctx.text
    before = line_before(text, start - 1)
    labelled = _TERM_IN_LANG.search(before)
    lang = labelled and language_tag(labelled.group(2), loose=True)
    # A heading is a name from its first word: no sentence opener to cut (no index).
    index = ctx.index if ctx.label_at(start) is None else None
    found = (labelled.group(1), None, labelled.start(1)) if lang else named_before(before, index)
    if found is None:
        return None
    term, original, offset = found
    title = ctx.title
    if title and term != title and title.endswith(" " + term) and before.rstrip(" ,").endswith(title):
        offset -= len(title) - len(term)   # the article's own title, whatever its first word
        term = title
    national = re.search(r"(?:^|\s)([A-Z][a-z]+)\s+$", before[:offset])
    if term[:1].islower() and " " not in term and national and \
            national.group(1).lower() not in lexicon.FUNCTION_WORD_SET and language_tag(national.group(1)):
        term, offset = f"{national.group(1)} {term}", national.start(1)    # 'Greek fire (…)'
    compound = re.search(r"(?:^|\s)([a-z][\w'’-]{2,})\s+$", before[:offset])
    if term[:1].islower() and " " not in term and compound and \
            re.match(rf"an?\s+(?:\S+\s+)?{re.escape(term)}\b", text[start:end]) and \
            compound.group(1) not in lexicon.FUNCTION_WORD_SET:
        # 'the turret ship (a ship whose guns …)': the gloss names the compound's head, so the
        # compound is the term
        term, offset = f"{compound.group(1)} {term}", compound.start(1)
    tail = names.foreign_tail(term)
    if tail and tail != term and names.english(text[start:end].split(";")[0].strip()):
        offset += len(term) - len(tail)    # 'the Feast of the Nuestra Señora (Our Lady)'
        term = tail
    term_start = start - 1 - len(before) + offset
    if (rule := NOT_A_TERM.check(term)) is not None:
        rejected(ctx, rule.name, term_start, term_start + len(term))
        return None
    cand = Candidate(term, "alias", "", (term_start, end + 1), lang=lang or None,
                     quoted=before.rstrip(" ,").endswith(("\"", "”")), original=original)
    if lang:                               # 'panginuan in Meranau or panginoón in Tagalog (…)'
        other = _OTHER_IN_LANG.search(before, 0, labelled.start(1))
        if other:
            cand.names.append((other.group(1), language_tag(other.group(2), loose=True) or "und"))
            cand.span = (term_start - (labelled.start(1) - other.start(1)), end + 1)
    pos = start
    for piece in _pieces(text[start:end]):
        lead = len(piece) - len(piece.lstrip())
        _piece(ctx, cand, piece.strip(), pos + lead)   # 'born A B, 4 April 188 – …': a name, a date
        pos += len(piece) + 1
    if not cand.has_content() or not cand.rule:
        return None
    _head_after(text, cand, end + 1)
    named = _NAMED_LANGUAGE.search(before[:offset])
    if cand.lang is None and cand.kind == "foreign" and named:  # 'the Latin phrase "…" ("…")'
        cand.lang = language_tag(named.group(1)) or None
    other = _QUOTED_OR.search(before[:offset]) if cand.quoted else None
    if other:                              # '"trisikads" or "sikads" (…)': one thing, two names
        cand.aliases.append(other.group(1))
    return cand


def _pieces(bracket: str) -> list[str]:
    """A bracket's pieces between semicolons; 'born A B, 4 April 188 – 217' is two: a name and
    a life span."""
    out = []
    for piece in bracket.split(";"):
        born = re.match(r"(\s*born\s+[A-Z][^,;\d]{2,60}),(?=\s)", piece)
        out.extend([born.group(1), piece[born.end():]] if born else [piece])
    return out


def _piece(ctx: Context, cand: Candidate, piece: str, at: int) -> None:
    """File one piece of a bracket on the candidate (see the module docstring)."""
    if not piece:
        return
    if (rule := NOT_A_DEFINITION.check(piece)) is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary definition")
        return
    label = _LABEL.match(piece)
    if label and label.group(1).casefold() in _ROMANISATION:
        _add_alias(cand, label.group(2).strip(), "bracket-romanisation")
        return
    named = re.sub(r"^in\s+", "", label.group(1)) if label else ""
    lang = language_tag(named, loose=True) if label else None
    if lang:
        _labelled(ctx, cand, label.group(2), lang)
        return
    if label and _names_a_script(named) and is_foreign(label.group(2)):
        _name(cand, label.group(2).strip(), None)           # '(in Cyrillic: Подводник)'
        cand.rule, cand.kind = cand.rule or "bracket-script-label", "foreign"
        return
    for reader in (_marked, _in_language, _gloss, _scripted, _script_term, _quoted_term, _native_word,
                   _foreign_term):
        if reader(ctx, cand, piece, at):
            return
    _bare(ctx, cand, piece, at)


def _bare(ctx: Context, cand: Candidate, piece: str, at: int) -> None:
    """A bare name: in the prose, another name when nothing says otherwise (names.bare); in a
    heading, a name only when the text declares what its headings' brackets hold; in the
    infobox, never (a place's region, a person's office)."""
    where = ctx.label_at(at)
    if where is None:
        names.bare(ctx, cand, piece, at)
    elif where == "heading" and (label := _declared(ctx)) is not None:
        names.declared(ctx, cand, piece, at, label)
    else:
        rejected(ctx, "label-bare-bracket", at, at + len(piece), "a glossary alias")


def _declared(ctx: Context) -> str | None:
    """Whose names the text says its brackets hold ('PAGASA', 'local'; '' when it says only
    'names'), or None when it says nothing of the kind (rules.DECLARATIONS)."""
    if "declared" not in ctx.memo:
        m = next(DECLARATIONS.rules[0].finditer(ctx.text, 0, ctx.prose_end), None)
        label = None
        if m is not None:
            label = (m.group("label") or "").strip()
            first = label.split(" ")[0]
            if label == first and first[1:].islower() and ctx.index.starts.get(first.lower()):
                label = first.lower() + label[len(first):]    # 'Local names are …' → 'local'
        ctx.memo["declared"] = label
    return ctx.memo["declared"]


def _names_a_script(label: str) -> bool:
    """'Cyrillic', 'Arabic script': a script's name (ISO 15924 through fontTools), which names
    no language."""
    from fontTools import unicodedata as ucd
    return ucd.script_code(re.sub(r"\s+script$", "", label, flags=re.I), default=None) is not None


def _add_alias(cand: Candidate, name: str, rule: str) -> None:
    name = unlabelled(name)                # '(Latinized Callinus)': the name, not its label
    pair = name.split(" and ")
    if len(pair) == 2 and all(names.similar(p, cand.term) for p in pair):
        for p in pair:                     # '(also Vell Höyük and Vell Hüyük)': two spellings
            _add_alias(cand, p, rule)
        return
    if name and name != cand.term and name not in cand.aliases:
        cand.aliases.append(name)
        cand.rule = cand.rule or rule


def _marked(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'(also known as A, B or C)', '(or Kelle)', '(formerly Tarn)', '(now Tarnow)'; a second
    marker after a comma starts a piece of its own ('also called A, sometimes known as B')."""
    m = _MARKER.match(piece) or _NOW.match(piece)
    if not m or _OLD.fullmatch(m.group()) and language_tag(piece[m.end():]):
        return False
    parts = re.split(r",\s+(?=(?:also|sometimes|or|formerly|now|modern|later|originally)\s)", piece)
    if len(parts) > 1:
        for part in parts:
            _marked(ctx, cand, part, at + piece.find(part))
        return True
    rest = piece[m.end():].strip()
    if _marked_word(cand, m.group(0).strip().lower(), rest):
        return True
    listed = names.listed(piece, m.end())
    dated = re.search(r"\s+(?:until|till|before|after|from|since|in|between)\s+(?:c\.\s*)?\d{3,4}"
                      r"(?:\s*(?:[–-]|and|to)\s*\d{2,4})?\s*$", piece)
    if not listed and dated:               # '(known as the Tarn Commission until 1960)'
        listed = names.listed(piece[:dated.start()], m.end())
    described = re.search(r",\s+(?:an?|the)\s+[a-z]", piece)
    if not listed and described:
        listed = names.listed(piece[:described.start()], m.end())
        if listed:
            cand.definition = cand.definition or piece[described.start() + 1:].strip()
    if not listed and _NOW.match(piece) and re.fullmatch(r"[A-Z][\w'’-]+\s+and\s+[A-Z][\w'’-]+",
                                                         piece[m.end():].strip()):
        listed = [piece[m.end():].strip()]
    if not listed:
        rejected(ctx, "bracket-cut-name", at, at + len(piece), "a glossary alias")
        return True
    for name in listed:
        _add_alias(cand, name, "bracket-now-name" if _NOW.match(piece) else "bracket-also-known-as")
    return True


_QUOTED_ALT = re.compile(r"[\"“]([^\"“”]{2,40})[\"”](?:,\s+[\"“]([^\"“”]{2,60})[\"”])?")


def _marked_word(cand: Candidate, marker: str, rest: str) -> bool:
    """What a marker gives besides a list of names: a birth name ('born Lucius Vell Tarno, 4
    April 188 – …'), a spelling in lower case ('also spelled chac-mool'), a quoted other word
    and its gloss ('or "nagauta", "long poems"')."""
    if marker == "born":
        born = re.match(r"((?:[A-Z][\w'’-]+\s+){1,4}[A-Z][\w'’-]+)(?=,|\s*$)", rest)
        if born and not any(w in lexicon.MONTHS for w in born.group(1).split()):
            _add_alias(cand, born.group(1), "bracket-birth-name")
        return True                        # 'born in Rome', 'born 4 April 188': no name
    if re.fullmatch(r"[a-z\u00DF-\u024F][\w'’-]+", rest) and names.similar(rest, cand.term):
        _add_alias(cand, rest, "bracket-also-known-as")
        return True
    quoted = _QUOTED_ALT.fullmatch(rest)
    if quoted and marker == "or":
        _add_alias(cand, quoted.group(1), "bracket-also-known-as")
        if quoted.group(2):
            cand.definition = cand.definition or quoted.group(2)
        return True
    return False


def _labelled(ctx: Context, cand: Candidate, value: str, lang: str) -> None:
    """'Portuguese: Forte, "fort"', 'Russian: Зимняя война, Zimnyaya voyna': the language the
    label names is the language of the first name (and of the Latin-script ones)."""
    scripted = None
    pieces = [p.strip() for p in re.split(r",\s*", value) if p.strip()]
    if "," in cand.term:                   # a name with a list inside ('A, B and C Office'): its
        pieces = _rejoined(pieces)         # translation's list is no list of names
    for piece in pieces:
        abbreviated = re.fullmatch(r"abbreviated(?:\s+as)?\s+(\S+)(?:\s+\[[^\]]*\])?", piece)
        if abbreviated and is_acronym(abbreviated.group(1)) and \
                long_form_after(abbreviated.group(1), cand.term):
            _add_alias(cand, abbreviated.group(1), "bracket-language-label")
            continue                       # '(Filipino: …, abbreviated as PAGASA)'
        literally = re.match(r"(?:literally|lit\.|meaning)\s+", piece)
        quoted = _QUOTED.match(piece[literally.end():] if literally else piece)
        roman = _LABEL.match(piece)
        if literally and not quoted:
            continue                       # 'literally the friends': a gloss, no name
        if quoted:
            cand.definition = cand.definition or quoted.group(1).strip()
        elif roman and roman.group(1).casefold() in _ROMANISATION:
            _add_alias(cand, roman.group(2), "bracket-romanisation")
        elif scripted and not is_foreign(piece):
            _add_alias(cand, piece, "bracket-romanisation")
        elif (cand.original or scripted) and re.match(r"[a-z]+\s", piece):
            break                          # ', later renamed B 東, "East"': an aside, and what
                                           # follows it is about B, not the term
        else:
            found = runs(piece, ctx.han)
            script = found[0].script if found else None
            own = lang if not (scripted and script and script != scripted) else None
            _name(cand, piece, own)
            scripted = scripted or script
    cand.rule = cand.rule or "bracket-language-label"
    cand.kind = "foreign"


def _rejoined(pieces: list[str]) -> list[str]:
    """Pieces split at the commas of one name ('Pangasiwaan ng Serbisyong Atmospero', 'Heopisiko
    at Astronomiya'): a capitalised piece in Latin letters after such a name belongs to it."""
    out: list[str] = []
    for piece in pieces:
        if out and piece[:1].isupper() and not is_foreign(piece) and not _LABEL.match(piece) and \
                not is_foreign(out[-1]) and " " in out[-1] and not _QUOTED.match(piece):
            out[-1] = f"{out[-1]}, {piece}"
        else:
            out.append(piece)
    return out


def _name(cand: Candidate, name: str, lang: str | None) -> None:
    """File a name in another language: the first is the original, the others its names; `lang`
    is the language the text names for it, or None."""
    if cand.original is None:
        cand.original, cand.lang = name, lang
    elif (name, lang or script_tag(name)) not in cand.names and name != cand.original:
        cand.names.append((name, lang or script_tag(name)))


def _in_language(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'(Forte in Portuguese)', '(Latin for "camp")'."""
    m = _IN_LANG.match(piece)
    if m and (lang := language_tag(m.group(2), loose=True)):
        _name(cand, m.group(1).strip("\"“”"), lang)
        cand.rule, cand.kind = cand.rule or "bracket-in-language", "foreign"
        return True
    m = _LANG_FOR.match(piece)
    lang = m and language_tag(m.group(1), loose=True)
    if m and (lang or m.group("word")):    # '(a Vellic word for "river")': a family, no tag
        cand.definition = cand.definition or m.group(3)
        cand.lang = cand.lang or lang or None
        cand.rule, cand.kind = cand.rule or "bracket-language-for", "foreign"
        return True
    return False


def _gloss(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'("camp")', '(lit. camp)', '(meaning camp)' after a word; in the prose only (a heading's or
    an infobox value's bracket is a qualifier more often than not), '(a military governor)',
    a rare word and its meaning ('aurochs (wild cattle)'), 'submarines (U-boats)', 'the Lakans
    (rulers of the coast)'."""
    m = _GLOSS.match(piece) or _QUOTED.match(piece)
    if m and (re.search(r"[\"”']\s*,\s*[\"“']", piece) or re.match(r"translated\s+by\b", piece)):
        return True                        # '("A", "B", "C")': examples; 'translated by X as': a credit
    if m:
        cand.definition = cand.definition or m.group(1).strip("\"“”'‘’ ")
        cand.rule, cand.kind = cand.rule or "bracket-gloss", "foreign"
        label = re.fullmatch(r"([A-Z][a-z]+)\s+([A-Z\u00C0-\u024F][\w'’-]+)", cand.term)
        if label and (lang := language_tag(label.group(1))) and not lexicon.english_word(label.group(2)):
            cand.term, cand.lang = label.group(2), cand.lang or lang   # 'Dutch Kustvelder'
        return True
    if ctx.label_at(at) is not None:
        return False
    lone = cand.term[:1].islower() or ctx.count(cand.term) <= 2
    if re.match(r"(?:a|an)\s+[a-z]", piece) and lone and not _STORY_WORDS.search(piece) and \
            not re.search(rf"\b{re.escape(cand.term)}\b", piece, re.I) and \
            (" " not in cand.term or re.fullmatch(r"[A-Za-z][a-z]+ [a-z][\w'’-]+", cand.term)):
        owner = re.search(rf"\b([a-z]{{3,}}) of {re.escape(cand.term)}\s*\($", ctx.text[max(0, at - 80):at])
        if owner and owner.group(1) not in lexicon.FUNCTION_WORD_SET:
            cand.term = f"{owner.group(1)} of {cand.term}"     # 'a writ of assistance (a warrant)'
        cand.definition = cand.definition or piece
        cand.rule, cand.kind = cand.rule or "bracket-indefinite-gloss", "term"
        return True
    if re.fullmatch(r"[a-z]{4,}", cand.term) and lone and not cand.quoted and not lexicon.english_word(cand.term) and \
            re.fullmatch(r"(?:[a-z][\w'’-]*|[A-Z]{2,5})(?:\s+[a-z][\w'’-]*){1,7}", piece) and \
            piece.split()[0] not in lexicon.FUNCTION_WORD_SET and not _STORY_WORDS.search(piece):
        cand.definition = cand.definition or piece          # 'aurochs (wild cattle)'
        cand.rule, cand.kind = cand.rule or "bracket-rare-word-gloss", "term"
        return True
    if re.fullmatch(r"[A-Z]{1,2}-[a-z]{3,}s", piece) and re.fullmatch(r"[a-z]{4,}s", cand.term):
        cand.term, cand.definition = singular(piece), singular(cand.term)    # 'submarines (U-boats)'
        cand.rule, cand.kind = cand.rule or "bracket-letter-compound", "term"
        return True
    plural = re.match(r"([a-z][\w'’-]*s)(?:\s|$)", piece)
    if plural and not cand.quoted and re.fullmatch(r"[\w'’-]+s", cand.term) and len(piece.split()) <= 8 and \
            plural.group(1) not in lexicon.FUNCTION_WORD_SET and not re.search(r"\d", piece):
        cand.definition = cand.definition or piece      # 'the Lakans (rulers of the coast)'
        cand.rule, cand.kind = cand.rule or "bracket-plural-gloss", "term"
        return True
    return False


def _scripted(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """A name in another script, then maybe its transliteration and its meaning."""
    if is_foreign(piece):
        parts = [p.strip() for p in re.split(r",\s*", piece) if p.strip()]
        spelt = [p for p in parts if _transliteration(p)]
        if spelt and _everyday(cand.term) and not re.search(r"\d", piece) and \
                not names.similar(spelt[0], cand.term):
            glosses = [p.strip("\"“”'‘’") for p in parts if _QUOTED.match(p)]
            cand.term, cand.definition = spelt[0], glosses[0] if glosses else cand.term
            for part in parts:             # 'a pivot (βελλόν, vellon)': the Greek word
                if is_foreign(part):
                    _name(cand, part, None)
            cand.rule, cand.kind = cand.rule or "bracket-other-script", "foreign"
            return True
        for part in parts:
            glued = _GLUED_LABEL.match(part)
            if re.search(r"\d", part):
                break                      # a life span or a date: no name, no meaning
            if glued and (lang := language_tag(glued.group(1))):
                _name(cand, part[glued.end():], lang)   # 'Korean김홍도': a label lost its colon
            elif is_foreign(part):
                _name(cand, part, None)
            elif part == cand.term:
                continue                   # the transliteration the term already is
            elif part[:1].isupper():
                _add_alias(cand, part, "bracket-other-script")
            else:
                cand.definition = cand.definition or part.strip("\"“”'‘’")
        cand.rule, cand.kind = cand.rule or "bracket-other-script", "foreign"
        return True
    if cand.original and not is_foreign(piece):
        if piece[:1].islower() or _QUOTED.match(piece):
            cand.definition = cand.definition or piece.strip("\"“”'‘’")
        else:
            _add_alias(cand, piece, "bracket-other-script")
        return True
    return False


_CALENDAR = frozenset((*lexicon.MONTHS, *lexicon.WEEKDAYS))
# A gloss that speaks of the story's people or of what must or would have been is an aside of
# the author ('(a move that must have taken much diplomacy)'), not a definition.
_STORY_WORDS = re.compile(rf"\b{lexicon.alternation((*lexicon.STORY_PRONOUNS, *lexicon.ASIDE_WORDS))}\b")


def _transliteration(part: str) -> bool:
    """A word or two in Latin letters, lower case, unquoted, of no everyday English ('strepton',
    'pŷr rhōmaïkón'): a foreign word spelt out."""
    words = part.split()
    return 1 <= len(words) <= 3 and all(re.fullmatch(r"[a-zß-ɏ][^\W\d_]*(?:-[^\W\d_]+)*", w) for w in words) \
        and not any(lexicon.english_word(w) for w in words)


def _everyday(term: str, most: int = 3) -> bool:
    """A term in English: one word in plain Latin letters, or everyday English words, the last in
    lower case ('pivot', 'sea flame'): the foreign word in the bracket after it is the entry,
    glossed by it."""
    words = re.findall(r"[\w'’-]+", term)
    return 1 <= len(words) <= most and words[-1].islower() and term.isascii() and \
        (len(words) == 1 or all(lexicon.english_word(w) for w in words))


def singular(word: str) -> str:
    """A plural noun's singular, by the regular English endings ('U-boats', 'colonies')."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if re.search(r"(?:ch|sh|x|ss|z)es$", word):
        return word[:-2]                   # 'launches', 'boxes'
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _script_term(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'"王" (Kings)': a term in another script, then what it means (or says) in Latin script."""
    if not is_foreign(cand.term) or is_foreign(piece) or cand.original or \
            not re.fullmatch(r"[\"“]?[A-Za-z][\w'’ -]{1,60}[\"”]?", piece):
        return False
    cand.definition = cand.definition or piece.strip("\"“”")
    cand.rule, cand.kind = cand.rule or "bracket-script-term-gloss", "foreign"
    return True


def _quoted_term(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'"tricycles" (motorcycles with sidecars, …)': a term the text puts in quotes, then what
    it is, in lower case."""
    if cand.quoted and _transliteration(piece) and _everyday(cand.term, 10):
        cand.term, cand.definition = piece, cand.term      # '"sea flame" (pŷr vellikón)'
        cand.quoted = False
        cand.rule, cand.kind = cand.rule or "bracket-quoted-gloss", "foreign"
        return True
    if cand.quoted and cand.term[:1].islower() and _everyday(cand.term, 6) and \
            re.fullmatch(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}", piece) and \
            piece.split()[0] not in _CALENDAR:
        cand.definition = piece            # '"tongue of kings" (Old Vellic)'
        cand.rule, cand.kind = cand.rule or "bracket-quoted-term", "term"
        return True
    first = piece.split()[0] if piece.split() else ""
    if cand.quoted and re.match(r"[a-z]", piece) and \
            (first not in lexicon.FUNCTION_WORD_SET or first in lexicon.DETERMINERS or
             re.match(r"[a-z]+\s+(?:which|whom)\b", piece)) and \
            not re.fullmatch(r"[a-z]+(?:ed|ing)", first):    # '(situated on an island)': a note
        cand.definition = cand.definition or piece.split(",")[0].strip()
        cand.rule, cand.kind = cand.rule or "bracket-quoted-term", "term"
        return True
    return False


_NATIVE = re.compile(r"[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]{2,}(?:\s[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]{2,})?")


def _native_word(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'the Great Hunger (ukame)', 'a member (hwawon) of the guild': one or two lower-case words
    that no everyday English has (lexicon.english_words), after English words: the text's own
    word for the thing, glossed by the words before it."""
    words = piece.split()
    if ctx.label_at(at) is not None or not _NATIVE.fullmatch(piece) or \
            any(lexicon.english_word(w) or w in _ROMANISATION or w in lexicon.UNITS for w in words) or \
            not all(lexicon.english_word(w) or w in lexicon.FUNCTION_WORD_SET for w in cand.term.split()) or \
            cand.original or cand.quoted:
        return False
    gloss = cand.term
    cand.term, cand.definition, cand.span = piece, gloss, (cand.span[0], at + len(piece) + 1)
    cand.rule, cand.kind, cand.explained = cand.rule or "bracket-native-word", "foreign", True
    return True


_LOWER_WORD = r"[a-z\u00DF-\u024F][\w\u00DF-\u024F'’-]*"


def _foreign_term(ctx: Context, cand: Candidate, piece: str, at: int) -> bool:
    """'the húihúi pào (Muslim trebuchet)': lower-case words no everyday English has, then their
    meaning in English words in brackets (the words before the term that no English has belong
    to it)."""
    words = piece.split()
    if ctx.label_at(at) is not None or not re.fullmatch(_LOWER_WORD, cand.term) or \
            lexicon.english_word(cand.term) or not 1 <= len(words) <= 5 or \
            re.search(r"[\d\"“”:]", piece) or words[0].lower() in lexicon.FUNCTION_WORD_SET:
        return False
    rare = [w for w in words if not (lexicon.english_word(w) or w.lower() in lexicon.FUNCTION_WORD_SET)]
    if len(rare) > 1 or rare and ctx.count(rare[0]) + ctx.count(rare[0].capitalize()) < 2:
        return False                       # English, or a word the text itself uses ('trebuchet')
    term, span = cand.term, cand.span
    for _ in range(2):                     # 'the húihúi pào': the words before that no English has
        prior = re.search(rf"(?<=\s)({_LOWER_WORD})\s$", ctx.text[max(0, cand.span[0] - 40):cand.span[0]])
        if not prior or lexicon.english_word(prior.group(1)) or prior.group(1) in lexicon.FUNCTION_WORD_SET:
            break
        cand.term = f"{prior.group(1)} {cand.term}"
        cand.span = (cand.span[0] - len(prior.group()), cand.span[1])
    if " " not in cand.term and cand.term.isascii():
        cand.term, cand.span = term, span  # 'quern (hand mill)': one plain word may be English
        return False
    name = re.search(r"(?<=\s)([A-Z][\w'’]+)\s$", ctx.text[max(0, cand.span[0] - 40):cand.span[0]])
    if name and words[0][:1].isupper() and not lexicon.english_word(name.group(1)):
        cand.term = f"{name.group(1)} {cand.term}"      # 'Adua e' vendicata (Adwa has been avenged)'
        cand.span = (cand.span[0] - len(name.group()), cand.span[1])
    cand.definition = cand.definition or piece
    cand.rule, cand.kind = cand.rule or "bracket-foreign-term-gloss", "foreign"
    return True
