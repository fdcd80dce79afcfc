"""Property tests: any text either fails with a clean InputError or builds a well-formed EPUB
whose markup uses only the templates' own elements and attributes; and the command line, run on
any bytes in a file, exits 0 or 2 with one line naming the file, writes a readable PDF, and
writes nothing outside --out.

`make test` draws the same cases every run (the derandomised profile of conftest.py); `make fuzz`
runs the long random profile (HYPOTHESIS_PROFILE=long: 10 000 texts, 400 command lines)."""
from __future__ import annotations

import io
import json
import os
import re
import tempfile
import zipfile
from contextlib import redirect_stderr, redirect_stdout
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from lxml import etree

from book.cli import main
from book.read.article import load, parse
from book.build import enrichers
from book.formats.epub import write_epub
from book.errors import InputError
from book.errors import shown as shown_path
from book.render.html import render
from book.read.shape import shape

# The profiles are in conftest.py: derandomised in make test and make check (the same cases
# every run), random and long in make fuzz. Each command line lays out a PDF (about a second):
# few by default, many under `make fuzz`.
CLI_EXAMPLES = 400 if os.environ.get("HYPOTHESIS_PROFILE") == "long" else 12

ALPHABET = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "Cc", "Cf"))
WORDS = st.text(ALPHABET, max_size=40) | st.sampled_from(
    ["<script>", "&amp;", "]]>", "{{ x }}", "{% if %}", "\"", "(", ")", "();", "KIA", "BC",
     "7 November 1944", "ВТР", "保安隊", "ئۈچ", "\u202e", "\u200b", "(ABC)", "Ma", "PLA"])
LINE = st.one_of(
    st.lists(WORDS, max_size=8).map(" ".join),
    WORDS.map(lambda w: f"== {w} =="), WORDS.map(lambda w: f"=== {w} ==="),
    WORDS.map(lambda w: f"- {w}"), st.tuples(WORDS, WORDS).map(lambda kv: f"- {kv[0]}: {kv[1]}"),
    st.lists(WORDS, max_size=5).map(lambda ws: "- Commander1: " + ", ".join(ws)),
    st.just("Infobox"), st.just(""),
)
ARTICLE = st.tuples(st.one_of(WORDS, st.just("")), st.lists(LINE, max_size=25)).map(
    lambda t: "\n".join([f"= {t[0]} =", *t[1]]))


@pytest.mark.slow
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.one_of(ARTICLE, st.text(ALPHABET, max_size=300)))
# Found by this test: a title "0\r㐁" crashed the cover (Pillow's raqm layout) when parse() was
# given the text directly; and its family, every line break between a digit and a CJK character.
@example(text="= 0\r㐁 =")
@example(text="= 0\u2029㐁 =\n\nLead.")
@example(text="= 0\x85㐁 =\n\n== A \u2029 B ==\nText \u2028 here.")
@example(text="= 㐁 \u2029 㐁 =\nInfobox\n- Part of: 0\x0b㐁\n\nLead \x1c text.")
def test_random_articles(text, tmp_path_factory):
    try:
        book = shape(parse(text, "fuzz.txt"))
    except InputError as err:
        assert "\n" not in str(err) and str(err).startswith("fuzz.txt")
        return
    for enrich in enrichers():
        book = enrich(book)
    target = tmp_path_factory.mktemp("fuzz") / "f.epub"
    write_epub(render(book), target)
    check_epub(target)


# The vocabulary of our markup: every element and attribute the templates and the renderer write.
_XML = "{http://www.w3.org/XML/1998/namespace}"
_EPUB = "{http://www.idpf.org/2007/ops}"
_SOURCES = ("book/templates/*", "book/render/*.py")


@lru_cache(maxsize=None)
def vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """(elements, attributes) that occur in a tag of a template or of the renderer's code."""
    root = Path(__file__).resolve().parent.parent
    tags, attrs = set(), set()
    for pattern in _SOURCES:
        for path in root.glob(pattern):
            text = path.read_text(encoding="utf-8")
            for tag in re.finditer(r"<([a-zA-Z][\w:-]*)((?:[^<>\"']|\"[^\"]*\"|'[^']*')*)>?", text):
                name = tag.group(1)
                tags.update([f"h{i}" for i in range(1, 7)] if name == "h" else [name])
                attrs.update(re.findall(r"(?<![\w:.-])([a-zA-Z_][\w:.-]*)=[\"'{]", tag.group(2)))
            attrs.update(re.findall(r"[\"' ]([a-z][\w:-]*)=\\?[\"']", text))   # ' dir="rtl"'
    return frozenset(tags), frozenset(attrs)


def check_epub(epub: Path) -> None:
    """Every XHTML file parses and uses only our vocabulary; no link leaves the book."""
    tags, attrs = vocabulary()
    with zipfile.ZipFile(epub) as z:
        for name in z.namelist():
            if name.endswith((".opf", ".ncx")):
                etree.fromstring(z.read(name))
            if not name.endswith(".xhtml"):
                continue
            for el in etree.fromstring(z.read(name)).iter():
                if not isinstance(el.tag, str):
                    continue                      # comments, processing instructions
                assert etree.QName(el).localname in tags, (name, el.tag)
                for key, value in el.attrib.items():
                    attr = key.replace(_XML, "xml:").replace(_EPUB, "epub:")
                    assert attr in attrs, (name, el.tag, attr)
                    if attr in ("href", "src"):
                        assert not re.match(r"[a-zA-Z][\w+.-]*:", value), (name, attr, value)


def test_vocabulary_covers_our_own_books(built):
    """The vocabulary is complete: the real books use nothing outside it."""
    for epub in built.glob("*.epub"):
        check_epub(epub)


