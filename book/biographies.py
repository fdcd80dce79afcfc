"""Enricher: biographies (placeholder)."""
from .model import Book


def enrich(book: Book) -> Book:
    """Return the book unchanged."""
    return book
