"""Enricher: a back-of-book index of people, places, organisations and glossary terms.

Each entry lists every paragraph it occurs in. Names come from what the other enrichers found
(commanders and their mentions, glossary terms and aliases), the infobox's places, people the
text names in full with a sign that they are people, single words after a preposition of place,
and capitalised multi-word names that occur at least twice. One pass over the text finds the
candidates; a TextIndex locates them, so the cost grows with the article, not with its square."""
from __future__ import annotations

import calendar
import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field, replace

from fontTools import unicodedata as ucd

from ..model import Book, GlossaryEntry, IndexEntry, Locator
from ..read.shape import texts, walk_blocks
from ..read.text import sentences
from ..slugs import slugify, unique_id
from ..collation import fold, sort_key
from .filing import (PARTICLES, east_asian, filed_as, heading, pinyin, regnal, sort_text,
                     surname_start, untitled, western_order)
from .people import NOT_ALONE, PERSON_NOUNS, TITLES
from ..scripts import is_foreign, language_tag
from .textindex import TextIndex

_UPPER = "A-Z\u00C0-\u00DE\u0100-\u024F"
# A capitalised word: letters, inner hyphens and apostrophes ("Muti'i", "Pau-an-dui").
_WORD = rf"[{_UPPER}][\w\-]*(?:['’](?!s\b)[\w\-]+)*"
_ORDINAL = r"\d+(?:st|nd|rd|th)"
_INITIAL = r"[A-Z]\."
_PARTICLE_RUN = rf"(?:(?:{PARTICLES})\s+)*"          # 'de la ' in 'Sebastián de la Calzada'
# Lower-case words inside a name ('Republic of China', 'Lothar von Trotha').
_CONNECT = r"(?:of(?:\s+the)?|de|du|des|la|le|von|van|der|den|al|bin|ibn|y|upon)"
# A run of capitalised words; "X's Y" stays whole here and is split later unless X is a common
# noun ('People's Liberation Army' but not 'Osman's Kazakhs').
_RUN = re.compile(rf"(?:(?:{_ORDINAL}|{_INITIAL})[ \t]+)*{_WORD}(?:(?:['’]s)?(?:[ \t]+{_CONNECT})?"
                  rf"[ \t]+(?:(?:{_ORDINAL}|{_INITIAL})[ \t]+)*{_WORD})*")
# A person's name in full: two to four capitalised words (initials allowed).
_NAMED = rf"(?:{_INITIAL}\s+)*{_WORD}(?:\s+(?:{_INITIAL}\s+)*{_WORD}){{1,3}}"
_FULL = rf"{_NAMED}(?!['’]s\b)(?![\w'’-])"
# Capitalised words that open a sentence or a clause, never part of a name.
_FUNCTION = {"The", "A", "An", "In", "On", "At", "And", "But", "For", "As", "By", "With", "From",
             "To", "Of", "Or", "If", "When", "While", "After", "Before", "During", "Under", "Over",
             "It", "Its", "They", "Their", "He", "His", "She", "Her", "This", "These", "Those",
             "There", "That", "We", "Our", "Some", "Many", "Most", "All", "Several", "Both",
             "Other", "Another", "Each", "According", "However", "Although", "Though", "Since",
             "Until", "Later", "Then", "Thus", "Also", "Such", "No", "Not", "Only", "Multiple"}
# Prepositions that open a sentence before a name ('Despite Grant's orders'); participles are
# found by their shape (see _opener).
_OPENERS = {"Following", "Despite", "Upon", "Amid", "Amidst", "Among", "Amongst", "Against",
            "Throughout", "Within", "Without", "Including", "Regarding", "Concerning", "Unlike",
            "Toward", "Towards", "Across", "Along", "Alongside", "Behind", "Beside", "Besides",
            "Between", "Beyond", "Through", "Except", "Via"}
_NUMBER_WORDS = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten",
                 "Eleven", "Twelve", "Twenty", "Thirty", "Forty", "Fifty", "Hundred", "Thousand",
                 "Dozen", "Dozens", "Hundreds", "Thousands"}
_MONTHS = {m for m in calendar.month_name if m} | {m for m in calendar.month_abbr if m}
_WEEKDAYS = {d for d in calendar.day_name} | {d for d in calendar.day_abbr}
# Words that follow a name without making it a modifier ('Xinjiang in', 'Soviet Union was').
_FOLLOWERS = {"in", "to", "and", "or", "the", "was", "were", "is", "are", "had", "has", "have",
              "from", "by", "with", "on", "at", "for", "of", "as", "into", "under", "after",
              "before", "during", "via", "near", "but", "which", "who", "where", "when", "that",
              "against", "through", "toward", "towards", "until", "since", "also", "then", "did",
              "would", "could", "should", "will", "might", "must", "may", "again", "itself",
              "around", "across", "between", "among", "within", "without", "along", "beyond",
              "behind", "about", "over", "up", "down", "out", "off", "so", "than", "because",
              "while", "if", "whose", "whom", "not", "now", "still", "yet", "both", "either"}
# The last word of a name says what it names (or its first word: 'Lake Baikal', 'Battle of X').
PLACE_HEADS = ("Republic|Province|County|Region|District|Districts|Prefecture|City|Town|Village|"
               "River|Lake|Mountains?|Mount|Valley|Islands?|Sea|Ocean|Desert|Plains?|Basin|Pass|"
               "Union|Kingdom|Empire|States?|Territory|Zone|Oblast|Bay|Gulf|Peninsula|Strait|"
               "Airfield|Fort|Castle|Hills?|Station|Cape|Port|Oasis|Steppe|Range|Canal|Harbou?r")
