"""Setuptools glue for what pyproject.toml cannot say: the checkout's top-level styles/ folder is
shipped inside the package, as book/styles/ (book/paths.py looks there first)."""
from setuptools import find_namespace_packages, setup

setup(packages=[*find_namespace_packages(include=["book", "book.*"], exclude=["*.__pycache__"]),
                "book.styles"],
      package_dir={"book.styles": "styles"},
      package_data={"book": ["english-words.txt"], "book.templates": ["*"], "book.styles": ["*.css"]})
