"""Mentions of a commander in a sentence (book/enrich/biographies/mentions.py): the full name,
a word of it alone, and a word of it inside another name or a family's."""
from __future__ import annotations

from book.enrich import trace
from book.enrich.biographies import sentence_spans
from book.enrich.biographies.mentions import Reader, mentions
from book.enrich.biographies.names import (group_words, named_in_sections, others_in_sections,
                                           owners, people)
from book.enrich.document import Document
from book.read.article import parse
from book.read.shape import shape

TEXT = ("= Siege of Orrel =\n\nAda Voss held the gate. Later Voss fled to Orrel. The Voss family "
        "sold the Marr Bridge. Ivo Marr crossed it. Marr Bridge fell.\n")


def test_each_sentences_mentions_and_what_is_turned_down():
    book = shape(parse(TEXT))
    doc = Document(book)
    spans = sentence_spans(book, doc)
    plain = [(a, b) for a, b, _ in spans]
    who = people(["Ada Voss", "Ivo Marr"])
    owned = owners(who)
    reader = Reader(doc, who, owned, group_words(doc.text, owned),
                    named_in_sections(doc, plain, who, owned),
                    others_in_sections(doc, plain, who, owned))
    found = []
    with trace.recording() as log:
        for a, b, section in spans:
            sentence = doc.text[a:b]
            found.append([(m.who, sentence[m.start:m.end], m.rule)
                          for m in mentions(reader, sentence, a, section)])
    assert found == [[(0, "Ada Voss", "mention-full-name")], [(0, "Voss", "mention-one-word")],
                     [], [(1, "Ivo Marr", "mention-full-name")], []]
    assert [(r.phrase, r.provenance.rule) for r in log] == [
        ("Voss", "not-a-mention-family"), ("Marr", "not-a-mention-in-a-name"),
        ("Marr", "not-a-mention-in-a-name")]
