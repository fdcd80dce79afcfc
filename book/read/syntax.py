"""The line shapes of the article format, shared by the parser (article.py) and the pre-scan
before it (limits.py): a title, a heading, an infobox and its fields."""
from __future__ import annotations

import re

TITLE = re.compile(r"^=(?!=)\s*(.*?)\s*=$")                 # '= Title ='
HEADING = re.compile(r"^(={2,6})\s*(.*?)\s*\1$")            # '== Section ==' … '====== … ======'
INFO_ITEM = re.compile(r"^-\s*([^:]*?)\s*:\s*(.*)$")         # '- Key: value' (key and value)
INFOBOX = re.compile(r"^infobox(?:\s+[\w -]{0,40})?:?$", re.I)   # "Infobox", "Infobox military conflict"
# An infobox is recognised by its shape: a run of '- Key: value' lines right after the title,
# under any header line ('Infobox', a caption, a belligerent's name) or none.
FIELD = re.compile(r"^-\s*[A-Za-z][A-Za-z0-9 _]{0,39}:\s*\S")
HEADER = re.compile(r"^(?!-|=)[^.!?]{1,80}$")


def infobox_start(first: str, second: str | None) -> int | None:
    """Where the infobox starts among the first two non-blank lines after the title (stripped):
    0 when the first is a field, 1 under a header line, None when there is no infobox. A line
    'Infobox' starts one even over a malformed field ('- no colon'), so parse() can say so."""
    if FIELD.match(first):
        return 0
    if second is not None and HEADER.match(first) and FIELD.match(second):
        return 1
    if INFOBOX.match(first) and (second is None or second.startswith("-")):
        return 1
    return None
