"""A table read row by row (a Gantt chart's rows: the action, its lead, the bars' labels across the
months), its first column's cell wrapped onto lines under its first: read by rows, the cell's next line
comes after the row's other cells (the lead's "DoM", a bar's "Audit"), so the statement is cut at its
first line's end and the lead's initials run on into it.

A reader reads a cell whole before the cells right of it: a line's next line in its cell (the next
baseline down, within a leading, in the same type, starting at the cell's text edge and ending inside
its width) comes right after it when the sentence goes on (no sentence's end, a lower-case opening or
a citation after its stop) and every line read between the two is a short cell right of them (the row's
other cells, a label or initials, right of where the cell's column ends: not a justified line's last word
set apart by its stretched spaces). Lines read in columns already follow one another: nothing moves.
"""

from ..models.document import Line
from .text import opens_citation, opens_lower

# The cell's next line starts within this many ems of its text edge (a hanging reference "M01" before it)
# and ends at most this many ems past the line over it (a ragged right edge).
EDGE_EM, RAGGED_EM = 0.5, 2.0
# The row's other cells read between are short: a lead's initials, a bar's label, this many words at most
# (a row of cells of sentences, a notice's regulation beside what was not met, is read as its writer set it).
SHORT_WORDS = 3
# It is the next baseline down, this many ems at most; the column's other lines are looked at this many
# such leadings around.
LEADING_EM, AROUND = 2.0, 3


def cells_read_whole(lines: list[Line]) -> list[Line]:
    """The page's lines in reading order, each cell's wrapped lines read right after its first."""
    out = list(lines)
    n = 0
    while n < len(out):
        k = _next_in_cell(out, n)
        if k is not None:
            out.insert(n + 1, out.pop(k))
        n += 1
    return out


def _next_in_cell(lines: list[Line], n: int) -> int | None:
    line = lines[n]
    size = line.size
    for k in range(n + 1, len(lines)):
        after = lines[k]
        if after.page != line.page or after.top <= line.top:
            if after.page != line.page:
                return None
            continue
        if after.top - line.top > LEADING_EM * size:
            return None
        if _goes_on(line, after):
            between = lines[n + 1:k]
            if not between:
                return None
            right = _cell_right(lines, line, after, min(b.x1 for b in between))
            return k if all(b.x0 >= right and len(b.text.split()) <= SHORT_WORDS for b in between) else None
        if after.x0 < line.x1 and line.x0 < after.x1:
            return None  # another line under it in its column: not its cell's next line
    return None


def _goes_on(line: Line, after: Line) -> bool:
    """`after` is `line`'s next line in its cell: the same type, at its text edge, within its width, the
    sentence going on."""
    size = line.size
    text = line.text.rstrip()
    return (abs(after.size - size) <= 0.05 * size and after.bold == line.bold
            and min(abs(after.x0 - line.text_x0), abs(after.x0 - line.x0)) <= EDGE_EM * size
            and after.x1 <= line.x1 + RAGGED_EM * size
            and (not text.endswith((".", "!", "?", ":", ";")) or opens_lower(after.text.strip())
                 or opens_citation(after.text.strip())))


def _cell_right(lines: list[Line], line: Line, after: Line, limit: float) -> float:
    """Where the cell's column ends: the furthest right any line at its text edges ends, within a few
    leadings of the two (a justified line's last word, set apart by its stretched spaces, is inside it),
    short of `limit` (where the lines between end: a paragraph under the table runs on past them)."""
    reach = AROUND * LEADING_EM * line.size
    edges = (line.x0, line.text_x0, after.x0)
    return max([line.x1, after.x1] + [other.x1 for other in lines if other.page == line.page and other.x1 <= limit
                                      and line.top - reach <= other.top <= after.top + reach
                                      and any(abs(other.x0 - x) <= EDGE_EM * line.size for x in edges)])
