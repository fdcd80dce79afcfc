"""Enricher: a glossary extracted from the text — acronyms, alternate names, foreign-script terms."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from .dates import MONTHS
from .acronyms import STOPWORDS, initials_match, is_acronym, long_form_before
from ..model import Book, GlossaryEntry
from .people import TITLES
from .scripts import han_variant, is_foreign, runs
from ..read.shape import texts, walk_blocks
from ..read.text import slugify

# All-capital tokens that are era or time markers, not terms of the subject.
_NOT_ACRONYMS = {"BC", "AD", "BCE", "CE", "AM", "PM", "OK"}


def lang_of(text: str, han: str) -> str | None:
    """The language of the first non-Latin run; `han` is the article's Chinese writing system."""
    found = runs(text, han)
    return found[0].lang if found else None


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
_LANG_LABEL = re.compile(r"^([A-Z][a-z]+(?:[ –-][A-Z][a-z]+)?):\s*(.+)$")
_KNOWN_AS = re.compile(
    rf"(?:,\s*|\s+)(?:(?:also|sometimes|commonly|often|later|formerly|locally)\s+)?(?:known|called|named|referred to)"
    rf"(?:\s+[a-z][\w ]{{0,40}}?)?\s+as\s+(?:the\s+)?({_CAP}(?:\s+(?:of\s+|the\s+|and\s+)*{_CAP})*)"
    rf"(?:\s+or\s+(?:the\s+)?({_CAP}(?:\s+(?:of\s+|the\s+|and\s+)*{_CAP})*))?")
_ALSO_CALLED = re.compile(
    rf",\s+(?:(?:also|sometimes|commonly|often)\s+)?called\s+(?:the\s+)?({_CAP}(?:[\s–-]+(?:of\s+|the\s+)*{_CAP})*)"
    rf"(?:\s+or\s+(?:the\s+)?({_CAP}(?:\s+(?:of\s+|the\s+)*{_CAP})*))?")
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


def enrich(book: Book) -> Book:
    """Extract glossary entries and sort them with a locale-aware key (Ü with U)."""
    paras = [(section, block.id, " ; ".join(texts(block))) for _, section, block in walk_blocks(book)]
    full = "\n".join(t for _, _, t in paras)
    people = [c.name for c in book.article.infobox.commanders]
    han = han_variant(full)
    cands: list[_Cand] = []
    for _, _, text in paras:
        cands.extend(_from_parens(text, full, han))
        cands.extend(_from_known_as(text))
    cands.extend(_undefined_acronyms(full, [t for _, _, t in paras], cands))
    cands.extend(_spelling_variants(full))
    cands.extend(_groups(full, cands))
    cands.extend(_appositions(full, cands))
    entries = _merge([c for c in cands if not _is_person(c, people)], full)
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
    used: dict[str, int] = {}
    out = []
    for e in allent:
        if e.see is None:
            out.append(e)
        else:
            base = "g-see-" + slugify(e.term, "term")
            used[base] = used.get(base, 0) + 1
            out.append(replace(e, id=base if used[base] == 1 else f"{base}-{used[base]}"))
    return replace(book, glossary=tuple(out))


def sort_key(term: str) -> str:
    """Alphabetical key that ignores accents, case, quotes and a leading article."""
    t = unicodedata.normalize("NFKD", term.strip("\"'“”‘’"))
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    return re.sub(r"^(?:the|a|an)\s+", "", t)


def _trim_common(term: str, text: str) -> str:
    """Drop leading words used on their own elsewhere ('Muslim Tungan (Hui)' → 'Tungan')."""
    ws = term.split()
    while len(ws) > 1 and len(re.findall(rf"(?<!\w){re.escape(ws[0])}(?!\w)", text)) >= 3:
        ws = ws[1:]
    return " ".join(ws)


