"""The one lexicon: every word list the reader and the enrichers consult, each defined once.

Like HeidelTime's `repattern/` and `normalization/` files, the words live apart from the rules that
use them; a rule names a list from here, never keeps one of its own (tests/test_lexicon.py greps
for stray lists). Each list says where it comes from. `alternation()` turns a list into a regular
expression alternative, longest first, so that 'Lt. Col.' wins over 'Lt.'."""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

# --- calendar ----------------------------------------------------------------------------------
# English month names and their usual abbreviations (Chicago Manual of Style 10.42; 'Sept.' is
# common in American prose). 'May' has no abbreviation. Values are month numbers.
MONTHS: dict[str, int] = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December"
    .split(), 1)}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "Jan.": 1, "Feb.": 2, "Mar.": 3, "Apr.": 4, "Jun.": 6, "Jul.": 7, "Aug.": 8, "Sep.": 9,
    "Sept.": 9, "Oct.": 10, "Nov.": 11, "Dec.": 12}
MONTH_NAMES: tuple[str, ...] = tuple(MONTHS)          # index + 1 is the month number
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Eras (CMOS 9.34): the sign a year takes. 'BCE'/'CE' are the secular forms.
ERAS: dict[str, int] = {"BC": -1, "BCE": -1, "B.C.": -1, "B.C.E.": -1,
                        "AD": 1, "CE": 1, "A.D.": 1, "C.E.": 1}
SEASONS = ("spring", "summer", "autumn", "fall", "winter")
# Words that place a date inside its span ('late August', 'the end of 1950'); the value is where
# in the span it sorts: a fraction of the span (0 start, 0.5 middle, 0.9 end).
DATE_QUALIFIERS: dict[str, float] = {
    "early": 0.0, "the beginning of": 0.0, "the start of": 0.0, "the first days of": 0.0,
    "the first week of": 0.0, "mid": 0.5, "mid-": 0.5, "the middle of": 0.5, "late": 0.9,
    "the end of": 0.9, "the last days of": 0.9, "the last week of": 0.9, "end of": 0.9}
# Prepositions after which a bare number is read as a year (EXTRACTION.md: 'a bare number is a
# year only in a date context').
YEAR_PREPOSITIONS = ("in", "by", "since", "until", "till", "from", "during", "after", "before",
                     "around", "circa", "c.", "ca.", "through", "throughout", "between", "of")
# Words of doubt between a preposition of time and its year ('by perhaps 740'): the year stays a
# date of the preposition.
YEAR_HEDGES = ("perhaps", "probably", "possibly", "roughly", "approximately", "about", "around")
# Time words counted from a reference date ('two days later', 'the following year').
TIME_UNITS: dict[str, str] = {"day": "day", "days": "day", "week": "week", "weeks": "week",
                              "month": "month", "months": "month", "year": "year",
                              "years": "year", "night": "day", "morning": "day",
                              "evening": "day", "afternoon": "day"}

# --- numbers -----------------------------------------------------------------------------------
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
NUMBER_WORDS.update({"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                     "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
                     "dozen": 12, "several": 0, "a few": 0})
ORDINAL_WORDS: dict[str, int] = {w: i for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
    .split(), 1)}
ORDINAL_WORDS["twenty-first"] = 21

# --- measures and counts -----------------------------------------------------------------------
# Units of measure as they follow a number in English prose (SI, imperial, nautical, weather
# reports): a number before one is a quantity, never a year.
UNITS = (
    "km", "kilometre", "kilometres", "kilometer", "kilometers", "m", "metre", "metres", "meter",
    "meters", "cm", "mm", "mi", "mile", "miles", "nmi", "nautical miles", "ft", "foot", "feet",
    "yd", "yard", "yards", "inch", "inches", "kg", "kilogram", "kilograms", "g", "lb", "lbs",
    "pound", "pounds", "oz", "t", "ton", "tons", "tonne", "tonnes", "long tons", "short tons",
    "kn", "knot", "knots", "mph", "km/h", "kph", "m/s", "hPa", "mbar", "millibars", "inHg",
    "°C", "°F", "°", "degrees", "%", "percent", "per cent", "acre", "acres", "ha", "hectare",
    "hectares", "sq mi", "km2", "km²", "m2", "m²", "l", "litre", "litres", "liter", "liters",
    "gallon", "gallons", "hp", "horsepower", "shp", "ihp", "kW", "MW", "rpm", "calibre",
    "caliber", "BRT", "GRT", "tons burthen", "per")
# 'in' abbreviates inches only where no word follows it ('10 ft 4 in)'); otherwise it is the
# preposition ('born in 1808 in Boston').
UNIT_IN = r"in\.?(?=\s*[)\],;]|\s*$)"
# Nouns that count things in historical prose: a number before one is a count ('3,000 troops',
# 'the 1200 men'). Plural nouns in general are recognised by shape (see chronology rules).
COUNT_NOUNS = (
    "men", "women", "people", "persons", "troops", "soldiers", "sailors", "marines", "civilians",
    "casualties", "dead", "killed", "wounded", "prisoners", "captives", "horses", "cattle",
    "head", "strong", "infantry", "cavalry", "artillery", "militia", "personnel", "staff",
    "crew", "guns", "cannon", "ships", "vessels", "boats", "tanks", "aircraft", "planes",
    "rifles", "homes", "houses", "buildings", "families", "inhabitants", "residents", "votes",
    "copies", "pages", "lines", "poems", "words", "graves", "cemeteries", "dollars", "pesos",
    "yen", "francs", "marks", "pounds sterling", "denarii", "sesterces", "talents", "li")
# ISO 4217 codes as articles write them after a year: '(2003 USD)' is money of that year.
CURRENCY_CODES = ("USD", "PHP", "CNY", "JPY", "EUR", "GBP", "KRW", "TWD", "HKD", "VND", "AUD",
                  "CAD", "INR", "RMB")
# Nouns of a statistic a year labels ('(2015 population: 415,906)', 'the 1971–2000 average'):
# the year dates a figure, not an event.
STATISTIC_NOUNS = ("population", "census", "estimate", "average", "averages", "normal",
                   "normals", "mean", "baseline", "figures", "prices", "dollars")
# Words that take a date out of what a statement says ('every month with the exception of
# February').
EXCEPTING = ("except", "except for", "except in", "except during", "with the exception of",
             "other than", "apart from", "save for")
# Currency signs before a number: it is an amount.
CURRENCY_SIGNS = ("$", "£", "€", "¥", "US$", "A$", "C$", "₱")