ORG_HEADS = ("Army|Armies|Navy|Corps|Division|Regiment|Brigade|Battalion|Cavalry|Infantry|Forces?|"
             "Guards?|Fleet|Flotilla|Party|Committee|Council|Government|Clique|Movement|League|"
             "Front|Society|Brotherhood|Association|Conference|Congress|Assembly|Ministry|Bureau|"
             "Company|Agency|Police|Legion|Communists|Nationalists|Dynasty|Clan|College|"
             "University|School|Church|Order|Administration|Court|Senate|Parliament|Cabinet")
EVENT_HEADS = ("Battle|War|Wars|Revolt|Rebellion|Revolution|Uprising|Rising|Incident|Massacre|"
               "Campaign|Invasion|Siege|Crisis|Affair|Treaty|Declaration|Offensive|Conflict|"
               "Mutiny|Riots?|Agreement|Accord|Pact|Resolution|Expedition|Raid|Occupation")
_HEAD = {kind: re.compile(rf"^(?:{heads})$") for kind, heads in
         (("place", PLACE_HEADS), ("organisation", ORG_HEADS), ("event", EVENT_HEADS))}
# Words before a place ('in Kashgar', 'reached Yarkand', 'via India').
_AT_PLACE = re.compile(rf"(?<!according )\b(?:in|at|to|from|into|near|via|through|toward|towards|around|across|"
                       rf"outside|reached|entered|occupied|captured|besieged|assaulted|attacked|"
                       rf"visit|visited|headed for|bound for)\s+({_WORD})"
                       rf"(?![\w'’-])(?!\s+{_WORD})")
# A work's title after the noun for the work: in quotation marks, or in title case (capitalised
# words joined by short lower-case ones).
_WORK_TITLE = re.compile(
    rf"\b(?:novel|novella|poem|epic|play|film|book|opera|song|painting|memoirs?|symphony|ballad|"
    rf"essay|documentary|anthem|libretto|saga)\s+(?:(?:titled|entitled|called)\s+)?"
    rf"(?:[“\"]([^“”\"\n]{{1,120}})[”\"]|((?:(?:A|An|The)\s+)?{_WORD}"
    rf"(?:\s+(?:(?:a|an|the|of|to|in|on|at|for|and|with|from|by)\s+)*{_WORD})*))")
# Signs that a full name is a person's (one regex each; PERSON_CUES names them for the tests).
PERSON_CUES = {
    "title": re.compile(rf"\b(?:{TITLES})\s+({_FULL})"),
    "apposition": re.compile(rf"({_FULL}),\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?:{PERSON_NOUNS})\b"),
    "described": re.compile(rf"\b(?:{PERSON_NOUNS})\s+({_FULL})"),
    "possessive": re.compile(rf"({_NAMED})['’]s\s+(?:{PERSON_NOUNS}|autobiography|memoirs?|diary|"
                             rf"letters?|troops|men|forces|army|militia|family|death|life)\b"),
    "agent": re.compile(rf"\b(?:written|ordered|commanded|founded|authored|edited|translated|"
                        rf"signed|according)\s+(?:by|to)\s+({_FULL})(?:\s+and\s+({_FULL}))?"),
    "as_role": re.compile(rf"({_FULL})\s+as\s+(?:its|the|a|an|their|his|her)\s+(?:[\w-]+\s+){{0,2}}"
                          rf"(?:{PERSON_NOUNS})\b"),
    "role_verb": re.compile(rf"({_FULL})\s+(?:became|was|served as|remained)\s+(?:the\s+|a\s+|an\s+)?"
                           rf"(?:[\w-]+\s+){{0,2}}?(?:{PERSON_NOUNS})\b"),
    "pronoun": re.compile(rf"({_FULL})\s+(?:[a-z]+ed|was|had)\s+(?:his|her|himself|herself)\b"),
    "named_after_role": re.compile(rf"\b(?:{PERSON_NOUNS})\b[^,.;()]{{0,30}},\s+({_FULL})"),
    "initials": re.compile(rf"((?:{_INITIAL}\s+)+{_WORD}(?:\s+{_WORD})?|{_WORD}\s+{_INITIAL}\s+{_WORD})"
                           rf"(?!['’]s\b)(?![\w'’-])"),
}
# A person named by one word: in apposition to a role ('the acting consul at X, Dipshatoff,
# directed'), or last in a list of people ('Ivan Polinov and Glimkin').
_ONE_NAME = re.compile(rf"\b(?:{PERSON_NOUNS})\b[^,.;()]{{0,40}},\s+({_WORD}),\s+[a-z]+ed\b|"
                       rf"\b[Aa]ccording\s+to\s+({_WORD})(?![\w'’-])(?!\s+{_WORD})")
# 'A, B and C': a list in which one person makes the others people too.
_LIST = re.compile(rf"{_FULL}(?:,\s+{_FULL})*,?\s+and\s+(?:{_FULL}|{_WORD}(?![\w'’-]))")
# Endings of Slavic and Russified surnames: the last word is a surname ('Abbasov').
_SURNAME_ENDING = re.compile(r"\w+(?:ov|ev|yev|ova|eva|sky|skiy|ski|enko|vich|ovna|evna)$")
SUBENTRY_AFTER = 6          # more locators than this: break the entry into sub-entries (CMOS 16.9)


