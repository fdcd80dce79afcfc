"""book.toml: options by their flags' names, per-article tables, flags win, one-line errors with
file and line; `book init` writes a starter that builds."""
from __future__ import annotations

import re
import zipfile

import pytest

from book.cli import main, parser, _configured
from book.config import OPTIONS, load
from book.init import ARTICLE, SAMPLE, STARTER

from .conftest import FORD

NS = {"dc": "http://purl.org/dc/elements/1.1/", "opf": "http://www.idpf.org/2007/opf"}


@pytest.fixture
def folder(tmp_path, monkeypatch):
    """A working folder with two articles in it."""
    (tmp_path / "ford.txt").write_text(FORD.format(title="Battle of the Ford"), encoding="utf-8")
    (tmp_path / "bend.txt").write_text(FORD.format(title="Battle of the Bend"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def configured(*argv):
    return _configured(parser().parse_args(["build", *argv]))


def creator(epub) -> str:
    opf = zipfile.ZipFile(epub).read("EPUB/content.opf").decode()
    return re.search(r"<dc:creator[^>]*>([^<]*)<", opf).group(1)


def test_book_toml_sets_options_and_the_command_line_wins(folder):
    (folder / "book.toml").write_text('author = "Jane Doe"\npage-size = "6x9"\nto = ["epub"]\n'
                                      'articles = ["*.txt"]\nout = "built"\njobs = 1\n')
    sources, options, jobs, _port = configured()
    assert sorted(s.name for s in sources) == ["bend.txt", "ford.txt"]
    assert (options.settings.author, options.settings.page_size) == ("Jane Doe", "6x9")
    assert options.settings.to == ("epub",) and jobs == 1
    assert options.out_dir.resolve() == folder / "built"
    _, options, _, _ = configured("--author", "Ann Other", "--page-size", "a4", "ford.txt")
    assert (options.settings.author, options.settings.page_size) == ("Ann Other", "a4")


@pytest.mark.slow    # three whole builds
def test_an_articles_table_overrides_the_file_for_that_article_only(folder):
    (folder / "book.toml").write_text('author = "Jane Doe"\nto = "epub"\nout = "out"\n\n'
                                      '[article."bend.txt"]\nauthor = "Bo Bend"\n')
    assert main(["build", "-q", "ford.txt", "bend.txt"]) == 0
    assert creator(folder / "out" / "battle-of-the-ford.epub") == "Jane Doe"
    assert creator(folder / "out" / "battle-of-the-bend.epub") == "Bo Bend"
    assert main(["build", "-q", "--author", "Cy Flag", "--force", "bend.txt"]) == 0
    assert creator(folder / "out" / "battle-of-the-bend.epub") == "Cy Flag"


def test_a_book_toml_beside_the_articles_is_read(tmp_path, monkeypatch):
    book = tmp_path / "book"
    book.mkdir()
    (book / "ford.txt").write_text(FORD.format(title="Battle of the Ford"), encoding="utf-8")
    (book / "book.toml").write_text('publisher = "Small Press"\ncss = ["mine.css"]\n')
    (book / "mine.css").write_text("p { color: navy }\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    _, options, _, _ = configured(str(book / "ford.txt"))
    assert options.settings.publisher == "Small Press"
    assert options.settings.css == (str(book / "mine.css"),)
    assert options.out_dir.as_posix() == "dist"             # the command line's default: here


@pytest.mark.parametrize("toml, message", [
    ('autor = "Jane Doe"', "2: unknown key 'autor' (did you mean 'author'?)"),
    ("page-size = 5", "2: page-size: expected one of a5, 6x9, a4, letter in quotes, not a number"),
    ('page-size = "b5"', "2: page-size: expected one of a5, 6x9, a4, letter, not 'b5'"),
    ('to = ["pdf", "mobi"]', "2: to: expected some of pdf, epub, json, site separated by commas, "
                             "not 'mobi'"),
    ('isbn = "0000000000000"', "2: isbn: not a valid ISBN-10 or ISBN-13: '0000000000000' "
                               "(no such ISBN prefix or group)"),
    ("strict = 'yes'", "2: strict: expected true or false, not a text"),
    ("jobs = 0", "2: jobs: expected a whole number of at least 1, not 0"),
    ('css = ["nope.css"]', "2: css: nope.css: no such stylesheet (expected a .css file)"),
    ('author = "x"\n\n[article."ford.txt"]\nto = ["epub"]',
     "5: 'to' is set for the whole build, not for one article: move it above the article tables"),
    ('[article."nope.txt"]\nauthor = "x"', '2: [article."nope.txt"]: no such article file beside '
                                           "book.toml"),
    ('[article."ford.txt"]\nauthr = "x"', "3: unknown key 'authr' (did you mean 'author'?)"),
    ('author = "x"\nauthor = "y"', "3: not valid TOML: cannot overwrite a value"),
])
def test_unknown_keys_and_wrong_types_are_one_line_errors_with_file_and_line(folder, capsys,
                                                                           toml, message):
    (folder / "book.toml").write_text(f"# my book\n{toml}\n")
    assert main(["build", "-q", "ford.txt"]) == 2
    err = capsys.readouterr().err
    assert err == f"book: error: book.toml:{message}\n"
    assert not (folder / "dist").exists()


def test_every_key_is_a_build_option_by_its_flags_name():
    flags = {a for action in parser()._subparsers._group_actions[0].choices["watch"]._actions
             for a in action.option_strings}
    assert {f"--{key}" for key in OPTIONS if key not in ("articles",)} <= flags


def test_book_init_writes_a_starter_that_builds_without_warnings(folder, capsys, tmp_path):
    target = tmp_path / "new"
    assert main(["init", str(target)]) == 0
    assert (target / "sample-article.txt").read_text() == ARTICLE
    # every commented option of the starter, uncommented, is a valid book.toml
    every = re.sub(r"(?m)^# ([a-z-]+ = |\[)", r"\1", STARTER).replace("book.css", "")
    (target / "every.toml").write_text(every.replace('css = [""]', "css = []"))
    assert load(target / "every.toml").values["page_size"] == "a5"
    (target / "every.toml").unlink()
    capsys.readouterr()
    assert main(["build", "--config", str(target / "book.toml"), "--to", "json"]) == 0
    out = capsys.readouterr()
    assert "wrote" in out.out and out.err == ""             # no warning at all
    assert (folder / "dist" / "battle-of-hollow-ford.data.json").is_file()
    assert main(["init", str(target)]) == 2                 # overwrites nothing
    assert "already exists" in capsys.readouterr().err
    assert (target / SAMPLE).read_text() == ARTICLE


@pytest.mark.slow
def test_book_toml_sets_the_author_and_the_page_size_of_the_built_book(folder):
    import pypdf

    (folder / "book.toml").write_text('author = "Jane Doe"\npage-size = "6x9"\n'
                                      'to = ["pdf", "epub"]\n')
    assert main(["build", "-q", "ford.txt"]) == 0
    box = pypdf.PdfReader(folder / "dist" / "battle-of-the-ford.pdf").pages[0].mediabox
    assert (round(float(box.width) / 72, 2), round(float(box.height) / 72, 2)) == (6, 9)
    assert creator(folder / "dist" / "battle-of-the-ford.epub") == "Jane Doe"
    assert pypdf.PdfReader(folder / "dist" / "battle-of-the-ford.pdf").metadata.author == \
        "Jane Doe"
