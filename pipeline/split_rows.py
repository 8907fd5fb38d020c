"""A table row of cells set side by side (the must list left, the should list right, or an assessment
page's cards) may be split by a page break and go on in every cell at the next page's top. Read
column by column, page by page, the left cell's lines on the next page come after the right cell's
lines on the page before: an item cut at the left cell's foot loses its end to the right cell's open
item. Told from the place and the text alone: the page ends with columns set side by side starting
level (a row's cells), the next page opens with as many columns, each starting where a line of its
cell started on the page before (its text, or its hanging indent: where a bulleted line's words
start), and a cell's last line is followed in reading order by a line opening a new item or cell (a
bullet, a lead-in ending with a colon, a bold heading) while the next page's column at that edge goes
on from it (no bullet, and the cell broke off mid-sentence or the line opens lower case or with its
citation; where the next page's columns flow one into the next, a cell that ended its sentence only
when it ran out of page: one finished short of the page's foot had room left, and the lower-case line
at that edge goes on the column read before it, the pages one flow of columns); and the columns on
neither page are one flow (no column breaking off mid-sentence where the next one goes on, unless the
cells are cut again at that page's foot and go on at the next page's top: a row through three pages), nor does
a cell broken off mid-sentence face a new bulleted item at its edge on the next page (its sentence goes on
elsewhere: two columns filled in turn over the pages). Then each cell's lines on the next page are read
right after its lines on the page before. When the other cells ended on the page before, the next
page opens with the one cell going on alone: read right after it.
"""

from bisect import bisect_left

from ..models.document import Line

from .gutters import SENTENCE_END
from .list_numbers import same_kind
from .panels import PLACE_EM, same_type
from .text import (LABEL_WORDS, TERMINAL, bullet_marker, closing_bracket_start, collapse_ws, figure_goes_on,
                   opens_citation, opens_lower)

# The cells of one row start within this many ems of one another's top.
LEVEL_EM = 0.3
# A line this many ems left of a cell's text edge, or more, is set outside the cell (a cell's own lines
# start at its edge, give or take a re-print's rounding).
INSIDE_EM = 0.1
# At a page's top, the columns of a row going on start within this many ems of the first one's second
# line (its first may be a running header: a page's own, unmarked; a cell opening with a new item sits
# an item's gap lower); one starting further down is text after the row.
OPEN_EM = 2.0


def rows_resumed(lines: list[Line]) -> list[Line]:
    """The body lines in reading order, each cell of a row split by a page break read whole."""
    lines = list(lines)
    at = _places_by_page(lines)
    n = 1
    while n < len(lines):
        if lines[n].page == lines[n - 1].page + 1:
            joined = _cells_joined(lines, n) or _cut_cell_joined(lines, n, at)
            if joined is not None:
                start, end, order = joined
                lines[start:end] = order
                at = _places_by_page(lines)
        n += 1
    return lines


def _places_by_page(lines: list[Line]) -> dict[int, list[int]]:
    """Where each page's lines are in `lines`, in order: a page's lines may be read apart (a panel
    read before the page's main column), and looking for them through every line read before each
    page break cost a long report's pages squared."""
    at: dict[int, list[int]] = {}
    for k, line in enumerate(lines):
        at.setdefault(line.page, []).append(k)
    return at


def _cells_joined(lines: list[Line], n: int) -> tuple[int, int, list[Line]] | None:
    """(start, end, lines[start:end] read cell by cell) where the page break at `n` splits a row of cells."""
    row = _one_cell_resumed(lines, n) or _row_split(lines, n)
    return None if row is None else (row[0], row[1], [line for cell in row[2] for line in cell])


