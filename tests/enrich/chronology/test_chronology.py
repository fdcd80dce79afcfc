"""Dates: every form the chronology recognises, and the traps it must not fall into."""
from __future__ import annotations

import pytest

from ...conftest import FIXTURES, enriched, enriched_text


def chronology_of(*sentences: str, title: str = "Test article", infobox: str = ""):
    """The chronology of an article of our own: `sentences` as its one paragraph, in the order
    of the text (not of the dates)."""
    box = f"Infobox\n{infobox}\n" if infobox else ""
    text = " ".join(sentences)
    text += "" if text.rstrip()[-1:] in ".!?" else "."     # a fragment, read as a statement
    book = enriched_text(f"= {title} =\n{box}\n" + text + "\n")
    return sorted((e for e in book.chronology if e.section != "At a glance"),
                  key=lambda e: e.provenance.span)


def dates_in(*sentences: str, **article) -> list[tuple[str, str | None]]:
    """(display, end) of each entry of the sentences' chronology, in the order of the text."""
    return [(e.display, e.end) for e in chronology_of(*sentences, **article)]


@pytest.mark.parametrize("text, expected", [
    ("The rebels assaulted Kulja on 7 November 1944.", [("7 November 1944", None)]),
    ("It began on April 24, 1916, in Dublin.", [("24 April 1916", None)]),
    ("In October 1945, planes attacked.", [("October 1945", None)]),
    ("A ceasefire came in early June 1946.", [("early June 1946", None)]),
    ("In 1942, he switched sides.", [("1942", None)]),
    ("from 1944 to 1946", [("1944–1946", "1946")]),
    ("the province (1884–1955) ended", [("1884–1955", "1955")]),
    ("between 5 June 1947 and July 1948.", [("5 June 1947 – July 1948", "1948-07")]),
    ("destroyed between 4 and 7 January 1940.", [("4–7 January 1940", "1940-01-07")]),
    ("It fell in 331 BC.", [("331 BC", None)]),
    ("built c. 330 BC", [("c. 330 BC", None)]),
    ("died in AD 9.", [("AD 9", None)]),
    ("famine in the 1930s", [("1930s", "1939")]),
    ("in the 19th century", [("19th century", "1900")]),
    ("in the 5th century BC", [("5th century BC", "-401")]),
])
def test_date_forms(text, expected):
    assert dates_in(text) == expected


@pytest.mark.parametrize("text", [
    "a curfew was placed at 11:00 p.m.", "Over 60,000 soldiers and 100,000 troops",
    "more than 7,000 were killed", "three 340-man battalions", "the 5th Cavalry and 42nd Cavalry",
    "about 40 miles to the north", "passed Resolution 324", "the 1st Cavalry Division",
    "in 300 ships", "13 clashes took place",
])
def test_not_dates(text):
    assert dates_in(text) == []


def test_context_supplies_missing_parts():
    """A day alone takes the month and year of the narrative; a month alone its year; 'not
    until' states no event (EXTRACTION.md), and 'the following year' counts from the last."""
    got = dates_in("The rebels assaulted Kulja on 7 November 1944 and did not take them until the 13th.",
                   "It was declared on the 15th.", "On 22 August, five leaders left.",
                   "It was not announced until December.", "The following year, peace came.")
    assert [d for d, _ in got] == ["7 November 1944", "15 November 1944", "22 August 1944",
                                   "1945"]


def test_bc_context_and_sorting():
    book = enriched(FIXTURES / "gaugamela.txt")
    dates = [e.date for e in book.chronology]
    assert dates[:3] == ["-400", "-334", "-333"]
    assert "-331-10-01" in dates and dates.index("-331-10") > dates.index("-331-10-01")  # late Oct.
    assert all(not d.startswith("0") for d in dates)


