"""Enricher: a glossary extracted from the text — acronyms, alternate names, foreign-script terms."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .dates import MONTHS
from .collation import fold, plain, sort_key
from .acronyms import STOPWORDS, initials_match, is_acronym, long_form_before
from ..model import Book, GlossaryEntry
from .people import TITLES
from .textindex import TextIndex
from .scripts import han_variant, is_foreign, language_tag, runs
from ..read.shape import texts, walk_blocks
from ..read.text import slugify, unique_id

# All-capital tokens that are era or time markers, not terms of the subject.
_NOT_ACRONYMS = {"BC", "AD", "BCE", "CE", "AM", "PM", "OK", "AH", "OS", "NS"}


def lang_of(text: str, han: str) -> str | None:
    """The language of the first non-Latin run; `han` is the article's Chinese writing system."""
    found = runs(text, han)
    return found[0].lang if found else None


_WINDOW = 400        # characters around a parenthesis or a marker that can hold its term
_PAREN = re.compile(r"\(([^()]{1,200})\)")
_CAP = r"[A-Z\u00C0-\u024F][\w'’\-–]*"
# Words that may follow an alternate name in parentheses ("Tihwa (Ürümqi) in …").
_AFTER_ALIAS = re.compile(
    r"\s*(?:$|[.,;:)!?]|(?:in|and|to|of|was|were|is|are|had|has|the|a|with|from|at|on|by|for|who|"
    r"which|that|as|or|but|under|near|against|during|after|before|over|into|through|about|across|"
    r"toward|towards|within|between|among|upon|around|[a-z]+ed)\b)")
_TERM_RUN = re.compile(rf"((?:{_CAP}|\d+)(?:\s+(?:(?:of|the|and|for|on|to|de|du|la|el|del)\s+)*(?:{_CAP}|\d+))*)\s*$")
_QUOTED_END = re.compile(r"[\"“]([^\"“”]{2,80})[\"”],?\s*$")
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"}
# Lower-case words inside a proper name ('The Last Stand at Wu River', 'Kha'p'oo na Owinge').
_CONNECT = r"(?:of|the|and|at|on|in|for|de|du|des|la|le|el|del|na|von|van|der|den|di|da|al|y|upon)"
# An event named in lower case after its proper words ('Lhasa uprising', 'Herero rebellion').
_EVENT_WORD = r"(?:uprising|rebellion|revolt|war|massacre|incident|campaign|movement|revolution|" \
              r"riots?|mutiny|insurrection|affair|crisis|conflict|expedition|siege|battle)"
_NAME = rf"(?:[\"“][^\"“”]{{2,60}}[\"”]|{_CAP}(?:[ –-]+(?:{_CONNECT}\s+)*{_CAP})*(?:\s+{_EVENT_WORD}\b)?)"
# 'X, Y, or Z' after a marker: each an alternate name.
_NAME_LIST = rf"(?:the\s+)?{_NAME}(?:\s*,\s*(?:the\s+)?{_NAME})*(?:,?\s+or\s+(?:the\s+)?{_NAME})?"
# Markers that introduce alternate names in running text.
_ALIAS_MARKER = re.compile(
    r"(?:\b(?:also|sometimes|commonly|often|later|formerly|locally|popularly|widely|alternatively)\s+"
    r"(?:known|called|named|referred to|spelled|spelt|dubbed|termed|styled)"
    r"|\b(?:known|referred to|remembered)(?:\s+(?:in|by|among|to)\s+[^,;.()]{1,40}?)?\s+as"
    r"|(?:,|\b(?:was|were|is|are|been))\s+(?:called|dubbed|termed|named)"
    r"|\b[Tt]he\s+(?:alternatives?|variants?|alternative names?|other names?))"
    r"(?:\s+as)?\s+(?=the\s|[A-Z\u00C0-\u024F\"“])")
_LIST_AT = re.compile(_NAME_LIST)
# What may follow an alternate name: the clause goes on, so the name is whole.
_NAME_END = re.compile(r"\s*(?:$|[.,;:)!?(]|\s(?:was|were|is|are|had|has|have|and|or|but|which|who|"
                       r"in\s+(?:English|Chinese|[A-Z][a-z]+(?:\s+[a-z]+)?)\b|had|gained|became|"
                       r"began|emphasi[sz]ing|for)\b)")
