"""Commander biographies: matching rules and the facts carried for each person."""
from __future__ import annotations

import re

import pytest

from ...conftest import FIXTURES, SEED, enriched


def by_name(book):
    return {p.name: p for p in book.biographies}


def test_every_commander_in_order(seed_book):
    names = [p.name for p in seed_book.biographies]
    assert len(names) == 22 and names[0] == "Chiang Kai-shek" and names[-1] == "Ivan Polinov"
    assert [p.side for p in seed_book.biographies] == [1] * 11 + [2] * 11
    liu = by_name(seed_book)["Liu Bindi"]
    assert liu.commander.status == ("KIA",) and not liu.facts


def test_ishaq_beg(seed_book):
    p = by_name(seed_book)["Ishaq Beg Munonov"]
    facts = " ".join(f.text for f in p.facts)
    assert "Kyrgyz Ishaq Beg" in facts and "(INA)" in facts and "plane accident" in facts
    assert "Kyrgyz" in p.roles and "perished in a plane accident" in p.fate.text


def test_shared_surnames_and_ethnonyms(seed_book):
    people = by_name(seed_book)
    han = " ".join(f.text for f in people["Han Youwen"].facts)
    assert "General Han was in command" in han
    assert "Han Chinese civilians" not in han and "barring Han" not in han
    bufang = [f.text for f in people["Ma Bufang"].facts]
    assert any(t.startswith("Ma helped the Kuomintang") for t in bufang)
    assert not any("Ma Xizhen fought" in t for t in bufang)
    assert "nephew of Ma Bufang" in people["Ma Chengxiang"].relations


def test_partial_forms(seed_book):
    people = by_name(seed_book)
    assert any("Osman's Kazakhs" in f.text for f in people["Osman Batur"].facts)
    assert any(f.text.startswith("Ehmetjan demanded") for f in people["Ehmetjan Qasimi"].facts)
    assert any(f.text.startswith("Sabri was close") for f in people["Masud Sabri"].facts)
    assert any("Polinov and Leskin" in f.text for f in people["Fotiy Leskin"].facts)
    assert people["Masud Sabri"].fate.text.endswith("died in prison in 1952")
    assert people["Osman Batur"].fate.text == "killed in 1951"


def test_fates_are_not_misattributed():
    t = by_name(enriched(FIXTURES / "taiping-rebellion.txt"))
    assert t["Zeng Guofan"].fate is None            # "reported 100,000 rebels killed"
    assert t["Li Hongzhang"].fate is None           # "had eight kings beheaded"
    assert t["Li Xiucheng"].fate is None or "drowned" not in t["Li Xiucheng"].fate.text
    assert t["Wei Changhui"].fate.text.startswith("executed")
    cixi = " ".join(f.text for f in t["Empress Dowager Cixi"].facts)
    assert "at Cixi" not in cixi                     # a place, not the empress


def test_side_labels_and_markers():
    g = by_name(enriched(FIXTURES / "gaugamela.txt"))
    assert g["Mazaeus"].commander.status == ("WIA",)
    assert g["Darius III"].side_label == "Achaemenid Empire"
    assert g["Bessus"].fate.text == "executed in 329 BC"
    e = by_name(enriched(FIXTURES / "easter-rising.txt"))
    assert e["Patrick Pearse"].roles == ("the president of the provisional government",)
    assert e["Michael Mallin"].fate.text.startswith("executed on May 8")


def test_seed_side_labels(seed_book):
    labels = {p.side: p.side_label for p in seed_book.biographies}
    assert labels[1] == "First side" and labels[2].startswith("Second side")


def test_initials_titles_and_possessive_events():
    g = by_name(enriched(FIXTURES / "gettysburg.txt"))
    assert g["George G. Meade"].roles == ("Maj. Gen.",)
    assert g["Lewis Armistead"].commander.status == ("DOW",)
    assert g["John F. Reynolds"].commander.status == ("KIA",)
    assert any("Pickett's Charge" in f.text for f in g["George Pickett"].facts)
    assert not any("U.S." in f.text for f in g["Winfield S. Hancock"].facts)
    assert g["Lewis Armistead"].fate.text == "died two days later (5 July 1863)"


def test_parenthetical_role():
    m = by_name(enriched(FIXTURES / "masada.txt"))
    assert m["Lucius Flavius Silva"].roles == ("governor of Judaea",)
    assert m["Eleazar ben Ya'ir"].roles == ("the leader of the Sicarii",)


