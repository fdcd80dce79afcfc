"""Enrichers: pure Book -> Book steps (glossary, chronology, biographies) and their helpers."""
