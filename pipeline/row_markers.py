"""A table whose first column holds each row's list number or reference ("1", "MD3") prints it
as a cell of its own, a cell's padding or more left of the row's text. Read apart, the cell is
no bullet: the row's sub-items set at its text's x look like items of their own, a row whose
cell the reader left behind runs into the row before, and a number low or high on a page reads
as its page number. Read as a reader takes it, the cell is its row's list number: it joins the
row's first line as that line's marker (a bare number written as one, "3."), and the line
starts where the cell does. Told from the place: a cell alone on its row's left, the row's text
right of it in the same type, no further than a narrow column's width; a bare number only when
the numbers of such rows count on one by one down the page (a lone figure beside text is too
often a table's figure).
"""


from ..models.document import Line, Page

from .centred_markers import centred_on
from .regex_programs import compiled
from .text import DASH_BULLETS, ROW_EM, is_list_marker, set_under

# The row's text starts at most this many ems right of the cell (a narrow column's width).
CELL_GAP_EM = 8.0
NUMBER = compiled(r"\d{1,2}")
# A line opening with a bare number before a capital ("6   Develop …"); a digit is at least this many
# ems wide, and a number set apart from its text leaves more than this many ems after it (a word space
# is about a quarter).
HUNG_NUMBER = compiled(r"(\d{1,2}) (?=[A-Z])")
DIGIT_EM, HUNG_GAP_EM = 0.45, 0.5
# A line opening with a list number as a joined cell writes it ("3. The provider must …").
LIST_NUMBER = compiled(r"(\d{1,2})\.\s")


def markers_joined(lines: list[Line]) -> list[Line]:
    """The page's lines in reading order, each row's number or reference cell joined to the
    row's first line."""
    beside = [n for n in range(len(lines) - 1) if _cell_beside(lines, n)]
    numbers = [n for n in beside if NUMBER.fullmatch(lines[n].text.strip())]
    values = [int(lines[n].text.strip()) for n in numbers]
    counted = {n for k, n in enumerate(numbers)
               if k > 0 and values[k - 1] == values[k] - 1 or k + 1 < len(numbers) and values[k + 1] == values[k] + 1}
    return _hung_numbers_marked(_with_cells_joined(lines, {n for n in beside if n in counted or n not in numbers}))


def _hung_numbers_marked(lines: list[Line]) -> list[Line]:
    """Each line opening with a bare number set apart from its text (a cell's width or a tab, more
    than a word space: "6   Develop a system …"), its row's next line set at that text's x: the
    number is the row's list number, its text hung after it (a diagram's numbered cell beside its
    item's cell), written as one ("6. Develop …")."""
    return [_numbered(line, lines[n + 1]) if n + 1 < len(lines) and _hangs_after_number(line, lines[n + 1]) else line
            for n, line in enumerate(lines)]


def _hangs_after_number(line: Line, after: Line) -> bool:
    """`line` opens with a bare number and a capital, no marker of its own; `after`, its next line at
    its leading in its type, starts right of the number by more than the number and a word space, and
    no further than a narrow column's width: at the first line's text, past the number's cell."""
    match = HUNG_NUMBER.match(line.text)
    if not match or line.text_x0 != line.x0 or after.page != line.page or abs(after.size - line.size) >= 0.1 * line.size:
        return False
    digits, size = len(match.group(1)), line.size
    return (not is_list_marker((after.text.split() or [""])[0]) and set_under(line, after, 0.8 * size)
            and DIGIT_EM * digits * size + HUNG_GAP_EM * size <= after.x0 - line.x0 <= CELL_GAP_EM * size
            and after.x0 < line.x1)


def _numbered(line: Line, after: Line) -> Line:
    number, text = line.text.split(maxsplit=1)
    return line.model_copy(update={"text": f"{number}. {text}", "text_x0": after.x0})


def counted_over_pages(pages: list[Page]) -> list[Page]:
    """Each page with a bare number cell its own rows did not count on from (the one row of a
    numbered table on its page) joined to its row's first line when it counts on from the last
    list number of the page before, or on to the first of the page after (a table broken over
    pages numbers its rows on through the break)."""
    numbers = [[int(m.group(1)) for line in page.lines if (m := LIST_NUMBER.match(line.text))] for page in pages]
    out = []
    for k, page in enumerate(pages):
        last = numbers[k - 1][-1:] if k else []
        first = numbers[k + 1][:1] if k + 1 < len(pages) else []
        counts_on = {n + 1 for n in last} | {n - 1 for n in first}
        lines = page.lines
        joined = {n for n in range(len(lines) - 1) if NUMBER.fullmatch(lines[n].text.strip())
                  and int(lines[n].text) in counts_on and _cell_beside(lines, n)
                  and _inside_text(lines[n], lines)}
        out.append(page.model_copy(update={"lines": _with_cells_joined(lines, joined)}) if joined else page)
    return out


def _inside_text(cell: Line, lines: list[Line]) -> bool:
    """The page has text above the cell's row and below it: a page number tops or foots its page."""
    return (any(line.bottom < cell.top for line in lines)
            and any(line.top > cell.bottom + ROW_EM * cell.size for line in lines))


def _with_cells_joined(lines: list[Line], joined: set[int]) -> list[Line]:
    """The lines, each cell at an index in `joined` joined to the line after it."""
    out: list[Line] = []
    for n, line in enumerate(lines):
        if n - 1 in joined:
            continue
        out.append(_joined(line, lines[n + 1]) if n in joined else line)
    return out


def _cell_beside(lines: list[Line], n: int) -> bool:
    """`lines[n]` holds only a list marker or a whole number (a dash alone is a table's "none"), and
    the line read next is its row's first text line, no marker of its own, level with the cell or
    with the cell set at the middle of the row's lines (a cell centred in its row)."""
    cell, line = lines[n], lines[n + 1]
    text, size = cell.text.strip(), cell.size
    marker = len(text.split()) == 1 and is_list_marker(text) and text not in DASH_BULLETS or bool(NUMBER.fullmatch(text))
    return (marker and not is_list_marker((line.text.split() or [""])[0])
            and line.page == cell.page and abs(line.size - size) < 0.1 * size
            and (abs(line.top - cell.top) < ROW_EM * size or _centred(cell, _row_lines(lines[n + 1:])))
            and 0 < line.x0 - cell.x1 <= CELL_GAP_EM * size and line.text_x0 == line.x0)


def _row_lines(lines: list[Line]) -> list[Line]:
    """The first line and those under it at its x and leading: the text of one table row."""
    row = lines[:1]
    for line in lines[1:]:
        last = row[-1]
        if line.page != last.page or abs(line.x0 - last.x0) > ROW_EM * last.size \
                or not set_under(last, line, 0.8 * last.size):
            break
        row.append(line)
    return row


def _centred(cell: Line, row: list[Line]) -> bool:
    """The cell is centred beside the row's lines (more than one of them)."""
    return len(row) > 1 and centred_on((cell.top + cell.bottom) / 2, cell.size, row[0], row[-1])


def _joined(cell: Line, line: Line) -> Line:
    marker = cell.text.strip()
    return line.model_copy(update={
        "text": f"{marker}{'.' if marker.isdigit() else ''} {line.text}", "x0": cell.x0,
        "top": min(cell.top, line.top), "bottom": max(cell.bottom, line.bottom), "column_left": cell.column_left})
