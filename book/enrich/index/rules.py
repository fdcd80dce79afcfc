"""The index's rules as data (TABLES, listed in enrich/rules.TABLE_MODULES): the grammar's
refusals and the cues around a name (cues.py), why a referent gets a heading, how a mention was
resolved to its heading, why a candidate gets none.

Every heading's provenance names one of the HEADING rules, every locator's one of the MENTION
rules, every rejected candidate (`book explain`) one of the REFUSED rules. The rules of those
three tables decide over the whole text (how often a name is used, which person has a surname),
so their test is the index itself: an example is a tiny article, ⟦ ⟧ marks a name in it, and the
rule fires when the index files that name by that rule (see `_files_by`). The pipeline never
imports this module (it names these rules by their names), so the examples may run it."""
from __future__ import annotations

from functools import lru_cache

from ..rules import Check, Table, unmark
from . import cues
from .kinds import spells


# --- why a referent has a heading, how a mention was resolved, why a candidate was refused ------


@lru_cache(maxsize=256)
def _filed(example: str) -> tuple[tuple[int, int, str, str], ...]:
    """The index of a tiny article (`example` without its ⟦ ⟧; paragraphs apart by a blank
    line, an 'Infobox' block first if any): for every locator its span in the example's text,
    its heading's rule and its own rule; and for every refusal its span and rule."""
    from ...build import book_from
    from ...read.article import parse
    from .. import trace

    text, _, _ = unmark(example)
    with trace.recording() as refused:
        book = book_from(parse(f"= Example =\n\n{text}\n"))
    starts, pos = {}, 0
    for n, block in enumerate(b for b in text.split("\n\n") if not b.startswith("Infobox")):
        pos = text.index(block, pos)
        starts[f"p{n + 1}"] = pos
        pos += len(block)
    lines = text.split("\n")
    for n, line in enumerate(lines):           # an infobox field: its value, by source line
        if line.startswith("- ") and ": " in line:
            starts[f"at-a-glance:{n + 3}"] = sum(len(x) + 1 for x in lines[:n]) + \
                line.index(": ") + 2
    def at(p) -> int:
        return starts[f"at-a-glance:{p.line}" if p.anchor == "at-a-glance" else p.anchor]
    found = [(at(p) + p.span[0], at(p) + p.span[1],
              e.provenance.rule if e.provenance else "", p.rule)
             for e in book.index for loc in e.locators if (p := loc.provenance)]
    found += [(starts[p.anchor] + p.span[0], starts[p.anchor] + p.span[1], "", p.rule)
              for r in refused if r.appendix == "index" and (p := r.provenance).anchor in starts]
    return tuple(found)


def _files_by(rule: str):
    """A test that an example's marked name is filed (or refused) by `rule`: the heading of the
    locator at the mark has that rule, or the locator itself, or a refusal there does."""
    def test(example: str) -> bool:
        _, start, end = unmark(example)
        return any(a == start and b == end and rule in (heading, own)
                   for a, b, heading, own in _filed(example))
    return test


def _rule(name: str, reason: str, examples: tuple[str, ...], counter: tuple[str, ...]) -> Check:
    return Check(name=name, reason=reason, test=_files_by(name), examples=examples,
                 counter=counter)


