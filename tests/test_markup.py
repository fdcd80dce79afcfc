"""Markup left in an article (wiki, Markdown) is recognised, reported with file:line, and turned
into its text or left out: never printed raw. Headings that skip a level or repeat the title are
reported and read as the heading they stand for."""
from __future__ import annotations

import re
import time
import zipfile

import pytest

from book.cli import main
from book.model import Paragraph
from book.read.article import parse
from book.read.markup import Findings, strip

# A made-up article with one of each kind of markup a pasted wiki or Markdown text brings.
WIKI = """= The '''Fen''' Rising =

Infobox
- Date: 3–9 June 1820<ref>{{cite book|title=Fens}}</ref>
- Commander1: [[Ada Moss|Ada Moss]]
- Commander2: Tam Reed

The '''Fen Rising''' was a revolt of ''fen'' villages<ref name="a"/> led by [[Ada Moss]]
against [[Lord Reed|Tam Reed]] in June 1820.{{citation needed|date=May 2020}} Its name in the
fen speech was {{lang|en|the Drowning}}.<!-- check this -->

= Second Title =
Ada Moss marched on *Ely* with **four hundred** men; see [the map](https://example.org/map)
and [http://example.org/fens the fens].[[File:Fen.jpg|thumb|A [[fen]] at dusk]]

==== Too deep ====
Tam Reed fled.<br/>He did not come back.

## Aftermath
* the villages kept their commons
* the dykes were rebuilt

| Side | Men |
|------|-----|
| Fen | 400 |

{| class="wikitable"
|-
| hidden || cells
|}
The rising was remembered in songs.
"""

RAW = re.compile(r"''|\[\[|\]\]|\{\{|\}\}|<ref|&lt;|\*\*|\*Ely|\]\(|\{\||\|\}|^\s*\|", re.M)


@pytest.mark.slow    # two whole builds; make check: the stripping's own tests above
def test_wiki_markup_is_reported_at_its_lines_and_no_book_prints_it(tmp_path, capsys):
    article = tmp_path / "fen.txt"
    article.write_text(WIKI, encoding="utf-8")
    assert main(["build", "-q", "--to", "epub,json", "--out", str(tmp_path / "out"),
                 str(article)]) == 0
    err = capsys.readouterr().err.splitlines()
    where = f"book: warning: {article}:"
    assert [int(re.search(r"fen\.txt:(\d+): ", line).group(1)) for line in err] == \
        [1, 4, 5, 8, 8, 9, 10, 12, 13, 13, 13, 14, 14, 16, 17, 19, 20, 23, 27]
    assert all(line.startswith(where) for line in err)
    joined = "\n".join(err)
    for said in ("wiki bold '''…''' printed as plain text", "a wiki link [[…]] printed as its text",
                 "a wiki reference <ref>…</ref> left out", "a wiki template {{…}} left out",
                 "Markdown emphasis *…* printed as plain text", "a wiki table {| … |} left out",
                 "a pipe table | … | printed as a list", "read as a chapter ('== … ==')",
                 "a heading that skips a level ('==== Too deep ====' after '== Second Title ==') "
                 "read as '=== … ==='", "a Markdown heading '## …' read as '== … =='"):
        assert said in joined, said
    epub = zipfile.ZipFile(tmp_path / "out" / "the-fen-rising.epub")
    text = "\n".join(re.sub(r"<[^>]+>", "", epub.read(n).decode()) for n in epub.namelist()
                     if n.endswith(".xhtml"))
    assert not RAW.search(text), RAW.search(text)
    for kept in ("The Fen Rising was a revolt of fen villages led by Ada Moss against Tam Reed",
                 "fen speech was the Drowning.", "marched on Ely with four hundred men; see the "
                 "map and the fens.", "Tam Reed fled. He did not come back.",
                 "the villages kept their commons", "Fen – 400", "remembered in songs"):
        assert kept in text, kept
    assert "hidden" not in text and "check this" not in text and "Fens" not in text
    # --strict fails on them: they are warnings a user can act on (remove the markup)
    assert main(["build", "-q", "--strict", "--to", "json", "--out", str(tmp_path / "s"),
                 str(article)]) == 3


def test_the_model_keeps_paragraph_text_plain_and_the_headings_in_place():
    article = parse(WIKI, "fen.txt")
    assert article.title == "The Fen Rising"
    assert [(s.title, s.level) for s in article.sections] == [("Second Title", 2),
                                                             ("Aftermath", 2)]
    assert [(s.title, s.level) for s in article.sections[0].subsections] == [("Too deep", 3)]
    lead = [b for b in article.lead if isinstance(b, Paragraph)]
    assert lead[0].text.startswith("The Fen Rising was a revolt of fen villages led by Ada Moss")
    assert [getattr(b, "items", None) for b in article.sections[1].blocks] == [
        ("the villages kept their commons", "the dykes were rebuilt"), ("Side – Men", "Fen – 400"),
        None]
    box = {f.key: f.value for f in article.infobox.raw}
    assert box["Date"] == "3–9 June 1820" and box["Commander1"] == "Ada Moss"
    assert article.infobox.commanders[0].name == "Ada Moss"


@pytest.mark.parametrize("text", [
    "It's the people's choice: 5 * 3 = 15, a*b, * not emphasis *, rock 'n' roll.",
    "The Ma'anshan ''pass'' — no, one quote: 'a' and 'b'.".replace("''", "'"),
    "Prices [in 1820] rose (by [a third]); {not a template}; x < y > z.",
    "Written 1–3 June, see p. 4 | p. 5.",
])
def test_prose_that_only_looks_like_markup_is_left_alone(text):
    found = Findings()
    assert strip(text, 1, found) == text and not found.warnings()


@pytest.mark.parametrize("text", [
    "''" * 50_000, "<ref" * 30_000, "<ref>" * 30_000, "<!--" * 30_000, "*a " * 40_000,
    "[[" * 30_000, "{{" * 30_000, "[[File:" * 20_000, "[[File:a|[[b" * 10_000,
    "'''a" * 30_000, "[x](" * 30_000, "[http://a" * 20_000, "<br" * 30_000, "[[a|" * 30_000])
def test_no_input_makes_markup_stripping_slow(text):
    started = time.process_time()
    strip(text, 1, Findings())
    assert time.process_time() - started < 1.0
