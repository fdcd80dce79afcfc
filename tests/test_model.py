"""The typed model (book/model.py): frozen dataclasses, and the few things they compute."""
from __future__ import annotations

import dataclasses

import pytest

from book import model
from book.model import (Commander, Field, Infobox, Item, LIST_JOIN, ListBlock, Membership,
                        Paragraph)


def test_every_type_of_the_model_is_a_frozen_dataclass():
    types = [t for t in vars(model).values()
             if isinstance(t, type) and t.__module__ == model.__name__]
    assert len(types) >= 20
    assert [t.__name__ for t in types if not (dataclasses.is_dataclass(t)
                                              and t.__dataclass_params__.frozen)] == []
    with pytest.raises(dataclasses.FrozenInstanceError):
        Paragraph("p1", "text", 3).text = "changed"


def test_a_list_reads_as_one_text_for_the_enrichers():
    assert ListBlock("p2", ("one", "two"), 5).text == f"one{LIST_JOIN}two"


def test_an_infobox_finds_fields_and_commanders():
    date = Field("Date", "Date", (Item("3 May 1801"),), 4)
    ann = Commander("Ann Lee", None, (), (), (Membership(1), Membership(2, "Allies")), 2)
    box = Infobox(fields=(date,), commanders=(ann,))
    assert box.field("Part of", "Date") is date and box.field("Place") is None
    assert box.commander("Ann Lee") is ann and ann.sides == (1, 2)
    assert Field("Result", "Result", (Item("Victory"), Item("Treaty")), 7).value == \
        "Victory, Treaty"
