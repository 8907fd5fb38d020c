"""A side panel set in its own type (a floated, shaded or boxed panel beside the main column)
is a reading region of its own, with its own flow: when it runs over a page break, the next
page's reading order (top to bottom, column by column) may give the main column first, and a
list item cut at the panel's foot would take the main column's lines. Told from the type and
the place alone: the next page opens in other type than the panel's last line, and further down
a column opens in the panel's type where the panel's lines were set; that column is read first.
A line ending a clause (";" ":") leaves its list going on, and the panel's next lines may stand
level with the main column's last words, right of them, when that column's sentence was cut too.
"""

from ..models.document import Line

from .gutters import SAME_TYPE
from .text import HEADING_RATIO, LABEL_WORDS, ROW_EM, TERMINAL, body_size, bullet_marker, collapse_ws, lines_from, opens_lower

# The panel goes on within this many of its ems of an x where its lines started on the page before.
PLACE_EM = 1.0
# A paragraph's lines start at its first line's x within this many of its ems.
STACKED_EM = 0.4
# A line ending so ends a clause, not its sentence: a list's lead-in, or a sub-item with more after it.
CLAUSE_END = (";", ":")


def panels_resumed(lines: list[Line]) -> list[Line]:
    """The body lines in reading order, a panel's lines on each page after the one it breaks on
    moved to the top of that page's lines."""
    pages: list[list[Line]] = []
    for line in lines:
        if pages and pages[-1][0].page == line.page:
            pages[-1].append(line)
        else:
            pages.append([line])
    body = body_size(lines)
    held: list[Line] = []  # a page's other lines, read after the panel's next lines (`_through`)
    for n in range(len(pages)):
        pages[n] = _panel_last(pages[n], body)
        panel = 0
        if n:
            pages[n], panel = _panel_first(pages[n - 1], pages[n], through=bool(held))
        pages[n] = pages[n][:panel] + held + pages[n][panel:]
        held = []
        if _through(pages[n], panel, pages[n + 1:n + 2]):
            pages[n], held = pages[n][:panel], pages[n][panel:]
    return [line for page in pages for line in page] + held


def _through(here: list[Line], panel: int, after: list[list[Line]]) -> bool:
    """The panel runs through the page: read first on it as going on from the page before, it
    is cut mid-sentence (or after a colon that opens its next lines) at its foot, with no more
    of its type further down the page, and it goes on at the next page's top (`_panel_first`).
    The page's other lines (a main column with a flow of its own) are then read after the
    panel's lines on the next page, so that neither flow's cut sentence takes the other's lines."""
    if not panel or not after or panel == len(here) or any(same_type(line, here[panel - 1]) for line in here[panel:]):
        return False  # no panel going on first, or more of it further down the page
    end = here[panel - 1].text.rstrip()
    cut = not end.endswith(TERMINAL) or end.endswith(":")
    return cut and bool(_panel_first(here[:panel], after[0], through=True)[1])


def _panel_last(here: list[Line], body: float) -> list[Line]:
    """A column that breaks mid-sentence at the page's foot, read before the other type set
    beside it (a panel left of the main column) which ends its own sentence there, or which
    goes on too in the report's body type (the panel's is its own): it is read last on its
    page, so that its next lines on the next page follow it."""
    cut = next((k for k in range(len(here) - 1, 0, -1) if not same_type(here[k], here[-1])), None)
    if cut is None:
        return here
    last, trailing = here[cut], here[cut + 1:]  # the trailing lines in one type, and the line before them
    if _finished(last):
        return here  # the column ends its sentence
    start = cut
    while (start and here[start - 1].top < here[start].top  # its column, headings included
           and abs(here[start - 1].column_left - last.column_left) < 0.5):
        start -= 1
    if start < cut and last.bold and last.size > HEADING_RATIO * here[cut - 1].size:
        return here  # the column ends in a heading, in bold type larger than its text's ("The provider should:"):
        # the head of what is set beside it (a list whose items stand in the next column), no sentence cut
    if start < cut and same_type(here[cut - 1], here[-1]):
        return here  # the column's text above its last line is set in the trailing lines' type: that line is a
        # heading over them at its foot (an orphaned sub-heading, its list going on in the next column), not a
        # cut sentence beside a panel
    top = here[start].top
    words = sum(len(line.text.split()) for line in here[start:cut + 1])
    if last.bold and words <= LABEL_WORDS:
        return here  # a bold name, no cut sentence: a table's label cell read again before its row's cell
    if not _finished(trailing[-1]) and not (
            words > LABEL_WORDS and _same_size(trailing[-1].size, body) and not _same_size(last.size, body)):
        return here  # the text beside it goes on too, and is no main column beside a panel (nor a table's row beside
        # its label and "MUST" cells: a label's length)
    if not all(abs(l.column_left - last.column_left) >= 0.5 and top < l.bottom and l.top < last.bottom for l in trailing):
        return here  # not set beside it
    return here[:start] + trailing + here[start:cut + 1]


