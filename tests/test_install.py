"""Installed like a Python tool: the wheel, installed with pip into a fresh virtualenv (no
checkout on the path), builds the seed with the styles and templates it carries."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from .conftest import ROOT, SEED

# What a wheel is built from (a copy: the build leaves nothing in the checkout).
pytestmark = pytest.mark.slow                  # a wheel build and a pip install: minutes
SOURCES = ("pyproject.toml", "setup.py", "README.md", "LICENSE", "book", "styles")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    src, out = tmp_path_factory.mktemp("src"), tmp_path_factory.mktemp("wheels")
    for name in SOURCES:
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, src / name, **({"ignore": shutil.ignore_patterns("__pycache__")}
                                         if (ROOT / name).is_dir() else {}))
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                    str(src)], check=True, capture_output=True, timeout=600)
    (found,) = out.glob("book-*.whl")
    return found


def test_the_wheel_carries_the_styles_templates_and_licence(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("base.css", "print.css", "ebook.css", "web.css", "size-a5.css"):
        assert f"book/styles/{name}" in names
    assert {"book/templates/colophon.html", "book/templates/fonts.css"} <= set(names)
    assert not [n for n in names if "__pycache__" in n or n.startswith(("tests/", "styles/"))]
    meta = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("/METADATA")))
    meta = meta.decode()
    assert "License-Expression: AGPL-3.0-or-later" in meta
    assert "Requires-Dist: pydyf" in meta and "Requires-Dist: python-stdnum" in meta


def test_a_wheel_installed_with_pip_in_a_fresh_venv_builds_the_seed(wheel, tmp_path):
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    pip = subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", str(wheel)],
                         capture_output=True, text=True, timeout=1200)
    assert pip.returncode == 0, pip.stderr[-2000:]
    work = tmp_path / "work"                  # no styles/, no book/ here: only the installed one
    work.mkdir()
    shutil.copy(SEED, work / SEED.name)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run([str(venv / "bin" / "book"), "build", "--out", "out", SEED.name],
                         cwd=work, env=env, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    for name in ("ili-rebellion.pdf", "ili-rebellion.epub", "ili-rebellion.data.json",
                 "site/ili-rebellion/index.html"):
        assert (work / "out" / name).stat().st_size > 0, name
    # A pip user's first steps: a starter book.toml and sample article, built (the EPUB alone)
    # without a warning.
    init = subprocess.run([str(venv / "bin" / "book"), "init", "mine"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=60)
    assert init.returncode == 0, init.stderr
    first = subprocess.run([str(venv / "bin" / "book"), "build", "-q", "--to", "epub"],
                           cwd=work / "mine", env=env, capture_output=True, text=True, timeout=300)
    assert (first.returncode, first.stderr) == (0, "")
    assert (work / "mine" / "dist" / "battle-of-hollow-ford.epub").is_file()
    where = subprocess.run([str(venv / "bin" / "python"), "-c",
                            "import book.paths as p; print(p.STYLES)"],
                           cwd=work, env=env, capture_output=True, text=True, check=True)
    assert where.stdout.strip() == str(next(venv.glob("lib/python3*/site-packages/book/styles")))
