"""Text painted over: words the page draws and then covers with an opaque filled shape are words
no reader sees. A white-out patch prints an erratum over superseded words (an opaque white box on
them, then the corrected text on the box; read with the new ones they interleave letter by letter,
"We recommendrecommendthethe…"); a release under FOI "redacts" names and whole passages by drawing
black boxes over them, the text still in the content stream. Whatever its colour, a text object
the page paints over wholly, later, with an opaque fill is taken off the page before its text is
read; text drawn on the patch after it ("Redacted – s.41") is read. Called before the text page
is loaded.
"""

import ctypes

from .page_objects import PageObjects, address, without_text

# The patch covers the text's box to within this many points (a font's box may overhang its ink).
COVER_PT = 0.5


def painted_over(page, objects: PageObjects) -> PageObjects:
    """`objects` with the page's own text objects painted over by a later opaque patch removed,
    from the page too."""
    import pypdfium2.raw as raw_api

    patches = [obj for obj in objects.page_paths if _opaque(raw_api, obj)]
    if not patches or not objects.page_text:
        return objects  # most pages: nothing filled
    order = {address(obj): n for n, obj in enumerate(objects.drawn)}  # drawing order, no second walk
    boxes = [(order.get(address(p), -1), p.get_bounds()) for p in patches]
    hidden = set()
    for obj in objects.page_text:
        at, (left, bottom, right, top) = order.get(address(obj), -1), obj.get_bounds()
        if any(n > at and l - COVER_PT <= left and b - COVER_PT <= bottom and right <= r + COVER_PT and top <= t + COVER_PT
               for n, (l, b, r, t) in boxes):
            hidden.add(address(obj))
    return without_text(page, objects, hidden)


def _opaque(raw_api, obj) -> bool:
    """A path filled with an opaque colour (any: white, black, a panel's tint)."""
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw_api.FPDFPath_GetDrawMode(obj.raw, fill, stroke) or not fill.value:
        return False
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    return bool(raw_api.FPDFPageObj_GetFillColor(obj.raw, r, g, b, a)) and a.value == 255