def _panel_first(before: list[Line], here: list[Line], through: bool = False) -> tuple[list[Line], int]:
    """The page's lines with the panel's column moved first when the panel goes on from the page
    before, and how many lines that column holds at the top (0: the panel does not go on). When
    the panel ran `through` the page before (`_through`), a page opening in its type goes on with it."""
    last = before[-1]
    if here[0].page != last.page + 1:
        return here, 0
    if same_type(here[0], last):
        return here, _panel_run(here, last) if through else 0
    panel = [l for l in before if abs(l.column_left - last.column_left) < 0.5 and same_type(l, last)]
    starts = {x for l in panel for x in (l.x0, l.text_x0)}  # its lines, or a bulleted line's words: a wrapped sub-item
    bulleted = any(bullet_marker(collapse_ws(l.text)) for l in panel)
    j = next((j for j, line in enumerate(here) if same_type(line, last)), 0)
    if not j:
        return here, 0
    line = here[j]  # the first line in the panel's type: where the panel goes on, if anywhere
    beside = (j == _column_run(here, 0) and opens_lower(here[0].text) and abs(line.top - here[0].top) < line.size / 2
              and line.x0 > here[0].x1)
    placed = any(abs(line.x0 - x) <= PLACE_EM * line.size for x in starts)
    if not ((line.top < here[j - 1].top - line.size or beside) and placed):
        return here, 0  # not the top of a column set where the panel was (read after lines further down, or level
        # with the page's first column going on another flow's sentence; not a cell beside a line further down)
    if last.text.rstrip().endswith(TERMINAL) and not last.bold and not (bulleted and bullet_marker(collapse_ws(line.text))):
        return here, 0  # the panel ended its sentence: only its next item shows it goes on
    end = _column_run(here, j)
    more = _run_below(here, j, end)
    if more is not None:
        below = _column_run(here, more)
        return here[j:end] + here[more:below] + here[:j] + here[end:more] + here[below:], end - j + below - more
    return here[j:end] + here[:j] + here[end:], end - j


def _run_below(here: list[Line], j: int, end: int) -> int | None:
    """Where the panel's column from `j` to `end` goes on further down the page, read later (the
    page's columns cut into two stretches where the main column left a row empty beside the panel):
    a line in its type starting right under its last line (no more than a line's gap) and within
    its width, read after other lines; or the line read right after the column, alone on its row (the
    main column ended above it: read.py gave the panel's next lines the page's width), under no more
    than a blank line of the column's own leading (as under a heading)."""
    last = here[end - 1]
    left, right = min(line.x0 for line in here[j:end]), max(line.x1 for line in here[j:end])
    steps = [b.top - a.top for a, b in zip(here[j:end], here[j + 1:end]) if b.top > a.top]
    reach = 2 * min(steps) + ROW_EM * last.size if steps else 0.0

    def alone(line: Line) -> bool:
        return not any(other is not line and abs(other.top - line.top) < ROW_EM * line.size for other in here)

    return next((k for k in range(end, len(here)) if same_type(here[k], last)
                 and left - PLACE_EM * last.size <= here[k].x0 < right
                 and (k > end and 0 <= here[k].top - last.bottom <= last.size
                      or k == end and here[k].top >= last.bottom and here[k].top - last.top <= reach
                      and alone(here[k]))), None)


def _column_run(here: list[Line], j: int) -> int:
    """Where the column that line j opens ends: its lines going down at its left edge, headings included,
    and a line's words set apart on its row (a justified line of two words, "community        teams,")."""
    end = j + 1
    while (end < len(here) and (here[end].top > here[end - 1].top or _set_apart(here[end], here[end - 1]))
           and abs(here[end].column_left - here[j].column_left) < 0.5):
        end += 1
    return end


def _panel_run(here: list[Line], last: Line) -> int:
    """How many lines at the page's top go on a panel that ran through the page before: its column, up to
    its last line in the panel's type. Headings in other type under that are the main column's, set across
    the page once the panel ended (a core service's chapter): its held lines are read before them."""
    end = _column_run(here, 0)
    return 1 + max(k for k in range(end) if same_type(here[k], last))


def _set_apart(line: Line, before: Line) -> bool:
    """`line` is the rest of `before`'s row, right of it (read.py cut the row at a wide space)."""
    return abs(line.top - before.top) < ROW_EM * line.size and line.x0 > before.x1


def _finished(line: Line) -> bool:
    """The line ends its sentence: a clause's end ("on admission;", "including that:") goes on."""
    end = line.text.rstrip()
    return end.endswith(TERMINAL) and not end.endswith(CLAUSE_END) and not line.bold


def paragraph_at(lines: list[Line], k: int) -> list[Line]:
    """The paragraph opening at lines[k]: it and the lines read right after it on its page, stacked at its
    x in its type, each within two ems (top to top) of the one above (a card's text, an item's next paragraph)."""
    first, out = lines[k], [lines[k]]
    for line in lines_from(lines, k + 1):
        if line.page != first.page or abs(line.x0 - first.x0) > STACKED_EM * first.size \
                or not 0 < line.top - out[-1].top < 2 * first.size or not same_type(line, first):
            break
        out.append(line)
    return out


def shares_width(a: Line, b: Line) -> bool:
    """Set over part of each other's width: one above or below the other, not beside it."""
    return a.x0 < b.x1 and b.x0 < a.x1


def same_type(a: Line, b: Line) -> bool:
    """Set in one type size (bold or not): a panel's lines, whatever their weight."""
    return _same_size(a.size, b.size)


def _same_size(a: float, b: float) -> bool:
    return abs(a - b) <= SAME_TYPE * max(a, b)
