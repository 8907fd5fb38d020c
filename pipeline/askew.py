"""Text set askew by a few degrees (a note pinned at a slant, "We recommend …" on a tilted card):
each such text object turned level about its own centre before the page's text is read, so its
glyphs share baselines as a reader reads them. Text turned further stays decoration (glyphs.py
drops it: a diagonal watermark, a side tab). A whole page tilted (scanned or faxed a little askew:
most of its text turned by one small angle, however small, so a line's end sits a line higher or
lower than its start) is turned level about the page's centre first, everything drawn at that
turn with it, so lines keep their places relative to one another. Called on the page before its
text page is loaded.
"""

import math

from .glyphs import LEVEL_SLANT

# Text turned at most this far (about 10 degrees) from level is set askew, not turned on purpose.
ASKEW_SLANT = 0.18


# A page's text turned less than this (a tangent: under a tenth of a degree) is level however wide.
TILT_FLOOR = 0.0015


def _turn(obj) -> float | None:
    """The tangent of the angle `obj` is turned by, when it is turned rather than mirrored or sheared."""
    a, b, c, d, _, _ = obj.get_matrix().get()
    if a <= 0 or d <= 0 or abs(b / a + c / d) > LEVEL_SLANT:
        return None
    return b / a


def page_levelled(text: list, drawn: list, width: float, height: float) -> None:
    """Turn a tilted page level: when more than half of its own text objects (`text`) share one
    turn of more than TILT_FLOOR and at most ASKEW_SLANT, every object drawn on the page (`drawn`)
    at that turn is turned back about the page's centre (a receiving fax's line, set straight, stays)."""
    import pypdfium2

    turns = [t for t in map(_turn, text) if t is not None and TILT_FLOOR < abs(t) <= ASKEW_SLANT]
    if 2 * len(turns) <= len(text):
        return
    tilt = sorted(turns)[len(turns) // 2]
    if 2 * sum(abs(t - tilt) <= TILT_FLOOR for t in turns) <= len(text):
        return
    cx, cy, turn = width / 2, height / 2, -math.atan(tilt)
    cos, sin = math.cos(turn), math.sin(turn)
    back = pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos)
    for obj in drawn:
        if (t := _turn(obj)) is not None and abs(t - tilt) <= TILT_FLOOR:
            obj.transform(back)


def levelled(text: list) -> None:
    """Turn each of the page's own text objects (`text`: page_objects.PageObjects.page_text) turned by
    more than glyphs.LEVEL_SLANT and at most ASKEW_SLANT (the tangent of its angle) back level about
    the centre of its bounds."""
    import pypdfium2

    for obj in text:
        a, b, c, d, _, _ = obj.get_matrix().get()
        if a <= 0 or d <= 0 or not LEVEL_SLANT < abs(b / a) <= ASKEW_SLANT or abs(b / a + c / d) > LEVEL_SLANT:
            continue  # level, mirrored, turned far, or sheared (an oblique face) rather than turned
        left, bottom, right, top = obj.get_bounds()
        cx, cy, turn = (left + right) / 2, (bottom + top) / 2, -math.atan2(b, a)
        cos, sin = math.cos(turn), math.sin(turn)
        obj.transform(pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos))