# --- people ------------------------------------------------------------------------------------
# Military ranks before a name and their abbreviations (US and British usage; CMOS 10.15): the
# value is the spelt-out rank, so that 'Maj. Gen.' and 'Major General' compare equal.
RANKS: dict[str, str] = {
    "Field Marshal": "Field Marshal", "General of the Army": "General of the Army",
    "Major General": "Major General", "Maj. Gen.": "Major General",
    "Lieutenant General": "Lieutenant General", "Lt. Gen.": "Lieutenant General",
    "Brigadier General": "Brigadier General", "Brig. Gen.": "Brigadier General",
    "Lieutenant Colonel": "Lieutenant Colonel", "Lt. Col.": "Lieutenant Colonel",
    "Vice Admiral": "Vice Admiral", "Vice Adm.": "Vice Admiral", "Rear Admiral": "Rear Admiral",
    "Rear Adm.": "Rear Admiral", "Fleet Admiral": "Fleet Admiral",
    "General": "General", "Gen.": "General", "Colonel": "Colonel", "Col.": "Colonel",
    "Major": "Major", "Maj.": "Major", "Captain": "Captain", "Capt.": "Captain",
    "Cpt.": "Captain", "Lieutenant": "Lieutenant", "Lt.": "Lieutenant",
    "First Lieutenant": "First Lieutenant", "Second Lieutenant": "Second Lieutenant",
    "Admiral": "Admiral", "Adm.": "Admiral", "Commodore": "Commodore", "Commander": "Commander",
    "Cmdr.": "Commander", "Sergeant": "Sergeant", "Sgt.": "Sergeant",
    "Master Sergeant": "Master Sergeant", "Sergeant First Class": "Sergeant First Class",
    "Staff Sergeant": "Staff Sergeant", "Corporal": "Corporal", "Cpl.": "Corporal",
    "Private": "Private", "Pvt.": "Private", "Private First Class": "Private First Class",
    "Pfc.": "Private First Class", "Brigadier": "Brigadier", "Brig.": "Brigadier",
    "Marshal": "Marshal", "Brevet": "Brevet", "Bvt.": "Brevet", "Ensign": "Ensign",
    "Centurion": "Centurion", "Legate": "Legate", "Tribune": "Tribune",
    "Grand Vizier": "Grand Vizier", "Vizier": "Vizier", "Sirdar": "Sirdar",
    # US Army and Navy grades and the Commonwealth air ranks (US DoD and RAF rank tables), and
    # the chaplain, addressed by his office like a rank ('Chaplain Sheen').
    "Sergeant Major": "Sergeant Major", "First Sergeant": "First Sergeant",
    "Technical Sergeant": "Technical Sergeant", "Warrant Officer": "Warrant Officer",
    "Petty Officer": "Petty Officer", "Seaman": "Seaman", "Midshipman": "Midshipman",
    "Lieutenant Commander": "Lieutenant Commander", "Lt. Cmdr.": "Lieutenant Commander",
    "Lance Corporal": "Lance Corporal", "Air Marshal": "Air Marshal",
    "Air Vice Marshal": "Air Vice Marshal", "Air Chief Marshal": "Air Chief Marshal",
    "Group Captain": "Group Captain", "Wing Commander": "Wing Commander",
    "Squadron Leader": "Squadron Leader", "Flight Lieutenant": "Flight Lieutenant",
    "Chaplain": "Chaplain"}
# Titles of address, offices and nobility before a name (CMOS 8.21–8.32): never part of an
# index heading, never a person's name on their own.
TITLES = (
    "Emperor", "Empress", "King", "Queen", "Prince", "Princess", "Duke", "Duchess", "Count",
    "Countess", "Earl", "Marquess", "Margrave", "Baron", "Lord", "Lady", "Sir", "Dame", "Sultan",
    "Shah", "Emir", "Khan", "Caliph", "Tsar", "Czar", "Kaiser", "Pharaoh", "Pope", "Cardinal",
    "Archbishop", "Bishop", "Abbot", "Saint", "St.", "Rabbi", "Reverend", "Rev.", "Father",
    "President", "Vice President", "Premier", "Prime Minister", "Minister", "Chancellor",
    "Governor", "Gov.", "Governor-General", "Viceroy", "Senator", "Sen.", "Congressman",
    "Representative", "Rep.", "Mayor", "Consul", "Proconsul", "Ambassador", "Secretary",
    "Chairman", "Chief", "Warlord", "Dictator", "Regent", "Judge", "Justice", "Dr.", "Mr.",
    "Mrs.", "Ms.", "Prof.", "Professor", "Ras", "Dejazmach", "Negus", "Empress Dowager",
    "Grand Duke", "Crown Prince", "Pasha", "Bey",
    # offices of the US federal and state governments before a name (CMOS 8.21)
    "Attorney General", "Lieutenant Governor", "Chief Justice", "Prefect", "Viscount",
    "Baroness", "Marquis", "District Attorney", "Attorney", "Fellow",
    # Malay and Philippine rulers' titles (Scott, Barangay, 1994)
    "Rajah", "Raja", "Datu", "Lakan")
# Titles of nobility: an index keeps them after the name they identify ('Chelmsford, Lord',
# 'Darran, Ivo, Prince'; CMOS 16.39–16.41); ranks, offices and royal titles it leaves out
# ('MacArthur, Douglas', 'Tiberius').
NOBLE_TITLES = ("Prince", "Princess", "Duke", "Duchess", "Count", "Countess", "Earl", "Marquess",
                "Marquis", "Margrave", "Baron", "Baroness", "Viscount", "Lord", "Lady")
# Ranks that are also adjectives: before a head noun they name no rank ('General Assembly',
# 'Major League', 'Chief Justice' aside), while other ranks still do ('Colonel Hill').
RANK_ADJECTIVES = ("General", "Major", "Private", "Chief", "Grand", "Staff", "Field")
# Titles that stay before the given name when a name is inverted ('Kitchener, Sir Herbert',
# CMOS 16.41).
GIVEN_NAME_TITLES = ("Sir", "Dame")
# Honorifics and suffixes that never stand alone for a person.
NAME_SUFFIXES = ("Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "the Great", "the Younger",
                 "the Elder")
# Epithets that complete a one-word name ('Agrippina the Younger', 'Ivan the Terrible'): the
# usual English nicknames of rulers and of Romans of one family (Wikipedia, list of monarchs
# by nickname).
EPITHETS = ("Great", "Younger", "Elder", "Bold", "Bald", "Pious", "Conqueror", "Confessor",
            "Lionheart", "Magnificent", "Terrible", "Wise", "Fat", "Good", "Just", "Red",
            "Black", "Unready", "Navigator", "Apostate", "Lawgiver", "Fair", "Tall", "Short",
            "Lame", "Blind", "Martyr", "Baptist", "Evangelist", "Apostle", "Divine")
# Latin epithets after a Roman woman's name that tell namesakes apart ('Antonia Minor', 'Octavia
# Major'): part of the name, never its surname.
ROMAN_EPITHETS = ("Minor", "Major", "Maior", "Minima", "Maxima")
# Common given names: a name opening with one of them and followed by one to three capitalised
# words and no head noun is a person's ('John Jay'; not 'James River', 'John Hopkins University').
# English: the most frequent given names of the US censuses 1790-1900 and of English parish
# registers (both sexes, historical spellings); Roman: the closed set of praenomina in use in the
# late Republic and early Empire (Salway, 'What's in a Name?', JRS 84, 1994).
GIVEN_NAMES = (
    "John", "William", "James", "George", "Charles", "Thomas", "Joseph", "Henry", "Robert",
    "Edward", "Samuel", "David", "Richard", "Benjamin", "Daniel", "Peter", "Paul", "Francis",
    "Frederick", "Walter", "Arthur", "Albert", "Alexander", "Andrew", "Edmund", "Nathaniel",
    "Jonathan", "Josiah", "Elijah", "Isaac", "Jacob", "Abraham", "Timothy", "Stephen",
    "Christopher", "Matthew", "Michael", "Patrick", "Hugh", "Harry", "Harold", "Herbert",
    "Ernest", "Alfred", "Lewis", "Louis", "Philip", "Roger", "Ralph", "Nicholas", "Anthony",
    "Oliver", "Rufus", "Caleb", "Theodore", "Ebenezer", "Moses", "Aaron", "Simon", "Luke",
    "Mary", "Elizabeth", "Sarah", "Anne", "Ann", "Margaret", "Catherine", "Jane", "Martha",
    "Abigail", "Hannah", "Susan", "Ellen", "Emily", "Alice", "Dorothy", "Frances", "Rebecca",
    "Eleanor", "Louisa", "Charlotte", "Caroline", "Harriet", "Lucy",
    "Gaius", "Lucius", "Marcus", "Gnaeus", "Titus", "Publius", "Quintus", "Servius", "Aulus",
    "Decimus", "Tiberius", "Sextus", "Manius", "Appius", "Spurius", "Numerius", "Vibius",
    "Mamercus", "Faustus", "Kaeso", "Caeso", "Postumus", "Opiter", "Hostus")
