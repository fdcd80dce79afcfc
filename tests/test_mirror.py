"""The tests mirror the package: each module of book/ has a test file of its own, named after it
(tests/test_<module>.py), besides the tests that cross modules (test_golden, test_fuzz, …).

book/enrich/ is mirrored as a tree, because its packages repeat module names (names.py, rules.py,
infobox.py, mentions.py): book/enrich/index/filing.py is tested by
tests/enrich/index/test_filing.py, book/enrich/about.py by tests/enrich/test_about.py, and a
package's __init__.py (its enricher, `enrich(book)`) by the package's own file,
tests/enrich/index/test_index.py: the tests of the whole enricher (fixtures, the seed)."""
from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent
BOOK = TESTS.parent / "book"
TREE = "enrich"          # the package mirrored as a tree of test folders

# Modules with nothing of their own to test: a package's docstring, `python -m book`, and the
# paths of the package's data (every test reads them). A package of book/enrich/ has its
# enricher in its __init__.py: that one is mirrored.
NOT_MIRRORED = {"__init__", "__main__", "paths"}
# A module whose tests live with another's, named here: `book init` writes a book.toml, and is
# tested with the reading of book.toml.
ELSEWHERE = {"init": "test_config.py"}


def mirrored(path: Path) -> bool:
    rel = path.relative_to(BOOK)
    if rel.parts[0] == TREE and path.stem == "__init__":
        return len(rel.parts) > 2                     # an enricher package's, not enrich's own
    return path.stem not in NOT_MIRRORED


def mirror_of(path: Path) -> Path:
    """The test file of a module of book/."""
    rel = path.relative_to(BOOK)
    if rel.parts[0] == TREE:
        folder = TESTS.joinpath(*rel.parts[:-1])
        stem = rel.parts[-2] if path.stem == "__init__" else path.stem
        return folder / f"test_{stem}.py"
    return TESTS / ELSEWHERE.get(path.stem, f"test_{path.stem}.py")


MODULES = sorted(p for p in BOOK.rglob("*.py") if mirrored(p))


def test_each_module_of_book_has_its_test_file():
    assert len(MODULES) > 80 and BOOK / "enrich" / "index" / "filing.py" in MODULES
    assert BOOK / "enrich" / "chronology" / "__init__.py" in MODULES
    assert BOOK / "lexicon.py" in MODULES and BOOK / "explain.py" in MODULES
    missing = sorted(str(p.relative_to(BOOK.parent)) for p in MODULES if not mirror_of(p).is_file())
    assert missing == []


def test_two_modules_never_share_a_test_file():
    files = [mirror_of(p) for p in MODULES if p.stem not in ELSEWHERE]
    assert sorted({str(f) for f in files if files.count(f) > 1}) == []


def test_the_tree_of_tests_is_the_tree_of_the_package():
    """Every folder of tests/enrich/ is a package (__init__.py: pytest imports two test files of
    one name in two folders as two modules), and every test file there is named after a module
    of book/enrich/ in the same place (no stray or misplaced file)."""
    folders = [TESTS / TREE, *(p for p in (TESTS / TREE).rglob("*") if p.is_dir()
                               and p.name != "__pycache__")]
    assert [f for f in folders if not (f / "__init__.py").is_file()] == []
    wanted = {mirror_of(p) for p in BOOK.joinpath(TREE).rglob("*.py") if mirrored(p)}
    stray = sorted(str(p.relative_to(TESTS)) for p in (TESTS / TREE).rglob("test_*.py")
                   if p not in wanted)
    assert stray == []
