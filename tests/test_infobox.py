"""The infobox read once into a typed model: each rule of book/read/infobox.py on a fixture."""
from __future__ import annotations

import pytest

from book.read.article import parse
from book.read.infobox import commander_entries, humanise, presentational, read, tidy
from book.model import InfoField

from .conftest import FIXTURES


def box(*lines: str, header: str = "Infobox"):
    """The Infobox of a small article with these `- Key: value` lines."""
    text = "= Battle of Nowhere =\n\n" + (header + "\n" if header else "") + "\n".join(lines)
    return parse(text + "\n\nThe battle was fought.\n").infobox


def people(value: str) -> list[tuple]:
    """(name, rank, status, roles, period, group) of each entry of one commander list."""
    return [(e.name, e.rank, e.status, e.roles, e.period, e.group) for e in commander_entries(value)]


# --- finding the infobox ----------------------------------------------------------------------

@pytest.mark.parametrize("header", ["Infobox", "Infobox military conflict", "Kingdom of Norland",
                                    "Battle of Nowhere", None])
def test_infobox_found_by_its_shape_under_any_header(header):
    a = parse("= Battle of Nowhere =\n" + (f"{header}\n" if header else "") +
              "- Partof: the Long War\n- Commander1: Ann Lee\n\nThe battle was fought.\n")
    assert [f.label for f in a.infobox.fields] == ["Part of"]
    assert [c.name for c in a.infobox.commanders] == ["Ann Lee"]
    assert a.lead[0].text == "The battle was fought."      # no field leaks into the text
    kept = header if header not in ("Infobox", "Infobox military conflict", "Battle of Nowhere") else None
    assert a.infobox.header == kept                        # a caption or belligerent is kept


def test_a_lead_that_starts_with_a_short_line_is_not_an_infobox():
    a = parse("= T =\nA short opening line\n\nThe battle was fought.\n- a list item\n")
    assert not a.infobox.raw and a.lead[0].text == "A short opening line"


# --- labels -------------------------------------------------------------------------------------

@pytest.mark.parametrize("key, label", [
    ("Partof", "Part of"), ("PartOf", "Part of"), ("Part of", "Part of"), ("part_of", "Part of"),
    ("Territory", "Territorial changes"), ("CasusBelli", "Casus belli"), ("Casusbelli", "Casus belli"),
    ("Date", "Date"), ("Notes", "Notes"), ("Tradition", "Tradition"), ("SiegeEngines", "Siege engines"),
])
def test_keys_are_humanised(key, label):
    assert humanise(key) == label


@pytest.mark.parametrize("key, value", [
    ("Map Type", "Norland#South"), ("Map Relief", "1"), ("Image", "Nowhere 1870.jpg"),
    ("Caption", "The ford at dawn"), ("Map Marksize", "16"), ("Coordinates", "45°N 7°E"),
    ("Image Size", "250px"), ("Icon", "Crossed swords.svg"), ("Sketch", "Plan of the ford.png"),
])
def test_presentational_rows_are_left_out(key, value):
    assert presentational(key, value)
    assert not box(f"- {key}: {value}", "- Place: The ford").field(humanise(key))


def test_strength_that_is_a_bare_number_is_kept():
    assert not presentational("Strength1", "21")
    assert box("- Strength1: 21", "- Commander1: Ann Lee").sides[0].strength[0].text == "21"


def test_unknown_keys_keep_their_order_and_a_label():
    b = box("- Weather: Fog", "- Partof: the Long War", "- Date: 3 May 1801", "- Tradition: Ford Day")
    assert [(f.label, f.value) for f in b.fields] == [
        ("Weather", "Fog"), ("Part of", "the Long War"), ("Date", "3 May 1801"),
        ("Tradition", "Ford Day")]


# --- sides ----------------------------------------------------------------------------------------

def test_numbered_keys_form_sides_in_numeric_order():
    b = box("- Commander2: Bo Tan", "- Combatant1: Norland", "- Strength3: 400",
            "- Combatant3: Hill tribes", "- Commander1: Ann Lee", "- Casualties2: 30 killed",
            "- Units1: Royal Guard")
    assert [s.number for s in b.sides] == [1, 2, 3]
    one, two, three = b.sides
    assert (one.label, one.commanders, one.units[0].text) == ("Norland", ("Ann Lee",), "Royal Guard")
    assert (two.label, two.commanders, two.casualties[0].text) == ("Second side", ("Bo Tan",), "30 killed")
    assert (three.label, three.strength[0].text) == ("Hill tribes", "400")


