"""User stylesheets (--css): after the built-in ones in the PDF, the EPUB and the web edition;
only the files named are read."""
from __future__ import annotations

import re
import zipfile

import pytest

from book.cli import main
from book.errors import InputError
from book.usercss import check, urls

from .conftest import FORD


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "ford.txt"
    path.write_text(FORD.format(title="Battle of the Ford"), encoding="utf-8")
    return path


def test_urls_are_found_wherever_a_stylesheet_can_fetch():
    css = ('@import "a.css";\n@import url(b.css) print;\n'
           '@font-face { font-family: X; src: url("f.woff") format("woff"), local(Arial); }\n'
           'body { background: url(data:image/png;base64,AA); filter: url(#blur) }\n'
           '@media print { p { background-image: image-set("c.png" 1x, url(d.png) 2x) } }\n'
           '@page { @top-center { content: url(https://example.org/e.png) } }\n'
           '@namespace svg url(http://www.w3.org/2000/svg);\n')
    assert urls(css) == [(1, "a.css"), (2, "b.css"), (3, "f.woff"),
                         (4, "data:image/png;base64,AA"), (4, "#blur"), (5, "c.png"),
                         (5, "d.png"), (6, "https://example.org/e.png")]


@pytest.mark.parametrize("css, line", [
    ('p { color: red }\n@import "other.css";\n', 2),
    ("h1 {\n  background: url(../secret.png);\n}\n", 2),
    ('@font-face { src: url("https://example.org/f.woff2") }', 1)])
def test_a_stylesheet_that_would_read_another_file_is_refused_at_its_line(tmp_path, css, line):
    path = tmp_path / "mine.css"
    path.write_text(css)
    with pytest.raises(InputError) as err:
        check(path)
    assert str(err.value).startswith(f"{path}:{line}: ")
    assert "only those are read (embed a font or an image as a data: URL)" in str(err.value)


def test_a_stylesheet_with_data_urls_only_is_taken_by_its_absolute_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "ok.css").write_text("p { background: url(data:,x) }")
    assert check("ok.css") == str(tmp_path / "ok.css")


def test_missing_and_unreadable_stylesheets_are_one_line_errors(tmp_path, article, capsys):
    (tmp_path / "bad.css").write_bytes(b"p { color: red }\n\xff\n")
    (tmp_path / "dir.css").mkdir()
    for css, message in (("nope.css", "nope.css: no such stylesheet (expected a .css file)"),
                         ("dir.css", "dir.css: not a regular file, expected a .css stylesheet"),
                         ("bad.css", "bad.css:2: not valid UTF-8 at byte offset 17")):
        assert main(["build", "--css", str(tmp_path / css), "--out", str(tmp_path / "out"),
                     str(article)]) == 2
        err = capsys.readouterr().err
        assert err.startswith("book: error: ") and message in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


@pytest.mark.slow    # two whole builds (EPUB, site)
def test_the_epub_and_the_site_link_the_users_stylesheets_after_their_own(tmp_path, article):
    first, second = tmp_path / "first.css", tmp_path / "second.css"
    first.write_text(".part-title { color: #c00 }\n")
    second.write_text("body { line-height: 2 }\n")
    out = tmp_path / "out"
    assert main(["build", "-q", "--to", "epub,site", "--css", str(first), "--css", str(second),
                 "--out", str(out), str(article)]) == 0
    epub = zipfile.ZipFile(out / "battle-of-the-ford.epub")
    assert epub.read("EPUB/css/user-1.css") == first.read_bytes()
    assert epub.read("EPUB/css/user-2.css") == second.read_bytes()
    for name in ("EPUB/lead.xhtml", "EPUB/nav.xhtml"):
        links = re.findall(r'href="(css/[^"]+)"', epub.read(name).decode())
        assert links[-2:] == ["css/user-1.css", "css/user-2.css"] and links[0] == "css/base.css"
    page = (out / "site" / "battle-of-the-ford" / "lead.html").read_text()
    links = re.findall(r'href="(css/[^"]+)"', page)
    assert links == ["css/base.css", "css/web.css", "css/user-1.css", "css/user-2.css"]
    assert (out / "site" / "battle-of-the-ford" / "css" / "user-2.css").read_bytes() == \
        second.read_bytes()
    # An edited stylesheet is an input of the build: it is not "up to date".
    second.write_text("body { line-height: 3 }\n")
    assert main(["build", "-q", "--to", "epub,site", "--css", str(first), "--css", str(second),
                 "--out", str(out), str(article)]) == 0
    assert zipfile.ZipFile(out / "battle-of-the-ford.epub").read("EPUB/css/user-2.css") == \
        b"body { line-height: 3 }\n"


@pytest.mark.slow
def test_css_changes_the_pdf_layout(tmp_path, article):
    import pypdf

    mine = tmp_path / "mine.css"
    mine.write_text("@page { size: 100mm 150mm; margin: 12mm }\n.part-title { font-size: 40pt }\n")
    plain, styled = tmp_path / "plain", tmp_path / "styled"
    assert main(["build", "-q", "--to", "pdf", "--out", str(plain), str(article)]) == 0
    assert main(["build", "-q", "--to", "pdf", "--keep-html", "--css", str(mine), "--out",
                 str(styled), str(article)]) == 0

    def size(folder):
        box = pypdf.PdfReader(folder / "battle-of-the-ford.pdf").pages[0].mediabox
        return round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)

    assert size(plain) == (148, 210) and size(styled) == (100, 150)
    html = (styled / "battle-of-the-ford.print.html").read_text()
    links = re.findall(r'<link rel="stylesheet" href="([^"]+)"', html)
    assert links[-1].endswith("/mine.css") and links[-2].endswith("/size-a5.css")


def test_the_print_engine_may_read_the_named_stylesheet_not_its_folder(tmp_path):
    from book.formats.pdf import engine

    (tmp_path / "css").mkdir()
    mine, beside = tmp_path / "css" / "mine.css", tmp_path / "css" / "font.woff"
    mine.write_text("p { color: red }")
    beside.write_bytes(b"wOFF")
    fetcher = engine(tmp_path / "out", "none", (str(mine),)).fetcher
    assert fetcher.fetch(mine.as_uri()).url
    with pytest.raises(ValueError, match="outside the allowed folders"):
        fetcher.fetch(beside.as_uri())