def _one_cell_resumed(lines: list[Line], n: int, resumed: bool = False) -> tuple[int, int, list[list[Line]]] | None:
    """The row's cells end the page before `n` and the next page opens with no columns: one cell may go
    on alone (`_one_cell_goes_on`; `resumed` as for `_row_split`)."""
    foot = _side_by_side(lines, n - 1, -1)
    size = lines[n].size
    if len(foot) >= 2 and not _side_by_side(lines, n, 1) and (resumed or _level(foot, size, lines)):
        return _one_cell_goes_on(lines, n, foot, _run(lines, n, 1), size, resumed)
    return None


def _row_split(lines: list[Line], n: int, resumed: bool = False) -> tuple[int, int, list[list[Line]]] | None:
    """(start, end, each cell's lines) where the page break at `n` splits a row of cells, followed over
    the next break when the cells are cut again at the next page's foot (a row through three pages: its
    middle page's columns, each breaking off mid-sentence, go on in their own cells, not in the next
    column). `resumed`: the columns before `n` are such a row's cells going on from the page before,
    so their tops go on by themselves and need no new item read after them, nor start level (a cell
    opening the page with a new item sits an item's gap lower)."""
    foot = _side_by_side(lines, n - 1, -1)
    head = _side_by_side(lines, n, 1)
    size = lines[n].size
    foot = foot[len(foot) - len(head):]  # a column ending beside the row's (a navigation column) does not go on
    if len(head) < 2 or len(foot) != len(head) or not (resumed or _level(foot, size, lines)):
        return None
    if not all(any(abs(x - _edge(b)) <= PLACE_EM * size for line in a for x in (line.x0, line.text_x0))
               or _sub_item_goes_on(a, b[0]) for a, b in zip(foot, head)):
        return None
    end = n + sum(len(cell) for cell in head)
    onward = None
    if end < len(lines) and lines[end].page == lines[n].page + 1:
        onward = _row_split(lines, end, resumed=True) or _one_cell_resumed(lines, end, resumed=True)
    if onward is not None and (onward[0] != n or len(onward[2]) != len(head)):
        onward = None  # the next page's row is not these columns cut again
    if (_flows(head) and onward is None) or (not resumed and _flows(foot, head) and not _goes_on_alone(foot, head)):
        return None  # the columns flow one into the next (a sentence runs on to the next column's top)
    if any(_cut_before_new_item(cell, top[0]) for cell, top in zip(foot, head)):
        return None  # a cell's sentence cannot go on where its column opens a new item: the pages flow
    after = [cell[0] for cell in foot[1:]] + [head[0][0]]  # the line read after each cell's foot
    bottom, flows = max(cell[-1].bottom for cell in foot), _flows(head)
    if not any(_goes_on(cell, top[0]) and (resumed or _breaks_from(nxt, top[0]))
               and (not (flows and _finished(cell)) or _ran_out(cell, bottom, size))
               for cell, nxt, top in zip(foot, after, head)):
        return None
    start = n - sum(len(cell) for cell in foot)
    if onward is not None:
        return start, onward[1], [cell + rest for cell, rest in zip(foot, onward[2])]
    return start, end, [cell + top for cell, top in zip(foot, head)]


def _cut_cell_joined(lines: list[Line], n: int, at: dict[int, list[int]]) -> tuple[int, int, list[Line]] | None:
    """(start, end, lines[start:end] with the cut cell's rest moved up) where the page break at `n`
    cuts the one cell of a row that goes on (a card under a shorter one's row, its neighbour in the
    next row left empty): the page's lowest line breaks off mid-sentence, yet is read before a column
    right of it that ended higher up, its sentence finished, and whose top opens a cell of its own; the
    next page opens at that line's edge, going on from it. Its lines there are read right after it.
    `at`: where each page's lines are (`_places_by_page`)."""
    places = at[lines[n - 1].page]
    on_page = places[bisect_left(places, n) - 1 :: -1]  # the page's lines read before `n`, last first
    cut = max(on_page, key=lambda k: lines[k].bottom)
    last, first = lines[cut], lines[n]
    beside = lines[cut + 1]  # the top of the column read after it: a cell's own start, not the cut text going on
    if cut == n - 1 or not _opens(beside) or opens_lower(beside.text) or abs(first.x0 - last.x0) > PLACE_EM * first.size:
        return None
    cell = _run(lines, cut, -1)
    if _finished(cell) or not _finished([lines[n - 1]]) or not _goes_on(cell, first):
        return None  # (the column read last would go on itself)
    if not all(line.x0 > last.x1 for line in lines[cut + 1 : n]):
        return None
    end = n + 1
    while (end < len(lines) and lines[end].page == first.page and not _opens(lines[end])
           and abs(lines[end].x0 - first.x0) <= PLACE_EM * first.size
           and 0 <= lines[end].top - lines[end - 1].bottom < lines[end].size):
        end += 1
    return cut + 1, end, lines[n:end] + lines[cut + 1 : n]