def test_seed_chronology(seed_book):
    events = {(e.date, e.end) for e in seed_book.chronology}
    for expected in [("1944-11-07", None), ("1944-11-15", None),
                     ("1945-01-05", None), ("1945-04-08", None), ("1945-08", "1946"),
                     ("1947-06-05", "1948-07"), ("1949-08-22", None), ("1949-09-03", None),
                     ("1949-10-01", None), ("1955-10-01", None),
                     ("1944-11-12", None), ("1967-05-14", None)]:
        assert expected in events
    assert ("1884", "1955") not in events      # "the Xinjiang Province (1884–1955)": its own span
    assert ("1884", "1955") not in events      # "the Xinjiang Province (1884–1955)": its own span
    assert 38 <= len(seed_book.chronology) <= 55
    assert all(not e.date.startswith(("46", "324", "100", "340")) for e in seed_book.chronology)
    keys = [e.date for e in seed_book.chronology]
    assert keys.index("1944") < keys.index("1944-11-07")         # less precise first
    assert not any("1929" in e.date for e in seed_book.chronology)  # See also is not text


def test_american_dates_article():
    book = enriched(FIXTURES / "easter-rising.txt")
    got = {e.date: e.display for e in book.chronology}
    assert got["1916-04-24"] == "24 April 1916" and got["1916-05-12"] == "12 May 1916"
    assert got["1916-05-08"] == "8 May 1916" and "1916-04-29" in got


def test_month_day_ranges_and_relative_days():
    book = enriched(FIXTURES / "gettysburg.txt")
    got = {(e.date, e.end): e.display for e in book.chronology}
    assert got[("1863-07-01", "1863-07-03")] == "1–3 July 1863"
    assert got[("1863-07-05", None)] == "5 July 1863"          # "died two days later"
    assert not any(e.date.startswith("1863-07-07") for e in book.chronology)   # 7:30 p.m.
    assert [d for d, _ in dates_in("fought between 1592 and 1598.")] == ["1592–1598"]


def test_year_placed_inside_the_infobox_span():
    book = enriched(FIXTURES / "winter-war.txt")
    by_text = {e.text[:30]: e.date for e in book.chronology}
    assert by_text["At Salla the Lapland Group, wh"] == "1939-12-11"    # not 1940: outside the war
    assert any(e.date == "1940-03" and "by March" in e.text for e in book.chronology)


def test_clause_without_subject_keeps_the_sentence():
    book = enriched(FIXTURES / "taiping-rebellion.txt")
    june = next(e for e in book.chronology if e.date == "1860-06")
    assert june.text.startswith("In May 1860 Li Xiucheng smashed")


def test_ad_ranges_with_era_on_the_end():
    assert dates_in("from 73 to 74 AD") == [("AD 73–74", "74")]
    assert dates_in("Josephus (c. 37 – c. 100 AD) wrote") == []      # a life in parentheses
    assert dates_in("a 20-30 ratio, pages 12-14, scored 3-2") == []


# --- precision on real-article patterns (issue 14), each on a sentence of our own ----------------

@pytest.mark.parametrize("sentences, expected", [
    # ranges keep both ends and display as written
    (["The siege lasted May–September 802."], [("May–September 802", "802-09")]),
    (["Date: 3 June - 9 June 1871"], [("3–9 June 1871", "1871-06-09")]),
    (["The fleet sailed in 1871.", "On the night of 4/5 June the port burned."],
     [("1871", None), ("4/5 June 1871", "1871-06-05")]),
    (["It was fought 29 May - 2 June 1871."], [("29 May – 2 June 1871", "1871-06-02")]),
    # an event named with its year dates the sentence; a relative date counts from it
    (["The Salt Revolt of 1702 began in the hills.", "The governor returned eleven years later."],
     [("1702", None), ("1713", None)]),
    # 'in the 1871 campaign' dates the clause it sits in
    (["He was wounded in the 1871 campaign."], [("1871", None)]),
])
def test_ranges_and_contexts(sentences, expected):
    assert dates_in(*sentences) == expected


