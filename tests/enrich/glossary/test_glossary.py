"""The glossary as a whole (issue 27; book/enrich/glossary/, its `enrich`): its fixture articles
entry by entry, provenance, and cost linear in the text. The rules' examples, the finders and the
rejections for `book explain` are tested beside them, one file per module."""
from __future__ import annotations

import time

import pytest

from book.collation import sort_key
from book.enrich.glossary import enrich
from book.model import Article, Book, Chapter, InfoField, Infobox, Paragraph, Section

from ...conftest import FIXTURES, enriched


def _book(lead: str, headings: dict[str, str] | None = None,
          infobox: tuple[tuple[str, str], ...] = ()) -> Book:
    """A book of one lead paragraph, a section per heading (its text one paragraph) and the
    infobox lines given."""
    block = Paragraph("p1", lead, 1)
    sections = tuple(Section(f"s-{k}", title, 2, k + 3, (Paragraph(f"p{k + 2}", body, k + 3),))
                     for k, (title, body) in enumerate((headings or {}).items()))
    box = Infobox(raw=tuple(InfoField(key, value, 2) for key, value in infobox))
    article = Article("T", "t", "t.txt", box, (block,), sections)
    chapters = (Chapter("lead", "Introduction", (block,), ()),
                *(Chapter(s.id.replace("s-", "ch-", 1), s.title, s.blocks, ()) for s in sections))
    return Book(article, chapters)


def glossary_of(*paragraphs: str, title: str = "T") -> dict:
    blocks = tuple(Paragraph(f"p{i}", t, i) for i, t in enumerate(paragraphs, 1))
    article = Article(title, "t", "t.txt", Infobox(), blocks, ())
    book = Book(article, (Chapter("lead", "Introduction", blocks, ()),))
    return {e.term: e for e in enrich(book).glossary if e.see is None}


def entries(path) -> dict:
    """term -> (kind, expansion, definition, aliases, original, lang, rule) of each entry."""
    return {e.term: (e.kind, e.expansion, e.definition, e.aliases, e.original, e.lang,
                     e.provenance.rule)
            for e in enriched(path).glossary if e.see is None}


def test_the_siege_fixture_exactly():
    assert entries(FIXTURES / "siege-of-varnholt.txt") == {
        "1 CGB": ("acronym", "1st Civil Guard Battalion", None, (), None, None,
                  "acronym-after-long-form"),
        "CG": ("acronym", "Civil Guard", None, (), None, None, "acronym-after-long-form"),
        "RE": ("acronym", "Royal Engineers", None, (), None, None, "acronym-or-short-form"),
        "FTC": ("acronym", "Field Telegraph Corps", None, (), None, None,
                "acronym-before-long-form"),
        "GCR": ("acronym", "Guardia Civil Reale", "Royal Civil Guard", (), None, None,
                "acronym-foreign-with-english"),
        "OFL": ("acronym", "Oberste Feldleitung", "Astrian Supreme Command", (), None, None,
                "acronym-foreign-long-form"),
        "Siege of Varnholt": ("foreign", None, None,
                              ("Varnholt Blockade", "Winter of Salt", "Long Winter"),
                              "Varnholts belägring", "sv", "lead-or-name"),
        "Varnholt": ("alias", None, None, ("Varnby",), None, None, "bracket-also-known-as"),
        "Teller River": ("alias", None, None, ("Tell",), None, None, "bracket-now-name"),
        "voivode": ("term", None, "a military governor", (), None, None,
                    "bracket-indefinite-gloss"),
        "sejm": ("foreign", None, "the Polish parliament", (), None, "pl", "prose-national-gloss"),
        "castrum": ("foreign", None, "camp", (), None, None, "bracket-gloss"),
        "barbette": ("term", None, "an armoured ring around a heavy gun", (), None, None,
                     "prose-technical-term"),
        "Markt": ("foreign", None, None, (), "Marktplatz", "de", "bracket-in-language"),
        "pladda": ("foreign", None, "flat cake", (), None, None, "prose-meaning"),
        "Marsk": ("alias", None, None, ("the Iron Mayor",), None, None, "known-as"),
        "Kellby": ("alias", None, None, ("Kelby",), None, None, "bracket-bare-name"),
    }


