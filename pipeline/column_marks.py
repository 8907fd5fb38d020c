"""A table that says a row's kind or core service only by a mark in a column headed with it: a tick
in the "Must" or the "Should" column of a provider's tracker, a filled dot under one of several core
services' names set over narrow columns (an applicability matrix). The mark holds no words, so the
row would take no kind or service from it; a reader reads the mark as its column's heading. So each
mark in such a column is read as its heading's words, in the mark's place: "MUST" or "SHOULD" (a
kind cell, as locate.py reads one beside its statement), or the core service's name (a label cell).

A mark column is told by its heading, the lines above the mark overlapping it (past the column's
other marks, up to the table's header row), naming a kind or a core service and standing over the
mark's cell only (a bullet's heading reaches over its item's text); a mark under any other heading
(a "Done" tick) stays as it is. A drawn dot (filled; the other cells' open circles are no mark) under
a heading turned to run up the page over its narrow column is read the same way (`named_dots`).
"""

from .glyphs import LEVEL_SLANT, WORD_SPACE_EM, Glyph, object_matrix
from .structure_patterns import service_name
from .text import collapse_ws, kind_word

# Marks a table's cell may hold alone: ticks, crosses, filled dots and boxes.
MARKS = frozenset("✓✔☑✗✘☒●⬤◉■")
# A drawn dot marking a cell is at most this many points across, round or square (not a rule), and
# filled in a colour darker than this on each of red, green and blue (an open circle is filled white).
DOT_MOST, DOT_ASPECT, PALE = 20.0, 1.25, 240
# A turned heading's wrapped line starts within this many ems of the line before's start, along the text.
ALONG_EM = 0.5
# Words share a baseline within this many ems.
BASELINE_EM = 0.3
# A heading's wrapped lines follow one another within this many ems (top to top).
HEADING_LEADING_EM = 1.6
# A heading cell holds at most this many lines (a narrow column's heading wrapped once or twice).
HEADING_LINES = 4
# A heading cell starts within this many ems of its column's other lines' left edge.
HEADING_EDGE_EM = 0.5


def marks_read(glyphs: list[Glyph]) -> list[Glyph]:
    """The glyphs, each mark in a column headed by a kind or a core service read as its heading."""
    if not any(g.text in MARKS for g in glyphs):
        return glyphs
    return [_read(g, glyphs) if g.text in MARKS else g for g in glyphs]


def _read(mark: Glyph, glyphs: list[Glyph]) -> Glyph:
    heading = _heading(mark, glyphs)
    if not heading or not _within_cell(mark, heading, glyphs):
        return mark
    words = _names(["".join((" " if g.spaced and k else "") + g.text for k, g in enumerate(line)) for line in heading])
    return mark if words is None else mark._replace(text=words, bold=True, symbol=False)


def _within_cell(mark: Glyph, heading: list[list[Glyph]], glyphs: list[Glyph]) -> bool:
    """The heading stands over the mark's cell only: clear of the text before and after the mark on
    its row (text whose height takes in the mark's middle: a bullet set smaller than its item, level
    with its top, sits off the item's baseline). A list's bullet has its heading reaching over the
    item's text after it."""
    middle = (mark.top + mark.bottom) / 2
    row = [g for g in glyphs if g is not mark and g.top <= middle <= g.bottom]
    before = max((g.x1 for g in row if g.x1 <= mark.x0), default=float("-inf"))
    after = min((g.x0 for g in row if g.x0 >= mark.x1), default=float("inf"))
    return all(before < g.x0 and g.x1 < after for line in heading for g in line)


def _heading(mark: Glyph, glyphs: list[Glyph]) -> list[list[Glyph]]:
    """The heading cell's lines over the mark: the nearest text above it overlapping it (other marks
    of its column passed), with the lines it wraps onto at its left edge."""
    words = [g for g in glyphs if g.text not in MARKS]
    above = [g for g in words if g.bottom <= mark.top and g.x0 < mark.x1 and g.x1 > mark.x0]
    if not above:
        return []
    first = _line_of(max(above, key=lambda g: g.bottom), words)
    em, left = first[0].size, first[0].x0
    cell = [first]
    for step, until in ((1, mark.top), (-1, None)):
        while len(cell) < HEADING_LINES:
            edge = cell[-1] if step > 0 else cell[0]
            top = max(g.top for g in edge) if step > 0 else min(g.top for g in edge)
            nxt = [g for g in words if abs(g.x0 - left) <= HEADING_EDGE_EM * em
                   and 0 < step * (g.top - top) <= HEADING_LEADING_EM * em and (until is None or g.bottom <= until)]
            if not nxt:
                break
            line = _line_of(min(nxt, key=lambda g: step * g.top), words)
            cell = cell + [line] if step > 0 else [line] + cell
    return cell


def _line_of(word: Glyph, words: list[Glyph]) -> list[Glyph]:
    """The words of `word`'s cell line: those on its baseline reached from it a word space at a time."""
    row = sorted((g for g in words if abs(g.baseline - word.baseline) <= BASELINE_EM * word.size), key=lambda g: g.x0)
    at = row.index(word)
    lo = hi = at
    while lo > 0 and row[lo].x0 - row[lo - 1].x1 <= WORD_SPACE_EM * word.size:
        lo -= 1
    while hi + 1 < len(row) and row[hi + 1].x0 - row[hi].x1 <= WORD_SPACE_EM * word.size:
        hi += 1
    return row[lo:hi + 1]