@pytest.mark.parametrize("sentences, expected", [
    # counted quantities are not years
    (["Between 120 to 140 galleys sailed."], []),
    (["Chroniclers give 300 to 450 horsemen."], []),
    # another calendar's date is a note on the same day, not an event of its own
    (["Date: 2 July 1402 (12 Shaban 804 AH)"], [("2 July 1402", None)]),
    (["It fell on 9 May 1598 (28 March according to the Korean lunisolar calendar)."],
     [("9 May 1598", None)]),
    # reigns and lives belong to the person, not to the sentence
    (["In 1866 the revolt reached the capital of the Jiaqing Emperor (r. 1796–1820)."], [("1866", None)]),
    (["In 1866 Bao Ling (1812–1879) took the city."], [("1866", None)]),
    (["The Salt War (1866–1869) ended the league."], [("1866–1869", "1869")]),
    # attributive years describe a noun of the sentence
    (["In 1959 the crowd demanded the reversal of the 1950 treaty."], [("1959", None)]),
    # … and, when the sentence has no other date, dates it ('the 2007 election was …')
    (["The 1904–1908 war has received many names."], [("1904–1908", "1908")]),
    (["A war fought in 19th-century western Anatolia."], []),
    # a duration is not a date
    (["It fell on 3 May 1801.", "(1 year, 2 months and 4 days)"], [("3 May 1801", None)]),
    # 'since' says when a state began, not what happened then
    (["The envoy, in exile since 1921, spoke for the king."], []),
    (["The plain has seen battles since the 12th century."], []),
    (["Since early 1802 the fort had stood empty; it fell on 3 May 1805."], [("3 May 1805", None)]),
    # a year that labels a statistic dates the figure
    (["The 2nd Ward (2010 population: 41,200) lies east of the river."], []),
    (["Rain fell well above the 1981–2010 30-year average."], []),
    # the baseline of a comparison belongs to the comparison; the statement to its own date
    (["On 9 May 1911 the gale was the worst since the Great Gale in 1870."], [("9 May 1911", None)]),
    (["The port had wanted a breakwater since 1856 and built one in 1858."], [("1858", None)]),
    # an excepted month is when nothing happened
    (["Gales blew on 2 March 1911.", "Every month with the exception of June and July saw a gale."],
     [("2 March 1911", None)]),
    # a span closing a work's title is the title's
    (["In 1925 Tam Ruel wrote his book The Kell Gales, 1900–1920, at Tarn."], [("1925", None)]),
])
def test_dates_that_are_not_events(sentences, expected):
    assert dates_in(*sentences) == expected


def test_annual_commemoration_has_no_year():
    assert dates_in("The fort fell on 12 May 1897.",
                    "The regiment commemorates it every year on 12 May as Fort Day.",
                    "An annual 14 May festival recalls it.") == [("12 May 1897", None)]


def test_other_calendar_note_is_kept_beside_the_date():
    got = chronology_of("It ended on 2 July 1402 (12 Shaban 804 AH).",
                        "It was fought on 7 September [O.S. 26 August] 1802 near the river.")
    assert [(e.display, e.note) for e in got] == [("2 July 1402", "12 Shaban 804 AH"),
                                                  ("7 September 1802", "O.S. 26 August")]


def test_other_calendar_note_survives_the_infobox_duplicate():
    from book.read.article import parse
    from book.read.shape import shape
    from book.enrich import chronology
    book = chronology.enrich(shape(parse(
        "= Siege of Tarn =\nInfobox\n- Date: 2 July 1402 (12 Shaban 804 AH)\n\n"
        "The Siege of Tarn ended on 2 July 1402.\n")))
    assert [(e.display, e.section, e.note) for e in book.chronology] == [
        ("2 July 1402", "Introduction", "12 Shaban 804 AH")]


