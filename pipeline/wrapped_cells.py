"""A table read row by row (a Gantt chart's rows: the action, its lead, the bars' labels across the
months), its first column's cell wrapped onto lines under its first: read by rows, the cell's next line
comes after the row's other cells (the lead's "DoM", a bar's "Audit"), so the statement is cut at its
first line's end and the lead's initials run on into it.

A reader reads a cell whole before the cells right of it: a line's next line in its cell (the next
baseline down, within a leading, in the same type, starting at the cell's text edge and ending inside
its width) comes right after it when the sentence goes on (no sentence's end, a lower-case opening or
a citation after its stop) and every line read between the two stands wholly right of them both (the
row's other cells). Lines read in columns already follow one another, so nothing moves there.
"""

from ..models.document import Line
from .text import opens_citation, opens_lower

# The cell's next line starts within this many ems of its text edge (a hanging reference "M01" before it)
# and ends at most this many ems past the line over it (a ragged right edge).
EDGE_EM, RAGGED_EM = 0.5, 2.0
# It is the next baseline down, this many ems at most.
LEADING_EM = 2.0


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
            right = max(line.x1, after.x1)
            return k if between and all(b.x0 >= right for b in between) else None
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
