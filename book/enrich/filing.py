"""Where an index files a name: the heading a reader looks under, and the text it sorts by.

The Chicago Manual of Style (17th ed., 16.71–16.87): a Western-order personal name is inverted
('Stalin, Joseph'), its particles after the given names ('Trotha, Lothar von'); a name in
surname-first order (Chinese, Japanese, Korean, Vietnamese) is not ('Ma Bufang'), nor a sovereign's
regnal name ('Władysław II Jagiełło'); a leading title of address follows the name ('Chelmsford,
Lord'; 'Bagration, Pyotr, Prince'), except 'Sir' and 'Dame', which stay before the given name
('Kitchener, Sir Herbert', 16.41); Arabic 'al-' is ignored in sorting."""
from __future__ import annotations

import re

from ..collation import fold, plain
from .people import TITLES

# Particles: after the given names when a name is inverted ('Trotha, Lothar von', CMOS 16.71),
# ignored in sorting when a name starts with one ('von Trotha' files under T).
PARTICLES = ("de|da|di|du|des|del|della|von|van|der|den|ter|la|le|bin|ibn|ben")
# Arabic and Hebrew 'son of': a name with one is a patronymic, not inverted ('Eleazar ben Ya'ir').
_PATRONYMIC = frozenset({"bin", "ibn", "ben"})
# Particles of Western surnames: a name with one before its last word is in Western order
# ('Otto von Below').
SURNAME_PARTICLES = frozenset(PARTICLES.split("|")) - _PATRONYMIC
_ORDER_PARTICLES = SURNAME_PARTICLES - {"da", "di", "del", "della"}
_LEADING_PARTICLE = re.compile(rf"^(?:{PARTICLES})\s+(?=[A-Z\u00C0-\u024F])")
# An Arabic article glued to the name it precedes: ignored in sorting (CMOS 16.76).
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|at|az)[-‐‑](?=\w)", re.I)
# Titles of address, and words that belong to one ('Empress Dowager', 'Ras' in Ethiopia).
_TITLE = re.compile(rf"^(?:{TITLES}|Dowager|Ras|Dejazmach|Negus|Grand)$")
# Titles that stay before the given name when a name is inverted ('Kitchener, Sir Herbert').
_GIVEN_TITLE = re.compile(r"^(?:Sir|Dame)$")
_ROMAN = re.compile(r"^(?:[IVX]+|[IVX]*[IVX]\.)$")
# Romanised syllables of Chinese (pinyin and Wade–Giles) and of Japanese (Hepburn).
_SYLLABLE = (r"(?:(?:zh|ch|sh|hs|ts|tz|[bpmfdtnlgkhjqxrzcsyw])['’]?"
             r"(?:iang|iong|uang|ueh|ang|eng|ing|ong|ung|iao|ian|uai|uan|ai|ao|an|ei|en|ih|ia|ie|"
             r"in|iu|ou|ua|uo|ui|un|ue|üe|ü|a|o|e|i|u)|(?:ang|ai|ao|an|a|e|o|ou|er|en|eng))")
_PINYIN = re.compile(f"{_SYLLABLE}{{1,2}}", re.I)     # a Chinese name's words have one or two
_KANA = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiouāēīōūâêîôû]|n(?![aeiouy]))+",
                   re.I)
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
    if any(re.fullmatch(r"[A-Z][a-z]+-[a-z]+", w) for w in words[1:]):
        return True
    bare = [re.sub(r"[-'’]", "", w) for w in words]
    return all(_PINYIN.fullmatch(w) for w in bare) or all(_KANA.fullmatch(w) for w in bare)


def untitled(name: str) -> list[str]:
    """The words of a name without its leading titles ('Prince Pyotr Bagration')."""
    words = name.split()
    while len(words) > 1 and _TITLE.match(words[0]):
        words.pop(0)
    return words


def regnal(name: str) -> bool:
    """A sovereign's regnal name: a Roman numeral after the first word ('Władysław II Jagiełło',
    'Napoleon I'). It is filed as written, under the regnal name, never inverted."""
    return any(_ROMAN.match(w) for w in untitled(name)[1:])


def particle_surname(name: str) -> bool:
    """A French, Spanish, German or Dutch surname particle right before the last word ('Otto von
    Below', 'Sebastián de la Calzada'): the name is in Western order. Not Italian or Portuguese
    'da', 'di', 'del', 'della', often a place of origin ('Leonardo da Vinci', under L)."""
    words = untitled(name)
    return len(words) >= 3 and words[-2] in _ORDER_PARTICLES and words[0] not in SURNAME_PARTICLES


def western_order(name: str, surname_used: bool, given_used: bool) -> bool:
    """A personal name to invert: given names first (not East Asian, no regnal number, no
    epithet, no patronymic 'bin'/'ibn'/'ben'), and either initials ('A. Doak Barnett'), or a
    surname particle ('Lothar von Trotha') or the text's own use of the last word alone, and never
    of the first ('Sabri' for Masud Sabri, but 'Ehmetjan' for Ehmetjan Qasimi)."""
    words = untitled(name)
    if len(words) < 2 or east_asian(" ".join(words)) or regnal(name) or _TITLE.match(words[-1]) \
            or any(w in ("the", "of") or w in _PATRONYMIC for w in words) \
            or not words[-1][:1].isupper():
        return False
    initials = any(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1])
    return initials or (surname_used or particle_surname(name)) and not given_used


def surname_start(words: list[str], compound: bool = True) -> tuple[int, int]:
    """Where the particles after the given names start, and where the surname starts, in a name
    without titles. The surname is the last word ('Trotha', particles 'von'); a particle before
    other given names is one of them ('Francisco de Paula Santander'). When two words or more come
    before the particles, the last of them begins a compound surname ('Michael Andreas Barclay de
    Tolly', 'Konrad Krafft von Dellmensingen'), unless `compound` is False: the text uses the
    shorter surname alone, never the compound ('Blücher' for Gebhard Leberecht von Blücher)."""
    last = len(words) - 1
    first = last
    while first > 1 and words[first - 1] in SURNAME_PARTICLES:
        first -= 1
    if compound and first < last and first >= 2:
        return first - 1, first - 1
    return first, last


def heading(name: str, invert: bool, compound: bool = True) -> str:
    """The name as an index heading: inverted when `invert` ('Barclay de Tolly, Michael Andreas',
    'Trotha, Lothar von'), titles after it ('Bagration, Pyotr, Prince'; 'Chelmsford, Lord') but
    'Sir' and 'Dame' before the given names ('Kitchener, Sir Herbert')."""
    words = name.split()
    titles = []
    while len(words) > 1 and _TITLE.match(words[0]):
        titles.append(words.pop(0))
    if invert and len(words) >= 2:
        particles, surname = surname_start(words, compound)
        before = [t for t in titles if _GIVEN_TITLE.match(t)]
        after = [t for t in titles if not _GIVEN_TITLE.match(t)]
        given = " ".join(before + words[:particles] + words[particles:surname])
        return f"{' '.join(words[surname:])}, {given}" + (f", {' '.join(after)}" if after else "")
    if titles:
        return " ".join(words) + ", " + " ".join(titles)
    return " ".join(words)


def filed_as(text: str) -> str:
    """The text a heading sorts by: no leading article or quotation marks, no Arabic 'al-', no
    leading particle ('von Trotha' under T)."""
    return _LEADING_PARTICLE.sub("", _ARTICLE_PREFIX.sub("", plain(text)))


def sort_text(text: str) -> str:
    """The filing form folded (no accents, lower case): what data.json gives as `sort_key`."""
    return fold(filed_as(text))
