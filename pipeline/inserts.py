"""A table or figure set inside a list, between two of its items (a ratings table after one service's
first must, with its caption), is matter in type smaller than the items': a reader reads past it and
the list goes on with the next bullet. Its caption and header cells are read as headings and end the
list; `inserted_between` tells the walker that everything read since the list's last line was such an
insert, so a bullet in the items' type, set where they are, takes the list up again (`_Walker._resumes_past_insert`).
"""

from collections.abc import Callable

from ..models.document import Line
from .gutters import SAME_TYPE

MAX_PAGES = 1  # an insert pushes the list's next item to the next page at most


def inserted_between(last: Line, line: Line, page_lines: dict[int, list[Line]],
                     group: Callable[[Line], bool] = lambda _: False) -> list[Line] | None:
    """The lines read between `last` and `line` when there are some and every one is set in type
    smaller than the items' (beyond SAME_TYPE): `last`'s or, when that line is set smaller (an item
    ending in its citation's smaller type: "(Regulation 12(2)(b))" at 8 pt over a 9 pt table between
    11 pt items), `line`'s; but for `group` lines right before `line` (the list's next group's heading
    after a response under its last item); None otherwise."""
    if not 0 <= line.page - last.page <= MAX_PAGES:
        return None
    read = [l for page in range(last.page, line.page + 1) for l in page_lines.get(page, [])]
    start = next((n for n, l in enumerate(read) if l is last), None)
    end = next((n for n, l in enumerate(read) if l is line), None)
    if start is None or end is None or end - start < 2:
        return None
    between = read[start + 1:end]
    inserted = between
    while inserted and group(inserted[-1]):
        inserted = inserted[:-1]
    items_size = max(last.size, line.size)
    return between if inserted and all(l.size < (1 - SAME_TYPE) * items_size for l in inserted) else None
