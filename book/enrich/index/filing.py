"""Where an index files a name: the heading a reader looks under, and the text it sorts by.

One rule for every person of the book (CMOS 17th ed., 16.71–16.87): a personal name is inverted
under the surname ('Walker, Walton'; particles after the given names: 'Trotha, Lothar von'),
unless it is written surname first (Chinese, Japanese, Korean, Vietnamese: 'Pak Kyo Sam'), is a
ruler's regnal name ('Vologases I', 'Tarn Emperor'), opens with an Arabic kunya ('Abu
Tamar'), has an epithet or an 'of' ('Pliny the Elder', 'Ivo Baal HaVell', 'Alexander
of Aegae', 'Antonia Minor'), is a patronymic ('Eleazar ben Yair'), ends in an honorific ('Ovar Selim Pasha'), or
the text calls the person by the first word and never by the last ('Poppaea' for Poppaea
Sabina). Ranks and offices are left out of a heading; a title of nobility follows the name it
identifies ('Chelmsford, Lord'; 'Darran, Ivo, Prince'), except 'Sir' and 'Dame', which stay
before the given name ('Kitchener, Sir Herbert', 16.41). Arabic 'al-' and a leading particle
are ignored in sorting."""
from __future__ import annotations

import re
from collections.abc import Callable

from ... import lexicon
from ...collation import fold, plain
from ...model import Book

SURNAME_PARTICLES = frozenset(lexicon.SURNAME_PARTICLES)
_PATRONYMIC = frozenset(lexicon.PATRONYMIC_PARTICLES)
# Italian and Portuguese particles often name a place of origin ('Leonardo da Vinci', under L):
# no evidence of Western order by themselves.
_ORDER_PARTICLES = SURNAME_PARTICLES - frozenset(lexicon.ORIGIN_PARTICLES)
_LEADING_PARTICLE = re.compile(
    rf"^{lexicon.alternation(lexicon.SURNAME_PARTICLES + lexicon.PATRONYMIC_PARTICLES)}"
    rf"\s+(?=[A-Z\u00C0-\u024F])")
_ARTICLE_PREFIX = re.compile(rf"^{lexicon.alternation(lexicon.ARABIC_ARTICLE_FORMS)}[-‐‑](?=\w)",
                             re.I)
_TITLES = frozenset(w for t in (*lexicon.TITLES, *lexicon.RANKS) for w in t.split()) | {"Dowager"}
_NOBLE = frozenset(lexicon.NOBLE_TITLES)
_GIVEN_TITLE = frozenset(lexicon.GIVEN_NAME_TITLES)
_GIVEN = frozenset(lexicon.GIVEN_NAMES)
_HONORIFICS = frozenset(lexicon.HONORIFICS_AFTER)
_KUNYA = frozenset(lexicon.KUNYA)
_ERA_TITLES = frozenset(lexicon.ERA_TITLES)
_EPITHET_OPENERS = frozenset(lexicon.EPITHET_OPENERS)
_ROMAN_EPITHETS = frozenset(lexicon.ROMAN_EPITHETS)
_SLAVIC = re.compile(f"(?:{'|'.join(lexicon.SLAVIC_SURNAME_ENDINGS)})$")
_ROMAN = re.compile(r"^(?:[IVX]+|[IVX]*[IVX]\.)$")
# Romanised syllables of Chinese (pinyin and Wade–Giles) and of Japanese (Hepburn).
_SYLLABLE = (r"(?:(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])['’]?"
             r"(?:iang|iong|uang|ueh|ang|eng|ing|ong|ung|iao|ian|uai|uan|ai|ao|an|ei|en|ih|ia|ie|"
             r"in|iu|ou|ua|uo|ui|un|ue|üe|ü|a|o|e|i|u)|(?:ang|ai|ao|an|a|e|o|ou|er|en|eng))")
_PINYIN = re.compile(f"{_SYLLABLE}{{1,2}}", re.I)     # a Chinese name's words have one or two
_KANA = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiouāēīōūâêîôû]|n(?![aeiouy]))+",
                   re.I)
