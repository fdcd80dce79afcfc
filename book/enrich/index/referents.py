"""Mentions to referents: every name the grammar found, resolved to the one person, place,
unit or thing it names.

A mention is first grouped with the mentions written the same way (a 'surface'); surfaces are
then joined into referents by what the book knows: the glossary's acronyms and other names, the
infobox's commanders, the people of the book (people.py: surname alone, first name alone,
shorter and longer forms), the forms of a unit (units.py), a head noun alone for the one name
it heads ('the Perimeter'). Each use of a referent records the rule that resolved it and the
full mention it was resolved through, for `book explain`."""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ... import lexicon
from ...lexicon import BARE_FEATURE_HEADS, FEATURE_HEADS, MONTHS
from ...model import Book, GlossaryEntry
from .usage import Usage
from ...scripts import is_foreign
from . import kinds, units
from .filing import modern, untitled
from .infobox import names as boxed_names
from .kinds import head_of
from .names import RUN, Mention, function_word, identity
from .people import People, can_stand_alone, in_order, person_sign, surname
from .cues import PLACE_CUES

AS_WRITTEN = "index.mention.as-written"
# How many of a name's mentions the cues around it are read at (the first ones: a text says
# who or what a name is where it introduces it), so that a name used 10 000 times costs no
# more than one used 40 times.
SAMPLE = 40
_PARTICLES = frozenset(lexicon.SURNAME_PARTICLES)
# A word of party or nation before a person's name ('Federalist', 'Republican', 'Roman').
_AFFILIATION = re.compile(f"(?:ist|{'|'.join(lexicon.DEMONYM_ENDINGS)})$")
_DIVISIONS = frozenset(lexicon.DIVISION_HEADS)
_HOUSES = frozenset(lexicon.HOUSE_NOUNS)
_TEXT_HOUSES = frozenset(lexicon.TEXT_HOUSE_NOUNS)
_TIME_HEADS = frozenset(lexicon.TIME_HEADS)
_GIVEN = frozenset(lexicon.GIVEN_NAMES)
_SAINTS = frozenset(lexicon.SAINT_TITLES)
_UNIT_HEADS = frozenset(lexicon.UNIT_HEADS)
_EVENTS = frozenset(lexicon.EVENT_HEADS)
_EPITHET_OPENERS = frozenset(lexicon.EPITHET_OPENERS)
_HEADS = frozenset(lexicon.PLACE_HEADS + lexicon.ORGANISATION_HEADS + lexicon.UNIT_HEADS
                   + lexicon.EVENT_HEADS)


@dataclass(eq=False)
class Use:
    """One mention of a referent, the rule that resolved it, and the full mention it was
    resolved through (a surname's person named in full)."""

    mention: Mention
    rule: str = AS_WRITTEN
    context: Mention | None = None


@dataclass(eq=False)
class Referent:
    """One person, place, unit or thing of the book, and every mention of it."""

    name: str                                 # its fullest name as the text writes it
    kind: str = "term"
    uses: list[Use] = field(default_factory=list)
    person: bool = False
    source: str = ""              # commander | glossary | infobox | side | part-of | ''
    acronym: str = ""
    aliases: list[str] = field(default_factory=list)     # other names: 'see' references
    unit: units.UnitName | None = None
    titles: tuple[str, ...] = ()              # titles of the infobox's name ('Sir')
    original: str | None = None
    lang: str | None = None
    rule: str = ""                            # the HEADING rule that gives it a heading
    boxed: list = field(default_factory=list)  # infobox.Boxed: where At a glance prints it
    prefix: str = ""                          # a ship's prefix as the text writes it ('HMS')

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(self.name.split())


@dataclass(eq=False)
class Surface:
    """The mentions of one name written one way."""

    key: str
    words: tuple[str, ...]
    text: str
    mentions: list[Mention] = field(default_factory=list)


