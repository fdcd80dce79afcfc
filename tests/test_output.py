"""Outputs and caches under attack or fault: planted symlinks, corrupt caches, a full disk,
concurrent builds (issue 16, items 1, 3, 6 and 8)."""
from __future__ import annotations

import fcntl
import hashlib
import io
import json
import multiprocessing
import os
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

# Every test here builds real books: part of `make test`, not of the quick loop.
pytestmark = pytest.mark.slow

from book.cli import main

from .conftest import FIXTURES, ROOT

MASADA = FIXTURES / "masada.txt"          # small, with Hebrew text: one embedded font
SLUG = "siege-of-masada"
OUTPUTS = [f"{SLUG}.pdf", f"{SLUG}.epub", f"{SLUG}.data.json"]


@pytest.fixture(autouse=True)
def _reproducible(monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")   # fonts carry a time stamp otherwise


def build(out: Path, *args: str) -> int:
    return main(["build", "-q", "-j", "1", "--out", str(out), *args])


def leftovers(out: Path) -> list[str]:
    """Staging files and folders, and temporary cache files, that a build left behind."""
    found = [p.name for p in out.iterdir() if p.name.startswith(".book-partial")]
    cache = out / ".book-cache"
    if cache.is_dir():
        found += [str(p) for p in cache.rglob("*") if p.name.endswith(".tmp") or ".tmp" in p.name]
    return found


def old_stamp_name(source: Path) -> str:
    """The stamp name the build used before issue 16 (keyed on the article path only)."""
    return hashlib.sha256(str(source.resolve()).encode()).hexdigest()[:16] + ".stamp"


# 1. Writes outside --out through planted symlinks ---------------------------------------------

def test_planted_staging_symlinks_are_not_followed(tmp_path):
    """Someone who can write to the output folder plants `.book-partial-<pid>-<name>` symlinks
    for the next pids; the build must neither write through them nor end up with symlinks."""
    out, victims = tmp_path / "out", tmp_path / "victims"
    out.mkdir()
    victims.mkdir()
    pid = os.getpid()
    names = [*OUTPUTS, f"{SLUG}.epub.zip"]
    for p in range(max(1, pid - 3), pid + 400):
        for name in names:
            os.symlink(victims / f"{p}-{name}", out / f".book-partial-{p}-{name}")
    (victims / "precious").write_text("keep me")
    os.symlink(victims / "precious", out / f".book-partial-{pid}-{SLUG}.data.json.tmp")
    assert build(out, str(MASADA)) == 0
    assert sorted(p.name for p in victims.iterdir()) == ["precious"]
    assert (victims / "precious").read_text() == "keep me"
    for name in OUTPUTS:
        assert not (out / name).is_symlink() and (out / name).is_file()


def test_planted_stamp_symlink_is_not_followed(tmp_path):
    out, victim = tmp_path / "out", tmp_path / "victim.txt"
    (out / ".book-cache").mkdir(parents=True)
    victim.write_text("keep me")
    for name in (f"{SLUG}.stamp", old_stamp_name(MASADA)):
        os.symlink(victim, out / ".book-cache" / name)
    assert build(out, str(MASADA)) == 0
    assert victim.read_text() == "keep me"
    stamps = [p for p in (out / ".book-cache").glob("*.stamp") if not p.is_symlink()]
    assert stamps, "the stamp was written through the symlink instead of replacing it"


@pytest.mark.parametrize("planted", [".book-cache", ".book-cache/fonts", "site"])
def test_planted_cache_folder_symlink_is_refused(tmp_path, capsys, planted):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / planted).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(elsewhere, out / planted)
    assert build(out, str(MASADA)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{out / planted}: is a symbolic link" in err
    assert list(elsewhere.iterdir()) == []
    assert leftovers(out) == []


def test_outputs_keep_the_usual_file_mode(tmp_path):
    """Temporary files are made 0600; the outputs they become are not."""
    out = tmp_path / "out"
    assert build(out, str(MASADA)) == 0
    mask = os.umask(0)
    os.umask(mask)
    for name in OUTPUTS:
        assert (out / name).stat().st_mode & 0o777 == 0o666 & ~mask


# 3. The cache is verified, not trusted ---------------------------------------------------------

def _epub_fonts(epub: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(epub) as z:
        return {n: z.read(n) for n in z.namelist() if n.endswith((".ttf", ".otf"))}


@pytest.mark.parametrize("damage", ["truncate", "random"])
@pytest.mark.parametrize("force", [True, False])
def test_corrupt_font_cache_is_rebuilt(tmp_path, damage, force):
    """--force makes the cache again; without it, an entry that fails its check is made again."""
    from fontTools.ttLib import TTFont

    out, source = tmp_path / "out", tmp_path / "masada.txt"
    source.write_text(MASADA.read_text(encoding="utf-8"), encoding="utf-8")
    assert build(out, str(source)) == 0
    good = _epub_fonts(out / f"{SLUG}.epub")
    assert good
    entries = list((out / ".book-cache" / "fonts").glob("*.font"))
    assert entries
    for entry in entries:
        data = entry.read_bytes()
        entry.write_bytes(data[:len(data) // 3] if damage == "truncate" else os.urandom(len(data)))
    if not force:                         # a changed article: rebuilt, the cache is consulted
        source.write_text(source.read_text(encoding="utf-8") + "\nOne more line.\n",
                          encoding="utf-8")
    assert build(out, *(["--force"] if force else []), str(source)) == 0
    assert _epub_fonts(out / f"{SLUG}.epub") == good
    for data in _epub_fonts(out / f"{SLUG}.epub").values():
        TTFont(io.BytesIO(data))            # a real font, not the damaged bytes


def test_force_rebuilds_the_font_cache(tmp_path):
    out = tmp_path / "out"
    assert build(out, str(MASADA)) == 0
    entry = next((out / ".book-cache" / "fonts").glob("*.font"))
    entry.write_bytes(b"planted")
    assert build(out, "--force", str(MASADA)) == 0
    assert entry.read_bytes() != b"planted"
    from book.pipeline.fonts import cache_get
    assert cache_get(entry) is not None


def test_damaged_font_cache_entry_is_noted_under_verbose(tmp_path, capsys):
    from book.pipeline.fonts import cache_get, cache_put
    entry = tmp_path / "fonts" / "x.font"
    cache_put(entry, b"font bytes")
    assert cache_get(entry) == b"font bytes"
    entry.write_bytes(entry.read_bytes()[:-1])
    import logging
    logger = logging.getLogger("book")
    records: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda r: records.append(r.getMessage())
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    try:
        assert cache_get(entry) is None
    finally:
        logger.removeHandler(handler)
        logger.setLevel(logging.NOTSET)
    assert len(records) == 1 and "x.font" in records[0]


def test_truncated_output_is_rebuilt_not_up_to_date(tmp_path, capsys):
    out = tmp_path / "out"
    assert build(out, str(MASADA)) == 0
    good = (out / f"{SLUG}.pdf").read_bytes()
    (out / f"{SLUG}.pdf").write_bytes(good[:1000])
    capsys.readouterr()
    assert main(["build", "-j", "1", "--out", str(out), str(MASADA)]) == 0
    assert "up to date" not in capsys.readouterr().out
    assert (out / f"{SLUG}.pdf").read_bytes() == good
    assert main(["build", "-j", "1", "--out", str(out), str(MASADA)]) == 0
    assert "up to date" in capsys.readouterr().out      # and now it is
    (out / f"{SLUG}.epub").write_bytes(b"")
    assert main(["build", "-v", "-j", "1", "--out", str(out), str(MASADA)]) == 0
    note = f"book: note: {out / SLUG}.epub: changed since it was built; rebuilding\n"
    assert capsys.readouterr().err == note


def test_changed_web_edition_is_rebuilt_not_up_to_date(tmp_path, capsys):
    out = tmp_path / "out"
    assert build(out, str(MASADA)) == 0
    page = next(p for p in (out / "site" / SLUG).rglob("*.html"))
    good = page.read_bytes()
    page.write_bytes(b"<p>defaced</p>")
    capsys.readouterr()
    assert main(["build", "-v", "-j", "1", "--out", str(out), str(MASADA)]) == 0
    captured = capsys.readouterr()
    assert "up to date" not in captured.out and page.read_bytes() == good
    assert f"book: note: {out / 'site' / SLUG}: changed since it was built" in captured.err


@pytest.mark.parametrize("garbage", [os.urandom(300), b"\xff\xfe\x00", b"", b"{}", b"[1, 2]",
                                     b'{"version": 2, "outputs": {"x": [1]}}'])
def test_corrupt_stamp_means_rebuild(tmp_path, capsys, garbage):
    out = tmp_path / "out"
    assert build(out, str(MASADA)) == 0
    for verbose in ([], ["-v"]):
        for stamp in (out / ".book-cache").glob("*.stamp"):
            stamp.write_bytes(garbage)
        capsys.readouterr()
        assert main(["build", *verbose, "-j", "1", "--out", str(out), str(MASADA)]) == 0
        captured = capsys.readouterr()
        assert "up to date" not in captured.out and "wrote" in captured.out
        assert "internal error" not in captured.err
    assert "build stamp unreadable; rebuilding" in captured.err


# 6. A full disk --------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path):
    """Mount a small tmpfs (needs root or CAP_SYS_ADMIN); skip cleanly where that is refused."""
    mounted: list[Path] = []

    def make(size: str) -> Path:
        where = tmp_path / f"disk-{size}"
        where.mkdir()
        try:
            proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                                   str(where)], capture_output=True, timeout=20)
        except (OSError, subprocess.SubprocessError) as exc:
            pytest.skip(f"cannot mount a tmpfs here: {exc}")
        if proc.returncode != 0:
            pytest.skip(f"cannot mount a tmpfs here: {proc.stderr.decode().strip()}")
        mounted.append(where)
        return where

    yield make
    for where in mounted:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


@pytest.mark.slow
@pytest.mark.parametrize("size", ["24k", "80k", "130k"])     # fails in the EPUB, or the PDF
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_full_disk_is_one_line_exit_2_no_leftovers(small_disk, size, jobs):
    disk = small_disk(size)
    out = disk / "out"
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    env.pop("BOOK_DEBUG", None)
    proc = subprocess.run([sys.executable, "-m", "book", "build", "-q", "-j", jobs, "--out",
                           str(out), str(MASADA), str(FIXTURES / "gaugamela.txt")],
                          capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    lines = proc.stderr.splitlines()
    assert proc.returncode == 2, proc.stderr
    errors = [ln for ln in lines if ln.startswith("book: error:")]
    assert errors, proc.stderr
    assert all(ln in errors or ln.startswith("book: warning: ") for ln in lines), proc.stderr
    for line in errors:
        assert line.startswith(f"book: error: {out}/")
        assert "no space left on device while writing" in line
    assert leftovers(out) == []


# 8. Concurrent builds into one --out -------------------------------------------------------------

def _subset_race(cache: str, barrier, results) -> None:
    from book.pipeline.fonts import locate, subset
    path, index = locate("Noto Serif Hebrew")
    try:
        for _ in range(15):
            barrier.wait(timeout=60)
            for entry in Path(cache).glob("*"):
                try:
                    entry.unlink()
                except OSError:
                    pass
            barrier.wait(timeout=60)
            subset(path, index, "מצדה קנאים", Path(cache))
        results.put("ok")
    except Exception as exc:  # noqa: BLE001 - reported to the test
        barrier.abort()                   # the others stop waiting for this one
        results.put(f"{type(exc).__name__}: {exc}")


def test_font_cache_has_no_shared_temporary_name(tmp_path):
    """Several builds making the same font cache entry at once (the race once in 30 rounds)."""
    from book.pipeline.fonts import locate
    if not locate("Noto Serif Hebrew"):
        pytest.skip("Noto Serif Hebrew is not installed")
    ctx = multiprocessing.get_context("fork")
    barrier, results = ctx.Barrier(6), ctx.Queue()
    procs = [ctx.Process(target=_subset_race, args=(str(tmp_path), barrier, results))
             for _ in range(6)]
    for p in procs:
        p.start()
    try:
        outcomes = [results.get(timeout=300) for _ in procs]
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
    assert outcomes == ["ok"] * 6
    assert [p.name for p in tmp_path.iterdir() if not p.name.endswith(".font")] == []


def _popen_build(out: Path, *args: str) -> subprocess.Popen:
    env = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    return subprocess.Popen([sys.executable, "-m", "book", "build", "-q", "--out", str(out), *args],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.slow
def test_outputs_are_renamed_under_a_lock_on_the_output_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    fd = os.open(out, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        proc = _popen_build(out, "-j", "1", str(MASADA))
        deadline = time.monotonic() + 120
        staged = []
        while time.monotonic() < deadline and proc.poll() is None:
            staged = [p for p in out.rglob(f"*{SLUG}.pdf") if p.stat().st_size > 0]
            if staged:
                break
            time.sleep(0.1)
        time.sleep(3)                     # long enough to finish the EPUB and JSON and rename
        renamed = any((out / name).exists() for name in OUTPUTS)
        running = proc.poll() is None
    finally:
        os.close(fd)
    _, err = proc.communicate(timeout=120)
    assert not renamed, "outputs were renamed into place while another process held the lock"
    assert running and proc.returncode == 0, err
    assert all((out / name).is_file() for name in OUTPUTS)


@pytest.mark.slow
def test_simultaneous_builds_into_one_folder(tmp_path):
    out = tmp_path / "out"
    articles = [str(MASADA), str(FIXTURES / "gaugamela.txt")]
    for _ in range(3):
        procs = [_popen_build(out, "--force", "-j", "2", *articles) for _ in range(2)]
        for proc in procs:
            _, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err
        assert leftovers(out) == []
        data = json.loads((out / f"{SLUG}.data.json").read_text())
        assert data["title"] == "Siege of Masada"