# Markers inside a parenthesis: '(or Qamdo)', '(also spelled Adowa)', '(modern-day Seoul)'.
_PAREN_MARKER = re.compile(r"^(?:also spelled|also spelt|also known as|also called|also|or|"
                           r"alternative spelling:?|alternatively|formerly|now|modern-day|modern|"
                           r"present-day|today|later)\s+", re.I)
# 'A'/'An' as the English article: 'An' before a vowel, 'A' before a consonant ('An Lushan' is a name).
_ARTICLE_A = r"(?:An(?=\s+[AEIOUÀ-Ö])|A(?=\s+[^AEIOU\W]))"
_DATE_WORDS = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday)\b")
_NOW = re.compile(r"(?:now|modern|modern-day|present-day|today)\s", re.I)
_GLOSS_MARKER = re.compile(r"^(?:lit\.|literally|meaning)\s+", re.I)
_LABEL = re.compile(r"^([A-Za-z][\w'’]*(?:[ –-][A-Za-z][\w'’]*)?):\s*(.+)$")
# Labels of a transliteration, not of a language: the Latin spelling of the name before it.
_ROMANISATION = {"romanized", "romanised", "romanization", "romanisation", "transliterated",
                 "transliteration", "translit", "pinyin", "hanyu pinyin", "hepburn", "wade–giles",
                 "wade-giles", "jyutping", "mccune–reischauer", "mccune-reischauer", "rr",
                 "revised romanization", "ala-lc", "iso 9", "latin"}
# A noun phrase standing for the article's subject ('the overall conflict was dubbed …').
_SUBJECT_NOUN = re.compile(r"\b[Tt]he\s+(?:overall\s+|whole\s+|entire\s+)?(?:conflict|war|battle|revolt|"
                           r"uprising|rebellion|siege|campaign|massacre|revolution|insurgency)\b"
                           r"[^,;.]{0,30}$")
# Words that open a sentence and name nothing: never a glossary term.
_NOT_TERMS = {"It", "Its", "They", "Their", "He", "His", "She", "Her", "This", "These", "Those",
              "There", "That", "We", "In", "On", "At", "By", "The", "A", "An"}
_WORD_DEF = re.compile(r"\b(?:word|term|called|named)\s+([a-z][\w'’-]+)\s+\(([a-z][^()]{3,80})\)")
_GROUP_NOUN = ("Clique|Society|Party|Movement|League|Committee|Council|Front|Brotherhood|Dynasty|"
               "Kingdom|Government|Regime|Group|Line|Camp|Incident|Treaty|Pact|Accord|Alliance|"
               "Confederation|Federation|Order|Sect|Tribe|Clan|Guard|Guards|Legion")
_GROUP = re.compile(rf"\b((?:{_CAP}\s+){{1,3}}(?:{_GROUP_NOUN}))\b")


@dataclass
class _Cand:
    """A glossary entry being assembled."""

    term: str
    kind: str
    expansion: str | None = None
    original: str | None = None
    lang: str | None = None
    definition: str | None = None
    transliteration: str | None = None
    aliases: list[str] = field(default_factory=list)
    names: list[tuple[str, str]] = field(default_factory=list)   # (name, language tag)


def enrich(book: Book) -> Book:
    """Extract glossary entries and sort them with a locale-aware key (Ü with U)."""
    paras = [(section, block.id, " ; ".join(texts(block))) for _, section, block in walk_blocks(book)]
    full = "\n".join(t for _, _, t in paras)
    people = [c.name for c in book.article.infobox.commanders]
    han = han_variant(full)
    cands: list[_Cand] = []
    title = re.sub(r"\s*\([^()]*\)\s*$", "", book.article.title)
    conflict = book.article.infobox.field("Conflict")
    # What 'the conflict' and 'the alternatives' name: the infobox's conflict, else the title.
    subject = re.sub(r"\s*\([^()]*\)\s*$", "", conflict.value) if conflict else title
    index = TextIndex(full)
    for _, _, text in paras:
        cands.extend(_from_parens(text, index, han, title))
        cands.extend(_from_known_as(text, title, subject, index))
    cands.extend(_undefined_acronyms(full, [t for _, _, t in paras], cands))
    cands.extend(_spelling_variants(full))
    cands.extend(_groups(full, cands))
    cands.extend(_appositions(full, cands))
    cands = [_epithet(c, people) for c in cands]
    entries = _merge([c for c in cands if not _is_person(c, people)], index, (title, subject))
    located = []
    for e in entries:
        names = [e.term, *e.aliases] + ([e.expansion] if e.expansion else [])
        section, anchor = _first(paras, names)
        if anchor:
            located.append(replace(e, first_section=section, anchor=anchor))
    see = []
    for e in located:
        for alias in e.aliases:
            if not is_foreign(alias) and alias.lower() != e.term.lower():
                see.append(GlossaryEntry(id="", term=alias, expansion=e.term, see=e.id,
                                         first_section=e.first_section, anchor=e.anchor,
                                         kind="see"))
    allent = sorted(located + see, key=lambda e: (sort_key(e.term), e.see is not None))
    taken: dict[str, int] = {}
    out = [e if e.see is None else replace(e, id=unique_id("g-see-" + slugify(e.term, "term"), taken))
           for e in allent]
    return replace(book, glossary=tuple(out))


