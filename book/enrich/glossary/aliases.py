"""Other names the prose gives: 'X, also known as A, B, or C', 'sometimes called', 'known in
Chinese as', 'nicknamed "A"', 'took the name A', 'under the pseudonym "A"', and the lead's
'X or Y' for the subject."""
from __future__ import annotations

import re
from collections.abc import Iterator

from ... import lexicon
from .candidate import Candidate, Context
from .names import listed
from .phrases import NAME, line_before, term_before, unbracketed
from .reject import rejected
from .rules import NOT_A_TERM

_KNOWN = re.compile(
    r"\b(?:(?:also|sometimes|commonly|often|later|formerly|locally|popularly|widely|"
    r"alternatively|better|now|originally|officially|collectively|otherwise|previously|"
    r"then|once|initially|traditionally|historically|became|become|becomes)\s+"
    r"(?:(?:still|commonly|widely|often|usually|generally)\s+){0,2}"
    r"(?:known|called|named|referred\s+to|spelled|spelt|dubbed|termed|styled|nicknamed)"
    r"|referred\s+(?:to\s+)?as|known\s+(?:in|by|among|to)\s+[^,;.()]{1,40}?\s+as"
    r"|known(?:\s+(?:locally|popularly|colloquially|informally|officially|widely))?(?=\s+as)|nicknamed|dubbed"
    r"|code-?named|code\s+named"
    r"|(?<=,\s)called(?=\s+[\"“]))(?:\s+as)?\s+(?=the\s|[A-Z\u00C0-\u024F\"“])")
_RENAMED = re.compile(
    r"\b(?:(?:took|adopted|assumed|received|was\s+given)\s+the\s+(?:name|title)|was\s+renamed|"
    r"(?:[Ww]rote|[Ww]riting|[Pp]ublished)\s+under\s+the\s+(?:pseudonym|pen\s+name|name)|"
    r"(?:moniker|nickname|sobriquet|epithet)(?:\s+of)?(?:\s+the)?)\s+(?=[A-Z\u00C0-\u024F\"“])")
_EPITHET = re.compile(r"\b([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,3})[ \t]+[\"“](the[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)?)[\"”]")
# 'Orrin B. "Salty" Vask': a nickname in quotes inside a person's name (a bare word in
# brackets there is as often a maiden name: 'Elizabeth (Greenleaf) Gerry').
_NICKNAME = re.compile(
    r"(?<![\w.'’-])(?P<first>[A-Z][a-z]+(?:\s+[A-Z]\.)*)\s+[\"“](?P<q>[A-Z][\w'’-]+(?:[ -][A-Z][\w'’-]+)?)[\"”]"
    r"\s+(?P<last>[A-Z][a-z][\w'’-]+)(?![\w'’-]|\s+[A-Z])")
_NOT_GIVEN = frozenset((*lexicon.LEADING_HEADS, *lexicon.ORGANISATION_HEADS, *lexicon.UNIT_HEADS,
                        *lexicon.PLACE_HEADS, *lexicon.EVENT_HEADS, *lexicon.MONTHS))
_NOW_PROSE = re.compile(r"\b([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+(?:which\s+is\s+)?"
                        r"(?:now|formerly|today)\s+(?:called\s+|known\s+as\s+)?(?:the\s+)?(?=[A-Z])")
# 'The Kell Commission was founded as the Tarn Commission': the name a thing began under.
_FOUNDED_AS = re.compile(r"\s+(?:was|were)\s+(?:originally\s+|first\s+|initially\s+)?(?:founded|established|"
                         r"formed|created|launched|organi[sz]ed|incorporated|built)\s+as\s+(?:the\s+)?"
                         r"(?=[A-Z])")
# 'Orrin Vask, whose courtesy name was Zimei,': a name of a kind the person or thing bore.
_WHOSE_NAME = re.compile(r",\s+whose\s+(?:(?:[a-z]+|[A-Z][a-z]+)\s+)?name\s+(?:was|is)\s+(?=[A-Z\"“])")
# 'Su Tan (1037–1101), courtesy name Zimei, art name Kellpo, was': names of kinds after a name.
_KIND_NAME = re.compile(rf",\s+(?:(?:his|her|its|their)\s+)?(?:{lexicon.alternation(lexicon.PERSONAL_NAME_KINDS)})"
                        r"\s+name\s+(?=[A-Z\u00C0-\u024F])")
