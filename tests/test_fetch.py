"""The URL fetcher WeasyPrint reads through (book/print/fetch.py): local files under the
allowed folders and data: URLs, nothing else."""
from __future__ import annotations

from pathlib import Path

import pytest

from book.print.fetch import make_fetcher


def test_files_under_the_roots_and_data_urls_are_served(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.css").write_text("p { color: red }")
    fetcher = make_fetcher([tmp_path])
    assert fetcher.fetch((tmp_path / "sub" / "a.css").as_uri()).url
    assert fetcher.fetch("data:text/css,p%7B%7D").url


@pytest.mark.parametrize("url", ["http://example.com/a.css", "https://example.com/a.css",
                                 "ftp://example.com/a.css", "file:///etc/passwd"])
def test_the_network_and_other_files_are_refused(tmp_path, url):
    with pytest.raises(ValueError, match="refused"):
        make_fetcher([tmp_path]).fetch(url)


def test_a_path_that_climbs_out_or_a_symlink_out_is_refused(tmp_path):
    root = tmp_path / "root"
    root.mkdir()
    (tmp_path / "secret.css").write_text("p{}")
    (root / "link.css").symlink_to(tmp_path / "secret.css")
    fetcher = make_fetcher([root])
    for path in (root / ".." / "secret.css", root / "link.css"):
        with pytest.raises(ValueError, match="outside the allowed folders"):
            fetcher.fetch(Path(path).as_uri())