def test_the_harbour_fixture_exactly():
    """A topic article: alternative names of the subject with a language label, 'which is now',
    'modern', 'are called', a technical term, a Latin motto, names in brackets that are a place,
    an affiliation or a date, and a bracket in another script with a gloss."""
    assert entries(FIXTURES / "harbour-town.txt") == {
        "Tarnow Harbour": ("foreign", None, None, ("Tarn Haven", "Old Port"), "Tarnauer Hafen",
                           "de", "bracket-also-known-as"),
        "Ostby": ("alias", None, None, ("Eastgate",), None, None, "prose-now-name"),
        "Ribe": ("alias", None, None, ("Ribeholm",), None, None, "bracket-now-name"),
        "nordvinds": ("term", None, "storms that reach the harbour from the north", (), None,
                      None, "prose-are-called"),
        "pharos": ("term", None, "a tall tower with a fire at its top", (), None, None,
                   "prose-technical-term"),
        "Portus noster": ("foreign", None, "our harbour", (), None, None, "prose-meaning"),
        "Tarnow Maritime Museum": ("alias", None, None, ("Tarnows Sjöfartsmuseum",), None, None,
                                   "bracket-name-other-language"),
        "Aldermen": ("foreign", None, None, ("Rådmän",), "參事", None, "bracket-bare-name"),
        "Raadhuis": ("foreign", None, "council house", (), "市政廳", None, "bracket-other-script"),
    }


def test_the_gale_season_fixture_exactly():
    """Headings and the infobox are read for their brackets: a heading's bare bracket is a name
    because the text says whose names its brackets hold ('Harbour Service names … are given in
    parentheses'); a place or a year in one is not; a marked bracket needs no such sentence;
    an infobox value gives two names of one place, each with its language."""
    assert entries(FIXTURES / "gale-season-1911.txt") == {
        "Bramble": ("alias", None, "Harbour Service name for Gale Arvo", (), None, None,
                    "heading-declared-name"),
        "Thistle": ("alias", None, "Harbour Service name for Gale Sund", (), None, None,
                    "heading-declared-name"),
        "Long Blow": ("alias", None, None, ("Grey Week",), None, None, "bracket-also-known-as"),
        "KWO": ("acronym", "Kell Weather Office", None, (), None, None, "acronym-after-long-form"),
        "Tarn Ayin": ("foreign", None, "Hebrew name", (), None, "he", "names-in-languages"),
    }
    g = {e.term: e for e in enriched(FIXTURES / "gale-season-1911.txt").glossary}
    assert g["Tarn Ayin"].names == (("Tarn Jalut", "ar"),)
    assert (g["Tarn Ayin"].anchor, g["Tarn Ayin"].provenance.section) == ("at-a-glance", "At a glance")
    bramble = g["Bramble"].provenance
    assert (bramble.anchor, bramble.section) == ("s-gale-arvo-bramble", "Gale Arvo (Bramble)")


def test_the_port_fixture_exactly():
    """A topic article: names in another language with their own abbreviation, a translated
    title after its English words, another name of an event, an epithet translated, a plural and
    a foreign-script gloss, two names in two languages glossed once, clauses that name ('an old
    name for', 'became A or B', 'considered the "X"', 'as the sailors called them', 'a former
    village which is now'), 'otherwise known as', a quoted name that ends where its quotes do, a
    technical term defined by its genus, a script label, a place sharing a commander's name, a
    ship renamed (alone, and two in order: 'respectively'), a term coined from a letter."""
    assert entries(FIXTURES / "port-of-vell.txt") == {
        "Vell Navy": ("foreign", None, None, ("Königliche und Kaiserliche Seewehr", "K.u.K. Seewehr"),
                      None, None, "bracket-name-other-language"),
        "Nuestra Señora de los Vientos de Vell": ("foreign", None, None, ("Our Lady of the Winds",),
                                                  None, None, "bracket-name-other-language"),
        "Ostrin": ("alias", None, None, ("Ostrinholm",), None, None, "bracket-bare-name"),
        "Vellora": ("alias", None, "an old name for the city of Vell", (), "वेलोरा", None,
                    "prose-name-for"),
        "datuvan": ("foreign", None, "lords", (), None, "tl", "bracket-gloss"),
        "Elders": ("term", None, "keepers of the old harbour", (), None, None, "bracket-plural-gloss"),
        "長": ("foreign", None, "Elders", (), None, None, "bracket-script-term-gloss"),
        "Sultan Harun": ("alias", None, None, ("Harun Vellani II",), None, None,
                         "became-name-or-name"),
        "Salt Revolt of 1601–02": ("alias", None, None, ("Harbour Uprising",), None, None,
                                   "bracket-event-name"),
        "Vell Revolt": ("alias", None, None, ("Tide Revolt", "Vell (Harbour) Folk War"), None, None,
                        "known-as"),
        "Marrow": ("alias", None, None, ("Marrow Gardens",), None, None, "prose-former-now"),
        "Three Keys of Vell": ("alias", None, "Aldermen Kos, Pell, and Ruin", (), None, None,
                               "quoted-name-considered"),
        "Harbour Act No. 12": ("alias", None, None, ("Charter of the Free Port",), None, None,
                               "known-as"),
        "Salt Steps": ("term", None, "The old quay", (), None, None, "known-as-description"),
        "Ezra Baal HaKesef": ("foreign", None, "Rabbi Ezra the silver maker", (), None, None,
                              "bracket-epithet-translation"),
        "psaltery": ("term", None, "a stringed instrument played with quills", (), None, None,
                     "prose-technical-term"),
        "iron frogs": ("alias", None, "nickname used by the sailors for the ferries", (), None, None,
                       "quoted-as-called"),
        "Kell Star": ("foreign", None, None, ("Marta",), "Келл Стар", None, "was-renamed"),
        "P-boat": ("term", None, "launch", (), None, None, "bracket-letter-compound"),
        "lighter": ("term", None, "a flat-bottomed boat that carries cargo from the ships to the quay",
                    (), None, None, "prose-definition-sentence"),
        "Vell-1": ("alias", None, None, ("T-10",), None, None, "renamed-respectively"),
        "Vell-2": ("alias", None, None, ("T-11",), None, None, "renamed-respectively"),
    }
    g = {e.term: e for e in enriched(FIXTURES / "port-of-vell.txt").glossary}
    assert g["datuvan"].names == (("datuan", "mrw"),)