def _trim_common(term: str, index: TextIndex) -> str:
    """Drop a leading word used on its own elsewhere when the rest also stands alone in the text
    ('Muslim Tungan (Hui)' → 'Tungan'), never inside a name ('German South West Africa')."""
    ws = term.split()
    while len(ws) > 1 and index.count(ws[0]) >= 3:
        rest = " ".join(ws[1:])
        text = index.text
        alone = [p for p in index.occurrences(rest, not_after=ws[0])
                 if not (p and text[p - 1] == "-") and not text.startswith("-", p + len(rest))]
        if not alone:
            break
        ws = ws[1:]
    return " ".join(ws)


def _term_before(before: str, index: TextIndex | None = None) -> str | None:
    """The term a parenthesis annotates: a quoted phrase, a capitalised run, or one word."""
    before = before.rstrip()
    q = _QUOTED_END.search(before)
    if q:
        return q.group(1).strip()
    stripped = before.rstrip(",")
    m = _TERM_RUN.search(stripped)
    if m:
        term = m.group(1)
        term = re.sub(rf"^(?:The|{_ARTICLE_A}|In|At|On|By|From)\s+(?=[A-Z])", "", term)
        ws = term.split()
        # A capitalised sentence opener that the text also uses in lower case is no part of it.
        while len(ws) > 1 and index and _used_lower(ws[0].lower(), index) \
                and re.search(rf"(?:^|[.!?]\s+){re.escape(ws[0])}\s*$", stripped[:m.start() + len(m.group(1)) - len(" ".join(ws[1:]))].rstrip()):
            ws = ws[1:]
        term = " ".join(ws)
        prev = stripped[:m.start()].split()[-1:] if stripped[:m.start()].strip() else []
        if prev and prev[0].lower() in _NUMBER_WORDS:
            term = f"{prev[0]} {term}"
        # '1385 the Union of Krewo', '3,000 of the Janissaries': a number opens no name
        term = re.sub(r"^(?:\d[\d,]*\s+)+(?:(?:of|the)\s+)*", "", term)
        return term or None
    # 'the Ottoman method (…)', 'a rival Yan dynasty (…)': a proper adjective and its noun
    pair = re.search(rf"((?:{_CAP}\s+)*{_CAP})\s+([a-z][\w'’-]+)\s*$", stripped)
    if pair:
        head = re.sub(rf"^(?:The|{_ARTICLE_A})\s+", "", pair.group(1))
        if not re.fullmatch(r"(?:The|A|An|In|On|At|By|It|He|She|They|This)", head):
            return f"{head} {pair.group(2)}"
    word = re.search(r"([\w'’-]+)\s*$", stripped)
    return word.group(1) if word and not word.group(1).isdigit() else None


def _used_lower(word: str, index: TextIndex) -> bool:
    """Does the text use `word` in lower case ('named' when a sentence opens 'Named …')?"""
    return bool(index.starts.get(word))


