"""Find runs of non-Latin script and the language tag they most likely carry.

Scripts come from the Unicode Character Database (fontTools.unicodedata.script); Traditional
versus Simplified Chinese from hanzidentifier; language names in labels from langcodes."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import hanzidentifier
from fontTools import unicodedata as ucd

# ISO 15924 script -> the language a run in it most likely has when nothing else tells.
DEFAULT_LANGS: dict[str, str] = {
    "Hani": "zh", "Jpan": "ja", "Kore": "ko", "Hang": "ko", "Kana": "ja", "Hira": "ja",
    "Arab": "ar", "Hebr": "he", "Syrc": "syr", "Thaa": "dv", "Cyrl": "ru", "Grek": "el",
    "Armn": "hy", "Geor": "ka", "Deva": "hi", "Beng": "bn", "Guru": "pa", "Gujr": "gu",
    "Taml": "ta", "Telu": "te", "Knda": "kn", "Mlym": "ml", "Sinh": "si", "Thai": "th",
    "Laoo": "lo", "Tibt": "bo", "Mymr": "my", "Ethi": "am", "Khmr": "km", "Mong": "mn-Mong",
}
_NEUTRAL_SCRIPTS = {"Zyyy", "Zinh", "Zzzz"}
# The capital letters of Latin, Greek and Cyrillic as a regex class body: Latin Extended-A and B
# mix both cases in one range ('ō' is no capital), so the capitals are listed one by one.
UPPER_LETTERS = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper()) + \
    "\u0391-\u03A9\u0400-\u042F"
# Characters that can never start a non-Latin run: Latin, combining marks, general punctuation,
# currency and letterlike symbols (a cheap filter before asking the UCD char by char).
_NOT_LATIN = "[^\\x00-\\u036f\\u1e00-\\u1eff\\u2000-\\u20cf\\u2100-\\u214f\\ufb00-\\ufb06]"
# A run of one script may contain spaces and neutral punctuation between its letters.
_NEUTRAL = r"[\s\u200c\u200d\u0640\u00b7\u30fb\u3000-\u3004\u300c-\u301f\uff01-\uff0f\u060c\u061b\u061f\u06d4'’-]"
_CANDIDATE = re.compile(f"{_NOT_LATIN}(?:{_NEUTRAL}*{_NOT_LATIN})*")

# Letters that single out a language within a shared script.
_ARABIC_LANGS = (("ug", "ۈۇۋېىۆڭھ"), ("ur", "ٹڈڑےںۓ"), ("ps", "ټډړږښځڅ"), ("fa", "پچژگکی"))
_RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
_CYRILLIC_LANGS = (("uk", "іїєґІЇЄҐ"), ("be", "ўЎ"), ("sr", "ђћџљњЂЋЏЉЊ"), ("kk", "әғқңөұүһӘҒҚҢӨҰҮҺ"),
                   ("mn", "өүӨҮ"), ("bg", "ъЪ"))


@dataclass(frozen=True)
class Run:
    """A run of text in one non-Latin script, with its language tag."""

    start: int
    end: int
    text: str
    lang: str
    rtl: bool
    script: str = ""          # ISO 15924 ('Ethi', 'Arab', 'Jpan' for kanji with kana)
    guessed: bool = False     # the script's default language, not told by a label or letters


def script_of(char: str) -> str:
    """The ISO 15924 script of one character (Hiragana and Katakana both 'Kana')."""
    code = ucd.script(char)
    return "Kana" if code == "Hira" else code


def _segments(text: str, start: int) -> list[tuple[int, int, str]]:
    """Split one candidate span into (start, end, script) pieces of one script each; neutral
    characters join the piece they sit in; kanji beside kana are Japanese, beside hangul Korean."""
    pieces: list[list] = []
    for i, char in enumerate(text):
        code = script_of(char)
        if code in _NEUTRAL_SCRIPTS or code == "Latn":
            if pieces and pieces[-1][1] == i and (code == "Zinh" or ord(char) >= 0x3000):
                pieces[-1][1] = i + 1      # a combining mark, or 'ー' after katakana
            continue
        if pieces and pieces[-1][2] == code:
            pieces[-1][1] = i + 1
        else:
            pieces.append([i, i + 1, code])
    merged: list[list] = []
    for piece in pieces:
        if merged and {merged[-1][2], piece[2]} <= {"Hani", "Kana", "Jpan"} and \
                "Kana" in {merged[-1][2], piece[2]} | ({"Kana"} if merged[-1][2] == "Jpan" else set()):
            merged[-1][1], merged[-1][2] = piece[1], "Jpan"
        elif merged and {merged[-1][2], piece[2]} <= {"Hani", "Hang", "Kore"} and \
                {merged[-1][2], piece[2]} & {"Hang", "Kore"}:
            merged[-1][1], merged[-1][2] = piece[1], "Kore"
        else:
            merged.append(piece)
    return [(start + a, start + b, code) for a, b, code in merged]


def runs(text: str, han: str = "zh") -> list[Run]:
    """Find every non-Latin-script run in `text`, tagged with a BCP 47 language: the language
    its label names ('Xiao'erjing: …', 'Tigrinya: …'), else one guessed from its letters.

    `han` is the tag for Chinese runs with no character peculiar to one writing system."""
    out = []
    for m in _CANDIDATE.finditer(text):
        for a, b, code in _segments(m.group(), m.start()):
            chunk = text[a:b]
            labelled = label_before(text[max(0, a - 40):a])
            guess = language(chunk, code, han)
            lang = labelled or guess
            rtl = ucd.script_horizontal_direction(code, "LTR") == "RTL"
            out.append(Run(a, b, chunk, lang, rtl, code,
                           not labelled and guess == DEFAULT_LANGS.get(code)))
    return out


def han_variant(text: str) -> str:
    """The writing system of a whole text's Han characters: 'ja' when the text has kana
    (kanji), else zh-Hant, zh-Hans or plain zh."""
    if any(script_of(c) == "Kana" for m in _CANDIDATE.finditer(text) for c in m.group()):
        return "ja"
    han = "".join(c for m in _CANDIDATE.finditer(text) for c in m.group() if script_of(c) == "Hani")
    kind = hanzidentifier.identify(han) if han else hanzidentifier.UNKNOWN
    return {hanzidentifier.TRADITIONAL: "zh-Hant", hanzidentifier.SIMPLIFIED: "zh-Hans"}.get(kind, "zh")


def language(run: str, script: str, han: str = "zh") -> str:
    """Guess the language of a run from letters peculiar to one language of its script."""
    if script == "Arab":
        return next((lang for lang, letters in _ARABIC_LANGS if any(c in letters for c in run)), "ar")
    if script == "Cyrl":
        told = next((lang for lang, letters in _CYRILLIC_LANGS if any(c in letters for c in run)), None)
        if told:
            return told
        return "ru" if all(c in _RUSSIAN for c in run if c.isalpha()) else "und-Cyrl"
    if script == "Hani":
        if han == "ja":
            return "ja"                  # kanji in a text that writes Japanese
        kind = hanzidentifier.identify(run)
        return {hanzidentifier.TRADITIONAL: "zh-Hant",
                hanzidentifier.SIMPLIFIED: "zh-Hans"}.get(kind, han)
    return DEFAULT_LANGS.get(script, f"und-{script}")


def lang_of(text: str) -> str | None:
    """The language of the first non-Latin run in `text`, or None if it is all Latin."""
    found = runs(text)
    return found[0].lang if found else None


def is_foreign(text: str) -> bool:
    """True when `text` contains any non-Latin-script letters."""
    return any(script_of(c) not in _NEUTRAL_SCRIPTS | {"Latn"}
               for m in _CANDIDATE.finditer(text) for c in m.group())


# Labels that name a script or a romanisation rather than a language ('Xiao'erjing: …'): BCP 47.
SCRIPT_LABELS = {
    "xiao'erjing": "zh-Arab", "xiaoerjing": "zh-Arab", "pinyin": "zh-Latn-pinyin",
    "hanyu pinyin": "zh-Latn-pinyin", "wade–giles": "zh-Latn-wadegile",
    "wade-giles": "zh-Latn-wadegile", "jyutping": "yue-Latn-jyutping",
    "traditional chinese": "zh-Hant", "simplified chinese": "zh-Hans", "hanja": "ko-Hani",
    "hangul": "ko-Hang", "kanji": "ja-Hani", "hepburn": "ja-Latn-hepburn", "romaji": "ja-Latn",
    "rōmaji": "ja-Latn", "revised romanization": "ko-Latn", "mccune–reischauer": "ko-Latn",
    "mccune-reischauer": "ko-Latn",
}
# Labels langcodes would misread: not languages in an encyclopedia article's parentheses.
_NOT_LANGUAGES = {"english", "note", "notes", "total", "result", "date", "place"}
_LABEL_WORD = r"[A-Z][\w'’]*(?:[ –-][A-Z][\w'’]*)?"
_LABEL_BEFORE = re.compile(rf"(?<![\w'’])({_LABEL_WORD}):\s*$")


@lru_cache(maxsize=1024)
def language_tag(label: str, loose: bool = False) -> str | None:
    """The BCP 47 tag a label names ('Finnish' -> 'fi', 'Xiao'erjing' -> 'zh-Arab'), or None.

    langcodes knows the language names; the table adds scripts and romanisations."""
    key = label.strip().casefold()
    if key in SCRIPT_LABELS:
        return SCRIPT_LABELS[key]
    stage = re.match(r"(?:medieval|byzantine|classical|late|early|literary|vulgar)\s+(?=[a-z]{3,})", key)
    if stage and " " not in key[stage.end():]:
        return _tag(key, label, loose) or language_tag(label.strip()[stage.end():], loose)  # 'Medieval Greek'
    return _tag(key, label, loose)


def _tag(key: str, label: str, loose: bool) -> str | None:
    """language_tag's lookup in langcodes, for a label that is no script label."""
    if key in _NOT_LANGUAGES or len(key) < 3:
        return None
    import langcodes  # lazy: its language data loads in ~0.2 s, needed only for a labelled name
    try:
        found = langcodes.find(label.strip())
    except LookupError:
        return None
    # langcodes matches names loosely ('Colonial' finds Colognian): keep it only when the label's
    # words are words of the language's own English name ('Mandarin' in 'Mandarin Chinese').
    name = re.findall(r"[a-z]+", found.display_name("en").casefold().replace("'", ""))
    words = re.findall(r"[a-z]+", key.replace("'", "").replace("’", ""))
    # Each label word begins a word of the name: 'Slovene' for Slovenian, not 'Colonial' for
    # Colognian (the shared stem must leave at most two letters of the label over).
    # `loose` is for a label before a colon, where 'Slovene:' can only name a language; a word
    # standing alone ('Tibet') must be a name of the language as it is.
    fits = all(any(n == w or loose and n.startswith(w[:max(4, len(w) - 2)]) for n in name)
               for w in words)
    return str(found) if words and fits else None


def label_before(text: str) -> str | None:
    """The language a 'Label: ' right before the end of `text` names, if any."""
    m = _LABEL_BEFORE.search(text)
    return language_tag(m.group(1), loose=True) if m else None


# A Latin-script word labelled with its language ("Finnish: talvisota"): tagged when the label is
# a language (language_tag) and the value has letters.
LABELLED = re.compile(rf"(?<![\w'’])({_LABEL_WORD}):\s+([^\W\d_][^;,()“”\"<>&]*?)(?=\s*(?:[;,)]|$))")
