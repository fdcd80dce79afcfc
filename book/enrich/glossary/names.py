"""Other names in brackets: a list after a marker ('also known as A, B or C') and a bare name
after a name ('Mona (Anglesey)'), which is another name only when nothing says it is a place
qualifier, a country or an affiliation, and the text bears it out."""
from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher

from .candidate import Candidate, Context
from .phrases import CAPWORD, NAME, names_after
from .reject import rejected
from .rules import NOT_A_TERM, NOT_AN_ALIAS

_BARE = re.compile(rf"{NAME}(?:\s+or\s+{NAME})?")
_OF_PLACE = re.compile(rf"^(?:[A-Z][a-z]+\s+)+of\s+(?:the\s+)?({CAPWORD})$")
_AFTER = re.compile(r"\s*(?:$|[.,;:)!?\n]|[a-z])")


def listed(piece: str, pos: int, whole: bool = True, end: int | None = None) -> list[str]:
    """The names a marker lists at `pos`; [] when the list is cut short, or is a place and its
    region ('Didgori, Georgia': a comma with no 'or' lists no names). `whole`: the list must
    fill the rest of `piece` (a bracket's piece)."""
    found = names_after(piece, pos, end)
    if not found:
        return []
    tail = piece[pos:found[-1][1] + len(found[-1][0])]
    if (len(found) == 2 and " or " not in tail) or \
            whole and found[-1][1] + len(found[-1][0]) < len(piece.rstrip(" \"”")) - 1:
        return []
    return [n for n, _ in found if NOT_A_TERM.check(n) is None]


def similar(a: str, b: str) -> bool:
    """Two spellings of one name ('Isandlwana', 'Isandhlwana'; 'Tatwine', 'Tatwin')."""
    fa, fb = _fold(a), _fold(b)
    return len(fa) >= 4 and SequenceMatcher(None, fa, fb).ratio() >= 0.8


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if c.isalnum()).casefold()


def bare(ctx: Context, cand: Candidate, piece: str, at: int) -> None:
    """'Tihwa (Ürümqi)': another name when it is one (see the module docstring)."""
    m = _BARE.fullmatch(piece)
    if not m or not cand.term[:1].isupper() or re.search(r"\d", piece + cand.term):
        rejected(ctx, "alias-not-a-name", at, at + len(piece), "a glossary alias")
        return
    rule = NOT_AN_ALIAS.first(ctx.text, at, at + len(piece))
    if rule is not None:
        rejected(ctx, rule.name, at, at + len(piece), "a glossary alias")
        return
    others = [n.strip() for n in re.split(r"\s+or\s+", piece)]
    if not _AFTER.match(ctx.text, ctx.text.find(")", at) + 1) or len(cand.term.split()) > 7 or \
            any(p in ctx.people or cand.term in ctx.people for p in others):
        rejected(ctx, "alias-unsure", at, at + len(piece), "a glossary alias")
        return
    if not (" or " in piece or all(ctx.count(o) <= 1 or similar(o, cand.term) for o in others)):
        rejected(ctx, "alias-used-apart", at, at + len(piece), "a glossary alias")
        return
    place = _OF_PLACE.match(cand.term)
    if place and len(others) == 1 and " " not in others[0]:
        cand.term = place.group(1)       # 'the Treaty of Adrianople (Edirne)' renames the place
    for other in others:
        if other != cand.term and other not in cand.aliases:
            cand.aliases.append(other)
    cand.rule = cand.rule or "bracket-bare-name"