def _term_before(before: str, text: str = "") -> str | None:
    """The term a parenthesis annotates: a quoted phrase, a capitalised run, or one word."""
    before = before.rstrip()
    q = _QUOTED_END.search(before)
    if q:
        return q.group(1).strip()
    stripped = before.rstrip(",")
    m = _TERM_RUN.search(stripped)
    if m:
        term = m.group(1)
        term = re.sub(r"^(?:The|A|An|In|At|On|By|From)\s+(?=[A-Z])", "", term)
        ws = term.split()
        # A capitalised sentence opener that the text also uses in lower case is no part of it.
        while len(ws) > 1 and text and re.search(rf"(?<![\w.] ){ws[0].lower()}\b", text) \
                and re.search(rf"(?:^|[.!?]\s+){re.escape(ws[0])}\s*$", stripped[:m.start() + len(m.group(1)) - len(" ".join(ws[1:]))].rstrip()):
            ws = ws[1:]
        term = " ".join(ws)
        prev = stripped[:m.start()].split()[-1:] if stripped[:m.start()].strip() else []
        if prev and prev[0].lower() in _NUMBER_WORDS:
            term = f"{prev[0]} {term}"
        return term
    word = re.search(r"([\w'’-]+)\s*$", stripped)
    return word.group(1) if word and not word.group(1).isdigit() else None


def _from_parens(text: str, full: str, han: str) -> list[_Cand]:
    out = []
    for m in _PAREN.finditer(text):
        inner = m.group(1).strip()
        before, after = text[:m.start()], text[m.end():]
        if not inner or re.fullmatch(r"[\d\s,.–-]+|c\.\s*\d+.*|(?:from|until|since|now|died|born)\s+\d.*", inner):
            continue
        head = re.split(r"[,;]\s*", inner)[0]
        if re.fullmatch(r"[A-Z]{2,6}\s?\d{1,4}", head):
            out.extend(_acronym_in_parens(head, inner, before))
            continue
        if is_acronym(head) and not is_foreign(head[:1]) or is_acronym(head) and head[0] in "АБВГДЕЁЖЗИКЛМНОПРСТУФХЦЧШЩЭЮЯ":
            out.extend(_acronym_in_parens(head, inner, before))
            continue
        acr = re.search(r"\b(\w{2,10})(?:\s+in\s+\w+)?\s*$", before)
        if acr and is_acronym(acr.group(1)) and initials_match(acr.group(1), inner):
            out.append(_Cand(acr.group(1), "acronym", expansion=inner,
                             lang=lang_of(inner, han) if is_foreign(inner) else None))
            continue
        if is_foreign(inner):
            cand = _foreign(inner, before, full, han)
            if cand:
                out.append(cand)
            continue
        wd = _WORD_DEF.search(text[max(0, m.start() - 60):m.end()])
        if wd and wd.group(2) == inner:
            out.append(_Cand(wd.group(1), "term", definition=inner))
            continue
        alias = re.sub(r"^(?:now|modern|today|formerly|present-day)\s+", "", inner)
        if re.fullmatch(rf"{_CAP}(?:\s+[\w'’-]+){{0,3}}", alias) and _AFTER_ALIAS.match(after):
            term = _term_before(before, full)
            if term and " " not in alias:
                term = _trim_common(term, full)
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
        phrase = run.group(1)
        owner = re.match(r"(.+?)['’]s\s+(.+)$", phrase)
        if owner and len(owner.group(1).split()) >= 2:      # "Colonel Aaro Pajari's Regiment 16"
            phrase = owner.group(2)
        phrase = re.sub(r"^(?:The|A|An)\s+", "", phrase)
        if len(phrase.split()) >= 2:
            return [_Cand(acr, "acronym", expansion=phrase)]
    return []