def test_the_definitions_fixture_exactly():
    """The general constructions of encyclopedic English (appositions, copular definitions,
    'called' / 'known as' / 'termed', 'meaning', a language's word, a nickname and who gave it),
    and what is none: an apposition describing a person or one thing, another name of a thing
    the sentence does not name ('The town was formerly known as …'), a demonstrative's group
    ('This northern grouping was known as …'), a thing at a place (the place's other name), a date, a measurement, an
    age, a rank, a place qualifier, a unit's country, an affiliation, a cross-reference, two
    names used apart, ship prefixes, an acronym never spelt out."""
    assert entries(FIXTURES / "definitions.txt") == {
        '2 CAB': ('acronym', '2nd Coastal Artillery Brigade', None, (), None, None,
            'acronym-after-long-form'),
        'Admiral Orrin Vask': ('alias', None, None, ('the Old Walrus',), None, None,
            'known-as'),
        'Antia': ('alias', None, None, ('Antio',), None, None,
            'bracket-now-name'),
        'barbette': ('term', None, 'a protective circular armour feature around a heavy gun turret', (), None, None,
            'prose-definition-sentence'),
        'bay': ('foreign', None, 'bay of Vell', (), 'Vellvik', 'no',
            'bracket-language-label'),
        'Big Bertha': ('alias', None, 'name used by troops for the gun', (), None, None,
            'prose-called-object'),
        'Caer Kell': ('foreign', None, 'fort of Kell', (), None, 'cy',
            'prose-language-kind-means'),
        'casemate': ('term', None, 'an armoured compartment from which guns are fired', (), None, None,
            'prose-technical-term'),
        'Coast Watch': ('alias', None, None, ('Shore Guard',), None, None,
            'founded-as'),
        'CG': ('acronym', 'Civil Guard', None, (), None, None,
            'acronym-after-long-form'),
        'Coastal Warfare of Vell': ('foreign', None, None, ('Sea War', 'Kellish War', 'Shore War'),
            'Vellischer Seekrieg', 'de',
            'bracket-also-known-as'),
        'frigate': ('term', None, 'any fast cruising warship', (), None, None,
            'prose-word-means'),
        'GCR': ('acronym', 'Guardia Costiera Reale', 'Royal Coast Guard', (), None, None,
            'acronym-foreign-with-english'),
        'fathom': ('term', None, "the span of a man's arms", (), None, None,
            'prose-word-means'),
        'Greek fire': ('term', None, 'a burning liquid weapon', (), None, None,
            'bracket-indefinite-gloss'),
        'Harrow': ('alias', None, None, ('pearl of the coast',), None, None,
            'known-as'),
        'harp': ('term', None, 'a stringed instrument associated with the sea and its songs', (), None,
            None, 'prose-technical-term'),
        'hedgehog': ('term', None, 'a ring of spiked logs', (), None, None,
            'prose-technical-term'),
        'HDF': ('acronym', 'Harbour Defence Force', None, (), None, None,
            'acronym-or-short-form'),
        'ironclads': ('term', None, 'the ships', (), None, None,
            'prose-are-called'),
        'jizya': ('term', None, 'tax', (), None, None,
            'prose-np-called'),
        'junks': ('term', None, 'boats', (), None, None,
            'prose-np-called'),
        'kampilan': ('term', None, 'a single-edged sword', (), None, None,
            'prose-technical-term'),
        'KEF': ('acronym', 'Kell Expeditionary Force', None, (), None, None,
            'acronym-after-long-form'),
        'Kell Commission': ('alias', None, None, ('Tarn Commission',), None, None,
            'bracket-also-known-as'),
        'Kellmouth': ('alias', None, None, ('Vellhaven',), None, None,
            'known-as'),
        'KNA': ('acronym', 'Kell National Army', None, (), None, None,
            'acronym-short-or-long-form'),
        'lakan': ('foreign', None, 'paramount ruler', (), None, None,
            'bracket-gloss'),
        'may-nilad': ('foreign', None, 'where indigo is found', (), None, 'tl',
            'prose-meaning'),
        'monitors': ('term', None, 'low-freeboard warships with a revolving turret', (), None, None,
            'prose-plural-apposition'),
        'Old Basin': ('term', None, 'The harbour', (), None, None,
            'known-as-description'),
        'Ostby': ('alias', None, None, ('Eastgate',), None, None,
            'bracket-now-name'),
        'paella valenciana': ('foreign', None, 'the dish', (), None, 'es',
            'known-in-language'),
        'Point Rell': ('alias', None, 'name used by sailors for the headland', (), None, None,
            'called-by'),
        'ram': ('term', None, 'a reinforced prow used to hole enemy ships', (), None, None,
            'prose-technical-term'),
        'shogun': ('foreign', None, 'military commander', (), None, None,
            'prose-kind-meaning'),
        'shisei': ('foreign', None, 'saint of poetry', (), None, None,
            'prose-or-gloss'),
        'Skarv': ('foreign', None, 'the rock', (), None, 'no',
            'names-in-languages-prose'),
        'Skellby': ('alias', None, None, ('Skelvik',), None, None,
            'known-as'),
        'spar torpedo': ('term', None, 'an explosive charge carried on a long pole', (), None, None,
            'prose-definition-sentence'),
        'strategos': ('foreign', None, 'general', (), None, 'el',
            'bracket-gloss'),
        'tai fung': ('foreign', None, 'great wind', (), None, 'zh',
            'prose-language-etymon'),
        'Tam Oske': ('alias', None, None, ('Zimei',), None, None,
            'whose-name-was'),
        'Tarn Island': ('foreign', None, None, (), None, None,
            'names-in-languages-prose'),
        'Tarn River': ('alias', None, None, ('Ilog',), None, None,
            'known-as'),
        'Tarnby': ('alias', None, None, ('Tarnow',), None, None,
            'bracket-also-known-as'),
        'Tenjin': ('foreign', None, 'heavenly deity', (), '天神', None,
            'bracket-other-script'),
        'tin tadpole': ('term', None, 'the small boats', (), None, None,
            'prose-term-used-for'),
        'Vanir': ('foreign', None, 'the friends', (), None, None,
            'prose-name-literally'),
        'Vell Lighthouse Board': ('alias', None, None, ('Harbour Lights Trust',), None, None,
            'prose-now-name'),
        'turret ship': ('term', None, 'a ship whose guns sat in turrets', (), None, None,
            'bracket-indefinite-gloss'),
        'VNR': ('acronym', 'Vell Naval Reserve', None, (), None, None,
            'acronym-before-long-form'),
        'Harrow Kirk': ('alias', None, 'a free church that was a child of the revolt', ('Tarn Kirk',),
            None, None, 'bracket-also-known-as'),
        'Orrin Vask Sr. Street': ('alias', None, None, ('Gull',), None, None,
            'bracket-also-known-as'),
        'Skarpa': ('alias', None, None, ('K-8',), None, None, 'bracket-also-known-as'),
        'Tora': ('foreign', None, 'Tiger', (), 'Τόρα', 'el', 'bracket-language-label'),
        'Walrus Hall': ('term', None, "Vask's stone house in Harrow, Tarnshire", (), None, None,
            'known-as-description'),
        'Walrus Legend': ('term', None, 'a common belief that Vask never died', (), None, None,
            'known-as-idea'),
    }
    see = {e.term: e.expansion for e in enriched(FIXTURES / "definitions.txt").glossary if e.see}
    assert see.get("Ilog") == "Tarn River" and "Pasig" not in see and "Port Arden" not in see
    g = {e.term: e for e in enriched(FIXTURES / "definitions.txt").glossary}
    assert g["Tarn Island"].names == (("Holm", "da"), ("Holmr", "non"), ("Ilha", "pt"))
    assert g["Skarv"].names == (("Corvo", "pt"),)