def _finished(cell: list[Line]) -> bool:
    """The cell's text ends a sentence or clause; a closing bracket only when it closes a citation or
    follows the sentence's stop: a bracket inside the sentence goes on ("… Act 2008 (Regulated
    Activities)" / "Regulations 2014.", "regulation 18 (Staffing)" / "of the …")."""
    text = collapse_ws(" ".join(line.text for line in cell))
    opened = closing_bracket_start(text)
    if opened is None:
        return text.endswith(TERMINAL)
    return opens_citation(text[opened:]) or text[:opened].rstrip().endswith(SENTENCE_END)


def _cut_before_new_item(cell: list[Line], top: Line) -> bool:
    """The cell breaks off mid-sentence and the next page's line at its edge opens a new bulleted item
    (not its next sub-item): the sentence goes on elsewhere (the next column's top, two columns filled in
    turn over the pages), so the columns are no row's cells going on."""
    return not _finished(cell) and bool(bullet_marker(collapse_ws(top.text))) and not _sub_item_goes_on(cell, top)


def _flows(columns: list[list[Line]], tops: list[list[Line]] = ()) -> bool:
    """A column breaks off mid-sentence and the next one's top goes on (no new item or cell): the
    columns are one flow filled in turn, on the page before the break or after it, not a row's cells.
    On the page before, `tops` are the next page's columns at the same edges: a next column opening with
    a capital where the column's own top there goes on in lower case does not go on it (`_breaks_from`), nor
    does one opening with a title (`_titled`)."""
    return any(not _finished(a) and not _titled(b)
               and not (_breaks_from(b[0], top[0]) if top else _opens(b[0]))
               for a, b, top in zip(columns, columns[1:], list(tops) or [None] * len(columns)))


def _goes_on_alone(foot: list[list[Line]], head: list[list[Line]]) -> bool:
    """A next page's column opens going on a sentence (lower case, a number, a bracket: "2008 (Regulated
    Activities)") beside one that ended its sentence, and the cell at its edge on the page before broke
    off mid-sentence in its running text: it goes on from that cell, not from the column beside it, so
    the columns are a row's cells, however the page before reads. A cell ending in a heading (bold under
    regular text: a service's name cut at a column's foot, two columns filled in turn) broke off no
    sentence of its own."""
    return any(_finished(a) and not _finished(cell) and _ends_running(cell)
               and (b[0].text.lstrip()[:1].islower() or b[0].text.lstrip()[:1].isdigit() or b[0].text.lstrip()[:1] == "(")
               for a, b, cell in zip(head, head[1:], foot[1:]))


def _ends_running(cell: list[Line]) -> bool:
    """The cell's last line is set in the weight of the line above it: its running text, not a heading."""
    return len(cell) < 2 and not cell[-1].bold or len(cell) >= 2 and cell[-1].bold == cell[-2].bold


def _titled(column: list[Line]) -> bool:
    """The column opens with a title, however set (a card's, its bold lost in a re-print): a heading's
    length of words in one type, ending no sentence, then a line in other type (the card's score)."""
    k = next((k for k, line in enumerate(column) if not same_type(line, column[0])), 0)
    return bool(k) and not _finished(column[:k]) and sum(len(line.text.split()) for line in column[:k]) <= LABEL_WORDS


