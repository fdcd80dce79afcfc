"""`book watch` as someone previewing uses it: run it on a copy of a fixture, keep a chapter open
in Chromium, edit the article and see the page come back rebuilt; make a broken edit and see
its one-line error in the terminal and on the page while the last good site stays."""
from __future__ import annotations

import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from book.build import Options
from book.cli import main
from book.settings import Settings

from .browser import launch
from .conftest import EPOCH, FIXTURES, ROOT, epoch

pytestmark = pytest.mark.slow

SLUG = "siege-of-masada"
FEW_SECONDS = 10


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


class Watcher:
    """`book watch ARTICLE --port 0` in a child process, its output read line by line."""

    def __init__(self, article: Path, out: Path):
        env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "book", "watch", str(article), "--out", str(out), "--port",
             "0", "-q"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        self.out: queue.Queue[str] = queue.Queue()
        self.err: queue.Queue[str] = queue.Queue()
        self.readers = [threading.Thread(target=lambda s=stream, q=lines: [q.put(x) for x in s],
                                         daemon=True)
                        for stream, lines in ((self.process.stdout, self.out),
                                              (self.process.stderr, self.err))]
        for reader in self.readers:
            reader.start()

    def line(self, lines: queue.Queue, timeout: float = 60) -> str:
        return lines.get(timeout=timeout).rstrip("\n")

    def stop(self) -> int:
        self.process.send_signal(signal.SIGINT)
        try:
            return self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            raise
        finally:
            for reader in self.readers:
                reader.join(timeout=5)
            self.process.stdout.close()
            self.process.stderr.close()


def test_watch_rebuilds_reloads_and_reports_a_broken_edit(tmp_path):
    article = tmp_path / "masada.txt"
    good = (FIXTURES / "masada.txt").read_text()
    article.write_text(good)
    out = tmp_path / "dist"
    watcher = Watcher(article, out)
    try:
        serving = watcher.line(watcher.out, timeout=120)
        base = re.search(r"at (http://127\.0\.0\.1:\d+/)", serving).group(1)
        assert (out / f"{SLUG}.pdf").is_file() and (out / "site" / SLUG / "lead.html").is_file()
        with launch() as browser:
            page = browser.new_page()
            page.goto(f"{base}{SLUG}/lead.html")
            page.wait_for_function("document.querySelector('script[src=\"/__book__/live.js\"]')")
            page.wait_for_timeout(300)              # the event stream is open

            edited = good.replace("in present-day Israel.", "in present-day Israel. "
                                  "The watcher saw this sentence.")
            started = time.monotonic()
            article.write_text(edited)
            page.wait_for_function("document.body.innerText.includes('The watcher saw this')",
                                   timeout=FEW_SECONDS * 1000)
            assert time.monotonic() - started < FEW_SECONDS
            pdf = (out / f"{SLUG}.pdf").read_bytes()
            site = snapshot(out / "site")

            article.write_text("no title line here\n" + good)
            error = page.locator(".book-watch-error")
            error.wait_for(state="visible", timeout=FEW_SECONDS * 1000)
            message = watcher.line(watcher.err)
            assert re.fullmatch(r"book: error: .*masada\.txt:1: .+", message), message
            assert error.inner_text() == message
            assert error.get_attribute("role") == "alert"
            assert watcher.err.empty()              # one line
            assert "The watcher saw this" in page.locator("main").inner_text()
            assert (out / f"{SLUG}.pdf").read_bytes() == pdf
            assert snapshot(out / "site") == site   # the last good site, untouched

            article.write_text(good)                # fixed: the page comes back, error gone
            page.wait_for_function("!document.body.innerText.includes('The watcher saw this')",
                                   timeout=FEW_SECONDS * 1000)
            assert not page.locator(".book-watch-error").count()
            assert watcher.process.poll() is None   # still watching
    finally:
        status = watcher.stop()
    assert status == 0


def test_an_edit_to_the_web_style_rewrites_only_the_site(tmp_path):
    from book.watch import refresh_site

    article = tmp_path / "masada.txt"
    shutil.copy(FIXTURES / "masada.txt", article)
    out = tmp_path / "dist"
    with epoch():
        assert main(["build", "-q", "--out", str(out), str(article)]) == 0
    outputs = {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()}
    before = snapshot(out / "site" / SLUG)
    (out / "site" / SLUG / "lead.html").write_text("stale")
    with epoch():                        # the same build date as the build's own pages
        assert refresh_site(article, Options(out_dir=out, settings=Settings())) == \
            out / "site" / SLUG
    assert snapshot(out / "site" / SLUG) == before
    assert {p.name: p.stat().st_mtime_ns for p in out.iterdir() if p.is_file()} == outputs


def test_a_new_title_moves_the_book_and_its_open_page(tmp_path):
    """Changing an article's title changes its file names: the book under the old name leaves
    OUT, its site folder and the library page, and the page open on it goes to the new one."""
    article, other = tmp_path / "masada.txt", tmp_path / "fords.txt"
    good = (FIXTURES / "masada.txt").read_text()
    article.write_text(good)
    shutil.copy(FIXTURES / "three-fords.txt", other)
    out = tmp_path / "dist"
    env = {**os.environ, "SOURCE_DATE_EPOCH": EPOCH, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [sys.executable, "-m", "book", "watch", str(article), str(other), "--out", str(out),
         "--port", "0"], cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True)
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(x) for x in process.stdout], daemon=True).start()
    try:
        while not (serving := lines.get(timeout=180)).startswith("serving"):
            pass
        base = re.search(r"at (http://127\.0\.0\.1:\d+/)", serving).group(1)
        assert SLUG in (out / "site" / "index.html").read_text()
        with launch() as browser:
            page = browser.new_page()
            page.goto(f"{base}{SLUG}/lead.html#top")
            page.wait_for_function("document.querySelector('script[src=\"/__book__/live.js\"]')")
            page.wait_for_timeout(300)              # the event stream is open
            article.write_text(good.replace("= Siege of Masada =", "= The Fall of Masada =", 1))
            page.wait_for_url(f"{base}the-fall-of-masada/lead.html#top", timeout=120_000)
            assert "Fall of Masada" in page.title()
        assert not list(out.glob(f"{SLUG}*")) and not (out / "site" / SLUG).exists()
        assert (out / "the-fall-of-masada.pdf").is_file()
        library = (out / "site" / "index.html").read_text()
        assert SLUG not in library and "the-fall-of-masada/" in library
        removed = []
        while not lines.empty():
            removed.append(lines.get())
        assert any(line.startswith("removed") and f"site/{SLUG}" in line for line in removed)
    finally:
        process.send_signal(signal.SIGINT)
        try:
            assert process.wait(timeout=30) == 0
        finally:
            process.kill()
            process.stdout.close()
