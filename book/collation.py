"""Sort keys in a reader's order: ICU collation (PyICU) when installed, else a documented rule.

Either way a leading article and quotation marks are ignored: 'The' always, 'A' or 'An' only
before a lower-case word ('A farewell…'), since before a capital it is more often a name ('An
Lushan') than the article of a title. The fallback rule folds accents and case (Ü files with U,
Ōtani beside Oda) and compares code points."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_ARTICLE = re.compile(r"^(?:[Tt][Hh][Ee]\s+|[Aa][Nn]?\s+(?=[a-z]))")
_QUOTES = "\"'“”‘’«»"


@lru_cache(maxsize=1)
def _collator():
    try:
        import icu  # lazy: optional (PyICU may not build); asked once, on the first sort key
    except ImportError:
        return None
    collator = icu.Collator.createInstance(icu.Locale("en"))
    collator.setAttribute(icu.UCollAttribute.NUMERIC_COLLATION, icu.UCollAttributeValue.ON)
    return collator


def plain(text: str) -> str:
    """The text as it is filed: no quotation marks, no leading article ('The Hague' under H,
    'An Lushan' under A)."""
    return _ARTICLE.sub("", text.strip().strip(_QUOTES))


# Latin letters that Unicode does not decompose, spelt as an English index files them (Chicago
# 16.60: 'Æthelbald' under A, 'Øresund' under O, 'Þórr' as 'Thorr').
_SPELT = str.maketrans({"æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
                        "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ł": "l", "Ł": "L",
                        "đ": "d", "Đ": "D", "ħ": "h", "Ħ": "H", "ı": "i"})


def fold(text: str) -> str:
    """The fallback rule's form of a text: accents and case folded, and æ, ø, þ... spelt out."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_SPELT))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(text: str) -> bytes:
    """A key that sorts `text` where a reader looks for it."""
    filed = plain(text)
    collator = _collator()
    if collator is not None:
        return bytes(collator.getSortKey(filed))
    return fold(filed).encode("utf-8") + b"\x00" + filed.encode("utf-8")
