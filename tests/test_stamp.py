"""The verified no-op check (book/pipeline/stamp.py): up to date only when the article file,
the inputs and every output are exactly what the recorded build had."""
from __future__ import annotations

import hashlib

from book.pipeline import stamp


def _built(tmp_path):
    out, cache, source = tmp_path / "out", tmp_path / "out" / ".cache", tmp_path / "a.txt"
    cache.mkdir(parents=True)
    source.write_text("= A =\n")
    (out / "a.pdf").write_bytes(b"%PDF-1.7 pages")
    (out / "site" / "a").mkdir(parents=True)
    (out / "site" / "a" / "index.html").write_text("<p>")
    outputs = {"a.pdf": stamp.file_digest(out / "a.pdf"),
               stamp.folder_key(out, out / "site" / "a"): stamp.tree_digest(out / "site" / "a")}
    stamp.save(cache, "a", source, "inputs-1", outputs)
    return out, cache, source


def test_up_to_date_after_a_recorded_build(tmp_path):
    out, cache, source = _built(tmp_path)
    assert stamp.up_to_date(cache, out, "a", source, "inputs-1")


def test_other_inputs_another_file_or_a_changed_output_mean_rebuild(tmp_path):
    out, cache, source = _built(tmp_path)
    assert not stamp.up_to_date(cache, out, "a", source, "inputs-2")
    assert not stamp.up_to_date(cache, out, "a", tmp_path / "b.txt", "inputs-1")
    assert not stamp.up_to_date(cache, out, "b", source, "inputs-1")
    (out / "site" / "a" / "index.html").write_text("<p>edited")
    assert not stamp.up_to_date(cache, out, "a", source, "inputs-1")


def test_a_truncated_output_means_rebuild(tmp_path):
    out, cache, source = _built(tmp_path)
    (out / "a.pdf").write_bytes(b"%PDF")
    assert not stamp.up_to_date(cache, out, "a", source, "inputs-1")


def test_an_unreadable_stamp_or_one_naming_a_path_outside_means_rebuild(tmp_path):
    out, cache, source = _built(tmp_path)
    stamp.stamp_path(cache, "a").write_text("{not json")
    assert not stamp.up_to_date(cache, out, "a", source, "inputs-1")
    stamp.save(cache, "a", source, "inputs-1", {"../a.pdf": (1, "x")})
    assert not stamp.up_to_date(cache, out, "a", source, "inputs-1")


def test_an_output_that_could_not_be_read_back_leaves_no_stamp(tmp_path):
    cache, source = tmp_path, tmp_path / "a.txt"
    stamp.save(cache, "a", source, "i", {"a.pdf": None})
    assert not stamp.stamp_path(cache, "a").exists()


def test_digests(tmp_path):
    (tmp_path / "f").write_bytes(b"abc")
    assert stamp.file_digest(tmp_path / "f") == (3, hashlib.sha256(b"abc").hexdigest())
    assert stamp.file_digest(tmp_path / "missing") is None
    (tmp_path / "link").symlink_to(tmp_path / "f")
    assert stamp.file_digest(tmp_path / "link") is None                  # never followed
    assert stamp.tree_digest(tmp_path / "f") is None