class Resolver:
    """Builds the referents of one book from its mentions (see the module docstring)."""

    def __init__(self, book: Book, usage: Usage, mentions: list[Mention],
                 acronyms: dict[str, str]) -> None:
        doc = usage.doc
        self.book, self.doc, self.text, self.usage = book, doc, doc.text, usage
        self.surfaces: dict[str, Surface] = {}
        for m in mentions:
            self.surfaces.setdefault(m.key, Surface(m.key, m.words, m.text)).mentions.append(m)
        self.referents: dict[str, Referent] = {}      # by the identity of their name
        self.owner: dict[str, tuple[Referent, str]] = {}   # surface key -> referent, rule
        self.acronyms = acronyms
        self.sides = units.side_forms(self.acronyms)
        self.people = People(western=modern(book))
        self._person_of: dict[int, Referent] = {}
        self._signs: dict[str, str] = {}
        self._by_last: dict[str, list[Surface]] | None = None
        self._endings: dict[str, set[str]] | None = None
        self._prefixes: dict[str, set[str]] | None = None
        self.refused: list[tuple[Mention, str]] = []

    def resolve(self) -> list[Referent]:
        """Every referent, each with its uses in reading order."""
        self._known()
        self._storms()
        for e in self.book.glossary:
            self._glossary_names(e)
        self._ships()
        self._compound_events()
        self._saints()
        self._persons()
        self._houses()
        done = self._units()
        self._described(done)
        for surface in self.surfaces.values():
            if surface.key in self.owner and surface.key not in done:
                r, rule = self.owner[surface.key]
                own = AS_WRITTEN if identity(r.name) == surface.key else rule
                r.uses.extend(Use(m, own) for m in surface.mentions)
        self._assign_units()
        rest = [s for s in self.surfaces.values() if s.key not in self.owner and s.key not in done]
        for surface in sorted(rest, key=lambda s: -len(s.words)):
            self._short_or_own(surface)
        self._latin_forms()
        self._variants()
        self._boxed_forms()
        out = [r for r in dict.fromkeys(self.referents.values()) if r.uses or r.boxed]
        for r in out:
            r.uses.sort(key=lambda u: u.mention.start)
            if r.source == "side" and r.kind == "term" and r.uses and _mostly(
                    [u.mention for u in r.uses], lambda m: PLACE_CUES.first(
                        self.text, m.start, m.end) is not None):
                r.kind = "place"         # a belligerent the text goes to ('in Vella')
            full = _first_full(r)
            for u in r.uses:
                if u.rule != AS_WRITTEN and u.context is None:
                    u.context = full
        return out

    def _variants(self) -> None:
        """Spellings of one name that differ by a space, a hyphen or an apostrophe ('Vell Line',
        'Velline'; "P'ohang", 'Pohang'),
        a final 'h' after a vowel ('Tarna', 'Tarnah') or a plural 's' inside the name ('Marras
        Islands', 'Marra Islands') are one referent, not a person's: the one the text names
        most often."""
        groups: dict[str, list[Referent]] = {}
        for r in dict.fromkeys(self.referents.values()):
            if r.uses and not r.person and r.kind != "person":
                groups.setdefault(_skeleton(r.name), []).append(r)
        for group in groups.values():
            if len(group) < 2:
                continue
            target = max(group, key=lambda r: (len(r.uses), bool(r.source)))
            for r in group:
                if r is not target:
                    target.uses.extend(Use(u.mention, "index.mention.variant") for u in r.uses)
                    target.aliases.extend(a for a in (r.acronym, *r.aliases) if a)
                    r.uses = []
            target.uses.sort(key=lambda u: u.mention.start)

    def _boxed_forms(self) -> None:
        """A place only the infobox gives is the place the text names without its head noun
        ('Vell Valley' or 'Kingdom of Vell' for Vell, which the text names as a place): its
        longer form, no heading of its own."""
        named = {identity(r.name): r for r in self.referents.values() if r.uses}
        for r in list(dict.fromkeys(self.referents.values())):
            words = r.words
            found = head_of(words) if r.boxed and not r.uses and len(words) > 1 else None
            if found is None or found[0] != "place":
                continue
            if words[-1] == found[1]:
                bare = words[:-1]
            elif words[0] == found[1] and words[1] == "of":
                bare = words[2:]
            else:
                continue
            target = named.get(identity(" ".join(bare)))
            if target is not None and target is not r and target.kind == "place":
                r.boxed = []

    def _latin_forms(self) -> None:
        """A person's name in its Latin form is the person of the English one the book names
        ('Marranus' for Marran, 'Vellius the Elder' for Velly the Elder): the Latin nominative's
        '-us' dropped, or its '-ius' written '-y' or dropped, the rest of the name the same."""
        persons = [r for r in dict.fromkeys(self.referents.values()) if r.person and r.uses]
        by_name = {identity(r.name): r for r in persons}
        surnames = Counter(identity(r.words[-1]) for r in persons if len(r.words) > 1)
        for r in persons:          # a surname one person has ('Marran' for Ivo Marran)
            if len(r.words) > 1 and surnames[identity(r.words[-1])] == 1:
                by_name.setdefault(identity(r.words[-1]), r)
        for r in list(dict.fromkeys(self.referents.values())):
            first, *rest = r.words
            if not r.uses or r.source or not re.fullmatch(r"[A-Z][a-z]+us", first):
                continue
            forms = [first[:-2]] + ([first[:-3] + "y", first[:-3]] if first.endswith("ius") else [])
            target = next((t for f in forms if (t := by_name.get(identity(" ".join((f, *rest)))))
                           is not None and t is not r), None)
            if target is not None:
                target.uses.extend(Use(u.mention, "index.mention.latin-form") for u in r.uses)
                r.uses = []

    # --- what the other appendices know ------------------------------------------------------

    def _known(self) -> None:
        """Referents of the infobox's commanders and of the glossary (acronyms spelt out, other
        names of a term)."""
        for p in self.book.biographies:
            if not p.commander.memberships:
                continue        # named by the text, not the infobox: the grammar finds them
            words = tuple(untitled(p.name))
            r = self._referent(" ".join(words), "person", source="commander", person=True)
            r.titles = tuple(p.name.split()[:len(p.name.split()) - len(words)])
            if len(words) > 1:
                self._person_of[self.people.add(words)] = r
        for short, long in self.acronyms.items():
            found = head_of(tuple(long.split()))
            r = self._referent(long, found[0] if found else "organisation", source="glossary")
            r.acronym = short
            for form in (short, ".".join(short) + "."):
                self.owner.setdefault(identity(form), (r, "index.mention.acronym"))
        for b in boxed_names(self.book):
            r = self._referent(b.name, b.kind, source=b.source, person=b.kind == "person")
            r.boxed.append(b)
            if b.kind == "place" and r.kind == "term":
                r.kind = "place"           # a belligerent named as where it happened
            words = b.name.split()
            if len(words) > 1 and words[-1] in _HOUSES:       # 'Qing' for the Qing dynasty
                self.owner.setdefault(identity(" ".join(words[:-1])),
                                      (r, "index.mention.short-form"))

    def _glossary_names(self, e: GlossaryEntry) -> None:
        """A glossary entry's other names are forms of its term, when both are Latin-script
        names of the same kind ('Tihwa' for Ürümqi; not a university for a person); a name in
        another script is printed beside its heading."""
        if e.kind == "acronym" or e.see:
            return
        if e.kind == "alias" and not e.aliases and e.definition:
            self._named_in_definition(e)
            return
        if identity(e.term) not in self.surfaces:
            return
        term_head = head_of(tuple(e.term.split()))
        names = [a for a in e.aliases if identity(a) in self.surfaces
                 and _kind(tuple(a.split())) == _kind(tuple(e.term.split()))]
        original = e.original if e.original and is_foreign(e.original) else None
        if not (original or names):
            return
        r = self._referent(e.term, term_head[0] if term_head else "term", source="glossary")
        r.original, r.lang = original, e.lang if original else None
        for a in names:
            self.owner.setdefault(identity(a), (r, "index.mention.alias"))
            r.aliases.append(a)

    def _named_in_definition(self, e: GlossaryEntry) -> None:
        """An other name the glossary explains by the name it stands for ('Onyok': 'PAGASA name
        for Typhoon Dujuan'): when the definition ends in a name the text uses, one of its
        forms."""
        words = e.definition.rstrip(".").split()
        for n in range(min(6, len(words)), 0, -1):
            target = identity(" ".join(words[-n:]))
            if target in self.surfaces and target != identity(e.term) and words[-n][:1].isupper():
                r = self.owner.get(target, (None, ""))[0] or self._named(self.surfaces[target])
                self.owner.setdefault(identity(e.term), (r, "index.mention.alias"))
                r.aliases.append(e.term)
                called = identity(f"{e.term} {surname(tuple(r.name.split()))}")
                if r.person and called in self.surfaces:
                    self.owner.setdefault(called, (r, "index.mention.alias"))  # 'Salty Vask'
                return

    def _named(self, surface: Surface) -> Referent:
        """The referent a name of the text stands for, made a person's when it is one (so that
        its surname alone finds it: 'Orrin D. Vask' … 'Vask')."""
        if not self.is_person(surface):
            return self._referent(surface.text, _kind(surface.words))
        return self._person(surface)

    def _person(self, surface: Surface) -> Referent:
        """The person a surface names, registered with the book's people by its words."""
        r = self._referent(surface.text, "person", person=True)
        self._person_of[self.people.add(surface.words)] = r
        return r

    def _referent(self, name: str, kind: str, source: str = "", person: bool = False) -> Referent:
        """The referent of this name, made on first use."""
        key = identity(name)
        r = self.referents.get(key)
        if r is None:
            r = self.referents[key] = Referent(name, kind, source=source, person=person)
        self.owner.setdefault(key, (r, AS_WRITTEN))
        return r

    def _storms(self) -> None:
        """One storm under its categories and its bare name ('Tropical Storm Koppu', 'Typhoon
        Koppu', 'Koppu'), named as the text names it most often."""
        forms: dict[str, list[Surface]] = {}
        for surface in self.surfaces.values():
            base = kinds.storm(surface.words)
            if base is not None:
                forms.setdefault(identity(" ".join(base)), []).append(surface)
        for base, group in forms.items():
            name = max(group, key=lambda s: len(s.mentions)).text
            owned = [self.owner[k][0] for k in (base, *(g.key for g in group)) if k in self.owner]
            r = owned[0] if owned else self._referent(name, "event")
            bare = [self.surfaces[base]] if base in self.surfaces else []
            for surface in group + bare:
                if surface.key not in self.owner:
                    self.owner[surface.key] = (r, "index.mention.storm")

    def _ships(self) -> None:
        """A ship's name with its prefix is the ship ('SM UB-1' for UB-1)."""
        for surface in list(self.surfaces.values()):
            if kinds.ship_name(surface.words) and surface.key not in self.owner:
                r = self._referent(surface.text.split(None, 1)[1], "ship")
                r.prefix = r.prefix or surface.words[0]
                self.owner[surface.key] = (r, "index.mention.ship")

    def _houses(self) -> None:
        """A house and its family's name alone are one referent ('the Minamoto clan' and 'the
        Minamoto', 'Joseon dynasty' and 'Joseon'; a period and its name: 'the Early Vell
        period' and 'the Early Vell'), when the text writes both, the name alone
        names no person of the book, and it names more often than it describes ('Flavian
        emperors')."""
        people = {w for r in self._person_of.values() for w in r.name.split()}
        for surface in list(self.surfaces.values()):
            words = surface.words
            if len(words) < 2 or words[-1] not in _TEXT_HOUSES or surface.key in self.owner:
                continue
            short = identity(" ".join(words[:-1]))
            alone = self.surfaces.get(short)
            if alone is not None and short not in self.owner and not self.is_person(alone) and \
                    not set(words[:-1]) & people and \
                    sum(bool(self.usage.noun_after(m.end)) for m in alone.mentions) * 2 < len(alone.mentions):
                r = self._referent(surface.text, "term" if words[-1] in _TIME_HEADS
                                   else "organisation")  # a time: 'the Early Vell period'
                self.owner[surface.key] = (r, AS_WRITTEN)
                self.owner[short] = (r, "index.mention.short-form")

    def _compound_events(self) -> None:
        """A war named by its two sides is also named by the first alone ('the First Vell War'
        for the First Vell–Marr War): one referent, when the text writes both."""
        for surface in list(self.surfaces.values()):
            words = surface.words
            if words[-1] not in _EVENTS or surface.key in self.owner:
                continue
            for k, w in enumerate(words[:-1]):
                first, dash, _ = w.partition("–")
                short = identity(" ".join((*words[:k], first, *words[k + 1:])))
                if dash and first[:1].isupper() and short in self.surfaces and \
                        short not in self.owner:
                    r = self._referent(surface.text, "event")
                    self.owner[short] = (r, "index.mention.short-form")

    def _described(self, done: set[str]) -> None:
        """Describing words before a name of the book are no part of it ('Austro-Hungarian
        U-10', 'Republican James Sullivan', 'Hui Muslim Ma Clique'): the mention is of that
        name, when the text names it without them too."""
        for surface in self.surfaces.values():
            if len(surface.words) < 2 or surface.key in self.owner or surface.key in done:
                continue
            k = 0
            while k < len(surface.words) - 1 and self.describes(surface.words[k]):
                k += 1
            rest = identity(" ".join(surface.words[k:]))
            if k == 0 or len(surface.words) - k == 1 and self.describes(surface.words[-1]):
                continue
            if kinds.generic(surface.words[k:]) and not kinds.institution(surface.words[k:]) \
                    and _AFFILIATION.search(surface.words[k - 1]):
                continue                 # 'Praetorian Guard', not 'Guard': a head alone is no name
            target = self.owner.get(rest, (None, ""))[0]
            if target is None and rest in self.surfaces:
                words = self.surfaces[rest].words
                target = self._referent(self.surfaces[rest].text, "person"
                                        if self.is_person(self.surfaces[rest]) else _kind(words))
                target.person = target.kind == "person"
            elif target is None and k == 1 and _person_shaped(surface.words[1:]) and \
                    _AFFILIATION.search(surface.words[0]):
                text = surface.text[surface.text.index(surface.words[k]):]
                target = self._referent(text, "term")
            if target is not None:
                self.owner[surface.key] = (target, "index.mention.short-form")

    def describes(self, word: str) -> bool:
        """Does the text use `word` before a lower-case noun, to describe it ('Republican
        governor', 'Austro-Hungarian boats')?"""
        key = ("describes", word)
        memo = self.doc.index.memo
        if key not in memo:
            n = len(word)
            memo[key] = any(self.usage.noun_after(p + n) for p in self.doc.index.occurrences(word))
        return bool(memo[key])

    # --- people ----------------------------------------------------------------------------

    def sign(self, surface: Surface) -> str:
        """The first sign among a surface's first mentions (SAMPLE: where the text introduces a
        name) that it is a person's ('' when none); a cue around a use that describes a noun
        counts for nothing ('married Han Chinese men')."""
        if surface.key not in self._signs:
            self._signs[surface.key] = next(
                (s for m in surface.mentions[:SAMPLE] if (s := person_sign(m, self.text)) and not (
                    s.startswith("index.") and self.usage.noun_after(m.end))), "")
        return self._signs[surface.key]

    def is_person(self, surface: Surface) -> bool:
        """Is the surface a person's name: a sign of it; for a name with a head noun, a title or
        initials ('John G. Hill', not 'the official Regional Specialized Meteorological
        Center'); for a name with an 'of', those or a role right before it ('queen Boudica of
        the Iceni', not 'Medal of Honor')?"""
        sign = self.sign(surface)
        if sign in ("title", "initials"):
            return True
        if head_of(surface.words):
            return False
        if sign == "index.person.given-name" and self._shares_last_word(surface):
            return False                 # 'Victoria Cross or George Cross'
        return sign == "index.person.described" or bool(sign) and "of" not in surface.words

    def _shares_last_word(self, surface: Surface) -> bool:
        """Does another name of the book end in the same word and open with no given name
        ('Victoria Cross' beside 'George Cross'): then the word is a shared head, the name a
        thing's?"""
        if self._by_last is None:
            self._by_last = defaultdict(list)
            for s in self.surfaces.values():
                if len(s.words) >= 2:
                    self._by_last[s.words[-1]].append(s)
        return any(s is not surface and s.words[0] not in _GIVEN and not in_order(
            s.words, surface.words) and not self.is_person(s)
                   for s in self._by_last.get(surface.words[-1], ()))

    def _saints(self) -> None:
        """A saint's title is no part of the name when the text also names the saint without it,
        alone or by place ('St. Mobhi' and 'Mobhi'; 'St. Brigid' and 'Saint Brigid of Kildare':
        'Brigid of Kildare'); not a place or a church ('St. Louis', 'St. Mary's')."""
        for surface in sorted(self.surfaces.values(), key=lambda s: -len(s.words)):
            words = surface.words
            if words[0] not in _SAINTS or len(words) < 2 or surface.key in self.owner or \
                    not words[1][:1].isupper() or head_of(words) or \
                    _mostly(surface.mentions, lambda m: m.possessive or PLACE_CUES.first(
                        self.text, m.start, m.end) is not None):
                continue
            rest = words[1:]
            bare = self.surfaces.get(identity(" ".join(rest)))
            fits = self.people.fitting(rest)[1] if len(rest) == 1 else []
            if bare is not None and (self._of_place(rest) or len(bare.mentions) > SAMPLE):
                continue                    # 'Finnian' and 'Saint Finnian of Movilla': two;
                                            # a name used throughout is the book's own figure
            if bare is not None:
                target = self.owner.get(bare.key, (None, ""))[0] or self._referent(
                    bare.text, "person", person=True)
            elif "of" in rest[1:-1]:
                target = self._referent(surface.text.split(None, 1)[1], "person", person=True)
            elif len(fits) == 1:
                target = self._person_of[fits[0]]
            else:
                continue
            if target.person and target.name.split() == list(rest) and \
                    id(target) not in map(id, self._person_of.values()):
                self._person_of[self.people.add(rest)] = target
            if target.person:
                self.owner[surface.key] = (target, "index.mention.saint")

    def _of_place(self, words: tuple[str, ...]) -> bool:
        """Does the text also name someone by these words and a place ('Finnian of Movilla'),
        with or without a saint's title?"""
        n = len(words)
        return any(s.words[k:k + n + 1] == (*words, "of") for s in self.surfaces.values()
                   for k in (0, 1) if k == 0 or s.words[0] in _SAINTS)

    def _persons(self) -> None:
        """Persons named in two words or more: registered, then a shorter or longer form of the
        one person it fits joined to that person."""
        for surface in self.surfaces.values():
            if len(surface.words) < 2 or surface.key in self.owner:
                continue
            if self.is_person(surface):
                self._person(surface)
        given = {n[0] for n in self.people.names
                 if (len(n) > 2 or _person_shaped(n)) and can_stand_alone(n[0])}
        for surface in list(self.surfaces.values()):
            if surface.key not in self.owner and self._by_given_name(surface, given):
                self._person(surface)
        for surface in self.surfaces.values():
            if surface.key not in self.owner and self._named_then_surnamed(surface):
                self._person(surface)
        for surface in sorted(self.surfaces.values(), key=lambda s: -len(s.words)):
            if len(surface.words) >= 2 and not head_of(surface.words):
                self._join_forms(surface)

    def _by_given_name(self, surface: Surface, given: set[str]) -> bool:
        """A name whose first word the book uses as the given name of another person named in
        full, followed by one to three capitalised words and no head noun ('Ivo Marr' beside
        'Ivo Tarn Vell'): a person's name too (index.person.given-name, the book's own names)."""
        words = surface.words
        return 2 <= len(words) <= 4 and words[0] in given and not self.is_person(surface) \
            and not head_of(words) and not self._shares_last_word(surface) and not kinds.generic(words) and all(
                w[:1].isupper() and w.replace("-", "").isalpha() and not w.isupper()
                for w in words) \
            and not self.describes(words[0]) and not _mostly(surface.mentions, lambda m: PLACE_CUES.first(
                self.text, m.start, m.end) is not None)

    def _named_then_surnamed(self, surface: Surface) -> bool:
        """A name of two to four words that the text first writes in full and later calls by
        its last word alone ('William Duer' … 'Duer'), a word it never writes in lower case,
        and whose first word is no place of the text: a person's name and surname ('Metro
        Manila' is not: 'Manila' comes first; nor 'Naktong Bulge': 'bulge' is a common noun;
        nor 'at Harvard Gore …')."""
        words = surface.words
        if not 2 <= len(words) <= 4 or head_of(words) or "of" in words or kinds.generic(words[:1]) \
                or not all(w in _PARTICLES or w[:1].isupper() and w.isalpha() and len(w) > 1
                           and not w.isupper() for w in words):
            return False                 # not 'German Type UB I': no acronym, no numeral
        last = self.surfaces.get(identity(words[-1]))
        first = self.surfaces.get(identity(words[0]))
        return last is not None and (last.mentions[0].start > surface.mentions[0].start
                                     or self.is_person(last)) \
            and not self.usage.lower_case(words[-1]) and not self.describes(words[0]) \
            and (first is None or not _mostly(first.mentions, lambda m: PLACE_CUES.first(
                self.text, m.start, m.end) is not None))

    def _join_forms(self, surface: Surface) -> None:
        """A multi-word form that fits exactly one other person is that person ('Suetonius
        Paulinus'; 'Seneca the Younger' for the one person surnamed Seneca): the referent keeps
        the commander's name, else the longest form."""
        words = surface.words
        epithet = len(words) == 3 and (words[1] == "the" or words[1] in _EPITHET_OPENERS)
        _, found = self.people.fitting(words[:1] if epithet else words)
        if epithet:
            found = [n for n in found if self.people.names[n] != words]
        own = self.owner.get(surface.key, (None, ""))[0]
        targets = {id(r): r for n in found if (r := self._person_of[n]) is not own}
        if len(targets) != 1 or own is not None and not own.person:
            return
        target = next(iter(targets.values()))
        if own is not None:
            if own.source and not target.source:
                own, target = target, own
            for key, (r, rule) in list(self.owner.items()):
                if r is own:
                    self.owner[key] = (target, "index.mention.short-form")
            self.referents[identity(own.name)] = target
            for n, r in list(self._person_of.items()):
                if r is own:
                    self._person_of[n] = target
        else:
            self.owner[surface.key] = (target, "index.mention.short-form")
        if len(surface.words) > len(target.words) and not target.source:
            target.name = surface.text

    # --- units -----------------------------------------------------------------------------

    def _units(self) -> set[str]:
        """Numbered units: the most complete forms (a side, a branch) are referents; every
        form joins the agreeing referent (_assign_units). The surface keys that are units."""
        parsed = {s.key: u for s in self.surfaces.values()
                  if s.key not in self.owner and (u := units.parse(s.words, self.sides))}
        self._full_units: list[tuple[units.UnitName, Referent]] = []
        order = sorted(parsed.items(), key=lambda kv: (not kv[1].side, not kv[1].branch,
                                                       -len(self.surfaces[kv[0]].words)))
        for key, u in order:
            if not any(f.agrees(u) and (f.side == u.side or not u.side)
                       for f, _ in self._full_units):
                r = self._referent(self.surfaces[key].text, "unit")
                r.unit = u
                self._full_units.append((u, r))
        self._parsed_units = parsed
        return set(parsed)

    def _assign_units(self) -> None:
        """Each unit mention to the referent it names (see units.py): the one that agrees; of
        several, the one with the mention's branch, the side of a unit it stands in apposition
        to ('the NK 17th Regiment, 2nd Division'), the one named nearest before it in its
        passage, else the one the text names with its side most often."""
        found = sorted(((m, u) for key, u in self._parsed_units.items()
                        for m in self.surfaces[key].mentions), key=lambda mu: mu[0].start)
        ends = {m.end: u for m, u in found}
        sided = Counter(id(r) for m, u in found if u.side
                        for f, r in self._full_units if f.agrees(u) and f.side == u.side)
        for m, u in found:
            side = u.side
            before = ends.get(m.start - 2)
            if not side and before is not None and self.text[m.start - 2:m.start] == ", ":
                side = before.side
            agreeing = [r for f, r in self._full_units
                        if f.agrees(u) and (f.side == side or not side)] or \
                [r for f, r in self._full_units if f.agrees(u)]
            if u.branch:
                agreeing = [r for r in agreeing if r.unit.branch == u.branch] or agreeing
            target = agreeing[0] if len(agreeing) == 1 else \
                self._nearest(m, agreeing, any_use=True) or \
                max(agreeing, key=lambda r: sided[id(r)]) if agreeing else None
            if target is not None:
                rule = AS_WRITTEN if identity(target.name) == m.key else "index.mention.unit-form"
                target.uses.append(Use(m, rule))

    # --- short forms and the rest ----------------------------------------------------------

    def _short_or_own(self, surface: Surface) -> None:
        """A surface no known name owns: a person's short form, a head alone, or its own
        referent. A first name alone names a person only when the full name came first, and
        when the text uses it mostly in the sections that name the person in full: else it is
        a name of its own ('Suetonius' the historian, chapters away from Gaius Suetonius
        Paulinus)."""
        if len(surface.words) == 1 and can_stand_alone(surface.words[0]):
            rule, found = self.people.fitting(surface.words)
            persons = list({id(self._person_of[n]): self._person_of[n] for n in found}.values())
            if rule == "index.mention.given-name":
                first = surface.mentions[0].start
                persons = [p for p in persons if _introduced(p) < first]
                full = sorted(u.mention.start for p in persons for u in p.uses
                              if u.rule == AS_WRITTEN)
                near = sum(1 for m in surface.mentions if self._near_full(m, full))
                if near * 2 < len(surface.mentions):
                    persons = []
            if persons:
                for m in surface.mentions:
                    self._to_person(m, rule, persons)
                return
        division = self._division(surface)
        if division is not None:
            division.uses.extend(Use(m, "index.mention.short-form") for m in surface.mentions)
            return
        head = self._head_alone(surface)
        if isinstance(head, Referent):
            head.uses.extend(Use(m, "index.mention.head-alone") for m in surface.mentions)
            return
        if head is False:
            self.refused.extend((m, "index.refused.ambiguous") for m in surface.mentions)
            return
        r = self._referent(surface.text, _kind(surface.words))
        r.uses.extend(Use(m) for m in surface.mentions)
        if r.kind == "term" and self.is_person(surface):
            r.kind, r.person = "person", True
        elif r.kind == "term" and _mostly(surface.mentions, lambda m: PLACE_CUES.first(
                self.text, m.start, m.end) is not None):
            r.kind = "place"

    def _near_full(self, m: Mention, full: list[int]) -> bool:
        """Is a person named in full (at the sorted positions `full`) in the section of `m`,
        before it? A first name alone stands for a person only there ('Poppaea' after Poppaea
        Sabina; not 'Suetonius' the historian, chapters after Gaius Suetonius Paulinus)."""
        i = bisect_left(full, m.start) - 1
        return i >= 0 and self.doc.passage_at(full[i]).section == \
            self.doc.passage_at(m.start).section

    def _division(self, surface: Surface) -> Referent | None:
        """'Guangdong Province' for Guangdong, when the text names it both ways."""
        words = surface.words
        if len(words) < 2 or words[-1] not in _DIVISIONS:
            return None
        bare = identity(" ".join(words[:-1]))
        if bare not in self.surfaces:
            return None
        return self.owner.get(bare, (None, ""))[0] or self._referent(
            self.surfaces[bare].text, "place")

    def _to_person(self, m: Mention, rule: str, persons: list[Referent]) -> None:
        """A short form to its person: the only one; of several, the only one the text gives
        the same rank or title ('Colonel Brandt' for Colonel Ivo Brandt, not Captain Lena
        Brandt), else the one named nearest before it."""
        if len(persons) > 1 and m.title:
            titled = [p for p in persons if any(u.mention.title == m.title for u in p.uses)]
            if len(titled) == 1:
                persons, rule = titled, "index.mention.rank-and-name"
        target = persons[0] if len(persons) == 1 else self._nearest(m, persons)
        if len(persons) > 1 and target is not None:
            rule = "index.mention.nearest"
        if target is None:
            self.refused.append((m, "index.refused.ambiguous"))
        else:
            target.uses.append(Use(m, rule))

    def _nearest(self, m: Mention, candidates: list[Referent],
                 any_use: bool = False) -> Referent | None:
        """The candidate named in full (or at all, `any_use`) nearest before `m` in the same
        passage, if any."""
        passage = self.doc.passage_at(m.start).start
        best, where = None, -1
        for r in candidates:
            starts = [u.mention.start for u in r.uses if any_use or u.rule == AS_WRITTEN]
            i = bisect_left(starts, m.start) - 1
            if i >= 0 and starts[i] >= passage and starts[i] > where:
                best, where = r, starts[i]
        return best

    def _region(self, longer: str, surface: Surface) -> bool:
        """Is the longer name the shorter one with qualifiers or describing words before it
        ('North Korean People's Army', 'Western Pacific Ocean'): a part or a kind of it, not a
        fuller form to join?"""
        extra = self.surfaces[longer].words[:-len(surface.words)]
        return all(kinds.generic((w,)) or self.describes(w) for w in extra)

    def _prefix_of(self, surface: Surface) -> Referent | None:
        """The one 'X of Y' referent whose X this surface is, when X ends in a head noun ('the
        National Museum' for the National Museum of the Philippines)."""
        if surface.words[-1] not in _HEADS:
            return None
        if self._prefixes is None:
            self._prefixes = {}
            for s in self.surfaces.values():
                if "of" in s.words[1:]:
                    key = identity(" ".join(s.words[:s.words.index("of")]))
                    self._prefixes.setdefault(key, set()).add(s.key)
        found = {id(r): r for k in self._prefixes.get(surface.key, ())
                 if (r := self.owner.get(k, (None, ""))[0] or self.referents.get(k)) is not None}
        return next(iter(found.values())) if len(found) == 1 else None

    def _head_alone(self, surface: Surface) -> Referent | None | bool:
        """The one longer referent, not a person, that this surface ends, when its last word is
        a head or a common noun of the text ('the Perimeter' for the Pusan Perimeter,
        'Reconnaissance Company' for the 2nd Division Reconnaissance Company); or, after 'the',
        the feature it names ('the Naktong' for the Naktong River); or the island, peninsula or
        mountain it names without 'the' ('Peleliu' for Peleliu Island). False when several longer
        names end so ('the Senate' beside the State Senate and the US Senate)."""
        if self._endings is None:
            self._endings = {}
            for s in self.surfaces.values():
                if "of" not in s.words:
                    for k in range(1, len(s.words)):
                        if s.words[-1] in _UNIT_HEADS and (
                                s.words[k - 1].lower() in lexicon.ORDINAL_WORDS or
                                re.fullmatch(r"\d+(?:st|nd|rd|th)", s.words[k - 1])):
                            continue     # 'United States Army' is not the Eighth
                        self._endings.setdefault(identity(" ".join(s.words[k:])), set()).add(s.key)
        last = surface.words[-1]
        owner = self._prefix_of(surface)
        if owner is not None:
            return owner
        if last in _HEADS or self.doc.index.starts.get(last.lower()) or len(surface.words) > 1:
            found = {id(r): r for k in self._endings.get(surface.key, ())
                     if (r := self.owner.get(k, (None, ""))[0] or self.referents.get(k))
                     is not None and not r.person and not self._region(k, surface)}
            if len(found) == 1:
                return next(iter(found.values()))
            if len(found) > 1:
                return False
        for head in FEATURE_HEADS:
            feature = self.referents.get(identity(f"{surface.text} {head}"))
            if feature is not None and _mostly(surface.mentions, lambda m: self.text.endswith(
                    "the ", 0, m.start)):
                return feature
        for head in BARE_FEATURE_HEADS:           # 'Peleliu' for Peleliu Island
            feature = self.referents.get(identity(f"{surface.text} {head}"))
            if feature is not None and not feature.person and not self.is_person(surface) \
                    and not any(lexicon.english_word(w) or _AFFILIATION.search(w)
                                for w in surface.words) \
                    and not _mostly(surface.mentions, lambda m: self.text.endswith("the ", 0, m.start)):
                return feature                    # not 'Korean', 'the Pacific', 'Harbour'
        return None


