"""What the enrichers leave out (book/enrich/trace.py): kept only while someone is recording."""
from __future__ import annotations

from book.enrich import trace
from book.model import Provenance

WHERE = Provenance("x.not-a-year", "p1", (3, 6), "Introduction", 1)


def test_nothing_is_kept_unless_someone_records():
    assert not trace.active()
    trace.reject("chronology", "550", "a year", WHERE)          # no error, nowhere kept
    with trace.recording() as log:
        assert trace.active()
        trace.reject("chronology", "550", "a year", WHERE)
    assert log == [trace.Rejected("chronology", "550", "a year", WHERE)]
    assert not trace.active()


def test_a_paused_block_records_nothing_and_recording_resumes_after_it():
    with trace.recording() as log:
        with trace.paused():
            assert not trace.active()
            trace.reject("index", "Vell", "a heading", WHERE)
        trace.reject("glossary", "VR", "a glossary term", WHERE)
    assert [r.phrase for r in log] == ["VR"]


def test_nested_recordings_keep_their_own_rejections():
    with trace.recording() as outer:
        trace.reject("index", "A", "a heading", WHERE)
        with trace.recording() as inner:
            trace.reject("index", "B", "a heading", WHERE)
        trace.reject("index", "C", "a heading", WHERE)
    assert [r.phrase for r in outer] == ["A", "C"] and [r.phrase for r in inner] == ["B"]
