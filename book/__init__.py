"""Build a printable PDF and an EPUB 3 from an encyclopedia article."""

__version__ = "0.1.0"
