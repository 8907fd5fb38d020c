"""A table broken over a page break prints its header row again at the next page's top
("Location" | "Core service" | "Action the trust MUST take to improve"), in the body's own type
when the header is plain. Read as text, those cells are a paragraph ending the open list, or
headings putting the row's service out of scope, so the items under them lose the service of
the row they go on. Told from the words and the place: the page's top row, of two or more cells,
prints the cells of a row on an earlier page, left to right, each at its x.
"""

from ..models.document import Line

from .cover_ratings import printed_rows
from .text import collapse_ws

# A repeated cell starts within this many ems of the x it had.
SAME_X_EM = 0.5


def repeated_header_cells(lines: list[Line]) -> dict[str, int]:
    """Each cell text of a header row printed again at a later page's top, with the page it
    was first printed on (what `_Walker.header_cells` holds)."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    seen: list[tuple[int, list[Line]]] = []
    cells: dict[str, int] = {}
    for page, own in sorted(pages.items()):
        top = printed_rows(own)[:1]
        for first_page, row in seen:
            if top and _same_row(top[0], row):
                for line in row:
                    cells.setdefault(collapse_ws(line.text), first_page)
                break
        seen += [(page, row) for row in printed_rows(own) if len(row) > 1]
    return cells


def _same_row(row: list[Line], earlier: list[Line]) -> bool:
    return len(row) == len(earlier) > 1 and all(
        collapse_ws(a.text) == collapse_ws(b.text) and abs(a.x0 - b.x0) <= SAME_X_EM * a.size
        for a, b in zip(row, earlier))
