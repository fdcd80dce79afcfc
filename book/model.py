"""The typed model shared by every stage: Article (parsed text) and Book (shaped and enriched)."""
from __future__ import annotations

import functools
import re
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

    @property
    def text(self) -> str:
        """The items as one text, as the enrichers read a list (spans of provenance point into it)."""
        return LIST_JOIN.join(self.items)


LIST_JOIN = " ; "


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
class Item:
    """One entry of an infobox list: a value, a `* ` sub-item, or a group label ('Arab sources')."""

    text: str
    kind: str = "value"   # value | sub | label


@dataclass(frozen=True)
class Field:
    """A general infobox field with a reader's label ('Partof' -> 'Part of') and its items."""

    key: str
    label: str
    items: tuple[Item, ...]
    line: int

    @property
    def value(self) -> str:
        """The items joined as one line of text."""
        return ", ".join(i.text for i in self.items)


@dataclass(frozen=True)
class Membership:
    """A commander's place on one side: under which group label, for what period, as what."""

    side: int
    group: str | None = None
    period: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class Commander:
    """One person named among the infobox commanders, however many lists name them."""

    name: str
    rank: str | None
    status: tuple[str, ...]               # codes, in order: KIA, DOW, WIA, MIA, POW, EXE
    roles: tuple[str, ...]                # from the infobox: 'Overall commander', 'Emir of Homs'
    memberships: tuple[Membership, ...]   # one per side that lists them, in side order
    line: int

    @property
    def sides(self) -> tuple[int, ...]:
        """The side numbers that list this person."""
        return tuple(m.side for m in self.memberships)


@dataclass(frozen=True)
class Side:
    """One numbered side of the infobox: Combatant1, Commander1, Units1, Strength1, Casualties1."""

    number: int
    label: str                            # belligerents, or 'First side (main unit)'
    combatants: tuple[Item, ...] = ()
    commanders: tuple[str, ...] = ()      # names of Infobox.commanders, in this side's order
    units: tuple[Item, ...] = ()
    strength: tuple[Item, ...] = ()
    casualties: tuple[Item, ...] = ()


@dataclass(frozen=True)
class Infobox:
    """The infobox read once: general fields, sides, and commanders as persons."""

    header: str | None = None             # the line above the fields when it is not 'Infobox'
    fields: tuple[Field, ...] = ()        # general fields in source order, presentational ones out
    sides: tuple[Side, ...] = ()
    commanders: tuple[Commander, ...] = ()
    warnings: tuple[tuple[int, str], ...] = ()   # (line, message) for values that cannot be read
    raw: tuple[InfoField, ...] = ()       # every `- Key: value` line as written

    def field(self, *labels: str) -> Field | None:
        """The first general field with one of these labels ('Date', 'Part of')."""
        return next((f for f in self.fields if f.label in labels), None)

    def commander(self, name: str) -> Commander:
        """The commander called `name`."""
        return self._by_name[name]

    @functools.cached_property
    def _by_name(self) -> dict[str, Commander]:
        """Commanders by name, built once: a lookup per commander stays linear (10 000 of them)."""
        return {c.name: c for c in reversed(self.commanders)}


@dataclass(frozen=True)
class Article:
    """The parsed article: title, infobox, lead and sections, nothing inferred."""

    title: str
    slug: str
    source: str
    infobox: Infobox
    lead: tuple[Block, ...]
    sections: tuple[Section, ...]
    # (line, message) for markup the reader found in the text (wiki, Markdown) and what it made
    # of it, and for headings it read otherwise (book/read/markup.py)
    warnings: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Chapter:
    """A chapter of the book: the lead (introduction) or one top-level section."""

    id: str
    title: str
    blocks: tuple[Block, ...]
    sections: tuple[Section, ...]
    kind: str = "chapter"


@dataclass(frozen=True)
class Provenance:
    """Where an extracted item came from: the rule that produced it and the phrase it read.

    `anchor` is the block's id ('p12'), or 'at-a-glance' for the infobox (then `line` says which
    field); `span` is the phrase's character offsets in that block's text (a list's items joined by
    LIST_JOIN) or in the field's value. `context` is where a borrowed part came from: the date that
    gave a yearless date its year, the full name a surname was resolved to."""

    rule: str
    anchor: str
    span: tuple[int, int]
    section: str = ""
    line: int = 0
    context: "Provenance | None" = None