def _foreign(inner: str, before: str, full: str, han: str) -> _Cand | None:
    """'Term (原文; gloss)', 'Term (Finnish: x; Russian: Зимняя война, Zimnyaya voyna)'."""
    term = _term_before(before, full)
    if not term:
        return None
    cand = _Cand(term, "foreign")
    for part in re.split(r";\s*", inner):
        label = _LANG_LABEL.match(part)
        name, value = (label.group(1), label.group(2)) if label else (None, part)
        for piece in [p.strip() for p in re.split(r",\s*", value) if p.strip()]:
            if is_foreign(piece):
                if cand.original is None:
                    cand.original, cand.lang = piece, lang_of(piece, han)
                else:
                    cand.aliases.append(piece)
            elif re.fullmatch(r"['‘\"“].+['’\"”]", piece):
                cand.definition = cand.definition or piece.strip("'‘’\"“”")
            elif name and not is_foreign(name) and name.endswith(("ish", "ese", "an", "ic", "ch", "i")) \
                    and cand.original is None and not re.search(r"Giles|Pinyin|romani", name):
                cand.aliases.append(f"{piece} ({name})")
            elif piece[:1].isupper() or re.search(r"[^\x00-\x7f]", piece) or name:
                cand.transliteration = cand.transliteration or piece
            else:
                cand.definition = cand.definition or piece
    if cand.transliteration:
        cand.aliases.append(cand.transliteration)
    return cand if cand.original or cand.aliases else None


def _from_known_as(text: str) -> list[_Cand]:
    out = []
    for pattern in (_KNOWN_AS, _ALSO_CALLED):
        for m in pattern.finditer(text):
            before = re.sub(r"\s*\([^()]*\)\s*$", "", text[:m.start()])
            term = _term_before(before, text)
            names = [n for n in m.groups() if n]
            if term and term[0].isupper() and names:
                out.append(_Cand(term, "alias", aliases=names))
    return out


def _undefined_acronyms(full: str, paras: list[str], cands: list[_Cand]) -> list[_Cand]:
    """Acronyms used but never defined: match them to a phrase of the text, or say so.

    A phrase in a paragraph that uses the acronym is preferred; a two-letter acronym is matched
    only there (too many phrases have two given initials)."""
    defined = {c.term for c in cands if c.kind == "acronym"}
    defined |= {t.split()[0] for t in defined}
    found = []
    for tok in dict.fromkeys(re.findall(r"(?<![\w-])([A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{1,9})(?![\w-])", full)):
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
        term = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        words = term.split()
        if term in known or (len(words) > 1 and not re.fullmatch(_PLACE_OR_GROUP, words[-1])):
            continue                          # several capitalised words: likely a person
        if len(re.findall(rf"(?<!\w){re.escape(term)}(?!\w)", full)) < 2:
            continue
        known.add(term)
        out.append(_Cand(term, "group", definition=m.group(2)))
    return out


def _is_person(c: _Cand, people: list[str]) -> bool:
    names = [c.term, *c.aliases]
    return any(p in n or n in p for p in people for n in names if len(n) > 3)


def _merge(cands: list[_Cand], full: str) -> list[GlossaryEntry]:
    """Union entries sharing a name; the most used name becomes the headword."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def key(name: str) -> str:
        return sort_key(name)

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
            head = max(latin or names, key=lambda n: (len(re.findall(rf"(?<!\w){re.escape(n)}(?!\w)", full)),
                                                        -names.index(n)))
        pick = lambda attr: next((getattr(c, attr) for c in members if getattr(c, attr)), None)  # noqa: E731
        aliases = tuple(n for n in names if n != head and n != pick("expansion"))
        kinds = [c.kind for c in members]
        kind = "acronym" if acronym else next(
            (k for k in ("foreign", "group", "term") if k in kinds), "alias")
        entries.append(GlossaryEntry(
            id="g-" + slugify(head, "term"), term=head, aliases=aliases,
            expansion=pick("expansion"), original=pick("original"), lang=pick("lang"),
            definition=pick("definition"), kind=kind))
    seen: dict[str, int] = {}
    out = []
    for e in entries:
        seen[e.id] = seen.get(e.id, 0) + 1
        out.append(e if seen[e.id] == 1 else replace(e, id=f"{e.id}-{seen[e.id]}"))
    return out


def _first(paras: list[tuple[str, str, str]], names: list[str]) -> tuple[str, str]:
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(n)}(?!\w)" for n in names if n))
    for section, anchor, text in paras:
        if pattern.search(text):
            return section, anchor
    return "", ""
