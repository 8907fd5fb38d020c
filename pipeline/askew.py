"""Text set askew by a few degrees (a note pinned at a slant, "We recommend …" on a tilted card):
each such text object turned level about its own centre before the page's text is read, so its
glyphs share baselines as a reader reads them. Text turned further stays decoration (glyphs.py
drops it: a diagonal watermark, a side tab). Called on the page before its text page is loaded.
"""

import math

from .glyphs import LEVEL_SLANT

# Text turned at most this far (about 10 degrees) from level is set askew, not turned on purpose.
ASKEW_SLANT = 0.18


def levelled(page):
    """The page with each text object turned by more than glyphs.LEVEL_SLANT and at most
    ASKEW_SLANT (the tangent of its angle) turned back level about the centre of its bounds."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    for obj in page.get_objects(filter=(raw_api.FPDF_PAGEOBJ_TEXT,), max_depth=1):
        a, b, c, d, _, _ = obj.get_matrix().get()
        if a <= 0 or d <= 0 or not LEVEL_SLANT < abs(b / a) <= ASKEW_SLANT or abs(b / a + c / d) > LEVEL_SLANT:
            continue  # level, mirrored, turned far, or sheared (an oblique face) rather than turned
        left, bottom, right, top = obj.get_bounds()
        cx, cy, turn = (left + right) / 2, (bottom + top) / 2, -math.atan2(b, a)
        cos, sin = math.cos(turn), math.sin(turn)
        obj.transform(pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos))
    return page