@dataclass
class _Cand:
    """An index entry being assembled: its name, kind and every form that locates it."""

    name: str
    kind: str
    forms: list[str]
    person: bool = False
    preset: bool = False                     # located by the biographies, not by its forms
    shown: str = ""                          # the heading when not derived from `name`
    aliases: list[str] = field(default_factory=list)    # names that get a 'see' reference
    original: str | None = None
    lang: str | None = None
    paras: set[int] = field(default_factory=set)        # paragraph numbers it occurs in
    spans: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class _Text:
    """The chapters' paragraphs as one text, with where each paragraph and sentence starts."""

    paras: list[tuple[str, str, str]]       # (section title, anchor, text)
    full: str
    starts: list[int]
    sentence_starts: list[int]
    index: TextIndex
    titles: list[tuple[int, int]] = field(default_factory=list)   # spans of works' titles

    def para(self, pos: int) -> int:
        return bisect_right(self.starts, pos) - 1

    def sentence(self, pos: int) -> int:
        return bisect_right(self.sentence_starts, pos) - 1


def enrich(book: Book) -> Book:
    """Add the index: entries sorted in a reader's order, with sub-entries and 'see' references."""
    text = _text(book)
    if not text.paras:
        return book
    cands: dict[str, _Cand] = {}
    _add_commanders(book, text, cands)
    _add_glossary(book, cands)
    _add_infobox_places(book, cands)
    _add_people(text, cands)
    _add_names(text, cands, _unit_names(book))
    _add_places(text, cands)
    _locate(text, cands)
    _add_person_words(text, cands)
    entries = _entries([c for c in cands.values() if c.paras], text, cands)
    return replace(book, index=tuple(entries))


def _text(book: Book) -> _Text:
    """The chapters' blocks in reading order, joined the way the glossary joins them."""
    paras = [(section, block.id, " ; ".join(texts(block))) for _, section, block in walk_blocks(book)]
    starts, sentence_starts, pos = [], [], 0
    for _, _, t in paras:
        starts.append(pos)
        sentence_starts.extend(pos + offset for offset, _ in sentences(t))
        pos += len(t) + 1
    full = "\n".join(t for _, _, t in paras)
    return _Text(paras, full, starts, sentence_starts or [0], TextIndex(full), work_titles(full))


def work_titles(full: str) -> list[tuple[int, int]]:
    """Where the titles of works stand: after a noun for a work, in quotation marks or not
    ('the poem "Shiloh: A Requiem"', 'the novel A Farewell to Arms'). A capitalised word inside
    one names no place, person or organisation of the index ('Arms'). A name in quotation marks
    alone is a name ('the "Kulja Declaration"')."""
    return sorted(m.span(m.lastindex) for m in _WORK_TITLE.finditer(full))


def _key(name: str) -> str:
    """One identity for 'Tihwa', 'The Tihwa' and 'TIHWA'."""
    return fold(filed_as(name))


def _add(cands: dict[str, _Cand], cand: _Cand) -> _Cand:
    """Keep the first candidate for a name (sources are added in order of trust)."""
    return cands.setdefault(_key(cand.name), cand)


def kind_of(name: str) -> str | None:
    """place | organisation | event, from the name's head noun, or None when it has none."""
    words = re.sub(r"['’]s\b", "", name).split()
    if not words:
        return None
    head = words[:words.index("of")] if "of" in words[1:] else words
    for kind, pattern in _HEAD.items():
        if pattern.match(head[-1]) or (len(words) > 1 and kind == "place" and pattern.match(words[0])
                                       and words[0] in ("Lake", "Mount", "Fort", "Cape", "Port")):
            return kind
    return None


def _add_commanders(book: Book, text: _Text, cands: dict[str, _Cand]) -> None:
    """The infobox's commanders, located where the biographies found them named."""
    anchors = {anchor: i for i, (_, anchor, _) in enumerate(text.paras)}
    for p in book.biographies:
        if not p.commander.memberships:
            continue        # named by the text, not the infobox: the index finds them itself
        cand = _add(cands, _Cand(p.name, "person", [p.name], person=True, preset=True))
        for fact in p.facts:
            if fact.anchor in anchors:
                i = anchors[fact.anchor]
                start = text.starts[i] + max(0, text.paras[i][2].find(fact.text))
                cand.paras.add(i)
                cand.spans.append((start, start))     # its sentence, for the sub-entries


def _add_glossary(book: Book, cands: dict[str, _Cand]) -> None:
    """Glossary terms with their Latin-script aliases; an acronym files under its long form. A
    term that is a commander's name with a title ('Grand Vizier X' for X) is that commander: its
    aliases refer to the commander's entry. A date is no term ('June 1410')."""
    people = {_key(" ".join(untitled(c.name))): c for c in cands.values() if c.person}
    for e in book.glossary:
        if e.see or is_foreign(e.term) and not e.expansion or _date_phrase(e.term):
            continue
        person = people.get(_key(" ".join(untitled(e.term))))
        if person:
            person.aliases.extend(a for a in e.aliases if not is_foreign(a))
            continue
        cand = _from_glossary(e)
        if cand:
            _add(cands, cand)