def test_a_bare_bracket_is_a_name_only_when_something_marks_it():
    """Counter-examples of the marked readings: names used apart, an office, a person's place,
    a battle in a war, a plural with a number, headings and infobox values without a sentence
    that says what their brackets hold."""
    g = glossary_of("Daimler (Germaniawerft) built it. Germaniawerft grew.",
                    "Hernán Cortés (Royal Army) sailed. Juan de la Costa (Royal Navy) sailed.",
                    "The Kell War (Great War) ended. The Great War ended. A week is a long time.",
                    "Juan de la Costa (Governor of Vell) sailed. Simón Ruiz (Kell Hill) sailed.",
                    "The Salt War (Battle of Tarn) closed the port. The Elders (3 keepers) met.",
                    "The ferries, the \"iron frogs\", as the sailors built them, crossed. "
                    "The city, a port of the empire, grew. The city kept its walls.")
    assert g == {}
    book = _book("Gales came.", headings={"Gale Arvo (Bramble)": "It blew.",
                                          "Boats (submarines)": "They sailed."},
                 infobox=(("Place", "Kell (Tarn)"),))
    assert enrich(book).glossary == ()
    declared = _book("Harbour names are given in parentheses.",
                     headings={"Gale Arvo (Bramble)": "It blew."},
                     infobox=(("Place", "Kell (Tarn)"),))
    assert [(e.term, e.provenance.rule) for e in enrich(declared).glossary] == [
        ("Bramble", "heading-declared-name")]


