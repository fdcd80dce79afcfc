"""Hyphenation (issue 28): at most three hyphenated lines in a row (book/print/hyphenation.py),
breaks only where the English patterns allow with three letters on each side, and never inside
a proper name the book knows. Each test reads the PDF back."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from .conftest import enriched_text

LONG = ("internationalization counterrevolutionary electroencephalographic interdepartmental "
        "characteristically incomprehensibility institutionalization representatives "
        "understandably disproportionately responsibilities approximately overwhelmingly "
        "administratively telecommunications").split()


def lines(pdf: Path) -> list[str]:
    """The PDF's text lines in layout order (each line whole, however wide its spaces)."""
    return [ln for page in pages(pdf) for ln in page]


def pages(pdf: Path) -> list[list[str]]:
    """Each page's text lines."""
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                         check=True).stdout
    return [[ln.strip() for ln in page.splitlines() if ln.strip()] for page in out.split("\f")]


def longest_ladder(text_lines: list[str]) -> int:
    best = run = 0
    for line in text_lines:
        run = run + 1 if line.endswith(("\u2010", "-")) else 0
        best = max(best, run)
    return best


def test_no_more_than_three_hyphenated_lines_in_a_row(tmp_path, monkeypatch):
    """A narrow column of long words: WeasyPrint alone stacks five hyphens and more; with
    hyphenate-limit-lines added, never more than three, and still hyphenates."""
    import weasyprint
    from weasyprint.layout import block, inline

    from book.print import hyphenation

    words = " ".join(f"{LONG[(i * 5) % len(LONG)]} of the" for i in range(120))
    html = ('<html lang="en"><head><style>@page { size: 120mm 400mm; margin: 10mm }'
            "p { width: 45mm; text-align: justify; hyphens: auto; font: 9pt serif;"
            ' hyphenate-limit-chars: 6 3 3 } :lang(en) { -weasy-lang: "en-US" }</style></head>'
            f"<body><p>{words}</p></body></html>")
    assert hyphenation.install()
    limited = lines(_pdf(weasyprint, html, tmp_path / "limited.pdf"))
    monkeypatch.setattr(block, "iter_line_boxes", inline.iter_line_boxes)   # WeasyPrint's own
    unlimited = lines(_pdf(weasyprint, html, tmp_path / "unlimited.pdf"))
    assert longest_ladder(unlimited) > 3
    assert longest_ladder(limited) == 3
    assert sum(ln.endswith("\u2010") for ln in limited) > 40


def _pdf(weasyprint, html: str, target: Path) -> Path:
    weasyprint.HTML(string=html).write_pdf(str(target))
    return target


def railways() -> str:
    """An article of long words around a person, a place and an organisation the book's index
    and glossary know."""
    names = ("General Maximilian Oberhausen", "Wolverhampton",
             "the Transcontinental Amalgamated Railways")
    sentences = []
    for i in range(48):
        w = [LONG[(i * 7 + k * 3) % len(LONG)] for k in range(4)]
        sentences.append(f"In {1850 + i} {names[i % 3]} met {w[0]} {w[1]} of {names[(i + 1) % 3]}"
                         f" and {w[2]} {w[3]} in Wolverhampton.")
    lead = ("The Transcontinental Amalgamated Railways (TAR) were built by General Maximilian "
            "Oberhausen in Wolverhampton. Oberhausen approximately doubled the network.")
    return (f"= Railways of the Plain =\n\n{lead}\n\n== Construction ==\n"
            + "\n\n".join(" ".join(sentences[k:k + 6]) for k in range(0, 48, 6)) + "\n")


@pytest.fixture(scope="module")
def railway_pdf(tmp_path_factory) -> tuple[Path, object]:
    from book.formats.pdf import render_pdf
    from book.render.html import render

    out = tmp_path_factory.mktemp("railways")
    book = enriched_text(railways())
    missing, other = render_pdf(render(book), out / "railways.pdf", out)
    assert not missing and not other
    return out / "railways.pdf", book


@pytest.mark.slow
def test_breaks_follow_the_english_patterns_and_spare_known_names(railway_pdf):
    """Every hyphen at a line end splits a word of six letters or more where Liang's US English
    patterns allow a break with three letters on each side; no word of a name the index or the
    glossary holds is broken ('Wolver-hampton', 'Oberhau-sen')."""
    import pyphen

    from book.render.html import known_names

    pdf, book = railway_pdf
    names = known_names(book)
    assert {"Wolverhampton", "Oberhausen", "Transcontinental"} <= names
    patterns = pyphen.Pyphen(lang="en_US", left=3, right=3)
    text_lines = lines(pdf)
    breaks = 0
    for line, following in ((a, b) for page in pages(pdf) for a, b in zip(page, page[1:])):
        if not line.endswith("\u2010"):
            continue
        head = re.search(r"(\w+)\u2010$", line).group(1)
        tail = re.match(r"\w+", following).group()
        word = head + tail
        breaks += 1
        assert word not in names, word
        assert len(word) >= 6 and len(head) >= 3 and len(tail) >= 3, word
        assert len(head) in patterns.positions(word), (head, tail)
    assert breaks >= 5
    assert longest_ladder(text_lines) <= 3


