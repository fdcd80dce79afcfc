"""The biographies' rules (book/enrich/biographies/rules.py): where the text states a command,
and a name without its titles."""
from __future__ import annotations

from book.enrich.biographies.rules import COMMAND, untitled


def commanded(sentence: str) -> list[tuple[str, str]]:
    """(rule, name) of every COMMAND rule that finds a commander in `sentence`."""
    return [(r.name, m.group("name")) for r in COMMAND.rules for m in r.pattern.finditer(sentence)]


def test_a_command_stated_in_the_text():
    assert commanded("The relief was led by General Ivo Harrow.") == [
        ("command-led-by-rank", "Ivo Harrow")]
    assert commanded("Ada Voss was in command of the north gate.") == [
        ("command-in-command", "Ada Voss")]
    assert commanded("Ada Voss visited the north gate.") == []


def test_a_name_without_its_titles():
    assert untitled("General Ada Voss") == "Ada Voss" and untitled("Ada Voss") == "Ada Voss"
    assert untitled("Major General Sir Ivo Harrow") == "Ivo Harrow"
