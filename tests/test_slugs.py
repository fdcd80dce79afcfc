"""Safe names for files and anchors (book/slugs.py)."""
from __future__ import annotations

import pytest

from book.slugs import slugify, unique_id


@pytest.mark.parametrize("text, slug", [("Ili Rebellion", "ili-rebellion"),
                                        ("Café Wars", "cafe-wars"), ("太平天國", "tai-ping-tian-guo"),
                                        ("!!!", "book"), ("CON", "book-con"),
                                        ("../../etc/passwd", "etc-passwd")])
def test_slugify_gives_a_safe_file_name(text, slug):
    assert slugify(text) == slug


def test_unique_id_counts_uses():
    taken: dict[str, int] = {}
    assert [unique_id("s", taken) for _ in range(3)] == ["s", "s-2", "s-3"]
    taken = {"s-2": 1}
    assert [unique_id("s", taken) for _ in range(2)] == ["s", "s-3"]
