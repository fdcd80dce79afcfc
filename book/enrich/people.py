"""Words about people shared by the enrichers: titles and name particles."""

TITLES = ("Field Marshal|Major General|Lieutenant General|Brigadier General|Lieutenant Colonel|"
          "General|Gen\\.|Governor|Gov\\.|Colonel|Col\\.|Marshal|Admiral|Adm\\.|President|Premier|"
          "Minister|Emperor|Empress|King|Queen|Prince|Princess|Commander|Captain|Capt\\.|"
          "Lieutenant|Lt\\.|Major|Maj\\.|Sergeant|Chairman|Warlord|Consul|Ambassador|Senator|"
          "Sultan|Shah|Emir|Khan|Duke|Count|Lord|Sir|Chief|Consul|Dictator|Tsar|Czar|Kaiser|Pharaoh|"
          "Caliph|Bishop|Cardinal|Pope|Mayor|Secretary|Vizier")
# Honorifics and particles that never stand alone for a person.
NOT_ALONE = {"khan", "beg", "bey", "pasha", "effendi", "tore", "töre", "sultan", "shah", "emir",
             "agha", "jr", "sr", "jr.", "sr.", "emperor", "empress", "dowager", "king", "queen",
             "prince", "duke", "lord", "sir", "von", "van", "de", "da", "di", "du", "al", "el",
             "bin", "ibn", "the", "of", "la", "le", "mac", "mc", "st", "saint", "general", "ii",
             "iii", "iv", "great", "younger", "elder"}
# Nouns that describe a person ('the Uyghur linguist X', 'X, an American reporter', "X's father").
PERSON_NOUNS = ("commander|leader|leaders|governor|chief|minister|president|general|generals|"
                "officer|officers|warlord|king|emperor|ruler|admiral|marshal|chairman|premier|"
                "consul|founder|linguist|reporter|journalist|writer|author|historian|poet|scholar|"
                "official|officials|adventurer|prince|regent|secretary|colonel|captain|priest|monk|"
                "missionary|diplomat|ambassador|envoy|politician|activist|nationalist|"
                "father|mother|son|daughter|brother|sister|wife|husband|nephew|niece|uncle|cousin")