def test_pronoun_fate_only_when_unambiguous():
    t = by_name(enriched(FIXTURES / "taiping-rebellion.txt"))
    assert t["Li Xiucheng"].fate.text == "executed on 7 August 1864"
    assert t["Feng Yunshan"].fate.text == "died of his wounds in June 1852"
    assert t["Shi Dakai"].fate is None               # "distrusted by Hong, … he was captured"


def book_of(commanders: str, *paragraphs: str):
    """A small article of our own: one infobox commander list and some paragraphs."""
    from ...conftest import enriched_text
    text = "= T =\nInfobox\n- Commander1: " + commanders + "\n\n" + "\n\n".join(paragraphs) + "\n"
    book = enriched_text(text)
    return {p.name: [f.text for f in p.facts] for p in book.biographies}


def test_names_sharing_two_words_match_only_in_full():
    facts = book_of("Sato Ren Kaito, Sato Ren Haru",
                    "Sato Ren Kaito took the pass. Later Sato Ren held the bridge.",
                    "Sato Ren Haru crossed the river.")
    assert facts["Sato Ren Kaito"] == ["Sato Ren Kaito took the pass."]
    assert facts["Sato Ren Haru"] == ["Sato Ren Haru crossed the river."]


def test_a_shared_given_or_family_name_is_not_enough():
    facts = book_of("Oda Shigemasa, Mori Shigemasa",
                    "Oda Shigemasa and Mori Shigemasa met at dawn. Shigemasa then attacked.",
                    "The Mori clan withdrew.")
    assert facts["Oda Shigemasa"] == facts["Mori Shigemasa"] == [
        "Oda Shigemasa and Mori Shigemasa met at dawn."]
    facts = book_of("Shimazu Yoshihiro, Shimazu Toyohisa",
                    "Shimazu Yoshihiro held the left. The Shimazu clan lost many men.")
    assert facts["Shimazu Yoshihiro"] == ["Shimazu Yoshihiro held the left."]
    assert facts["Shimazu Toyohisa"] == []


def test_a_name_part_that_belongs_to_someone_else():
    facts = book_of("Tor Brann Kell, Ivo Marr Sand, Ada Voss, Ren Holt, Oda Ren",
                    "Kaz, a descendant of Brann through his mother, ruled the hills.",
                    "Dag Marr Sand, governor of the coast, invited him. Ivo Marr Sand fled.",
                    "Emperor Ada I appointed the council. Ada Voss was killed.",
                    "In 1582 the Holt and Oda invaded the valley.",
                    "The Ren Holt rebellion was a civil war.")
    assert facts["Tor Brann Kell"] == []                       # a middle name stands for others
    assert facts["Ivo Marr Sand"] == ["Ivo Marr Sand fled."]   # 'Dag Marr Sand' is another man
    assert facts["Ada Voss"] == ["Ada Voss was killed."]       # 'Ada I' is a sovereign
    assert facts["Oda Ren"] == [] and facts["Ren Holt"] == []  # the clans; the event's name


def test_fates_and_roles_from_the_right_clause():
    from ...conftest import enriched_text
    book = enriched_text(
        "= T =\nInfobox\n- Commander1: Ivo Sand, Ada Voss, Tor Kell, Bo Lind\n\n"
        "Dag Marr had defeated Ivo Sand at the ford in May 1573 but died in June of that year. "
        "Ada Voss was bruised when his horse was killed under him. "
        "Tor Kell surrendered 2,200 men at 5:30 p.m. and was captured. "
        "At dawn on 4 November Marshal Bo Lind launched the attack.\n")
    people = {p.name: p for p in book.biographies}
    assert people["Ivo Sand"].fate is None and people["Ada Voss"].fate is None
    assert people["Tor Kell"].fate.text == "surrendered 2,200 men at 5:30 p.m. and was captured"
    assert people["Bo Lind"].roles == ("Marshal",)


def test_a_death_by_ones_own_hand_outranks_an_escape():
    """'fled' is a fate until the text says how the person died: seppuku, suicide, 'killed
    himself' (no auxiliary, as 'died')."""
    from ...conftest import enriched_text

    b = enriched_text("= Battle of the Ford =\nInfobox\n- Commander1: Ann Lee\n- Commander2: Bo Tan\n"
                      "\nAnn Lee fled to the hills after the battle. Bo Tan held the ford.\n\n"
                      "== Aftermath ==\nAnn Lee committed seppuku at the shrine on 3 April 1805. "
                      "Bo Tan killed himself in 1810.\n")
    fates = {p.commander.name: p.fate.text for p in b.biographies}
    assert fates["Ann Lee"] == "committed seppuku at the shrine on 3 April 1805"
    assert fates["Bo Tan"] == "killed himself in 1810"


