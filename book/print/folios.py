"""Page numbers as the printed book shows them: folios (roman in the front matter, arabic from
the body's first page), page references (", p. iv"), and index locators with repeats dropped and
runs of pages merged into ranges (CMOS 16.12–16.14, inclusive numbers as in CMOS 9.64)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

NBSP, EN_DASH = "\u00a0", "\u2013"
WORD_JOINER = "\u2060"    # no line break after a range's dash (UAX #14 would allow one)
FRONT, MAIN = "front", "main"


@dataclass(frozen=True, order=True)
class Folio:
    """A page's number: the front matter counts i, ii, iii… from the title page; the body restarts
    at 1 on its first page and the back matter continues it (styles/print.css)."""

    sequence: str        # FRONT or MAIN
    number: int

    def __str__(self) -> str:
        return roman(self.number) if self.sequence == FRONT else str(self.number)

    def follows(self, other: "Folio") -> bool:
        """This page comes right after `other` in the same numbering."""
        return self.sequence == other.sequence and self.number == other.number + 1


def roman(n: int) -> str:
    """Lower-case roman numerals, as CSS lower-roman counts (1 → i, 4 → iv, 14 → xiv)."""
    out = []
    for value, letters in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                           (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"),
                           (4, "iv"), (1, "i")):
        count, n = divmod(n, value)
        out.append(letters * count)
    return "".join(out)


def inclusive(first: Folio, last: Folio) -> str:
    """A range of pages, '12–14'; arabic ones shortened as CMOS 9.64 shows (71–72, 100–104,
    101–8, 321–28, 498–532, 1087–89, 1496–500), roman ones never shortened."""
    a, b = str(first), str(last)
    if first.sequence == FRONT or first.number < 100 or first.number % 100 == 0 \
            or len(a) != len(b):
        return f"{a}{EN_DASH}{WORD_JOINER}{b}"
    same = next(i for i, (x, y) in enumerate(zip(a, b)) if x != y)
    keep = len(b) - same if first.number % 100 < 10 else max(2, len(b) - same)
    return f"{a}{EN_DASH}{WORD_JOINER}{b[-keep:]}"


def runs(folios: Iterable[Folio]) -> list[tuple[Folio, Folio]]:
    """Distinct pages in order, consecutive ones merged: [(first, last), …]."""
    out: list[tuple[Folio, Folio]] = []
    for folio in sorted(set(folios)):
        if out and folio.follows(out[-1][1]):
            out[-1] = (out[-1][0], folio)
        else:
            out.append((folio, folio))
    return out


def page_ref(folio: Folio) -> str:
    """What print shows after a reference to a source paragraph: ', p. 12' (XHTML)."""
    return f'<span class="pageno">, p.{NBSP}{folio}</span>'


def locators(anchors: Iterable[str], folio: Callable[[str], Folio]) -> str:
    """An index entry's locators as print shows them (XHTML): ', 3, 7, 12–14'.

    Plain text, not a link per number: in WeasyPrint each inline box costs more than a page of
    running text (a long index took 4× longer with links and held 10 MB a page), and a reader
    of the PDF reaches a page by its number anyway (the PDF's page labels are the folios)."""
    numbers = [str(a) if a == b else inclusive(a, b) for a, b in runs(folio(x) for x in anchors)]
    return f'<span class="pageno">, {", ".join(numbers)}</span>'


def written(form: str, anchors: tuple[str, ...], folio: Callable[[str], Folio]) -> str:
    """The XHTML a page reference of `form` ("page" or "pages") shows for `anchors`."""
    if not anchors:
        return ""
    if form == "pages":
        return locators(anchors, folio)
    return page_ref(folio(anchors[0]))


def folio_map(pages: Iterable[tuple[str, Iterable[str]]]) -> dict[str, Folio]:
    """Anchor -> the folio of the first page it is on, from (sequence, anchors) for each page in
    order: front pages count from i, main pages from 1."""
    counts = {FRONT: 0, MAIN: 0}
    out: dict[str, Folio] = {}
    for sequence, anchors in pages:
        counts[sequence] += 1
        here = Folio(sequence, counts[sequence])
        for anchor in anchors:
            out.setdefault(anchor, here)
    return out


def changed(used: Mapping[str, Folio], final: Mapping[str, Folio]) -> list[str]:
    """The anchors whose folio a layout used differs from where they finally are."""
    return [a for a, f in used.items() if final.get(a) != f]
