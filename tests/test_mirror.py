"""The tests mirror the package: each module of book/ has a test file of its own, named after it
(tests/test_<module>.py), besides the tests that cross modules (test_golden, test_fuzz, …)."""
from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
BOOK = TESTS.parent / "book"

# Modules with nothing of their own to test: a package's docstring, `python -m book`, and the
# paths of the package's data (every test reads them). book/enrich/ (the extraction
# developer's, issues 24-27) and the lexicon and `book explain` that go with it are left to
# them (TEAM.md).
NOT_MIRRORED = {"__init__", "__main__", "paths"}
OTHERS = ("enrich/", "lexicon", "explain")
# A module whose tests live with another's, named here: `book init` writes a book.toml, and is
# tested with the reading of book.toml.
ELSEWHERE = {"init": "test_config.py"}


def test_each_module_of_book_has_its_test_file():
    modules = [p for p in BOOK.rglob("*.py")
               if p.stem not in NOT_MIRRORED
               and not str(p.relative_to(BOOK)).startswith(OTHERS)]
    assert len(modules) > 40
    missing = sorted(str(p.relative_to(BOOK.parent)) for p in modules
                     if not (TESTS / ELSEWHERE.get(p.stem, f"test_{p.stem}.py")).is_file())
    assert missing == []


def test_two_modules_never_share_a_test_file_name():
    stems = [p.stem for p in BOOK.rglob("*.py") if p.stem not in NOT_MIRRORED
             and not str(p.relative_to(BOOK)).startswith(OTHERS)]
    assert sorted({s for s in stems if stems.count(s) > 1}) == []