def test_a_number_with_only_casualties_is_a_general_row():
    b = box("- Combatant1: Norland", "- Combatant2: Southmark", "- Casualties3: 900 civilians killed")
    assert len(b.sides) == 2
    assert b.field("Casualties and losses").value == "900 civilians killed"


def test_side_label_stops_at_a_group_label_and_ignores_a_lost_first_entry():
    b = box("- Combatant1: River clans, Hill clans, Supported by:, , (Southmark)",
            "- Combatant2: , Miller's company (1801–1803)", "- Units2: 2nd Foot Regiment",
            "- Combatant3: Free Towns.")
    assert [s.label for s in b.sides] == ["River clans; Hill clans", "Second side (2nd Foot Regiment)",
                                          "Third side"]
    assert [(i.text, i.kind) for i in b.sides[0].combatants] == [
        ("River clans", "value"), ("Hill clans", "value"), ("Supported by", "label"),
        ("(Southmark)", "value")]


def test_values_split_on_every_separator_with_group_labels():
    b = box("- Strength1: Old chronicles:, 12,000 ---- Modern estimate:, 3,000; 4,000 | 5,000",
            "- Casualties1: Total: 300 killed:|12 guns • 4 flags", "- Result: See aftermath",
            "- Casualties2: 20 dead, See Aftermath section", "- Combatant2: Southmark")
    s = b.sides[0]
    assert [(i.text, i.kind) for i in s.strength] == [
        ("Old chronicles", "label"), ("12,000", "value"), ("Modern estimate", "label"),
        ("3,000", "value"), ("4,000", "value"), ("5,000", "value")]
    assert [(i.text, i.kind) for i in s.casualties] == [
        ("Total: 300 killed", "label"), ("12 guns", "value"), ("4 flags", "value")]
    assert b.field("Result") is None                           # a pointer to the web page
    assert [i.text for i in b.sides[1].casualties] == ["20 dead"]


# --- commanders ------------------------------------------------------------------------------------

def test_separators_groups_and_leading_colons():
    assert people("Ann Lee ; Relief Column : Bo Tan : Cy Ward ; Rear guard : Di Moss") == [
        ("Ann Lee", None, [], [], None, None),
        ("Bo Tan", None, [], [], None, "Relief Column"),
        ("Cy Ward", None, [], [], None, "Relief Column"),
        ("Di Moss", None, [], [], None, "Rear guard")]
    assert [p[0] for p in people(": Ed VaneKIA : Flo Hart ; Court : Gil Ash")] == [
        "Ed Vane", "Flo Hart", "Gil Ash"]


def test_empty_items_and_group_labels_inside_a_list():
    assert people("Overall commander:, Ann Lee, Field commanders:, Bo Tan, , Cy Ward,") == [
        ("Ann Lee", None, [], [], None, "Overall commander"),
        ("Bo Tan", None, [], [], None, "Field commanders"),
        ("Cy Ward", None, [], [], None, "Field commanders")]
    assert [(p[0], p[5]) for p in people("Ann Lee, Bo Tan, Changed sides:, Cy Ward")] == [
        ("Ann Lee", None), ("Bo Tan", None), ("Cy Ward", "Changed sides")]


@pytest.mark.parametrize("value", ["Several leaders", "See list below for others", "Unknown",
                                   "Various chieftains", "Many others", "others"])
def test_placeholders_are_not_people(value):
    assert people(f"Ann Lee, {value}") == [("Ann Lee", None, [], [], None, None)]


@pytest.mark.parametrize("value, name, status", [
    ("Ann LeeKIA", "Ann Lee", ["KIA"]), ("Ann Lee KIA", "Ann Lee", ["KIA"]),
    ("Ann Lee (POW)", "Ann Lee", ["POW"]), ("Ann LeeWIA", "Ann Lee", ["WIA"]),
    ("Ann Lee, KIA", "Ann Lee", ["KIA"]), ("Ann Lee, (executed)", "Ann Lee", ["EXE"]),
    ("Ann LeeDOW", "Ann Lee", ["DOW"]), ("Ann LeeMIA", "Ann Lee", ["MIA"]),
    ("Ann LeePOW ,", "Ann Lee", ["POW"]), ("Frank Dickinson", "Frank Dickinson", []),
])
def test_status_tokens_glued_or_standing_alone(value, name, status):
    assert [(p[0], p[2]) for p in people(value)] == [(name, status)]