def test_a_year_naming_an_event_dates_only_a_sentence_without_other_dates():
    assert dates_in("The Salt Revolt of 1702 began.") == [("1702", None)]
    assert dates_in("Raids in 1690 led to the Salt Revolt of 1702.",
                    "The governor returned ten years later.") == [("1690", None), ("1712", None)]


# --- red-team patterns, each on sentences of our own ----------------------------------------------

def test_a_yearless_date_belongs_to_the_article_span_not_to_an_aside():
    got = [e.date for e in chronology_of(
        "The rising began on 23 October 1801 against the Crown (1760–1820).",
        "On 1 November the council declared itself free.",
        "Its leader, in exile since 1794, was no relation.",
        "At dawn on 4 November the army attacked.",
        infobox="- Date: 23 October – 10 November 1801")]
    assert got == ["1801-10-23", "1801-11-01", "1801-11-04"]     # 'since 1794' is no event


@pytest.mark.parametrize("sentences, expected", [
    (["They met on 24 June 1802.", "The city burned from 14 to 18 September."],
     [("24 June 1802", None), ("14–18 September 1802", "1802-09-18")]),
    (["They met on 24 June 1802.", "The army crossed on 26–29 November."],
     [("24 June 1802", None), ("26–29 November 1802", "1802-11-29")]),
    (["The siege lasted from 24 October to 19 November 1802."],
     [("24 October – 19 November 1802", "1802-11-19")]),
    (["The battle was fought on 7 August 1802.", "He entered the city three days later, on 10 August."],
     [("7 August 1802", None), ("10 August 1802", None)]),
    (["It fell in 1802.", "The following year he won again (17 March 1803)."],
     [("1802", None), ("17 March 1803", None)]),
    (["It fell on 7 August 1802.", "He was taken three days later, and after a trial he was shot on 9 September."],
     [("7 August 1802", None), ("10 August 1802", None), ("9 September 1802", None)]),
    (["Fighting began on 7 September 1802.", "The flank was held by the 2nd Western Army.",
      "The camp was charged by the 21st Lancers."], [("7 September 1802", None)]),
    (["It was fought on 7 September [O.S. 26 August] 1802 near the river."], [("7 September 1802", None)]),
    (["The Norland Republic (1790–1820) fell.", "His grandson Ivo Lenk (Ivo Lenko, 1790–1850) wrote in 1840."],
     [("1840", None)]),
])
def test_red_team_date_patterns(sentences, expected):
    assert dates_in(*sentences) == expected


def test_names_and_annotations_in_the_infobox_are_not_events():
    from book.read.article import parse
    from book.read.shape import shape
    from book.enrich import chronology
    book = chronology.enrich(shape(parse(
        "= Rising of 1801 =\nInfobox\n- Conflict: Rising of 1801\n- Date: 2 May 1801\n"
        "- Combatant1: Norland\n- Casualties1: 12,000 (1799), 8,000 (1801)\n\nThe town was quiet.\n")))
    assert [(e.display, e.text) for e in book.chronology] == [("2 May 1801", "Rising of 1801")]


def test_dates_inside_a_work_title_are_not_events():
    assert dates_in('His poem "Varo: A Requiem (April, 1802)" appeared in 1806.') == [("1806", None)]


def test_an_approximate_or_qualified_year_is_printed_as_written():
    book = enriched_text("= Osric =\n\nOsric was born around 1670 and died late in 1708 at Varel.\n")
    assert [(e.date, e.display) for e in book.chronology] == [("1670", "c. 1670"), ("1708", "late 1708")]


def test_late_and_mid_sort_inside_their_month_or_year():
    """'late February 1802' comes after '1 February 1802', 'the middle of March' after '10 March' and
    before '20 March'; 'early' and a bare month stay before the month's days."""
    from ...conftest import enriched_text

    b = enriched_text("= Siege of Arn =\n\nLead.\n\n== Siege ==\n"
                      "The walls fell in late February 1802. The siege began on 1 February 1802. "
                      "The town was rebuilt by 20 March 1802. Envoys came in the middle of March 1802. "
                      "Rain fell in early February 1802. A truce held on 10 March 1802.\n")
    assert [e.display for e in b.chronology] == [
        "early February 1802", "1 February 1802", "late February 1802", "10 March 1802",
        "middle of March 1802", "20 March 1802"]


