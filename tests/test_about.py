"""How the about page files a person's name (book/render/about.py)."""
from __future__ import annotations

import pytest

from book.render.about import file_as


@pytest.mark.parametrize("name, sort", [
    ("Jane Doe", "Doe, Jane"), ("Jane Q. Doe", "Doe, Jane Q."), ("Doe, Jane", "Doe, Jane"),
    ("Wikipedia contributors", "Wikipedia contributors"), ("Homer", "Homer")])
def test_file_as(name, sort):
    assert file_as(name) == sort
