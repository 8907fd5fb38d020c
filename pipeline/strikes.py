"""Struck-through words: a re-issued report shows its deleted words struck through beside the new
ones ("within 10 7 working days"), and a wholly struck statement is withdrawn. A reader does not
read struck words, so they are taken off the page before it is read, with the lines striking them,
and the rest of their line closes up over the gap they leave (else it reads as a gutter).

A strike is a drawn level line (rules.py: stroked, or a thin fill) across the middle of a word's
x-height, over most of each struck glyph's width; an underline runs under the baseline and a rule between
rows in the leading, so neither is one. Measured in ems of the word's own type.
"""

from bisect import bisect_left, bisect_right

from .glyphs import GUTTER_EM, Glyph
from .rules import Rule

# A strike runs between these heights above the baseline (ems): around the middle of the x-height
# (half of a usual face's 0.45-0.55 em), well clear of an underline and of the gap between rows.
STRIKE_LOW_EM, STRIKE_HIGH_EM = 0.12, 0.42
# Glyphs within this many ems of a struck word's baseline are on its line.
BASELINE_EM = 0.2
# A glyph is struck when the line crosses more than this share of its width.
STRUCK_SHARE = 0.5


def unstruck(glyphs: list[Glyph], rules: list[Rule]) -> tuple[list[Glyph], list[Rule]]:
    """`glyphs` without the struck words, the words after them on their line moved back over the
    gap, and `rules` without the lines striking them."""
    if not rules:
        return glyphs, rules
    order = sorted(range(len(rules)), key=lambda n: rules[n].y)
    heights = [rules[n].y for n in order]
    struck, strikes = set(), set()
    for k, glyph in enumerate(glyphs):  # the rules at strike height, found by bisection: pages hold many of both
        base = glyph.baseline
        band = order[bisect_left(heights, base - STRIKE_HIGH_EM * glyph.size):
                     bisect_right(heights, base - STRIKE_LOW_EM * glyph.size)]
        hits = [n for n in band if _across(rules[n], glyph)]
        if hits:
            struck.add(k)
            strikes.update(hits)
    if not struck:
        return glyphs, rules
    kept = dict(enumerate(glyphs))
    for base in {glyphs[k].baseline for k in struck}:
        line = sorted((k for k, g in enumerate(glyphs) if abs(g.baseline - base) < BASELINE_EM * g.size),
                      key=lambda k: glyphs[k].x0)
        kept.update(_closed_up(glyphs, line, struck))
    return ([g for k, g in sorted(kept.items()) if k not in struck],
            [rule for n, rule in enumerate(rules) if n not in strikes])


def _closed_up(glyphs: list[Glyph], line: list[int], struck: set[int]) -> dict[int, Glyph]:
    """The line's unstruck glyphs (by index), each moved left by the width the struck words before
    it in its column took, from a struck word's start to the next word's; a gutter ends a column."""
    moved, shift, start, end = {}, 0.0, None, None
    for k in line:
        g = glyphs[k]
        apart = end is not None and g.x0 - end > GUTTER_EM * g.size
        if k in struck:
            if start is None or apart:
                start = g.x0
            end = g.x1
            continue
        if apart:
            shift = 0.0
        elif start is not None:
            shift += g.x0 - start
        start, end = None, g.x1
        moved[k] = g._replace(x0=g.x0 - shift, x1=g.x1 - shift) if shift else g
    return moved


def _across(rule: Rule, glyph: Glyph) -> bool:
    """The rule runs across most of the glyph's width."""
    width = glyph.x1 - glyph.x0
    return width > 0 and min(rule.x1, glyph.x1) - max(rule.x0, glyph.x0) > STRUCK_SHARE * width