def test_lang_is_only_what_the_text_names_and_the_rendering_gets_a_tag_for_glyphs():
    """EXTRACTION.md: a language is recorded only when the text names it; the rendering still
    needs a tag to choose glyphs for a name in another script (GlossaryEntry.glyphs)."""
    g = glossary_of("The Raadhuis (市政廳; \"council house\") stood. The Kell (Ukrainian: Келл) "
                    "fell. The Tarn (Тарнъ; Kellish name) fell.")
    assert (g["Raadhuis"].lang, g["Raadhuis"].glyphs) == (None, (("市政廳", "zh-Hant"),))
    assert (g["Kell"].lang, g["Kell"].glyphs) == ("uk", (("Келл", "uk"),))
    assert g["Tarn"].lang is None and g["Tarn"].glyphs == (("Тарнъ", "bg"),)
    h = glossary_of("The Tarn War (Xiao'erjing: تُجِ, Тунҗы) began.")
    assert h["Tarn War"].lang == "zh-Arab" and h["Tarn War"].names == (("Тунҗы", "und-Cyrl"),)
    assert dict(h["Tarn War"].glyphs)["تُجِ"] == "zh-Arab"
    aside = glossary_of("The Kell (Japanese: 甲鉄, later renamed Tarn 東) sailed.")
    assert (aside["Kell"].original, aside["Kell"].lang, aside["Kell"].names) == ("甲鉄", "ja", ())


def test_what_is_not_an_entry():
    g = glossary_of("The ship reached Springfield (Illinois) in May. The 4th Infantry Regiment "
                    "(France) held. Delbert Hale (Kell University) wrote. HMS Tern and USS Kell "
                    "sailed with the CSS Ram. The revolt (1937) failed. It had 200 chariots (4 "
                    "divisions). Villa Ostby (Harbour Hill) burned. The NKQ was secret. Nero "
                    "(15 December 37 AD – 9 June 68 AD) ruled. The wall (see below) fell. He "
                    "fled (as many did) north. The road (550 m) ended.")
    assert g == {}


