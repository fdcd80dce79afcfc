"""Both outputs show the same glossary, chronology and biographies as the JSON export."""
from __future__ import annotations

import html
import json
import re
import zipfile

import pytest

from book.slugs import slugify

from .conftest import letters as latin
from .conftest import pdf_text

SLUGS = ["ili-rebellion", "winter-war", "battle-of-gaugamela"]


def epub_doc(built, slug, name) -> str:
    with zipfile.ZipFile(built / f"{slug}.epub") as z:
        return z.read(f"EPUB/{name}.xhtml").decode()


def plain(fragment: str) -> str:
    return latin(html.unescape(re.sub(r"<[^>]+>", "", fragment)))


def pdf_plain(built, slug) -> str:
    return latin(pdf_text(built / f"{slug}.pdf"))


@pytest.mark.parametrize("slug", SLUGS)
def test_glossary_same_in_json_epub_pdf(built, slug):
    data = json.loads((built / f"{slug}.data.json").read_text())
    doc = epub_doc(built, slug, "glossary")
    terms = [plain(t) for t in re.findall(r'<dt [^>]*epub:type="glossterm"><dfn>(.*?)</dfn>', doc)]
    assert terms == [latin(e["term"]) for e in data["glossary"]]
    pdf = pdf_plain(built, slug)
    for entry in data["glossary"]:
        assert latin(entry["term"]) in pdf
        if entry["expansion"]:
            assert latin(entry["expansion"]) in pdf


@pytest.mark.parametrize("slug", SLUGS)
def test_chronology_same_in_json_epub_pdf(built, slug):
    data = json.loads((built / f"{slug}.data.json").read_text())
    doc = epub_doc(built, slug, "chronology")
    dts = [plain(d) for d in re.findall(r"<dt>(.*?)</dt>", doc)]
    assert dts == [latin(e["display"]) for e in data["chronology"]]
    dds = [plain(d) for d in re.findall(r"<dd>(.*?)</dd>", doc, re.S)]
    assert all(d.startswith(latin(e["text"])) for d, e in zip(dds, data["chronology"]))
    pdf = pdf_plain(built, slug)
    for e in data["chronology"]:
        assert latin(e["text"])[:80] in pdf


@pytest.mark.parametrize("slug", SLUGS)
def test_biographies_same_in_json_epub_pdf(built, slug):
    data = json.loads((built / f"{slug}.data.json").read_text())
    doc = epub_doc(built, slug, "biographies")
    names = [plain(n) for n in re.findall(r'<h3 class="name"[^>]*>(.*?)</h3>', doc)]
    assert names == [latin(p["name"]) for p in data["biographies"]]
    pdf = pdf_plain(built, slug)
    for person in data["biographies"]:
        assert latin(person["name"]) in pdf
        for fact in person["facts"]:
            assert latin(fact["text"])[:80] in pdf
    kia = [p["name"] for p in data["biographies"] if {"KIA", "DOW", "EXE"} & set(p["status"])]
    for name in kia:
        assert re.search(re.escape(html.escape(name)) + r'\s*<span class="kia">†</span>', doc)


def test_unsafe_slugs():
    assert slugify("../../etc/passwd") == "etc-passwd"
    assert slugify("CON") != "con" and slugify("") == "book"


@pytest.mark.slow
def test_page_size_option(tmp_path):
    import pypdf
    from book.cli import main
    from .conftest import FIXTURES
    assert main(["build", "-q", "--page-size", "6x9", "--out", str(tmp_path),
                 str(FIXTURES / "easter-rising.txt")]) == 0
    box = pypdf.PdfReader(tmp_path / "easter-rising.pdf").pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (432, 648)


def test_an_unmentioned_commander_is_a_note_not_a_warning(tmp_path, capsys):
    # The book is right (the entry says the text never mentions them): -v shows it as a note,
    # and --strict, which fails on warnings, builds.
    from book.cli import main
    article = tmp_path / "a.txt"
    article.write_text("= Small War =\n\nInfobox\n- Commander1: Ann Lee, Bob Ray\n\nAnn Lee won.\n")
    assert main(["build", "-q", "--to", "json", "--out", str(tmp_path / "o"), str(article)]) == 0
    assert capsys.readouterr().err == ""
    assert main(["build", "-v", "--strict", "--to", "json", "--out", str(tmp_path / "s"),
                 str(article)]) == 0
    err = capsys.readouterr().err
    assert "book: note: " in err and "never mentions commander(s) Bob Ray" in err
    assert "warning" not in err
