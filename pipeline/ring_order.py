"""A wheel: a poster whose headings are set on arcs round one centre (arc_text.py), the top arc over one
half of the ring and the foot's arc under the other, each half's statements in boxes round the ring
outside it, "read clockwise from nine o'clock". Read down the page, the boxes of the top half stand
above their heading, and two boxes share each row; read as a reader reads a wheel, the middle of the
ring comes first (a hospital's name, its ratings on the inner arcs), then each half: its heading, the
outermost arc on its side, and the blocks round the ring in that half clockwise from nine o'clock
(the top half from nine to three, the bottom half on from three to nine). Text set well outside the
ring (a title over the poster, a footer under it) is read where it stands, before or after the ring.

Each block of text (lines stacked or words set on together, in ems of their type) is a part read in
turn (read.py), so the two boxes sharing a row are never read across.
"""

import math
from statistics import median

from .arc_text import Arc

# Arcs share a centre when their centres lie within this share of their radius of one another.
CENTRE_SHARE = 0.1
# Runs on one row are one block when at most this many ems apart; stacked runs (overlapping across)
# when their lines are at most this many ems apart.
WORD_GAP_EM, LINE_GAP_EM = 1.5, 1.0
# Blocks round the ring stand at most this many times the ring's usual block distance from its centre.
RING_SHARE = 1.3


def ring_parts(glyphs: list, rings: list[Arc], height: float) -> list[list]:
    """The glyph runs in the parts a wheel is read in (each a block, in the order above); all of them
    as one part on a page with no wheel: arcs round one centre, crowns above it and below it."""
    wheel = _wheel(rings, height)
    if wheel is None:
        return [glyphs]
    (cx, cy), arcs = wheel
    radius = {id(arc): math.hypot(_crown_x(arc) - cx, height - arc.baseline - cy) for arc in arcs}
    heads = {above: max((a for a in arcs if (height - a.baseline < cy) == above), key=lambda a: radius[id(a)])
             for above in (True, False)}
    on_arcs = {(round(x0, 2), word) for arc in arcs for word, x0, _ in arc.words}
    arc_runs = {id(arc): [g for g in glyphs if (round(g.x0, 2), g.text) in on_arcs
                          and abs(g.baseline - (height - arc.baseline)) < 0.5 * arc.size] for arc in arcs}
    taken = {id(g) for runs in arc_runs.values() for g in runs}
    blocks = _blocks([g for g in glyphs if id(g) not in taken])
    reach = max(radius.values())

    def place(block: list) -> tuple[float, float, float]:
        x = (min(g.x0 for g in block) + max(g.x1 for g in block)) / 2
        y = (min(g.top for g in block) + max(g.bottom for g in block)) / 2
        return math.hypot(x - cx, y - cy), (180.0 - math.degrees(math.atan2(cy - y, x - cx))) % 360.0, y

    placed = [(place(block), block) for block in blocks]
    round_ring = [d for (d, _, _), _ in placed if d > reach]
    usual = median(round_ring) if round_ring else reach
    middle = [block for (d, _, _), block in placed if d <= reach]
    middle += [arc_runs[id(arc)] for arc in arcs if arc not in heads.values()]
    ring = [(where, block) for where, block in placed if reach < where[0] <= RING_SHARE * usual]
    outside = [(where, block) for where, block in placed if where[0] > RING_SHARE * usual]
    halves = [[arc_runs[id(heads[above])]] + [block for _, block in sorted(
        ((where, block) for where, block in ring if (where[2] < cy) == above), key=lambda item: item[0][1])]
        for above in (True, False)]
    return ([block for (_, _, y), block in outside if y < cy] + middle + halves[0] + halves[1]
            + [block for (_, _, y), block in outside if y >= cy])


def _wheel(rings: list[Arc], height: float) -> tuple[tuple[float, float], list[Arc]] | None:
    """The centre (from the page's top) and the arcs round it, when they set crowns both above and
    below it."""
    for arc in rings:
        if arc.centre is None:
            continue
        cx, cy = arc.centre
        around = [a for a in rings if a.centre is not None and math.dist(a.centre, arc.centre)
                  <= CENTRE_SHARE * abs(a.baseline - cy)]
        sides = {a.baseline > cy for a in around}
        if len(sides) == 2:
            return (cx, height - cy), around
    return None


def _crown_x(arc: Arc) -> float:
    return (arc.words[0][1] + arc.words[-1][2]) / 2


def _blocks(runs: list) -> list[list]:
    """The runs grouped into blocks: words set on along a row, lines stacked in a column."""
    parent = list(range(len(runs)))

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i, a in enumerate(runs):
        for j in range(i + 1, len(runs)):
            b = runs[j]
            size = max(a.size, b.size)
            across = min(a.x1, b.x1) - max(a.x0, b.x0)
            down = min(a.bottom, b.bottom) - max(a.top, b.top)
            if (down > 0.3 * min(a.size, b.size) and -across < WORD_GAP_EM * size) \
                    or (across > 0 and -down < LINE_GAP_EM * size):
                parent[root(i)] = root(j)
    groups: dict[int, list] = {}
    for k, run in enumerate(runs):
        groups.setdefault(root(k), []).append(run)
    return list(groups.values())
