"""Text set askew by a few degrees (a note pinned at a slant, "We recommend …" on a tilted card):
each such text object turned level about its own centre before the page's text is read, so its
glyphs share baselines as a reader reads them. Text turned further stays decoration (glyphs.py
drops it: a diagonal watermark, a side tab). Called on the page before its text page is loaded.
"""

import math

from .glyphs import LEVEL_SLANT

# Text turned at most this far (about 10 degrees) from level is set askew, not turned on purpose.
ASKEW_SLANT = 0.18


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