_SUBJECT_NOUN = re.compile(r"\b[Tt]he\s+(?:overall\s+|whole\s+|entire\s+)?(?P<noun>conflict|war|battle|"
                           r"revolt|uprising|rebellion|siege|campaign|massacre|revolution)\b"
                           r"[^,;.]{0,30}$")
_DESCRIPTION = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+"
                          r"((?:[\w'’-]+\s+){0,4}[a-z][\w'’-]{2,})(?:\s+(?:came\s+to\s+be|was|were|"
                          r"is|are|has\s+been))?\s*,?\s*$")


def find(ctx: Context) -> Iterator[Candidate]:
    """Every candidate the alias markers of the prose make."""
    yield from _lead(ctx)
    text = ctx.text
    for m in _KNOWN.finditer(text):
        cand = _glossed(ctx, m) or _known_as(ctx, m)
        if cand is not None:
            yield cand
    for m in _RENAMED.finditer(text):
        cand = _renamed(ctx, m)
        if cand is not None:
            yield cand
    for m in _NICKNAME.finditer(text):
        nick = m.group("q")
        if not (set(m.group("first").split()) & _NOT_GIVEN) and NOT_A_TERM.check(nick) is None:
            name = f"{m.group('first')} {m.group('last')}"
            yield Candidate(nick, "alias", "nickname-in-name", m.span(),
                            definition=f"nickname of {name}")
    for m in _EPITHET.finditer(text):
        if NOT_A_TERM.check(m.group(1)) is None:
            yield Candidate(m.group(1), "alias", "quoted-epithet", m.span(), aliases=[m.group(2)])
    for pattern, rule in ((_FOUNDED_AS, "founded-as"), (_WHOSE_NAME, "whose-name-was")):
        for m in pattern.finditer(text):
            cand = _named_before(ctx, m, rule)
            if cand is not None:
                yield cand
    for m in _KIND_NAME.finditer(text):
        cand = _kind_named(ctx, m)
        if cand is not None:
            yield cand
    for m in _NOW_PROSE.finditer(text):
        names = _names(ctx, m.end())
        term = re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
        if _qualifier(text, m.end(1) - len(term), m.end(1)):
            continue
        if len(names) == 1 and NOT_A_TERM.check(term) is None and term != names[0]:
            yield Candidate(term, "alias", "prose-now-name",
                            (m.end(1) - len(term), m.end() + len(names[0])), aliases=names)


_OFFICES = frozenset(lexicon.TITLES + lexicon.OFFICES)


def _named_before(ctx: Context, m: re.Match, rule: str) -> Candidate | None:
    """The one name a marker gives (m.end()) to the capitalised name right before it."""
    names = _names(ctx, m.end())
    before = line_before(ctx.text, m.start())
    found = term_before(before, ctx.index)
    office = names and names[0].split()[0] in _OFFICES      # 'was established as Emperor'
    if len(names) != 1 or office or not found or not found[0][:1].isupper() or found[0] == names[0] or \
            NOT_A_TERM.check(found[0]) is not None or re.search(r"[.!?]\s*$", before):
        return None
    return Candidate(found[0], "alias", rule, (m.start() - len(before) + found[1], m.end() + len(names[0])),
                     aliases=names)


def _kind_named(ctx: Context, m: re.Match) -> Candidate | None:
    """'Su Tan (1037–1101), courtesy name Zimei, art name Kellpo,': the name after a kind of
    name is another name of the person named before the chain (brackets skipped)."""
    text = ctx.text
    name = re.match(r"[A-Z\u00C0-\u024F][\w'’-]*(?:\s+[A-Z\u00C0-\u024F][\w'’-]*){0,2}(?=\s*[,;)]|\s*$)",
                    text[m.end():m.end() + 80])
    before = line_before(text, m.start())
    while True:                            # back over the chain: ', art name B' after ', … A'
        before = unbracketed(before)
        prior = list(_KIND_NAME.finditer(before))
        tail = prior[-1] if prior else None
        if tail is None or not re.fullmatch(r"[\w'’ -]+", before[tail.end():]):
            break
        before = before[:tail.start()]
    found = term_before(before, ctx.index)
    if name is None or found is None or not found[0][:1].isupper() or found[0] == name.group() or \
            NOT_A_TERM.check(found[0]) is not None or NOT_A_TERM.check(name.group()) is not None:
        return None
    begin = m.start() - len(line_before(text, m.start())) + found[1]
    return Candidate(found[0], "alias", "name-of-kind", (begin, m.end() + name.end()),
                     aliases=[name.group()])


