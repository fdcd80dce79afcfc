"""One normalisation of input text: the article and every text option (--author, --series,
--publisher, --licence) go through `normalise` before anything else reads them, so that no
renderer (WeasyPrint, Pillow's raqm layout, an EPUB reading system) ever sees a character it
rejects or that reorders, hides or breaks text on its own.

What happens to every character Unicode calls a control (Cc), a format control (Cf), a line or
paragraph separator (Zl, Zp, bidi classes B and S), and to the code points that are not text
(surrogates, noncharacters). The README has this table; `tests/test_normal.py` checks it against
`unicodedata` for every code point.

| characters | what happens | why |
| --- | --- | --- |
| LF U+000A | kept in an article (it ends a line of the format); a space in a one-line text | the format's own line end |
| CR U+000D, CR LF | a line end (LF) in an article; a space in a one-line text | CRLF and CR files are accepted |
| TAB U+0009, VT U+000B, FF U+000C, FS GS RS US U+001C–001F, NEL U+0085, LINE SEPARATOR U+2028, PARAGRAPH SEPARATOR U+2029 | a space | a break inside a line of the format: the words stay apart |
| the other C0 and C1 controls, DEL | removed | invisible; not allowed in XML 1.0 or shown raw |
| ZWNJ U+200C, ZWJ U+200D | kept | they shape Persian, Indic scripts and emoji sequences |
| MONGOLIAN VOWEL SEPARATOR U+180E | kept | it shapes Mongolian (the final a/e) |
| prepended concatenation marks U+0600–0605, U+06DD, U+070F, U+0890–0891, U+08E2, U+110BD, U+110CD | kept | visible signs (the Arabic number sign, the end of ayah) |
| SOFT HYPHEN U+00AD | removed | the book hyphenates itself; a hidden hyphen would split a name the index looks for |
| bidi marks LRM U+200E, RLM U+200F, ALM U+061C; embeddings and overrides U+202A–202E; isolates U+2066–2069 | removed | they can reorder text (file-name spoofing); the renderer sets each run's direction itself |
| ZWSP U+200B, WORD JOINER and invisible operators U+2060–2064, deprecated U+206A–206F, BOM U+FEFF, interlinear annotation U+FFF9–FFFB | removed | invisible: they would split or join words unseen |
| Egyptian hieroglyph, shorthand and musical format controls U+13430–13438, U+1BCA0–1BCA3, U+1D173–1D17A; tags U+E0001, U+E0020–E007F | removed | no font of the book shapes them |
| surrogates U+D800–DFFF, noncharacters (U+FDD0–FDEF, U+FFFE and U+FFFF of every plane) | removed | not text: not allowed in XML or not for interchange |

Spaces (Zs: NO-BREAK SPACE, the typographic spaces U+2000–200A, U+3000…) are left alone."""
from __future__ import annotations

import re
import unicodedata
from functools import cache

# Kept although they are format controls: they shape a script or are visible signs.
KEPT = "\u200c\u200d\u180e\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\U000110bd\U000110cd"
# Line and paragraph separators, segment separators, and the controls that break a line: a space.
BREAKS = "\t\x0b\x0c\x1c-\x1f\x85\u2028\u2029"
# Removed: every other control and format control, surrogates and noncharacters.
REMOVED = ("\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\u00ad\u061c\u200b\u200e\u200f\u202a-\u202e"
           "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U00013430-\U00013438"
           "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
           "\ud800-\udfff\ufdd0-\ufdef"
           + "".join(chr(plane << 16 | 0xfffe) + chr(plane << 16 | 0xffff) for plane in range(17)))


@cache
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """Compiled on first use: `book --help` and a no-op rebuild import this module (settings)."""
    return (re.compile(f"[{REMOVED}]"), re.compile(f"[{BREAKS}]"),
            re.compile(f"[{BREAKS}\r\n]"), re.compile(" {2,}"))


def normalise(text: str, line: bool = False) -> str:
    """`text` with every character of the table above kept, replaced or removed (idempotent,
    linear). An article (`line` False) keeps its lines, CR LF and CR becoming LF; a one-line
    text (`line` True: a title, an option) has every line end as a space too."""
    removed, breaks, line_breaks, _spaces = _patterns()
    if not line:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = (line_breaks if line else breaks).sub(" ", text)
    return removed.sub("", text)


def option(text: str | None) -> str | None:
    """A text option (--author NAME…) as one line: normalised (NFC too), runs of spaces as one,
    trimmed."""
    if text is None:
        return None
    return _patterns()[3].sub(" ", normalise(unicodedata.normalize("NFC", text), line=True)).strip()
