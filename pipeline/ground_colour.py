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

from .page_objects import PageObjects, address, without_text

# The page under everything: white paper.
PAPER = (255, 255, 255)
# Text render modes (PDF 32000 §9.3.6) by what they paint: fill, stroke, or both (the clip modes alike).
FILLS, STROKES = frozenset((0, 2, 4, 6)), frozenset((1, 2, 5, 6))


def in_ground_colour(page, objects: PageObjects) -> PageObjects:
    """`objects` with the page's own text objects printed in the colour under them removed, from the page too."""
    import pypdfium2.raw as raw_api

    hidden, ground, colours = set(), [], {PAPER}  # what is painted before each text object: (box, fill or None, path)
    channels = tuple(ctypes.c_uint() for _ in range(4))  # a colour's, asked of every object in turn
    for obj in objects.drawn:
        if obj.type == raw_api.FPDF_PAGEOBJ_TEXT:
            paints = _paints(raw_api, obj, channels)
            # most text is in a colour no shape drawn so far fills, and not white: no more is asked of it
            if paints and len(set(paints)) == 1 and paints[0] in colours \
                    and _unseen(raw_api, paints[0], obj.get_bounds(), ground):
                hidden.add(address(obj))
        elif obj.type == raw_api.FPDF_PAGEOBJ_PATH:
            fill = _path_fill(raw_api, obj, channels)
            if fill is not False:
                ground.append((obj.get_bounds(), fill, obj))
                colours.add(fill)
        else:
            ground.append((obj.get_bounds(), None, None))
    return without_text(page, objects, hidden)


def _unseen(raw_api, paint: tuple[int, int, int], box: tuple[float, ...], ground: list) -> bool:
    left, bottom, right, top = box
    under = [(b, colour, path) for b, colour, path in ground if b[0] < right and left < b[2] and b[1] < top and bottom < b[3]]
    if any(colour != paint for _, colour, _ in under):
        return False
    if any(_parts(raw_api, path) > 1 for _, _, path in under):
        return False  # a frame's outer and inner edges, perhaps: whether it fills the box under the text is not known
    covered = any(b[0] <= left and b[1] <= bottom and right <= b[2] and top <= b[3] for b, _, _ in under)
    return covered or paint == PAPER


def _paints(raw_api, obj, channels) -> list[tuple[int, int, int]]:
    """The opaque colours the text object paints its glyphs in (none: invisible, or see-through)."""
    mode = raw_api.FPDFTextObj_GetTextRenderMode(obj.raw)
    asks = ([raw_api.FPDFPageObj_GetFillColor] if mode in FILLS else []) + \
        ([raw_api.FPDFPageObj_GetStrokeColor] if mode in STROKES else [])
    paints = [_colour(ask, obj, channels) for ask in asks]
    return [] if None in paints else paints


def _path_fill(raw_api, obj, channels):
    """The colour a path fills its inside with (None: see-through, what shows through not known here); False
    for a path only stroked (a cell's border paints its outline, not the text inside)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw_api.FPDFPath_GetDrawMode(obj.raw, fill, stroke) or not fill.value:
        return False
    return _colour(raw_api.FPDFPageObj_GetFillColor, obj, channels)


def _parts(raw_api, path) -> int:
    """How many parts a path is drawn in (each opens with a move): a shape of several, a box border drawn
    as a filled frame, may not fill its box."""
    return sum(raw_api.FPDFPathSegment_GetType(raw_api.FPDFPath_GetPathSegment(path.raw, n)) == raw_api.FPDF_SEGMENT_MOVETO
               for n in range(raw_api.FPDFPath_CountSegments(path.raw)))


def _colour(ask, obj, channels) -> tuple[int, int, int] | None:
    """The colour `ask` gives of the object, None when not opaque (`channels`: four c_uint for its answer)."""
    r, g, b, a = channels
    if not ask(obj.raw, r, g, b, a) or a.value != 255:
        return None
    return r.value, g.value, b.value
