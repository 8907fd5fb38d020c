"""Level rules a page draws: the top and bottom edges of ruled boxes (a table's cells, an
assessment page's cards) and lines drawn between rows (stroked, or filled thin). Where they run
across a gutter, into the text on both sides of it, a row of boxes ends there: the columns beside
the gutter are that row's cells, and the text under the rule is the next row's, not more of the
same columns (gutters.py). Scanned pages draw their boxes in the image: only the text's own
whitespace tells their columns there.
"""

from typing import NamedTuple

# A box or a line is a path of a few straight segments; more is a drawing (a chart, a logo).
MAX_SEGMENTS = 12
# A filled path no taller (or no wider) than this (pt) is a drawn line; a larger fill's edges are
# shading's (a box shaded line by line meets itself at every line), only a stroked box's edges are drawn.
THIN_FILL_PT = 2.5
# A segment whose ends differ by less than this (pt) in height is level (in x: upright).
LEVEL_PT = 0.5
# A box's side starts within this many points of its top edge (a stroke's join).
JOIN_PT = 1.5
# Segments shorter than this (pt) are a bullet's or a tick's edges, never a row's.
MIN_RULE_PT = 4.0
# Edges of two boxes side by side are one rule within this many ems of height; and a rule lies
# between two rows when it is at most this far into either of them.
RULE_SLACK_EM = 0.2
# A rule at most this many ems over a line's top (a cell's padding) is drawn just over it.
OVER_EM = 0.8


class Rule(NamedTuple):
    """A level segment, measured down from the page's top; `tops_box` when an upright segment runs
    down from it (a box's side): a box's top edge, not its bottom nor a lone line such as a running
    header's rule."""

    x0: float
    x1: float
    y: float
    tops_box: bool = False


def page_rules(paths: list, height: float) -> list[Rule]:
    """The page's level straight segments from stroked or thin paths of few segments (of `paths`, the
    page's own: page_objects.PageObjects.page_paths): each ruled box's top and bottom edges, each
    drawn line, each told whether a box's side runs down from it."""
    import ctypes

    import pypdfium2.raw as raw_api

    rules, uprights = [], []
    x, y = ctypes.c_float(), ctypes.c_float()
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    for obj in paths:
        count = raw_api.FPDFPath_CountSegments(obj.raw)
        if not 0 < count <= MAX_SEGMENTS or not raw_api.FPDFPath_GetDrawMode(obj.raw, fill, stroke):
            continue
        left, bottom, right, top = obj.get_bounds()
        if not stroke.value and min(top - bottom, right - left) > THIN_FILL_PT:
            continue
        a, b, c, d, e, f = obj.get_matrix().get()
        points, start = [], None
        for k in range(count):
            segment = raw_api.FPDFPath_GetPathSegment(obj.raw, k)
            raw_api.FPDFPathSegment_GetPoint(segment, x, y)
            point = (a * x.value + c * y.value + e, height - (b * x.value + d * y.value + f))
            kind = raw_api.FPDFPathSegment_GetType(segment)
            if kind == raw_api.FPDF_SEGMENT_LINETO and points:
                rules += _level(points[-1], point)
                uprights += _upright(points[-1], point)
            elif kind == raw_api.FPDF_SEGMENT_MOVETO:
                start = point
            points.append(point)
            if raw_api.FPDFPathSegment_GetClose(segment) and start is not None:
                rules += _level(point, start)
                uprights += _upright(point, start)
    return [rule._replace(tops_box=any(rule.x0 - JOIN_PT <= x <= rule.x1 + JOIN_PT and abs(top - rule.y) <= JOIN_PT
                                       for x, top, _ in uprights)) for rule in rules] + _open_tops(rules, uprights)


def _open_tops(rules: list[Rule], uprights: list[tuple[float, float, float]]) -> list[Rule]:
    """A box drawn open at its top (the rest of a box a column's foot cut, going on at the next
    column's top: its sides start level there, no edge drawn between them) ends the text above it
    as a drawn top edge would: a rule joining the upper ends of its two sides. It tops no box of its
    own (`Rule.tops_box`): the box goes on from the column before, no new row of cards starts there.
    A side is every upright drawn at its x (a box shaded line by line or item by item draws its
    sides a piece at a time), so only its topmost end counts; a side a drawn edge ends at is that
    box's, no side of the next one."""
    tops: dict[float, float] = {}
    for x, top, _ in sorted(uprights):
        side = next((s for s in tops if abs(s - x) <= JOIN_PT), x)
        tops[side] = min(tops.get(side, top), top)
    ends = sorted((x, y) for x, y in tops.items()
                  if not any(abs(r.y - y) <= JOIN_PT and min(abs(r.x0 - x), abs(r.x1 - x)) <= JOIN_PT for r in rules))
    return [Rule(x0, x1, (y0 + y1) / 2) for (x0, y0), (x1, y1) in zip(ends, ends[1:])
            if abs(y0 - y1) <= JOIN_PT and x1 - x0 >= MIN_RULE_PT]


def _level(p: tuple[float, float], q: tuple[float, float]) -> list[Rule]:
    if abs(p[1] - q[1]) > LEVEL_PT or abs(p[0] - q[0]) < MIN_RULE_PT:
        return []
    return [Rule(min(p[0], q[0]), max(p[0], q[0]), (p[1] + q[1]) / 2)]


def _upright(p: tuple[float, float], q: tuple[float, float]) -> list[tuple[float, float, float]]:
    """(x, its upper end's height, its lower end's) of an upright segment (a box's side), else nothing."""
    if abs(p[0] - q[0]) > LEVEL_PT or abs(p[1] - q[1]) < MIN_RULE_PT:
        return []
    return [((p[0] + q[0]) / 2, min(p[1], q[1]), max(p[1], q[1]))]


def ruled_across(rules: list[Rule], above: float, below: float, lo: float, hi: float, em: float) -> bool:
    """A rule between a row whose foot is at `above` and the next row, whose top is at `below`,
    runs across the band of whitespace [lo, hi] an em into each side's text: one rule, or the
    edges of two boxes side by side, each between the two rows (one box's top may be set lower
    than the other's, as where a box cut at a column's foot goes on at the next column's top)."""
    slack = RULE_SLACK_EM * em
    near = [r for r in rules if above - slack <= r.y <= below + slack]
    return any(r.x0 <= lo - em and r.x1 >= lo - 0.5 for r in near) \
        and any(r.x0 <= hi + 0.5 and r.x1 >= hi + em for r in near)


def ruled_over(rules: list[Rule], x0: float, top: float, size: float) -> bool:
    """A level rule drawn just over a line starting at `x0` whose top is at `top` (within a cell's
    padding above it, or a rule's slack into it), reaching over its first em: the top edge of the table
    cell or box the line opens, or the bottom edge of one that ends right above it."""
    return any(top - OVER_EM * size <= r.y <= top + RULE_SLACK_EM * size and r.x0 <= x0 + RULE_SLACK_EM * size
               and r.x1 >= x0 + size for r in rules)