def _from_glossary(e: GlossaryEntry) -> _Cand | None:
    """The entry a glossary entry makes, or None when it has no Latin-script name to file."""
    latin = [a for a in e.aliases if not is_foreign(a)]
    if e.kind == "acronym":
        if not e.expansion or is_foreign(e.expansion) or is_foreign(e.term):
            return None                     # an acronym the text never spells out: left out
        return _Cand(e.expansion, kind_of(e.expansion) or "organisation",
                     [e.expansion, e.term, *latin], shown=f"{e.expansion} ({e.term})",
                     aliases=[e.term, *latin])
    if is_foreign(e.term):
        return None
    return _Cand(e.term, kind_of(e.term) or "term", [e.term, *latin], aliases=latin,
                 original=e.original, lang=e.lang)


def _add_infobox_places(book: Book, cands: dict[str, _Cand]) -> None:
    """Names in the infobox's Place or Location field."""
    for f in book.article.infobox.fields:
        if f.label in ("Place", "Location"):
            for item in f.items:
                for m in _RUN.finditer(item.text):
                    name = _trim(m.group(), item.text, m.start(), None)
                    if name and not _excluded(name):
                        _add(cands, _Cand(name, "place", [name]))


def _add_people(text: _Text, cands: dict[str, _Cand]) -> None:
    """People the text names in full with a cue (a title, a role, initials, a list with a
    person); a name that is also a place, an organisation or an event is not a person."""
    found: dict[str, str] = {}
    people = {c.name for c in cands.values() if c.person}
    people_words = {w for p in people for w in p.split()}

    def accept(name: str, single: bool = True) -> None:
        name = _described(_untitled(_unopened(name, text.index)), text.index, cands)
        alone = single and " " not in name and one_name(name, text.index) and \
            name not in people_words
        if (person_shaped(name) or alone) and not _ends_in(name, people):
            found.setdefault(_key(name), name)

    for pattern in PERSON_CUES.values():
        for m in pattern.finditer(text.full):
            if not _inside(text.titles, m.start()):
                for name in filter(None, m.groups()):
                    accept(name, single=False)
    known = {k for k, c in cands.items() if c.person} | set(found)
    for m in _LIST.finditer(text.full):
        names = re.split(r",\s+(?:and\s+)?|,?\s+and\s+", m.group())
        if any(_key(_untitled(n)) in known for n in names):
            for n in names:
                accept(n)
    for m in _ONE_NAME.finditer(text.full):
        accept(m.group(1) or m.group(2))
    by_surname = _commanders_by_surname(cands)
    for name in found.values():
        commander = _commander_of(name, by_surname)
        if commander:
            commander.forms.append(name)        # located by this form too (see _locate)
        else:
            _add(cands, _Cand(name, "person", [name], person=True))


def _ends_in(name: str, names: set[str]) -> bool:
    """Does `name` end in one of `names` after a space ('General Ma Bufang' in 'Ma Bufang')?
    Looked up suffix by suffix, so the cost follows the name, not the number of names."""
    return any(name[i + 1:] in names for i, c in enumerate(name) if c == " ")


def _commanders_by_surname(cands: dict[str, _Cand]) -> dict[str, list[tuple[_Cand, list[str]]]]:
    """The commanders (preset entries) of two words or more, by the last word of the name
    without titles: a longer form is compared with those sharing its last word only."""
    out: dict[str, list[tuple[_Cand, list[str]]]] = {}
    for c in cands.values():
        own = untitled(c.name)
        if c.preset and len(own) >= 2:
            out.setdefault(own[-1], []).append((c, own))
    return out


def _commander_of(name: str, by_surname: dict[str, list[tuple[_Cand, list[str]]]]
                  ) -> _Cand | None:
    """The one commander a longer form of a name is ('Horatio Herbert Kitchener' for the
    infobox's 'Sir Herbert Kitchener'): it ends in the commander's surname and has every other
    word of the commander's name, in order."""
    words = name.split()
    found = [c for c, own in by_surname.get(words[-1], ()) if len(own) < len(words)
             and _in_order(own[:-1], words[:-1])] if words else []
    return found[0] if len(found) == 1 else None


def _in_order(few: list[str], many: list[str]) -> bool:
    """Are `few` words all in `many`, in the same order?"""
    rest = iter(many)
    return all(w in rest for w in few)


def _described(name: str, index: TextIndex, cands: dict[str, _Cand]) -> str:
    """The name without the words before it that describe the person: a group ('the White
    Russians Fotiy Leskin') or a place ('at Beitashan Osman's forces')."""
    words = name.split()
    while len(words) > 1 and (group_word(words[0], index) or _key(words[0]) in cands
                              and not cands[_key(words[0])].person):
        words = words[1:]
    return " ".join(words)


def group_word(word: str, index: TextIndex) -> bool:
    """Does the text use the word for a group of people ('the Russians', 'many Hui', 'the Han')?
    Asked once per word and text (a word may open thousands of names)."""
    key = ("group_word", word)
    if key not in index.memo:
        index.memo[key] = _group_word(word, index)
    return index.memo[key]


def _group_word(word: str, index: TextIndex) -> bool:
    for pos in index.occurrences(word):
        before = index.text[max(0, pos - 8):pos]
        after = index.text[pos + len(word):pos + len(word) + 30]
        if re.search(r"\b(?:the|many|most|ethnic|some|other)\s$", before) and not re.match(
                rf"(?:['’]s)?\s+{_WORD}", after):
            return True
    return False


def one_name(word: str, index: TextIndex) -> bool:
    """A single word that can be a person's whole name: capitalised, never used in lower case,
    no function word, month, language or head noun."""
    return len(word) > 2 and word not in _FUNCTION and not _excluded(word) \
        and kind_of(word) is None and not index.starts.get(word.lower()) \
        and word.lower() not in NOT_ALONE