# 'oil, called pitch by the Vellans, was known as A': a name after 'by' or 'for' is who calls or
# owns the thing (the object of a preposition), not the thing; 'also known as' right after a name
# names that name ('notable for the Tarn Edict, also known as A').
_AGENT = re.compile(r"\b(?:by|for)\s+(?:the\s+)?$")


def _list_end(text: str, pos: int, names: list[str]) -> int:
    """Where the names listed at `pos` end in the text (past a 'the' or a quote before them)."""
    last = text.find(names[-1], pos)
    return last + len(names[-1]) if last >= 0 else pos + len(", ".join(names))


def _names(ctx: Context, pos: int) -> list[str]:
    line_end = ctx.text.find("\n", pos, pos + 400)
    return listed(ctx.text, pos, False, line_end if line_end >= 0 else min(len(ctx.text), pos + 400))


# After 'known as': a name, a comma and what it means in quotes ('Baal Vask, "lord of the
# ford"'): the name is a term the text translates.
_NAME_GLOSS = re.compile(r"(?:\s+as\b)?\s*(?:the\s+)?(?P<name>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s+"
                         r"[\"“](?P<gloss>[a-z][a-z'’ -]{2,60}?)[,.]?[\"”]")


def _glossed(ctx: Context, m: re.Match) -> Candidate | None:
    """'known as Baal Vask, "lord of the ford"': the name, defined by its gloss."""
    glossed = _NAME_GLOSS.match(ctx.text, m.end())
    if glossed is None or NOT_A_TERM.check(glossed["name"]) is not None:
        return None
    return Candidate(glossed["name"], "term", "known-as-glossed", (m.start(), glossed.end()),
                     definition=glossed["gloss"])


def _known_as(ctx: Context, m: re.Match) -> Candidate | None:
    """'X, also known as A' (X capitalised), or 'a festival known as A' (A is the term)."""
    text = ctx.text
    before = line_before(text, m.start())
    if before.count("(") > before.count(")"):
        return None                        # inside a bracket: read there
    names = _names(ctx, m.end())
    if not names:
        rejected(ctx, "known-as-cut-name", m.start(), min(len(text), m.end() + 40), "a glossary alias")
        return None
    bare_clause = unbracketed(before.rstrip(", ")).rstrip(", ")
    clause = re.split(r"(?<!\bNo)(?<!\bSt)(?<!\bMt)[.;:!?]\s", bare_clause)[-1]   # not after "No. 4"
    bare = re.sub(r"\s+(?:was|were|is|are|has\s+been|had\s+been)$", "", clause)
    found = term_before(bare, ctx.index)
    noun = _SUBJECT_NOUN.search(bare)
    if noun and _names_subject(ctx, noun.group("noun")):
        found = (ctx.subject, 0)
    begin = m.start() - len(before) + len(bare_clause) - len(clause)   # where `bare` starts
    span = (begin + (found[1] if found else 0), _list_end(text, m.end(), names))
    if found:
        found = _located(found, before.rstrip().endswith(","))
        span = (begin + found[1], span[1])
    if found and _qualifier(text, span[0], span[0] + len(found[0])):
        owned = _OWNED.search(text, max(0, span[0] - 160), span[0])
        if owned and len(names) == 1:      # 'His house in Tarnby, Vellshire, now known as A'
            thing = owned.group(0) + found[0]
            return Candidate(names[0], "term", "known-as-description",
                             (owned.start(), m.end() + len(names[0])),
                             definition=re.sub(r"^(?:His|Her|Its|Their)\b",
                                               lambda w: w.group(0).lower(), thing))
        rejected(ctx, "known-as-place-qualifier", span[0], m.end() + len(names[0]), "a glossary alias")
        return None
    if found and not m.group(0).lower().startswith("also") and _AGENT.search(text, max(0, span[0] - 14), span[0]):
        return rejected(ctx, "known-as-agent", span[0], span[1], "a glossary alias")
    if found and found[0][:1].isupper() and NOT_A_TERM.check(found[0]) is None:
        return Candidate(found[0], "alias", "known-as", span,
                         aliases=[n for n in names if n != found[0]])
    described = _DESCRIPTION.search(bare)
    pointed = described and re.match(r"(?:[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose)\s+(?P<words>.*?)\s*"
                                     r"(?:came\s+to\s+be|was|were|is|are|has\s+been)?\s*,?\s*$",
                                     described.group(0))
    if pointed and len(names) == 1 and pointed.group("words").split()[-1] in lexicon.IDEA_NOUNS:
        idea = _idea(ctx.text, begin + described.start(), pointed.group("words").split()[-1])
        if idea is None:
            rejected(ctx, "known-as-bare-genus", begin + described.start(),
                     text.find(names[0], m.end()) + len(names[0]), "a glossary term")
            return None
        return Candidate(names[0], "term", "known-as-idea", (begin + described.start(), span[1]),
                         definition=idea)
    if pointed:
        rejected(ctx, "known-as-anaphora", begin + described.start(), span[1], "a glossary alias")
        return None
    if described and len(names) == 1 and _unnamed(m.group(0), described.group(0), names[0]):
        rejected(ctx, "known-as-unnamed", begin + described.start(), span[1], "a glossary alias")
        return None
    if described and len(names) == 1:
        what = re.sub(r"^.*\bof\s+(?=(?:an?|the)\s)", "", described.group(0).strip(" ,"))
        return Candidate(names[0], "term", "known-as-description",
                         (begin + described.start(), span[1]), definition=what)
    return None


