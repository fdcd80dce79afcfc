"""Fonts for scripts an e-reader may lack: find them with fontconfig, subset them with fontTools."""
from __future__ import annotations

import contextlib
import hashlib
import io
import logging
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, shown
from .output import read_regular, safe_dir, write_atomic

# Language tag prefix -> the Noto family that covers it (serif where Noto has one). Data, not code.
FAMILIES: dict[str, str] = {
    "zh-Hant": "Noto Serif CJK TC", "zh-Hans": "Noto Serif CJK SC", "zh": "Noto Serif CJK SC",
    "ja": "Noto Serif CJK JP", "ko": "Noto Serif CJK KR",
    "ar": "Noto Naskh Arabic", "fa": "Noto Naskh Arabic", "ug": "Noto Naskh Arabic",
    "ur": "Noto Naskh Arabic", "ps": "Noto Naskh Arabic",
    "he": "Noto Serif Hebrew", "hi": "Noto Serif Devanagari", "bn": "Noto Serif Bengali",
    "th": "Noto Serif Thai", "ka": "Noto Serif Georgian", "hy": "Noto Serif Armenian",
    "ta": "Noto Serif Tamil", "te": "Noto Serif Telugu", "km": "Noto Serif Khmer",
    "my": "Noto Serif Myanmar", "am": "Noto Serif Ethiopic", "bo": "Noto Serif Tibetan",
    "gu": "Noto Serif Gujarati", "pa": "Noto Serif Gurmukhi", "kn": "Noto Serif Kannada",
    "ml": "Noto Serif Malayalam", "si": "Noto Serif Sinhala", "lo": "Noto Serif Lao",
    "syr": "Noto Sans Syriac", "dv": "Noto Sans Thaana", "mn-Mong": "Noto Sans Mongolian",
}

# System faces of e-readers and their platforms (Apple, Kobo, Kindle, Android, Windows) for the
# same script, named after the embedded subset: a reader with publisher fonts off still finds one.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "Noto Serif CJK SC": ("Source Han Serif SC", "Songti SC", "STSong", "SimSun", "Noto Sans CJK SC"),
    "Noto Serif CJK TC": ("Source Han Serif TC", "Songti TC", "PMingLiU", "Noto Sans CJK TC"),
    "Noto Serif CJK JP": ("Source Han Serif JP", "Hiragino Mincho ProN", "Yu Mincho",
                          "Noto Sans CJK JP"),
    "Noto Serif CJK KR": ("Source Han Serif KR", "AppleMyungjo", "Batang", "Noto Sans CJK KR"),
    "Noto Naskh Arabic": ("Geeza Pro", "Damascus", "Traditional Arabic", "Noto Sans Arabic"),
    "Noto Serif Hebrew": ("Arial Hebrew", "Times New Roman", "Noto Sans Hebrew"),
}


def fallbacks(family: str) -> tuple[str, ...]:
    """System faces to name after an embedded family (its Noto Sans twin when none is listed)."""
    return FALLBACKS.get(family, (family.replace("Noto Serif", "Noto Sans"),)
                         if family.startswith("Noto Serif") else ())


@dataclass(frozen=True)
class EmbeddedFont:
    """A subset font file ready to go into the EPUB."""

    family: str
    langs: tuple[str, ...]
    file_name: str
    data: bytes

    @property
    def stack(self) -> tuple[str, ...]:
        """The font-family list for its languages: the subset, system faces, then `serif`."""
        return (self.family, *fallbacks(self.family))


# Script subtag -> family, for tags that name only a script ('und-Ethi', 'zh-Arab').
SCRIPT_FAMILIES: dict[str, str] = {
    "Ethi": "Noto Serif Ethiopic", "Arab": "Noto Naskh Arabic", "Hebr": "Noto Serif Hebrew",
    "Hani": "Noto Serif CJK SC", "Hant": "Noto Serif CJK TC", "Hans": "Noto Serif CJK SC",
    "Kana": "Noto Serif CJK JP", "Hang": "Noto Serif CJK KR", "Armn": "Noto Serif Armenian",
    "Geor": "Noto Serif Georgian", "Deva": "Noto Serif Devanagari", "Thai": "Noto Serif Thai",
    "Tibt": "Noto Serif Tibetan", "Mong": "Noto Sans Mongolian", "Syrc": "Noto Sans Syriac",
}


def family_for(lang: str) -> str | None:
    """The font family for a language tag (Latin, Greek and Cyrillic use the body face); a
    script subtag wins over the language ('zh-Arab' is Arabic script)."""
    script = next((t for t in lang.split("-")[1:] if len(t) == 4 and t.istitle()), None)
    return (SCRIPT_FAMILIES.get(script) if script else None) or FAMILIES.get(lang) or \
        FAMILIES.get(lang.split("-")[0])


