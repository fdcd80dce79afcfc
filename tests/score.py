"""`make score`: the extracted appendices against readers' answer keys, on the tuned half of each
corpus and on the half held out (tests/annotations/SPLIT.md). A gap between them is overfitting.

Answer keys (tests/annotations/<set>/<article>.json, written by readers who never saw the builder's
output; shape in tests/annotations/SPEC.md) hold facts only: dates, anchors, names, terms.

    python -m tests.score [--set full|excerpts|extra] [--half tune|held] [-a chronology] [-v]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KEYS = Path(__file__).resolve().parent / "annotations"
SOURCES = {"full": ROOT.parent / "shared" / "corpus-full", "excerpts": ROOT.parent / "shared" / "corpus",
           "extra": ROOT.parent / "shared" / "seeds" / "extra"}
APPENDICES = ("chronology", "glossary", "index")


def split() -> dict[tuple[str, str], str]:
    """(set, article) -> 'tune' | 'held', from SPLIT.md."""
    out, current = {}, None
    for line in (KEYS / "SPLIT.md").read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\w+) \(", line)
        if m:
            current = m.group(1)
        m = re.match(r"^\s+(tune|held): (.*)$", line)
        if m and current:
            for name in m.group(2).split():
                out[(current, name)] = m.group(1)
    return out


@dataclass
class Score:
    """Counts for one appendix over some articles."""

    expected: int = 0          # items of the key (not optional)
    found: int = 0             # of them, matched by the builder
    produced: int = 0          # builder items
    right: int = 0             # builder items matching a key item or an optional one
    wrong: int = 0             # builder items the key lists as wrong (or out of period)
    double: int = 0            # index: referents under two or more headings
    notes: list[str] = field(default_factory=list)

    def add(self, other: "Score") -> None:
        for k in ("expected", "found", "produced", "right", "wrong", "double"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def line(self) -> str:
        recall = self.found / self.expected if self.expected else 1.0
        precision = self.right / self.produced if self.produced else 1.0
        extra = f" double {self.double}" if self.double else ""
        return (f"recall {recall:6.1%} ({self.found}/{self.expected})  precision {precision:6.1%} "
                f"({self.right}/{self.produced})  wrong {self.wrong}{extra}")


def norm(text: str | None) -> str:
    """A name or term as compared: accents, case, quotes, a leading article and spacing folded."""
    if not text:
        return ""
    t = unicodedata.normalize("NFKD", text)
    t = "".join(c for c in t if not unicodedata.combining(c)).casefold()
    t = re.sub(r"[\"'“”‘’«»*_]", "", t)
    t = re.sub(r"^(?:the|a|an)\s+", "", t.strip())
    return re.sub(r"\s+", " ", t.replace("–", "-")).strip(" .,;:")


def uninverted(heading: str, strict: bool = False) -> set[str]:
    """The forms an index heading stands for: as printed, without a parenthesis, and inverted
    back ('Freeman, Paul L.' -> 'Paul L. Freeman'; 'Trotha, Lothar von' -> 'Lothar von Trotha').
    Not `strict` (a builder's heading), also the part before the comma ('Freeman') and an
    acronym in parentheses; `strict` (a key's heading, whose forms are listed), neither: a key's
    'Masan, Battle of' or '2nd Division (North Korea)' must not match the builder's 'Masan' or
    'North Korea'."""
    out = {heading}
    bare = re.sub(r"\s*\([^()]*\)\s*$", "", heading).strip()
    out.add(bare)
    m = re.fullmatch(r"([^,]+),\s+(.+)", bare)
    if m:
        given = m.group(2).split()
        particles = [w for w in given if w[:1].islower()]
        given = [w for w in given if not w[:1].islower()]
        out.add(" ".join([*given, *particles, m.group(1)]))
        if not strict:
            out.add(m.group(1))
    acronym = re.search(r"\(([^()]+)\)\s*$", heading)
    if acronym and not strict:
        out.add(acronym.group(1))
    return {norm(x) for x in out}


# --- chronology ----------------------------------------------------------------------------

def _key_date(date: str) -> str:
    """A key's date as the builder's ISO string: '1840s' -> '1840', 'C12' -> '1101', 'C-5' ->
    '-500'."""
    m = re.fullmatch(r"(-?\d+)0s", date)
    if m:
        return m.group(1) + "0"
    m = re.fullmatch(r"C(-?)(\d+)", date)
    if m:
        n = int(m.group(2))
        return f"-{n * 100}" if m.group(1) else str((n - 1) * 100 + 1)
    return re.sub(r"^(-?)0+(\d)", r"\1\2", date)


def _sentence_of(text: str, start: int) -> int:
    from book.read.text import sentences
    n = 0
    for n, (offset, sentence) in enumerate(sentences(text), 1):
        if start < offset + len(sentence) + 1:
            return n
    return n


def chronology(book, key: dict) -> Score:
    from book.read.shape import walk_blocks
    blocks = {b.id: b.text for _, _, b in walk_blocks(book)}
    s = Score()
    want = {(e["p"], e["s"], _key_date(e["date"])) for e in key.get("chronology", [])}
    fine = want | {(e["p"], e["s"], _key_date(e["date"])) for e in key.get("chronology_optional", [])}
    lo, hi = key.get("period") or (None, None)
    got = set()
    for e in book.chronology:
        p = e.provenance
        if p is not None and p.anchor == "at-a-glance":
            where = ("at-a-glance", 0)
        elif p is not None and p.anchor in blocks:
            where = (p.anchor, _sentence_of(blocks[p.anchor], p.span[0]))
        elif e.anchor in blocks:
            text = blocks[e.anchor]
            where = (e.anchor, _sentence_of(text, max(0, text.find(e.text[:40]))))
        else:
            where = (e.anchor, 0)
        date = re.sub(r"^(-?)0+(\d)", r"\1\2", e.date)
        item = (*where, date)
        got.add(item)
        s.produced += 1
        year = int(re.match(r"-?\d+", date).group())
        if item in fine:
            s.right += 1
        elif lo is not None and not (lo - 100 <= year <= hi + 100):
            s.wrong += 1
            s.notes.append(f"  OUT OF PERIOD {e.display} [{where[0]} s{where[1]}] {e.text[:70]}")
        else:
            s.notes.append(f"  extra {e.display} ({date}) [{where[0]} s{where[1]}] {e.text[:70]}")
    # The infobox's Date is satisfied by an entry of the same date anywhere: the chronology lists
    # it once, under the sentence of the text that states it (or under At a glance).
    dates_got = {d for _, _, d in got}
    glance = {w for w in want if w[0] == "at-a-glance" and w[2] in dates_got}
    got |= glance
    s.expected = len(want)
    s.found = len(want & got)
    for p, n, d in sorted(want - got, key=lambda x: (x[0], x[1])):
        s.notes.append(f"  missed {d} [{p} s{n}]")
    return s


# --- glossary ------------------------------------------------------------------------------

def glossary(book, key: dict) -> Score:
    s = Score()
    wrong = {norm(w) for w in key.get("glossary_wrong", [])}
    entries = [e for e in book.glossary if e.see is None]
    names = [{norm(n) for n in (e.term, e.expansion, e.original, *e.aliases,
                                *(x for x, _ in e.names)) if n} for e in entries]

    def hits(item: dict) -> list[int]:
        t = norm(item["term"])
        return [i for i, ns in enumerate(names) if t in ns]
    s.expected = len(key.get("glossary", []))
    matched: set[int] = set()
    for item in key.get("glossary", []):
        h = hits(item)
        if h:
            s.found += 1
            matched.update(h)
        else:
            s.notes.append(f"  missed {item['term']} = {item.get('defines')}")
    for item in key.get("glossary_optional", []):
        matched.update(hits(item))
    for i, e in enumerate(entries):
        s.produced += 1
        if i in matched:
            s.right += 1
        elif names[i] & wrong or norm(e.term) in wrong:
            s.wrong += 1
            s.notes.append(f"  WRONG {e.term} = {e.expansion or e.definition or e.aliases}")
        else:
            s.notes.append(f"  extra {e.term} = {e.expansion or e.definition or e.aliases}")
    return s


# --- index ---------------------------------------------------------------------------------

def index(book, key: dict) -> Score:
    s = Score()
    refs = [r for r in key.get("index", []) if not r.get("subject")]
    optional = key.get("index_optional", [])
    wrong = {norm(w) for w in key.get("index_wrong", [])}
    headings = [e for e in book.index if not e.sees]
    forms = [uninverted(e.term) for e in headings]

    def hits(ref: dict) -> list[int]:
        names = {norm(ref["heading"])} | {norm(f) for f in ref.get("forms", [])} | \
            uninverted(ref["heading"], strict=True)
        return [i for i, f in enumerate(forms) if f & names]
    s.expected = len(refs)
    matched: set[int] = set()
    for ref in refs:
        h = hits(ref)
        if h:
            s.found += 1
            matched.update(h)
            if len(h) > 1:
                s.double += 1
                s.notes.append(f"  double {ref['heading']}: " + " | ".join(headings[i].term for i in h))
        else:
            s.notes.append(f"  missed {ref['heading']}" + (" (main)" if ref.get("main") else ""))
    for ref in optional + [r for r in key.get("index", []) if r.get("subject")]:
        matched.update(hits(ref))
    for i, e in enumerate(headings):
        s.produced += 1
        if i in matched:
            s.right += 1
        elif forms[i] & wrong:
            s.wrong += 1
            s.notes.append(f"  WRONG {e.term}")
        else:
            s.notes.append(f"  extra {e.term} ({e.kind})")
    return s


SCORERS = {"chronology": chronology, "glossary": glossary, "index": index}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.score", description=__doc__.splitlines()[0])
    p.add_argument("--set", choices=sorted(SOURCES), action="append")
    p.add_argument("--half", choices=("tune", "held"))
    p.add_argument("-a", "--appendix", choices=APPENDICES, action="append")
    p.add_argument("articles", nargs="*", help="article stems (default: all)")
    p.add_argument("-v", "--verbose", action="store_true", help="list misses and extras")
    args = p.parse_args(argv)
    from book.build import book_from
    from book.read.article import read

    halves = split()
    appendices = args.appendix or list(APPENDICES)
    totals = {(st, h, a): Score() for st in SOURCES for h in ("tune", "held") for a in appendices}
    for st in args.set or sorted(SOURCES):
        for path in sorted((KEYS / st).glob("*.json")):
            stem = path.stem
            half = halves.get((st, stem))
            if half is None or (args.half and half != args.half) or \
                    (args.articles and stem not in args.articles):
                continue
            key = json.loads(path.read_text(encoding="utf-8"))
            book = book_from(read(SOURCES[st] / f"{stem}.txt"))
            for a in appendices:
                score = SCORERS[a](book, key)
                totals[(st, half, a)].add(score)
                print(f"{st:8} {half:4} {a:10} {stem[:34]:34} {score.line()}")
                if args.verbose:
                    print("\n".join(score.notes))
    print()
    for (st, half, a), score in totals.items():
        if score.expected or score.produced:
            print(f"TOTAL {st:8} {half:4} {a:10} {score.line()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