# 'His palatial house in Tarnby, ', 'Vask's house in …': a thing a person owns, at a place (the qualifier follows).
_OWNED = re.compile(r"(?:(?<=^)|(?<=[\s(]))(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[A-Z][\w-]+['’]s)\s+(?:[a-z][\w'’-]*\s+){0,3}"
                    r"[a-z][\w'’-]+\s+(?:in|at|near)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+$")


def _qualifier(text: str, start: int, end: int) -> bool:
    """'His house in Tarnby, Vellshire, now known as Kell Hall': the name between two commas
    after another name qualifies it (a county, a state); the other name is of the house."""
    return bool(re.search(r"\b[A-Z][\w'’.-]*,\s+$", text[max(0, start - 40):start])) and \
        bool(re.match(r"\s*,", text[end:end + 3]))


def _idea(text: str, at: int, noun: str) -> str | None:
    """What 'This belief' points to, said in the sentence before: 'a widespread belief, in the
    north, that Vask never died' -> 'a widespread belief that Vask never died'. The noun alone
    ('a belief') is a genus that defines nothing: None when the text before does not say it."""
    before = text[max(0, at - 400):at]
    before = re.split(r"[.!?]\s+(?=\S)", before.rstrip())[-1]
    m = None
    for m in re.finditer(rf"\b(?P<np>(?:an?|the)\s+(?:[a-z][\w'’-]*\s+){{0,3}}?{noun})"
                         rf"(?:,[^,.;]{{1,60}},)?\s+(?P<that>that\s+[^.;!?]{{3,160}}?)\s*[.;!?]?\s*$",
                         before):
        pass
    return f"{m.group('np')} {m.group('that')}" if m else None


_LOCATED = re.compile(r"(?P<thing>.+?)\s+(?:at|in|near)\s+(?P<place>[A-Z][^ ]*(?:\s+[A-Z][^ ]*)*)")
_HEADS = frozenset(lexicon.EVENT_HEADS + lexicon.ORGANISATION_HEADS + lexicon.PLACE_HEADS)


def _located(found: tuple[str, int], apposition: bool) -> tuple[str, int]:
    """A name and the place it is at ('X at Y', 'X in Y'): after a comma, 'also called' is an
    apposition to the nearest noun ('a T-34 at Tugok, also called Morisil': the place's other
    name); as the predicate of a clause, it names the subject ('Divisoria in Tondo is dubbed
    …': Divisoria's). 'The Battle at Kell' and 'the Museum in Vell' stay whole (a head noun
    that takes a place)."""
    m = _LOCATED.fullmatch(found[0])
    if m is None or m.group("thing").split()[-1] in _HEADS:
        return found
    if apposition:
        return m.group("place"), found[1] + m.start("place")
    return m.group("thing"), found[1]


_SECONDARY = re.compile(r"(?:also|sometimes|formerly|originally|later|locally|popularly|"
                        r"alternatively|better|now|once|otherwise|previously|then|initially|"
                        r"became|become)\b")


def _unnamed(marker: str, described: str, name: str) -> bool:
    """'The town was formerly known as Port Arden', 'The treaty, better known as the Peace of
    Vell': another name of a thing the sentence does not name (its main name is elsewhere), or
    names given with their languages (read by appositions: 'known as A in Danish and B in …')."""
    definite = not re.match(r"[Aa]n?\s", described)
    return bool(definite and _SECONDARY.search(marker)) or \
        bool(re.search(r"\sin\s+[A-Z][a-z]+(?:\s+and\s|$)", name))


