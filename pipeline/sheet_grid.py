"""Pages printed several to a sheet (2 x 2 "4-up", 3 x 2 "6-up"): each page laid, shrunk, in a cell
of a grid on the sheet, read row by row. Read as one page, the cells' lines share baselines across
the sheet and its columns run down through two pages (the first and the third), so a table going on
from one page to the next is read with another page in between; so each cell is read as a page of
its own, in the order the sheet is read: along the top row, then the next.

A grid is told by the whitespace, measured against the type and the sheet: bands left empty right
across the sheet, both ways (down it between columns of cells, across it between rows), each at
least a fold's width in ems (`leaflet_panels.PANEL_GAP_EM`) and as wide as the sheet's own margin on
that side (each cell keeps its page's margins, so the space between two cells holds two of them),
and each taking in the line where the sheet parts in equal shares; and each row of cells starting as
far below its top as the others (the pages laid alike). A page of two columns and a break
between sections is no grid: its gutter is narrower than its margins; nor is a two-page spread
whose one page runs short beside a gap in the other: the text under the gap starts lower.
"""

from statistics import median

from ..models.document import Line, Page

from .leaflet_panels import FOLD_SLACK, PANEL_GAP_EM, empty_bands

# Cells a row or column of a grid has at most (a 16-up sheet's 4).
MOST_CELLS = 4


def grid_cells(glyphs: list, width: float, height: float) -> list[list]:
    """The glyphs of each cell of the sheet's grid, row by row, each row left to right (empty cells
    left out); all of them as one part on a sheet printed one page to it."""
    folds = grid_folds(glyphs, width, height)
    if folds is None:
        return [glyphs]
    cells: dict[tuple[int, int], list] = {}
    for g in glyphs:
        cells.setdefault(_cell_of(g, *folds), []).append(g)
    return [cells[key] for key in sorted(cells)]


def grid_folds(items: list, width: float, height: float) -> tuple[list[float], list[float]] | None:
    """Where the sheet parts between its cells: the x of each line down it, the y of each across it;
    None on a sheet printed one page to it. `items` are glyphs or lines (their boxes and sizes)."""
    if not items:
        return None
    em = median(g.size for g in items)
    left, right = min(g.x0 for g in items), max(g.x1 for g in items)
    down = _folds(empty_bands((g.x0, g.x1) for g in items), width, max(PANEL_GAP_EM * em, min(left, width - right)))
    if not down:  # most pages: no fold down the sheet, so the bands across it are not looked for
        return None
    top, bottom = min(g.top for g in items), max(g.bottom for g in items)
    across = _folds(empty_bands((g.top, g.bottom) for g in items), height,
                    max(PANEL_GAP_EM * em, min(top, height - bottom)))
    if not (across and _set_alike(items, down, across, height / (len(across) + 1), em)):
        return None
    return down, across


def _set_alike(items: list, down: list[float], across: list[float], cell_h: float, em: float) -> bool:
    """Each row of cells starts as far below its top as the first row does (within an em): the
    sheet's pages are laid alike, each at its own top margin (a row's page that starts lower, a
    cover's title, is borne). A two-page spread whose one page runs short beside a gap in the
    other (a list's heading set low) has a band across it too, but the text under that band
    starts wherever the gap ends."""
    tops: dict[int, float] = {}
    for g in items:
        row = _cell_of(g, down, across)[0]
        tops[row] = min(tops.get(row, g.top), g.top)
    offsets = [top - row * cell_h for row, top in tops.items()]
    return max(offsets) - min(offsets) <= em


def cell_pages(page: Page) -> list[tuple[Page, list[int]]]:
    """The page's grid cells each as a page of its own, row by row (its lines moved to the cell's
    own corner, the page the cell's size), with the indexes of its lines among the page's; the page
    itself on a sheet printed one page to it. Running headers and footers are judged on these:
    each shrunk page keeps its own, in the middle of the sheet."""
    folds = grid_folds(page.lines, page.width, page.height)
    if folds is None:
        return [(page, list(range(len(page.lines))))]
    down, across = folds
    cell_w, cell_h = page.width / (len(down) + 1), page.height / (len(across) + 1)
    cells: dict[tuple[int, int], list[int]] = {}
    for k, line in enumerate(page.lines):
        cells.setdefault(_cell_of(line, down, across), []).append(k)
    out = []
    for (row, column), indexes in sorted(cells.items()):
        dx, dy = column * cell_w, row * cell_h
        lines = [_moved(page.lines[k], dx, dy) for k in indexes]
        out.append((page.model_copy(update={"width": cell_w, "height": cell_h, "lines": lines}), indexes))
    return out


def _cell_of(item, down: list[float], across: list[float]) -> tuple[int, int]:
    return sum((item.top + item.bottom) / 2 > y for y in across), sum((item.x0 + item.x1) / 2 > x for x in down)


def _moved(line: Line, dx: float, dy: float) -> Line:
    return line.model_copy(update={"x0": line.x0 - dx, "text_x0": line.text_x0 - dx, "x1": line.x1 - dx,
                                   "column_left": line.column_left - dx, "top": line.top - dy,
                                   "bottom": line.bottom - dy})


def _folds(bands: list[tuple[float, float]], size: float, least: float) -> list[float]:
    """Where the sheet parts into equal shares along one side (`size`), when for some number of
    shares every parting line lies in a band of `bands` at least `least` wide; else none."""
    wide = [(lo, hi) for lo, hi in bands if hi - lo >= least]
    for shares in range(2, MOST_CELLS + 1):
        lines = [k * size / shares for k in range(1, shares)]
        if all(any(lo - FOLD_SLACK * size <= y <= hi + FOLD_SLACK * size for lo, hi in wide) for y in lines) \
                and len(wide) == len(lines):
            return lines
    return []