@dataclass(frozen=True)
class About:
    """What the article says about itself, read once by the `about` enricher: the years it
    covers, its period (what a bare number can mean), the larger event it is part of."""

    span: str = ""                        # '1944–1946', '331 BC', '' when the text gives none
    period: tuple[int, int] | None = None  # first and last year of the article's own time
    period_source: "Provenance | None" = None   # where the period was read (None: the years' cluster)
    dates: tuple[tuple[int, int, int], tuple[int, int, int]] | None = None  # the infobox Date's first and last day
    part_of: str = ""
    subjects: tuple[str, ...] = ()
    attribution: str = ""
    han: str = "zh"                       # the article's Chinese writing: zh-Hant, zh-Hans, zh
    title_lang: str | None = None         # the language of the title when not English


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
    names: tuple[tuple[str, str], ...] = ()   # the name in other languages: (name, BCP 47 tag)
    provenance: Provenance | None = None
    # `lang` and the tags of `names` say only what the text says: the language it names, or
    # 'und' ('und-Cyrl' for another script) when it names none (EXTRACTION.md: script alone names
    # no language). The rendering still needs a tag to choose glyphs for text in another script:
    # `glyphs` gives it, (text, tag) for `original` and each such name, the named language or
    # else a guess from the script and the article's Chinese writing (scripts.runs). A guess,
    # never shown as a language.
    glyphs: tuple[tuple[str, str], ...] = ()


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
    note: str | None = None     # the same date in another calendar, as the text gives it
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Fact:
    """A sentence about a person (or, as a fate, the clause that says what became of them),
    with the paragraph it comes from and the rule that tied it to them."""

    text: str
    section: str
    anchor: str
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Person:
    """A commander (from the infobox, or where the text states their command) with what the
    text says about them."""

    id: str
    commander: Commander
    side_label: str                       # the label of the first side that lists them ('': none)
    roles: tuple[str, ...] = ()           # titles and appositions the text gives them
    relations: tuple[str, ...] = ()
    facts: tuple[Fact, ...] = ()
    fate: Fact | None = None
    mentions: int = 0
    provenance: Provenance | None = None  # why they are listed: the infobox, or a command stated

    @property
    def name(self) -> str:
        return self.commander.name

    @property
    def side(self) -> int:
        """The first side that lists them; 0 for a commander the text names (no sides)."""
        return self.commander.sides[0] if self.commander.sides else 0


@dataclass(frozen=True)
class Locator:
    """One place an index entry occurs: the anchor of its paragraph or list, its section, and
    (provenance) the mention itself: its span in the block and the rule that resolved it."""

    anchor: str
    section: str
    provenance: Provenance | None = None

    @property
    def target(self) -> str:
        """The anchor a locator leads to: the mention's own, which the rendering places where
        the name starts (so that a printed locator is the page of the name, not of its
        paragraph's start), or the block's when the locator has no span in it."""
        p = self.provenance
        if p is None or p.anchor != self.anchor:
            return self.anchor
        return mention_anchor(self.anchor, p.span[0])


def mention_anchor(block: str, offset: int) -> str:
    """The id of the anchor at character `offset` of block `block`'s text ('p12-m140')."""
    return f"{block}-m{offset}"


def glance_row(label: str) -> str:
    """The id of the anchor in At a glance's row `label` ('glance-commanders-and-leaders'): where
    an index locator of a name printed only there leads."""
    return "glance-" + "-".join(re.findall(r"[a-z0-9]+", label.lower()))


@dataclass(frozen=True)
class IndexEntry:
    """A heading of the back-of-book index with every place it occurs, or a 'see' reference."""

    id: str
    term: str                             # as printed: 'Sabri, Masud', 'Ürümqi', 'and Kuomintang'
    sort_key: str                         # the filing form, folded: 'sabri, masud', 'urumqi'
    kind: str                             # person | place | organisation | event | term
    locators: tuple[Locator, ...] = ()
    subentries: tuple["IndexEntry", ...] = ()
    sees: tuple[str, ...] = ()            # ids of the entries 'see' sends the reader to
    original: str | None = None           # the name in its own script, beside its Latin form
    lang: str | None = None               # the BCP 47 tag of `original`
    provenance: Provenance | None = None


@dataclass(frozen=True)
class Book:
    """Everything the renderers need: the article, its chapters and the appendices."""

    article: Article
    chapters: tuple[Chapter, ...]
    see_also: tuple[str, ...] = ()
    glossary: tuple[GlossaryEntry, ...] = ()
    chronology: tuple[Event, ...] = ()
    biographies: tuple[Person, ...] = ()
    index: tuple[IndexEntry, ...] = ()
    about: About = About()
