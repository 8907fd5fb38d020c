"""A folded leaflet's panels: a sheet printed as three or more side-by-side pages of its own (a
tri-fold's inside: panels 2 | 3 | 4), each panel's text flowing down it on its own baselines and
headings. Read as one page, a table in one panel makes its rows read across into the next panel's
text; so each panel is read as a page of its own, left to right.

A panel is told by the whitespace, measured against the type and the page: bands left empty from the
top of the page's text to its foot, wide as a fold's margins (`PANEL_GAP_EM`, where a column's gutter
is an em or two), parting three or more parts, the folds where the sheet folds in equal parts (each
band's middle at its share of the page's width) and each band at least as wide as the sheet's own
margin beside its text (either side of a fold, a panel sets a margin of its own). Columns of a page
are set inside its margins, their gutters narrower than those: three columns in small type a few
ems apart are no panels, however wide their gutters are in ems.
"""

from statistics import median

# A band this many ems of the page's type wide, empty from the top of its text to its foot, is a
# fold between panels (the margins either side of it), not a gutter between columns.
PANEL_GAP_EM = 4.0
# A fold's middle lies within this share of the page's width of where the sheet folds in equal parts.
FOLD_SLACK = 0.02
# A band as wide as the sheet's margin to within this share of an em is as wide as it: a writer placing
# its panels evenly (the sheet's margin equal to a panel's padding and the gap between panels) rounds
# the two apart by a hundredth of a point either way.
MARGIN_PLAY_EM = 0.1
# Parts a folded sheet has at least (two are a two-column page or a two-up sheet, read as such).
PANELS = 3


def panels(glyphs: list, width: float) -> list[list]:
    """The glyphs of each panel, left to right; all of them as one part on a page of no panels."""
    if not glyphs:
        return [glyphs]
    em = median(g.size for g in glyphs)
    left, right = min(g.x0 for g in glyphs), max(g.x1 for g in glyphs)
    folds = [(lo, hi) for lo, hi in empty_bands((g.x0, g.x1) for g in glyphs) if hi - lo >= PANEL_GAP_EM * em]
    count = len(folds) + 1
    margin = min(left, width - right)
    if count < PANELS or not all(abs((lo + hi) / 2 - k * width / count) <= FOLD_SLACK * width
                                 and hi - lo >= margin - MARGIN_PLAY_EM * em
                                 for k, (lo, hi) in enumerate(folds, start=1)):
        return [glyphs]
    edges = [left] + [x for fold in folds for x in fold] + [right]
    return [[g for g in glyphs if lo <= (g.x0 + g.x1) / 2 <= hi] for lo, hi in zip(edges[::2], edges[1::2])]


def empty_bands(spans) -> list[tuple[float, float]]:
    """The bands no span (a glyph's (x0, x1), or its (top, bottom)) reaches into, between the first
    span and the last."""
    ordered = iter(sorted(spans))
    first = next(ordered, None)
    if first is None:
        return []
    bands, reach = [], first[1]
    for lo, hi in ordered:  # every glyph of a page, several times a page: comparisons, no max() call a glyph
        if lo > reach:
            bands.append((reach, lo))
        if hi > reach:
            reach = hi
    return bands