# Labels of a party, faction or side written before a person's name ('Federalist Caleb Strong',
# 'Democratic-Republican Elbridge Gerry'): a descriptor, cut off the name as a rank is (the
# parties and sides of English-language political history; nationality adjectives are found by
# DEMONYM_ENDINGS).
PARTY_LABELS = ("Federalist", "Anti-Federalist", "Republican", "Democratic-Republican",
                "Democrat", "Democratic", "Loyalist", "Patriot", "Whig", "Tory", "Jacobite",
                "Jacobin", "Royalist", "Parliamentarian", "Unionist", "Confederate",
                "Communist", "Nationalist", "Socialist", "Liberal", "Conservative", "Labour",
                "Bolshevik", "Menshevik", "Fascist", "Monarchist", "Populist", "Progressive")
HONORIFICS_AFTER = ("Khan", "Beg", "Bey", "Pasha", "Effendi", "Töre", "Tore", "Agha")
# Endings of Slavic surnames ('Timoshenko', 'Abbasov', 'Zhukov', 'Rokossovsky'): such a name is in
# Western order, whatever its syllables look like.
SLAVIC_SURNAME_ENDINGS = ("ov", "ev", "yev", "ova", "eva", "sky", "skiy", "ski", "enko", "vich",
                          "ovna", "evna")
# Particles of personal names (CMOS 16.71–16.84). Surname particles go after the given names when
# a name is inverted ('Trotha, Lothar von'); patronymic particles make a name a patronymic, not
# inverted ('Eleazar ben Ya'ir'); Arabic articles are ignored in sorting (16.76).
SURNAME_PARTICLES = ("de", "da", "di", "du", "des", "del", "della", "dos", "das", "do", "von",
                     "van", "der", "den", "ter", "ten", "la", "le", "zu", "vom", "zum", "degli",
                     "dei", "d'", "y", "e", "i", "af", "op")
PATRONYMIC_PARTICLES = ("bin", "ibn", "bint", "ben", "bent", "ap", "ould", "wad", "walad", "mac",
                        "ud", "ul", "och")
# An Arabic name opening with a kunya ('father of', 'mother of') or a nasab ('son of') is one
# name, filed as written ('Abu Tamar', 'Ibn Rashad'; CMOS 16.76).
KUNYA = ("Abu", "Abū", "Umm", "Ibn", "Bin")
# Words that open a Hebrew epithet after a name ('Meir Baal HaNes', 'master of the miracle'):
# the name before them is the person's, the epithet follows it as 'the Elder' does.
EPITHET_OPENERS = ("Baal", "Ba'al", "Ba’al")
# Titles after an era name: a sovereign called by the era of the reign ('the Tarn Emperor'), a
# name filed as written; no surname is one of them (as 'King' or 'Bishop' are).
ERA_TITLES = ("Emperor", "Empress")
ARABIC_ARTICLES = ("al", "el", "al-", "el-")
# The Arabic article before a sun letter ('ad-Din', 'as-Salih', 'an-Nasir'): only glued to the
# name by a hyphen, since alone they are English words.
ARABIC_ARTICLE_FORMS = ("al", "el", "ad", "an", "ar", "as", "at", "az", "ud", "ul")
# French and Italian articles elided before a name ("d'Artagnan", "l'Étang"): glued by an
# apostrophe, part of the name.
ELIDED_ARTICLES = ("d", "l")
# The lower-case words that may stand inside a name between capitalised ones ('Republic of
# Korea', 'Lothar von Trotha', 'Ibn al Athir'): the particles above that are no English word
# ('an', 'as', 'at', 'do', 'e', 'i' are left out: 'Rome at Antium' is two names).
NAME_CONNECTORS = ("of", "de", "da", "di", "du", "des", "del", "della", "dos", "das", "von", "van",
                   "der", "den", "ter", "ten", "la", "le", "zu", "vom", "zum", "degli", "dei", "y",
                   "bin", "ibn", "bint", "ben", "al", "el", "ap", "ould")
# Japanese 'no' between a clan and a given name ('Minamoto no Yoshitsune', 'Ki no Tsurayuki'): a
# connector of a name only there, between two capitalised words.
JAPANESE_NO = ("no",)
# Particles whose surname often names a place of origin (Italian, Portuguese): 'Leonardo da
# Vinci' files under L (CMOS 16.71).
ORIGIN_PARTICLES = ("da", "di", "del", "della", "dos", "das", "do")
NAME_PARTICLES = SURNAME_PARTICLES + PATRONYMIC_PARTICLES + ARABIC_ARTICLES + ("of", "the")
# Nouns that describe a person ('the Uyghur linguist X', 'X, an American reporter').
PERSON_NOUNS = (
    "commander", "leader", "governor", "chief", "minister", "president", "general", "officer",
    "warlord", "king", "queen", "emperor", "empress", "ruler", "admiral", "marshal", "chairman",
    "premier", "consul", "founder", "linguist", "reporter", "journalist", "writer", "author",
    "historian", "poet", "scholar", "official", "adventurer", "prince", "princess", "regent",
    "secretary", "colonel", "captain", "priest", "monk", "bishop", "archbishop", "missionary",
    "diplomat", "ambassador", "envoy", "politician", "activist", "nationalist", "senator",
    "lawyer", "judge", "merchant", "architect", "artist", "painter", "sculptor", "philosopher",
    "archaeologist", "scientist", "engineer", "explorer", "tutor", "advisor", "adviser",
    "prefect", "praetor", "tribune", "legate", "freedman", "slave", "mistress", "lieutenant",
    "sergeant", "private", "corporal", "major", "pilot", "soldier", "astronomer", "teacher",
    "student", "disciple", "abbot", "rabbi", "saint", "heir", "nobleman", "courtier", "mayor",
    "actor", "singer", "composer", "director", "editor", "publisher", "critic", "biographer",
    "chronicler", "chancellor", "conquistador", "statesman", "physician", "navigator",
    "inventor", "designer", "calligrapher", "essayist", "sultan", "emir", "caliph", "pope",
    "cardinal", "egyptologist", "anthropologist", "theologian", "mathematician")
# Pronouns of the story's people: a gloss that uses one speaks of them ('an office once held by
# his uncle'), it defines nothing.
STORY_PRONOUNS = ("he", "she", "they", "his", "her", "their", "him", "them")
# Words of an author's aside in brackets, with those pronouns ('(a step that must have cost him
# dearly)', '(as we saw)').
ASIDE_WORDS = ("we", "our", "must", "would", "could", "might")
# Nouns of any human being: a definition headed by one ('a man who rows') describes people.
HUMAN_NOUNS = ("man", "men", "woman", "women", "person", "persons", "people", "boy", "girl",
               "child", "children")
# Kinship and other relations named after a person ('X's nephew', 'the son of X').
KINSHIP = (
    "father", "mother", "son", "daughter", "brother", "sister", "wife", "husband", "nephew",
    "niece", "uncle", "aunt", "cousin", "grandson", "granddaughter", "grandfather",
    "grandmother", "stepson", "stepdaughter", "stepfather", "stepmother", "brother-in-law",
    "sister-in-law", "son-in-law", "daughter-in-law", "father-in-law", "mother-in-law",
    "kinsman", "widow", "mistress", "lover")
RELATIONS = KINSHIP + ("protégé", "protege", "successor", "predecessor", "deputy", "ally",
                       "rival", "mentor", "heir", "friend")

# --- the Commanders appendix -------------------------------------------------------------------
# Nouns of office and command that, after 'the', give a person's role ('the Kyrgyz commander X',
# 'X became the governor of Y'); a subset of PERSON_NOUNS, with 'head'.
ROLE_NOUNS = (
    "commander", "leader", "governor", "head", "chief", "minister", "president", "general",
    "officer", "warlord", "king", "emperor", "ruler", "admiral", "marshal", "chairman", "premier",
    "consul", "founder", "linguist", "reporter", "scholar", "official", "adventurer", "prince",
    "regent", "secretary", "colonel", "captain")