def locate(family: str, weight: str = "") -> tuple[Path, int] | None:
    """The font file and face index fontconfig has for exactly `family` (in `weight`), or None."""
    pattern = f"{family}:weight={weight}" if weight else family
    try:
        out = subprocess.run(["fc-match", "-f", "%{family}\t%{file}\t%{index}", pattern],
                             capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    names, _, rest = out.partition("\t")
    file, _, index = rest.partition("\t")
    if family not in names.split(",") or not file:
        return None
    return Path(file), int(index or 0)


def subset(path: Path, index: int, text: str, cache: Path | None) -> bytes:
    """A WOFF2-free OpenType subset of the font holding just the characters of `text`."""
    chars = "".join(sorted(set(text)))
    key = hashlib.sha256(f"{path}:{path.stat().st_mtime_ns}:{index}:{chars}".encode()).hexdigest()
    cached = cache / f"{key[:24]}.font" if cache else None
    if cached:
        data = cache_get(cached)
        if data is not None:
            return data
    # lazy: fontTools (0.9 s) only on a cache miss for a script e-readers may lack
    from fontTools import subset as ft_subset
    from fontTools.ttLib import TTFont

    options = ft_subset.Options()
    options.layout_features = ["*"]       # keep Arabic joining and CJK variant features
    options.name_IDs = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False      # reproducible bytes
    buffer = io.BytesIO()
    with TTFont(str(path), fontNumber=index, lazy=True) as font:
        subsetter = ft_subset.Subsetter(options)
        subsetter.populate(text=chars)
        subsetter.subset(font)
        font.save(buffer)
    data = buffer.getvalue()
    if cached:
        cache_put(cached, data)
    return data


# A cache entry is this header, the SHA-256 of the font (hex), a newline, then the font: an entry
# cut short, overwritten or planted by someone else fails the check and is made again.
_MAGIC = b"book-font-cache 1\n"
_MAX_ENTRY = 256 * 2**20


def cache_get(entry: Path) -> bytes | None:
    """The font stored in a cache entry, or None if there is none or it fails its digest."""
    if not os.path.lexists(entry):
        return None
    raw = read_regular(entry, _MAX_ENTRY)
    head, digest, data = (raw or b"")[:len(_MAGIC)], (raw or b"")[len(_MAGIC):len(_MAGIC) + 65], \
        (raw or b"")[len(_MAGIC) + 65:]
    if head == _MAGIC and digest == hashlib.sha256(data).hexdigest().encode() + b"\n":
        return data
    logging.getLogger("book").info("%s: font cache entry failed its check; made again", shown(entry))
    return None


def cache_put(entry: Path, data: bytes) -> None:
    """Store a font in the cache (a unique temporary name renamed into place); best effort: a
    cache that cannot be written only costs time."""
    try:
        entry.parent.parent.mkdir(parents=True, exist_ok=True)
        safe_dir(entry.parent)
        write_atomic(entry, _MAGIC + hashlib.sha256(data).hexdigest().encode() + b"\n" + data)
    except OutputError as exc:
        logging.getLogger("book").info("font cache not written: %s", exc)
    except OSError as exc:
        logging.getLogger("book").info("%s: font cache not written: %s", shown(entry),
                                       exc.strerror or exc)


def clear(cache: Path) -> None:
    """Remove every font cache entry (--force rebuilds the caches too)."""
    with contextlib.suppress(OSError):
        for entry in os.scandir(cache):
            if entry.name.endswith(".font"):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)


def embed(texts_by_lang: dict[str, str], cache: Path | None = None) -> list[EmbeddedFont]:
    """Subset one font per family needed by the foreign-script runs of the book."""
    by_family: dict[str, tuple[list[str], list[str]]] = {}
    for lang, text in sorted(texts_by_lang.items()):
        family = family_for(lang)
        if family:
            langs, texts = by_family.setdefault(family, ([], []))
            langs.append(lang)
            texts.append(text)
    fonts = []
    for family, (langs, texts) in by_family.items():
        found = locate(family)
        if not found:
            continue
        path, index = found
        ext = ".otf" if path.suffix.lower() in (".otf", ".ttc") and "CJK" in family else ".ttf"
        name = family.lower().replace(" ", "-") + ext
        fonts.append(EmbeddedFont(family, tuple(langs), name,
                                  subset(path, index, "".join(texts) + " ", cache)))
    return fonts