# The command line on files: raw bytes, byte order marks, invalid UTF-8, huge lines.
ODD_BOMS = st.sampled_from([b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf",
                            b"\x00\x00\xfe\xff", b"\xef\xbb"])
# Mostly valid articles: a title with a letter and a lead paragraph before the random lines.
_BREAKS = dict.fromkeys(map(ord, "\n\r"))       # the other separators are spaces in a title
TITLE = st.text(ALPHABET, max_size=30).map(
    lambda t: t.translate(_BREAKS) if any(c.isalpha() for c in t) else "A" + t.translate(_BREAKS))
BUILDABLE = st.tuples(TITLE,
                      st.lists(LINE, max_size=25)).map(
    lambda t: "\n".join([f"= {t[0]} =", "", "The lead paragraph, in 1944.", "", *t[1]]))
ENCODED = st.one_of(ARTICLE, BUILDABLE, BUILDABLE).map(lambda t: t.encode("utf-8"))
BAD_BYTES = st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\x80",
                             b"\xc0\xaf", b"\x00", b"\r", b"\r\n", b"\x1b[31m"])


def _insert(data: bytes, edits: list[tuple[int, bytes]]) -> bytes:
    for at, chunk in edits:
        at %= len(data) + 1
        data = data[:at] + chunk + data[at:]
    return data


FILES = st.one_of(
    ENCODED,
    st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf"]), ENCODED, st.sampled_from([b"\r\n", b"\r"])).map(
        lambda t: t[0] + t[1].replace(b"\n", t[2])),
    st.tuples(ODD_BOMS, ENCODED).map(lambda t: t[0] + t[1]),
    st.tuples(ENCODED, st.lists(st.tuples(st.integers(0, 10**6), BAD_BYTES), min_size=1,
                                max_size=4)).map(lambda t: _insert(*t)),
    st.binary(max_size=4000),
    st.tuples(ENCODED, st.sampled_from([60_000, 100_001, 400_000]),
              st.sampled_from([b"word ", b"x", "é".encode(), b"(ABC) "])).map(
        lambda t: t[0] + b"\n\n" + (t[2] * t[1])[:t[1]] + b"\n"),
    # Past the first 8 KB, where a reader that only sniffs the start would not look.
    st.tuples(BUILDABLE.map(lambda t: t.encode("utf-8")), st.integers(0, 2000), BAD_BYTES).map(
        lambda t: t[0] + b"\n\n" + b"Words of a long paragraph. " * 400 + b"\n\n"
        + b"word " * t[1] + t[2] + b" end.\n"),
)
# File names are bytes too: any but '/' and NUL, and not always UTF-8.
NAMES = st.one_of(st.just(b"fuzz.txt"), st.binary(min_size=1, max_size=24).map(
    lambda b: b.replace(b"/", b"_").replace(b"\x00", b"_") + b".txt"))


def _refused(data: bytes) -> bool:
    """Bytes that are not UTF-8 text (after one UTF-8 BOM) must be refused, wherever they are."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return True
    return "\x00" in text


def _expected_status(data: bytes) -> int:
    """2 when the reader refuses the bytes (read.article.load, the limits included), else 0."""
    try:
        load(data, "fuzz.txt")
    except InputError:
        return 2
    return 0


def _tree(root: Path, skip: Path) -> dict[str, tuple[int, int]]:
    """Every file under `root` but `skip`, with its size and modification time."""
    out = {}
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == skip or skip in Path(dirpath).parents:
            continue
        for name in filenames + dirnames:
            path = os.path.join(dirpath, name)
            if Path(path) != skip:
                st_ = os.lstat(path)
                out[path] = (st_.st_size, st_.st_mtime_ns)
    return out


@pytest.mark.slow
@settings(max_examples=CLI_EXAMPLES, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=FILES, name=NAMES)
def test_command_line_on_any_file(data, name):
    from pypdf import PdfReader

    project = Path(__file__).resolve().parent.parent
    before_project = sorted(os.listdir(project))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "in").mkdir()
        source, out = root / "in" / os.fsdecode(name), root / "out"
        shown = shown_path(source)                  # one line, no control or bidi character
        source.write_bytes(data)
        before = _tree(root, out)
        err = io.StringIO()
        with redirect_stderr(err), redirect_stdout(io.StringIO()):
            status = main(["build", "-q", "-j", "1", "--out", str(out), str(source)])
        lines = err.getvalue().splitlines()
        event(f"exit status {status}")
        assert status == _expected_status(data), lines
        if status == 2:
            assert len(lines) == 1 and lines[0].startswith(f"book: error: {shown}"), lines
        else:
            assert all(re.match(rf"book: warning: {re.escape(shown)}(?::\d+)?: ", ln)
                       for ln in lines), lines
            assert not _refused(data), "bytes that are not UTF-8 text were accepted"
        assert _tree(root, out) == before, "something was written outside --out"
        assert sorted(os.listdir(project)) == before_project
        if status == 0:
            names = sorted(p.name for p in out.iterdir() if not p.name.startswith(".") and p.is_file())
            assert len(names) == 3 and not [p for p in out.iterdir() if ".book-partial" in p.name]
            slug = names[0].rsplit(".data.json", 1)[0]
            assert names == [f"{slug}.data.json", f"{slug}.epub", f"{slug}.pdf"]
            check_epub(out / f"{slug}.epub")
            reader = PdfReader(out / f"{slug}.pdf")
            assert len(reader.pages) >= 1
            reader.pages[0].extract_text()
            json.loads((out / f"{slug}.data.json").read_text(encoding="utf-8"))


def test_make_test_draws_the_same_cases_on_every_run():
    if os.environ.get("HYPOTHESIS_PROFILE", "ci") == "ci":
        assert settings.default.derandomize and settings.default.database is None
    else:
        assert not settings.default.derandomize and settings.default.max_examples >= 10_000
