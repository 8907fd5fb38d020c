"""Text set askew by a few degrees (a note pinned at a slant, "We recommend …" on a tilted card):
each such text object turned level about its own centre before the page's text is read, so its
glyphs share baselines as a reader reads them. Text turned further stays decoration (glyphs.py
drops it: a diagonal watermark, a side tab). A whole page tilted (scanned or faxed a little askew:
most of its text turned by one small angle, each glyph reading as level but a line's end a line
higher or lower than its start) is turned level about the page's centre first, everything drawn
at that turn with it, so lines keep their places relative to one another. Text turned a half
turn, upside down (the back face of a folded tent card, set to read from the other side), reads
the right way when the sheet is turned round: it is turned round about the page's centre and
read after the upright text, as a face of its own (read.py). Text turned a quarter turn, running up
or down the page (a placemat's side panels, each facing the person at its edge), reads the right way
when the sheet is turned a quarter: when it makes a panel (`_quarter_panel`: lines of sentences, not a
table's turned labels or a side tab), it is turned upright, centred on the page, and read as a face of
its own too. Called on the page before its text page is loaded.
"""
import ctypes
import math

from .glyphs import LEVEL_SLANT, object_matrix

# Text turned at most this far (about 10 degrees) from level is set askew, not turned on purpose.
ASKEW_SLANT = 0.18


# A quarter-turned text is a panel of its own when it sets PANEL_LINES lines or more, each at least
# PANEL_EM ems of its type long, in one block of lines each within PANEL_LEADING ems of the next across
# the page (a heading's space under it included): sentences, where a table's turned labels and a side
# tab are short or set apart.
PANEL_LINES = 3
PANEL_EM = 15.0
PANEL_LEADING = 3.0


# A page's text turned less than this (a tangent: under a tenth of a degree) is level however wide.
TILT_FLOOR = 0.0015


def straightened(text: list, drawn: list, width: float, height: float) -> list[list]:
    """Turn the page's own text objects (`text`: page_objects.PageObjects.page_text) to read level,
    and what is drawn with them (of `drawn`, everything on the page itself): upside down, each quarter
    turn's panel, a tilted page, each askew object, in turn. Each object's matrix is read once (again
    only on a page something turned). The faces turned upright (each its objects), to be read each as
    a face of its own after the upright text (read.py)."""
    matrices = [object_matrix(obj) for obj in text]
    faces = [face for face in (_turned_round(matrices, drawn, width, height),
                               *(_quarter_panel(text, matrices, drawn, width, height, up) for up in (False, True)))
             if face]
    if faces or _page_levelled(matrices, drawn, width, height):
        matrices = [object_matrix(obj) for obj in text]
    _levelled(text, matrices)
    return faces


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
    turned = [obj for obj in drawn if _round(object_matrix(obj))]
    for obj in turned:
        obj.transform(half_turn)
    return turned


def _quarter(matrix: tuple, up: bool) -> bool:
    """Whether `matrix` draws turned a quarter turn, its text running up the page (`up`) or down,
    neither mirrored nor askew."""
    a, b, c, d, _, _ = matrix
    return abs(a) + abs(d) <= LEVEL_SLANT * (abs(b) + abs(c)) and b * c < 0 and (b > 0) == up


def _quarter_panel(text: list, matrices: list[tuple], drawn: list, width: float, height: float,
                   up: bool) -> list:
    """When the page's text turned a quarter one way (running `up` the page, or down) makes a panel
    (`_block`), turn everything drawn that way (of `drawn`) upright, as a reader turns the sheet to
    the edge the panel faces, centred on the page (read as a face of its own, so only its lines'
    places relative to one another count); the objects turned. A panel too long for the page's
    other side stays as it is."""
    import pypdfium2
    import pypdfium2.raw as raw_api

    lines: dict[int, list[float]] = {}  # each turned line's place across the page, type and length
    size = ctypes.c_float()
    for obj, matrix in zip(text, matrices):
        if not _quarter(matrix, up) or not raw_api.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size)):
            continue
        em = abs(size.value) * math.hypot(matrix[1], matrix[3])
        if em > 0:
            _, bottom, _, top = obj.get_bounds()
            line = lines.setdefault(round(matrix[4] / (0.5 * em)), [matrix[4], em, 0.0])
            line[2] += (top - bottom) / em
    if not _block(sorted(lines.values())):
        return []
    turned = [obj for obj in drawn if _quarter(object_matrix(obj), up)]
    bounds = [obj.get_bounds() for obj in turned]
    left, bottom = min(b[0] for b in bounds), min(b[1] for b in bounds)
    right, top = max(b[2] for b in bounds), max(b[3] for b in bounds)
    if top - bottom > width or right - left > height:
        return []
    across, down = (width - (top - bottom)) / 2, (height - (right - left)) / 2  # the margins that centre it
    if up:  # (x, y) -> (y, -x): the text's way up the page runs left to right
        turn = pypdfium2.PdfMatrix(0, -1, 1, 0, across - bottom, down + right)
    else:  # (x, y) -> (-y, x)
        turn = pypdfium2.PdfMatrix(0, 1, -1, 0, across + top, down - left)
    for obj in turned:
        obj.transform(turn)
    return turned


def _block(lines: list[list[float]]) -> bool:
    """Whether one block of `lines` (each its place across the page, its type and its length in ems, in
    order), each within PANEL_LEADING ems of the last, holds PANEL_LINES lines PANEL_EM ems long or more."""
    long = 0
    for k, (place, em, length) in enumerate(lines):
        if k and place - lines[k - 1][0] > PANEL_LEADING * em:
            long = 0
        long += length >= PANEL_EM
        if long >= PANEL_LINES:
            return True
    return False


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
        if (t := _turn(object_matrix(obj))) is not None and abs(t - tilt) <= TILT_FLOOR:
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