# The title of a saint before the name ('St. Brigid'): out of the heading when the text also
# names the saint without it.
SAINT_TITLES = ("Saint", "St.", "St")
# Words a person's name never stands for alone: honorifics, suffixes, particles, titles
# ('Khan', 'Jr.', 'von', 'Emperor'); 'Mc' and 'Dowager' as they stand in names and titles.
NEVER_ALONE = frozenset(w.casefold() for w in (
    *HONORIFICS_AFTER, *(x for s in NAME_SUFFIXES for x in s.split()), *NAME_PARTICLES,
    "Mc", "St", "Saint", "Dowager", "Emperor", "Empress", "King", "Queen", "Prince", "Duke",
    "Lord", "Sir", "Sultan", "Shah", "Emir", "General"))
# Lower-case nouns after a name that make it the name of an event, a period or a body ('the An
# Lushan rebellion', 'the Ren dynasty'), not a person.
NAMED_AFTER_NOUNS = ("rebellion", "revolt", "uprising", "war", "campaign", "dynasty", "era",
                     "period", "clan", "family", "regime", "government", "expedition",
                     "incident", "affair")
# Ruling houses named by a family: the family's name alone stands for the house ('the Ren' for
# the Ren dynasty, 'Ren forces').
HOUSE_NOUNS = ("dynasty",)
# Lower-case heads of a span of time's name ('the Heian period', 'the Meiji era').
TIME_HEADS = ("period", "era")
# In the text (not the infobox, read before the people are known), a clan's name alone is the
# clan too ('the Minamoto' for the Minamoto clan), unless a person of the book bears it; so is a
# period's ('the Early Preclassic').
PEOPLE_HOUSE_NOUNS = ("dynasty", "clan")
TEXT_HOUSE_NOUNS = PEOPLE_HOUSE_NOUNS + TIME_HEADS
# Words before a language's name that make a stage or a variety of it ('Low German').
LANGUAGE_STAGES = ("Old", "Middle", "Modern", "Classical", "Ancient", "Late", "Early", "Low",
                   "High", "Upper", "Lower", "Vulgar", "Standard", "Koine")
# Adjectives of a part of a country between a preposition and its name ('in western Bolivia'),
# each also with '-ern'.
REGION_ADJECTIVES = ("north", "south", "east", "west", "central", "upper", "lower")
# Groups of kin after a name, as in 'the Minamoto family', 'the Vell tribe' (with
# LOWER_CASE_HEADS, the heads the glossary reads before a bracket).
KIN_GROUP_HEADS = ("family", "tribe", "lineage", "house")
# Words after 'X, or' that open no gloss of X ('the city, or rather the fort').
NOT_GLOSS_OPENERS = ("rather", "else", "so")
# Lower-case nouns that end a name after 'the' ('the Ren dynasty', 'the Vell conspiracy', 'the
# Marr uprising'): the encyclopedia's sentence case for the name of a house or an event.
LOWER_CASE_HEADS = ("dynasty", "clan", "revolt", "rebellion", "uprising", "conspiracy", "massacre",
                    "period", "era", "mutiny", "insurrection")
# Nouns after a family name that make it the family or its men ('the Mori clan', 'Ma forces').
FAMILY_NOUNS = ("clan", "family", "forces", "army", "armies", "troops", "dynasty", "brothers",
                "men", "household", "house", "line", "kinsmen", "relatives", "cousins",
                "warlords", "clique")
# Nouns after a capitalised word that make it a people's or a group's name ('Han civilians').
PEOPLE_NOUNS = ("Chinese", "Muslim", "Muslims", "people", "peoples", "troops", "civilians",
                "soldiers", "forces", "dynasty")
# Irregular past tenses that, right after a bare name, make it a person acting ('Han said');
# regular ones are recognised by their -ed.
ACTION_VERBS = ("said", "was", "had", "led", "took", "made", "went", "came", "gave", "told",
                "wrote", "fought", "won", "lost", "fled", "became", "sent", "met", "saw", "left",
                "held", "kept", "ran", "began", "rode", "struck")
# What became of a person, as English prose says it (the 'Fate' line), from the most to the
# least final: a death outranks a wound, a wound a capture, a capture a flight.
DEATH_BY_OWN_HAND = ("killed himself", "killed herself", "took his own life", "took her own life",
                     "committed suicide", "committed seppuku", "committed hara-kiri",
                     "committed harakiri")
DEATH_VERBS = ("killed", "executed", "died", "perished", "assassinated", "beheaded", "drowned",
               "shot", "murdered", "hanged", "slain", "poisoned")
WOUND_VERBS = ("wounded",)
CAPTURE_VERBS = ("captured", "arrested", "imprisoned", "surrendered", "deposed")
FLIGHT_VERBS = ("exiled", "fled", "escaped")
# Fate verbs that need no auxiliary ('X died', 'X fled'); the others do ('X was captured').
INTRANSITIVE_FATES = ("died", "perished", "drowned", "fled", "escaped", "surrendered")
# Adverbs between an auxiliary and a fate verb ('was later executed').
FATE_ADVERBS = ("later", "then", "also", "eventually", "finally", "reportedly", "allegedly")
# What a commander commands: the object of 'commanded', the thing 'led by' someone (with the
# UNIT_HEADS, in any case). 'commanded the respect of' commands no one.
COMMANDED_NOUNS = (
    "army", "armies", "forces", "force", "troops", "garrison", "fleet", "squadron", "expedition",
    "vanguard", "rearguard", "flank", "wing", "centre", "center", "defenders", "defence",
    "defense", "rebels", "men", "soldiers", "cavalry", "infantry", "artillery", "division",
    "brigade", "regiment", "battalion", "company", "platoon", "ship", "ships", "boat", "vessel",
    "patrol", "column", "detachment", "group", "navy", "legion", "legions", "militia", "guard",
    "crew", "unit", "units", "corps", "marines", "host", "warriors", "sailors")

# --- what names name ---------------------------------------------------------------------------
# The head noun of a name says what it names (Wikipedia naming conventions; CMOS 8.46–8.56).
PLACE_HEADS = (
    "Republic", "Province", "County", "Region", "District", "Prefecture", "City", "Town",
    "Village", "River", "Lake", "Mountains", "Mountain", "Mount", "Valley", "Island", "Islands",
    "Sea", "Ocean", "Desert", "Plain", "Plains", "Basin", "Pass", "Kingdom", "Empire", "State",
    "States", "Territory", "Zone", "Oblast", "Bay", "Gulf", "Peninsula", "Strait", "Straits",
    "Airfield", "Fort", "Castle", "Hill", "Hills", "Ridge", "Station", "Cape", "Port", "Oasis",
    "Steppe", "Range", "Canal", "Harbor", "Harbour", "Coast", "Beach", "Forest", "Park",
    "Street", "Avenue", "Road", "Square", "Bridge", "Palace", "Cathedral", "Church", "Temple",
    "Monastery", "Abbey", "Cemetery", "Memorial", "Museum", "Gate", "Wall", "Camp", "Base",
    "Reef", "Head", "Point", "Sound", "Creek", "Falls", "Highlands", "Lowlands", "Archipelago",
    "Municipality", "Barangay", "Quarter", "Hospital", "Airport", "Stadium", "Tower")
