"""A numbered table (a narrow first column of row numbers "1", "2", "3" beside each row's text)
prints each number as a cell of its own, not as a list number ("1."): alone, the number is no
bullet, the row's sub-bullets set at its text's x look like items of their own, and a number
low or high on a page reads as its page number. Read as a reader takes it, the number is its
row's list number: it joins the row's first line as that line's marker, written as one ("3."),
and the line starts where the number does. Told from the place and the run: a whole number
alone on its row's left, the row's text a little right of it in the same type, and the numbers
of such rows counting on one by one down the page (a lone number beside text is too often a
figure in a table).
"""

import re

from ..models.document import Line

# The number and its row's text share a row if their tops are within this many ems.
ROW_EM = 0.3
# The row's text starts at most this many ems right of its number's cell (a cell's padding).
CELL_GAP_EM = 4.0
NUMBER = re.compile(r"\d{1,2}")


def numbered_rows(lines: list[Line]) -> list[Line]:
    """The page's lines in reading order, each row number joined to its row's first line."""
    found = [n for n in range(len(lines) - 1) if _number_beside(lines[n], lines[n + 1])]
    values = [int(lines[n].text.strip()) for n in found]
    counted = {n for k, n in enumerate(found)
               if k > 0 and values[k - 1] == values[k] - 1 or k + 1 < len(found) and values[k + 1] == values[k] + 1}
    out: list[Line] = []
    skip = False
    for n, line in enumerate(lines):
        if skip:
            skip = False
        elif n in counted:
            out.append(_joined(line, lines[n + 1]))
            skip = True
        else:
            out.append(line)
    return out


def _number_beside(number: Line, line: Line) -> bool:
    size = number.size
    return (bool(NUMBER.fullmatch(number.text.strip())) and line.page == number.page
            and abs(line.top - number.top) < ROW_EM * size and abs(line.size - size) < 0.1 * size
            and 0 < line.x0 - number.x1 <= CELL_GAP_EM * size and line.text_x0 == line.x0)


def _joined(number: Line, line: Line) -> Line:
    return line.model_copy(update={
        "text": f"{number.text.strip()}. {line.text}", "x0": number.x0, "top": min(number.top, line.top),
        "bottom": max(number.bottom, line.bottom), "column_left": number.column_left})