# A syllable of Korean in McCune–Reischauer or Revised Romanisation ('Pak Kyo Sam', 'Kim').
_HANGUL = re.compile(r"(?:kk|tt|pp|ss|tch|ch|ng|[kgntdrlmbpsjh])?"
                     r"(?:yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|ui|a|e|i|o|u|ŏ|ŭ)"
                     r"(?:ng|k|n|t|l|m|p)?", re.I)
# Letters of Vietnamese and of Korean McCune–Reischauer that English spelling never uses.
_EAST_ASIAN_LETTERS = re.compile(r"[ŏŭơưăđĐ]|[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]",
                                 re.I)


def pinyin(word: str) -> bool:
    """One or two romanised Chinese syllables ('Nanjing', 'Ming'): a word, not an English form."""
    return bool(_PINYIN.fullmatch(re.sub(r"[-'’]", "", word)))


def east_asian(name: str) -> bool:
    """A name written surname first: every word is romanised Chinese or Japanese syllables, a
    hyphenated given name ('Kai-shek', 'Sun-sin'), or letters peculiar to Vietnamese or Korean."""
    words = name.split()
    if len(words) < 2 or _EAST_ASIAN_LETTERS.search(name):
        return len(words) >= 2
    if _SLAVIC.search(words[-1]):
        return False               # 'Semyon Timoshenko' reads as kana, but is Russian
    if any(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", w) for w in words[1:]):
        return True
    bare = [re.sub(r"[-'’]", "", w) for w in words]
    return all(_PINYIN.fullmatch(w) for w in bare) or all(_KANA.fullmatch(w) for w in bare) \
        or len(words) == 3 and all(_HANGUL.fullmatch(w) for w in bare)


WESTERN_ORDER_FROM = 1868    # Meiji: Japanese names of people after it are written given name first


def modern(book: Book) -> bool:
    """Is the book's time one in which Japanese names are written given name first?"""
    return book.about.period is not None and book.about.period[0] >= WESTERN_ORDER_FROM


def western_japanese(words: list[str]) -> bool:
    """Two words of Japanese syllables, not Chinese ones ('Kunio Nakagawa'): in a book whose
    people are written given name first, a modern Japanese name is too, when the text calls the
    person by the last word (CMOS 16.83)."""
    bare = [re.sub(r"[-'’]", "", w) for w in words]
    return len(words) == 2 and all(_KANA.fullmatch(w) for w in bare) and \
        not all(_PINYIN.fullmatch(w) for w in bare)


def surname_first_book(names: list[str]) -> bool:
    """Does the book write its people surname first? Yes when at least four of its personal names
    of two words and four in five of them read as East Asian ('Ukita Hideie'): the one order of
    the book then also files a name the syllable test misses ('Kikkawa Hiroie', CMOS 16.83)."""
    pairs = [n for n in names if len(untitled(n)) == 2]
    eastern = sum(east_asian(" ".join(untitled(n))) for n in pairs)
    return eastern >= 4 and eastern >= 0.8 * len(pairs)


def surname_first(name: str, book_order: bool) -> bool:
    """A name of two words in a book that writes its people surname first, unless its first word
    is a given name of the lexicon ('Will Adams' among Japanese lords is still 'Adams, Will')."""
    words = untitled(name)
    return book_order and len(words) == 2 and words[0] not in _GIVEN \
        and not _SLAVIC.search(words[-1])


def untitled(name: str) -> list[str]:
    """The words of a name without its leading titles and ranks ('Prince Pyotr Bagration')."""
    words = name.split()
    while len(words) > 1 and words[0] in _TITLES:
        words.pop(0)
    return words


def regnal(name: str) -> bool:
    """A sovereign's regnal name: a Roman numeral after the first word ('Władysław II Jagiełło',
    'Vologases I'). It is filed as written, under the regnal name, never inverted. An 'I.'
    before another word is an initial ('Charles I. Caldwell')."""
    words = untitled(name)[1:]
    return any(_ROMAN.match(w) and (not w.endswith(".") or k == len(words) - 1)
               for k, w in enumerate(words))


def particle_surname(name: str) -> bool:
    """A French, Spanish, German or Dutch surname particle right before the last word ('Otto von
    Below', 'Sebastián de la Calzada')."""
    words = untitled(name)
    return len(words) >= 3 and words[-2] in _ORDER_PARTICLES and words[0] not in SURNAME_PARTICLES


def inverted(name: str, called_by_first: bool = False, book_order: bool = False,
             called_by_last: bool = False) -> bool:
    """The one rule: is this personal name filed under its last word (see the module
    docstring)? `called_by_first`: the text calls the person by the first word alone and never
    by the last; `book_order`: the book writes its people surname first (surname_first_book);
    `called_by_last`: the text calls by its last word a name read as surname first."""
    words = untitled(name)
    if len(words) < 2 or regnal(name) or called_by_first:
        return False
    if (east_asian(" ".join(words)) or surname_first(name, book_order)) and \
            not (called_by_last and not book_order and western_japanese(words)):
        return False
    if any(w in ("the", "of", *lexicon.JAPANESE_NO) or w in _PATRONYMIC or w in _EPITHET_OPENERS for w in words) or words[-1] in _HONORIFICS \
            or words[-1] in _ROMAN_EPITHETS or words[-1] in _ERA_TITLES or words[0] in _KUNYA:
        return False                 # 'Tarn Emperor', 'Abu Tamar': filed as written
    return words[-1][:1].isalpha() and words[-1][:1].isupper()


def surname_start(words: list[str], compound: bool = True) -> tuple[int, int]:
    """Where the particles after the given names start, and where the surname starts, in a name
    without titles. The surname is the last word ('Trotha', particles 'von'); a particle before
    other given names is one of them ('Francisco de Paula Santander'). When two words or more come
    before the particles, the last of them begins a compound surname ('Michael Andreas Barclay de
    Tolly'), unless `compound` is False: the text uses the shorter surname alone, never the
    compound ('Blücher' for Gebhard Leberecht von Blücher). A particle written with a capital
    is the surname's first word ('Oliver La Farge': 'La Farge'; CMOS 16.71)."""
    last = len(words) - 1
    if last >= 2 and words[last - 1][:1].isupper() and \
            words[last - 1].casefold() in SURNAME_PARTICLES:
        return last - 1, last - 1    # a capitalised particle begins the surname: 'La Farge, Oliver'
    first = last
    while first > 1 and words[first - 1] in SURNAME_PARTICLES:
        first -= 1
    if compound and first < last and first >= 2:
        return first - 1, first - 1
    return first, last


def heading(name: str, invert: bool, compound: bool = True) -> str:
    """The name as a heading: inverted when `invert` ('Barclay de Tolly, Michael Andreas'),
    ranks and offices left out, a title of nobility after it ('Darran, Ivo, Prince';
    'Chelmsford, Lord'), 'Sir' and 'Dame' before the given names ('Kitchener, Sir Herbert')."""
    words = name.split()
    titles = []
    while len(words) > 1 and words[0] in _TITLES:
        titles.append(words.pop(0))
    noble = [t for t in titles if t in _NOBLE]
    given_title = [t for t in titles if t in _GIVEN_TITLE]
    if invert and len(words) >= 2:
        particles, surname = surname_start(words, compound)
        given = " ".join(given_title + words[:particles] + words[particles:surname])
        return f"{' '.join(words[surname:])}, {given}" + (f", {' '.join(noble)}" if noble else "")
    kept = noble + given_title
    if kept and len(words) == 1:
        return f"{words[0]}, {' '.join(kept)}"
    return " ".join(given_title + words) + (f", {' '.join(noble)}" if noble else "")


def compound_surname(words: list[str], used_alone: Callable[[str], bool]) -> bool:
    """Is the surname the compound 'Barclay de Tolly', not 'Tolly'? Yes unless the text uses
    the last word alone and never the compound."""
    _, start = surname_start(words)
    if start == len(words) - 1:
        return False
    return used_alone(" ".join(words[start:])) or not used_alone(words[-1])


def filed_as(text: str) -> str:
    """The text a heading sorts by: no leading article or quotation marks, no Arabic 'al-', no
    leading particle ('von Trotha' under T)."""
    return _LEADING_PARTICLE.sub("", _ARTICLE_PREFIX.sub("", plain(text)))


def sort_text(text: str) -> str:
    """The filing form folded (no accents, lower case): what data.json gives as `sort_key`."""
    return fold(filed_as(text))
