"""Text set askew by a few degrees (a note pinned at a slant, "We recommend …" on a tilted card):
each such text object turned level about its own centre before the page's text is read, so its
glyphs share baselines as a reader reads them. Text turned further stays decoration (glyphs.py
drops it: a diagonal watermark, a side tab). A whole page tilted (scanned or faxed a little askew:
most of its text turned by one small angle, each glyph reading as level but a line's end a line
higher or lower than its start) is turned level about the page's centre first, everything drawn
at that turn with it, so lines keep their places relative to one another. Text turned a half
turn, upside down (the back face of a folded tent card, set to read from the other side), reads
the right way when the sheet is turned round: it is turned round about the page's centre and
read after the upright text, as a face of its own (read.py). Called on the page before its text
page is loaded.
"""
import math

from .glyphs import LEVEL_SLANT

# Text turned at most this far (about 10 degrees) from level is set askew, not turned on purpose.
ASKEW_SLANT = 0.18


# A page's text turned less than this (a tangent: under a tenth of a degree) is level however wide.
TILT_FLOOR = 0.0015


def straightened(text: list, drawn: list, width: float, height: float) -> list:
    """Turn the page's own text objects (`text`: page_objects.PageObjects.page_text) to read level,
    and what is drawn with them (of `drawn`, everything on the page itself): upside down, a tilted
    page, each askew object, in turn. Each object's matrix is read once (again only on a page something
    turned). The objects turned round, to be read as a face of their own (read.py)."""
    matrices = [obj.get_matrix().get() for obj in text]
    back = _turned_round(matrices, drawn, width, height)
    if back or _page_levelled(matrices, drawn, width, height):
        matrices = [obj.get_matrix().get() for obj in text]
    _levelled(text, matrices)
    return back


def _round(matrix: tuple) -> bool:
    """Whether `matrix` draws upside down: turned a half turn, neither mirrored nor askew."""
    a, b, c, d, _, _ = matrix
    return a < 0 and d < 0 and abs(b) + abs(c) <= LEVEL_SLANT * (abs(a) + abs(d))


def _turned_round(matrices: list[tuple], drawn: list, width: float, height: float) -> list:
    """When some of the page's text is upside down, turn everything drawn upside down (of `drawn`) a
    half turn about the page's centre, as a reader turns the sheet round to read it; the objects turned."""
    import pypdfium2

    if not any(map(_round, matrices)):
        return []
    half_turn = pypdfium2.PdfMatrix(-1, 0, 0, -1, width, height)
    turned = [obj for obj in drawn if _round(obj.get_matrix().get())]
    for obj in turned:
        obj.transform(half_turn)
    return turned


def _turn(matrix: tuple) -> float | None:
    """The tangent of the angle `matrix` turns by, when it turns rather than mirrors or shears."""
    a, b, c, d, _, _ = matrix
    if a <= 0 or d <= 0 or abs(b / a + c / d) > LEVEL_SLANT:
        return None
    return b / a


def _page_levelled(matrices: list[tuple], drawn: list, width: float, height: float) -> bool:
    """Turn a tilted page level: when more than half of its own text objects (their `matrices`) share
    one turn of more than TILT_FLOOR and at most LEVEL_SLANT (each glyph reads as level, but not a
    line's length), every object drawn on the page (`drawn`) at that turn is turned back about the
    page's centre (a receiving fax's line, set straight, stays). Text turned further is levelled each
    object about its own centre, as before (`_levelled`). Whether it was."""
    import pypdfium2

    turns = [t for t in map(_turn, matrices) if t is not None and TILT_FLOOR < abs(t) <= LEVEL_SLANT]
    if 2 * len(turns) <= len(matrices):
        return False
    tilt = sorted(turns)[len(turns) // 2]
    if 2 * sum(abs(t - tilt) <= TILT_FLOOR for t in turns) <= len(matrices):
        return False
    cx, cy, turn = width / 2, height / 2, -math.atan(tilt)
    cos, sin = math.cos(turn), math.sin(turn)
    back = pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos)
    for obj in drawn:
        if (t := _turn(obj.get_matrix().get())) is not None and abs(t - tilt) <= TILT_FLOOR:
            obj.transform(back)
    return True


def _levelled(text: list, matrices: list[tuple]) -> None:
    """Turn each of the page's own text objects (`text`, their `matrices`) turned by more than
    glyphs.LEVEL_SLANT and at most ASKEW_SLANT (the tangent of its angle) back level about the
    centre of its bounds."""
    import pypdfium2

    for obj, (a, b, c, d, _, _) in zip(text, matrices):
        if a <= 0 or d <= 0 or not LEVEL_SLANT < abs(b / a) <= ASKEW_SLANT or abs(b / a + c / d) > LEVEL_SLANT:
            continue  # level, mirrored, turned far, or sheared (an oblique face) rather than turned
        left, bottom, right, top = obj.get_bounds()
        cx, cy, turn = (left + right) / 2, (bottom + top) / 2, -math.atan2(b, a)
        cos, sin = math.cos(turn), math.sin(turn)
        obj.transform(pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos))
