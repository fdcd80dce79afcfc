"""Typed errors (book/errors.py): each carries its exit status and prints as one line."""
from __future__ import annotations

import os
import signal

import pytest

from book.errors import BookError, InputError, Interrupted, OutputError, StrictError, shown


@pytest.mark.parametrize("error, code", [(BookError, 1), (InputError, 2), (OutputError, 2),
                                         (StrictError, 3)])
def test_each_error_carries_its_exit_status(error, code):
    assert error("x").code == code and issubclass(error, BookError)


def test_an_error_starts_with_the_file_and_line_it_is_about():
    assert str(InputError("bad heading", "a.txt", 12)) == "a.txt:12: bad heading"
    assert str(OutputError("cannot write", "out/x.pdf")) == "out/x.pdf: cannot write"
    assert str(BookError("no file named")) == "no file named"
    assert str(InputError("empty", "a.txt", None)) == "a.txt: empty"


def test_an_interruption_names_its_signal():
    assert Interrupted(signal.SIGTERM).signum == signal.SIGTERM
    assert str(Interrupted(signal.SIGHUP)) == "SIGHUP"
    assert isinstance(Interrupted(), KeyboardInterrupt)


def test_a_path_is_shown_on_one_line_whatever_its_bytes():
    assert shown("dist/ili-rebellion.pdf") == "dist/ili-rebellion.pdf"
    assert shown("Ürümqi.txt") == "Ürümqi.txt"
    assert shown(os.fsdecode(b"caf\xe9.txt")) == "caf\\xe9.txt"
    assert shown("two\nlines\x1b[31m.txt") == "two\\x0alines\\x1b[31m.txt"
