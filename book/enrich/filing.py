"""Where an index files a name: the heading a reader looks under, and the text it sorts by.

The Chicago Manual of Style (17th ed., 16.71–16.87): a Western-order personal name is inverted
('Stalin, Joseph'), its particles after the given names ('Trotha, Lothar von'); a name in
surname-first order (Chinese, Japanese, Korean, Vietnamese) is not ('Ma Bufang'); a leading title
of address follows the name ('Chelmsford, Lord'); Arabic 'al-' is ignored in sorting."""
from __future__ import annotations

import re

from .collation import fold, plain
from .people import TITLES

# Particles: after the given names when a name is inverted ('Trotha, Lothar von', CMOS 16.71),
# ignored in sorting when a name starts with one ('von Trotha' files under T).
PARTICLES = ("de|da|di|du|des|del|della|von|van|der|den|ter|la|le|bin|ibn|ben")
_LEADING_PARTICLE = re.compile(rf"^(?:{PARTICLES})\s+(?=[A-Z\u00C0-\u024F])")
# An Arabic article glued to the name it precedes: ignored in sorting (CMOS 16.76).
_ARTICLE_PREFIX = re.compile(r"^(?:al|el|ad|an|ar|as|at|az)[-‐‑](?=\w)", re.I)
# Titles of address, and words that belong to one ('Empress Dowager', 'Ras' in Ethiopia).
_TITLE = re.compile(rf"^(?:{TITLES}|Dowager|Ras|Dejazmach|Negus|Grand)$")
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


def western_order(name: str, surname_used: bool, given_used: bool) -> bool:
    """A personal name to invert: given names first (not East Asian, no regnal number, no
    epithet), and either initials ('A. Doak Barnett') or the text's own use of the last word
    alone and never of the first ('Sabri' for Masud Sabri, but 'Ehmetjan' for Ehmetjan Qasimi)."""
    words = name.split()
    if len(words) < 2 or east_asian(name) or _ROMAN.match(words[-1]) or _TITLE.match(words[-1]) \
            or any(w in ("the", "of") for w in words) or not words[-1][:1].isupper():
        return False
    initials = any(re.fullmatch(r"[A-Z]\.", w) for w in words[:-1])
    return initials or (surname_used and not given_used)


def heading(name: str, invert: bool) -> str:
    """The name as an index heading: titles of address after it, inverted when `invert`."""
    words = name.split()
    titles = []
    while len(words) > 1 and _TITLE.match(words[0]):
        titles.append(words.pop(0))
    if invert and len(words) >= 2:
        words = [f"{words[-1]},", *words[:-1]]
    elif titles:
        words = [" ".join(words) + ","]
    return " ".join(words + titles)


def filed_as(text: str) -> str:
    """The text a heading sorts by: no leading article or quotation marks, no Arabic 'al-', no
    leading particle ('von Trotha' under T)."""
    return _LEADING_PARTICLE.sub("", _ARTICLE_PREFIX.sub("", plain(text)))


def sort_text(text: str) -> str:
    """The filing form folded (no accents, lower case): what data.json gives as `sort_key`."""
    return fold(filed_as(text))
