"""A table broken over a page break prints its header row again at the next page's top
("Location" | "Core service" | "Action the trust MUST take to improve"), in the body's own type
when the header is plain. Read as text, those cells are a paragraph ending the open list, or
headings putting the row's service out of scope, so the items under them lose the service of
the row they go on. Told from the words and the place: the page's top row, of two or more cells,
prints the cells of a row on an earlier page, left to right, each at its x, each cell's lines
run on under it at its leading the same too (assessment cards broken over pages may open two
pages with the same first lines, their text going on apart). A cell naming a core service is
no header cell: it is the service of the list under it (a card's title row, "MUST DO" | "Surgery",
printed again over each card), whose heading must be read again where it comes back.
"""

from ..models.document import Line

from . import structure_patterns as sp
from .cover_ratings import printed_rows
from .text import collapse_ws

# A repeated cell starts within this many ems of the x it had.
SAME_X_EM = 0.5
# A cell's next line stands less than this many ems below its line.
RUN_ON_EM = 0.5


def repeated_header_cells(lines: list[Line]) -> dict[str, int]:
    """Each cell text of a header row printed again at a later page's top, with the page it
    was first printed on (what `_Walker.header_cells` holds)."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    seen: list[tuple[int, list[Line], list[Line]]] = []  # each earlier row of two or more lines, with its page's lines
    cells: dict[str, int] = {}
    for page, own in sorted(pages.items()):
        rows = [_distinct(row) for row in printed_rows(own)]
        top = None  # the top row's cells, run on only once its first lines could match an earlier row's (few pages' do)
        for first_page, row, lines in seen:
            # a row's cells are run on (a scan of its page) only when its first lines could match
            if rows and _firsts_may_match(rows[0], row):
                top = top or _cells(rows[0], own)
                if _same_row(top, earlier := _cells(row, lines)):
                    for text in (collapse_ws(line[0].text) for line in earlier + top):
                        if not sp.service_name(text):
                            cells.setdefault(text, first_page)
                    break
        seen += [(page, row, own) for row in rows if len(row) > 1]
    return cells


def _distinct(row: list[Line]) -> list[Line]:
    """The row's lines, a cell read again over a later column (the same words at the same x) once."""
    out: list[Line] = []
    for line in row:
        if not any(collapse_ws(l.text) == collapse_ws(line.text) and abs(l.x0 - line.x0) < 0.5 for l in out):
            out.append(line)
    return out


def _cells(row: list[Line], own: list[Line]) -> list[list[Line]]:
    """Each line of the row with the lines run on under it: at its x, in its type, at its leading."""
    cells = []
    for line in row:
        cell = [line]
        while below := next((l for l in own if abs(l.x0 - cell[-1].x0) <= SAME_X_EM * l.size and l.size == line.size
                             and l.bold == line.bold and 0 <= l.top - cell[-1].bottom < RUN_ON_EM * l.size), None):
            cell.append(below)
        cells.append(cell)
    return cells


def _firsts_may_match(firsts: list[Line], earlier: list[Line]) -> bool:
    """What `_same_row` asks of the cells' first lines (`firsts`, a row's lines) alone: cell for cell,
    the same words at the same x; or fewer cells, which it judges by their first lines only."""
    if len(firsts) == len(earlier) > 1:
        return all(collapse_ws(a.text) == collapse_ws(b.text) and abs(a.x0 - b.x0) <= SAME_X_EM * a.size
                   for a, b in zip(firsts, earlier))
    return 1 < len(firsts) < len(earlier)


def _same_row(row: list[list[Line]], earlier: list[list[Line]]) -> bool:
    """The row prints the earlier row's words left to right, each cell starting at an earlier cell's
    x: cell for cell, or with neighbouring cells read as one ("Ref Action": the gutter between them
    found on the page the rows under it are many, not under one row)."""
    if len(row) == len(earlier) > 1:
        return all([collapse_ws(l.text) for l in a] == [collapse_ws(l.text) for l in b]
                   and abs(a[0].x0 - b[0].x0) <= SAME_X_EM * a[0].size for a, b in zip(row, earlier))
    return (1 < len(row) < len(earlier) and _words(row) == _words(earlier)
            and all(any(abs(a[0].x0 - b[0].x0) <= SAME_X_EM * a[0].size for b in earlier) for a in row))


def _words(cells: list[list[Line]]) -> list[str]:
    """The words of the cells' first lines (what runs on under a cell may be the row under it)."""
    return " ".join(cell[0].text for cell in cells).split()
