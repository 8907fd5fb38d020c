"""A two-column table whose label column ("Core service": "Surgery", "Outpatients") holds a few
short cells beside the long cells of its action column may be read column by column: every
label first, then every action. A label is known by the item beside it on its row, so each
label is put back right before the first line of its row. Told from the place and the words:
a run of lines at one left edge, each a name (a capital first, no sentence's or clause's end: not
the foot of a column of running text), followed on its page by a column set well right of
them that goes back up, at least twice as many lines, with a line level with every label.
"""

from ..models.document import Line

from .text import HEADING_CONNECTOR, ROW_EM, TERMINAL, bullet_marker, lines_from, opens_lower

# A label cell stops at least this many ems short of the action column (no gutter's width).
CELL_GAP_EM = 2.0
# The action column holds at least this many times as many lines as the labels beside it.
LINES_PER_LABEL = 2
# Sizes within this share of each other are one type.
SAME_SIZE = 0.03
# A cell's name wraps to a line less than this many ems under its last.
WRAP_EM = 0.8


def labels_beside_rows(lines: list[Line]) -> list[Line]:
    """The lines in reading order, a label column read before its action column interleaved
    with it, each label right before the line level with it."""
    out: list[Line] = []
    n = 0
    while n < len(lines):
        labels = _names_at_one_edge(lines, n)
        actions = _column_right_of(lines, n + len(labels), labels) if labels else []
        rows = _rows(labels, actions) if labels else None
        if rows is None:
            out.append(lines[n])
            n += 1
            continue
        for action in actions:
            out.extend(rows.get(id(action), []))
            out.append(action)
        n += len(labels) + len(actions)
    return out


def _names_at_one_edge(lines: list[Line], n: int) -> list[Line]:
    """The run at one edge from `n` when it may be a label column (two lines or more, each a
    name), else none. Asked from every line: running text is turned away by its first line,
    before the run is measured (measured from each line of a column, runs cost its length squared)."""
    if not _name_look(lines[n]) or _list_goes_on_above(lines, n):
        return []
    run = _run_at_one_edge(lines, n)
    return run if len(run) >= 2 and all(map(_name_look, run)) else []


def _list_goes_on_above(lines: list[Line], n: int) -> bool:
    """The line read before `n` is a name in its type at its edge, right above it at the pitch the
    run from `n` keeps: the run is the tail of a longer list of names (a web page's navigation, its
    last entries level with a table's lines by chance), not a label column starting there."""
    if n == 0 or n + 1 >= len(lines):
        return False
    above, line, below = lines[n - 1], lines[n], lines[n + 1]
    slack = ROW_EM * line.size
    return (above.page == line.page == below.page and _name_look(above) and above.bold == line.bold
            and abs(above.size - line.size) <= SAME_SIZE * line.size
            and abs(above.x0 - line.x0) <= slack and abs(below.x0 - line.x0) <= slack
            and abs((line.top - above.top) - (below.top - line.top)) <= slack and line.top > above.top)


def _run_at_one_edge(lines: list[Line], n: int) -> list[Line]:
    """The lines from `n` on, on one page, each further down and starting where the first does."""
    run = [lines[n]]
    for line in lines_from(lines, n + 1):
        if line.page != run[0].page or line.top <= run[-1].top or abs(line.x0 - run[0].x0) > ROW_EM * line.size:
            break
        run.append(line)
    return run


def _column_right_of(lines: list[Line], n: int, labels: list[Line]) -> list[Line]:
    """The lines from `n` on, on the labels' page, each wholly right of every label, the first
    at or above the first label's row (the reading order went back up), each further down."""
    right = max(l.x1 for l in labels)
    column: list[Line] = []
    for line in lines_from(lines, n):
        if line.page != labels[0].page or line.x0 <= right or (column and line.top <= column[-1].top):
            break
        column.append(line)
    if column and column[0].top > labels[0].top + ROW_EM * column[0].size:
        return []
    return column