HEADING = Table("index.heading", "why a referent the text names gets a heading", (
    _rule("index.heading.commander", "the infobox names the person as a commander",
          ("Infobox\n- Commander1: Ada Vell\n\n⟦Ada Vell⟧ rode north.",),
          ("Infobox\n- Commander1: Ada Vell\n\nThe north was quiet. ⟦Rome⟧ slept.",)),
    _rule("index.heading.glossary", "the text spells the acronym out or gives the other name",
          ("The ⟦Vell River Guard⟧ (VRG) held the ford.",),
          ("The ⟦Vell River Guard⟧ held the ford. The Vell River Guard fled.",)),
    _rule("index.heading.infobox", "a place the infobox names as where it happened",
          ("Infobox\n- Place: Vella\n\nThe army left ⟦Vella⟧.",),
          ("Infobox\n- Place: Vella\n\nThe army left. ⟦Marr⟧ slept.",)),
    _rule("index.heading.side", "the infobox names it as a belligerent or a unit of a side "
          "('Remnants of the Vell Guard': the Vell Guard)",
          ("Infobox\n- Combatant1: ⟦Kingdom of Vella⟧\n\nThe north was quiet.",
           "Infobox\n- Combatant1: Remnants of the ⟦Vell Guard⟧\n\nThe north was quiet.",
           "Infobox\n- Units1: Marr Lancers\n\nThe ⟦Marr Lancers⟧ rode north."),
          ("Infobox\n- Combatant1: ⟦Supported by:⟧\n\nThe north was quiet.",
           "Infobox\n- Units1: ⟦Light cavalry⟧ and lancers\n\nThe north was quiet.")),
    _rule("index.heading.part-of", "the infobox names the war the subject is part of",
          ("Infobox\n- Partof: the ⟦Vell invasions of the Marr⟧\n\nThe north was quiet.",),
          ("Infobox\n- Place: ⟦Vella⟧\n\nThe north was quiet.",)),
    _rule("index.heading.head-noun", "a name whose head noun says what it names: once is enough",
          ("The army fought the ⟦Battle of Vella⟧ in spring.",
           "Ivo joined the ⟦Vell conspiracy⟧ in spring."),
          ("The army of ⟦Vella⟧ fought in spring. It left Vella.",)),
    _rule("index.heading.unit", "a numbered military unit of one side",
          ("The ⟦4th Lancer Regiment⟧ crossed.",), ("The ⟦Lancer⟧ horses crossed.",)),
    _rule("index.heading.person", "a person named with a title, a rank, initials, a role or "
          "a given name (a common one, or one another person of the book has)",
          ("Then Colonel ⟦Ivo Marr⟧ came.", "Then ⟦Ivo R. Marr⟧ came.",
           "Then ⟦John Tessel⟧ came.", "Then the Federalist ⟦Caleb Dunmore⟧ came.",
           "Then Colonel Ivo Tarn Harrow came with ⟦Ivo Quell⟧."),
          ("Then ⟦Marr Castle⟧ fell.", "Then the ⟦James River⟧ rose.")),
    _rule("index.heading.repeated", "a name the text uses at least twice mid-sentence",
          ("The army left ⟦Vella⟧ and returned to Vella.",),
          ("The army left the ⟦Vella⟧ road.",)),
    _rule("index.heading.once", "a name used once mid-sentence as the subject or object of a "
          "verb, or after a preposition of place",
          ("The army took ⟦Vella⟧ in spring.",), ("His ⟦Vellan⟧ horses were fast.",)),
))
MENTION = Table("index.mention", "how a mention was resolved to its heading", (
    _rule("index.mention.as-written", "the mention is the heading's name as the text writes it",
          ("The army left ⟦Vella⟧ and went to Vella.",),
          ("The army left Ivo Marr. Later ⟦Marr⟧ fled.",)),
    _rule("index.mention.infobox", "the infobox names it and the text does not: its At a "
          "glance row",
          ("Infobox\n- Commander1: ⟦Ada Vell⟧\n\nThe north was quiet.",),
          ("Infobox\n- Commander1: Ada Vell\n\n⟦Ada Vell⟧ rode north.",)),
    _rule("index.mention.surname", "a surname alone is the one person of the book who has it",
          ("Then Ivo Marr came. Later ⟦Marr⟧ left.",),
          ("Then Ivo Marr and Ada Marr came. Later ⟦Marr⟧ left.",)),
    _rule("index.mention.rank-and-name", "a rank and a surname two people share: the one the "
          "text gives that rank ('Colonel Marr' for Colonel Ivo Marr, not Captain Ada Marr)",
          ("Colonel Ivo Marr and Captain Ada Marr came. Then Colonel ⟦Marr⟧ left.",),
          ("Colonel Ivo Marr and Colonel Ada Marr came. Then Colonel ⟦Marr⟧ left.",)),
    _rule("index.mention.nearest", "a short form two people share: the one named in full "
          "nearest before it in the same paragraph",
          ("Ivo Marr came.\n\nAda Marr came, and ⟦Marr⟧ left.",),
          ("Ivo Marr and Ada Marr came.\n\n⟦Marr⟧ left.",)),
    _rule("index.mention.saint", "a saint's title and name is the saint the text also names "
          "without the title, alone or by place ('St. Mobhi' for Mobhi, 'St. Brigid' for Brigid "
          "of Kildare); not a place or a church the saint gives a name to",
          ("The abbot Vellan taught him. ⟦St. Vellan⟧ died soon after.",
           "He met Saint Tarna of Kell. Then ⟦St. Tarna⟧ left.",),
          ("The abbot Vellan taught him. He wintered in ⟦St. Vellan⟧, a town.",
           "He prayed at ⟦St. Tarna⟧'s, a church. Tarna was a saint.")),
    _rule("index.mention.last-word", "in a book of modern times, the last word alone of a "
          "Japanese name is the surname of the one person it ends: the name is written in "
          "Western order ('Nakagawa' for Kunio Nakagawa; not 'Bashō', a play, for Matsuo Bashō "
          "in a book of the 8th century)",
          ("The siege of Brask (1944–1945) was a battle. Colonel Kamoru Tanaseki held Brask. Then "
           "⟦Tanaseki⟧ left.",),
          ("The siege of Brask (1944–1945) was a battle. Colonel Kamoru Tanaseki and Colonel "
           "Hideko Tanaseki held Brask. Then ⟦Tanaseki⟧ left.", "The siege of Brask (1560–1561) "
           "was a battle. The lord Kamoru Tanaseki held Brask. Then ⟦Tanaseki⟧ left.")),
    _rule("index.mention.given-name", "a first name alone is the one person it begins, when no "
          "one has it as a surname ('Poppaea' for Poppaea Sabina)",
          ("The empress Lidia Varro came. Later ⟦Lidia⟧ left. Lidia wept.",),
          ("The empress Lidia Varro came. The poet Lidia Brann came. Later ⟦Lidia⟧ left.",)),
    _rule("index.mention.short-form", "a shorter form of one longer name of the book "
          "('Suetonius Paulinus' for Gaius Suetonius Paulinus)",
          ("Then the consul Gaius Ivo Marr came. Later ⟦Ivo Marr⟧ left.",),
          ("Then the consul Gaius Ivo Marr and the poet Tullus Ivo Marr came. Later ⟦Ivo Marr⟧ "
           "left.",)),
    _rule("index.mention.latin-form", "a person's name in its Latin form ('Marranus' for "
          "Marran, 'Vellius the Elder' for Velly the Elder)",
          ("The poet Ivo Marran came. Marran wrote. Later ⟦Marranus⟧ wrote again.",
           "The historian Velly the Elder came. Later ⟦Vellius the Elder⟧ wrote."),
          ("The poet Ivo Marran came. Marran wrote. Later ⟦Marrus⟧ wrote again.",)),
    _rule("index.mention.variant", "another spelling of the name: a space, a hyphen or an "
          "apostrophe, a final 'h', a plural 's' inside it ('Marras Islands' for the Marra Islands)",
          ("Ships reached the Marra Islands. The Marra Islands are small. Later ships left the "
           "⟦Marras Islands⟧.",
           "The fleet sailed from Tarch'on. Tarch'on burned. Later ⟦Tarchon⟧ was rebuilt.",
           "They read the Tarnah in spring. The Tarnah is long. Later the ⟦Tarna⟧ was read."),
          ("Ships reached the Marra Islands. The Marra Islands are small. Later ships left the "
           "⟦Marr Islands⟧.",)),
    _rule("index.mention.unit-form", "a unit's short or long form, with or without its side",
          ("The US 4th Lancer Regiment crossed. The ⟦4th Regiment⟧ held.",),
          ("The ⟦US 4th Lancer Regiment⟧ crossed. The 4th Regiment held.",)),
    _rule("index.mention.acronym", "an acronym the glossary spells out is its long form",
          ("The Vell River Guard (VRG) held. The ⟦VRG⟧ fled. The VRG returned.",),
          ("The ⟦VRG⟧ fled. The VRG returned.",)),
    _rule("index.mention.alias", "another name of the term, as the glossary found it",
          ("Troops reached ⟦Tarsk⟧, also known as Velgrad, in May. Later Velgrad fell.",),
          ("Troops reached Tarsk. Later ⟦Velgrad⟧ fell. Velgrad burned.",)),
    _rule("index.mention.storm", "a storm's name with another category, or alone ('Tropical "
          "Storm Vell', 'Vell' for Typhoon Vell)",
          ("Typhoon Vell formed. Later ⟦Tropical Storm Vell⟧ weakened. Typhoon Vell passed.",),
          ("Typhoon Vell formed. Later ⟦Tropical Storm Marr⟧ weakened. Marr passed.",)),
    _rule("index.mention.ship", "a ship's name with its prefix ('USS Vella' for Vella)",
          ("The USS Vella sailed. Later ⟦HMS Vella⟧ sank. USS Vella was lost.",),
          ("The USS Vella sailed. Later ⟦Vella⟧ sank. The Vella was lost.",)),
    _rule("index.mention.head-alone", "a head noun alone for the one name of the book it heads "
          "('the Perimeter' for the Pusan Perimeter)",
          ("They held the Vell Perimeter. The ⟦Perimeter⟧ held, and the perimeter grew.",),
          ("They held the Vell Perimeter and the Marr Perimeter. The ⟦Perimeter⟧ held.",)),
))
REFUSED = Table("index.refused", "why a candidate name gets no heading", (
    _rule("index.refused.sentence-start", "capitalised only where a sentence opens",
          ("⟦Luckily⟧ the army rested. Luckily it rained.",),
          ("⟦Vella⟧ fell. The army took Vella.",)),
    _rule("index.refused.describing", "used only before a noun, to describe it",
          ("His ⟦Vellan⟧ troops and her Vellan horses came.",),
          ("The troops of ⟦Vella⟧ came to Vella.",)),
    _rule("index.refused.common-noun", "a word the text also writes in lower case: a common "
          "noun with a capital ('Emperors' beside 'emperors'), or once in another number ('One "
          "Woman's Year', a title, beside 'women')",
          ("Later the ⟦Rangers⟧ met. The Rangers met the rangers.",
           "In her book Tarn: One ⟦Woman⟧'s Year, she wrote of the women of Tarn."),
          ("Later the ⟦Vellans⟧ met. The Vellans met.",)),
    _rule("index.refused.in-passing", "named once, neither subject nor object of a verb",
          ("His ⟦Vellan⟧ and other names.",), ("The army took ⟦Vella⟧.",)),
    _rule("index.refused.title-alone", "a rank or a title alone names no one",
          ("Then the ⟦General⟧ came. The General left.",), ("Then ⟦Ivo Marr⟧ came.",)),
    _rule("index.refused.title-given", "a name the text only gives as a title or a rank ('the "
          "title of Augusta', 'declared Caesar'): a dignity, not a referent",
          ("She held the title of ⟦Vellissa⟧. Later she lost the title of Vellissa.",),
          ("She held the title of ⟦Vellissa⟧. Later Vellissa fell to the Tarn.",)),
    _rule("index.refused.common-word", "a month, a weekday, a language, an era, a name's "
          "suffix or an abbreviation alone ('Jr.', 'Sta.')",
          ("They spoke ⟦Latin⟧ there. The army learnt Latin.",),
          ("In ⟦Vella⟧ the army rested. In Vella it stayed.",)),
    _rule("index.refused.unexpanded", "an acronym the text never spells out",
          ("At 12:00 ⟦UTC⟧ it rained. At 13:00 UTC it stopped.",),
          ("The Vell River Guard (VRG) held. The ⟦VRG⟧ fled. The VRG returned.",)),
    _rule("index.refused.sub-unit", "a battalion, company or platoon named without its "
          "regiment: its number names it only within the regiment",
          ("The ⟦1st Battalion⟧ held. The 1st Battalion fled.",),
          ("The ⟦72nd Tank Battalion⟧ held. The 72nd Tank Battalion fled.",)),
    _rule("index.refused.several-units", "a plural unit noun after numbers names several "
          "units ('the 9th and 23rd Infantry Regiments')",
          ("The 9th and ⟦23rd Lancer Regiments⟧ held. The 23rd Lancer Regiments fled.",),
          ("The ⟦23rd Lancer Regiment⟧ held. The 23rd Lancer Regiment fled.",)),
    _rule("index.refused.people", "a people named by the plural of a word the text uses to "
          "describe ('the Vellans' beside 'Vellan troops')",
          ("The Vellan troops came. The ⟦Vellans⟧ fled. The Vellans won.",),
          ("The army reached ⟦Vellans⟧. It left Vellans.",)),
    Check(name="index.refused.unspelt", reason="an acronym whose long form (as the glossary "
          "gives it) does not spell it, initial by initial",
          test=lambda pair: not spells(*pair.split(" = ")),
          examples=("UTC = University College", "PAGASA = Atmospheric, Geophysical and "
                    "Astronomical Services Administration"),
          counter=("ROK = Republic of Korea", "KMT = Kuomintang", "USSR = Union of Soviet "
                   "Socialist Republics")),
    _rule("index.refused.subject", "the book's own subject gets no page-by-page heading",
          ("⟦Example⟧ was a city. Example grew.",), ("Example was a city near ⟦Vella⟧ and Vella.",)),
    _rule("index.refused.ambiguous", "a short form two referents of the book share",
          ("Ivo Marr and Ada Marr came.\n\n⟦Marr⟧ left.",), ("Ivo Marr came. ⟦Marr⟧ left.",)),
))

TABLES = (*cues.TABLES, HEADING, MENTION, REFUSED)
