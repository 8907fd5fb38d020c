"""A list set in balanced columns inside a band (a bordered panel) may be cut into pieces by the
reading order: the last words of an item ("‘This is me’ document.") are read at the top of a
column before the item they end, which comes further down the page. Read there, they close the
list as a paragraph after bullets. Told from the text and the place: at a move back up the page
(or at the next column's top, set higher than the first column's first item after a lead-in), after
a finished sentence, lines that open no item and end a sentence; later on the page, an item
whose sentence breaks off where the reading order moves on, in a column left of the tail. The
tail is read after that item.
"""

from ..models.document import Line

from .gutters import SAME_TYPE, SENTENCE_END
from .text import TERMINAL, bullet_marker, collapse_ws

# A tail is at most this many lines: the end of a sentence, not a paragraph of its own.
TAIL_LINES = 3
# Lines of one tail start within this many ems of one another.
EDGE_EM = 0.4


def tails_rejoined(lines: list[Line]) -> list[Line]:
    """The lines in reading order, each orphaned tail moved right after the item it ends."""
    lines = list(lines)
    n = 1
    while n < len(lines):
        end = _tail_end(lines, n)
        raised = lines[n].top >= lines[n - 1].top - lines[n].size  # beside its column's top, not up the page
        target = _unfinished_after(lines, end, lines[n] if raised else None) if end is not None else None
        target = target if target is not None and lines[target].x1 < lines[n].x0 else None
        if target is None:
            n += 1
            continue
        tail = lines[n:end + 1]
        lines = lines[:n] + lines[end + 1:target + 1] + tail + lines[target + 1:]
        n = end + 1
    return lines


def _tail_end(lines: list[Line], n: int) -> int | None:
    """The last line of a tail starting at `n`: after a finished sentence (or a list's lead-in), in a
    column right of it; no bullet, one left edge, ending a sentence (not a clause: ";" ":") within
    TAIL_LINES lines, an item's bullet right after it; and up the page from that sentence, or set
    higher than the item read after it and right of it (the next column's top, raised over the first
    column's first item, read before it)."""
    line, before = lines[n], lines[n - 1]
    if not (line.page == before.page and line.x0 > before.x1 and _finished(before)):
        return None
    for end in range(n, min(n + TAIL_LINES, len(lines) - 1)):
        here = lines[end]
        if here.page != line.page or _bulleted(here) or abs(here.x0 - line.x0) > EDGE_EM * line.size:
            return None
        if _finished(here):
            item = lines[end + 1]
            up = line.top < before.top - line.size or item.page == line.page and line.top < item.top and line.x0 > item.x1
            return end if up and _bulleted(item) and here.text.rstrip().endswith(SENTENCE_END) else None
    return None


def _unfinished_after(lines: list[Line], end: int, raised: Line | None = None) -> int | None:
    """The first later line on the page that leaves an item's sentence unfinished: no sentence's
    end, and the next line a move back up or another page. A `raised` tail's (the next column's top,
    set higher than the column read after it) ends an item of that column: in the tail's type, no
    heading or other block in between; its column may end where the band of columns does, the next
    line a heading or other type under it."""
    page = lines[end].page
    for k in range(end + 1, len(lines) - 1):
        here, after = lines[k], lines[k + 1]
        if here.page != page or raised and _other_block(here, raised):
            return None
        if not _finished(here) and (after.page != page or after.top < here.top - here.size
                                    or raised and _other_block(after, raised)):
            return k if _in_item(lines, k) else None
    return None


def _other_block(line: Line, tail: Line) -> bool:
    """A heading, or a line in other type than the tail's: no line of its column."""
    return line.bold or abs(line.size - tail.size) > SAME_TYPE * tail.size


def _in_item(lines: list[Line], k: int) -> bool:
    """Line `k` is a bulleted item's, its first line or one under it in its column."""
    while k and not _bulleted(lines[k]) and lines[k].top > lines[k - 1].top and lines[k].page == lines[k - 1].page:
        k -= 1
    return _bulleted(lines[k])


def _bulleted(line: Line) -> bool:
    return bool(bullet_marker(collapse_ws(line.text)))


def _finished(line: Line) -> bool:
    return line.text.rstrip().endswith(TERMINAL)
