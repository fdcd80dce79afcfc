"""`book init [DIR]`: a starter book.toml, every option commented, and a sample article of our
own (a made-up battle, in the article format), so that `book build` in DIR builds a book."""
from __future__ import annotations

import os
from pathlib import Path

from .config import NAME
from .errors import OutputError, shown

SAMPLE = "sample-article.txt"

STARTER = f'''# {NAME}: the settings of `book build` (and `book watch`) in this folder.
# Each key is the name of a command-line option: --page-size is page-size. An option given on
# the command line wins over this file. Paths are relative to this file.
# `book build --help` lists the options; an unknown key or a wrong type is an error naming
# the line.

# The articles `book build` builds when none are named (file names or patterns).
articles = ["*.txt"]

# Where the outputs go, and which ones are written (pdf, epub, json, site).
# out = "dist"
# to = ["pdf", "epub", "json", "site"]

# The print edition: trim size (a5, 6x9, a4, letter) and PDF standard (pdf/ua-1, pdf/a-3u, none).
# page-size = "a5"
# pdf-variant = "pdf/ua-1"

# Who made the book. Without author, the article's contributors are named.
# author = "Jane Doe"
# publisher = "Small Press"
# series = "Battles explained"
# isbn = "978-0-306-40615-7"

# What the colophon says of the text. Nothing is stated unless you say it here (or the
# article's infobox has a Source line).
# source = "The article “Battle of Hollow Ford”, written for this book"
# licence = "Text and book under the Creative Commons Attribution-ShareAlike 4.0 licence"

# Your stylesheets, after the built-in ones, in the PDF, the EPUB and the web edition.
# css = ["book.css"]

# Also write the cover as a PDF for a printer, and the HTML given to the PDF renderer.
# cover = false
# keep-html = false

# Warnings (a glyph no font has, an unreadable infobox value) become errors (exit status 3).
# strict = false

# Articles built in parallel, and the input limits (see the README).
# jobs = 2
# disambiguate = false
# max-size = 3
# max-sections = 2000
# max-line = 100000
# max-infobox = 500
# max-title = 300

# The port of `book watch`.
# port = 8000

# Settings of one article only: a table named after its file.
# [article."{SAMPLE}"]
# author = "A. N. Other"
# page-size = "6x9"
'''

# A made-up battle, written for this sample: every feature of the format once (infobox with
# two sides, lead, chapters, a subsection, a list, an acronym, dates).
ARTICLE = '''= Battle of Hollow Ford =

Infobox
- Date: 12–14 April 1712
- Location: Hollow Ford on the river Wend
- Result: Victory of the river towns
- Combatant1: League of River Towns
- Combatant2: Duchy of Harlow
- Commander1: Mara Quell
- Commander2: Oswin Dray
- Strength1: 2,400
- Strength2: 3,100

The Battle of Hollow Ford was fought from 12 to 14 April 1712 between the League of River
Towns and the Duchy of Harlow, at the last ford of the river Wend before the sea. It is a
made-up battle: this article is the sample that `book init` writes, to show what a book is
made of.

The League's militia, the Wend River Guard (WRG), held the ford for three days under Mara
Quell, until the duke's army under Oswin Dray turned back.

== Background ==
The Duchy of Harlow had claimed the tolls of the lower Wend since 1698. In March 1712 Oswin
Dray marched south with 3,100 men to take the ford, the only crossing for carts.

== Battle ==
=== The first day ===
On 12 April the WRG dug in on the north bank. Mara Quell kept her reserves out of sight
behind the mill.

=== The second and third days ===
On 13 April Oswin Dray sent his horse across at low water; the current and the WRG's
pikes threw them back. On 14 April he gave up the crossing and withdrew.

== Aftermath ==
The towns kept their tolls. The treaty signed on 2 June 1712 named the ford a free crossing:
- carts paid no toll at the ford;
- the duke kept the upper river.
'''


def init(folder: Path) -> int:
    """Write the starter book.toml and the sample article into `folder`; OutputError (and
    nothing written) if either exists already."""
    targets = {folder / NAME: STARTER, folder / SAMPLE: ARTICLE}
    for path in targets:
        if os.path.lexists(path):
            raise OutputError(f"already exists: {NAME} and {SAMPLE} are written only where "
                              "neither is (nothing was changed)", shown(path))
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for path, text in targets.items():
            with open(path, "x", encoding="utf-8") as out:     # never over a file
                out.write(text)
    except OSError as exc:
        raise OutputError(f"cannot write this file: {exc.strerror}",
                          shown(exc.filename or folder)) from None
    print(f"wrote {shown(folder / NAME)} and {shown(folder / SAMPLE)}; now run `book build`"
          + (f" in {shown(folder)}" if folder != Path(".") else ""))
    return 0
