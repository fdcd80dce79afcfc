"""`make corpus`: build every real article of ../shared/corpus and report what a reader would see.

One row per article: infobox found, labels shown, sides, commanders, appendix entries, warnings and
golden changes. It fails (exit 1) on a raw key shown as a label, a presentational row, a commander
entry that is not a person, a person whose status was lost, or a person listed twice."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from book.lexicon import STATUS
from book.read.infobox import _key, _looks_like_name, presentational, sided

from .golden import ROOT, corpus_articles, diff

OUT = ROOT / "dist" / "corpus"
# Source keys whose raw form a reader must never see as a label.
_RAW_LABEL = re.compile(r"^(?:[A-Z][a-z]+[a-z][A-Z]\w*|\w*\d|Partof|Territory|Combatant|Commander|"
                        r"Casualties|Strength|Units)$")


def problems(article: Path, data: dict) -> list[str]:
    """The failures the issue names, found in one article's data export."""
    out = []
    box = data["infobox"]
    raw_lines = [ln for ln in article.read_text(encoding="utf-8").splitlines() if ln.startswith("- ")]
    for field in box["fields"]:
        if _RAW_LABEL.match(field["label"]):
            out.append(f"raw key shown as a label: {field['label']!r}")
        value = " ".join(i["text"] for i in field["items"])
        if presentational(field["key"], value):
            out.append(f"presentational row shown: {field['label']!r}")
    seen: dict[str, str] = {}
    for c in box["commanders"]:
        if not _looks_like_name(c["name"]) or re.search(r"[:|#;]|\d", c["name"]):
            out.append(f"not a person: {c['name']!r}")
        key = _key(c["name"])
        if key in seen:
            out.append(f"listed twice: {c['name']!r}")
        seen[key] = c["name"]
    for line in raw_lines:
        key, _, value = line[2:].partition(":")
        base = sided(key.strip())
        if not base or base[0] != "commanders":
            continue
        wanted = len(re.findall(rf"(?:{'|'.join(STATUS)})\b", value))
        kept = sum(len(c["status"]) for c in box["commanders"]
                   if any(m["side"] == base[1] for m in c["sides"]))
        if kept < wanted:
            out.append(f"status lost in {key.strip()}: {wanted} in the source, {kept} kept")
    return out


def main() -> int:
    articles = corpus_articles()
    if not articles:
        print("make corpus: ../shared/corpus is absent; nothing to build (skipped)")
        return 0
    OUT.mkdir(parents=True, exist_ok=True)
    build = subprocess.run([sys.executable, "-m", "book", "build", "-q", "--out", str(OUT),
                            *map(str, articles)], capture_output=True, text=True)
    warnings: dict[str, int] = {}
    for line in build.stderr.splitlines():
        m = re.match(r"book: (?:warning|error): (.+?\.txt)", line)
        if m:
            warnings[Path(m.group(1)).stem] = warnings.get(Path(m.group(1)).stem, 0) + 1
    if build.returncode not in (0,):
        print(build.stderr, file=sys.stderr)
    head = (f"{'article':38} {'box':>3} {'labels':>6} {'sides':>5} {'cmdrs':>5} {'gloss':>5} "
            f"{'chron':>5} {'bios':>4} {'warn':>4} {'changed':>7}")
    print(head)
    print("-" * len(head))
    failures, totals, changed_files = [], [0, 0, 0, 0, 0], 0
    for article in articles:
        data_path = next(OUT.glob(f"{_slug(article)}.data.json"), None)
        if data_path is None:
            failures.append(f"{article.name}: no output built")
            continue
        data = json.loads(data_path.read_text(encoding="utf-8"))
        box = data["infobox"]
        changes = sum(1 for ln in diff(article) if ln[:1] in "+-" and ln[:3] not in ("+++", "---"))
        changed_files += bool(changes)
        counts = [len(box["commanders"]), len(data["glossary"]), len(data["chronology"]),
                  len(data["biographies"]), changes]
        totals = [a + b for a, b in zip(totals, counts)]
        print(f"{article.stem[:38]:38} {'yes' if box['fields'] or box['sides'] else 'NO':>3} "
              f"{len(box['fields']):>6} {len(box['sides']):>5} {counts[0]:>5} {counts[1]:>5} "
              f"{counts[2]:>5} {counts[3]:>4} {warnings.get(article.stem, 0):>4} {changes:>7}")
        failures += [f"{article.name}: {p}" for p in problems(article, data)]
    print("-" * len(head))
    print(f"{'total':38} {'':>3} {'':>6} {'':>5} {totals[0]:>5} {totals[1]:>5} {totals[2]:>5} "
          f"{totals[3]:>4} {sum(warnings.values()):>4} {totals[4]:>7}")
    print(f"\nbuilt into {OUT.relative_to(ROOT)}; {changed_files} golden file(s) changed "
          f"(python -m tests.golden shows the diffs, make accept takes them after review)")
    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    return 1 if failures or build.returncode not in (0,) else 0


def _slug(article: Path) -> str:
    from book.read.article import read
    return read(article).slug


if __name__ == "__main__":
    sys.exit(main())