def _skeleton(name: str) -> str:
    """A name's identity without what its spellings vary in (see Resolver._variants)."""
    words = identity(name).replace("-", " ").replace("'", "").split()
    words = [re.sub(r"(?<=[aeiou])h$", "", w) for w in words]
    words = [re.sub(r"(?<=[a-z]{3})s$", "", w) for w in words[:-1]] + words[-1:]
    return "".join(words) if len("".join(words)) >= 5 else identity(name)


def _person_shaped(words: tuple[str, ...]) -> bool:
    """Two capitalised words, neither a head nor a qualifier: what a party or a nation may stand
    before in a person's name ('Federalist Paul Revere', 'Republican James Sullivan')."""
    return len(words) == 2 and all(w[:1].isupper() and w.isalpha() and not kinds.generic((w,))
                                   for w in words)


def _introduced(r: Referent) -> int:
    """Where the text first names a person in full (-1 for the infobox's commanders)."""
    if r.source == "commander":
        return -1
    return min((u.mention.start for u in r.uses if u.rule == AS_WRITTEN), default=1 << 62)


def _first_full(r: Referent) -> Mention | None:
    """The first mention of a referent written in full, the context of its short forms."""
    return next((u.mention for u in r.uses if u.rule == AS_WRITTEN), None)


def _kind(words: tuple[str, ...]) -> str:
    """A referent's kind from its words alone ('term' when they do not say)."""
    found = head_of(words)
    if kinds.designator(words[-1]) or kinds.ship_name(words):
        return "ship"
    return found[0] if found else "term"