@pytest.mark.parametrize("sentence, fate", [
    ("Ann Lee was also killed, and her horse was never found.", "killed, and her horse was never found"),
    ("Ann Lee surrendered 200 men at 5:30 p.m.", "surrendered 200 men at 5:30 p.m."),
    ("Ann Lee was then captured by Lt. B. Marr at the mill.", "captured by Lt. B. Marr at the mill"),
])
def test_fate_clauses_read_whole(sentence, fate):
    """No leftover 'also'/'then', no stop lost from 'p.m.', no cut at an abbreviated rank."""
    from ...conftest import enriched_text

    b = enriched_text("= Battle of the Ford =\nInfobox\n- Commander1: Ann Lee\n- Commander2: Bo Tan\n"
                      f"\nBo Tan held the ford. {sentence}\n")
    assert {p.commander.name: p.fate.text for p in b.biographies if p.fate}["Ann Lee"] == fate


@pytest.mark.parametrize("infobox, text, roles", [
    ("Gen. Ann Lee", "Gen. Ann Lee crossed the ford.", ["General"]),
    ("Ann Lee", "Gen. Ann Lee crossed the ford. General Ann Lee held it.", ["Gen."]),
])
def test_an_abbreviated_rank_is_the_same_role(infobox, text, roles):
    """'Gen.' and 'General' are one role on the roles line, not 'General; Gen.'."""
    from book.render.contexts import biographies

    from ...conftest import enriched_text

    b = enriched_text(f"= Battle of the Ford =\nInfobox\n- Commander1: {infobox}\n"
                      f"- Commander2: Bo Tan\n\n{text} Bo Tan held.\n")
    shown = {p["name"]: p["roles"] for _l, _a, people in biographies(b) for p in people}
    assert shown["Ann Lee"] == roles


def test_relations_and_statuses_keep_the_case_of_names():
    """The first letter is raised, nothing else lowered ('Nephew of Ma Bufang', not 'ma bufang')."""
    from book.render.html import render

    part = next(p for p in render(enriched(SEED)).parts if p.id == "biographies")
    text = re.sub(r"<[^>]+>", "", part.html())          # names carry a no-hyphenation mark
    assert "Nephew of Ma Bufang" in text and "Nephew of ma bufang" not in text


# --- issue 24/28: the package on rule tables, commanders from the text, provenance ------------

FENMARCH = FIXTURES / "fenmarch-crossing.txt"


def test_without_an_infobox_the_text_s_commanders_are_listed():
    """Each COMMAND rule on a sentence of our own; no one the text does not say commanded (the
    mayor 'led' a town, a plotter 'led' a plot, Hale 'commanded the respect' of kingdoms)."""
    book = enriched(FENMARCH)
    got = [(p.name, p.commander.rank, p.provenance.rule) for p in book.biographies]
    assert got == [
        ("Aldric Venn", "General", "command-under-command-of"),
        ("Mara Toll", "Colonel", "command-under-rank"),
        ("Edvard Lusk", "Baron", "command-unit-led-by"),
        ("Tomas Brenn", "Major General", "command-commander-before"),
        ("Ilse Marrow", "Captain", "command-commanding"),
        ("Ines Varga", None, "command-commander-apposition"),      # 'Varga' in the statement
        ("Bo Kett", "Sergeant", "command-took-command"),
        ("Jorin Pask", "Lieutenant", "command-passed-to")]
    assert {p.side_label for p in book.biographies} == {""}
    assert all(p.side == 0 for p in book.biographies)


def test_text_commanders_facts_and_fates():
    people = by_name(enriched(FENMARCH))
    venn = people["Aldric Venn"]
    assert [f.text for f in venn.facts] == [
        "The Northern League army marched under the command of General Aldric Venn.",
        "Venn commanded the left wing and the reserve, while the centre fought under Colonel "
        "Mara Toll.",
        "Venn was later captured at Orrin."]            # not 'Task Force Venn', 'Gaius Venn Hale'
    assert (venn.fate.text, venn.fate.provenance.rule) == ("captured at Orrin", "fate-captured")
    brenn = people["Tomas Brenn"].fate
    assert brenn.text == "wounded in the afternoon (4 May 1811)"
    assert brenn.provenance.context.rule == "date.day-month"       # '4 May', as the chronology
    assert brenn.provenance.context.context.rule == "year.narrative"   # read it: 1811 from 3 May
    assert people["Edvard Lusk"].fate.text == "fled to the hills"
    assert people["Mara Toll"].roles == ("Colonel", "the governor of the northern march")
    assert [f.text for f in people["Ines Varga"].facts] == [
        "Ines Varga rode with the baggage of the League that spring.",
        "Varga, commander of the rearguard, kept the road open."]