def _rows(labels: list[Line], actions: list[Line]) -> dict[int, list[Line]] | None:
    """Each label keyed by the action line it shares a row with, or None when the names are
    no label column (too few action lines beside them, set a gutter's width from them, or a
    label with no line level with it)."""
    if len(actions) < LINES_PER_LABEL * len(labels):
        return None
    if min(a.x0 for a in actions) - max(l.x1 for l in labels) < CELL_GAP_EM * labels[0].size:
        return None
    rows: dict[int, list[Line]] = {}
    cells = _cells(labels, actions)
    heads = 0  # the table's header row over both columns, read again on a page it goes on to
    while heads < len(cells) - 1 and _header_cells(cells[heads][0], _level(cells[heads][0], actions)):
        heads += 1
    rows[id(actions[0])] = [line for cell in cells[:heads] for line in cell]
    for cell in cells[heads:]:
        level = _level(cell[0], actions)
        if level is None or _header_cells(cell[0], level):
            return None
        rows.setdefault(id(_item_opening(level, actions)), []).extend(cell)
    return rows


def _item_opening(level: Line, actions: list[Line]) -> Line:
    """The line opening the item a label is level with. A label centred on its row (fpdf2's or a
    web page's vertical-align: middle) may be level with a line inside an item ("ensure that
    patient safety" / "alerts, including …"): put back there, it would cut the item in two."""
    n = next(k for k, a in enumerate(actions) if a is level)
    if not opens_lower(level.text) or n == 0 or actions[n - 1].text.rstrip().endswith(TERMINAL):
        return level
    while n > 0 and not bullet_marker(actions[n].text.strip()) and not actions[n - 1].text.rstrip().endswith(TERMINAL):
        n -= 1
    opens = bool(bullet_marker(actions[n].text.strip())) or n > 0
    return actions[n] if opens else level  # no item's opening found: lines, not items


def _level(label: Line, actions: list[Line]) -> Line | None:
    """The action line on the label's row."""
    return next((a for a in actions if abs(a.top - label.top) <= ROW_EM * min(a.size, label.size)), None)


def _header_cells(label: Line, level: Line | None) -> bool:
    """The label and the line level with it are both set in bold in one size: two cells of a
    header row side by side ("ACTION THE SERVICE MUST" | "ACTION THE SERVICE SHOULD", each
    wrapped), each read whole over its column, not a label put back before its row's item. Over
    label cells ("Core service" | "Action the hospital MUST take", then "Outpatients" beside an
    item) the header row stays where it is, before the actions."""
    return level is not None and label.bold and level.bold and abs(label.size - level.size) <= SAME_SIZE * max(label.size, level.size)


def _cells(labels: list[Line], actions: list[Line]) -> list[list[Line]]:
    """The labels as cells: a line after one ending in a connector ("Heron ward and" / "Willow
    ward") goes on the same label, so it is put back with it, not inside its row's item; so does a
    line right under the label's last, in its type, level with no item's opening in the action
    column ("DIAGNOSTIC" / "IMAGING" beside an item's second line): a cell's name wrapped, no row."""
    cells: list[list[Line]] = []
    for label in labels:
        if cells and (HEADING_CONNECTOR.search(cells[-1][-1].text.strip()) or _wraps(cells[-1][-1], label, actions)):
            cells[-1].append(label)
        else:
            cells.append([label])
    return cells


def _wraps(above: Line, label: Line, actions: list[Line]) -> bool:
    """`label` is the next line of the cell `above` ends: in its type, less than a line's gap under it,
    and the action line level with it (if any) goes on an item opened above it."""
    if label.bold != above.bold or abs(label.size - above.size) > SAME_SIZE * above.size \
            or label.top - above.bottom >= WRAP_EM * label.size:
        return False
    level = _level(label, actions)
    return level is None or _item_opening(level, actions) is not level


def _name_look(line: Line) -> bool:
    """A capital first and no sentence's or clause's end: a cell's name, not running text."""
    text = line.text.strip()
    return text[:1].isupper() and not text.endswith(TERMINAL + (",",))