def _from_parens(text: str, full: TextIndex, han: str, title: str = "") -> list[_Cand]:
    out = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        # A term and what follows a parenthesis are short: a window keeps long paragraphs linear.
        before, after = text[max(0, m.start() - _WINDOW):m.start()], text[m.end():m.end() + _WINDOW]
        if not inner or re.fullmatch(r"[\d\s,.–-]+|c\.\s*\d+.*|(?:from|until|since|now|died|born)\s+\d.*", inner):
            continue
        head = re.split(r"[,;]\s*", inner)[0]
        if re.fullmatch(r"[A-Z]{2,6}\s?\d{1,4}", head):
            out.extend(_acronym_in_parens(head, inner, before))
            continue
        if is_acronym(head) and not is_foreign(head[:1]) or is_acronym(head) and head[0] in "АБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ":
            out.extend(_acronym_in_parens(head, inner, before))
            continue
        pieces = [x.strip() for x in re.split(r",\s*", inner)]
        if len(pieces) == 2 and is_acronym(pieces[1]) and \
                initials_match(pieces[1], pieces[0], compounds=True):
            # 'the Supreme Army Command (Oberste Heeresleitung, OHL)': the long form in its language
            english = _term_before(before, full) or ""
            english = re.sub(r"^[A-Z][a-z]+s\s+of\s+(?:the\s+)?", "", english)   # 'Officers of the …'
            out.append(_Cand(pieces[1], "acronym", expansion=pieces[0],
                             definition=english if len(english.split()) >= 2 else None))
            continue
        acr = re.search(r"\b(\w{2,10})(?:\s+in\s+\w+)?\s*$", before)
        if acr and is_acronym(acr.group(1)) and initials_match(acr.group(1), inner):
            out.append(_Cand(acr.group(1), "acronym", expansion=inner,
                             lang=lang_of(inner, han) if is_foreign(inner) else None))
            continue
        if is_foreign(inner) or _PAREN_MARKER.match(inner) or _has_language_label(inner):
            cand = _names_in_paren(inner, before, full, han, title)
            if cand:
                out.append(cand)
            continue
        wd = _WORD_DEF.search(text[max(0, m.start() - 60):m.end()])
        if wd and wd.group(2) == inner:
            out.append(_Cand(wd.group(1), "term", definition=inner))
            continue
        alias = inner
        if re.fullmatch(rf"{_CAP}(?:\s+[\w'’-]+){{0,3}}", alias) and _AFTER_ALIAS.match(after):
            term = _term_before(before, full)
            if term and " " not in alias:
                term = _trim_common(term, full)
                # 'the Treaty of Adrianople (Edirne)': a one-word name renames the place, not the treaty
                place = re.search(rf"\bof\s+(?:the\s+)?({_CAP})$", term)
                if place:
                    term = place.group(1)
            if term and term[0].isupper() and not term.endswith("ic") and term != alias \
                    and not re.match(rf"(?:{TITLES})\s", term) \
                    and len(term.split()) <= 5 and not re.search(r"\d", alias):
                out.append(_Cand(term, "alias", aliases=[alias]))
    return out


def _acronym_in_parens(acr: str, inner: str, before: str) -> list[_Cand]:
    """'Long Form (LF)', or 'gloss (LF, from the Finnish long form)'."""
    src = re.match(r"[^,]+,\s*from\s+(?:the\s+)?([A-Z][a-z]+)\s+(.+)$", inner)
    if src and initials_match(acr, src.group(2)):
        gloss = _QUOTED_END.search(before.rstrip())
        return [_Cand(acr, "acronym", expansion=src.group(2), lang=None,
                      definition=(f"{src.group(1)} for “{gloss.group(1)}”" if gloss
                                  else f"{src.group(1)}"))]
    tail = before.rstrip().rstrip(",").rstrip()
    long_form = long_form_before(acr, tail.rstrip("\"”"))
    if long_form:
        return [_Cand(acr, "acronym", expansion=long_form.strip("\"“”"))]
    run = _TERM_RUN.search(tail)
    if run:
        # 'After the Second World War the X Party': a 'the' not after 'of' starts a new phrase
        phrase = re.split(r"(?<!\bof)\s+the\s+", run.group(1))[-1]
        owner = re.match(r"(.+?)['’]s\s+(.+)$", phrase)
        if owner and len(owner.group(1).split()) >= 2 and len(owner.group(2).split()) >= 2:
            phrase = owner.group(2)     # "Colonel Aaro Pajari's Regiment 16", not "People's Party"
        phrase = re.sub(rf"^(?:The|{_ARTICLE_A})\s+", "", phrase)
        if len(phrase.split()) >= 2:
            return [_Cand(acr, "acronym", expansion=phrase)]
    return []