def _level(foot: list[list[Line]], size: float, lines: list[Line]) -> bool:
    """A row's cells start level (columns of text beside a list start where each was set), each at its
    own top on the page: its first lines may have been read apart from the rest (cards' titles and
    scores read as a row of their own, one score wrapping onto a second line, before the texts under
    them, which then start at different heights)."""
    tops = [cell[0].top for cell in foot]
    if max(tops) - min(tops) > LEVEL_EM * size:
        page = [line for line in lines if line.page == foot[0][0].page]
        tops = [_cell_top(cell, page) for cell in foot]
    return max(tops) - min(tops) <= LEVEL_EM * size


def _cell_top(cell: list[Line], page: list[Line]) -> float:
    """Where the cell starts on its page: its first line, or the lines stacked right above it at its
    edge (each no more than a line's height over the one under it), wherever they were read. A line
    set left of the edge (`INSIDE_EM`) is outside the cell: the heading over the table, at the box's
    edge, clear of the cell's padded text however close above it."""
    top, edge = cell[0], _edge(cell)
    while above := [line for line in page if -INSIDE_EM * line.size <= line.x0 - edge <= PLACE_EM * line.size
                    and line.top < top.top and top.top - line.bottom <= line.size]:
        top = min(above, key=lambda line: line.top)
    return top.top


def _one_cell_goes_on(lines: list[Line], n: int, foot: list[list[Line]], top: list[Line],
                      size: float, resumed: bool = False) -> tuple[int, int, list[list[Line]]] | None:
    """The next page opens with one cell of the row going on alone (the cells beside it ended on
    the page before; a rule or a new row follows): `top`, its first line within one cell but the
    last (from that cell's text edge to the next one's), goes on from that cell's foot while the
    next cell's first line does not (`resumed`: or that cell itself went on from the page before);
    it is read right after that cell, up to a wider gap than a line's, other type or a line out of
    the cell's edges (the text after the table stays after all its cells). Only the cell reaching
    furthest down ran out of page (`_ran_out`): one ending above the cell beside it (a table's label
    cell) is finished. A line opening lower case under a cell that ended its sentence, when the cell
    read last broke off mid-sentence, goes on that one: the columns are one list filled in turn. A cell
    filling its page to the foot, cut again there, goes on at the next page's top the same way (alone, at
    its edges, going on from it): a row through three pages whose other cells ended on the first."""
    edges = [_edge(cell) for cell in foot] + [float("inf")]
    at = [k for k in range(len(foot)) if edges[k] - PLACE_EM * size <= top[0].x0 < edges[k + 1]]
    if len(at) != 1 or at[0] == len(foot) - 1:
        return None
    k = at[0]
    if not _ran_out(foot[k], max(cell[-1].bottom for cell in foot), size):
        return None
    if _finished(foot[k]) and not _finished(foot[-1]) and opens_lower(top[0].text):
        return None  # the rest of the sentence the last cell broke off (columns filled in turn), not of one ended
    if not (_goes_on(foot[k], top[0]) and (resumed or _breaks_from(foot[k + 1][0], top[0]))):
        return None
    rest = _cell_lines(top, size, edges[k], edges[k + 1])
    while (end := n + len(rest)) < len(lines) and lines[end].page == rest[-1].page + 1 \
            and edges[k] - PLACE_EM * size <= lines[end].x0 and lines[end].x1 <= edges[k + 1] \
            and not _side_by_side(lines, end, 1) and _goes_on(rest, lines[end]):
        rest += _cell_lines(_run(lines, end, 1), size, edges[k], edges[k + 1])  # its whole page, cut again at the foot
    start = n - sum(len(cell) for cell in foot)
    return start, n + len(rest), [cell + rest if j == k else cell for j, cell in enumerate(foot)]


