"""A table's column headers set at a slant (a spreadsheet printed with its header row turned 45 degrees,
each header wrapped to two or three lines, each line a step further along): every glyph is turned past a
level line's slant, so the headers are left out as decoration, and with them the statements a matrix of
owners sets as its columns' headers.

A reader tilts their head and reads each header as a block of lines, column by column, left to right,
under the heading over the table; a cell set level under the headers, across some of their columns (a
merged cell naming a core service), names the headers over it. So: the page's own text turned by one
angle between SLANT_MIN and SLANT_MAX degrees, when it sets lines of sentences (PANEL_LINES lines of
PANEL_EM ems or more: not a diagonal watermark's word or two), is turned level about the page's centre and
read as lines of its own (`slanted`); each block of those lines (a header: lines within a leading of one
another) is put back into the page's reading order where the headers stand, before the first line read
under their band's top, in the order of the columns they head (the x their first line starts at on the
page), each group of them after the level cell right under the band nearest their columns (`spliced`).
"""

import math
from typing import NamedTuple

from ..models.document import Line
from .askew import PANEL_EM, PANEL_LINES
from .glyphs import LEVEL_SLANT, object_matrix

# Text turned between these many degrees from level (either way) is set at a slant, not askew nor
# turned a quarter.
SLANT_MIN, SLANT_MAX = 15.0, 75.0
# A header's lines follow one another within this many ems (top to top); a cell under the headers stands
# within this many ems under their band.
LEADING_EM, UNDER_EM = 2.0, 2.5
# Slanted lines this many times the level text's size or less are in its type, not a watermark's.
SAME_SIZE = 1.25


class Slant(NamedTuple):
    """The objects turned level, and how: the turn (cos, sin) about the page's centre, then a move."""

    objects: list
    cos: float
    sin: float
    centre: tuple[float, float]
    move: tuple[float, float]
    band: tuple[float, float]  # where the headers stood: their top and foot, points from the page's top

    def placed(self, x: float, y: float, height: float) -> float:
        """The x on the page, before the turn, of a point of the turned text (`y` from the page's top)."""
        u, v = x - self.move[0] - self.centre[0], height - y - self.move[1] - self.centre[1]
        return self.centre[0] + u * self.cos + v * self.sin


def slanted(text: list, matrices: list[tuple], drawn: list, width: float, height: float) -> Slant | None:
    """Turn the page's text set at one slant level (of `drawn`, every object drawn on the page), centred
    on the page, when it sets lines of sentences; None (nothing turned) otherwise."""
    import ctypes

    import pypdfium2
    import pypdfium2.raw as raw_api

    angles: dict[int, float] = {}
    size = ctypes.c_float()
    for obj, matrix in zip(text, matrices):
        angle = _slant(matrix)
        if angle is None or not raw_api.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size)):
            continue
        em = abs(size.value) * math.hypot(matrix[0], matrix[1])
        left, bottom, right, top = obj.get_bounds()
        if em > 0 and math.hypot(right - left, top - bottom) >= PANEL_EM * em:
            angles[angle] = angles.get(angle, 0) + 1
    angle = max(angles, key=angles.get, default=None)
    if angle is None or angles[angle] < PANEL_LINES or not _text_sized(text, matrices, angle):
        return None
    turned = [obj for obj in drawn if _slant(object_matrix(obj)) == angle]
    bounds = [obj.get_bounds() for obj in turned]
    band = (height - max(b[3] for b in bounds), height - min(b[1] for b in bounds))
    cos, sin = math.cos(math.radians(-angle)), math.sin(math.radians(-angle))
    cx, cy = width / 2, height / 2
    turn = pypdfium2.PdfMatrix(cos, sin, -sin, cos, cx - cx * cos + cy * sin, cy - cx * sin - cy * cos)
    for obj in turned:
        obj.transform(turn)
    bounds = [obj.get_bounds() for obj in turned]
    left, bottom = min(b[0] for b in bounds), min(b[1] for b in bounds)
    right, top = max(b[2] for b in bounds), max(b[3] for b in bounds)
    move = ((width - (right - left)) / 2 - left, (height - (top - bottom)) / 2 - bottom)
    for obj in turned:
        obj.transform(pypdfium2.PdfMatrix(1, 0, 0, 1, *move))
    return Slant(turned, cos, sin, (cx, cy), move, band)


