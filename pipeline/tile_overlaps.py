"""A poster printed in tiles (a viewer's poster printing: each sheet a window on the whole poster, next
sheets overlapping by a band so they can be trimmed and pasted together): the band at one sheet's foot is
printed again at the next sheet's top, line for line. Read as pages, the band's lines are read twice: a
statement in it twice, a line cut at the band's edge running on into the next page's copy of the band.

The copy is known by the geometry alone: page after page, the later page's top lines are the earlier
page's last lines in the same words, type and place across, every one moved up by one shift (the
overlap's depth), and they are most of the lines of both bands. The later page's copy is furniture, so
the poster's text is read once, where it is first printed.
"""

from collections import Counter

from ..models.document import Line, ReportDocument
from .stitched_bars import same_place

# A band is at least this many lines, and its copies at least this share of the lines in either band (a
# tile's own label, "Tile (2,1)", is printed over the later one).
BAND_LINES, BAND_SHARE = 2, 2 / 3
# Shifts within this many points are one.
SHIFT_SLACK = 0.5


def overlap_copies(doc: ReportDocument) -> set[int]:
    """Ids of the lines each page prints again from the foot of the page before."""
    found: set[int] = set()
    for before, page in zip(doc.pages, doc.pages[1:]):
        if abs(before.height - page.height) > SHIFT_SLACK or abs(before.width - page.width) > SHIFT_SLACK:
            continue
        found |= _copies(_body(before.lines), _body(page.lines))
    return found


def _body(lines: list[Line]) -> list[Line]:
    return [line for line in lines if line.layer == "body" and line.text.strip()]


def _copies(above: list[Line], lines: list[Line]) -> set[int]:
    pairs = [(line, first, round((first.top - line.top) / SHIFT_SLACK)) for line in lines for first in above
             if first.top > line.top + first.size and same_place(first, line)]
    if not pairs:
        return set()
    shift, count = Counter(s for _, _, s in pairs).most_common(1)[0]
    matched = [(line, first) for line, first, s in pairs if s == shift]
    if count < BAND_LINES:
        return set()
    copies, firsts = {id(line) for line, _ in matched}, {id(first) for _, first in matched}
    band_foot, band_top = max(line.top for line, _ in matched), min(first.top for _, first in matched)
    top_band = [line for line in lines if line.top <= band_foot]
    foot_band = [line for line in above if line.top >= band_top]
    if len(copies) < BAND_SHARE * len(top_band) or len(firsts) < BAND_SHARE * len(foot_band):
        return set()
    return copies
