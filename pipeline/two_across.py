"""A table printed "two across" (a long log squeezed onto few sides, read down the left half, then down
the right half, then on the next page): its header row printed twice on one row, the second copy the
first shifted right by one fixed step (the same three or more cells, each at its own x plus the step).
Read as one page, the halves' rows fall on nearly the same baselines and would be read across, each
left row's statement running into the right one's. So the two halves are read as two pages of their
own, left then right: from the header row down to the first line set across the step's edge (a
footer under both halves, or the page's end), the glyphs right of where the second copy starts are the
right half's; the rest, above and below, the left's (read.py's `_read_one`).
"""

from ..models.document import Line

from .cover_ratings import printed_rows
from .text import ROW_EM, collapse_ws, set_under

STEP_EM = 0.5  # each cell of the second copy sits at its first-copy cell's x plus the step, within this
MIN_CELLS = 3  # a header of this many distinct cells at least: no ratings grid's repeated words
BELOW_EM = 3.0  # each half has text within this many ems under the header row
LABEL_WORDS = 4  # a header cell's words at most


def two_across(lines: list[Line]) -> tuple[float, float, float] | None:
    """(x where the right half starts, the header row's top, where the halves end), or None."""
    for row in printed_rows(lines):
        copy = second_copy(row, lines)
        if not copy:
            continue
        cut, top, size = copy[0].x0, min(line.top for line in row), max(line.size for line in row)
        below = [l for l in lines if l.top > top + ROW_EM * size]
        across = [l for l in below if l.x0 < cut - STEP_EM * l.size < l.x1 and l.x1 > cut]
        end = min((l.top for l in across), default=float("inf"))
        near = [l for l in below if l.top < end and l.top - top < BELOW_EM * size]
        if any(l.x1 <= cut for l in near) and any(l.x0 >= cut - STEP_EM * l.size for l in near):
            return cut, top - ROW_EM * size, end
    return None


def second_copy(row: list[Line], lines: list[Line]) -> list[Line]:
    """The cells of a header row's second printing on its row (the same distinct cells again, each at its
    first printing's x plus one step), left to right; none when the row is no header printed twice. A
    header's cells are labels (a few words each) opening their columns: no line of the page (`lines`)
    ends within an em over one (two pages' lists printed side by side may repeat a row of their lines)."""
    cells = sorted(row, key=lambda l: l.x0)
    half = len(cells) // 2
    if len(cells) % 2 or half < MIN_CELLS or any(len(l.text.split()) > LABEL_WORDS for l in cells) \
            or any(set_under(l, c, c.size) and l.x0 < c.x1 and c.x0 < l.x1 for c in cells for l in lines):
        return []
    first, second = cells[:half], cells[half:]
    texts = [collapse_ws(l.text).casefold() for l in first]
    if texts != [collapse_ws(l.text).casefold() for l in second] or len(set(texts)) < half:
        return []
    step = second[0].x0 - first[0].x0
    if first[-1].x1 >= second[0].x0 or any(abs(b.x0 - a.x0 - step) > STEP_EM * a.size for a, b in zip(first, second)):
        return []
    return second