@pytest.mark.parametrize("text", [
    "The poet was led by her teacher Ann Lee for years. Lee commanded the respect of all.",
    "A plot led by Bo Tan failed. The command post stood on the hill.",
    "The town was led by Mayor Ann Lee. He took the command post at dawn.",
])
def test_without_an_infobox_or_a_stated_command_there_is_no_appendix(text):
    from ...conftest import enriched_text

    assert enriched_text(f"= A Town =\n\n{text}\n").biographies == ()


def test_with_an_infobox_the_text_adds_no_commander():
    from ...conftest import enriched_text

    book = enriched_text("= T =\nInfobox\n- Commander1: Ann Lee\n\n"
                         "Ann Lee held the ford. The left fought under Colonel Bo Tan.\n")
    assert [(p.name, p.provenance.rule, p.provenance.anchor) for p in book.biographies] == [
        ("Ann Lee", "commander-infobox", "at-a-glance")]


@pytest.mark.parametrize("article", [SEED, FENMARCH, FIXTURES / "gettysburg.txt"],
                         ids=lambda p: p.stem)
def test_every_fact_and_fate_says_where_it_came_from(article):
    """The rule exists in the tables; the span points at the sentence (a fact) or at the clause
    (a fate) in the block the anchor names."""
    from book.enrich.rules import registry
    from book.explain import source_text

    book = enriched(article)
    rules = registry()
    for p in book.biographies:
        assert p.provenance.rule in rules
        for f in p.facts:
            assert f.provenance.rule in rules and f.provenance.anchor == f.anchor
            a, b = f.provenance.span
            assert source_text(book, f.provenance)[a:b].strip() == f.text
        if p.fate is not None:
            assert p.fate.provenance.rule in rules
            a, b = p.fate.provenance.span
            clause = source_text(book, p.fate.provenance)[a:b]
            stated = p.fate.text.split(" (")[0].removeprefix("said to have ")
            assert clause in p.fate.text or stated in clause, (clause, p.fate.text)


def test_the_data_export_gives_the_fate_as_an_object():
    from book.formats.data import to_dict

    data = to_dict(enriched(FENMARCH))
    brenn = next(p for p in data["biographies"] if p["name"] == "Tomas Brenn")
    assert brenn["fate"]["text"] == "wounded in the afternoon (4 May 1811)"
    assert brenn["fate"]["provenance"]["rule"] == "fate-wounded"
    assert brenn["provenance"]["rule"] == "command-commander-before"
    assert data["schema"]["version"] >= 3        # 3: fates as objects (4: glossary glyphs)


def test_explain_names_the_rules_of_a_commander_and_what_was_turned_down():
    import io

    from book.explain import explain

    out = io.StringIO()
    assert explain(FENMARCH, "Venn", out) == 0
    text = out.getvalue()
    assert "biographies: Aldric Venn: 3 mentions, 3 facts" in text
    assert "rule: command-under-command-of" in text and "rule: mention-one-word" in text
    assert "fate of Aldric Venn: captured at Orrin" in text and "rule: fate-captured" in text
    assert "rejected as a mention: 'Venn' (biographies)\n  rule: not-a-mention-unit" in text
    assert "Task Force «Venn» crossed" in text


def test_the_package_keeps_functions_short_and_no_word_lists():
    """Issue 24: no function of the package longer than ~60 lines; words come from the lexicon
    (no tuple, list or set of five or more string literals in the package)."""
    import ast
    from pathlib import Path

    import book.enrich.biographies as package

    for path in Path(package.__file__).parent.glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                assert node.end_lineno - node.lineno < 60, f"{path.name}: {node.name}"
            if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
                strings = [e for e in node.elts if isinstance(e, ast.Constant)
                           and isinstance(e.value, str)]
                assert len(strings) < 5, f"{path.name}:{node.lineno} keeps a word list"


def test_a_name_romanised_with_hyphens_is_the_same_commander():
    """The infobox writes 'Pao Tesheng', the text 'Pao Te-sheng' (romanisations differ in their
    hyphens); a shorter name is still another person ('Pao Tes' is not him)."""
    facts = book_of("Pao Tesheng, Pao Wenli",
                    "General Pao Te-sheng held the pass against the rebels.",
                    "Pao Tes rode south.")
    assert facts["Pao Tesheng"] == ["General Pao Te-sheng held the pass against the rebels."]