def test_every_entry_names_its_rule_and_the_phrase_that_defined_it():
    from book.enrich.rules import registry
    book = enriched(FIXTURES / "siege-of-varnholt.txt")
    names = registry()
    texts = {b.id: b.text for c in book.chapters for b in c.blocks}
    texts.update({b.id: b.text for c in book.chapters for s in c.sections for b in s.blocks})
    for e in book.glossary:
        p = e.provenance
        assert p.rule in names, p.rule
        phrase = texts[p.anchor][p.span[0]:p.span[1]]
        assert e.term in phrase or e.see or any(a in phrase for a in e.aliases), (e.term, phrase)


def test_one_entry_per_term_and_never_two_things_fused():
    g = glossary_of("Tarn (formerly Tarnby) grew. Tarn was rich. Tarn (also called Tarnhold) "
                    "fell.", "Cixi (Tzeki) is a town.", "The Empress Dowager Cixi ruled.")
    assert g["Tarn"].aliases == ("Tarnby", "Tarnhold")
    assert "Empress Dowager Cixi" not in g and g["Cixi"].aliases == ("Tzeki",)


def test_a_label_names_the_language():
    g = glossary_of("The Kell (Tigrinya: ከል) fell. The Tarn (Ukrainian: Тарн) fell.")
    assert (g["Kell"].original, g["Kell"].lang) == ("ከል", "ti")
    assert g["Tarn"].lang == "uk"


def test_sorted_for_a_reader():
    book = enriched(FIXTURES / "siege-of-varnholt.txt")
    terms = [e.term for e in book.glossary]
    assert terms == sorted(terms, key=sort_key)


def test_seed_and_written_articles_keep_their_entries(seed_book):
    g = {e.term: e for e in seed_book.glossary if e.see is None}
    assert g["PLA"].expansion == "People's Liberation Army"
    assert g["ETR"].expansion == "East Turkestan Republic"
    assert g["INA"].expansion == "Ili National Army"
    t = {e.term: e for e in enriched(FIXTURES / "taiping-rebellion.txt").glossary}
    assert t["Hakka"].original == "客家" and "Hunan Army" in t["Xiang Army"].aliases
    w = {e.term: e for e in enriched(FIXTURES / "winter-war.txt").glossary}
    assert w["Mainila"].original == "Майнило"


def _parentheticals(n: int) -> Book:
    """The worst case of issue 27: 'Name (Other) or Name (also known as Other).' with every name
    new, n sentences six to a paragraph."""
    syll = ["ka", "ri", "mo", "ta", "sen", "lu", "da", "ve", "ni", "por", "ax", "qu", "bel"]

    def name(i: int) -> str:
        out = ""
        for _ in range(4):
            out += syll[i % 13]
            i //= 13
        return out.capitalize()
    sentences = [f"{name(2 * i)} Vale ({name(2 * i + 1)}) or {name(2 * i)} Vale (also known as "
                 f"{name(2 * i + 1)})." for i in range(n)]
    blocks = tuple(Paragraph(f"p{k}", " ".join(sentences[k:k + 6]), k)
                   for k in range(0, n, 6))
    article = Article("T", "t", "t.txt", Infobox(), blocks, ())
    return Book(article, (Chapter("lead", "Introduction", blocks, ()),))


@pytest.mark.slow    # enriches 240 KB of text twice (4 s of CPU); a growth check
def test_cost_is_linear_in_the_text():
    small, large = _parentheticals(1500), _parentheticals(3000)   # about 80 and 160 KB
    timings = []
    for book in (small, large):
        start = time.process_time()
        out = enrich(book)
        timings.append(time.process_time() - start)
    assert len([e for e in out.glossary if e.see is None]) == 3000
    assert timings[1] < 3.0 * timings[0] + 0.2, timings


def test_the_package_keeps_functions_short_and_no_word_lists():
    """Issue 24: no function of the glossary longer than ~60 lines; its words come from the
    lexicon (no tuple, list or set of five or more string literals, the rules' examples aside)."""
    import ast
    from pathlib import Path

    import book.enrich.glossary as package

    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        examples = {id(k.value) for node in ast.walk(tree) if isinstance(node, ast.Call)
                    for k in node.keywords if k.arg in ("examples", "counter")}
        examples |= {id(a) for node in ast.walk(tree) if isinstance(node, ast.Call)
                     and getattr(node.func, "id", "") == "_d" for a in node.args[2:4]}
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 60, f"{path.name}: {node.name}"
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and id(node) not in examples:
                strings = [e for e in node.elts if isinstance(e, ast.Constant)
                           and isinstance(e.value, str)]
                assert len(strings) < 5, f"{path.name}:{node.lineno} keeps a word list"
