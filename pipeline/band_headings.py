"""A heading set under a band of columns at the left column's edge, no wider than that column, is read
as that column's last line: between an item the column cuts mid-sentence and the item's rest at the
next column's top ("◦ Review the discharge arrangements so that" / "Urgent and emergency care" /
"patients are not delayed …" up the page, right of it). When the next column's lines all end above the
heading, the heading is the band's end, not the column's: it is read after them. Told from the place
and type alone: the heading in bold or larger type under the cut line, the next line read up the page,
right of the heading, in the cut line's type and opening in lower case.
"""

from ..models.document import Line

from .panels import same_type
from .text import HEADING_RATIO, TERMINAL, opens_lower


def headings_after_bands(lines: list[Line]) -> list[Line]:
    """The lines in reading order, a heading read inside a band's cut sentence moved after the band."""
    lines = list(lines)
    n = 1
    while n < len(lines) - 1:
        end = _heading_end(lines, n)
        if end is not None and (rest := _rest_above(lines, n, end)):
            lines[n:end + rest] = lines[end:end + rest] + lines[n:end]
            n = end + rest
        n += 1
    return lines


def _styled(line: Line, body: Line) -> bool:
    return line.bold and not body.bold or line.size >= HEADING_RATIO * body.size


def _heading_end(lines: list[Line], n: int) -> int | None:
    """Where the heading lines from `n` end, when they follow a line breaking off mid-sentence under it on
    its page (its column's last line) and are followed by that sentence's rest up the page, right of them."""
    cut, page = lines[n - 1], lines[n].page
    if cut.page != page or cut.text.rstrip().endswith(TERMINAL) or not _styled(lines[n], cut) or lines[n].top <= cut.top:
        return None
    end = n
    while end < len(lines) and lines[end].page == page and _styled(lines[end], cut) and lines[end].top >= cut.top:
        end += 1
    if end == len(lines):
        return None
    rest, heading = lines[end], lines[n:end]
    if (rest.page != page or rest.top >= cut.top or not opens_lower(rest.text) or not same_type(rest, cut)
            or rest.x0 <= max(line.x1 for line in heading)):
        return None
    return end


def _rest_above(lines: list[Line], n: int, end: int) -> int:
    """How many lines from `end` make the next column, going down at its edge, when all of them end above
    the heading at `n` (else 0: the heading stands beside that column's text, in the column before's flow).
    The column's text ends at a line styled as a heading over it: the heading's next part, set across the
    band's columns ("ACTION THE SERVICE" | "SHOULD TAKE TO" / "IMPROVE"), read after the heading's first."""
    first, k = lines[end], end + 1
    while (k < len(lines) and lines[k].page == first.page and abs(lines[k].column_left - first.column_left) < 0.5
           and lines[k].top > lines[k - 1].top and not _styled(lines[k], first)):
        k += 1
    return k - end if all(line.bottom <= lines[n].top for line in lines[end:k]) else 0
