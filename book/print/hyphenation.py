"""`hyphenate-limit-lines` for WeasyPrint: at most LIMIT hyphenated lines in a row (issue 28).

CSS Text 4 §6.3 (https://drafts.csswg.org/css-text-4/#hyphenate-line-limits) names the
property; WeasyPrint supports `hyphenate-limit-chars` and `hyphenate-limit-zone` (set in
styles/print.css) but not this one, and ladders of four to six hyphens ran down the page. The
layout of a block's lines (`iter_line_boxes`) is wrapped: it counts the lines in a row that end
with a hyphen (one it added, or a compound's own: both make the ladder), and while that count is
at the limit the next line is broken without automatic hyphenation (`hyphens: manual` for that
line only; a soft hyphen still counts). The count restarts with each block, and goes on across a
page break.

The same wrapper of the line splitter mends one WeasyPrint defect (`_whole_words`): a text that
fits a line but for the space that ends it, before an inline element, was broken after its
first word, and the more inline elements a text holds (names marked, index anchors) the more
often a line held only 'In' or 'his'.

Guarded like pagerefs.py: installed only for the WeasyPrint releases whose line breaking was
read (the functions wrapped, their names and arguments); any other leaves the layout as it is."""
from __future__ import annotations

from math import inf

LIMIT = 3                        # at most three hyphenated lines in a row (Bringhurst 2.4.8)
CHECKED = ("66.", "67.", "68.", "69.", "70.")     # WeasyPrint releases whose layout was read
_FLAG = "_book_no_auto_hyphens"
_COUNTS = "_book_hyphen_counts"
_HYPHENS = ("-", "\u2010", "\u00ad")


def install() -> bool:
    """Wrap WeasyPrint's line layout; False (and nothing changed) for a release not checked."""
    import weasyprint                                # lazy: WeasyPrint, only for a layout
    from weasyprint.layout import block, inline      # lazy: as above

    if getattr(block.iter_line_boxes, "_book_limit", None) is not None:
        return True
    if not weasyprint.__version__.startswith(CHECKED) or \
            block.iter_line_boxes is not inline.iter_line_boxes:
        return False
    lines, split = inline.iter_line_boxes, inline.split_first_line

    def iter_line_boxes(context, box, position_y, bottom_space, skip_stack, *args, **kwargs):
        # A paragraph that goes on on the next page goes on with its count: each line's count is
        # kept on the box under the place the next line resumes from.
        counts = box.__dict__.setdefault(_COUNTS, {})
        run = counts.get(repr(skip_stack), 0) if skip_stack is not None else 0
        laid = lines(context, box, position_y, bottom_space, skip_stack, *args, **kwargs)
        while True:
            outer = getattr(context, _FLAG, False)
            setattr(context, _FLAG, run >= LIMIT)
            try:
                line, resume_at = next(laid)
            except StopIteration:
                return
            finally:
                setattr(context, _FLAG, outer)
            run = run + 1 if hyphenated(line) else 0
            if resume_at is not None:
                counts[repr(resume_at)] = run
            yield line, resume_at

    def split_first_line(text, style, context, *args, **kwargs):
        if not getattr(context, _FLAG, False) or style["hyphens"] != "auto":
            return _whole_words(split, text, style, context, *args, **kwargs)
        style["hyphens"] = "manual"
        try:
            return _whole_words(split, text, style, context, *args, **kwargs)
        finally:
            style["hyphens"] = "auto"

    iter_line_boxes._book_limit = LIMIT
    split_first_line.__wrapped__ = split            # WeasyPrint's own (tests compare)
    block.iter_line_boxes = iter_line_boxes
    inline.split_first_line = split_first_line
    return True


def _whole_words(split, text, style, context, max_width=None, *args, **kwargs):
    """WeasyPrint's split_first_line, except for a text that ends with a space before an inline
    element ('… the harvests in <span>Linmouth</span>') and fits the line but for that space:
    WeasyPrint counts the space, finds the text too wide, and breaks after its first word ('In'
    alone on a line, then the rest). Such a text is kept whole on the line, without the space
    that ends it (a line's last space is dropped anyway): what follows breaks to the next line,
    as it cannot fit where the space itself does not."""
    found = split(text, style, context, max_width, *args, **kwargs)
    stripped = text.rstrip(" ")
    if found[2] is None or stripped == text or not stripped or kwargs.get("minimum") or \
            style["white_space"] not in ("normal", "pre-line") or max_width in (None, inf) or \
            found[2] >= len(stripped.encode()):
        return found
    whole = split(stripped, style, context, max_width, *args, **kwargs)
    return found if whole[2] is not None or whole[3] > max_width else whole


def hyphenated(line) -> bool:
    """Whether a laid-out line ends with a hyphen (the last text of its last inline box)."""
    box = line
    while getattr(box, "children", None):
        box = next((c for c in reversed(box.children) if _has_text(c)), None)
        if box is None:
            return False
    text = getattr(box, "text", "").rstrip()
    return text.endswith(_HYPHENS) and len(text) > 1 and text[-2].isalpha()


def _has_text(box) -> bool:
    if getattr(box, "text", None) is not None:
        return bool(box.text.strip())
    return any(_has_text(c) for c in getattr(box, "children", ()))
