"""Staged folder trees (book/pipeline/folders.py): swapped into place whole, or dropped."""
from __future__ import annotations

import os

from book.pipeline.folders import Folders, replace_file, sweep
from book.pipeline.output import STAGE_PREFIX


def test_a_committed_tree_replaces_the_old_one_whole(tmp_path):
    (tmp_path / "site" / "a").mkdir(parents=True)
    (tmp_path / "site" / "a" / "old.html").write_text("old")
    folders = Folders(tmp_path)
    staged = folders.path("site", "a")
    assert staged.parent == tmp_path and staged.name.startswith(STAGE_PREFIX)
    assert os.stat(staged).st_mode & 0o777 == 0o700                 # private while staged
    (staged / "new.html").write_text("new")
    assert folders.commit() == [tmp_path / "site" / "a"]
    assert sorted(p.name for p in (tmp_path / "site" / "a").iterdir()) == ["new.html"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(STAGE_PREFIX)]


def test_a_discarded_tree_leaves_the_old_one(tmp_path):
    (tmp_path / "site" / "a").mkdir(parents=True)
    folders = Folders(tmp_path)
    (folders.path("site", "a") / "new.html").write_text("new")
    folders.discard()
    assert list((tmp_path / "site" / "a").iterdir()) == []
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(STAGE_PREFIX)]


def test_a_planted_symlink_is_replaced_not_followed(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    out = tmp_path / "out"
    (out / "site").mkdir(parents=True)
    (out / "site" / "a").symlink_to(elsewhere)
    folders = Folders(out)
    (folders.path("site", "a") / "x.html").write_text("x")
    folders.commit()
    assert not (out / "site" / "a").is_symlink() and list(elsewhere.iterdir()) == []


def test_sweep_removes_only_what_dead_builds_staged(tmp_path):
    dead, mine = tmp_path / f"{STAGE_PREFIX}999999999-site-x", \
        tmp_path / f"{STAGE_PREFIX}{os.getpid()}-site-y"
    dead.mkdir()
    mine.mkdir()
    (tmp_path / "keep").mkdir()
    sweep(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(["keep", mine.name])


def test_replace_file_writes_a_whole_new_file(tmp_path):
    target = tmp_path / "index.html"
    target.write_text("old")
    replace_file(target, "new")
    assert target.read_text() == "new" and [p.name for p in tmp_path.iterdir()] == ["index.html"]


def test_a_folder_is_swapped_whole_or_not_at_all(tmp_path):
    old = tmp_path / "site" / "book"
    old.mkdir(parents=True)
    (old / "index.html").write_text("old")
    (old / "gone.html").write_text("old")
    folders = Folders(tmp_path)
    staged = folders.path("site", "book")
    (staged / "index.html").write_text("new")
    folders.discard()
    assert sorted(p.name for p in old.iterdir()) == ["gone.html", "index.html"]
    assert not list(tmp_path.glob(".book-partial-*"))
    folders = Folders(tmp_path)
    staged = folders.path("site", "book")
    (staged / "index.html").write_text("new")
    (staged / "sub").mkdir()
    assert folders.commit() == [old]
    assert sorted(p.name for p in old.iterdir()) == ["index.html", "sub"]
    assert (old / "index.html").read_text() == "new" and old.stat().st_mode & 0o755 == 0o755
    assert not list(tmp_path.glob(".book-partial-*"))
