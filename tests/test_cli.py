"""The command line: help, outputs, errors, atomic and safe writes."""
from __future__ import annotations

import pytest

import json
import os
import signal
import subprocess
import sys
import time

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
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; {{ 7*7 }}." in \
        (out / "site" / "etc-passwd" / "lead.html").read_text()
    data = json.loads((out / "etc-passwd.data.json").read_text())
    assert "<script>" in data["lead"][0]["text"] and "{{ 7*7 }}" in data["lead"][0]["text"]


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


def test_renderer_failure_is_one_line_and_keeps_previous(tmp_path, capsys, monkeypatch):
    import book.write.epub
    out = tmp_path / "out"
    assert main(["build", "-q", "--out", str(out), str(FIXTURES / "easter-rising.txt")]) == 0
    before = (out / "easter-rising.epub").read_bytes()

    def broken(*args, **kwargs):
        raise ValueError("simulated failure")
    monkeypatch.setattr(book.write.epub, "write", broken)
    assert main(["build", "-q", "--force", "--out", str(out), str(FIXTURES / "easter-rising.txt")]) == 1
    err = capsys.readouterr().err
    assert "rendering failed: ValueError: simulated failure" in err and "Traceback" not in err
    assert (out / "easter-rising.epub").read_bytes() == before
    assert not [p for p in out.iterdir() if p.name.startswith(".book-partial")]
