"""Plain data for the templates (book/render/contexts.py): At a glance, commanders, index."""
from __future__ import annotations

from book.render import contexts


def test_at_a_glance_has_general_rows_then_a_column_per_side(small_book):
    glance = contexts.glance(small_book)
    assert [(label, [i.text for i in items]) for label, items, _ in glance["rows"]] == \
        [("Date", ["3 May 1801"])]
    assert glance["heads"] == ["First side", "Second side"]
    assert [(label, [[i.text for i in col] for col in cols])
            for label, cols, _ in glance["side_rows"]] == [("Commanders and leaders",
                                                         [["Ann Lee"], ["Bo Tan"]])]


def test_a_commander_label_marks_death_status_role_and_period(small_book):
    ann = small_book.article.infobox.commander("Ann Lee")
    assert contexts.commander_label(ann) == "Ann Lee"
    assert contexts.commander_label(ann, "1801–1802", "General") == "Ann Lee (General; 1801–1802)"


def test_the_commanders_appendix_groups_people_by_side(small_book):
    sides = contexts.biographies(small_book)
    people = [p["name"] for _label, _among, group in sides for p in group]
    assert sorted(people) == ["Ann Lee", "Bo Tan"]


def test_index_groups_entries_under_their_letter(small_book):
    groups = contexts.index(small_book)
    labels = [head["label"] for head, _entries in groups]
    assert labels == sorted(labels) and len(labels) == len(set(labels)) >= 2
    assert all(head["key"] == f"index-{head['label'].lower()}" for head, _entries in groups)
    b = dict((head["label"], entries) for head, entries in groups)["B"]
    bo = next(e for e in b if e["term"] == "Bo Tan")
    assert bo["locators"] == [{"anchor": "p3-m0", "label": "Crossing"}]  # where he is named
    assert bo["pages"] == ["p3-m0"]