def person_shaped(name: str) -> bool:
    """Two to four capitalised words, none a head noun, function word, month or title."""
    words = name.split()
    if re.fullmatch(r"(?:North|South|East|West)(?:ern)?|Upper|Lower|Greater|Inner|Outer|New|Old|"
                    r"Central|Later|Former|Early", words[0]):
        return False                            # 'Western Chu', 'Later Han': a state
    return 2 <= len(words) <= 5 and kind_of(name) is None and not any(
        w in _FUNCTION or w in _MONTHS or w in _WEEKDAYS or re.fullmatch(TITLES, w)
        or w.isupper() and len(w) > 1 and not re.fullmatch(_INITIAL, w) for w in words) \
        and not _excluded(name)


def _untitled(name: str) -> str:
    """'General Ma Bufang' -> 'Ma Bufang'."""
    return re.sub(rf"^(?:(?:{TITLES})\s+)+", "", name.strip())


def _unit_names(book: Book) -> set[str]:
    """The names of the infobox's units ('Army of Mississippi')."""
    return {i.text for side in book.article.infobox.sides for i in side.units if i.kind != "label"}


def _add_names(text: _Text, cands: dict[str, _Cand], units: set[str] = frozenset()) -> None:
    """Capitalised multi-word names used at least twice, each counted where it stands whole."""
    counts: Counter[str] = Counter()
    titled: set[str] = set()
    cut: set[str] = set()            # 'Society of Righteous' before 'and Harmonious Fists'

    known = set(cands) | {_key(f) for c in cands.values() for f in c.forms}
    for m in _RUN.finditer(text.full):
        for piece, start, after_title in _pieces(m.group(), m.start(), text.index):
            name = _joined(_trim(piece, text.full, start, text.index), text.full, start)
            if name and len(name.split()) > 1 and not _inside(text.titles, start):
                counts[name] += 1
                if after_title:
                    titled.add(name)
                end = text.full.find(name, start) + len(name)
                if " of " in name and re.match(r"\s+and\s+[A-Z]", text.full[end:end + 8]):
                    cut.add(name)
    for name, n in list(counts.items()):
        lead = next((k for k in range(len(name.split()) - 2, 1, -1)
                     if _key(" ".join(name.split()[:k])) in known
                     and kind_of(" ".join(name.split()[:k]))), None)
        if lead:                                # 'Republic of China National Revolutionary Army'
            del counts[name]
            counts[" ".join(name.split()[:lead])] += n
            rest = re.sub(rf"^{_CONNECT}\s+", "", " ".join(name.split()[lead:]))
            counts[rest] += n
            continue
        owner = re.match(r"(.+?)\s+of(?:\s+the)?\s+(.+)$", name)
        after = owner.group(2) if owner else ""
        if owner and " " in owner.group(1) and kind_of(owner.group(1)) != "event" and (
                _key(owner.group(1)) in known or _key(after) in known and (
                    " " in after or after.isupper())):
            # 'CC Clique of the Kuomintang', 'Ili District Council of Xinjiang Province': two names
            del counts[name]
            for part in owner.groups():
                counts[part] += n
    people_forms = {_key(f) for c in cands.values() if c.person for f in c.forms}
    for name, n in counts.items():
        if _key(name) in cands or _key(name) in people_forms or _excluded(name) \
                or _language(name.split()[-1]):
            continue                            # 'Ili Uyghur', 'Han Chinese': describing words
        kind = kind_of(name)
        if name in titled and person_shaped(name):
            _add(cands, _Cand(name, "person", [name], person=True))
        elif (n >= 2 or kind and name not in cut and _qualified(name, text.index, known)) and \
                not _modifier(name, text.index):
            plural = [name[:-1]] if re.search(r"[a-z]s$", name) else []   # 'White Russian'
            _add(cands, _Cand(name, kind or "term", [name, *plural]))   # a head noun: once is enough
    _fold_variants(cands, text.index, units)


def _qualified(name: str, index: TextIndex, known: set[str]) -> bool:
    """A name with a head noun ('Qitai County', 'Battle of Yiwu') names one thing when a proper
    word qualifies the head, not only a language, a describing word, a number or an acronym
    ('the Chinese Army', 'the 1st Division')."""
    words = name.split()
    if kind_of(words[0]):
        rest = words[1:]                       # 'Lake Baikal', 'Battle of Yiwu'
    else:
        head = words.index("of") - 1 if "of" in words else len(words) - 1
        rest = words[:head] + words[head + 1:]
    return any(w[:1].isupper() and not w.isupper() and not _language(w) and not kind_of(w)
               and (_key(w) in known or not _modifier(w, index)) for w in rest)


def _pieces(run: str, start: int, index: TextIndex) -> list[tuple[str, int, bool]]:
    """A capitalised run split at function words, titles and a proper name's possessive
    ('Salar Muslim General Ma Bufang' -> 'Ma Bufang', after a title; the words describing him
    are dropped); '(piece, start, follows a title)' for each."""
    out, pos, titled = [], 0, False
    words = list(re.finditer(r"\S+", run))
    i = 0
    while i < len(words):
        w = words[i].group()
        title = re.match(rf"(?:{TITLES})(?:\s|$)", run[words[i].start():])
        owner = re.fullmatch(r"(\w+)['’]s", w)
        if owner and owner.group(1) != "People" and not index.starts.get(owner.group(1).lower()):
            piece = run[pos:words[i].start() + len(owner.group(1))].strip()
            out.append((piece, start + pos, titled))
            i, titled = i + 1, False
            pos = words[i].start() if i < len(words) else len(run)
            continue
        if w in _FUNCTION or title or _opener(w, index):
            piece = run[pos:words[i].start()].strip()
            if piece and not title:
                out.append((piece, start + pos, titled))
            if title:
                i += len(title.group().split())
                # 'King of Western Chu', 'Chief of Staff': a title of a place, not a name
                titled = not (i < len(words) and words[i].group() == "of")
            else:
                i += 1
                titled = False
            pos = words[i].start() if i < len(words) else len(run)
            continue
        i += 1
    piece = run[pos:].strip()
    if piece:
        out.append((piece, start + pos, titled))
    return out