def _cell_lines(top: list[Line], size: float, left: float, right: float) -> list[Line]:
    """The cell's own lines from the page's top: in its type, inside its edges, no wider gap than a line's."""
    rest = top[:1]
    for line in top[1:]:
        if (line.top - rest[-1].bottom > size or abs(line.size - size) > 0.1 * size
                or line.x0 < left - PLACE_EM * size or line.x1 > right):
            break
        rest.append(line)
    return rest


def _ran_out(cell: list[Line], foot: float, size: float) -> bool:
    """The cell reaches the page's foot, `foot` the lowest cell's last line's bottom: it ends level
    with it, or its next line, at the cell's own pitch, would end below it (a paragraph gap set the
    cell's lines lower than its neighbour's: it ends most of a line higher, yet ran out of page)."""
    pitch = cell[-1].top - cell[-2].top if len(cell) > 1 else cell[-1].bottom - cell[-1].top
    return cell[-1].bottom >= foot - LEVEL_EM * size or cell[-1].bottom + pitch > foot + LEVEL_EM * size


def _side_by_side(lines: list[Line], k: int, step: int) -> list[list[Line]]:
    """The columns set side by side that end the page at `k` (step -1) or open the page at `k`
    (step 1), left to right: runs of lines at one left edge going down the page, each run beside
    the one read next to it (their lines share the page's height) and left of it; at the page's
    foot, a run starts no higher than a line above the top of the run right of it (the text set
    across the page above the row is not the row's); at the page's top, no lower than OPEN_EM under the
    first run's second line (a column of the text after a cell going on alone, the cell's edge run on
    into it, is not the row's)."""
    page = lines[k].page
    runs: list[list[Line]] = []
    while 0 <= k < len(lines) and lines[k].page == page:
        run = _run(lines, k, step, runs[-1] if runs else None)
        k += step * len(run)
        if runs and (not _beside(run, runs[-1], step)
                     or step == 1 and run[0].top > runs[0][min(1, len(runs[0]) - 1)].top + OPEN_EM * run[0].size):
            break
        runs.append(run)
    return runs[::step] if len(runs) > 1 else []


def _run(lines: list[Line], k: int, step: int, after: list[Line] | None = None) -> list[Line]:
    """The lines from `k` on (step 1) or back (step -1) at one column's left edge going down the page,
    top to bottom; at the page's foot, none above the top of the run read `after` it (the text set
    across the page above the row is not the row's)."""
    page, run = lines[k].page, [lines[k]]
    k += step
    while (0 <= k < len(lines) and lines[k].page == page
           and abs(lines[k].column_left - run[-1].column_left) < 0.5
           and (lines[k].top - run[-1].top) * step > 0
           and not (step == -1 and after and lines[k].top < after[0].top - lines[k].size)):
        run.append(lines[k])
        k += step
    return run[::step]


def _beside(run: list[Line], other: list[Line], step: int) -> bool:
    """The runs stand side by side, left to right in reading order; cells of one line each (cards cut
    under their titles' first line) may share their column's edge, set apart by their x alone."""
    left, right = (other, run) if step == 1 else (run, other)
    return (left[0].column_left <= right[0].column_left and max(l.x1 for l in left) <= min(l.x0 for l in right) + 1
            and left[0].top < right[-1].bottom and right[0].top < left[-1].bottom)


def _edge(cell: list[Line]) -> float:
    """Where a cell's text starts: its leftmost line's x (not its column's edge, which a page with no
    column beside the cell's may put further left)."""
    return min(line.x0 for line in cell)