# Heads after a possessive that make one name of owner and head ("Rupert's Land", "St Mary's
# Church", "Hudson's Bay"), besides PLACE_HEADS.
OWNED_PLACE_HEADS = ("Land", "College", "Hall", "Wood", "Farm", "Corner", "Inn", "Well")
ORGANISATION_HEADS = (
    "Party", "Committee", "Council", "Government", "Clique", "Movement", "League", "Front",
    "Society", "Brotherhood", "Association", "Conference", "Congress", "Assembly", "Ministry",
    "Department", "Bureau", "Office", "Agency", "Commission", "Company", "Corporation", "Bank",
    "Police", "Dynasty", "Clan", "College", "University", "School", "Academy", "Institute",
    "Church", "Order", "Administration", "Court", "Senate", "Parliament", "Cabinet", "Union",
    "Federation", "Confederation", "Alliance", "Guard", "Guards", "Service", "Board", "Trust",
    "Foundation", "Group", "Organization", "Organisation", "Council", "Legislature", "Agency",
    "Center", "Centre", "Observatory", "Network", "Press", "Times", "Post", "Herald")
# Common nouns that own the rest of an organisation's name ("Korean People's Army", "Workers'
# Party", "Women's Union"): a possessive after one stays inside the name.
COLLECTIVE_OWNERS = ("People", "Peoples", "Workers", "Peasants", "Women", "Children", "Soldiers",
                     "Farmers", "Citizens", "Nations", "Veterans", "Students", "Youth", "Men",
                     "Sailors", "Officers", "Martyrs", "Saints", "Merchants")
# Heads of military units: a name with one (and usually an ordinal) is a unit.
UNIT_HEADS = (
    "Army", "Armies", "Navy", "Corps", "Division", "Divisions", "Regiment", "Regiments",
    "Brigade", "Battalion", "Battalions", "Company", "Platoon", "Squad", "Squadron", "Troop",
    "Battery", "Cavalry", "Infantry", "Artillery", "Fleet", "Flotilla", "Legion", "Legions",
    "Cohort", "Wing", "Group", "Force", "Forces", "Task Force", "Marines", "Militia",
    "Guard", "Guards", "Command", "Air Force", "Rifles", "Dragoons", "Hussars", "Lancers",
    "Fusiliers", "Grenadiers", "Detachment", "Contingent")
# A unit noun's class: the plural names the same kind of unit, and an arm as the head of a
# numbered name is a regiment of that arm ('9th Infantry' is the 9th Infantry Regiment: US Army
# usage). Plurals after several numbers name several units ('the 9th and 23rd Divisions').
UNIT_CLASSES = {"Divisions": "Division", "Regiments": "Regiment", "Battalions": "Battalion",
                "Armies": "Army", "Legions": "Legion", "Infantry": "Regiment",
                "Cavalry": "Regiment", "Artillery": "Regiment", "Forces": "Force"}
ARMS = ("Infantry", "Cavalry", "Artillery")
PLURAL_UNIT_HEADS = ("Divisions", "Regiments", "Battalions", "Brigades", "Armies", "Legions",
                     "Companies")
EVENT_HEADS = (
    "Battle", "War", "Wars", "Conspiracy", "Revolt", "Rebellion", "Revolution", "Uprising", "Rising",
    "Incident", "Massacre", "Campaign", "Invasion", "Siege", "Crisis", "Affair", "Treaty",
    "Declaration", "Offensive", "Conflict", "Mutiny", "Riot", "Riots", "Agreement", "Accord",
    "Pact", "Resolution", "Expedition", "Raid", "Occupation", "Crusade", "Conquest",
    "Insurrection", "Emergency", "Intervention", "Famine", "Fire", "Earthquake", "Flood",
    "Hurricane", "Typhoon", "Storm", "Cyclone", "Plague", "Council", "Conference", "Games",
    "Olympics", "Exposition", "Exhibition", "Election", "Act", "Coup", "Purge", "Operation")
# Prefixes of ship names (navies' own usage): 'USS Monitor', 'HMS Warrior'. The prefix alone is
# not an acronym a glossary spells out.
SHIP_PREFIXES = ("USS", "HMS", "HMAS", "HMCS", "HMNZS", "SMS", "CSS", "USNS", "USCGC", "RMS",
                 "SS", "MV", "HMT", "INS", "FS", "KMS", "IJN", "ORP", "HNLMS", "USRC",
                 "SM")        # 'SM UB-1': the Imperial German Navy's U-boats
# Heads that open a name instead of closing it, and what the name then names ('Lake Baikal',
# 'Typhoon Maemi', 'Task Force Smith', 'Hill 209'; Wikipedia naming conventions for places,
# tropical cyclones and military units).
# The categories of tropical cyclones (WMO; JMA, JTWC and NHC usage) that open a storm's name: one
# storm keeps its name while its category changes ('Tropical Storm Koppu', 'Typhoon Koppu').
STORM_HEADS = ("Typhoon", "Super Typhoon", "Hurricane", "Major Hurricane", "Cyclone",
               "Tropical Cyclone", "Severe Tropical Storm", "Tropical Storm",
               "Tropical Depression", "Subtropical Storm", "Storm")
LEADING_HEADS: dict[str, str] = {
    "Lake": "place", "Mount": "place", "Fort": "place", "Cape": "place", "Port": "place",
    "Hill": "place", "Camp": "place", "Isle": "place", "Mt.": "place",
    "Battle": "event", "Siege": "event", "Treaty": "event", "Operation": "event",
    **{head: "event" for head in STORM_HEADS},
    "Task Force": "unit", "Army Group": "unit", "Legio": "unit"}
# Heads that name a natural feature: 'the Naktong', 'the Pacific' are the Naktong River, the
# Pacific Ocean when the text names them so.
FEATURE_HEADS = ("River", "Ocean", "Sea", "Desert", "Mountains", "Range", "Strait")
# Heads of features a text names by the name alone, without 'the': 'Peleliu' is Peleliu Island,
# 'Kintyre' the Kintyre Peninsula, 'Umurbrogol' Umurbrogol Mountain. Not a building or a bay
# named after a town ('Clonard Abbey', 'Manila Bay'), which is another place.
BARE_FEATURE_HEADS = ("Island", "Islands", "Atoll", "Peninsula", "Mountain", "Ridge")
# One name written two ways, that a reader looks up under one heading: the abbreviated country
# at the head of a name ('US Navy', 'U.S. Senate'; not 'US' alone, an acronym the text may never
# spell out) and the two usual names of the world wars.
NAME_EQUIVALENTS = {"US": "United States", "UK": "United Kingdom",
                    "First World War": "World War I", "Second World War": "World War II"}
# Abbreviated words of place and saints' names, and what they stand for: 'Sta. Ana' is Santa
# Ana, 'Mt. Vesuvius' Mount Vesuvius (one name however the text writes it).
NAME_ABBREVIATIONS = {"St.": "Saint", "Sta.": "Santa", "Sto.": "Santo", "Mt.": "Mount",
                      "Ft.": "Fort", "Pt.": "Point"}
# Heads of an administrative division that a text adds to or leaves off a name at will:
# 'Guangdong Province' is Guangdong.
DIVISION_HEADS = ("Province", "Prefecture", "Oblast", "Governorate", "Voivodeship")
# Heads a number follows in a name ('Hill 209', 'Route 66', 'Tropical Depression 18W').
NUMBERED_HEADS = ("Hill", "Route", "Highway", "Height", "Heights", "Task Force", "Tropical Storm",
                  "Tropical Depression", "Point", "Camp", "Stalag", "Oflag", "Type")
# Parts of a whole counted by number or letter: named alone ('1st Battalion', 'B Company',
# '3rd District'), they say which part only within a whole the name leaves out.
NUMBERED_PARTS = ("Battalion", "Battalions", "Company", "Platoon", "Squad", "Battery", "Troop",
                  "Detachment", "District", "Ward", "Precinct", "Sector", "Zone", "Section",
                  "Block", "Barangay")
# Words that qualify a head without naming anything ('National Museum', 'Main Station',
# 'Royal Navy'): a name needs a word besides them and the head.
NAME_QUALIFIERS = ("The", "Imperial", "Royal", "National", "Federal", "Grand", "Supreme",
                   "General", "High", "Provisional", "Special", "Main", "Medical", "Regional",
                   "Municipal", "Metropolitan", "Public", "Central", "Presidential", "Local",
                   "International", "Provincial", "Civil", "Military", "Naval")
