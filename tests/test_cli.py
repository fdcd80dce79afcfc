"""The command line: help, outputs, errors, atomic and safe writes."""
from __future__ import annotations

import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest

from book.cli import main

from .conftest import FIXTURES, SEED


def test_help_lists_options(capsys):
    assert main([]) == 0
    try:
        main(["build", "--help"])
    except SystemExit as exit_:
        assert exit_.code == 0
    out = capsys.readouterr().out
    for option in ("--out", "--page-size", "--pdf-variant", "--strict", "--keep-html", "-j", "-q"):
        assert option in out


def test_outputs_and_data_json(built):
    data = json.loads((built / "ili-rebellion.data.json").read_text())
    assert data["title"] == "Ili Rebellion"
    assert {"glossary", "chronology", "biographies"} <= set(data)
    assert set(data["chronology"][0]) >= {"date", "end", "display", "text", "section"}
    assert set(data["biographies"][0]) >= {"name", "sides", "side_label", "rank", "status",
                                            "roles", "text_roles", "facts", "mentions"}
    assert set(data["infobox"]) == {"header", "fields", "sides", "commanders", "warnings"}
    for slug in ("ili-rebellion", "easter-rising", "battle-of-gaugamela"):
        assert (built / f"{slug}.pdf").stat().st_size > 10_000
        assert (built / f"{slug}.epub").stat().st_size > 10_000


def test_second_article_not_tied_to_seed(built):
    data = json.loads((built / "easter-rising.data.json").read_text())
    assert data["title"] == "Easter Rising"
    assert [b["name"] for b in data["biographies"]][:2] == ["Patrick Pearse", "James Connolly"]
    assert not any(b["status"] for b in data["biographies"])


def test_missing_file_and_bad_input_exit_2(tmp_path, capsys):
    assert main(["build", "-q", "--out", str(tmp_path), str(tmp_path / "nope.txt")]) == 2
    err = capsys.readouterr().err
    assert "nope.txt" in err and "no such article file" in err and err.count("\n") == 1
    bad = tmp_path / "bad.txt"
    bad.write_text("just words\n")
    assert main(["build", "-q", "--out", str(tmp_path), str(bad)]) == 2
    assert "bad.txt:1" in capsys.readouterr().err


def test_unwritable_output(tmp_path, capsys):
    target = tmp_path / "file"
    target.write_text("x")
    assert main(["build", "-q", "--out", str(target / "sub"), str(SEED)]) == 2
    assert "output directory" in capsys.readouterr().err


@pytest.mark.slow
def test_hostile_title_stays_inside_out_dir(tmp_path):
    article = tmp_path / "evil.txt"
    article.write_text("= ../../etc/passwd =\n\nText with <script>alert(1)</script> & {{ 7*7 }}.\n")
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(article)]) == 0
    names = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert names == ["etc-passwd.data.json", "etc-passwd.epub", "etc-passwd.pdf", "site"]
    assert sorted(p.name for p in (out / "site").iterdir()) == ["etc-passwd", "index.html"]
    for page in (out / "site" / "etc-passwd").glob("*.html"):
        assert "<script>" not in page.read_text()
    lead = (out / "site" / "etc-passwd" / "lead.html").read_text()
    assert "Text with &lt;script&gt;alert(1)&lt;/script&gt; &amp;" in lead
    assert "{{" not in lead and "49" not in lead        # a wiki template: left out, never run
    data = json.loads((out / "etc-passwd.data.json").read_text())
    assert "<script>" in data["lead"][0]["text"]


@pytest.mark.slow
def test_noop_rebuild_and_failed_build_keeps_previous(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text((FIXTURES / "easter-rising.txt").read_text())
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(article)]) == 0
    before = (out / "easter-rising.pdf").read_bytes()
    assert main(["build", "--out", str(out), str(article)]) == 0   # up to date
    article.write_text("= Easter Rising =\nInfobox\n- broken line\n")
    assert main(["build", "-q", "--out", str(out), str(article)]) == 2
    assert (out / "easter-rising.pdf").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


@pytest.mark.slow
def test_sigkill_mid_render_keeps_previous(tmp_path):
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(SEED)]) == 0
    before = (out / "ili-rebellion.pdf").read_bytes()
    proc = subprocess.Popen([sys.executable, "-m", "book", "build", "-q", "--force", "--out",
                             str(out), str(SEED)], start_new_session=True)
    time.sleep(1.5)
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "ili-rebellion.pdf").read_bytes() == before
    assert main(["build", "-q", "--force", "--out", str(out), str(SEED)]) == 0
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


