"""The formats as the pipeline knows them (book/pipeline/writers.py): Job, Writer, WRITERS."""
from __future__ import annotations

import importlib

from book.pipeline.writers import WRITERS, Writer
from book.settings import OUTPUTS, Settings


def test_every_format_is_registered_once_and_loads():
    names = [w.name for w in WRITERS]
    assert len(names) == len(set(names))
    assert sorted(w.output or w.name for w in WRITERS) == sorted(OUTPUTS)
    for writer in WRITERS:
        module = writer.load()
        assert module is importlib.import_module(writer.module) and callable(module.write)
    assert [w.name for w in WRITERS if w.background] == ["pdf"]


def test_names_and_labels():
    pdf, data, epub, site = (next(w for w in WRITERS if w.name == n)
                             for n in ("pdf", "data", "epub", "site"))
    assert pdf.names("ford", Settings()) == ("ford.pdf",)
    assert pdf.names("ford", Settings(keep_html=True, cover_pdf=True)) == \
        ("ford.pdf", "ford.print.html", "ford.cover.pdf")
    assert data.label("ford", Settings()) == "ford.data.json"
    assert site.names("ford", Settings()) == () and site.label("ford", Settings()) == "site/ford/"


def test_the_settings_choose_the_writers():
    data = next(w for w in WRITERS if w.name == "data")
    assert data.enabled(Settings()) and data.enabled(Settings(to=("json",)))
    assert not data.enabled(Settings(to=("pdf",)))


def test_a_writer_without_complete_or_finish_has_nothing_to_do_there(tmp_path):
    data = Writer("data", "book.formats.data", ".data.json")
    assert data.complete(None) == []
    data.finish(tmp_path, Settings())           # no finish step: nothing happens
    assert list(tmp_path.iterdir()) == []
