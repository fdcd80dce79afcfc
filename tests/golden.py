"""Reviewed golden outputs: what the enrichers extract from each article, in a stable JSON form.

`python -m tests.golden --accept [ARTICLE ...]` rewrites them (`make accept`); read the diff first.
Articles of ../shared/corpus and ../shared/corpus-full are real text nobody here wrote: their
golden files keep the extracted facts (dates, names, terms) but only a fingerprint of each
sentence (its first three words, length and hash), so no sentence of theirs is copied into the
repository."""
from __future__ import annotations

import argparse
import difflib
import functools
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = ROOT.parent / "shared" / "corpus"
CORPUS_FULL = ROOT.parent / "shared" / "corpus-full"
OWN = [ROOT / "seeds" / "ili-rebellion.txt", *sorted(FIXTURES.glob("*.txt"))]


def corpus_articles(folder: Path = CORPUS) -> list[Path]:
    """The real articles of ../shared/corpus, or of another shared folder (empty when absent)."""
    return sorted(folder.glob("*.txt")) if folder.is_dir() else []


def golden_path(article: Path) -> Path:
    """tests/golden/<name>.json; tests/golden/corpus/ and corpus-full/ for the real articles."""
    folder = article.parent.resolve()
    sub = "corpus/" if folder == CORPUS.resolve() else \
        "corpus-full/" if folder == CORPUS_FULL.resolve() else ""
    return GOLDEN / f"{sub}{article.stem}.json"


@functools.lru_cache(maxsize=None)
def enriched(article: Path):
    """The article read, shaped and enriched (no rendering)."""
    from book.build import book_from
    from book.read.article import read

    return book_from(read(article))


def snapshot(article: Path) -> dict:
    """The extracted data of one article as it is kept in its golden file."""
    from book.formats import data

    full = data.to_dict(enriched(article))
    real = golden_path(article).parent.name in ("corpus", "corpus-full")
    redact = _fingerprint if real else (lambda t: t)
    box = full["infobox"]
    return {
        "infobox": {
            "header": box["header"],
            "fields": [f"{f['label']}: " + " | ".join(_item(i) for i in f["items"])
                       for f in box["fields"]],
            "sides": [{"side": s["side"], "label": s["label"], "commanders": s["commanders"],
                       **{k: [_item(i) for i in s[k]] for k in
                          ("combatants", "units", "strength", "casualties") if s[k]}}
                      for s in box["sides"]],
            "warnings": [w["message"] for w in box["warnings"]],
        },
        "glossary": [{k: redact(v) if k == "definition" else v for k, v in e.items()
                      if v not in (None, [], "")} for e in full["glossary"]],
        "chronology": [{"date": e["date"], "end": e["end"], "display": e["display"],
                        "section": e["section"], "text": redact(e["text"]),
                        **({"other_calendar": e["other_calendar"]} if e["other_calendar"] else {}),
                        **_rule(e)}
                       for e in full["chronology"]],
        "biographies": [{**{k: v for k, v in p.items()
                            if k not in ("facts", "fate", "provenance") and v not in (None, [], "")},
                         **_rule(p),
                         "facts": [redact(f["text"]) for f in p["facts"]],
                         **({"fate": redact(p["fate"]["text"]), "fate_rule": _rule(p["fate"])["rule"]}
                            if p["fate"] else {})}
                        for p in full["biographies"]],
        "index": [line for e in full["index"] for line in _index_lines(e)],
    }


def _index_lines(e: dict, indent: str = "") -> list[str]:
    """One line per index heading: 'Sabri, Masud (person): p14 p15×2', 'Tihwa → Ürümqi' (a
    locator per mention: '×2', two mentions in p15)."""
    if e["sees"]:
        return [f"{indent}{e['term']} → {'; '.join(e['sees'])}"]
    anchors = [loc["anchor"] for loc in e["locators"]]
    where = " ".join(a + (f"×{anchors.count(a)}" if anchors.count(a) > 1 else "")
                     for a in dict.fromkeys(anchors))
    kind = f" ({e['kind']})" if not indent else ""
    return [f"{indent}{e['term']}{kind}: {where}".rstrip(": ")] + \
        [line for s in e["subentries"] for line in _index_lines(s, indent + "  ")]


def _rule(item: dict) -> dict:
    """The rule that produced an item, and the one that gave it a borrowed part (a year)."""
    p = item.get("provenance")
    if not p:
        return {}
    context = p.get("context")
    return {"rule": p["rule"] + (f" ← {context['rule']}" if context else "")}


def _item(i: dict) -> str:
    return {"label": "[{}]", "sub": "* {}"}.get(i["kind"], "{}").format(i["text"])


def _fingerprint(sentence: str) -> str:
    """A sentence of a corpus article, kept as its first three words (so a diff says which
    entry changed), its length and a hash: never the sentence itself."""
    head = " ".join(sentence.split()[:3])
    return f"{head} … <{len(sentence)} chars, sha1 {hashlib.sha1(sentence.encode()).hexdigest()[:10]}>"


def dumps(snap: dict) -> str:
    """The golden file's text: stable, readable, one fact per line where it can be."""
    return json.dumps(snap, ensure_ascii=False, indent=1) + "\n"


def diff(article: Path) -> list[str]:
    """Unified diff of the golden file against what the code extracts now ([] when equal)."""
    path = golden_path(article)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    new = dumps(snapshot(article))
    return list(difflib.unified_diff(old.splitlines(), new.splitlines(), f"golden/{path.name}",
                                     "now", lineterm="", n=2))


def accept(articles: list[Path]) -> None:
    """Rewrite the golden files of `articles` (after their diffs were read)."""
    for article in articles:
        path = golden_path(article)
        path.parent.mkdir(parents=True, exist_ok=True)
        text = dumps(snapshot(article))
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            print(f"accepted {path.relative_to(ROOT)}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.golden", description=__doc__.splitlines()[0])
    p.add_argument("articles", nargs="*", type=Path, help="default: seed, fixtures and corpus")
    p.add_argument("--accept", action="store_true", help="rewrite the golden files")
    args = p.parse_args(argv)
    articles = args.articles or [*OWN, *corpus_articles(), *corpus_articles(CORPUS_FULL)]
    if args.accept:
        accept(articles)
        return 0
    changed = 0
    for article in articles:
        lines = diff(article)
        if lines:
            changed += 1
            print("\n".join(lines))
    print(f"{changed} of {len(articles)} golden files differ", file=sys.stderr)
    return 1 if changed else 0


if __name__ == "__main__":
    sys.exit(main())