def _names_subject(ctx: Context, noun: str) -> bool:
    """Does 'the revolt' stand for the article's subject: is the subject an event of that kind
    ('Dungan Revolt', 'the uprising'), not a city in whose history a revolt happened?"""
    words = {w.capitalize() for w in ctx.subject.split()}
    kind = lexicon.EVENT_KINDS.get(noun.capitalize())
    return noun.capitalize() in words or any(lexicon.EVENT_KINDS.get(w) == kind for w in words) \
        or noun == "conflict" and bool(words & set(lexicon.EVENT_HEADS))


def _renamed(ctx: Context, m: re.Match) -> Candidate | None:
    """'The ferry Tarn was renamed A': another name of the name right before the marker;
    'Nero … took the name A', 'writing under the pseudonym "A"', 'he was renamed A': another name
    of the subject when its sentence names the subject before the marker."""
    names = _names(ctx, m.end())
    if names and m.group(0).startswith("was renamed"):
        before = line_before(ctx.text, m.start()).rstrip()
        found = term_before(before, ctx.index)
        if found and found[0][:1].isupper() and found[0] != names[0] and \
                NOT_A_TERM.check(found[0]) is None:
            return Candidate(found[0], "alias", "was-renamed",
                             (m.start() - len(before) + found[1], m.end() + len(names[0])),
                             aliases=names[:1])
    sentence = ctx.doc.sentence_at(m.start())
    said = ctx.doc.sentence_text(sentence)
    head = ctx.title.split()[-1] if ctx.title else ""
    if not names or not head[:1].isupper() or \
            not re.search(rf"\b(?:{re.escape(head)}|[Hh]e|[Ss]he)\b", said):
        return None
    return Candidate(ctx.title, "alias", "took-the-name", (m.start(), m.end() + len(names[0])),
                     aliases=names[:1])


# 'It was called the U-10 class', 'The group is sometimes known as the UB-1 class': in the
# article's first paragraph, a sentence whose subject points back to the article's subject.
_LEAD_POINTER = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=,\s))(?:[Ii]t|[Tt]he\s+(?P<noun>[a-z]+))\s+(?:is|was|are|were)\s+"
    r"(?:(?:also|sometimes|often|commonly|usually|generally)\s+)?(?:known\s+as|called|named|"
    r"referred\s+to\s+as)\s+(?:the\s+)?(?=[A-Z])")


def _lead_pointer(ctx: Context) -> Iterator[Candidate]:
    """Other names of the subject in the lead's first paragraph: after 'It' or after 'The' and
    a noun that names what the subject is (a noun of the first sentence, or lexicon.SUBJECT_NOUNS:
    'the group', 'the class')."""
    lead = ctx.doc.passages[0]
    first = lead.text[:lead.text.find(". ") + 1 or len(lead.text)]
    for m in _LEAD_POINTER.finditer(lead.text):
        noun = m.group("noun")
        if m.start() < len(first) or noun and noun not in lexicon.SUBJECT_NOUNS and \
                not re.search(rf"\b{re.escape(noun)}\b", first):
            continue
        names = _names(ctx, lead.start + m.end())
        if len(names) == 1 and NOT_A_TERM.check(names[0]) is None and names[0] != ctx.title:
            yield Candidate(ctx.title, "alias", "lead-pointer-known-as",
                            (lead.start + m.start(), lead.start + m.end() + len(names[0])),
                            aliases=names)


def _lead(ctx: Context) -> Iterator[Candidate]:
    """'The X or Y (…) was', 'The X, or Y, began': the first words of the article name its
    subject and another name for it."""
    if not ctx.doc.passages or not ctx.title:
        return
    yield from _lead_pointer(ctx)
    text = ctx.doc.passages[0].text
    m = re.match(rf"(?:The\s+)?{re.escape(ctx.title)},?\s+or\s+(?:the\s+)?", text, re.I)
    alt = m and re.compile(NAME).match(text, m.end())
    if alt and re.match(r"\s*(?:[,(;.]|\s[a-z])", text[alt.end():]):
        names = [alt.group(0).strip("\"“”")]
        if NOT_A_TERM.check(names[0]) is None:
            yield Candidate(ctx.title, "alias", "lead-or-name", (0, m.end() + len(names[0])),
                            aliases=names[:1])