def _names(cell: list[str]) -> str | None:
    """What the heading names: "MUST" or "SHOULD", or a core service as the vocabulary spells it. A
    word broken over the cell's lines for want of width ("Shou" / "ld") is read whole."""
    for joiner in (" ", ""):
        text = collapse_ws(joiner.join(cell))
        kind = kind_word(text)
        if kind:
            return kind.upper()
        service = service_name(text)
        if service:
            return service
    return None


def named_dots(paths: list, text: list, textpage, height: float, glyphs: list[Glyph], rules: list) -> list[Glyph]:
    """Each filled dot (of `paths`, the page's own) under a heading turned to run up the page (of
    `text`, its text objects; its foot within an em or the dot's width of the dot's middle, its first
    line the leftmost there) that names a core service, as that name level with its row's first
    line (`_row_top`), at the matrix's left edge (the rows' label column); dots under no such
    heading (a key's, a bullet) are left out, as drawn shapes are."""
    dots = [box for obj in paths if (box := _filled_dot(obj, height))]
    if not dots:
        return []
    heads = _turned_heads(text, textpage, height)
    out = []
    for x0, x1, top, bottom in dots:
        starts = [h for h in heads if abs(h[1] - (x0 + x1) / 2) <= max(x1 - x0, h[3]) and h[2] < top]
        over = _wrapped(min(starts, key=lambda h: h[1]), heads) if starts else []
        name = service_name(" ".join(h[0] for h in over)) if over else None
        if name:
            size, middle = over[0][3], (top + bottom) / 2
            first = _row_top(x0, x1, top, glyphs, rules)
            out.append(Glyph(name, x0, x1, first.top, first.bottom, first.size, first.bold, False, base=first.base)
                       if first else Glyph(name, x0, x1, middle - 0.5 * size, middle + 0.5 * size, size, True, False))
    left = min((g.x0 for g in out), default=0.0)  # one label column, however many mark columns the matrix has
    return [g._replace(x0=left, x1=left + g.x1 - g.x0) for g in out]


def _row_top(x0: float, x1: float, top: float, glyphs: list[Glyph], rules: list) -> Glyph | None:
    """The first text of the ruled row a mark stands in (a dot centred down its cell, level with a
    middle line or between two): the highest glyph under the rule above the mark, reaching no lower
    than the mark. None in a table with no rule over the mark's row."""
    over = [rule.y for rule in rules if rule.x0 <= x0 and rule.x1 >= x1 and rule.y <= top]
    if not over:
        return None
    ruled = max(over)
    inside = [g for g in glyphs if g.top >= ruled and g.bottom <= top + (top - ruled)]
    return min(inside, key=lambda g: g.top, default=None)


def _wrapped(first: tuple, heads: list[tuple]) -> list[tuple]:
    """The turned heading's lines from `first` on: each next line starts level with it along the
    text's run, a line's leading further across it."""
    lines = [first]
    while True:
        _, x, top, size, (run_x, run_y) = lines[-1]
        nxt = [h for h in heads if h is not lines[-1] and abs((h[1] - x) * run_x - (h[2] - top) * run_y) <= ALONG_EM * size
               and 0 < (h[1] - x) * run_y + (h[2] - top) * run_x <= HEADING_LEADING_EM * size]
        if not nxt:
            return lines
        lines.append(min(nxt, key=lambda h: h[1]))


def _filled_dot(obj, height: float) -> tuple[float, float, float, float] | None:
    """The box (x0, x1, top, bottom) of a small, round or square path filled in a colour (not white)."""
    import ctypes

    import pypdfium2.raw as raw_api

    left, low, right, high = obj.get_bounds()
    width, tall = right - left, high - low
    if not (0 < width <= DOT_MOST and 0 < tall <= DOT_MOST and max(width, tall) <= DOT_ASPECT * min(width, tall)):
        return None
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    if not raw_api.FPDFPath_GetDrawMode(obj.raw, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
        return None
    r, g, b, a = (ctypes.c_uint() for _ in range(4))
    raw_api.FPDFPageObj_GetFillColor(obj.raw, *(ctypes.byref(c) for c in (r, g, b, a)))
    if not a.value or min(r.value, g.value, b.value) >= PALE:
        return None
    return left, right, height - high, height - low


def _turned_heads(text: list, textpage, height: float) -> list[tuple]:
    """(text, x, top, size, run) of each text object turned to run up the page, at its start (the
    baseline's foot), `run` the (x, up) direction it runs in: a column heading set at an angle over a
    narrow column."""
    import ctypes
    import math

    import pypdfium2.raw as raw_api

    heads = []
    for obj in text:
        a, b, c, d, e, f = object_matrix(obj)
        if b <= LEVEL_SLANT * (abs(a) + abs(d)):
            continue  # level, or running down the page
        count = raw_api.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
        buffer = (ctypes.c_ushort * count)()
        raw_api.FPDFTextObj_GetText(obj.raw, textpage.raw, buffer, count)
        words = bytes(buffer).decode("utf-16-le").rstrip("\x00").strip()
        size = ctypes.c_float()
        raw_api.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size))
        scale = math.hypot(a, b)
        if words:
            heads.append((words, e, height - f, abs(size.value) * scale, (a / scale, b / scale)))
    return heads
