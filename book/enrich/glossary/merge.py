"""One entry per term: candidates that the text says name one thing gather under the form the text
uses most (an acronym under its short form); names only a candidate of its own joins are never
fused. Each alias in English gets a 'see' entry."""
from __future__ import annotations

import re
from dataclasses import replace

from ... import lexicon
from ...model import GlossaryEntry
from ...slugs import slugify, unique_id
from ...collation import fold, plain, sort_key
from ...scripts import is_foreign
from .candidate import Candidate, Context, glyph_tag
from .mentions import scan
from .reject import rejected
from .rules import DEFINITIONS, NOT_A_NAME

# A person's bare bracket is their office or their full name ('Governor Wu (Wu Zhongxin)'), not a
# glossary alias; their names in other scripts and their nicknames are entries (rules.Definition).
_NOT_FOR_PEOPLE = frozenset(r.name for r in DEFINITIONS if not r.people)
_TITLES = lexicon.alternation(lexicon.TITLES + tuple(lexicon.RANKS))


def _key(name: str) -> str:
    """One identity for 'Tihwa', 'tihwa' and 'The Tihwa'."""
    return fold(plain(name))


def _groups(cands: list[Candidate]) -> list[list[Candidate]]:
    """Candidates joined by a shared name (union–find over the names each candidate gives)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for c in cands:
        root = find(_key(c.term))
        for other in [*c.aliases, *([c.expansion] if c.expansion else [])]:
            if not is_foreign(other):
                parent[find(_key(other))] = root
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(find(_key(c.term)), []).append(c)
    return list(groups.values())


_PLACE_BEFORE = re.compile(r"\b(?:at|near|in|into|from|to|towards|outside)\s+$")


def _is_person(ctx: Context, c: Candidate) -> bool:
    """The candidate is a commander of the infobox (or part of one's name): the biographies
    hold them, not the glossary ('Popé's Rebellion' is an event, not Popé). A term right after
    a preposition of place is a place that shares a name ('wounded at Cixi (Tzeki)')."""
    if _PLACE_BEFORE.search(ctx.text, max(0, c.span[0] - 12), c.span[0]):
        return False
    names = [re.sub(rf"^(?:{_TITLES}\s+)+", "", n) for n in (c.term, *c.aliases)]
    return any(n == p or (len(n) > 3 and n in p) for p in ctx.people for n in names)


def entries(ctx: Context, cands: list[Candidate]) -> tuple[GlossaryEntry, ...]:
    """The glossary: one entry per group of candidates, and its 'see' entries, sorted."""
    kept = []
    for c in cands:
        _epithet(ctx, c)
        if c.rule in _NOT_FOR_PEOPLE and _is_person(ctx, c):
            rejected(ctx, "term-person", *c.span)
        elif _sound(ctx, c) and c.has_content():
            kept.append(c)
    groups = [g for g in _groups(kept) if not all(_spelling_only(c) for c in g)]
    seen = scan(ctx.text, {n for g in groups for c in g for n in (c.term, *c.aliases)})
    out = [_entry(ctx, g, seen) for g in groups]
    see = [GlossaryEntry(id="", term=a, expansion=e.term, see=e.id, first_section=e.first_section,
                         anchor=e.anchor, kind="see", provenance=e.provenance)
           for e in out for a in e.aliases if not is_foreign(a) and a.lower() != e.term.lower()]
    ordered = sorted(out + see, key=lambda e: (sort_key(e.term), e.see is not None))
    taken: dict[str, int] = {}
    return tuple(replace(e, id=unique_id(("g-see-" if e.see else "g-") + slugify(e.term, "term"),
                                         taken)) if e.see else e for e in ordered)


def _sound(ctx: Context, c: Candidate) -> bool:
    """The guard over every rule (rules.NOT_A_NAME): a candidate whose term is no name is none;
    another name that is none is left out of it (each recorded for `book explain`)."""
    bad = NOT_A_NAME.check(c.term)
    if bad is not None:
        rejected(ctx, bad.name, *c.span)
        return False
    for alias in list(c.aliases):
        bad = NOT_A_NAME.check(alias)
        if bad is not None:
            rejected(ctx, bad.name, *c.span, "a glossary alias")
            c.aliases.remove(alias)
    if c.definition is not None and not c.definition.strip(" ,;.\"“”"):
        c.definition = None
    return True


_NOW_RULES = frozenset(("bracket-now-name", "prose-now-name"))


def _explained(c: Candidate) -> bool:
    """Is the candidate's term the one its phrase explains, whatever form the text uses most:
    'New Spain (now Kellia)' explains New Spain (the modern name is said of it), 'Marta (in
    Cyrillic: Марта)' spells Marta."""
    return c.explained or c.rule in _NOW_RULES or \
        (c.original is not None and c.rule == "bracket-script-label")


def _spelling_only(c: Candidate) -> bool:
    """'Marta (in Cyrillic: Марта)': the term's spelling in the script the text labels, in no
    language it names, and nothing else: it says nothing of what the term is (an entry of such
    candidates only is none; a bare bracket in another script, 'Mainila (Майнило)', is the
    place's own spelling and stays)."""
    return c.rule == "bracket-script-label" and bool(c.original) and not c.lang and \
        not (c.expansion or c.definition or c.aliases or c.names)


def _entry(ctx: Context, group: list[Candidate], seen: dict[str, tuple[int, int]]) -> GlossaryEntry:
    """The entry of one group: its headword, what the text says, where it first stands."""
    names = list(dict.fromkeys(n for c in group for n in (c.term, *c.aliases)))
    acronym = next((c for c in group if c.kind == "acronym"), None)
    if acronym is not None:
        head = acronym.term
    else:
        latin = [n for n in names if not is_foreign(n)] or names
        head = next((n for n in latin if n == ctx.title), None) or \
            next((c.term for c in group if c.term in latin and _explained(c)), None) or max(
            latin, key=lambda n: (seen.get(n, (0, 0))[0], -names.index(n)))

    def pick(attr: str):
        return next((getattr(c, attr) for c in group if getattr(c, attr)), None)
    expansion, original = pick("expansion"), pick("original")
    aliases = tuple(n for n in names if n != head and n != expansion)
    others = tuple(dict.fromkeys(x for c in group for x in c.names if x[0] != original))
    kinds = {c.kind for c in group}
    kind = next(k for k in ("acronym", "foreign", "term", "alias") if k in kinds or k == "alias")
    first = min((seen[n][1] for n in names if n in seen), default=group[0].span[0])
    defined = group[0]
    where = ctx.doc.passage_at(min(first, defined.span[0]))
    lang = next((c.lang for c in group if c.lang and c.original == original), None) or pick("lang")
    glyphs = tuple(dict.fromkeys((t, glyph_tag(t, tag, ctx)) for t, tag in ((original, lang), *others)
                                 if t and is_foreign(t)))
    return GlossaryEntry(
        id=unique_id("g-" + slugify(head, "term"), ctx.ids), term=head, aliases=aliases,
        expansion=expansion, original=original, lang=lang, definition=pick("definition"),
        first_section=where.section, anchor=where.anchor, kind=kind, names=others,
        provenance=ctx.doc.provenance(defined.rule, *defined.span), glyphs=glyphs)


def _epithet(ctx: Context, c: Candidate) -> None:
    """'Xiao Chaogui the West King (西王)': the term is the title, not the person."""
    for person in ctx.people:
        rest = c.term[len(person) + 5:]
        if c.term.startswith(person + " the ") and rest[:1].isupper():
            c.term = rest