def _goes_on(cell: list[Line], first: Line) -> bool:
    """`first` goes on from the cell's last line: no new item or cell, and the cell breaks off
    mid-sentence (also inside a bracket it left open: "(Regulation 22 HSCA 2008 (Regulated Activities)")
    or `first` opens lower case or with its citation ("(Regulation 12)"); or `first` is its next sub-item.
    Text goes on in its own type: a cell ending in type larger than `first`'s (a heading cut at the page's
    foot, "We found breaches of" | "regulations. The provider" over the next page's "must:") does not go on
    in the smaller type under it."""
    if cell[-1].size > first.size and not same_type(cell[-1], first):
        return False
    text = first.text.lstrip()
    words = " ".join(line.text for line in cell)
    broken = not _finished(cell) or words.count("(") > words.count(")")
    if figure_goes_on(cell[-1].text, text):  # "aged 16-" / "18. (Regulation …)": the figure's rest, no list number
        return _at_its_lines(cell, first)
    return (not _opens(first) and (broken or text[:1] == "(" or text[:1].islower()) and _at_its_lines(cell, first)) \
        or _sub_item_goes_on(cell, first)


def _at_its_lines(cell: list[Line], first: Line) -> bool:
    """`first` starts where a line of the cell starts (its edge, or a bulleted line's words): a cell's
    text goes on at its own indents; a heading alone at a column's foot (a service's name over items
    flowing into the next column) does not go on in the item text indented under the next page's bullets."""
    return any(abs(first.x0 - x) <= PLACE_EM * first.size for line in cell for x in (line.x0, line.text_x0))


def _sub_item_goes_on(cell: list[Line], first: Line) -> bool:
    """`first` is the cell's next sub-item: the cell breaks off after a sub-item ending with a semicolon
    (or its lead-in's colon), and `first`'s bullet stands where the cell's sub-items' bullets stand,
    indented from its items'; or, the cell's last item ending with its lead-in's colon before any
    sub-item, `first` is its first: a bullet of another kind than the items', indented from theirs, or
    of their kind set right of where their words start (a sub-list under the item's text)."""
    size, text = first.size, collapse_ws(first.text)
    if not (bullet_marker(text) and cell[-1].text.rstrip().endswith((";", ":"))):
        return False
    if any(bullet_marker(collapse_ws(line.text)) and abs(line.x0 - first.x0) <= LEVEL_EM * size
           and line.x0 > _edge(cell) + LEVEL_EM * size for line in cell):
        return True
    items = [line for line in cell if bullet_marker(collapse_ws(line.text))]
    return (cell[-1].text.rstrip().endswith(":") and bool(items) and first.x0 > max(line.x0 for line in items) + LEVEL_EM * size
            and (not any(same_kind(text, collapse_ws(line.text)) for line in items)
                 or first.x0 > max(line.text_x0 for line in items)))


def _breaks_from(after: Line, top: Line) -> bool:
    """`after`, the line read after a cell's foot, is not where the cell goes on, `top` (the next page's
    line at the cell's edge, which goes on from it) is: `after` opens an item or a cell, or opens
    with a capital where `top` opens lower case, with a number or with a bracket the sentence goes on in
    ("Act 2008" / "(Regulated Activities)", "regulation" / "9 (Person-centred care)"; a card's paragraph
    or its title beside, read after the cell), or opens the next page lower than `top` (a new paragraph
    under a cell going on at the page's top), or is plain text where `top` is the cell's next sub-item
    (`_sub_item_goes_on`)."""
    head = top.text.lstrip()[:1]
    return (_opens(after) or (after.text.lstrip()[:1].isupper() and (head.islower() or head.isdigit() or head == "("))
            or after.page == top.page and after.top - top.top > LEVEL_EM * top.size
            or bool(bullet_marker(collapse_ws(top.text))) and not bullet_marker(collapse_ws(after.text)))


def _opens(line: Line) -> bool:
    """A bullet, a lead-in ("The provider should:", opening with a capital: not a sentence's rest ending
    in a colon, "72 hours, including that:") or a bold heading (a card's title): the start of an item
    or a cell, not the rest of one."""
    text = collapse_ws(line.text)
    return bool(bullet_marker(text)) or text.endswith(":") and text[:1].isupper() or line.bold
