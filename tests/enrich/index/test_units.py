"""Units (book/enrich/index/units.py): a unit's forms read into side, number, branch and class,
and which forms agree."""
from __future__ import annotations

from book.enrich.index.units import number, parse, side_forms


SIDES = side_forms({"US": "United States", "NK": "North Korean"})


def test_a_units_forms_read_into_side_number_branch_and_class():
    assert parse(("US", "2nd", "Infantry", "Division"), SIDES).key == (2, "Division")
    assert parse(("Eighth", "United", "States", "Army"), SIDES).side == "united states"
    assert parse(("9th", "Infantry"), SIDES).head == "Regiment"
    assert parse(("NK", "I", "Corps"), SIDES).number == 1 and number("XIV") == 14
    assert parse(("9th", "and", "10th", "Divisions"), SIDES) is None


def test_short_and_long_forms_agree_but_not_across_sides_or_branches():
    us = parse(("US", "2nd", "Infantry", "Division"), SIDES)
    assert us.agrees(parse(("2nd", "Division"), SIDES))
    assert us.agrees(parse(("US", "2nd", "Division"), SIDES))
    assert not us.agrees(parse(("NK", "2nd", "Division"), SIDES))
    assert not us.agrees(parse(("2nd", "Cavalry", "Division"), SIDES))