def test_a_year_after_since_gives_no_context_to_the_next_date():
    """'in exile since 1794' is an aside: '4 November' after it keeps the year of the events."""
    assert dates_in("The rising began in 1801.", "The envoy, in exile since 1794, spoke.",
                    "On 4 November he was seized.") == [("1801", None), ("4 November 1801", None)]


# --- complete articles of our own: the patterns of issue 25 ----------------------------------------

def test_a_battle_across_a_year_end_with_asides_and_measures():
    """Harn Ridge (1950–51): quantities, a hill's number and a time are no years; a background
    year and a later memorial do not give the battle's days their year; the year follows the
    story across its end; a plan, 'not until' and a yearly wreath are no events."""
    book = enriched(FIXTURES / "harn-ridge.txt")
    got = [(e.date, e.provenance.rule) for e in book.chronology]
    assert got == [
        ("1930", "date.decade"), ("1940", "date.decade"), ("1945", "date.year"),
        ("1949", "date.season-year"), ("1950-06", "date.month-year"),
        ("1950-12-28", "date.month-day-year"), ("1950-12-28", "date.month-day"),
        ("1950-12-29", "date.month-day"), ("1951-01-02", "date.month-day"),
        ("1951-01-04", "date.relative"), ("1951-01-05", "date.month-day"),
        ("1951-01-09", "date.month-day"), ("1988", "date.year")]
    late = next(e for e in book.chronology if e.date == "1951-01-02")
    assert late.provenance.context.rule == "year.span"             # the lead's days decide
    assert [e.display for e in book.chronology][:2] == ["1930s", "mid-1940s"]
    assert [e.group for e in book.chronology][:2] == ["1930s", "1940s"]   # mid-1940s groups in 1940s


def test_a_roman_life_told_in_short_years():
    """Varo (14 BC – AD 41): bare years of the period are years ('in 22'), BC runs on until an AD
    year, lives in parentheses and counts ('from 40 to 45 coins') are not events."""
    book = enriched(FIXTURES / "emperor-varo.txt")
    assert book.about.period == (-14, 41)
    assert [e.display for e in book.chronology] == [
        "12 March 14 BC", "3 BC", "AD 2", "AD 11", "AD 22–41", "AD 22", "AD 25", "3 May AD 29",
        "4 May AD 29", "AD 33", "AD 36", "9 June AD 41", "1604", "1880s"]
    counted = next(e for e in book.chronology if e.date == "29-05-04")
    assert counted.provenance.context.rule == "year.relative"


def test_a_group_heading_is_not_printed_again_as_its_entrys_date():
    """'1890 / 1890': an entry dated by its group's own heading shows the date to screen readers
    only; a more precise date under the same heading is printed."""
    from book.render.html import render
    book = enriched_text("= Mill Strike =\n\nThe mill opened in 1890. On 4 May 1890 the strike began.\n")
    part = next(p for p in render(book).parts if p.id == "chronology")
    html = part.html()
    assert '<span class="date visually-hidden">1890</span>' in html
    assert '<span class="date">4' in html and html.count('visually-hidden') == 1


