"""Typesetting figures of built PDFs (issue 28): pages, blank pages, lines ending in a hyphen,
the longest run of them. `python -m tests.typeset DIR` reads every DIR/*.pdf with pdftotext.

A page is blank when it has no text at all. A line is hyphenated when it ends with a letter and
a hyphen; a line that is only a folio is not counted. pdftotext splits a line whose spaces are
very wide in two, which can only shorten a run: the tests read with -layout instead."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path


def figures(pdf: Path) -> tuple[int, int, int, int, int]:
    """(pages, blank pages, text lines, hyphenated lines, longest run of hyphenated lines)."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    pages = text.split("\f")[:-1]
    lines = [ln.strip() for page in pages for ln in page.splitlines()
             if ln.strip() and not re.fullmatch(r"[0-9ivxlc]+", ln.strip())]
    hyphenated = [bool(re.search(r"[^\W\d_][-\u2010\u00ad]$", ln)) for ln in lines]
    best = run = 0
    for h in hyphenated:
        run = run + 1 if h else 0
        best = max(best, run)
    return (len(pages), sum(1 for p in pages if not p.strip()), len(lines), sum(hyphenated),
            best)


def main(argv: list[str] | None = None) -> int:
    folder = Path((argv if argv is not None else sys.argv[1:] or ["dist"])[0])
    print(f"{'book':36} pages blank    %  lines hyph    %  run")
    for pdf in sorted(folder.glob("*.pdf")):
        if pdf.name.endswith(".cover.pdf"):
            continue
        n, blank, lines, hyph, run = figures(pdf)
        print(f"{pdf.stem[:36]:36} {n:5} {blank:5} {100 * blank / n:4.1f} {lines:6} {hyph:4} "
              f"{100 * hyph / max(lines, 1):4.1f} {run:4}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
