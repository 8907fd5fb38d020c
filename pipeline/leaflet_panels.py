"""A folded leaflet's panels: a sheet printed as three or more side-by-side pages of its own (a
tri-fold's inside: panels 2 | 3 | 4), each panel's text flowing down it on its own baselines and
headings. Read as one page, a table in one panel makes its rows read across into the next panel's
text; so each panel is read as a page of its own, left to right.

A panel is told by the whitespace alone: bands left empty from the top of the page's text to its
foot, wide as a fold's margins (`PANEL_GAP_EM`, where a column's gutter is an em or two), parting
three or more parts of about one width, each a good share of the page's.
"""

from statistics import median

# A band this many ems of the page's type wide, empty from the top of its text to its foot, is a
# fold between panels (the margins either side of it), not a gutter between columns.
PANEL_GAP_EM = 4.0
# Panels are each at least this share of the page's width...
PANEL_SHARE = 0.2
# ...and of about one width: the widest at most this many times the narrowest (one sheet folded in equal parts).
PANEL_WIDTH_RATIO = 1.5
# Parts a folded sheet has at least (two are a two-column page or a two-up sheet, read as such).
PANELS = 3


def panels(glyphs: list, width: float) -> list[list]:
    """The glyphs of each panel, left to right; all of them as one part on a page of no panels."""
    if not glyphs:
        return [glyphs]
    em = median(g.size for g in glyphs)
    bands = _empty_bands(glyphs)
    folds = [(lo, hi) for lo, hi in bands if hi - lo >= PANEL_GAP_EM * em]
    edges = [min(g.x0 for g in glyphs)] + [x for fold in folds for x in fold] + [max(g.x1 for g in glyphs)]
    spans = list(zip(edges[::2], edges[1::2]))
    widths = [hi - lo for lo, hi in spans]
    if len(spans) < PANELS or min(widths) < PANEL_SHARE * width or max(widths) > PANEL_WIDTH_RATIO * min(widths):
        return [glyphs]
    return [[g for g in glyphs if lo <= (g.x0 + g.x1) / 2 <= hi] for lo, hi in spans]


def _empty_bands(glyphs: list) -> list[tuple[float, float]]:
    """The x bands no glyph reaches into, between the leftmost glyph and the rightmost."""
    bands, reach = [], None
    for g in sorted(glyphs, key=lambda g: g.x0):
        if reach is not None and g.x0 > reach:
            bands.append((reach, g.x0))
        reach = g.x1 if reach is None else max(reach, g.x1)
    return bands