# Lower-case endings of a hyphenated word that make it describe ('Visayan-born', 'Soviet-led'):
# no part of a name.
DESCRIPTIVE_SUFFIXES = ("born", "based", "led", "era", "style", "speaking", "owned", "backed",
                        "occupied", "controlled", "dominated", "held", "made", "built", "language",
                        "like", "ruled", "supported", "sponsored", "inspired")
# Nouns for works: a name after one is a title of a work ('the poem "…"', 'the film X').
WORK_NOUNS = ("novel", "novella", "poem", "poems", "epic", "play", "film", "book", "opera",
              "song", "painting", "memoir", "memoirs", "symphony", "ballad", "essay",
              "documentary", "anthem", "libretto", "saga", "biography", "history", "treatise",
              "chronicle", "collection", "anthology", "article", "report", "letter", "series",
              "album", "sculpture", "statue", "work", "comic", "publication", "translation",
              "translations", "edition", "volume", "monograph", "study", "thesis", "catalogue",
              "miniseries", "adaptation", "dramatization", "dramatisation")
# Feasts of the church year: before a year they date a statement to that year ('On the vigil of
# Ascension Day 1120'), the day within it left open.
FEAST_DAYS = ("Christmas Day", "Christmas Eve", "Christmas", "Easter Sunday", "Easter", "Pentecost",
              "Whitsunday", "Whitsun", "Michaelmas", "Candlemas", "Lammas", "Epiphany",
              "Ascension Day", "All Saints' Day", "Lady Day", "New Year's Day", "New Year's Eve",
              "Midsummer Day", "Midsummer", "Palm Sunday", "Good Friday", "Maundy Thursday",
              "Lent", "Advent")
# Words of a sentence about publishing: a year in brackets after a title there dates the
# publication ('included translations in Tarnay (1915)'), not an event of the story.
PUBLICATION_CUES = ("translated", "translation", "translations", "translator", "translators",
                    "published", "publication", "anthology", "edition", "included", "featured",
                    "rendition", "renditions", "wrote", "book", "books", "collection", "selections")
# Nouns of events named in lower case after a proper word ('Lhasa uprising').
EVENT_NOUNS = tuple(w.lower() for w in EVENT_HEADS[:33])
# Lower-case nouns for a stretch of land or a line on it: after a name they say where, so the
# name is a place's ('the Samnangjin area', 'the Naktong front'), not a word describing a noun.
PLACE_NOUNS = ("area", "areas", "region", "sector", "front", "line", "lines", "road", "roads",
               "valley", "district", "coast", "border", "frontier", "vicinity", "outskirts",
               "province", "city", "town", "village", "county", "island", "peninsula", "plain",
               "basin", "hills", "heights", "crossing", "bridgehead", "airfield", "harbor",
               "harbour", "port", "estuary", "delta", "bay", "provinces", "regions", "districts",
               "counties", "islands", "cities", "towns", "villages", "valleys", "coasts")
# Endings of English adjectives of nationality and origin ('Korean', 'Roman', 'Chinese',
# 'British', 'Germanic', 'Iraqi', 'French'): a name that ends in one and stands mostly before a
# noun describes; it names no referent.
DEMONYM_ENDINGS = ("an", "ian", "ean", "ese", "ish", "ic", "i", "ch", "ite")
# Cardinal points and other words that qualify a place name ('North Korea', 'Upper Egypt').
PLACE_QUALIFIERS = ("North", "South", "East", "West", "Northern", "Southern", "Eastern",
                    "Western", "Central", "Upper", "Lower", "Greater", "Inner", "Outer", "New",
                    "Old", "Northeast", "Northwest", "Southeast", "Southwest")

# --- grammar -----------------------------------------------------------------------------------
# Words that open an English sentence or clause and name nothing: a capitalised one is never a
# name, nor part of one (closed classes: determiners, pronouns, prepositions, conjunctions,
# common adverbs).
FUNCTION_WORDS = (
    "the", "a", "an", "in", "on", "at", "and", "but", "for", "as", "by", "with", "from", "to",
    "of", "or", "if", "when", "while", "after", "before", "during", "under", "over", "it",
    "its", "they", "their", "them", "he", "his", "him", "she", "her", "this", "these", "those",
    "there", "that", "we", "our", "us", "i", "my", "you", "your", "some", "many", "most", "all",
    "several", "both", "other", "another", "each", "every", "according", "however",
    "although", "though", "since", "until", "later", "then", "thus", "also", "such", "no",
    "not", "only", "multiple", "following", "despite", "upon", "amid", "amidst", "among",
    "amongst", "against", "throughout", "within", "without", "including", "regarding",
    "concerning", "unlike", "toward", "towards", "across", "along", "alongside", "behind",
    "beside", "besides", "between", "beyond", "through", "except", "via", "because", "so",
    "yet", "what", "which", "who", "whom", "whose", "where", "why", "how", "once", "here",
    "meanwhile", "nevertheless", "nonetheless", "moreover", "furthermore", "instead",
    "afterwards", "afterward", "onward", "onwards", "eventually", "finally", "initially", "originally", "soon",
    "shortly", "today", "now", "still", "even", "just", "almost", "nearly", "about", "around",
    "near", "into", "onto", "out", "up", "down", "off", "above", "below", "inside", "outside",
    "beneath", "whereas", "whether", "unless", "whilst", "either", "neither", "nor", "any",
    "none", "much", "more", "less", "few", "fewer", "first", "last", "next", "one", "two",
    "three", "four", "five", "six", "seven", "eight", "nine", "ten", "having", "being",
    "be", "is", "are", "was", "were", "has", "have", "had", "do", "does", "did", "can", "could",
    "will", "would", "shall", "should", "may", "might", "must", "let", "perhaps", "indeed",
    "therefore", "hence", "accordingly", "likewise", "similarly", "together", "again")
# English prepositions (a closed class; Quirk et al., A Comprehensive Grammar, 9.7): a name after
# one is the object of a phrase ('in Rome', 'against Vindex').
PREPOSITIONS = (
    "about", "above", "across", "after", "against", "along", "alongside", "amid", "among",
    "around", "at", "before", "behind", "below", "beneath", "beside", "besides", "between",
    "beyond", "by", "despite", "down", "during", "except", "for", "from", "in", "inside", "into",
    "like", "near", "of", "off", "on", "onto", "opposite", "outside", "over", "past", "since",
    "through", "throughout", "to", "toward", "towards", "under", "until", "upon", "via", "with",
    "within", "without")
# Prepositions of time: a name of a war never runs on across them ('the Ord Campaign during the
# Marr period' names the Ord Campaign, within a period).
TEMPORAL_PREPOSITIONS = ("during", "amid", "within", "after", "before", "since", "until",
                         "throughout")
# The pronouns a verb follows as its subject ('he wrote', 'which fell'): the words after them
# are a text's verbs.
SUBJECT_PRONOUNS = ("he", "she", "they", "it", "who", "we", "which", "i", "you")
# Auxiliary and linking verbs: a name before one is the subject of its clause ('Rome was').
AUXILIARIES = ("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does",
               "did", "can", "could", "will", "would", "shall", "should", "may", "might", "must",
               "became", "becomes", "remained", "seemed")