@pytest.mark.slow
def test_renderer_failure_is_one_line_and_keeps_previous(tmp_path, capsys, monkeypatch):
    import book.formats.epub
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(FIXTURES / "easter-rising.txt")]) == 0
    before = (out / "easter-rising.epub").read_bytes()

    def broken(*args, **kwargs):
        raise ValueError("simulated failure")
    monkeypatch.setattr(book.formats.epub, "write", broken)
    assert main(["build", "-q", "--force", "--out", str(out), str(FIXTURES / "easter-rising.txt")]) == 1
    err = capsys.readouterr().err
    assert "rendering failed: ValueError: simulated failure" in err and "Traceback" not in err
    assert (out / "easter-rising.epub").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


# Issue 16 -----------------------------------------------------------------------------------------

MASADA = FIXTURES / "masada.txt"


def article(folder: Path, name: str, title: str, text: str = "Some text.") -> Path:
    path = folder / name
    path.write_text(f"= {title} =\n\n{text}\n", encoding="utf-8")
    return path


def outputs(out: Path) -> list[str]:
    """The output files (not the web edition's folder, not the cache)."""
    return sorted(p.name for p in out.iterdir() if not p.name.startswith(".") and p.is_file()) \
        if out.exists() else []


# 2. Two articles with the same slug -------------------------------------------------------------