def _has_language_label(inner: str) -> bool:
    """'(Irish: Éirí Amach na Cásca)': a piece labelled with a language."""
    return any((m := _LABEL.match(p.strip())) and language_tag(m.group(1), loose=True)
               for p in re.split(r";\s*", inner))


def _names_in_paren(inner: str, before: str, full: TextIndex, han: str, title: str) -> _Cand | None:
    """'Term (原文; gloss)', '(Finnish: x; Russian: Зимняя война, Zimnyaya voyna)', '(or Qamdo)',
    '(Amharic; Tigrinya; battaglia di Adua, also spelled Adowa)': each piece is a name in some
    language, a transliteration, an alternate spelling or a gloss; a label decides the language."""
    term = _subject(_term_before(before, full), title)
    if not term or term in _NOT_TERMS:
        return None
    cand = _Cand(term, "foreign" if is_foreign(inner) or _has_language_label(inner) else "alias")
    defaults: set[str] = set()          # scripts whose default language is already taken
    for part in re.split(r";\s*", inner):
        marked = _PAREN_MARKER.match(part.strip())
        if marked and not _NOW.match(marked.group(0)) and (listed := _names_after(part.strip(), marked.end())):
            cand.aliases.extend(listed)      # '(also known as A, the B or the C; Italian: …)'
            continue
        label = _LABEL.match(part.strip())
        if label and label.group(1).casefold() in _ROMANISATION:
            cand.transliteration = cand.transliteration or label.group(2).strip()
            continue
        lang = language_tag(label.group(1), loose=True) if label else None
        value = label.group(2) if label and lang else part
        scripted = None                   # the script of the part's first foreign-script name
        for piece in [x.strip() for x in re.split(r",\s*", value) if x.strip()]:
            roman = _LABEL.match(piece)
            if roman and roman.group(1).casefold() in _ROMANISATION:
                cand.transliteration = cand.transliteration or roman.group(2).strip()
                continue                      # 'Бородинское сражение, romanized: Borodinskoye …'
            if scripted and not is_foreign(piece) and piece[:1].isupper():
                cand.transliteration = cand.transliteration or piece   # 'Зимняя война, Zimnyaya voyna'
                continue
            found = runs(piece, han)
            script = found[0].script if found else None
            # A label names the language of its own script only ('Xiao'erjing: …, Тунҗы …').
            own = lang if not (scripted and script and script != scripted) else None
            _read_piece(cand, piece, own, han, defaults)
            scripted = scripted or script
    if cand.transliteration and term.islower() and " " not in term:
        # 'military governors (jiedushi, 節度使)': the foreign word is the term, the noun its gloss
        noun = re.search(r"((?:[a-z][\w'’-]*\s+){0,2}" + re.escape(term) + r")\s*$", before.rstrip())
        cand.term, cand.definition = cand.transliteration, cand.definition or (
            noun.group(1) if noun else term)
        cand.transliteration = None
    if cand.transliteration:
        cand.aliases.append(cand.transliteration)
    if cand.original is None and cand.names:
        (cand.original, cand.lang), cand.names = cand.names[0], cand.names[1:]
    if not (cand.original or cand.aliases or cand.names):
        cand.kind = "term"                # '(present-day X)' alone: a note on where it is
    return cand if cand.original or cand.aliases or cand.names or cand.definition else None


def _read_piece(cand: _Cand, piece: str, lang: str | None, han: str, defaults: set[str]) -> None:
    """File one piece of a parenthesis on the candidate (see _names_in_paren)."""
    marked = _PAREN_MARKER.match(piece)
    if marked:
        name = piece[marked.end():].strip()
        if re.fullmatch(_NAME, name) and not re.search(r"\d", name):
            if _NOW.match(marked.group(0)):
                # '(present-day Namibia)' says where it is now, not another name for it
                cand.definition = cand.definition or piece
            else:
                cand.aliases.append(name.strip("\"“”"))
        return
    if _GLOSS_MARKER.match(piece) or re.fullmatch(r"['‘\"“].+['’\"”]", piece):
        cand.definition = cand.definition or _GLOSS_MARKER.sub("", piece).strip("'‘’\"“”")
        return
    if is_foreign(piece):
        found = runs(piece, han)
        tag = lang or found[0].lang
        script = found[0].script if found else ""
        if not lang and found and found[0].guessed:
            if script in defaults:
                tag = f"und-{script}"     # a second name in the script: its language is not known
            defaults.add(script)
        if cand.original is None:
            cand.original, cand.lang = piece, tag
        else:
            cand.names.append((piece, tag))
        return
    if lang and lang.split("-")[0] != "en" and "Latn" not in lang:
        cand.names.append((piece, lang))         # 'Italian: battaglia di Adua'
    elif lang or piece[:1].isupper():
        cand.transliteration = cand.transliteration or piece   # 'Pinyin: Taiping', 'Zimnyaya voyna'
    elif re.search(r"\b[A-Z]", piece):
        cand.names.append((piece, "und"))         # 'battaglia di Adua': a name, language unsaid
    elif cand.original and not cand.definition:
        cand.definition = piece                   # '(保安隊; pacification soldiers)': its gloss
    elif cand.original is None and re.fullmatch(r"[a-z][\w'’-]+", piece):
        cand.transliteration = cand.transliteration or piece   # '(jiedushi, 節度使)'