# Irregular past forms of common English verbs (the regular ones end in -ed): a name before one
# is the subject of its clause ('Sporus bore', 'Seneca wrote').
IRREGULAR_PAST = (
    "arose", "awoke", "became", "began", "bore", "beat", "bent", "bit", "bled", "blew", "broke",
    "brought", "built", "burnt", "bought", "caught", "chose", "came", "cost", "crept", "cut",
    "dealt", "did", "drew", "drank", "drove", "dwelt", "ate", "fell", "fed", "felt", "fought",
    "found", "fled", "flew", "forbade", "forgot", "forgave", "froze", "got", "gave", "went",
    "grew", "hung", "heard", "hid", "hit", "held", "hurt", "kept", "knelt", "knew", "laid", "led",
    "leapt", "learnt", "left", "lent", "let", "lay", "lit", "lost", "made", "meant", "met",
    "paid", "put", "quit", "read", "rode", "rang", "rose", "ran", "said", "saw", "sought", "sold",
    "sent", "set", "shook", "shot", "showed", "shut", "sang", "sank", "sat", "slew", "slept",
    "slid", "spoke", "spent", "spread", "sprang", "stood", "stole", "struck", "strove", "swore",
    "swept", "swam", "took", "taught", "tore", "told", "thought", "threw", "understood", "woke",
    "wore", "wed", "wept", "won", "wound", "wrote", "withdrew", "overthrew", "undertook")
# Abbreviations after which a full stop ends no sentence (read.text's sentence rule): lower
# case, without their final stop.
ABBREVIATIONS = (
    "gen", "col", "lt", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep", "dr", "mr",
    "mrs", "ms", "st", "mt", "ft", "jr", "sr", "prof", "rev", "hon", "pres", "no", "nos", "vol",
    "vols", "pp", "p", "c", "ca", "cf", "vs", "etc", "al", "approx", "fig", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "e.g", "i.e", "a.m", "p.m",
    "u.s", "u.k", "mme", "mlle", "brig", "cmdr", "cdr", "esq", "fr", "bvt",
    "sta", "sto")        # Santa, Santo in Spanish and Philippine place names ('Sta. Ana')
# Markers of a negation or a hypothesis: a date in a clause with one is not an event.
NEGATIONS = ("not", "never", "no", "nor", "neither", "without")
# A time said every day or night is habitual, not one event ('each night they crossed').
HABITUAL = ("usually", "typically", "generally", "normally", "often", "tends to", "tend to",
            "regularly", "each night", "every night", "each day", "every day", "each morning",
            "every morning", "each evening", "every evening", "each year", "every year")
HYPOTHETICAL = ("would have", "could have", "might have", "should have", "was to have",
                "were to have", "was scheduled", "were scheduled", "was planned", "were planned",
                "was expected", "were expected", "planned for", "scheduled for", "intended for",
                "was due", "were due", "proposed for")

# --- infobox -----------------------------------------------------------------------------------
# Status codes of Wikipedia's military-conflict infobox (Template:Infobox military conflict) and
# how a reader says them. A dagger says a death, not how.
STATUS: dict[str, str] = {
    "KIA": "killed in action", "DOW": "died of wounds", "WIA": "wounded in action",
    "MIA": "missing in action", "POW": "taken prisoner", "EXE": "executed",
    "ASSN": "assassinated", "†": "died"}
DEATHS = frozenset({"KIA", "DOW", "EXE", "ASSN", "†"})
STATUS_WORDS: dict[str, str] = {
    "executed": "EXE", "killed": "KIA", "wounded": "WIA", "captured": "POW", "prisoner": "POW",
    "missing": "MIA", "died of wounds": "DOW", "†": "†", "assassinated": "ASSN",
    "beheaded": "EXE", "hanged": "EXE"}
# Words after a name that say what became of the person ('Imre Nagy executed').
STATUS_AFTER_NAME = ("executed", "killed", "wounded", "captured", "assassinated", "beheaded",
                     "hanged")
# The rows of a side of the infobox and how a reader labels them.
SIDE_LABELS: dict[str, str] = {
    "combatants": "Belligerents", "commanders": "Commanders and leaders",
    "units": "Units involved", "strength": "Strength", "casualties": "Casualties and losses"}
# Infobox entries that stand for people without naming them.
PLACEHOLDERS = ("several", "various", "many", "some", "other", "others", "unknown", "see", "n/a",
                "none", "numerous", "multiple", "et al", "and others", "list")
# Offices that, standing alone after a name ('X, Emir of Homs'), describe that name.
OFFICES = (
    "Emir", "King", "Queen", "Sultan", "Shah", "Khan", "Duke", "Duchess", "Prince", "Princess",
    "Count", "Countess", "Earl", "Marquess", "Margrave", "Elector", "Baron", "Governor",
    "Governor-General", "Viceroy", "Bishop", "Archbishop", "Patriarch", "Lord", "Caliph",
    "Emperor", "Empress", "Tsar", "Bey", "Pasha", "Atabeg", "Ruler", "Chief", "Head",
    "Commander", "Leader", "Regent", "Warden", "Constable", "Marshal", "Prefect", "Voivode",
    "Hetman", "Ban", "Mayor", "Minister", "Secretary", "President", "Chancellor", "Chairman",
    "General", "Admiral", "Lieutenant")
# States and provinces that follow a place name as its qualifier ('Springfield (Illinois)'): the
# 50 US states (USPS), the Canadian provinces and territories and the Australian states. Countries
# come from CLDR through langcodes, so they are not listed here.
PLACE_SUBDIVISIONS = frozenset((
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
    "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
    "Alberta", "British Columbia", "Manitoba", "New Brunswick", "Newfoundland", "Nova Scotia",
    "Ontario", "Prince Edward Island", "Quebec", "Saskatchewan", "Yukon", "Nunavut",
    "New South Wales", "Queensland", "South Australia", "Tasmania", "Victoria",
    "Western Australia", "Northern Territory"))
SIDE_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth")
# All-capital tokens that mark eras or times, never a term of the subject.
NOT_ACRONYMS = ("BC", "AD", "BCE", "CE", "AM", "PM", "OK", "AH", "OS", "NS", "TV")