def test_a_run_of_anchored_names_breaks_like_plain_text():
    """Each indexed name carries its anchor (the index's page numbers point to it). An empty
    anchor before a name gave WeasyPrint no line break on either side of it: a list of anchored
    names ran off the page, and 'responsi-' stood alone on a line before it. The anchor holds
    the name, and the lines come out as they would without anchors."""
    import weasyprint

    from book.render.html import inline

    places = ("Austria Belgium Czechia Denmark Estonia Germany Hungary Latvia Lithuania "
              "Luxembourg Netherlands Norway Poland Sweden Portugal Morocco Mauritania").split()
    text = "The northern office, headed by a director, is responsible for " + \
        ", ".join(places) + " and for the islands."
    starts = [text.index(p) for p in places]
    css = weasyprint.CSS(string="@page { size: 110mm 150mm; margin: 10mm } p { font: 10pt serif;"
                                " text-align: justify; hyphens: auto; margin: 0 }")
    widths = {}
    for marks in ((), tuple((at, f"p1-m{at}") for at in starts)):
        html = inline(text, mentions=marks)
        assert html.count('class="ix"') == len(marks)
        doc = weasyprint.HTML(string=f'<html lang="en"><body><p>{html}</p></body></html>'
                              ).render(stylesheets=[css])
        widths[bool(marks)] = [_text_width(line) for line in doc.pages[0]._page_box.descendants()
                               if type(line).__name__ == "LineBox"]
    measure = (110 - 20) / 25.4 * 96
    plain, anchored = widths[False], widths[True]
    assert len(plain) >= 4 and max(plain) <= measure + 1
    assert len(anchored) == len(plain) and max(anchored) <= measure + 1
    assert min(anchored[:-1]) > 0.8 * measure         # no line but the last left short


def _text_width(line) -> float:
    """How far a line's text reaches from its start (its last inline box's right edge)."""
    ends = [box.position_x + box.margin_width() for box in line.descendants()
            if type(box).__name__ == "TextBox"]
    return max(ends) - line.position_x


def test_a_known_name_is_marked_with_its_possessive():
    """'Oberhausen's' is the name's word too: it is marked whole, so no line breaks
    'Oberhau-sen’s' (the corpus printed 'Tra-jan’s', 'Jeffer-son’s')."""
    from book.render.html import render

    text = railways().replace("Oberhausen approximately", "Oberhausen's engineers approximately")
    html = "".join(p.html() for p in render(enriched_text(text)).parts)
    assert '<span class="nm">Oberhausen’s</span></span> engineers' in html     # in its anchor
    assert re.search(r'<span class="nm">(General )?Maximilian Oberhausen</span>', html)


def test_a_text_that_fits_but_for_its_last_space_stays_on_its_line(monkeypatch):
    """'… the harvests in <span>Linmouth</span>': when the text before the span fits the line but
    for the space that ends it, WeasyPrint broke after its first word ('In' alone on a line,
    the rest on the next). With book/print/hyphenation.py's layout the text keeps its line."""
    import weasyprint
    from weasyprint.layout import inline

    from book.print import hyphenation

    head = "In 1868 the clerk kept a careful account of the harvests in"
    style = "font: 10pt/1.4 serif; text-align: justify; hyphens: manual; margin: 0"

    def first_lines(html: str, measure: float) -> list[str]:
        css = weasyprint.CSS(string=f"@page {{ size: {measure}px 400px; margin: 0 }} "
                                    f"body {{ margin: 0 }} p {{ {style} }}")
        doc = weasyprint.HTML(string=f'<html lang="en"><body>{html}</body></html>'
                              ).render(stylesheets=[css])
        return [_text(line) for line in doc.pages[0]._page_box.descendants()
                if type(line).__name__ == "LineBox"][:2]

    probe = weasyprint.HTML(string=f'<p style="{style}"><span style="display: inline-block">'
                                   f"{head}</span></p>").render()
    fitted = next(b for b in probe.pages[0]._page_box.descendants()
                  if type(b).__name__ == "InlineBlockBox").width
    paragraph = f'<p>{head} <span class="nm">Linmouth</span>, and the company planted.</p>'
    measure = fitted + 1.0                # the words fit; their space after them does not
    assert hyphenation.install()
    assert first_lines(paragraph, measure) == [head, "Linmouth, and the company planted."]
    monkeypatch.setattr(inline, "split_first_line", inline.split_first_line.__wrapped__)
    assert first_lines(paragraph, measure)[0] == "In"              # WeasyPrint's own


def _text(box) -> str:
    if getattr(box, "text", None) is not None:
        return box.text
    return "".join(_text(c) for c in getattr(box, "children", ())).strip()