def _from_known_as(text: str, title: str = "", subject: str = "",
                   index: TextIndex | None = None) -> list[_Cand]:
    """'X, also known as A, B, or C', 'also spelled A', 'known in Chinese as A', 'was dubbed A',
    'the alternatives A or B', 'The X or Y began': alternate names, taken whole."""
    out = []
    for m in _ALIAS_MARKER.finditer(text):
        names = _names_after(text, m.end())
        window = text[max(0, m.start() - _WINDOW):m.start()]
        if not names or window.count("(") > window.count(")"):
            continue                      # nothing whole, or inside a parenthesis (read there)
        before = re.sub(r"\s*\([^()]*\)\s*$", "", window.rstrip(", ")).rstrip(", ")
        term = _term_before(before, index)
        clause = re.split(r"[.;]\s", before)[-1]
        if m.group(0).lstrip().lower().startswith("the") or not term or not term[:1].isupper() \
                or _SUBJECT_NOUN.search(clause):
            term = (subject or title) if (subject or title) and (
                _SUBJECT_NOUN.search(clause) or "alternative" in m.group(0)
                                       or "variant" in m.group(0)) else term
        term = _subject(term, title)
        if term and _DATE_WORDS.search(term):
            term = None                      # 'the first Sunday of September, known as X'
        kind_of = re.search(r"\b(?:an?)\s+([^,;.()]{0,40}?\b(?!later\b|also\b|then\b)[a-z]{3,}(?<!ly))"
                            r"\s*,?\s*$", before) if "known" in m.group(0) else None
        if term and term[:1].isupper() and term not in _NOT_TERMS:
            out.append(_Cand(term, "alias", aliases=[n for n in names if n != term]))
        elif kind_of and len(names) == 1 and names[0][:1].isupper():   # 'a festival known as X'
            out.append(_Cand(names[0], "term", definition=kind_of.group(0).strip(" ,")))
    if title:                                      # 'The 1959 Tibetan uprising or Lhasa uprising began'
        m = re.match(rf"(?:The\s+)?{re.escape(title)}\s+or\s+", text, re.I)
        names = _names_after(text, m.end()) if m else []
        if names:
            out.append(_Cand(title, "alias", aliases=names[:1]))
    return out


def _names_after(text: str, pos: int) -> list[str]:
    """The alternate names listed at `pos`, each whole; [] when the list runs on into words that
    may still be part of a name (it would be truncated)."""
    m = _LIST_AT.match(text, pos)
    if not m or not _NAME_END.match(text, m.end()):
        return []
    names = re.split(r"\s*,\s*(?:or\s+)?|,?\s+or\s+", m.group(0))
    out = []
    for n in names:
        n = re.sub(r"^the\s+", "", n.strip()).strip("\"“”")
        if n and not re.search(r"\d", n) and n not in _NOT_TERMS:
            out.append(n)
    return out


def _subject(term: str | None, title: str) -> str | None:
    """The article's own name when `term` is it with a year or a qualifier ('X of 1680')."""
    if term and title and term.casefold().startswith(title.casefold()) and \
            re.fullmatch(r"(?:\s+of\s+\d{3,4}|\s*\(\d{3,4}\))?", term[len(title):]):
        return title
    return term


