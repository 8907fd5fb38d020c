"""A column rule: an upright line a page draws between two columns of text, however narrow the
gap it stands in (a gutter of half an em, too narrow for the whitespace to tell the columns from
a justified line's stretched spaces). The text beside it is read a column at a time: what is
above the rule, the column left of it, the column right of it, then what is below it. A table's
grid line is none: level rules cross or meet it.
"""

from statistics import median

from .gutters import BASELINE_EM
from .rules import JOIN_PT, Rule

# A drawn upright line at most this wide (pt) is a rule, not a box or a bar.
RULE_WIDTH_PT = 2.5
# It runs down beside at least this many lines of text (in ems of the text's type) on each side.
RULE_LINES = 6
# The left column's next line, below the rule's foot, starts within this many ems of its last
# (top to top): a list's spacing between items at most, not the gap before text across the page.
GOES_ON_EM = 2.0


def column_rule(paths: list, height: float, glyphs: list, rules: list[Rule]) -> tuple[float, float, float] | None:
    """The page's column rule as (x, top, bottom), measured down from the page's top: an upright thin
    path (of `paths`, the page's own: page_objects.PageObjects.page_paths) no level rule meets inside
    its length, with text beside it on both sides over `RULE_LINES` lines at least and no glyph across it."""
    if not glyphs:
        return None
    em = median(g.size for g in glyphs)
    for obj in paths:
        left, bottom, right, top = obj.get_bounds()
        if right - left > RULE_WIDTH_PT or top - bottom < RULE_LINES * em:
            continue
        x, y0, y1 = (left + right) / 2, height - top, height - bottom
        if any(y0 - JOIN_PT <= r.y <= y1 + JOIN_PT and r.x0 - JOIN_PT <= x <= r.x1 + JOIN_PT for r in rules):
            continue  # a grid's line or a box's side
        beside = [g for g in glyphs if g.bottom > y0 and g.top < y1]
        if any(g.x0 < x < g.x1 for g in beside):
            continue
        sides = ({round(g.top / em) for g in beside if g.x1 <= x}, {round(g.top / em) for g in beside if g.x0 >= x})
        if all(len(s) >= RULE_LINES for s in sides):
            return x, y0, y1
    return None


def ruled_parts(glyphs: list, rule: tuple[float, float, float] | None) -> list[list]:
    """The glyphs above the rule's top, left of it, right of it, and below its foot, in reading
    order; all of them as one part on a page without a rule."""
    if rule is None:
        return [glyphs]
    x, top, bottom = rule
    beside = [g for g in glyphs if g.bottom > top and g.top < bottom]
    opens = min((g.top for g in beside if g.x1 <= x), default=top)
    beside = [g for g in beside if not _runs_on_from_above(g, x, min(top, opens))]
    middle = {id(g) for g in beside}
    left, below = [g for g in beside if g.x1 <= x], [g for g in glyphs if id(g) not in middle and g.bottom > top]
    tail = _left_column_goes_on(left, below, x)
    past = {id(g) for g in tail}
    return [[g for g in glyphs if id(g) not in middle and g.bottom <= top], left + tail,
            [g for g in beside if g.x0 >= x], [g for g in below if id(g) not in past]]


def _runs_on_from_above(glyph, x: float, opens: float) -> bool:
    """A glyph right of the rule that starts higher than the rule and the left column's first line by
    more than a baseline's play: the last line of a column from above (a notices column one line longer
    than the others over a story whose ruled columns open under a picture), read with the text above,
    not first of the column right of the rule."""
    return glyph.x0 >= x and glyph.top < opens - BASELINE_EM * glyph.size


def _left_column_goes_on(left: list, below: list, x: float) -> list:
    """The left column's own lines below the rule's foot: a rule drawn only as far as the right
    column goes leaves the left one running on under it. They are the glyphs below the foot, left
    of the rule, above the first one that reaches past it (text across the page again), when the
    first of them starts within `GOES_ON_EM` of the column's last line; else none."""
    if not left:
        return []
    across = min((g.top for g in below if g.x1 > x), default=float("inf"))
    tail = [g for g in below if g.top < across]
    if not tail:
        return []
    last = max(left, key=lambda g: g.top)
    return tail if min(g.top for g in tail) - last.top <= GOES_ON_EM * last.size else []