def _text_sized(text: list, matrices: list[tuple], angle: int) -> bool:
    """The slanted lines are set in the page's text type or smaller (a tiled diagonal watermark's are far
    larger): their middle size no larger than the level text's by more than SAME_SIZE."""
    import ctypes

    import pypdfium2.raw as raw_api

    sizes: dict[bool, list[float]] = {True: [], False: []}
    size = ctypes.c_float()
    for obj, matrix in zip(text, matrices):
        slant = _slant(matrix)
        if (slant == angle or slant is None) and raw_api.FPDFTextObj_GetFontSize(obj.raw, ctypes.byref(size)):
            sizes[slant == angle].append(abs(size.value) * math.hypot(matrix[0], matrix[1]))
    slanted_size, level = (sorted(sizes[k])[len(sizes[k]) // 2] if sizes[k] else 0.0 for k in (True, False))
    return not level or slanted_size <= SAME_SIZE * level


def _slant(matrix: tuple) -> int | None:
    """The whole degrees `matrix` turns by, when it turns (not mirrors or shears) between SLANT_MIN and
    SLANT_MAX degrees either way."""
    a, b, c, d, _, _ = matrix
    if a <= 0 or d <= 0 or abs(b / a + c / d) > LEVEL_SLANT:
        return None
    angle = math.degrees(math.atan2(b, a))
    return round(angle) if SLANT_MIN <= abs(angle) <= SLANT_MAX else None


def spliced(lines: list[Line], headers: list[Line], slant: Slant, height: float) -> list[Line]:
    """The page's lines (reading order) with the slanted headers' lines (`headers`, read turned level) put
    back where the headers stand: each header block in its column's order, after the level cell under the
    band nearest its column."""
    blocks: list[list[Line]] = []
    for line in sorted(headers, key=lambda l: l.top):
        if blocks and line.top - blocks[-1][-1].top <= LEADING_EM * line.size:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    if not blocks:
        return lines
    blocks = [[_flush(line, block[0].x0) for line in block] for block in blocks]
    column = {id(block[0]): slant.placed(block[0].x0, (block[0].top + block[0].bottom) / 2, height) for block in blocks}
    top, foot = slant.band
    after = next((k for k, line in enumerate(lines) if line.top >= top), len(lines))
    left, right = min(column.values()), max(column.values())
    cells: list[list[Line]] = []  # each level cell under the band, its lines (a name wrapped in its cell)
    for line in sorted(lines[after:], key=lambda l: l.top):
        if not (foot <= line.top <= foot + UNDER_EM * line.size and line.x1 >= left
                and line.x0 <= right + PANEL_EM * line.size):
            continue
        cell = next((c for c in cells if line.x0 < c[-1].x1 and c[-1].x0 < line.x1
                     and 0 < line.top - c[-1].top <= LEADING_EM * line.size), None)
        if cell is None:
            cells.append([line])
        else:
            cell.append(line)
    groups: list[list[list[Line]]] = [[] for _ in cells]
    loose: list[list[Line]] = []
    for block in sorted(blocks, key=lambda b: column[id(b[0])]):
        x = column[id(block[0])]
        nearest = min(range(len(cells)), default=None,
                      key=lambda k: max(min(l.x0 for l in cells[k]) - x, x - max(l.x1 for l in cells[k]), 0.0))
        (groups[nearest] if nearest is not None else loose).append(block)
    placed = [line for block in loose for line in block]
    for cell, group in sorted(zip(cells, groups), key=lambda item: min(l.x0 for l in item[0])):
        placed += cell + _under(cell[-1], [line for block in group for line in block])
    taken = {id(line) for cell in cells for line in cell}
    rest = [line for line in lines[after:] if id(line) not in taken]
    return lines[:after] + placed + rest


def _flush(line: Line, x0: float) -> Line:
    """The header's line set flush with its first (each line of a slanted header starts a step further
    along its column: read level, the block's lines start at one edge, as a paragraph's)."""
    shift = line.x0 - x0
    return line.model_copy(update={"x0": x0, "text_x0": line.text_x0 - shift, "x1": line.x1 - shift,
                                   "column_left": x0})


def _under(cell: Line, lines: list[Line]) -> list[Line]:
    """The headers' lines moved down together to stand right under the cell naming them (read level, as
    a reader reads a group of columns: its name, then its headers), a line's space between."""
    if not lines:
        return lines
    shift = cell.bottom + (lines[0].bottom - lines[0].top) - lines[0].top
    return [line.model_copy(update={"top": line.top + shift, "bottom": line.bottom + shift}) for line in lines]