def _opener(word: str, index: TextIndex) -> bool:
    """A preposition or a participle that opens a sentence, glued to the name after it
    ('Following Stalin's death', 'Reaching Smolensk, …'): a word of _OPENERS, or a word in '-ing'
    (not romanised Chinese: 'Nanjing') that the text capitalises only where a sentence opens."""
    if word in _OPENERS:
        return True
    if not re.fullmatch(r"[A-Z][a-z]{2,}ing", word) or pinyin(word):
        return False
    return all(_sentence_initial(index.text, pos) for pos in index.starts.get(word, ()))


def _unopened(name: str, index: TextIndex) -> str:
    """The name without the sentence-opening prepositions or participles before it."""
    words = name.split()
    while len(words) > 1 and _opener(words[0], index):
        words = words[1:]
    return " ".join(words)


def _trim(name: str, full: str, start: int, index: TextIndex | None) -> str | None:
    """The name without a sentence-opening word the text also uses in lower case ('Many'),
    leading or trailing connectors, or a possessive."""
    words = name.split()
    if index and words and _sentence_initial(full, start) and index.starts.get(words[0].lower()):
        words = words[1:]
    if words and words[0] in _NUMBER_WORDS and _counts_a_noun(full, start + len(name)):
        words = words[1:]                       # 'Two Union armies': two armies, no 'Two Union'
    while words and not (words[0][:1].isupper() or re.fullmatch(_ORDINAL, words[0])):
        words = words[1:]
    while words and (not words[-1][:1].isupper() or words[-1] in ("of", "the")):
        words = words[:-1]
    if words and re.search(r"['’]s$", words[-1]):
        words[-1] = words[-1][:-2]
    return " ".join(words) or None


def _joined(name: str | None, full: str, start: int) -> str | None:
    """The name with the words joined to its start by dashes ('Polish–Lithuanian–' before
    'Teutonic War'): a compound name stays whole."""
    if not name or not full.startswith(name, start):
        return name
    lead = re.search(rf"(?<![\w'’-])(?:[{_UPPER}][\w'’-]*[–-])+$",
                     full[max(0, start - 80):start])
    return lead.group() + name if lead else name


def _counts_a_noun(full: str, end: int) -> bool:
    """Does a lower-case noun follow a name ending at `end`? Then a number word before the name
    counts that noun ('Two Union armies'), it is no part of the name."""
    nxt = re.match(r"\s+([a-z][\w-]*)", full[end:end + 30])
    return bool(nxt) and nxt.group(1) not in _FOLLOWERS and not nxt.group(1).endswith("ed")


def _sentence_initial(full: str, pos: int) -> bool:
    """Does a sentence (or a paragraph, or a quotation) open at `pos`?"""
    before = full[max(0, pos - 4):pos].rstrip(" \"“‘'(")
    return not before or before[-1] in ".!?\n:;"


def _excluded(name: str) -> bool:
    """Months, weekdays, dates, names of languages or scripts, and all-capital abbreviations
    alone."""
    return name in _MONTHS or name in _WEEKDAYS or _language(name) or _date_phrase(name) or \
        (name.isupper() and " " not in name)


def _date_phrase(name: str) -> bool:
    """A date, not a name: 'June 1410', '15 July', 'July 15, 1410'."""
    words = name.replace(",", "").split()
    return any(w in _MONTHS for w in words) and all(w in _MONTHS or w.isdigit() for w in words)


def _language(word: str) -> bool:
    """'Uyghur', 'English', 'Cyrillic': a language or a script, not a place."""
    if " " in word:
        return False
    if word == "English":          # language_tag() leaves it out: no label in a parenthesis
        return True
    try:
        if ucd.script_code(word) != "Zzzz":
            return True
    except (KeyError, ValueError):
        pass
    return language_tag(word) is not None


def _modifier(name: str, index: TextIndex) -> bool:
    """Is the name mostly used before a lower-case noun ('Chinese Muslim cavalry')? Then it
    describes, it does not name."""
    if re.search(r"[a-z]s$", name) or " " in name and kind_of(name):
        return False                           # a group ('White Russians'), a thing ('X College')
    occurrences, described = 0, 0
    for pos in index.occurrences(name):
        after = index.text[pos + len(name):pos + len(name) + 30]
        if re.match(rf"\s+{_WORD}", after):
            continue                           # part of a longer name: says nothing
        occurrences += 1
        nxt = re.match(r"\s+([a-z][\w-]*)", after)
        if nxt and nxt.group(1) not in _FOLLOWERS and not nxt.group(1).endswith("ed"):
            described += 1
    return described * 2 > occurrences