def _undefined_acronyms(full: str, paras: list[str], cands: list[_Cand]) -> list[_Cand]:
    """Acronyms used but never defined: match them to a phrase of the text, or say so.

    A phrase in a paragraph that uses the acronym is preferred; a two-letter acronym is matched
    only there (too many phrases have two given initials)."""
    defined = {c.term for c in cands if c.kind == "acronym"}
    defined |= {t.split()[0] for t in defined}
    found = []
    for tok in dict.fromkeys(re.findall(r"(?<![\w&-])([A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ0-9]{1,9})(?![\w&-])", full)):
        if tok in defined or tok in _NOT_ACRONYMS or not is_acronym(tok) or any(c.isdigit() for c in tok):
            continue
        pattern = re.compile(rf"(?<![\w-]){re.escape(tok)}(?![\w-])")
        near = "\n".join(p for p in paras if pattern.search(p))
        expansion = _resolve(tok, near) or (_resolve(tok, full) if len(tok) >= 3 else None)
        found.append(_Cand(tok, "acronym", expansion=expansion))
    return found


def _resolve(acr: str, full: str) -> str | None:
    for run in re.finditer(rf"{_CAP}(?:\s+(?:(?:of|the|and|for)\s+)*{_CAP})*", full):
        ws = run.group(0).split()
        for k in range(len(ws)):
            for j in range(len(ws), k, -1):
                span = ws[k:j]
                if span[0].lower() in STOPWORDS or span[-1].lower() in STOPWORDS:
                    continue
                phrase = " ".join(span)
                content = [w for w in span if w.lower() not in STOPWORDS]
                if acr in span or len(content) > len(acr):
                    continue
                if len(content) == 1 and (len(acr) < 3 or len(content[0]) < 2 * len(acr) + 2 or
                                          content[0] in MONTHS or
                                          len(re.findall(r"[aeiou]+", content[0].lower())) != len(acr)):
                    continue                 # one romanised word: one syllable per letter
                if initials_match(acr, phrase):
                    return phrase
    return None


def _norm_spelling(word: str) -> str:
    w = word.lower().replace("-", "").replace("'", "").replace("’", "")
    for a, b in (("zh", "j"), ("ch", "j"), ("q", "j"), ("ts", "z"), ("hs", "x"), ("p", "b"),
                 ("t", "d"), ("k", "g"), ("ü", "u")):
        w = w.replace(a, b)
    return w


def _spelling_variants(full: str) -> list[_Cand]:
    """Romanisations the text uses for the same place ('Beitashan' and 'Pei-ta-shan')."""
    hyphenated = set(re.findall(r"\b([A-Z][a-z]+(?:-[a-z]+){1,3})\b", full))
    plain = {}
    for w in set(re.findall(r"\b([A-Z][a-z]{4,})\b", full)):
        plain.setdefault(_norm_spelling(w), w)
    out = []
    for h in hyphenated:
        match = plain.get(_norm_spelling(h))
        if match and match != h.replace("-", ""):
            out.append(_Cand(match, "alias", aliases=[h]))
    return out


def _groups(full: str, cands: list[_Cand]) -> list[_Cand]:
    """Recurring named groups the text defines in context ('the Hui Muslim Ma Clique warlord of Qinghai')."""
    known = {c.term for c in cands} | {c.expansion for c in cands if c.expansion}
    counts: dict[str, int] = {}
    for m in _GROUP.finditer(full):
        ws = m.group(1).split()
        for k in range(len(ws) - 1):
            counts[" ".join(ws[k:])] = counts.get(" ".join(ws[k:]), 0) + 1
    out = []
    for term, n in counts.items():
        if n < 2 or term in known or any(term in k for k in known if k) or term.split()[0] in ("The", "A"):
            continue
        ws = term.split()
        if any(counts.get(" ".join(ws[k:]), 0) >= 2 for k in range(1, len(ws) - 1)):
            continue                          # a shorter form recurs: that is the term
        m = re.search(rf"\b(?:the|a|an)\s+((?:[\w'’-]+\s+){{0,3}}{re.escape(term)}(?:\s+[a-z]+)?\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})*)", full)
        if m:
            out.append(_Cand(term, "group", definition=m.group(1)))
    return out


_KINDS = ("group|party|sect|movement|society|organisation|organization|faction|dynasty|tribe|"
          "people|force|unit|order|clan|league|army|militia|council|committee|government|state|"
          "kingdom|empire|city|town|village|river|region|province|fortress|mountain|treaty|tax|"
          "title|rank|term|religion|language|script|weapon|ship|fleet")