def _mostly(mentions: list[Mention], test) -> bool:
    """Does `test` hold for at least half of the first SAMPLE mentions?"""
    sample = mentions[:SAMPLE]
    return sum(1 for m in sample if test(m)) * 2 >= len(sample)


def acronyms(book: Book, text: str, refused: list[tuple[str, str]]) -> dict[str, str]:
    """The glossary's acronyms that the text spells out in Latin script as a name (capitalised:
    not 'business process outsourcing'), each long form checked to spell its acronym (see
    kinds.spells) and completed by the capitalised words before it in the text when it does
    not ('Philippine' before 'Atmospheric … Administration (PAGASA)'): short -> long."""
    out = {}
    for e in book.glossary:
        if e.kind != "acronym" or not e.expansion or e.see or is_foreign(e.expansion) \
                or is_foreign(e.term) or not e.expansion[:1].isupper():
            continue
        long = e.expansion if kinds.spells(e.term, e.expansion) else \
            _completed(e.term, e.expansion, text)
        if long:
            out[e.term] = long
        else:
            refused.append((e.term, e.expansion))
    return out


def _completed(short: str, long: str, text: str) -> str:
    """The long form with up to three capitalised words before it, where the text writes it
    before '(short)', when that spells the acronym; '' when nothing does."""
    at = text.find(f"{long} ({short})")
    if at < 0:
        return ""
    before = text[max(0, at - 80):at].split()
    for n in range(1, min(3, len(before)) + 1):
        words = before[-n:]
        if all(w[:1].isupper() for w in words) and kinds.spells(short, " ".join([*words, long])):
            return " ".join([*words, long])
    return ""
