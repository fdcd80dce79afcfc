"""What the PDF worker hands the parent (book/pipeline/channel.py)."""
from __future__ import annotations

import multiprocessing
import pickle

from book.pipeline.channel import PAGE_BREAKS, PDF_PIECES, Channel


def test_in_one_process_a_value_published_is_kept():
    channel = Channel()
    try:
        channel.publish(PAGE_BREAKS, [1, 2])
        assert channel.wait(PAGE_BREAKS) == [1, 2]
        assert channel.wait(PDF_PIECES) is None
    finally:
        channel.close()
    assert not channel.scratch.exists()


def _child(channel: Channel) -> None:
    channel.publish(PAGE_BREAKS, "breaks")
    (channel.scratch / "piece.pdf").write_bytes(b"%PDF")
    channel.publish(PDF_PIECES, "pieces")


def test_values_from_a_forked_worker_arrive_in_order_and_its_end_is_an_end_of_file():
    channel = Channel()
    try:
        child = multiprocessing.get_context("fork").Process(target=_child, args=(channel,))
        child.start()
        channel.forked()
        assert channel.wait(PAGE_BREAKS) == "breaks"
        assert channel.wait(PDF_PIECES) == "pieces"
        assert (channel.scratch / "piece.pdf").read_bytes() == b"%PDF"
        child.join()
        assert channel.wait("never published") is None      # the worker is gone: no hang
    finally:
        channel.close()


def test_a_job_refers_to_its_channel_by_token():
    channel = Channel()
    try:
        assert pickle.loads(pickle.dumps(channel)) is channel
    finally:
        channel.close()