_PLACE_OR_GROUP = _GROUP_NOUN + "|Province|River|Mountains|Region|District|Valley|Island|Islands|Sea|Lake|Peninsula|Empire|Republic|Army|Navy|Corps|Fleet"
_APPOSITION = re.compile(
    rf"\b({_CAP}(?:\s+{_CAP}){{0,3}}),\s+(an?\s+[^,;.()]{{0,60}}?\b(?:{_KINDS})\b[^,;.()]{{0,50}}?)(?=[,;.)]|\s*\(|\s+(?:who|which|that)\b)")


def _appositions(full: str, cands: list[_Cand]) -> list[_Cand]:
    """Recurring names the text defines by apposition ('the Sicarii, a splinter group of the Zealots')."""
    known = {c.term for c in cands}
    out = []
    for m in _APPOSITION.finditer(full):
        term = re.sub(rf"^(?:The|{_ARTICLE_A})\s+", "", m.group(1))
        words = term.split()
        if term in known or (len(words) > 1 and not re.fullmatch(_PLACE_OR_GROUP, words[-1])):
            continue                          # several capitalised words: likely a person
        if len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", full)) < 2:
            continue
        known.add(term)
        out.append(_Cand(term, "group", definition=m.group(2)))
    return out


def _epithet(c: _Cand, people: list[str]) -> _Cand:
    """'Xiao Chaogui the West King (西王)': the term is the title, not the person."""
    for p in people:
        if c.term.startswith(p + " the ") and c.term[len(p) + 5:][:1].isupper():
            return replace(c, term=c.term[len(p) + 5:])
    return c


def _is_person(c: _Cand, people: list[str]) -> bool:
    """The candidate is a commander (or part of one's name), not a name containing one
    ('Popé's Rebellion' is an event named after a person)."""
    names = [re.sub(rf"^(?:(?:{TITLES})\s+)+", "", n) for n in (c.term, *c.aliases)]
    return any(n == p or (len(n) > 3 and n in p) for p in people for n in names)


def _merge(cands: list[_Cand], index: TextIndex, preferred: tuple[str, ...] = ()
           ) -> list[GlossaryEntry]:
    """Union entries sharing a name; the most used name becomes the headword."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def key(name: str) -> str:
        return fold(plain(name))          # one identity for 'Tihwa', 'tihwa', 'The Tihwa'

    for c in cands:
        for a in c.aliases:
            if not is_foreign(a):
                parent[find(key(a))] = find(key(c.term))
        find(key(c.term))
    groups: dict[str, list[_Cand]] = {}
    for c in cands:
        groups.setdefault(find(key(c.term)), []).append(c)
    entries = []
    for members in groups.values():
        names = list(dict.fromkeys(n for c in members for n in [c.term, *c.aliases]))
        acronym = next((c for c in members if c.kind == "acronym" and c.expansion), None) or \
            next((c for c in members if c.kind == "acronym"), None)
        if acronym:
            head = acronym.term
        else:
            latin = [n for n in names if not is_foreign(n) and "(" not in n]
            head = next((n for n in preferred if n in names), None) or max(
                latin or names, key=lambda n: (index.count(n),
                                               -names.index(n)))
        pick = lambda attr: next((getattr(c, attr) for c in members if getattr(c, attr)), None)  # noqa: E731
        aliases = tuple(n for n in names if n != head and n != pick("expansion"))
        original = pick("original")
        others = tuple(dict.fromkeys(x for c in members for x in c.names if x[0] != original))
        kinds = [c.kind for c in members]
        kind = "acronym" if acronym else next(
            (k for k in ("foreign", "group", "term") if k in kinds), "alias")
        entries.append(GlossaryEntry(
            id="g-" + slugify(head, "term"), term=head, aliases=aliases,
            expansion=pick("expansion"), original=original, lang=pick("lang"),
            definition=pick("definition"), kind=kind, names=others))
    taken: dict[str, int] = {}
    return [replace(e, id=unique_id(e.id, taken)) for e in entries]


def _first(paras: list[tuple[str, str, str]], names: list[str]) -> tuple[str, str]:
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names if n))
    for section, anchor, text in paras:
        if pattern.search(text):
            return section, anchor
    return "", ""
