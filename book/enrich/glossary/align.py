"""Acronym alignment after Schwartz & Hearst (2003): a short form and its long form are a pair when
the short form's letters (and numbers) are found in order at the starts of the long form's words.

It decides by alignment, never by a list of known expansions; what it adds to the paper: stop
words may be skipped, a romanised word may give a letter per syllable (Kuo-min-tang → KMT), a
number in the short form matches a number word (1st Civil Guard Battalion → 1 CGB), and a long
form beside its short form may be clipped (SIGnals INTelligence → SIGINT)."""
from __future__ import annotations

import re

from ... import lexicon

STOPWORDS = frozenset(lexicon.ACRONYM_STOPWORDS)
# Roman numerals as used for corps, regnal and volume numbers (I–LXXXIX) are not acronyms.
ROMAN = re.compile(r"^(?=[IVXL])(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$")
_UPPER = "A-ZÀ-ÞА-ЯЁ"
# A short form: capitals (Latin or Cyrillic), maybe lower-case letters, '&', dots and digits
# inside, and maybe a number before it ('1 CGB').
SHORT_FORM = re.compile(rf"(?:\d{{1,3}}\s?)?[{_UPPER}][{_UPPER}a-z0-9&.\-]*[{_UPPER}0-9]")
_VOWELS = set("aeiouyäöüéèáàíóú")


def is_acronym(token: str) -> bool:
    """Two or more capitals, mostly capitals, not a roman numeral, not an era or a time."""
    token = token.strip()
    if not 2 <= len(token) <= 12 or not SHORT_FORM.fullmatch(token) or ROMAN.match(token):
        return False
    letters = re.sub(r"^\d+\s?", "", token)
    if letters in lexicon.NOT_ACRONYMS or token in lexicon.SHIP_PREFIXES:
        return False                       # '64 AD' is a year, 'BC' an era
    caps = sum(c.isupper() for c in token)
    return caps >= 2 and caps >= len(token.replace(" ", "")) - 2 - sum(c.isdigit() for c in token)


def _letters(acronym: str) -> str:
    return "".join(c for c in acronym.lower() if c.isalnum())


def words(phrase: str) -> list[str]:
    """Words of a phrase (hyphenated parts count as words, as in Sino-Soviet)."""
    return [w for w in re.split(r"[\s\-–]+", phrase) if w]


def initials_match(acronym: str, phrase: str, clipped: bool = False,
                   compounds: bool = False, strict: bool = False) -> bool:
    """Do the content words' initials spell the acronym (stop words may be skipped or used)?
    `clipped` lets a word give its first letters (only for a long form beside its short form);
    `compounds` lets a word give later letters of its own, in order (Oberste HeeresLeitung →
    OHL), for a pair written '(Long Form, LF)'. A short form of five letters or more may have
    one letter no word explains, unless `strict`."""
    letters = _letters(acronym)
    ws = [w.strip("\"'“”‘’()") for w in words(phrase)]
    ws = [w for w in ws if w]
    if compounds:
        return _compound_align(letters, [w.lower() for w in ws if w.lower() not in STOPWORDS])
    return _align(letters, ws, 0, 0, 1 if len(letters) >= 5 and not strict else 0, clipped)


def _compound_align(letters: str, ws: list[str]) -> bool:
    """Each word gives its initial and then any of its later letters in order, all letters used."""
    if not ws:
        return not letters
    w = ws[0]
    if not letters or letters[0] != w[:1]:
        return False
    rest, pos = letters[1:], 1
    for k in range(len(rest) + 1):          # the word gives `k` more letters from inside itself
        if k and (found := w.find(rest[k - 1], pos)) < 0:
            break
        if k:
            pos = found + 1
        if _compound_align(rest[k:], ws[1:]):
            return True
    return False


def _align(letters: str, ws: list[str], li: int, wi: int, slack: int, clipped: bool = False) -> bool:
    """Letters from `li` on spelt by words from `wi` on (a depth-first search over few words)."""
    if wi == len(ws):
        return li == len(letters)
    w = ws[wi]
    lw = w.lower()
    options = []
    if lw in STOPWORDS:
        options.append((li, wi + 1, slack))                  # skip a stop word
    if li < len(letters) and lw[:1] == letters[li]:
        options.append((li + 1, wi + 1, slack))               # initial
        k = 2
        while clipped and li + k <= len(letters) and k <= len(lw) and lw[:k] == letters[li:li + k]:
            options.append((li + k, wi + 1, slack))           # SIGnals INTelligence
            k += 1
        k = li + 1
        for pos in _syllable_starts(w):                       # Kuo-min-tang → KMT
            if k < len(letters) and w[pos].lower() == letters[k]:
                k += 1
                options.append((k, wi + 1, slack))
    if slack and li < len(letters):
        options.append((li + 1, wi, slack - 1))               # one unexplained letter
    return any(_align(letters, ws, a, b, c, clipped) for a, b, c in options)


def _syllable_starts(word: str) -> list[int]:
    """Positions that start a capitalised part or a romanised syllable (Kuo-min-tang)."""
    out = []
    for i in range(1, len(word) - 1):
        c, prev, nxt = word[i], word[i - 1].lower(), word[i + 1].lower()
        if c.isupper() or prev in "-'’":
            out.append(i)
        elif c.lower() not in _VOWELS and nxt in _VOWELS and (prev in _VOWELS or prev in "nr"
                                                               and word[i - 2:i - 1].lower() in _VOWELS):
            out.append(i)
    return out


def long_form_before(acronym: str, text: str) -> str | None:
    """The shortest run of words ending `text` whose initials spell the acronym, every content
    word used ('the Chinese Communists' People's Liberation Army' → the last three)."""
    ws = words(text)
    n = len(_letters(acronym))
    loose = None                          # the first run that needs an unexplained letter
    for k in range(1, min(len(ws), n + 4) + 1):
        cand = ws[-k:]
        if cand[0].lower() in STOPWORDS:
            continue
        if not cand[0][:1].isupper() and not cand[0][:1].isdigit() and len(cand) < 2:
            continue                      # a lower-case long form needs two words at least
        content = [w for w in cand if w.lower() not in STOPWORDS]
        if len(content) > n:
            break
        if initials_match(acronym, " ".join(cand), clipped=True, strict=True):
            return _as_written(text, cand)
        if loose is None and initials_match(acronym, " ".join(cand), clipped=True):
            loose = cand
    return _as_written(text, loose) if loose else None


def long_form_after(acronym: str, text: str) -> str | None:
    """The whole of `text` when it spells the acronym ('CG (Civil Guard)')."""
    ws = words(text)
    if not ws or len([w for w in ws if w.lower() not in STOPWORDS]) > len(_letters(acronym)) + 1:
        return None
    return text.strip() if initials_match(acronym, text, clipped=True) else None


def _as_written(text: str, cand: list[str]) -> str:
    """The span of `text` the words `cand` came from, with its hyphens and spacing."""
    first = cand[0]
    idx = text.rfind(first, 0, len(text) - len(cand[-1]) + 1 if len(cand) > 1 else len(text))
    return text[idx:].strip().strip("\"“”") if idx >= 0 else " ".join(cand)
