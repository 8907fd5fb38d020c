"""Lanes: a row of headings over a wider stretch of columns, a gutter between the headings going on
down between the columns (a board's MUST / SHOULD lanes, each its own columns of cards). A reader
takes each heading with the columns under it, lane by lane, not the headings together and then
every column; columns that go on under the lanes after a blank band (a lane's longer column of
cards) are read in their lane. Takes and returns read.py's stretches (lines, gutters beside them),
in reading order; a lane's stretches are its heading's, then its columns', in their order.
"""

from itertools import takewhile

from ..models.document import Line
from .gutters import BLANK_BAND_EM, Gutter
from .text import HEADING_RATIO, body_size

# A row of lane headings holds at most this many lines a lane (a heading and its strap line or two).
HEAD_LINES = 3
# A gutter parting a lane's columns has text beside it on each side on this many rows at least.
COLUMN_ROWS = 3
# A lane's columns start at most this many ems (of their type) right of its heading's edge (a card's padding).
WALL_EM = 2.0


def lanes_apart(stretches: list[tuple[list[Line], tuple]]) -> list[tuple[list[Line], tuple]]:
    """The stretches, each run of them that makes lanes read lane by lane (`_in_lane`), the rest as they were."""
    out: list[tuple[list[Line], tuple]] = []
    stretches = list(stretches)
    k = 0
    while k < len(stretches):
        split = _lanes_from(stretches, k)
        if split is None:
            out.append(stretches[k])
            k += 1
            continue
        walls, taken = split
        out += [part for lane in _between(walls) for part in _in_lane(stretches[k:k + taken], *lane)]
        k += taken
    return out


def _lanes_from(stretches: list[tuple[list[Line], tuple]], k: int) -> tuple[list[tuple[float, float]], int] | None:
    """The gutters parting the lanes and how many stretches from k the lanes take, when stretch k is a row
    of headings whose every gutter goes on as one of the gutters under it (of the stretches beside gutters
    right under it), which are more (columns in a lane), no line of it or the next across them. The
    stretches after that are the lanes' too while none of their lines is across a wall: those beside
    gutters, and one beside none, in one lane, that goes on within a blank band of the lines above it
    (a lane's longest column of cards running on alone). None when not so."""
    if k + 1 >= len(stretches) or not stretches[k][1]:
        return None
    (heads, above), (columns, _) = stretches[k], stretches[k + 1]
    gutters = [g for lines, gs in takewhile(lambda stretch: stretch[1], stretches[k + 1:]) for g in gs]
    walls = [_wall(a, gutters, body_size(columns)) for a in above]
    if any(wall is None for wall in walls) or not _headed(heads, columns, walls := sorted(walls)):
        return None
    if all(any(g.lo < hi and lo < g.hi for lo, hi in walls) for g in gutters):
        return None  # no lane holds columns of its own: a row of cells over rows of cells
    if any(_across(line, walls) for line in heads + columns):
        return None
    taken, bottom = 2, max(line.bottom for line in columns)
    while k + taken < len(stretches):
        lines, gutters = stretches[k + taken]
        if any(_across(line, walls) for line in lines):
            break
        if not gutters:
            ran_on = _runs_on(lines, walls, bottom)
            if not ran_on:
                break
            rest = [line for line in lines if line not in ran_on]
            stretches[k + taken:k + taken + 1] = [(ran_on, gutters)] + ([(rest, gutters)] if rest else [])
            lines = ran_on
        taken, bottom = taken + 1, max(bottom, max(line.bottom for line in lines))
    return walls, taken


def _wall(head_gap: Gutter, below: list[Gutter], size: float) -> tuple[float, float] | None:
    """Where the headings' gutter goes on as a gutter of the columns under it, ending where the next lane's
    heading starts (within WALL_EM of the columns' type: a card's padding): the x band the two share."""
    under = [g for g in below if g.lo < head_gap.hi and head_gap.lo < g.hi and abs(g.hi - head_gap.hi) <= WALL_EM * size]
    g = min(under, key=lambda g: abs(g.hi - head_gap.hi), default=None)
    return None if g is None else (max(g.lo, head_gap.lo), min(g.hi, head_gap.hi))


def _runs_on(lines: list[Line], walls: list[tuple[float, float]], bottom: float) -> list[Line]:
    """The stretch's first lines in one lane, each within a blank band (in ems of its type) of the lines
    above it, the first of the lanes' lines: a lane's column running on alone (what follows further
    down, a footer, is not)."""
    ran_on: list[Line] = []
    for line in sorted(lines, key=lambda line: line.top):
        if line.top - bottom > BLANK_BAND_EM * line.size:
            break
        ran_on.append(line)
        bottom = max(bottom, line.bottom)
    return ran_on if ran_on and any(all(lo <= line.x0 and line.x1 <= hi for line in ran_on)
                                    for lo, hi in _between(walls)) else []


def _headed(heads: list[Line], columns: list[Line], walls: list[tuple[float, float]]) -> bool:
    """Each lane of the heading row holds a few lines, the first a heading's step larger than the columns'
    text (HEADING_RATIO), over text in each lane of the columns."""
    text = body_size(columns)
    for lo, hi in _between(walls):
        mine = [line for line in heads if lo <= line.x0 and line.x1 <= hi]
        if not mine or len(mine) > HEAD_LINES or not any(lo <= line.x0 and line.x1 <= hi for line in columns):
            return False
        first = min(mine, key=lambda line: line.top)
        if first.size < HEADING_RATIO * text:
            return False  # a table's header cells, bold in the text's type, head one column each
    return True


def _between(walls: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """The x ranges of the lanes the walls part (a wall's band its own: a lane's text stops at its edge)."""
    lefts = [float("-inf")] + [hi - 0.5 for _, hi in walls]
    rights = [lo + 0.5 for lo, _ in walls] + [float("inf")]
    return list(zip(lefts, rights))


def _across(line: Line, walls: list[tuple[float, float]]) -> bool:
    return any(line.x0 < hi - 0.5 and lo + 0.5 < line.x1 for lo, hi in walls)


def _down_rows(gutter: Gutter) -> bool:
    """The gutter has text on each side of it on COLUMN_ROWS rows at least: columns, not one row's gap."""
    return all(sum(row.side[s] is not None for row in gutter.rows) >= COLUMN_ROWS for s in (0, 1))


def _in_lane(stretches: list[tuple[list[Line], tuple]], lo: float, hi: float) -> list[tuple[list[Line], tuple]]:
    """One lane: its heading's lines, then its columns' as one stretch beside every gutter of theirs inside
    the lane down COLUMN_ROWS rows or more (a column running on over a blank band, under a shorter one beside
    it, is still that column; a gap between two rows set a little apart, a chip's and its label's, parts
    no columns down the lane)."""
    def mine(lines: list[Line]) -> list[Line]:
        return [line for line in lines if lo <= line.x0 and line.x1 <= hi]

    (heads, above), columns = stretches[0], stretches[1:]
    lines = [line for stretch, _ in columns for line in mine(stretch)]
    gutters = tuple(dict.fromkeys(g for _, gs in columns for g in gs
                                  if lo <= g.lo and g.hi <= hi and _down_rows(g)))
    parts = [(mine(heads), tuple(g for g in above if lo <= g.lo and g.hi <= hi)), (lines, gutters)]
    return [(lines, gutters) for lines, gutters in parts if lines]
