"""Several articles (book/run.py): one name per article's outputs, each article's outcome
reported on its own, the worst exit status, the writers' steps after them all."""
from __future__ import annotations

import pytest

from book.build import Options
from book.errors import InputError
from book.run import output_names, run_all
from book.settings import Settings


def _article(folder, name: str, title: str):
    path = folder / name
    path.write_text(f"= {title} =\n\nText of {name}.\n", encoding="utf-8")
    return path


def test_titles_that_give_one_file_name_are_an_error_naming_both(tmp_path):
    a, b = _article(tmp_path, "a.txt", "Café Wars"), _article(tmp_path, "b.txt", "CAFE WARS")
    with pytest.raises(InputError) as clash:
        output_names([a, b], Options())
    assert str(clash.value).startswith(f"{b}: same output name 'cafe-wars' as {a}")
    assert output_names([a, _article(tmp_path, "c.txt", "Other")], Options()) == {}


def test_disambiguate_names_each_clashing_article_after_its_file(tmp_path):
    a, b = _article(tmp_path, "a.txt", "Café Wars"), _article(tmp_path, "b.txt", "CAFE WARS")
    assert output_names([a, b], Options(disambiguate=True)) == {a: "cafe-wars-a",
                                                                b: "cafe-wars-b"}


def test_each_article_is_reported_and_the_worst_status_returned(tmp_path, capsys):
    good = _article(tmp_path, "good.txt", "Good")
    bad = tmp_path / "bad.txt"
    bad.write_text("no title line\n", encoding="utf-8")
    options = Options(out_dir=tmp_path / "out", settings=Settings(to=("json",)))
    assert run_all([good, bad], options, lambda _m: None, jobs=1) == 2
    err = capsys.readouterr().err.splitlines()
    assert err == [f"book: error: {bad}:1: first line is not a title: expected '= Title =', "
                   "found 'no title line'"]
    assert (tmp_path / "out" / "good.data.json").is_file()
    assert run_all([good], options, lambda _m: None, jobs=1) == 0      # up to date
