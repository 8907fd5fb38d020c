"""A statement's citation printed as a note in the page's margin, level with the statement's first
line ("(Regulation 12(1))" in small italic type beside the item; a manual's outer margin, right on odd
pages and left on even ones, where the note is read before its statement; a long one wrapped over
lines stacked under one another, running past the item's end). A reader takes it as the citation CQC
prints at the statement's end: the note's lines are joined into one and read right after the line it
is level with, where the list's walker ends the statement with it (locate.py's `_set_on`). Told from
the place and the words: lines that together are one bracketed citation, each under the one before in
one type, set clear of every line beside them, the first level with an item's first line beside it.
"""

from ..models.document import Line

from .glyphs import GUTTER_EM
from .gutters import SAME_TYPE
from .text import bullet_marker, closing_bracket_start, collapse_ws, join_lines, opens_citation, set_under

# A note's first line is level with its line when their tops are within this share of the note's type.
LEVEL_EM = 0.5
# A note is wrapped over at most this many lines.
NOTE_LINES = 4


def citations_beside(lines: list[Line]) -> list[Line]:
    """The lines in reading order, each margin citation joined into one line and read right after the
    line it is level with."""
    notes: dict[int, Line] = {}  # the line each note is level with (its id) -> the note joined
    taken: set[int] = set()
    for n, line in enumerate(lines):
        if id(line) in taken or not opens_citation(line.text.strip()):
            continue
        block = _note(lines, n)
        host = _host(block, lines) if block else None
        if host is not None and id(host) not in notes:
            taken.update(id(l) for l in block)
            notes[id(host)] = _joined(block)
    if not notes:
        return lines
    out: list[Line] = []
    for line in lines:
        if id(line) in taken:
            continue
        out.append(line)
        if id(line) in notes:
            out.append(notes[id(line)])
    return out


def _note(lines: list[Line], n: int) -> list[Line]:
    """The lines from `n` that make one bracketed citation, each under the last in its type, or none."""
    block = [lines[n]]
    while closing_bracket_start(join_lines([l.text for l in block])) != 0:
        k = n + len(block)
        if len(block) >= NOTE_LINES or k >= len(lines):
            return []
        last, below = block[-1], lines[k]
        if below.page != last.page or abs(below.size - last.size) > SAME_TYPE * last.size \
                or not set_under(last, below, last.size) or below.x0 > last.x1 or below.x1 < last.x0:
            return []
        block.append(below)
    return block


def _host(block: list[Line], lines: list[Line]) -> Line | None:
    """The item's first line (its bullet or number opening it) the note is level with, a gutter clear of
    it on either side, when no line beside the note reaches into its place and none of text runs into it
    from above or below: the note sits in a margin of its own. (A citation level with a later line of an
    item, set on at a tab, is read where the page's order gives it.)"""
    first, size = block[0], block[0].size
    left, right = min(l.x0 for l in block), max(l.x1 for l in block)
    top, bottom = first.top, max(l.bottom for l in block)
    own = {id(l) for l in block}
    beside = [l for l in lines if l.page == first.page and id(l) not in own and l.top < bottom and l.bottom > top]
    if any(l.x1 > left - GUTTER_EM * size and l.x0 < right + GUTTER_EM * size for l in beside):
        return None
    level = [l for l in beside if abs(l.top - top) < LEVEL_EM * size and bullet_marker(collapse_ws(l.text))]
    host = min(level, key=lambda l: min(abs(l.x0 - right), abs(left - l.x1)), default=None)
    if host is None:
        return None
    stacked = any(id(l) not in own and l.page == first.page and l.x0 < right and l.x1 > left
                  and not opens_citation(l.text.strip())
                  and (0 <= top - l.bottom < size or 0 <= l.top - bottom < size) for l in lines)
    return None if stacked else host


def _joined(block: list[Line]) -> Line:
    first = block[0]
    left = min(l.x0 for l in block)
    return first.model_copy(update={"text": join_lines([l.text for l in block]), "x0": left, "text_x0": left,
                                    "x1": max(l.x1 for l in block), "bottom": max(l.bottom for l in block)})
