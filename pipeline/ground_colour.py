"""Text in the colour it is printed on: drawn, but no reader sees it.

A template's guidance left in white on the white page, a note set in its panel's own colour: the text
is in the content stream and in the text layer, but its ink is the colour of what lies under it. What
lies under a text object is what the page paints there before it: its filled shapes (a band's colour; a
stroke paints a shape's outline, not what it holds: a table cell's border is not under its text),
anything the colour of which is not known here (an image, a shading, a Form XObject: whatever it is,
the text is taken as seen on it), else the page itself, white. A text object whose paint (its fill, its
stroke, as its render mode uses them) is the colour of every filled shape under it, and of the page
where no shape covers it whole, is taken off the page before its text is read; white type on a dark
band is read. Invisible text (render mode 3: an OCR layer under a scan's image) is hidden_copy.py's and
glyphs.py's, and left as it is. Text objects drawn on the page itself only, as painted_over.py.
"""

import ctypes

from .page_objects import PageObjects, address

# The page under everything: white paper.
PAPER = (255, 255, 255)
# Colours this close in each channel (of 255) are one colour to a reader.
SAME_COLOUR = 3
# Text render modes (PDF 32000 §9.3.6) by what they paint: fill, stroke, or both (the clip modes alike).
FILLS, STROKES = frozenset((0, 2, 4, 6)), frozenset((1, 2, 5, 6))


def in_ground_colour(page, objects: PageObjects) -> PageObjects:
    """`objects` with the page's own text objects printed in the colour under them removed, from the page too."""
    import pypdfium2.raw as raw_api

    hidden, ground = set(), []  # what is painted before each text object: (box, colour or None)
    for obj in objects.drawn:
        if obj.type == raw_api.FPDF_PAGEOBJ_TEXT:
            paints = _paints(raw_api, obj)
            if paints and _unseen(paints, obj.get_bounds(), ground):
                hidden.add(address(obj))
        elif obj.type == raw_api.FPDF_PAGEOBJ_PATH:
            ground += [(obj.get_bounds(), colour) for colour in _path_fill(raw_api, obj)]
        else:
            ground.append((obj.get_bounds(), None))
    if not hidden:
        return objects
    for obj in objects.page_text:
        if address(obj) in hidden:
            page.remove_obj(obj)
    return PageObjects(*([obj for obj in part if address(obj) not in hidden] for part in objects))


def _unseen(paints: list[tuple[int, int, int]], box: tuple[float, ...], ground: list) -> bool:
    left, bottom, right, top = box
    under = [(b, colour) for b, colour in ground if b[0] < right and left < b[2] and b[1] < top and bottom < b[3]]
    if any(colour is None or not _same(colour, paint) for _, colour in under for paint in paints):
        return False
    covered = any(b[0] <= left and b[1] <= bottom and right <= b[2] and top <= b[3] for b, _ in under)
    return covered or all(_same(paint, PAPER) for paint in paints)


def _paints(raw_api, obj) -> list[tuple[int, int, int]]:
    """The opaque colours the text object paints its glyphs in (none: invisible, or see-through)."""
    mode = raw_api.FPDFTextObj_GetTextRenderMode(obj.raw)
    asks = ([raw_api.FPDFPageObj_GetFillColor] if mode in FILLS else []) + \
        ([raw_api.FPDFPageObj_GetStrokeColor] if mode in STROKES else [])
    paints = []
    for ask in asks:
        colour = _colour(ask, obj)
        if colour is None:
            return []
        paints.append(colour)
    return paints


def _path_fill(raw_api, obj) -> list[tuple[int, int, int] | None]:
    """The colour a path fills its inside with, as a list of one (None: see-through, or a shape of several
    parts, a frame's outer and inner edges perhaps, whose box it may not fill: what is under its text not
    known here); none for a path only stroked (a cell's border paints its outline, not the text inside)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw_api.FPDFPath_GetDrawMode(obj.raw, fill, stroke) or not fill.value:
        return []
    parts = sum(raw_api.FPDFPathSegment_GetType(raw_api.FPDFPath_GetPathSegment(obj.raw, n)) == raw_api.FPDF_SEGMENT_MOVETO
                for n in range(raw_api.FPDFPath_CountSegments(obj.raw)))
    return [_colour(raw_api.FPDFPageObj_GetFillColor, obj) if parts <= 1 else None]


def _colour(ask, obj) -> tuple[int, int, int] | None:
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    if not ask(obj.raw, r, g, b, a) or a.value != 255:
        return None
    return r.value, g.value, b.value


def _same(one: tuple[int, int, int], other: tuple[int, int, int]) -> bool:
    return all(abs(x - y) <= SAME_COLOUR for x, y in zip(one, other))
