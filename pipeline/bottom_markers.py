"""A table whose first cell in each row holds the row's list number may set it at the cell's foot
(a web page's vertical-align: bottom), level with the row's last line. Read by baseline, the number
opens that last line ("3 checked before each shift."), in the middle of the statement, and the
row's first lines go on the row above. Read as a reader takes it, the number is the row's marker,
joined to its first line.

Told from the geometry alone: a line opening with a number in a narrow cell left of its text, under
plain lines at its text's edge set one leading apart, the paragraph so made standing apart from
the lines above and below it (a wider step, or other type) and opening a sentence (not the tail of
an item a column's foot cut, at the next column's top, over the next item); and the list of such rows opening
under a line that is no row's number (its heading), each next row right under the number line
ending the row before. A number set at the top of its row opens its paragraph's first line, and a
list so set opens with a numbered line: where the tops of its lines stand unevenly (numbers in
larger type), a row's last line and the next row's numbered first line may look like a row whose
number is at its foot, but the list's first row says otherwise.
"""


from ..models.document import Line, Page

from .centred_markers import CELL_EM, _at_edge, _number_of
from .regex_programs import compiled

# A row's number as printed in its cell: a list number, or a bare one ("3") that opens no line of
# running text on its own (a line may start with a figure), so only set left of its row's edge.
_BARE_NUMBER = compiled(r"\(?\d{1,3}[.)]?$")
# Lines of one paragraph step down by one leading, within this share of it.
LEAD_SLACK = 0.15
# A leading is at most this many ems; a paragraph stands apart from its neighbours by a step at
# least this many ems wider than its leading.
MAX_LEAD_EM, APART_EM = 1.8, 0.3
# A number's cell leaves at least this many ems between the number's left and its row's text.
NUMBER_EM = 0.5


def bottom_numbers_joined(pages: list[Page]) -> list[Page]:
    """The pages with each number set level with its row's last line joined to the row's first."""
    return [page.model_copy(update={"lines": lines}) if (lines := _joined(page.lines)) is not None else page
            for page in pages]


def _joined(lines: list[Line]) -> list[Line] | None:
    """The lines with each such number moved to its row's first line, or None when none is."""
    rows = [row for n in range(1, len(lines)) if (row := _row(lines, n))]
    out, moved, previous = list(lines), False, None
    for first, n, number in rows:
        # A list of such rows opens under a line that is no row's number (its heading): under a
        # numbered line, the number belongs on that line's row, set at its top, in a list set solid.
        opens = previous is not None and previous[1] == first - 1 or not _numbered(lines[first - 1])
        previous = (first, n) if opens else None
        if not opens:
            continue
        line, host = lines[n], out[first]
        if _number_of(line):
            out[first] = host.model_copy(update={"text": f"{number} {host.text}", "x0": line.x0, "text_x0": host.x0})
        rest = line.text.split(None, 1)[1]
        out[n] = line.model_copy(update={"text": rest, "x0": lines[n - 1].x0, "text_x0": lines[n - 1].x0})
        moved = True
    return out if moved else None


def _numbered(line: Line) -> bool:
    """The line opens with a number (not a bullet: a bullet is set at its item's first line)."""
    words = line.text.split(None, 1)
    number = _number_of(line)
    return bool(words) and (bool(_BARE_NUMBER.match(words[0])) or number is not None and any(ch.isalnum() for ch in number))


def _row(lines: list[Line], n: int) -> tuple[int, int, str] | None:
    """(first line, number's line, number) of a row whose number line `n` opens at the row's foot."""
    line, above = lines[n], lines[n - 1]
    words = line.text.split(None, 1)
    edge = above.x0
    if len(words) < 2 or not _numbered(line) or not NUMBER_EM * line.size <= edge - line.x0 <= CELL_EM * line.size:
        return None
    lead = line.top - above.top
    if not 0 < lead <= MAX_LEAD_EM * line.size:
        return None
    first = n
    while first > 0 and _number_of(lines[first - 1]) is None and _at_edge(lines[first - 1], edge) \
            and _one_lead(lines[first - 1], lines[first], lead):
        first -= 1
    if first == n or first == 0 or lines[first].text[:1].islower() or not _apart(lines[first - 1], lines[first], lead) \
            or not _apart(line, lines[n + 1] if n + 1 < len(lines) else None, lead):
        return None  # a paragraph opening in lower case goes on a sentence a column or page break cut
    return first, n, words[0]


def _one_lead(above: Line, line: Line, lead: float) -> bool:
    return abs(line.top - above.top - lead) <= LEAD_SLACK * lead and abs(above.size - line.size) <= 0.1 * line.size


def _apart(above: Line | None, below: Line | None, lead: float) -> bool:
    """Two lines of different paragraphs: a wider step than the leading, another column, or other type."""
    if above is None or below is None:
        return True
    size = below.size
    step = below.top - above.top  # negative: the reading goes on at another column's top
    return step < 0 or step >= lead + APART_EM * size or abs(above.size - size) > 0.1 * size