def alternation(words: Iterable[str], escape: bool = True) -> str:
    """A regular-expression alternative of `words`, longest first ('Lt. Col.' before 'Lt.')."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) if escape else w for w in ordered) + ")"


def spelt_out(role: str) -> str:
    """A role with its abbreviated rank words spelt out ('Maj. Gen.' -> 'Major General'), so that
    the infobox's rank and the text's role compare equal."""
    return " ".join(RANKS.get(w, w) for w in role.split())


def neutral_label(n: int) -> str:
    """'First side', 'Second side' … 'Side 9': a side the infobox does not name."""
    return f"{SIDE_ORDINALS[n - 1]} side" if 0 < n <= len(SIDE_ORDINALS) else f"Side {n}"


def month_number(word: str) -> int:
    """1–12 for a month name or abbreviation ('Sept.' → 9), 0 for anything else."""
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word, 0)


FUNCTION_WORD_SET = frozenset(FUNCTION_WORDS)
# Words that open a noun phrase and say which or how many ('the', 'his', 'several'): a noun
# after one is a thing of the story; a bare noun ('suffered from dropsy') names a kind.
DETERMINERS = frozenset(("the", "a", "an", "this", "that", "these", "those", "his", "her", "its",
                         "their", "our", "my", "your", "some", "many", "several", "all", "both",
                         "each", "every", "no", "such", "other", "another", "most", "few"))


# --- names and their translations (the glossary) -------------------------------------------------
# English words that join the words of a proper name ('Battle of the Isk', 'Bay of Kell').
NAME_CONNECTIVES = ("of", "the", "and", "at", "on", "in", "for", "to", "upon")
# Function words of other languages that stand inside proper names written in Latin script
# (articles, prepositions and conjunctions of Spanish, Portuguese, French, Italian, German, Dutch,
# Tagalog, Arabic): a name with one is not English ('Nuestra Señora de los Desamparados',
# 'Kaiserliche und Königliche Kriegsmarine', 'Pamantasan ng Lungsod'). English homographs
# ('die', 'an', 'en') are left out.
FOREIGN_NAME_WORDS = ("de", "del", "della", "delle", "dei", "degli", "di", "da", "das", "do",
                      "dos", "du", "des", "la", "las", "le", "les", "los", "el", "y", "und",
                      "der", "den", "dem", "zu", "zum", "zur", "von", "van", "het", "ng", "ang",
                      "mga", "al", "et")
# Words an acronym's long form may skip or spell with (Schwartz & Hearst's stop words, and the
# connectives of the Romance, Germanic, Tagalog and Russian long forms articles quote): the
# function words are too many ('first' or 'one' must give their letter).
ACRONYM_STOPWORDS = ("of", "the", "and", "for", "in", "on", "to", "at", "de", "du", "des", "la",
                     "le", "el", "del", "der", "von", "und", "a", "an", "&", "y", "i", "и", "по",
                     "за", "ng", "di", "da")
# Labels of a transliteration in brackets ('romanized: Zimnyaya voyna', 'Hepburn: Kōbe'): the
# name after one is the same name in Latin letters, in no language of its own.
ROMANISATION_LABELS = ("romanized", "romanised", "romanization", "romanisation", "transliterated",
                       "transliteration", "translit", "pinyin", "hanyu pinyin", "hepburn",
                       "wade–giles", "wade-giles", "jyutping", "mccune–reischauer",
                       "mccune-reischauer", "rr", "revised romanization", "ala-lc", "iso 9")
# Words that open a sentence or a clause before a name and are no part of it ('The', 'After',
# 'Both'): a capitalised run of words that starts with one starts after it.
CLAUSE_OPENERS = ("the", "a", "an", "in", "at", "on", "by", "from", "it", "its", "he", "his", "she",
                  "her", "they", "this", "these", "those", "there", "that", "as", "after", "before",
                  "when", "while", "during", "under", "with", "for", "of", "and", "but", "or", "to",
                  "since", "until", "some", "both")
# The words that may open a definition in brackets: alias and gloss markers, articles of a gloss
# (any other function word opens an aside of the author: '(as many did)').
DEFINING_OPENERS = ("also", "or", "formerly", "now", "modern", "today", "later", "originally",
                    "literally", "lit.", "meaning", "i.e.", "in", "a", "an", "the", "sometimes",
                    "known", "called", "nicknamed", "alternatively", "present-day", "modern-day",
                    "once", "from")
# Head nouns of a dictionary definition: 'the lyre, a stringed instrument' is a definition of
# a term by its genus (the kind of thing it is), not a description of one thing.
GENUS_NOUNS = ("instrument", "weapon", "tool", "device", "implement", "vessel", "garment",
               "dish", "drink", "food", "title", "honorific", "rank", "office", "ritual", "rite",
               "ceremony", "festival", "dance", "game", "sport", "tax", "tribute", "levy", "coin",
               "currency", "measure", "boat", "ship", "craft", "vehicle", "cart", "carriage",
               "structure", "fortification", "plant", "shrub", "herb", "tree", "disease",
               "illness", "drug", "poison", "song", "hymn", "chant", "script", "alphabet",
               "language", "dialect", "term", "word", "phrase", "formula", "doctrine", "practice",
               "custom", "technique", "method", "formation", "tactic", "manoeuvre", "maneuver",
               "fabric", "cloth", "material", "alloy", "mineral", "animal", "beast", "type",
               "kind", "sort", "class", "form", "variety", "feature", "arrangement", "system",
               "mechanism", "part", "compartment", "platform", "mounting", "gun", "cannon",
               "building", "position", "tower", "ring", "shield", "helmet", "armour", "armor",
               "plate", "charge", "projectile", "missile", "sword", "dagger", "spear", "lance",
               "warship", "battleship", "cruiser", "galley", "mixture", "substance", "liquid",
               "poem", "verse", "genre", "style", "sect")
# Words after which a definition's noun phrase has passed its head ('a relatively small and fast
# naval ship designed to …'): a relative pronoun, a preposition of a complement, a participle.
GLOSS_HEAD_ENDS = ("that", "which", "who", "whose", "of", "with", "from", "designed", "used")
# Nouns by which an article's lead points back to its subject ('The group is sometimes known as
# …' in an article on a class of ships): only in the lead's first paragraph.
SUBJECT_NOUNS = ("group", "class", "type", "series", "family", "design", "term", "name")
# Ideas a text names after describing them ('This belief came to be known as the Kell Legend'):
# after a demonstrative, only such a noun makes the name a term; 'This southern grouping was
# known as Task Force K' names a body of troops (the index's), and says nothing of it.
IDEA_NOUNS = ("belief", "idea", "theory", "notion", "concept", "view", "legend", "myth",
              "tradition", "doctrine", "practice", "custom", "policy", "principle", "phenomenon",
              "style", "movement", "period", "era", "age", "syndrome", "effect", "paradox")
# What a text calls a word when it introduces one ('the term "tin tadpole"', 'a title meaning').
NAME_KINDS = ("term", "word", "name", "title", "phrase", "expression", "epithet", "nickname",
              "motto", "honorific", "byname", "designation")
# Infobox rows of a life, not of the story: their dates are no chronology entries (a life date,
# as '(958 – 1025)' after a name in the text is not).
LIFE_ROWS = ("born", "died", "birth", "death", "birth date", "death date", "date of birth",
             "date of death", "buried", "burial", "burial date")
# Kinds of personal name a biography gives after the name: 'Su Tan, courtesy name Zimei, art
# name Kellpo, was a poet'.
PERSONAL_NAME_KINDS = ("courtesy", "art", "pen", "posthumous", "temple", "birth", "regnal",
                       "religious", "baptismal", "stage", "dharma", "monastic", "era", "reign")
# Words that open the restrictive part of a dictionary definition: 'a prow used to hole ships',
# 'a compartment from which guns are fired', 'warships with a revolving turret'.
DEFINING_MODIFIERS = ("used to", "used for", "used as", "used in", "designed to", "designed for",
                      "intended to", "intended for", "built to", "built for", "fitted with",
                      "armed with", "from which", "in which", "with which", "by which",
                      "through which", "that", "which", "with", "carrying", "mounting", "worn",
                      "made of", "made from", "consisting of")
# Kinds of events whose names are names of one event when one stands in brackets after the other
# ('the Kell Revolt (Tarn Rising)'), by the class of their head nouns (EVENT_HEADS): a battle in
# brackets after a war is a part of it, not another name.
EVENT_KINDS: dict[str, str] = {
    **dict.fromkeys(("Revolt", "Rebellion", "Revolution", "Uprising", "Rising", "Insurrection",
                     "Mutiny", "Riot", "Riots"), "uprising"),
    **dict.fromkeys(("War", "Wars", "Conflict"), "war"),
    **dict.fromkeys(("Battle", "Siege", "Raid", "Offensive", "Operation"), "battle"),
    **dict.fromkeys(("Massacre", "Incident", "Affair"), "incident"),
    **dict.fromkeys(("Treaty", "Agreement", "Accord", "Pact", "Peace"), "treaty"),
}


@cache
def english_words() -> frozenset[str]:
    """Everyday English words (english-words.txt: wordfreq's English list, Zipf >= 3): a word
    of a name that is none of them is no English word ('Tokubetsu', 'hwawon'). Read on first
    use, not at import: most commands never ask."""
    lines = (Path(__file__).with_name("english-words.txt")).read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


_INFLECTIONS = (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                ("ing", ""), ("ing", "e"), ("ly", ""), ("er", ""), ("est", ""))


def english_word(word: str) -> bool:
    """Is `word` (any case; a possessive, a plural, a past or a participle of one allowed:
    'Pacified') an everyday English word?"""
    w = re.sub(r"['’]s$", "", word).casefold()
    words = english_words()
    return w in words or any(w.endswith(end) and len(w) > len(end) + 2 and
                             w[:-len(end)] + add in words for end, add in _INFLECTIONS)