def _fold_variants(cands: dict[str, _Cand], index: TextIndex,
                   units: set[str] = frozenset()) -> None:
    """'Xinjiang Province' is Xinjiang, 'Soviet Red Army' the Red Army: a name that adds a place
    noun, or a describing word, to another entry's name becomes a form of that entry; and to the
    name of one of the infobox's units ('Confederate Army of Mississippi', see _unit_named)."""
    by_name = {c.name: c for c in cands.values()}
    for key, cand in list(cands.items()):
        if cand.person or len(cand.forms) > 1:
            continue
        words = cand.name.split()
        shorter = by_name.get(cand.name + "s")       # 'White Russian' beside 'White Russians'
        if len(words) >= 2 and re.fullmatch(r"Province|County|Region|District|City|Prefecture",
                                             words[-1]):
            shorter = by_name.get(" ".join(words[:-1]))
        elif not shorter and len(words) >= 3 and not re.fullmatch(
                r"First|Second|Third|Fourth|New|Old|Greater", words[0]) and not kind_of(words[0]):
            shorter = next((by_name[" ".join(words[k:])] for k in range(1, len(words) - 1)
                            if " ".join(words[k:]) in by_name and all(
                                _describing(w, index, cands) for w in words[:k])), None)
        if shorter and shorter is not cand and not shorter.person:
            shorter.forms.append(cand.name)
            del cands[key]
        elif not shorter and _unit_named(cand.name, index, cands, units):
            del cands[key]
            unit = cand.name.split(None, 1)[1]
            _add(cands, _Cand(unit, "organisation", [unit])).forms.append(cand.name)


def _unit_named(name: str, index: TextIndex, cands: dict[str, _Cand], units: set[str]) -> bool:
    """A describing word (a nationality, a side) before the name of one of the infobox's units
    ('Confederate Army of Mississippi' for the unit 'Army of Mississippi'): it names that unit."""
    first, _, rest = name.partition(" ")
    return rest in units and kind_of(rest) == "organisation" and _describing(first, index, cands)


def _describing(word: str, index: TextIndex, cands: dict[str, _Cand]) -> bool:
    """A word that describes what follows it: used so elsewhere ('Soviet troops'), a language
    ('Uyghur'), a people the index has ('Hui'), or a member of a plural group ('Communist')."""
    return _modifier(word, index) or _language(word) or bool(index.starts.get(word + "s")) or \
        (_key(word) in cands and not cands[_key(word)].person)


def _add_places(text: _Text, cands: dict[str, _Cand]) -> None:
    """Single words after a preposition of place that the text never uses to describe something
    ('in Kashgar', not 'in Soviet hands'), and that are no part of a person's name."""
    person_words = {w for c in cands.values() if c.person for w in c.name.split()}
    seen: set[str] = set()
    for m in _AT_PLACE.finditer(text.full):
        word = re.sub(r"['’]s$", "", m.group(1))
        if _inside(text.titles, m.start(1)):
            continue                            # 'to Arms' in 'A Farewell to Arms'
        if word in seen or word in _FUNCTION or word in person_words or _excluded(word) \
                or _key(word) in cands or len(word) < 3 or word.lower() in NOT_ALONE:
            continue
        seen.add(word)
        if not _modifier(word, text.index) and not text.index.starts.get(word.lower()):
            _add(cands, _Cand(word, "place", [word]))


def _locate(text: _Text, cands: dict[str, _Cand]) -> None:
    """Every occurrence of every form; where names overlap the longest one wins ('Republic of
    China' inside 'People's Republic of China' is not the Republic of China)."""
    spans: list[tuple[int, int, _Cand, bool]] = []
    for cand in cands.values():
        for form in dict.fromkeys(f for f in cand.forms if not is_foreign(f)):
            for pos in text.index.occurrences(form):
                if not (pos and text.full[pos - 1] in "-'’"):
                    spans.append((pos, pos + len(form), cand, form == cand.name))
    spans.sort(key=lambda s: (s[0], -s[1]))
    end = -1
    for start, stop, cand, own in spans:
        if start < end:
            continue
        end = stop
        cand.spans.append((start, stop))
        if not (cand.preset and own):       # commanders: where the biographies say, and where
            cand.paras.add(text.para(start))  # a longer form of the name stands ('Horatio …')


def _add_person_words(text: _Text, cands: dict[str, _Cand]) -> None:
    """A person the text names in full is also found by one word of their name that no other
    indexed name has ('Stalin' for Joseph Stalin), where it stands alone."""
    people = [c for c in cands.values() if c.person and c.spans and not c.preset]
    owners: Counter[str] = Counter(w for c in cands.values() for w in set(c.name.split()))
    taken = sorted(s for c in cands.values() for s in c.spans)
    for cand in people:
        for word in {w for w in cand.name.split() if owners[w] == 1 and len(w) > 2
                     and w.lower() not in NOT_ALONE and w[:1].isupper() and not re.match(r"[A-Z]\.", w)
                     and not group_word(w, text.index)}:
            for pos in text.index.occurrences(word):
                if _alone(text, pos, word) and not _inside(taken, pos):
                    cand.paras.add(text.para(pos))
                    cand.spans.append((pos, pos + len(word)))


