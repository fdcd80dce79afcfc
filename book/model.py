"""The typed model shared by every stage: Article (parsed text) and Book (shaped and enriched)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of running text; `id` is its stable anchor in every output."""

    id: str
    text: str
    line: int


@dataclass(frozen=True)
class ListBlock:
    """A run of `- ` list items."""

    id: str
    items: tuple[str, ...]
    line: int


Block = Paragraph | ListBlock


@dataclass(frozen=True)
class Section:
    """A `==`/`===` heading with its blocks and deeper subsections."""

    id: str
    title: str
    level: int
    line: int
    blocks: tuple[Block, ...] = ()
    subsections: tuple[Section, ...] = ()


@dataclass(frozen=True)
class InfoField:
    """One `- Key: value` line of the infobox, in source order."""

    key: str
    value: str
    line: int


@dataclass(frozen=True)
class Article:
    """The parsed article: title, infobox, lead and sections, nothing inferred."""

    title: str
    slug: str
    source: str
    infobox: tuple[InfoField, ...]
    lead: tuple[Block, ...]
    sections: tuple[Section, ...]


@dataclass(frozen=True)
class Chapter:
    """A chapter of the book: the lead (introduction) or one top-level section."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    kind: str = "chapter"


@dataclass(frozen=True)
class GlossaryEntry:
    """A glossary term with what the text says it means; `anchor` is where it first occurs."""

    id: str
    term: str
    aliases: tuple[str, ...] = ()
    expansion: str | None = None
    original: str | None = None
    lang: str | None = None
    definition: str | None = None
    first_section: str = ""
    anchor: str = ""
    see: str | None = None
    kind: str = "term"   # acronym | foreign | alias | group | term


@dataclass(frozen=True)
class Event:
    """One dated statement; dates are ISO-like strings, BC as negative years."""

    date: str
    end: str | None
    display: str
    text: str
    section: str
    anchor: str
    group: str = ""


@dataclass(frozen=True)
class Fact:
    """A sentence about a person, with the paragraph it comes from."""

    text: str
    section: str
    anchor: str


@dataclass(frozen=True)
class Person:
    """A commander from the infobox with what the text says about them."""

    id: str
    name: str
    side: int
    side_label: str
    killed_in_action: bool = False
    status: tuple[str, ...] = ()
    qualifier: str | None = None
    roles: tuple[str, ...] = ()
    relations: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    fate: str | None = None
    mentions: int = 0


@dataclass(frozen=True)
class Book:
    """Everything the renderers need: the article, its chapters and the appendices."""

    article: Article
    chapters: tuple[Chapter, ...]
    see_also: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    chronology: tuple[Event, ...] = ()
    biographies: tuple[Person, ...] = ()
    side_labels: tuple[tuple[int, str], ...] = ()