def test_a_very_long_sentence_is_quoted_around_each_date():
    """A paragraph-long list of dates is one sentence: each entry quotes the words around its
    own date, not the whole list again (the data and the book grow with the text, not its
    square)."""
    from book.enrich.chronology import LONGEST_QUOTE
    listed = ", ".join(f"on {1 + i % 28} May {1900 + i} at Varel" for i in range(200))
    book = enriched_text(f"= Varel Garrison =\n\nThe garrison moved {listed} and stayed.\n")
    assert len(book.chronology) == 200
    for i, e in enumerate(book.chronology):
        assert len(e.text) <= LONGEST_QUOTE + 4 and f"{1 + i % 28} May {1900 + i}" in e.text
    assert book.chronology[0].text.startswith("The garrison moved on 1 May 1900")
    assert book.chronology[-1].text.endswith("and stayed.")
    assert book.chronology[100].text.startswith("… ") and book.chronology[100].text.endswith(" …")


def test_a_life_in_the_infobox_or_after_the_subjects_names_is_no_event():
    """Born and died rows, a life span after the subject's names in another language, and the
    co-rulers' reigns of a row: none dates the story; an office the text says he took does."""
    book = enriched_text(
        "= Osric II =\nInfobox\n- Born: 958\n- Death Date: 15 December 1025 (aged 67)\n"
        "- Regent: Orm III, (962–1025) Vask I, (963–969)\n\n"
        "Osric II (Osrikos; 958 – 15 December 1025) was king of Varel from 976. He was chosen as "
        "the first Warden of the Marches (1001–1004), and the town covers around 4 square "
        "kilometres.\n")
    assert [(e.display, e.provenance.rule) for e in book.chronology] == [
        ("976", "date.year"), ("1001–1004", "date.year-range")]


def test_a_later_time_in_a_sentence_keeps_its_dates_and_sources_and_lives_are_no_events():
    """A yearless date after a year outside the period is of that time, not the narrative's; a
    source's writing date in brackets and another person's life span are not events."""
    assert dates_in("Vell Abbey (909–988) was an abbey of Tarn.", "Tarn restored it in 950.",
                    "Kell built the tower on 3 June 951.",
                    "The abbot Ivo (written in the 960s or 970s) says it.",
                    "This was changed in 1660 so that the year began on 29 May.",
                    "The bishop Orm lived from the late 8th century until sometime after 960.",
                    "On 4 July the tower fell.", title="Vell Abbey") == [
        ("950", None), ("3 June 951", None), ("1660", None), ("4 July 951", None)]


def test_a_hedged_year_a_second_year_of_a_list_and_an_abbreviated_month_are_dates():
    assert dates_in("Ivo Vell (701–762) was a poet.", "By perhaps 740, he had moved to Tarn.",
                    "By about 745 he left.", "The raids of 741 and 743 failed.",
                    "The Tarn fleet sailed (from around 750).",
                    "The fleet reached Kell by 24 Sept., a week late.") == [
        ("740", None), ("c. 745", None), ("741", None), ("743", None), ("c. 750", None),
        ("24 September 743", None)]   # the bracket is an aside: 743 is the narrative's year


def test_a_book_of_the_centuries_bc_reads_its_bare_years_bc_and_ages_are_no_years():
    assert dates_in("The Vell War (264 to 241 BC) was fought by Tarn.",
                    "The fleet was lost at Kell in 249.", "Tarn attempted (256/255 BC) a landing.",
                    "On two occasions (245 and 243 BC) whole fleets sank.",
                    "The bones were of an age of either 40 and 20–22, and the woman was 17–18 "
                    "years old.", title="Vell War") == [
        ("264–241 BC", "-241"), ("249 BC", None), ("256 BC", None), ("245 BC", None),
        ("243 BC", None)]


def test_a_relative_clause_sets_no_year_and_a_work_s_year_is_no_event():
    assert dates_in("The Siege of Vell (1895–1896) was fought by Tarn.",
                    "Tarn took the fort in May 1896.", "The officer who visited Vell in 1895 led them.",
                    "On 29 February the army marched.",
                    "It is based on Ada Kell's novel The Tarns (1971).", title="Siege of Vell") == [
        ("1895–1896", "1896"), ("May 1896", None), ("1895", None), ("29 February 1896", None)]
