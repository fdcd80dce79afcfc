"""A PDF's page count for the web edition's download button, read from the page tree's /Count
(ISO 32000-1 §7.7.3.2) in the file and its object streams (§7.5.7) without parsing the rest:
a tagged PDF holds thousands of structure objects that a full reader would decode first."""
from __future__ import annotations

import re
import zlib
from pathlib import Path

_OBJECT_STREAM = re.compile(rb"<<((?:(?!stream).){0,400}?/Type\s*/ObjStm(?:(?!stream).){0,400}?)>>"
                            rb"\s*stream\r?\n", re.S)
_LENGTH = re.compile(rb"/Length\s+(\d+)(?!\s+\d+\s+R)")
_PAGES = re.compile(rb"<<(?:(?!<<|>>).)*?/Type\s*/Pages\b(?:(?!<<|>>).)*?>>", re.S)
_COUNT = re.compile(rb"/Count\s+(\d+)")


def page_count(pdf: Path) -> int:
    """The number of pages: the largest /Count of a /Pages node is the root's. A file this does
    not understand (an indirect stream length, another filter) is read with pypdf instead."""
    data = pdf.read_bytes()
    bodies = [data]
    try:
        for found in _OBJECT_STREAM.finditer(data):
            length = _LENGTH.search(found.group(1))
            if not length or b"/FlateDecode" not in found.group(1):
                raise ValueError("object stream this reader does not decode")
            bodies.append(zlib.decompress(data[found.end():found.end() + int(length.group(1))]))
        counts = [int(c) for body in bodies for node in _PAGES.findall(body)
                  for c in _COUNT.findall(node)]
        if counts:
            return max(counts)
    except (ValueError, zlib.error):
        pass
    from pypdf import PdfReader    # lazy: pypdf (0.9 s) only for a PDF the reader above does not read

    return len(PdfReader(pdf).pages)
