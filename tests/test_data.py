"""The JSON export (book/formats/data.py): the model as plain data, stable and readable."""
from __future__ import annotations

import json
from pathlib import Path

from book.formats import data
from book.pipeline.writers import Job
from book.settings import Settings


def test_the_export_is_the_model_as_plain_data(small_book):
    exported = data.to_dict(small_book)
    assert exported["schema"] == data.SCHEMA
    assert (exported["title"], exported["slug"]) == ("The Battle of the Ford",
                                                     "the-battle-of-the-ford")
    assert [c["title"] for c in exported["chapters"]] == [c.title for c in small_book.chapters]
    assert [s["title"] for s in exported["sections"]] == ["Battle", "Aftermath"]
    assert exported["sections"][0]["subsections"][0]["title"] == "Crossing"
    assert exported["lead"][0]["text"].startswith("The Battle of the Ford")
    for appendix in ("glossary", "chronology", "biographies", "index"):
        assert len(exported[appendix]) == len(getattr(small_book, appendix))


def test_dumps_is_readable_json_in_the_models_order(small_book):
    text = data.dumps(small_book)
    assert text.endswith("\n") and "Фордская битва" in text         # not \\u escapes
    assert list(json.loads(text)) == list(data.to_dict(small_book))
    assert data.dumps(small_book) == text


def test_the_writer_writes_the_dump_and_warns_of_nothing(small_book, tmp_path: Path):
    target = tmp_path / "x.data.json"
    job = Job(small_book, None, Settings(), (target,), tmp_path, tmp_path)
    assert data.write(job) == []
    assert target.read_text("utf-8") == data.dumps(small_book)
