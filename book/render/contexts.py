"""Plain data for the templates that need more than the model gives (the Sphinx *_context habit)."""
from __future__ import annotations

import re

from ..model import Book, Commander, IndexEntry, Item, Locator, Person, Side, glance_row
from ..lexicon import DEATHS, SIDE_LABELS, STATUS, neutral_label, spelt_out

# How the At a glance table and the entries mark a status after a name.
_MARKS = {"POW": "captured", "WIA": "wounded", "MIA": "missing"}


def glance(book: Book) -> dict:
    """The infobox as display rows: general fields, then one column per side under its label."""
    box = book.article.infobox
    title = book.article.title
    rows = [(f.label, f.items, glance_row(f.label)) for f in box.fields
            if not (f.label == "Conflict" and _same_title(f.value, title))]
    side_rows = []
    for attr, label in SIDE_LABELS.items():
        cols = [_commander_items(book, s) if attr == "commanders" else getattr(s, attr)
                for s in box.sides]
        if any(cols):
            side_rows.append((label, cols, glance_row(label)))
    # the rows an index locator leads to (a name printed only here): an anchor in each
    cited = {loc.anchor for e in book.index for loc in e.locators}
    return {"rows": rows, "heads": [s.label for s in box.sides], "side_rows": side_rows,
            "cited": cited}


def _same_title(value: str, title: str) -> bool:
    """'Dungan Revolt' is the title 'Dungan Revolt (1862–1877)' without its disambiguator."""
    def bare(t: str) -> str:
        return re.sub(r"\s*\([^()]*\)\s*$", "", t).strip(" ,").casefold()
    return bare(value) == bare(title)


def _commander_items(book: Book, side: Side) -> tuple[Item, ...]:
    """A side's commanders with their group labels, marks, periods and roles."""
    box = book.article.infobox
    out: list[Item] = []
    group = None
    for name in side.commanders:
        c = box.commander(name)
        m = next(m for m in c.memberships if m.side == side.number)
        if m.group != group and m.group:
            out.append(Item(m.group, "label"))
        group = m.group
        out.append(Item(commander_label(c, m.period, m.role), "sub" if m.group else "value"))
    return tuple(out)


def commander_label(c: Commander, period: str | None = None, role: str | None = None) -> str:
    """'Vittorio Dabormida †', 'Matteo Albertone (captured)', 'Cui Wei (1862–1872)'."""
    text = c.name + (" †" if DEATHS & set(c.status) else "")
    notes = [_MARKS[s] for s in c.status if s in _MARKS] + [x for x in (role, period) if x]
    return text + (f" ({'; '.join(notes)})" if notes else "")


def biographies(book: Book) -> list[tuple[str, str, list[dict]]]:
    """(side label, how 'the commanders of …' names it, people) for the Commanders appendix."""
    labels = {s.number: s.label for s in book.article.infobox.sides}
    groups: dict[str, list[dict]] = {}
    for p in book.biographies:
        groups.setdefault(p.side_label, []).append(_person(p, labels))
    return [(label, _among(label), people) for label, people in groups.items()]


def _person(p: Person, labels: dict[int, str]) -> dict:
    c = p.commander
    described = [x for x in (c.rank, *c.roles) if x]
    seen = {_bare(d) for d in described}
    roles = described + [r for r in p.roles if _bare(r) not in seen and not seen.add(_bare(r))]
    sides = [_among(neutral_label(m.side)) + (f", {m.group}" if m.group else "") +
             (f" ({m.period})" if m.period else "") for m in c.memberships]
    return {"id": p.id, "name": p.name, "dead": bool(DEATHS & set(c.status)),
            "status": [STATUS[s] for s in c.status], "roles": roles,
            "sides": sides if len(sides) > 1 or any(m.period or m.group for m in c.memberships)
            else [], "relations": p.relations, "facts": p.facts, "fate": p.fate}


def _bare(role: str) -> str:
    """A role without its article, case or abbreviations, to see that 'the Warden of X' is
    'Warden of X' and 'Maj. Gen.' is 'Major General'."""
    return spelt_out(re.sub(r"^(?:the|a|an)\s+", "", role.strip(), flags=re.I)).casefold()


def _among(label: str) -> str:
    """'the first side' for a neutral label, else the belligerents' names as they stand."""
    return f"the {label[0].lower()}{label[1:]}" if re.match(r"(?:[A-Z][a-z]+ side|Side \d+)\b",
                                                             label) else label


def index(book: Book) -> list[tuple[dict, list[dict]]]:
    """The index in letter groups: ({'key', 'label'}, entries), each entry with its 'see' targets
    and locators labelled for an ebook (the section; '(2)' for a second place in it)."""
    terms = {e.id: e.term for e in book.index}
    groups: dict[str, list[dict]] = {}
    for e in book.index:
        first = e.sort_key[:1].upper()
        groups.setdefault(first if "A" <= first <= "Z" else "0–9", []).append(_index_entry(e, terms))
    return [({"key": "index-" + ("digits" if label == "0–9" else label.lower()), "label": label},
             entries) for label, entries in groups.items()]


def _index_entry(e: IndexEntry, terms: dict[str, str]) -> dict:
    return {"id": e.id, "term": e.term, "original": e.original, "lang": e.lang,
            "sees": [(target, terms[target]) for target in e.sees if target in terms],
            "locators": locator_labels(e.locators), "pages": [x.target for x in e.locators],
            "subentries": [{"term": s.term, "locators": locator_labels(s.locators),
                            "pages": [x.target for x in s.locators]} for s in e.subentries]}


def locator_labels(locators: tuple[Locator, ...]) -> list[dict]:
    """The places an ebook links to, one per paragraph (its first mention there), with the
    words it shows: the section, numbered when the entry has several paragraphs in one section
    ('Background', 'Background (2)'). Print shows the page of every mention instead."""
    seen: dict[str, int] = {}
    out = []
    paragraphs: set[str] = set()
    for loc in locators:
        if loc.anchor in paragraphs:
            continue
        paragraphs.add(loc.anchor)
        seen[loc.section] = seen.get(loc.section, 0) + 1
        n = seen[loc.section]
        out.append({"anchor": loc.target, "label": loc.section + (f" ({n})" if n > 1 else "")})
    return out