@pytest.mark.parametrize("titles", [("Café Wars", "CAFE WARS", "Cafe Wars"), ("!!! ???", "🎉")])
@pytest.mark.parametrize("jobs", ["1", "4"])
def test_same_slug_is_an_error_naming_both_files(tmp_path, capsys, titles, jobs):
    files = [article(tmp_path, f"a{i}.txt", t, f"Text of article {i}.") for i, t in enumerate(titles)]
    out = tmp_path / "out"
    assert main(["build", "-q", "-j", jobs, "--out", str(out), *map(str, files)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"book: error: {files[-1]}: ")
    assert all(str(f) in err for f in files) and "--disambiguate" in err
    assert outputs(out) == []                                 # detected before building


@pytest.mark.slow
def test_disambiguate_gives_each_article_its_own_outputs(tmp_path):
    titles = ("Café Wars", "CAFE WARS", "Cafe Wars")
    files = [article(tmp_path, f"{n}.txt", t, f"Text of article {n}.")
             for n, t in zip(("first", "second", "third"), titles)]
    out = tmp_path / "out"
    assert main(["build", "-q", "--disambiguate", "--out", str(out), *map(str, files)]) == 0
    for name in ("first", "second", "third"):
        data = json.loads((out / f"cafe-wars-{name}.data.json").read_text())
        assert data["lead"][0]["text"] == f"Text of article {name}."
        assert data["slug"] == f"cafe-wars-{name}"
    assert len(outputs(out)) == 9


@pytest.mark.slow
def test_noop_check_keys_on_the_article_file(tmp_path, capsys):
    """a.txt and b.txt have the same title, built one after the other: a.txt is not 'up to
    date' when its outputs hold b.txt's text."""
    a = article(tmp_path, "a.txt", "Same Title", "Text of A.")
    b = article(tmp_path, "b.txt", "Same Title", "Text of B.")
    out = tmp_path / "out"
    for source in (a, b, a):
        assert main(["build", "-j", "1", "--out", str(out), str(source)]) == 0
    assert "up to date" not in capsys.readouterr().out
    data = json.loads((out / "same-title.data.json").read_text())
    assert data["lead"][0]["text"] == "Text of A."


def test_same_file_named_twice_is_built_once(tmp_path, capsys):
    a = article(tmp_path, "a.txt", "Once", "Text.")
    out = tmp_path / "out"
    assert main(["build", "--to", "json", "--out", str(out), str(a),
                 str(tmp_path / "." / "a.txt")]) == 0
    assert capsys.readouterr().out.count("parse ") == 1


# 5. Signals --------------------------------------------------------------------------------------

def _start(out: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BOOK_DEBUG", None)
    return subprocess.Popen([sys.executable, "-m", "book", "build", "-q", "--force", "--out",
                             str(out), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True, env=env)


def _mid_render(proc: subprocess.Popen, out: Path, workers: int = 1) -> list[psutil.Process]:
    """Wait until the build is staging files and its helper processes are still laying out the
    PDF (no staged PDF has content yet); returns the helpers."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        children = psutil.Process(proc.pid).children(recursive=True)
        staged = _staged(out)
        if len(children) >= workers and staged and not any(
                name.endswith(".pdf") and size for name, size in staged):
            return children
        if proc.poll() is not None:
            raise AssertionError(f"the build ended early: {proc.communicate()[1]}")
        time.sleep(0.05)
    _end(proc)
    raise AssertionError("the build never reached the writers")


def _staged(out: Path) -> list[tuple[str, int]]:
    """(name, size) of what the build stages in `out` now."""
    found = []
    for path in out.rglob("*") if out.exists() else ():
        if ".book-partial" in str(path.relative_to(out)):
            try:
                found.append((path.name, path.stat().st_size if path.is_file() else 0))
            except OSError:
                pass                      # renamed or removed meanwhile
    return found


def _end(proc: subprocess.Popen) -> None:
    """Kill what a failed test left running."""
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate()


def _gone(procs: list[psutil.Process], timeout: float = 5) -> bool:
    """Every process has ended (a zombie waiting for its new parent to reap it has ended too)."""
    deadline = time.monotonic() + timeout
    while True:
        alive = []
        for p in procs:
            try:
                if p.is_running() and p.status() != psutil.STATUS_ZOMBIE:
                    alive.append(p)
            except psutil.NoSuchProcess:
                pass
        if not alive or time.monotonic() > deadline:
            return not alive
        time.sleep(0.05)


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_signal_to_the_main_process_stops_everything_cleanly(tmp_path, sig):
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(SEED)]) == 0
    before = (out / "ili-rebellion.pdf").read_bytes()
    proc = _start(out, str(SEED))
    children = _mid_render(proc, out)
    os.kill(proc.pid, sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + sig
    assert err.splitlines() == [f"book: interrupted ({signal.Signals(sig).name}); previous "
                                "outputs are unchanged"]
    assert _gone(children), "the PDF worker outlived the build"
    time.sleep(1)
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]
    assert (out / "ili-rebellion.pdf").read_bytes() == before


def test_a_signal_whose_exception_a_destructor_swallowed_still_stops_the_build(
        tmp_path, monkeypatch, capsys):
    """A signal handler that runs inside a destructor has its exception swallowed by Python;
    the build must still stop before it commits (seen once in CI: SIGINT, exit 0, new PDF)."""
    from book.render import html
    source, out = tmp_path / "story.txt", tmp_path / "out"
    source.write_text("= Story =\n\nThe first text.\n", encoding="utf-8")
    assert main(["build", "-q", "--to", "json", "--out", str(out), str(source)]) == 0
    before = (out / "story.data.json").read_bytes()

    class Signals:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGTERM)
            sum(range(10_000))            # bytecodes, so that the handler runs in here

    render = html.render

    def rendering(*args, **kwargs):
        Signals()                         # made and dropped: its destructor runs now
        return render(*args, **kwargs)

    monkeypatch.setattr(html, "render", rendering)
    source.write_text("= Story =\n\nThe second text.\n", encoding="utf-8")
    assert main(["build", "-q", "--to", "json", "--out", str(out), str(source)]) == 128 + 15
    assert capsys.readouterr().err.splitlines() == [
        "book: interrupted (SIGTERM); previous outputs are unchanged"]
    assert (out / "story.data.json").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ctrl_c_on_the_process_group_prints_one_line(tmp_path, jobs):
    out = tmp_path / "out"
    proc = _start(out, "-j", jobs, str(SEED), str(FIXTURES / "winter-war.txt"))
    children = _mid_render(proc, out, workers=int(jobs))
    os.killpg(proc.pid, signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.splitlines() == ["book: interrupted (SIGINT); previous outputs are unchanged"]
    assert _gone(children)
    time.sleep(1)
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


@pytest.mark.slow
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_helpers_die_with_a_killed_parent(tmp_path, jobs):
    """SIGKILL cannot be handled: the PDF worker (or the -j workers) must still not outlive it,
    nor write anything after it died."""
    out = tmp_path / "out"
    proc = _start(out, "-j", jobs, str(SEED), str(FIXTURES / "winter-war.txt"))
    children = _mid_render(proc, out, workers=int(jobs))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)                 # not communicate(): a live helper holds the pipes
    try:
        gone = _gone(children, timeout=2)
        left = _files(out)
        time.sleep(5)
        quiet = _files(out) == left
    finally:
        for child in children:
            with contextlib.suppress(psutil.Error):
                child.kill()
        proc.communicate(timeout=30)
    assert gone, "a helper process outlived its killed parent"
    assert quiet, "something was written after the build was killed"
    assert main(["build", "-q", "--out", str(out), str(SEED)]) == 0   # sweeps what it staged
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]


def _files(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*")
            if p.is_file()}


@pytest.mark.slow
def test_worker_stops_when_its_parent_end_closes(tmp_path):
    """The pipe-EOF check: a worker whose parent is gone (its end of the pipe closed) stops
    instead of finishing a file nobody will rename."""
    from book.pipeline.writers import Job, Writer
    from book.pipeline.worker import Worker
    flag = tmp_path / "finished"
    worker = Worker(Writer("sleepy", "tests.sleepy_writer", ".x", background=True))
    worker.submit(Job(None, None, None, (flag,), tmp_path, tmp_path))
    time.sleep(0.5)
    worker._conn.close()                  # what the parent's death does to its end
    worker._process.join(timeout=10)
    assert not worker._process.is_alive(), "the worker kept writing after its parent left"
    time.sleep(2.5)
    assert not flag.exists()


# 7. User errors that were internal errors -------------------------------------------------------

def test_file_name_that_is_not_utf8(tmp_path, capsys):
    name = os.fsdecode(b"caf\xe9.txt")
    good = tmp_path / name
    good.write_text("= Cafe Story =\n\nSome text.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "--to", "json", "--out", str(out), str(good)]) == 0
    captured = capsys.readouterr()
    assert "caf\\xe9.txt" in captured.out and "internal error" not in captured.err
    data = json.loads((out / "cafe-story.data.json").read_text(encoding="utf-8"))
    assert data["source"].endswith("caf\\xe9.txt")
    good.write_text("no title\n", encoding="utf-8")
    assert main(["build", "-q", "--out", str(out), str(good)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "caf\\xe9.txt:1: first line is not a title" in err


def test_file_name_with_a_newline_or_escape_stays_one_line(tmp_path, capsys):
    source = tmp_path / "two\nlines \x1b[31mred.txt"
    source.write_text("no title\n", encoding="utf-8")
    assert main(["build", "-q", "--out", str(tmp_path / "out"), str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "\x1b" not in err
    assert "two\\x0alines \\x1b[31mred.txt:1: first line is not a title" in err


@pytest.mark.slow    # a child process
def test_ascii_stdout_with_a_non_ascii_path(tmp_path):
    source = tmp_path / "Ürümqi.txt"
    source.write_text("= Ürümqi =\n\nText about Ürümqi.\n", encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "ascii", "SOURCE_DATE_EPOCH": "1700000000"}
    proc = subprocess.run([sys.executable, "-m", "book", "build", "-j", "1", "--to", "json",
                           "--out", str(tmp_path / "out"), str(source)], capture_output=True,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    assert b"\\xdcr\\xfcmqi.txt" in proc.stdout and b"Traceback" not in proc.stderr


def test_empty_out_is_an_error(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    a = article(tmp_path, "a.txt", "Here")
    assert main(["build", "-q", "--out", "", str(a)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--out" in err and "empty" in err
    assert outputs(tmp_path) == ["a.txt"]


def test_nul_byte_after_the_first_8_kb(tmp_path, capsys):
    source = tmp_path / "nul.txt"
    source.write_bytes(b"= Late NUL =\n\n" + b"word " * 3000 + b"\n\nmore \x00 text\n")
    assert main(["build", "-q", "--out", str(tmp_path / "out"), str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{source}:5: NUL byte" in err


def _location_cases(tmp_path: Path):
    """(arguments, the file the error must start with) for each kind of user error."""
    a = article(tmp_path, "a.txt", "Located")
    blocker = tmp_path / "blocker"
    blocker.write_text("x")
    taken = tmp_path / "taken"
    (taken / "located.data.json").mkdir(parents=True)   # a folder where an output must go
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.write(b"= Big =\n\n")
        f.truncate(11_000_000)
    return [
        (["--out", str(tmp_path / "o1"), str(tmp_path)], str(tmp_path)),          # a directory
        (["--out", str(tmp_path / "o2"), str(big)], str(big)),                      # too big
        (["--out", str(blocker / "sub"), str(a)], str(blocker / "sub")),            # out is under a file
        (["--out", str(blocker), str(a)], str(blocker)),                            # out is a file
        (["--to", "json", "--out", str(taken), str(a)], str(taken / "located.data.json")),  # blocked
        (["--out", str(tmp_path / "o3"), str(tmp_path / "missing.txt")], str(tmp_path / "missing.txt")),
    ]


def test_errors_start_with_the_file_they_are_about(tmp_path, capsys):
    failures = []
    for args, where in _location_cases(tmp_path):
        status = main(["build", "-q", "-j", "1", *args])
        err = capsys.readouterr().err
        m = re.match(r"book: error: (.*?)(?::\d+)?: \S", err)
        if status != 2 or err.count("\n") != 1 or not m or m.group(1) != where:
            failures.append((args, status, err))
    assert not failures
