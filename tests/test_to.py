"""--to: only the outputs named are built, and the build stamp knows which were asked for."""
from __future__ import annotations

import zipfile

import pytest

from book.cli import main
from book.pipeline.schedule import writers
from book.settings import OUTPUTS, Settings, outputs

from .conftest import FORD


def files(out):
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                  if ".book-cache" not in p.parts and p.is_file())


@pytest.mark.parametrize("text, chosen", [
    ("epub", ("epub",)), ("site,pdf", ("pdf", "site")), ("JSON, epub", ("epub", "json")),
    ("pdf,epub,json,site", OUTPUTS), (["epub", "pdf"], ("pdf", "epub"))])
def test_outputs_are_read_in_one_order(text, chosen):
    assert outputs(text) == chosen


@pytest.mark.parametrize("text", ["mobi", "pdf,docx", "", ","])
def test_unknown_outputs_are_refused(text):
    with pytest.raises(ValueError, match="expected some of pdf, epub, json, site"):
        outputs(text)


def test_only_the_writers_asked_for_run_and_each_after_those_it_reads():
    assert [w.name for w in writers(Settings(to=("epub",)))] == ["epub"]
    assert [w.name for w in writers(Settings(to=("json",)))] == ["data"]
    assert [w.name for w in writers(Settings(to=("epub", "site")))] == ["epub", "site"]
    assert [w.name for w in writers(Settings(to=("site",)))] == ["site"]


@pytest.mark.slow    # four whole builds
def test_to_epub_writes_only_the_epub_and_the_stamp_knows(tmp_path, capsys):
    article = tmp_path / "ford.txt"
    article.write_text(FORD.format(title="Battle of the Ford"), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["build", "-q", "--to", "epub", "--out", str(out), str(article)]) == 0
    assert files(out) == ["battle-of-the-ford.epub"]
    names = zipfile.ZipFile(out / "battle-of-the-ford.epub").namelist()
    assert "EPUB/content.opf" in names
    assert main(["build", "--to", "epub", "--out", str(out), str(article)]) == 0
    assert "up to date" in capsys.readouterr().out
    # Other outputs asked for: built now (the EPUB alone did not make them).
    assert main(["build", "-q", "--to", "json", "--out", str(out), str(article)]) == 0
    assert files(out) == ["battle-of-the-ford.data.json", "battle-of-the-ford.epub"]
    assert main(["build", "--to", "epub,json", "--out", str(out), str(article)]) == 0
    assert "up to date" not in capsys.readouterr().out


def test_bad_to_and_nothing_left_are_errors(tmp_path, capsys):
    article = tmp_path / "ford.txt"
    article.write_text(FORD.format(title="Battle of the Ford"), encoding="utf-8")
    with pytest.raises(SystemExit) as exit_:
        main(["build", "--to", "pdf,mobi", str(article)])
    assert exit_.value.code == 2
    assert "--to: expected some of pdf, epub, json, site separated by commas, not 'mobi'" in \
        capsys.readouterr().err
    assert main(["build", "--to", "site", "--no-site", "--out", str(tmp_path), str(article)]) == 2
    assert "nothing left to write" in capsys.readouterr().err
    assert not (tmp_path / "battle-of-the-ford.epub").exists()