def test_a_lone_status_belongs_to_the_name_before_it():
    assert [(p[0], p[2]) for p in people("Ann Lee, Bo Tan, KIA, Cy Ward")] == [
        ("Ann Lee", []), ("Bo Tan", ["KIA"]), ("Cy Ward", [])]


@pytest.mark.parametrize("value, name, rank", [
    ("Maj. Gen. Lord Hallam", "Lord Hallam", "Major General"),
    ("Bvt. Lt. Col. Henry Ashby", "Henry Ashby", "Brevet Lieutenant Colonel"),
    ("Gen. Ann Lee", "Ann Lee", "General"),
    ("Colonel Bo Tan", "Bo Tan", "Colonel"),
    ("Adm. Cy Ward", "Cy Ward", "Admiral"),
    ("Lord Hallam", "Lord Hallam", None),                  # a peer's title is how he is known
])
def test_ranks_become_the_rank_not_the_heading(value, name, rank):
    assert [(p[0], p[1]) for p in people(value)] == [(name, rank)]


def test_qualifiers_after_a_name():
    assert people("Ann Lee (1801–1803), Bo Tan: Overall commander, Cy Ward (until May 1802)") == [
        ("Ann Lee", None, [], [], "1801–1803", None),
        ("Bo Tan", None, [], ["Overall commander"], None, None),
        ("Cy Ward", None, [], [], "until May 1802", None)]


def test_markup_leftovers_are_stripped():
    assert [p[0] for p in people("|Ann Lee, 24px Bo Tan, Cy Ward#, ---- Di Moss")] == [
        "Ann Lee", "Bo Tan", "Cy Ward", "Di Moss"]
    assert tidy("24px Southmark , 24px Hill tribes") == "Southmark , Hill tribes"


def test_an_office_after_a_comma_describes_the_name_before():
    assert people("Al-Rashid Musa, Emir of Qarn, Yusuf of Harran") == [
        ("Al-Rashid Musa", None, [], ["Emir of Qarn"], None, None),
        ("Yusuf of Harran", None, [], [], None, None)]


def test_particles_and_patronymics_are_names():
    names = [p[0] for p in people("Otto von Rhein, Sipho kaNdaba, Eleazar ben Ya'ir, "
                                  "Alexander the Great, Kim Ŏkch'u, Robert E. Lee")]
    assert names == ["Otto von Rhein", "Sipho kaNdaba", "Eleazar ben Ya'ir", "Alexander the Great",
                     "Kim Ŏkch'u", "Robert E. Lee"]


def test_the_same_person_in_two_lists_is_one_person_with_both_sides():
    b = box("- Commander1: Ann Lee, Bo Tan (1810–1815), Cy Ward",
            "- Commander2: Di Moss, Cy WardKIA", "- Commander3: Bo Tan (1801–1810), Ed Vane")
    assert [c.name for c in b.commanders] == ["Ann Lee", "Bo Tan", "Cy Ward", "Di Moss", "Ed Vane"]
    bo = b.commander("Bo Tan")
    assert [(m.side, m.period) for m in bo.memberships] == [(1, "1810–1815"), (3, "1801–1810")]
    cy = b.commander("Cy Ward")
    assert cy.sides == (1, 2) and cy.status == ("KIA",)
    assert b.sides[2].commanders == ("Bo Tan", "Ed Vane")


def test_unreadable_date_is_a_warning_not_a_guess():
    b = box("- Date: 17 May 18017 June 1803, (2 years)")
    assert b.warnings and b.warnings[0][0] == 4 and "cannot be read" in b.warnings[0][1]


def test_raw_lines_are_kept_for_the_data_export():
    b = read((InfoField("Partof", "the Long War", 4),))
    assert b.raw[0].key == "Partof" and b.fields[0].label == "Part of"


