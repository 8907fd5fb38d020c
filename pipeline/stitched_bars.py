"""A page's top bar printed again lower on the same page: a full-page capture of a web page (one
tall page, its screens stitched together) redraws the site's sticky bar at each screen it joined,
so the bar turns up in the middle of the content, between a heading and its list or between two
items. Each copy is the page's running header (furniture), as a header printed at the top of each
page of a report is.

Told by the lines themselves: the page's first rows (two or more: a title over its navigation, a
notice band; opening in the page's top margin, not all in the text's plain type) printed again lower
on the page, each line in the same words, type and place across
the page and the rows as far apart as at the top. One line recurring (a group label "Trust-wide"
under both lists, a table's header row printed again over its next table) is no bar.
"""

from ..models.document import Line, Page
from .text import ROW_EM, collapse_ws

# A bar is at least this many rows of lines.
BAR_ROWS = 2


def bar_copies(page: Page, band: float, text_size: float) -> set[int]:
    """Ids of the lines of the page's top bar and of its copies lower on the page; none when the
    page's top rows are printed once. The bar opens in the page's top margin band (`band` points
    deep) and is no run of the text's own plain lines (`text_size`: a paragraph printed twice)."""
    lines = sorted((line for line in page.lines if line.layer == "body" and line.text.strip()), key=lambda l: (l.top, l.x0))
    if not lines or lines[0].bottom > band:
        return set()
    first = lines[0]
    found: set[int] = set()
    for copy in lines[1:]:
        if copy.top > first.bottom and same_place(first, copy):
            bar = _bar(lines, copy.top - first.top)
            if _rows(line for line, _ in bar) >= BAR_ROWS and not all(
                    not line.bold and abs(line.size - text_size) < 0.05 * text_size for line, _ in bar):
                found |= {id(line) for pair in bar for line in pair}
    return found


def _bar(lines: list[Line], shift: float) -> list[tuple[Line, Line]]:
    """The page's top lines, each with its copy `shift` points lower, up to the first without one (or
    the first reaching the copies)."""
    bar = []
    for line in lines:
        if line.top + shift <= line.bottom:
            break
        copy = next((other for other in lines if abs(other.top - line.top - shift) < ROW_EM * line.size
                     and same_place(line, other)), None)
        if copy is None or any(copy is top for top, _ in bar):
            break
        bar.append((line, copy))
    return bar


def _rows(lines) -> int:
    """How many rows the lines (in order down the page) stand on."""
    rows, last = 0, None
    for line in lines:
        if last is None or line.top - last.top >= ROW_EM * line.size:
            rows, last = rows + 1, line
    return rows


def same_place(line: Line, other: Line) -> bool:
    """The same words in the same type at the same place across the page."""
    return (collapse_ws(line.text) == collapse_ws(other.text) and abs(line.x0 - other.x0) < ROW_EM * line.size
            and abs(line.size - other.size) < 0.05 * line.size and line.bold == other.bold)
