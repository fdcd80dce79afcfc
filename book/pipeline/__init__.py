"""The build pipeline: private staging and atomic renames (output.py, folders.py), the verified
no-op check (stamp.py), the font subset cache (fonts.py), the forked PDF worker (worker.py) and
what it hands the parent (channel.py), and the order the writers run in (schedule.py)."""
