"""Enricher: one entry per infobox commander, built only from sentences of the article."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from . import dates
from ..model import Book, Commander, Fact, Infobox, Person
from .people import NOT_ALONE as _NOT_ALONE, TITLES
from ..read.shape import full_text, texts, walk_blocks
from ..read.text import ends_in_abbreviation, sentences

_SELF = r"(?:killed (?:himself|herself)|took (?:his|her) own life|committed (?:suicide|seppuku|hara-?kiri))"
_DEATH = rf"(?:{_SELF}|killed|executed|died|perished|assassinated|beheaded|drowned|shot|murdered|hanged|slain|poisoned)"
_FATE_VERB = re.compile(
    rf"\b(?P<aux>(?:was|were|had been|is said to have been|was said to have been|were said to have|was said to have)\s+(?:(?:later|then|also|eventually|finally|reportedly|allegedly|betrayed and)\s+)?)?"
    rf"(?P<verb>(?:mortally\s+)?wounded|{_DEATH}|captured|arrested|imprisoned|exiled|fled|escaped|surrendered|deposed)\b")
# Verbs that state a fate without an auxiliary ("died", "fled"); others need "was"/"were".
_INTRANSITIVE = re.compile(rf"died|perished|drowned|fled|escaped|{_SELF}|surrendered")
_FATE_RANK = [(re.compile(rf"\b{_DEATH}\b"), 0), (re.compile(r"\bwounded\b"), 1),
              (re.compile(r"\b(?:captured|arrested|imprisoned|surrendered|deposed)\b"), 2),
              (re.compile(r"\b(?:exiled|fled|escaped)\b"), 3)]
_CLAUSE_END = re.compile(r";|\.(?=\s+[A-Z]|\s*$)|,\s+(?:but|while|where|which|who|whereas)\b|,\s+(?=[A-Z])")
_RELATIONS = ("nephew|niece|son|daughter|brother|sister|cousin|father|mother|uncle|aunt|wife|"
              "husband|kinsman|protégé|protege|successor|predecessor|brother-in-law|son-in-law|"
              "father-in-law|grandson|granddaughter|grandfather|deputy|ally|rival|mentor")
_ROLE_NOUNS = ("commander|leader|governor|head|chief|minister|president|general|officer|warlord|"
               "king|emperor|ruler|admiral|marshal|chairman|premier|consul|founder|linguist|"
               "reporter|scholar|official|adventurer|prince|regent|secretary|colonel|captain")
_CAP_WORD = r"[A-Z\u00C0-\u024F][\w'’-]*"
# A past-tense verb right after a bare name makes it a person acting ("Han said", "Ma helped").
_ACTS = re.compile(r"\s+(?:[a-z]+ed|said|was|had|led|took|made|went|came|gave|told|wrote|fought|"
                   r"won|lost|fled|became|sent|met|saw|left|held|kept|ran|began|rode|struck)\b")
# The mention stands as an object: 'Shingen had defeated Ieyasu at … but died' is Shingen's death.
_OBJECT_BEFORE = re.compile(r"\b(?:[a-z]+ed|by|against|over|with|to)\s+(?:(?:[A-Z][\w.'’-]*)\s+)*$")
_MONTH_OR_DAY = ("January|February|March|April|May|June|July|August|September|October|November|"
                 "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday")
# A lower-case noun after a full name makes it the name of an event or a group.
_NAMED_AFTER = re.compile(r"\s+(?:rebellion|revolt|uprising|war|campaign|dynasty|era|period|"
                          r"clan|family|regime|government|expedition|incident|affair)\b")
# Words after a family name that make it the family or its men, not one person.
_FAMILY = re.compile(r"\s+(?:clan|family|forces|army|armies|troops|dynasty|brothers|men|household|"
                     r"house|line|kinsmen|relatives|cousins|warlords|clique)\b")
_WORD = re.compile(r"[^\s,;:()\[\]\"“”]+")      # name tokens as _tokens() splits them
_DATED = re.compile(r"\b\d{3,4}\b|\bBC\b|\bAD\b")      # a clause that already gives its year


@dataclass
class _Who:
    """Mutable working state for one commander."""

    person: Person
    full: re.Pattern
    tokens: list[str]


def enrich(book: Book) -> Book:
    """Add one Person per infobox commander, in infobox order."""
    box = book.article.infobox
    labels = {s.number: s.label for s in box.sides}
    ordered = _by_side(box)
    holders: dict[str, set[int]] = {}                # name token -> commanders whose name has it
    for i, c in enumerate(ordered):
        for tok in _tokens(c.name):
            holders.setdefault(tok, set()).add(i)
    people = [_Who(Person(f"bio-{i + 1}", c, labels[c.sides[0]]),
                   _full_pattern(c.name, i, holders), _tokens(c.name))
              for i, c in enumerate(ordered)]
    if not people:
        return book
    token_owners: dict[str, list[int]] = {}
    for i, who in enumerate(people):
        for tok in set(who.tokens):
            token_owners.setdefault(tok, []).append(i)
    text = full_text(book)
    group_words = _group_words(text, token_owners)
    facts: list[list[Fact]] = [[] for _ in people]
    seen_facts: list[set[Fact]] = [set() for _ in people]
    roles: list[list[str]] = [[] for _ in people]
    relations: list[list[str]] = [[] for _ in people]
    fates: list[tuple[int, str] | None] = [None for _ in people]
    counts = [0] * len(people)
    ctx = dates.Context()
    named_in = _named_in_sections(book, people, token_owners)
    current_section, recent = None, {}   # shared token -> people named in full so far in the section
    for _chapter, section, block in walk_blocks(book):
        items = texts(block)
        if section != current_section:
            current_section, recent = section, {}
        for item in items:
            for _, sentence in sentences(item):
                found_dates = dates.find(sentence, ctx)
                spans = mentions(sentence, people, token_owners, group_words, recent,
                                 named_in.get(section, {}))
                named = sorted({i for i, _, _ in spans})
                for i in named:
                    counts[i] += sum(1 for j, _, _ in spans if j == i)
                    fact = Fact(sentence.strip(), section, block.id)
                    if fact not in seen_facts[i]:
                        seen_facts[i].add(fact)
                        facts[i].append(fact)
                    for role in _roles(sentence, people[i].person.name, spans, i):
                        if role.lower() not in (r.lower() for r in roles[i]):
                            roles[i].append(role)
                for i, rel in _relations(sentence, people, spans):
                    if rel not in relations[i]:
                        relations[i].append(rel)
                for i, rank, fate in _fates(sentence, spans, found_dates):
                    if fates[i] is None or rank < fates[i][0]:
                        fates[i] = (rank, fate)
    out = tuple(replace(w.person, roles=tuple(roles[i][:4]), relations=tuple(relations[i]),
                        facts=tuple(facts[i]), fate=fates[i][1] if fates[i] else None,
                        mentions=counts[i])
                for i, w in enumerate(people))
    return replace(book, biographies=out)


def _by_side(box: Infobox) -> list[Commander]:
    """Commanders grouped by the first side that lists them, each side in its own order."""
    order = {(side.number, name): k for side in box.sides for k, name in enumerate(side.commanders)}
    return sorted(box.commanders, key=lambda c: (c.sides[0], order.get((c.sides[0], c.name), 0)))


def _tokens(name: str) -> list[str]:
    return [t for t in re.split(r"\s+", name) if t]


def _full_pattern(name: str, me: int, holders: dict[str, set[int]]) -> re.Pattern:
    """The whole name, and for three-word names the two-word forms no other commander shares
    ('Ishaq Beg' for Ishaq Beg Munonov, but not 'X Y' when X Y Z and X Y W both command)."""
    toks = _tokens(name)
    forms = {name}
    if len(toks) >= 3:
        for a, b in ((toks[0], toks[1]), (toks[0], toks[-1]), (toks[-2], toks[-1])):
            if not (holders.get(a, set()) & holders.get(b, set())) - {me}:
                forms.add(f"{a} {b}")
    alts = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])")


def _candidates(text: str, people: list[_Who], owners: dict[str, list[int]]) -> list[int]:
    """The people who share a word with `text`: only they can be named in it (keeps the
    matching linear in the text, whatever the number of commanders)."""
    return sorted({i for w in _present(text) for i in owners.get(w, ())})


def _present(text: str) -> set[str]:
    """The words of `text` as name tokens could match them ('Osman's' and 'Lee.' give 'Osman', 'Lee')."""
    words = set(_WORD.findall(text))
    return words | {re.sub(r"['’]s$", "", w) for w in words} | {w.rstrip(".") for w in words}


def _named_in_sections(book: Book, people: list[_Who],
                       owners: dict[str, list[int]]) -> dict[str, dict[str, set[int]]]:
    """Per section, each name token -> the commanders named in full anywhere in that section:
    a shared surname decides for one of them only when no other bearer is named there."""
    out: dict[str, dict[str, set[int]]] = {}
    for _chapter, section, block in walk_blocks(book):
        tokens = out.setdefault(section, {})
        for item in texts(block):
            for _, sentence in sentences(item):       # sentence by sentence: linear in the text
                for i in _candidates(sentence, people, owners):
                    if people[i].full.search(sentence):
                        for tok in people[i].tokens:
                            tokens.setdefault(tok, set()).add(i)
    return out


_GROUP_USES = (
    # 'the Han', 'many Hui' (not 'the Han River')
    re.compile(rf"\b(?:the|ethnic|many|most|some)\s+({_CAP_WORD}?)(s?)\b(?!\s+{_CAP_WORD})"),
    # 'Han civilians', 'Hui rebels' (a plural or -ian/-er/-ist noun after the word)
    re.compile(r"\b([A-Z\u00C0-\u024F][\w'’-]*)()\s+(?:[a-z]+(?:ians?|ers|ists|s)\b)(?<!\bwas)(?<!\bhas)"),
    re.compile(r"\b([A-Z\u00C0-\u024F][\w'’-]*)()\s+(?:Chinese|Muslims?|people|peoples|troops|"
               r"civilians|soldiers|forces|dynasty)\b"),
)


def _group_words(text: str, owners: dict[str, list[int]]) -> set[str]:
    """Name tokens the text also uses as a people or group word ('the Han', 'Han civilians');
    one pass over the text whatever the number of commanders."""
    used: set[str] = set()
    for pattern in _GROUP_USES:
        for m in pattern.finditer(text):
            used.update((m.group(1), m.group(1) + m.group(2)))
    return {tok for tok in owners if tok in used}


def mentions(sentence: str, people: list[_Who], owners: dict[str, list[int]], risky: set[str],
             recent: dict[str, set[int]], section: dict[str, set[int]] | None = None
             ) -> list[tuple[int, int, int]]:
    """(person index, start, end) of each mention of a commander in `sentence`."""
    spans: list[tuple[int, int, int]] = []
    for i in _candidates(sentence, people, owners):
        for m in people[i].full.finditer(sentence):
            if _NAMED_AFTER.match(sentence, m.end()):
                continue                    # 'the An Lushan rebellion' is the event, not the man
            word = re.search(rf"(\b(?:the|a|an)\s+)?\b({_CAP_WORD})\s+$", sentence[:m.start()])
            if m.group(0) != people[i].person.name and word and not word.group(1) and \
                    not re.fullmatch(f"(?:{TITLES})", word.group(2)):
                continue                    # 'Daulat Khan Lodi' holds 'Khan Lodi': another man
            spans.append((i, m.start(), m.end()))
    spans.sort(key=lambda s: s[1])
    taken = [(s, e) for _, s, e in spans]
    for i, s, _ in spans:
        for tok in people[i].tokens:
            recent.setdefault(tok, set()).add(i)
    singles = []
    present = _present(sentence)
    for tok, idx in ((t, owners[t]) for t in owners if t in present):
        if tok.lower().strip(".") in _NOT_ALONE or len(tok.rstrip(".")) < 2 or not tok[0].isupper():
            continue
        # A name of three or more words stands alone by its first or last word only: 'Timur'
        # inside 'Chin Timur Sultan' names the conqueror as often as the commander.
        idx = [i for i in idx if len(people[i].tokens) < 3 or tok in (people[i].tokens[0],
                                                                       people[i].tokens[-1])]
        if not idx:
            continue
        for m in re.finditer(rf"(?<![\w-])({re.escape(tok)})(?:['’]s)?(?![\w-])", sentence):
            s, e = m.start(1), m.end(1)
            if any(a <= s < b for a, b in taken):
                continue
            after = sentence[m.end():]
            before = sentence[:s]
            titled = re.search(rf"(?:{TITLES})\s+$", before) is not None
            possessive = m.group(0) != tok
            # Part of another name ("Ma Clique", "Hong Kong") unless the next word is a title.
            if not possessive and re.match(rf"\s+{_CAP_WORD}", after) and not titled:
                continue
            if re.match(r"\s+(?=[IVX]+\b)", after):
                continue                    # 'Alexander I': a sovereign of that name
            prev = re.search(r"([\w'’-]+)\s+$", before)
            if prev and any(prev.group(1) in people[i].tokens for i in idx):
                continue                    # 'Daulat Khan Lodi' for Mahmud Khan Lodi: another man
            if re.search(rf"\bthe\s+(?:{_CAP_WORD}\s+and\s+)?$", before):
                continue                    # 'the Oda and Tokugawa': the clans
            if re.search(r"\b(?:at|in|near|into|outside|to|from)\s+$", before) and not titled \
                    and not possessive:
                continue                    # a place ("at Cixi"), not a person
            if tok in risky and not titled and not (
                    _ACTS.match(after) and not re.search(r"\b(?:the|ethnic|against|of|many|some)\s+$", before)):
                continue                    # an ethnonym or group word ("Han Chinese")
            if not possessive and _FAMILY.match(after):
                continue                    # 'the Mori clan', 'Ma forces': the family, not a person
            if len(idx) > 1:
                prev = re.search(r"([\w'’-]+)\s+$", before)
                if prev and set(owners.get(prev.group(1), ())) & set(idx):
                    continue                # 'Sato Ren': part of a name several commanders share
                named = recent.get(tok, set()) & set(idx)
                if len((section or {}).get(tok, set()) & set(idx)) > 1:
                    continue                # another bearer is named in this section too
                if len(named) != 1:
                    continue                # shared surname with no deciding context
                singles.append((named.pop(), s, e))
            else:
                singles.append((idx[0], s, e))
    return sorted(spans + singles, key=lambda x: x[1])


def _roles(sentence: str, name: str, spans, i: int) -> list[str]:
    """Titles and appositions the text attaches to a mention of person `i`."""
    out = []
    for j, s, e in spans:
        if j != i:
            continue
        before, after = sentence[:s], sentence[e:]
        m = re.search(rf"((?:{_CAP_WORD}\.?\s+){{0,3}}(?:{TITLES}))\s+$", before)
        if m:
            role = m.group(1).strip()
            role = re.sub(r"^(?:The|A|An|As|In|At|On|Under|By|With|When|While)\s+", "", role)
            role = re.sub(rf"^(?:(?:{_MONTH_OR_DAY})\s+)+", "", role)    # 'on 4 November Marshal X'
            if role and role.split()[0][0].isupper():
                out.append(role)
        chain = re.sub(rf"(?:{_CAP_WORD}(?:\s+{_CAP_WORD})*(?:,\s*|,?\s+and\s+))+$", "", before)
        m = re.search(rf"\bthe\s+((?:{_CAP_WORD}\s+){{1,2}})$", chain)
        if m and not re.search(rf"(?:{TITLES})\s*$", m.group(1)):
            role = m.group(1).strip()
            out.append(role[:-1] if role.endswith("ans") else role)   # "White Russians X and Y"
        m = re.search(rf"\b[Tt]he\s+((?:[\w-]+\s+){{0,3}}(?:{_ROLE_NOUNS}))\s+$", before)
        if m and not re.search(r"\b(?:of|and|or|the|a|an)\s", m.group(1)):
            out.append(m.group(1).strip())
        m = re.match(r"(?:\s*\([^()]*\))?,\s+((?:the|a|an)\s+[^,;.()]{3,80}?)(?:\s*\([^()]*\))?(?=,|;|\.|\s+who\b|\s+and\s+(?:the|a|an)\s|$)", after)
        if m and not re.search(r"\b(?:was|were|had|has|is|are|did)\b", m.group(1)) and \
                not re.search(r"\b[a-z]{3,}ed\s+(?:along|across|into|to|on|at|in|the|a|an)\b", m.group(1)):
            phrase = m.group(1)
            if not re.search(rf"\b(?:{_RELATIONS})\s+of\b", phrase):
                out.append(phrase)
        m = re.match(rf"\s+(?:was|became|served as|remained)\s+((?:the|a|an)\s+(?:[\w-]+\s+){{0,4}}?(?i:{_ROLE_NOUNS})(?:\s+of\s+[^,;.()]{{3,50}})?)", after)
        if m:
            out.append(m.group(1))
        m = re.match(rf"\s*\(((?:the\s+|a\s+)?(?:[a-z][\w-]*\s+){{0,3}}(?i:{_ROLE_NOUNS})(?:\s+of\s+[^()]{{3,40}})?)\)", after)
        if m:
            out.append(m.group(1))            # "Lucius Flavius Silva (governor of Judaea)"
        m = re.search(rf"\bAs\s+((?:{_ROLE_NOUNS})\s+of\s+[^,]{{3,60}}),\s+(?:(?:{_CAP_WORD}\s+){{0,3}})?$", before)
        if m:
            out.append(m.group(1))
    out = [r.strip() for r in out]
    # Drop a bare title when a fuller one says the same ("General" beside "Major General").
    return [r for r in out if not any(o != r and o.endswith(" " + r) for o in out)]


def _relations(sentence: str, people: list[_Who], spans) -> list[tuple[int, str]]:
    """'X, … the nephew of Y', 'Y and his nephew X', "Y's cousin X"."""
    out = []
    for i, s, e in spans:
        after, before = sentence[e:], sentence[:s]
        m = re.match(rf"[^.;]*?\b(?:the\s+|a\s+)?({_RELATIONS})\s+of\s+((?:{_CAP_WORD}\s?){{1,4}})", after)
        if m and re.match(r",", after) and not re.search(r"\b(?:was|were)\b", after[:m.start(1)]):
            out.append((i, f"{m.group(1)} of {_untitled(m.group(2))}"))
        m = re.search(rf"((?:{_CAP_WORD}\s){{0,3}}{_CAP_WORD})(?:\s+and\s+his|['’]s)\s+({_RELATIONS})\s+(?:(?:{TITLES})\s+)*$", before)
        if m:
            out.append((i, f"{m.group(2)} of {_untitled(m.group(1))}"))
    return out


def _untitled(name: str) -> str:
    return re.sub(rf"^(?:(?:{TITLES})\s+)+", "", name.strip())


def _clause_end(text: str, pos: int = 0) -> int | None:
    """Where the clause going on at `pos` ends, if before the end of `text`: a full stop after
    an abbreviated rank or an initial ('Gen. P. G. T. Beauregard') ends nothing, as for
    sentences (read.text)."""
    for m in _CLAUSE_END.finditer(text, pos):
        if m.group() != "." or not ends_in_abbreviation(text[:m.end()]):
            return m.start()
    return None


def _fates(sentence: str, spans, found_dates) -> list[tuple[int, int, str]]:
    """Fates stated with the person as subject: '… was killed in 1951', '… fled to Taiwan'."""
    out = []
    for m in _FATE_VERB.finditer(sentence):
        before = [(i, s, e) for i, s, e in spans if e <= m.start()]
        if not before:
            continue
        i, s, e = before[-1]
        gap = sentence[e:m.start()]
        if not m.group("aux") and not _INTRANSITIVE.fullmatch(m.group("verb")):
            # Only the causative "had X executed" states a fate without an auxiliary.
            if gap.strip() or not re.search(r"\bha(?:d|ve)\s+$", sentence[:s]):
                continue
        # "X …, and after writing a confession he was executed": a he/she right before the
        # verb is X when X is the only commander in the sentence and no other name intervenes.
        pronoun = re.search(r"\b(?:he|she)\s+$", gap)
        if pronoun and (len({j for j, _, _ in before}) != 1 or
                        re.search(rf"{_CAP_WORD}\s+{_CAP_WORD}", gap)):
            continue
        if pronoun and re.search(rf"\bby\s+(?:the\s+)?{_CAP_WORD}(?:\s+{_CAP_WORD})*\s*(?:,|\band\b)", gap):
            continue                         # "captured by Hong, and he …": he may be Hong
        checked = "" if pronoun else gap
        if re.search(r"\b(?:his|her|its|their)\s+[a-z]+\s+$|\b(?:when|whose)\b", gap) or (
                re.search(r"\b(?:but|and)\b", gap) and _OBJECT_BEFORE.search(sentence[:s])):
            continue                         # 'defeated Ieyasu … but died', 'when his horse was killed'
        if re.match(r"['’]s\b", gap) or re.search(
                r"\b(?:by|they|he|she|him|her|who|whose|which|whom|that|it)\b", checked) \
                or not pronoun and _clause_end(gap) is not None and not re.fullmatch(r",[^.;]*,\s*", gap):
            continue
        if not pronoun and len(gap.split()) > 14 or re.search(rf"(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfor )"
                                               rf"(?<!\bof )(?<!\bfrom ){_CAP_WORD}\s+$", gap):
            continue                         # another subject stands right before the verb
        subjects = [i]
        for j, s2, e2 in reversed(before[:-1]):          # coordinated subjects: "A, B and C were …"
            between = sentence[e2:s]
            if re.fullmatch(rf"(?:,\s*|\s+and\s+|,\s+and\s+)(?:{_CAP_WORD}(?:\s+{_CAP_WORD})*(?:,\s*|\s+and\s+))*", between):
                subjects.append(j)
                s = s2
            else:
                break
        end = _clause_end(sentence, m.end())
        end = len(sentence) if end is None else end
        clause = sentence[m.start():end].strip()
        clause = re.sub(r"^(?:was|were|had been)\s+(?:(?:also|then)\s+)?", "", clause)
        if "," in clause and len(clause.split(",")[0].split()) >= 4:
            clause = clause.split(",")[0]
        clause = re.sub(r"^(?:is|was|were) said to (?:have been|have)\s+", "said to have ", clause)
        if found_dates and not _DATED.search(clause):
            stated = [d for d in found_dates if d.pos < end]
            if len(stated) == 1 or (stated and len(found_dates) == 1):
                clause += f" ({stated[-1].display})"
        rank = next((r for p, r in _FATE_RANK if p.search(m.group(0))), 3)
        out.extend((j, rank, clause) for j in subjects)
    return out