def test_messy_fixture_article():
    """A whole article of our own with every messy shape at once (tests/fixtures/three-fords.txt)."""
    from book.read.article import read as read_article
    b = read_article(FIXTURES / "three-fords.txt").infobox
    assert b.header == "Kingdom of Norland"
    assert [f.label for f in b.fields] == ["Conflict", "Part of", "Date", "Place",
                                           "Territorial changes", "Result", "Casualties and losses"]
    assert [s.label for s in b.sides] == ["Kingdom of Norland", "Southmark; Hill tribes",
                                          "Third side (Free Companies)"]
    assert [c.name for c in b.commanders] == [
        "Harald Vell", "Lord Osric", "Tomas Brand", "Ulla Mayne", "Edda Fenn", "Corin Vale",
        "Ravi Dorn", "Sela Quist", "Mauro Tiel"]
    osric = b.commander("Lord Osric")
    assert osric.rank == "Major General" and osric.memberships[0].group == "Overall commander"
    assert b.commander("Tomas Brand").status == ("KIA",)
    assert b.commander("Edda Fenn").status == ("POW",)
    corin = b.commander("Corin Vale")
    assert [(m.side, m.period) for m in corin.memberships] == [(2, "1788–1790"), (3, "1790–1791")]
    assert b.commander("Ravi Dorn").roles == ("Warden of the Marches",)


def test_a_belligerent_list_that_ends_a_sentence_lost_its_first_entries():
    b = box("- Combatant1: Norland", "- Combatant2: Hill tribes.")
    assert [s.label for s in b.sides] == ["Norland", "Second side"]
    assert b.sides[1].combatants[0].text == "Hill tribes."        # shown as written


@pytest.mark.parametrize("value, name, status", [
    ("Ann Lee †", "Ann Lee", ["†"]), ("Ann Lee†", "Ann Lee", ["†"]),
    ("Ann Lee (†)", "Ann Lee", ["†"]), ("Ann Lee executed", "Ann Lee", ["EXE"]),
    ("Ann Lee assassinated", "Ann Lee", ["ASSN"]),
    ("Ann Lee WIA", "Ann Lee", ["WIA"]), ("Omar wad Tahir WIA", "Omar wad Tahir", ["WIA"]),
])
def test_status_words_and_daggers_after_a_name(value, name, status):
    assert [(p[0], p[2]) for p in people(value)] == [(name, status)]


def test_a_dagger_says_died_not_how():
    """A dagger marks a death of any cause (illness, suicide, battle): the entry says 'died',
    never 'killed in action'; an assassination is not an execution."""
    from book.build import book_from
    from book.render.contexts import biographies

    b = book_from(parse("= Battle of the Ford =\nInfobox\n- Commander1: Ann Lee †\n"
                        "- Commander2: Bo Tan assassinated\n\nAnn Lee and Bo Tan met.\n"))
    entries = {p["name"]: p for _label, _among, people in biographies(b) for p in people}
    assert entries["Ann Lee"]["status"] == ["died"] and entries["Ann Lee"]["dead"]
    assert entries["Bo Tan"]["status"] == ["assassinated"] and entries["Bo Tan"]["dead"]


def test_a_name_that_cannot_be_read_is_a_warning_not_a_silent_loss():
    b = box("- Commander1: Ann Lee, Bo tan xu Quo, Several leaders, Overall commander:")
    assert [c.name for c in b.commanders] == ["Ann Lee"]
    assert [m for _, m in b.warnings] == [
        "Commander1: 'Bo tan xu Quo' is not read as a person and is left out"]


def test_court_offices_are_ranks_and_parentheses_keep_their_separators():
    assert people("Grand Vizier Omar Pasha") == [("Omar Pasha", "Grand Vizier", [], [], None, None)]
    b = box("- Strength1: 38,000, (Norland 30,000; Southmark 8,000)", "- Commander1: Ann Lee")
    # the breakdown in parentheses stays whole, with the figure it breaks down
    assert [i.text for i in b.sides[0].strength] == ["38,000 (Norland 30,000; Southmark 8,000)"]


@pytest.mark.parametrize("value, expected", [
    ("100,000, (Norland sources), 30,000, (Hill sources)",
     ["100,000 (Norland sources)", "30,000 (Hill sources)"]),
    ("Supported by:, , (RG)", ["Supported by", "(RG)"]),   # after an empty slot: not joined
    ("Norland, (1801–1803), Hill tribes", ["Norland (1801–1803)", "Hill tribes"]),
])
def test_a_note_alone_between_commas_joins_the_item_before_it(value, expected):
    """A source or period split from its figure by the source's commas reads with it."""
    from book.read.infobox import items

    assert [i.text for i in items(value)] == expected


def test_an_unreadable_date_is_left_out_of_at_a_glance_with_a_warning():
    b = box("- Date: 3 May 18013 June 1802", "- Place: The ford")
    assert [f.label for f in b.fields] == ["Place"]
    assert "cannot be read as a date" in b.warnings[0][1] and "At a glance" in b.warnings[0][1]