def _alone(text: _Text, pos: int, word: str, after_title: bool = True,
           strict: bool = False) -> bool:
    """The word is no part of a longer capitalised name on either side, particles between
    ('Tolly' in 'Barclay de Tolly' is not alone, nor 'Francisco' in 'Francisco de Paula'). Before
    it, a title leaves it alone when `after_title` ('General Kitchener'), and so does a word that
    opens the sentence: any word, or when `strict` only one that is no name ('In', 'Many' used in
    lower case too)."""
    full = text.full
    before = re.search(rf"({_WORD})\s+({_PARTICLE_RUN})$", full[max(0, pos - 40):pos])
    if before and not (after_title and re.fullmatch(TITLES, before.group(1))) and (
            before.group(2) or not _sentence_initial(full, pos - len(before.group()))
            or strict and not _no_name(before.group(1), text.index)):
        return False
    end = pos + len(word)
    after = re.match(rf"(?:['’]s)?\s+{_PARTICLE_RUN}{_WORD}", full[end:end + 40])
    return not (after and not re.match(r"['’]s", full[end:]))


def _no_name(word: str, index: TextIndex) -> bool:
    """A capitalised word that opens a sentence without naming anything: a function word, an
    opener, or a word the text also uses in lower case."""
    return word in _FUNCTION or _opener(word, index) or bool(index.starts.get(word.lower()))


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    """Does `pos` fall inside one of the sorted, non-overlapping `spans`?"""
    i = bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _entries(cands: list[_Cand], text: _Text, everyone: dict[str, _Cand]) -> list[IndexEntry]:
    """The sorted entries: headings filed for a reader, sub-entries, 'see' references."""
    taken: dict[str, int] = {}
    ids = {id(c): unique_id("ix-" + slugify(_shown(c, text), "entry"), taken) for c in cands}
    subs = _subentries(cands, text)
    out = []
    names = {_key(c.name) for c in cands}
    for c in cands:
        shown = _shown(c, text)
        sub = subs.get(id(c), [])
        covered = {p for _, paras in sub for p in paras}
        sub_entries = tuple(IndexEntry(f"{ids[id(c)]}-{slugify(label, 'sub')}", label,
                                       sort_text(re.sub(r"^and\s+", "", label)), "sub",
                                       _locators(paras, text))
                            for label, paras in sorted(sub, key=lambda s: sort_key(s[0][4:])))
        out.append(IndexEntry(ids[id(c)], shown, sort_text(shown), c.kind,
                              _locators(c.paras - covered, text), sub_entries,
                              original=c.original, lang=c.lang))
        for alias in c.aliases:
            if _key(alias) not in names and not is_foreign(alias):
                names.add(_key(alias))
                out.append(IndexEntry(unique_id("ix-" + slugify(alias, "see"), taken), alias,
                                      sort_text(alias), "see", sees=(ids[id(c)],)))
    return sorted(out, key=lambda e: (sort_key(filed_as(e.term)), e.term))


def _shown(c: _Cand, text: _Text) -> str:
    """The heading: an acronym's long form with the acronym; a person's name inverted when the
    text shows it is in Western order."""
    if c.shown:
        return c.shown
    if not c.person:
        return c.name
    words = untitled(c.name)
    if regnal(c.name):
        return heading(c.name, False)           # 'Władysław II Jagiełło': under the regnal name
    if len(words) > 1 and _SURNAME_ENDING.fullmatch(words[-1]) and not east_asian(c.name):
        return heading(c.name, True)            # 'Abbasov, Abdukerim'
    surname_used = _used_alone(text, words[-1])
    given = _used_alone(text, words[0], after_title=False)
    return heading(c.name, western_order(c.name, surname_used, given), _compound(words, text))


def _compound(words: list[str], text: _Text) -> bool:
    """Is the surname the compound 'Barclay de Tolly', not 'Tolly' (see filing.surname_start)? Yes
    unless the text uses the last word alone and never the compound."""
    _, start = surname_start(words)
    if start == len(words) - 1:
        return False
    return _used_alone(text, " ".join(words[start:]), strict=True) or \
        not _used_alone(text, words[-1], strict=True)


def _used_alone(text: _Text, word: str, after_title: bool = True, strict: bool = False) -> bool:
    """Does the text use `word` on its own, outside any longer capitalised name (after a title
    too, when `after_title`)? A possessive counts ('Santander's vanguard')."""
    return any(_alone(text, pos, word, after_title, strict) for pos in text.index.occurrences(word))


def _subentries(cands: list[_Cand], text: _Text) -> dict[int, list[tuple[str, set[int]]]]:
    """For an entry with many locators, 'and X' for each person or organisation named in the
    same sentence at least twice (CMOS 16.9: break up long strings of locators)."""
    agents = [c for c in cands if c.kind in ("person", "organisation")]
    named_in: dict[int, set[int]] = {}                   # sentence -> agents named in it
    for k, c in enumerate(agents):
        for s, _ in c.spans:
            named_in.setdefault(text.sentence(s), set()).add(k)
    common = len(text.paras) / 3                         # named that often: no sub-entry for it
    out: dict[int, list[tuple[str, set[int]]]] = {}
    for k, c in enumerate(agents):
        if len(c.paras) <= SUBENTRY_AFTER:
            continue
        shared: dict[int, set[int]] = {}
        for s in {text.sentence(start) for start, _ in c.spans}:
            for other in named_in.get(s, ()):
                if other != k and len(agents[other].paras) <= common:
                    shared.setdefault(other, set()).add(text.para(text.sentence_starts[s]))
        out[id(c)] = [(f"and {agents[o].name}", paras) for o, paras in shared.items()
                      if len(paras) >= 2]
    return out


def _locators(paras: set[int], text: _Text) -> tuple[Locator, ...]:
    """Paragraph numbers as locators, in reading order."""
    return tuple(Locator(text.paras[i][1], text.paras[i][0]) for i in sorted(paras))
