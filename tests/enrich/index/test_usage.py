"""How the text uses its words (book/enrich/index/usage.py): sentence openings, words
capitalised mid-sentence, verbs, subjects and objects, the noun a name describes."""
from __future__ import annotations

from book.enrich.document import Document
from book.enrich.index.usage import Usage

TEXT = ("Meanwhile the Brask guards waited. At dawn they marched to Orrel. Orrel fell, and Meanwhile "
        "Bay froze. The Brask troops stayed; Orrel rebuilt its walls.")


def usage_of(text: str) -> Usage:
    return Usage(Document.of_text(text))


def test_a_word_at_a_sentence_or_clause_opening():
    u = usage_of(TEXT)
    assert u.sentence_initial(0) and u.sentence_initial(TEXT.index("At dawn"))
    assert u.sentence_initial(TEXT.index("Orrel rebuilt"))          # after a semicolon
    assert not u.sentence_initial(TEXT.index("Orrel."))
    assert u.sentence_bounds(TEXT.index("marched")) == (TEXT.index("At dawn"), TEXT.index(" Orrel fell"))


def test_capitalised_mid_sentence_and_alone():
    u = usage_of(TEXT)
    assert u.capitalised_mid_sentence("Meanwhile")                  # 'Meanwhile Bay'
    assert not u.capitalised_mid_sentence("At")
    assert u.alone("Orrel") and not u.alone("Orrel", times=2)       # two of three open a sentence
    assert not u.alone("Meanwhile")                                  # followed by 'Bay'


def test_verbs_are_what_the_text_puts_after_a_pronoun_or_past_forms():
    u = usage_of(TEXT)
    assert u.verb("marched") and u.acts("marched")
    assert "marched" in u.verbs and "waited" not in u.verbs     # 'they marched'
    assert u.verb("waited")                                          # a past form
    assert not u.verb("walls") and not u.acts("guards")


def test_a_name_is_subject_or_object_of_a_verb_or_preposition():
    u = usage_of(TEXT)
    to = TEXT.index("Orrel.")
    assert u.subject_or_object(to, to + 5)                           # 'marched to Orrel'
    fell = TEXT.index("Orrel fell")
    assert u.subject_or_object(fell, fell + 5)                       # 'Orrel fell'
    brask = TEXT.index("Brask guards")
    assert not u.subject_or_object(brask, brask + 5)


def test_the_noun_a_capitalised_word_describes():
    u = usage_of(TEXT)
    assert u.noun_after(TEXT.index(" guards")) == "guards"
    assert u.noun_after(TEXT.index(" troops")) == "troops"
    assert u.noun_after(TEXT.index(" fell")) == ""                   # a verb, no noun
    assert u.lower_case("Meanwhile") is False and u.lower_case("The")


def test_a_name_after_both_is_the_object_of_the_verb_before():
    text = "Then the king brought both Vellis and Tarn under his rule."
    u = usage_of(text)
    at = text.index("Vellis")
    assert u.subject_or_object(at, at + 6)


def test_two_words_after_both_that_describe_a_noun_are_no_objects():
    text = "It spread in both Vellish and Tarnish lands by then."
    u = usage_of(text)
    at = text.index("Vellish")
    assert not u.subject_or_object(at, at + 7)
