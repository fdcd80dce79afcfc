"""A writer for tests/test_cli.py: takes a while, then marks its target as finished."""
import time


def write(job):
    time.sleep(3)
    job.targets[0].write_text("finished")
    return []
