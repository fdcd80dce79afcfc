"""Bounded input (book/read/limits.py): the pre-scan refuses what no real article reaches, naming
the line, before the parser sees the text; the file is read with a size cap."""
from __future__ import annotations

import os

import pytest

from book.errors import InputError
from book.read.limits import LIMITS, Limits, check, read_source

SMALL = Limits(max_bytes=100, max_sections=2, max_line=40, max_infobox=4)


def test_text_within_the_limits_passes():
    check("= T =\n- A: 1\n- B: 2, 3\n\n== One ==\nText.\n== Two ==\n", "a.txt", SMALL)


@pytest.mark.parametrize("text, line, message", [
    ("= T =\n\n" + "x" * 41 + "\n", 3, "line has 41 characters, more than the 40"),
    ("= T =\n== A ==\n=== B ===\n==== C ====\n", 4, "more than 2 sections"),
    ("= T =\n- A: 1, 2\n- B: 3\n- C: 4, 5\n", 4, "infobox has more than 4 entries"),
    # the infobox is found as the parser finds it: under a header line too
    ("= T =\nInfobox military conflict\n- A: 1, 2, 3\n- B: 4, 5\n", 4,
     "infobox has more than 4 entries"),
    ("= T =\nA caption\n- A: 1, 2, 3, 4, 5\n", 3, "infobox has more than 4 entries"),
])
def test_each_limit_names_the_line_where_it_is_reached(text, line, message):
    with pytest.raises(InputError) as refused:
        check(text, "a.txt", SMALL)
    assert str(refused.value).startswith(f"a.txt:{line}: {message}")


def test_list_items_in_the_text_are_not_infobox_entries():
    check("= T =\n\nA paragraph first.\n- one, two, three\n- four, five\n", "a.txt", SMALL)


def test_read_source_reads_a_file_within_the_cap(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"= T =\n" + b"x" * 50)
    assert read_source(tmp_path / "a.txt", 100, "a.txt") == b"= T =\n" + b"x" * 50
    with pytest.raises(InputError, match="larger than 10 bytes"):
        read_source(tmp_path / "a.txt", 10, "a.txt")


def test_read_source_refuses_what_is_not_a_regular_file(tmp_path):
    os.mkfifo(tmp_path / "fifo")
    with pytest.raises(InputError, match="named pipe"):
        read_source(tmp_path / "fifo", 100, "fifo")
    with pytest.raises(InputError, match="is a directory"):
        read_source(tmp_path, 100, "dir")
    with pytest.raises(InputError, match="no such article file"):
        read_source(tmp_path / "missing.txt", 100, "missing.txt")


def test_the_defaults_are_far_above_a_real_article():
    assert LIMITS.max_bytes >= 3_000_000 and LIMITS.max_sections >= 2_000
