"""The imports of book/, read from the source (nothing is imported): no module imports itself
through others (a cycle), the packages keep their layers, and a function-local import is a
measured lazy import that says so."""
from __future__ import annotations

import ast
import functools
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent / "book"

# Package -> the packages and modules it must never import (any import: top-level, in a
# function or under TYPE_CHECKING). The print engine knows nothing of the formats or of how a
# build is run; the pipeline names the formats' modules (WRITERS) but never imports them.
# The Book is the only contract after the enrichers: the rendering and the formats read the
# model, never the reader or the enrichers (issue 24).
NEVER: dict[str, tuple[str, ...]] = {
    "book.print": ("book.formats", "book.pipeline", "book.build", "book.run", "book.cli",
                   "book.enrich", "book.read"),
    "book.pipeline": ("book.formats", "book.build", "book.run", "book.cli", "book.enrich"),
    "book.formats": ("book.build", "book.run", "book.cli", "book.watch", "book.serve",
                     "book.enrich", "book.read"),
    "book.render": ("book.print", "book.formats", "book.pipeline", "book.build", "book.run",
                    "book.enrich", "book.read"),
    "book.read": ("book.enrich", "book.render", "book.print", "book.formats", "book.pipeline"),
    "book.model": ("book.read", "book.enrich", "book.render", "book.print", "book.formats",
                   "book.pipeline"),
}

# A function-local import is allowed only as a measured lazy import, with a comment saying so:
# `# lazy: <why>` on the import's line, or on the line above a block of imports.
LAZY = "# lazy:"
# book/enrich/ and book/explain.py are the extraction developer's (TEAM.md): their function-local
# imports (collation's optional icu, scripts' langcodes, dates' datetime, rules' importlib,
# explain's) are theirs to keep or move.
LAZY_EXEMPT = ("book/enrich/", "book/explain.py")


def _explained(lines: list[str], lineno: int) -> bool:
    """The import at `lineno` (1-based) has a lazy comment: on its line, or above its block."""
    if LAZY in lines[lineno - 1]:
        return True
    above = lineno - 2
    while above >= 0 and lines[above].strip().startswith(("from ", "import ")):
        above -= 1
    while above >= 0 and lines[above].strip().startswith("#"):    # the comment may run on
        if lines[above].strip().startswith(LAZY):
            return True
        above -= 1
    return False


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(ROOT.rglob("*.py")):
        parts = path.relative_to(ROOT.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


MODULES = _modules()


def _statements(node: ast.AST, local: bool = False):
    """Every import statement under `node`, and whether it is inside a function."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, (ast.Import, ast.ImportFrom)):
            yield child, local
        elif isinstance(child, ast.stmt):       # expressions hold no import statement
            yield from _statements(child, local or isinstance(
                child, (ast.FunctionDef, ast.AsyncFunctionDef)))


@functools.lru_cache(maxsize=None)
def _imports(name: str, path: Path) -> list[tuple[str, ast.stmt, bool]]:
    """(imported module of book/, the statement, whether it is inside a function)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node, local in _statements(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            base = importlib.util.resolve_name("." * node.level + (node.module or ""), package) \
                if node.level else node.module or ""
            targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base
                       for a in node.names]
        for target in targets:
            while target not in MODULES and "." in target:
                target = target.rpartition(".")[0]
            out.append((target, node, local))
    return out


@functools.lru_cache(maxsize=1)
def graph() -> dict[str, set[str]]:
    """Module -> the modules of book/ it imports."""
    return {name: {t for t, _n, _l in _imports(name, path) if t in MODULES and t != name}
            for name, path in MODULES.items()}


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Each cycle found by a depth-first walk, as the path that closes it."""
    found, state = [], {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = "open"
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == "open":
                found.append(path[path.index(nxt):] + [node, nxt] if nxt in path else [node, nxt])
            elif nxt not in state:
                visit(nxt, [*path, node])
        state[node] = "done"

    for node in sorted(edges):
        if node not in state:
            visit(node, [])
    return found


# Cycles that exist on main in another developer's area, each with whose it is. Not an xfail:
# any other cycle fails, and an entry here that no longer closes a cycle fails too.
KNOWN_CYCLES: dict[frozenset[str], str] = {
}


def test_no_module_of_book_imports_itself_through_others():
    found = [frozenset(c) for c in cycles(graph())]
    assert [sorted(c) for c in found if c not in KNOWN_CYCLES] == []
    assert [sorted(c) for c in KNOWN_CYCLES if c not in found] == []


def test_the_cycle_finder_finds_a_cycle_and_names_its_path():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


@pytest.mark.parametrize("package", sorted(NEVER))
def test_packages_keep_their_layers(package):
    wrong = sorted(f"{name} imports {target}" for name, targets in graph().items()
                   if _within(name, package) for target in targets
                   if any(_within(target, banned) for banned in NEVER[package]))
    assert wrong == []


def test_function_local_imports_are_lazy_imports_that_say_why():
    unexplained = []
    for name, path in MODULES.items():
        if str(path.relative_to(ROOT.parent)).startswith(LAZY_EXEMPT):
            continue
        lines = path.read_text("utf-8").splitlines()
        for _target, node, local in _imports(name, path):
            if local and not _explained(lines, node.lineno):
                unexplained.append(f"{path.relative_to(ROOT.parent)}:{node.lineno}")
    assert sorted(set(unexplained)) == []
