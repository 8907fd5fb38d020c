"""A table printing what inspectors found beside the action for it ("Ref" | "What we found" |
"Action required" | "Trust lead"): its evidence is set as sentences on the action's own rows
("Patients waited in the corridor …"), and read as the list's items it was taken for statements.

Only the list's column is the list's. It is the header cell naming a list ("Action the trust
must take"; a cell's wrapped lines joined: "We found breaches of regulations. The provider" /
"must:"; its copies read again over its column's later rows are the cell, its wrapped lines no
header row of their own), every such cell where a row names two lists; where none does, under
a list's heading ("Action the trust MUST take to improve" over "… | Action required | …"), the
one column saying the heading's kind ("The trust must …") on most lines. The plain lines of the other columns,
where a run of them between the list's holds sentences, are left out of the walk; bold lines
stay (a service's row across the table), and so does a column of short labels (a core service,
a ward, a lead): it names its row. The table's other lines are then read in its rows, each
opened by a line set left of the list's column (a label, a row across the table): the evidence
column had carried a row's label ahead of the action beside it.
"""

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..models.document import Line

from . import structure_patterns as sp
from .gutters import SAME_TYPE, SENTENCE_END
from .text import collapse_ws

# Cells of one header row are level within this many ems.
LEVEL_EM = 0.3
# A header cell's wrapped line starts at most this many ems (top to top) under its line above.
WRAP_EM = 1.8
# A run of columns holds sentences when one of its lines has at least this many words (a label fewer).
SENTENCE_WORDS = 5
# With no heading over it, a table ends at type this much larger than its header cells.
LARGER = 1.15


@dataclass
class _Table:
    cells: list[list[Line]]  # the header cells left to right, each its lines (wrapped ones under the first)
    head: set[int] = field(default_factory=set)  # the header row's lines, those read again at a cell's place too
    lines: list[Line] = field(default_factory=list)  # its lines from the header row down, by top
    lists: list[int] = field(default_factory=list)  # the list's columns
    limit: float = 0.0  # type this large or larger is a heading, ending the table

    @property
    def em(self) -> float:
        return self.cells[0][0].size

    def column(self, line: Line) -> int | None:
        """The column the line starts in, by the header cells' left edges; None left of the table."""
        starts = [n for n, cell in enumerate(self.cells) if cell[0].x0 - self.em <= line.x0]
        return starts[-1] if starts else None


def without_evidence_columns(lines: list[Line]) -> list[Line]:
    """The lines, less the plain lines of a list's table's evidence columns, the table's other
    lines in the order of its rows."""
    pages: dict[int, list[Line]] = {}
    for line in lines:
        pages.setdefault(line.page, []).append(line)
    dropped: set[int] = set()
    tables: list[_Table] = []
    for number, page in pages.items():
        for table in _tables(page):
            on, at = table, number
            while on is not None and (evidence := _evidence(on)):  # the table, then where it goes on
                dropped |= evidence
                tables.append(on)
                on, at = _continued(on, pages[at], pages.get(at + 1, [])), at + 1
    if not dropped:
        return lines
    kept = [line for line in lines if id(line) not in dropped]
    for table in tables:
        kept = _in_rows(table, [line for line in table.lines if id(line) not in dropped], kept)
    return kept


def _tables(page: list[Line]) -> Iterator[_Table]:
    """The page's tables whose header row is a list's (see `_list_columns`)."""
    seen: set[int] = set()
    for line in page:
        if not line.bold or id(line) in seen:
            continue
        table = _header_row(line, page)
        if len(table.cells) < 2:
            continue
        seen |= table.head
        above = _line_above(table, page)
        table.limit = above.size * (1 - SAME_TYPE) if above and above.size > table.em else table.em * LARGER
        table.lines = _lines_under(table, page, min(cell[0].top for cell in table.cells) - LEVEL_EM * table.em)
        table.lists = _list_columns(table, above)
        if table.lists and _in_its_type(table):
            table.lines = _above_paragraph(table)
            yield table


def _in_its_type(table: _Table) -> bool:
    """The header cells are set in one type, no larger than the list's lines: a table's header
    row, not headings level across a page's columns (a heading is larger than its text)."""
    sizes = [cell[0].size for cell in table.cells]
    body = [line.size for line in table.lines if not line.bold and table.column(line) in table.lists]
    return bool(body) and max(sizes) <= min(sizes) * (1 + SAME_TYPE) and max(sizes) <= max(body) * (1 + SAME_TYPE)


def _header_row(line: Line, page: list[Line]) -> _Table:
    """The bold lines level with `line`, left to right, each with its wrapped lines: a header
    row's cells; none where two overlap (one line, not cells side by side). A cell read again
    over its column's later rows (read.py: a copy at its place, its lines joined) is the cell's
    first printing's: one cell, its copies lines of the header row, not of the table's body."""
    row: dict[int, list[Line]] = {}
    for c in page:
        if c.bold and abs(c.top - line.top) < LEVEL_EM * line.size:
            row.setdefault(round(c.x0), []).append(c)
    firsts = [row[x][0] for x in sorted(row)]
    if any(b.x0 <= a.x1 for a, b in zip(firsts, firsts[1:])):
        return _Table([])
    rights = [b.x0 for b in firsts[1:]] + [float("inf")]
    cells = [_wrapped(first, right, page) for first, right in zip(firsts, rights)]
    copies = {id(c) for x in row for c in row[x][1:]}
    return _Table(cells, copies | {id(c) for cell in cells for c in cell})


def _wrapped(first: Line, right: float, page: list[Line]) -> list[Line]:
    """A header cell's lines: `first`, then each bold line right under the last, set inside the
    cell (left of the next cell, `right`)."""
    cell = [first]
    for line in sorted((l for l in page if l.top > first.top), key=lambda l: l.top):
        last = cell[-1]
        if line.top - last.top > WRAP_EM * last.size:
            break
        if line.bold and abs(line.x0 - first.x0) < first.size and line.x1 < right and line.top - last.top >= LEVEL_EM * last.size:
            cell.append(line)
    return cell


def _text(cell: list[Line]) -> str:
    return collapse_ws(" ".join(line.text for line in cell))


def _line_above(table: _Table, page: list[Line]) -> Line | None:
    """The line right above the header row: the list's heading, where the table has one."""
    top = min(cell[0].top for cell in table.cells)
    above = [line for line in page if line.bottom <= top]
    return max(above, key=lambda line: line.bottom, default=None)


def _lines_under(table: _Table, page: list[Line], top: float) -> list[Line]:
    """The lines from `top` down (the header row and the lines under it), by top, to a heading: a
    list's or the end's, or one in its heading's type or larger (`table.limit`); or to another table's
    header row (bold cells level with one another, not under this table's: boxes in pairs down a
    poster, each pair's tags over its boxes, are no one table)."""
    lines = []
    for line in sorted((l for l in page if l.top >= top), key=lambda l: l.top):
        if id(line) not in table.head and (line.size >= table.limit or sp.opener_kind(line.text)
                                           or sp.is_end_heading(line.text) or _other_header_row(table, line, page)):
            break
        lines.append(line)
    return lines


def _other_header_row(table: _Table, line: Line, page: list[Line]) -> bool:
    """`line` is a cell of a row of bold cells whose left edges are not this table's columns'."""
    if not line.bold:
        return False
    row = _header_row(line, page)
    return len(row.cells) >= 2 and not all(any(abs(cell[0].x0 - head[0].x0) < table.em for head in table.cells)
                                           for cell in row.cells)


def _continued(table: _Table, page: list[Line], after: list[Line]) -> _Table | None:
    """The table going on at the top of the next page (`after`), its header row not printed again:
    where the table's lines run to the foot of its `page`, the next page's lines down to a heading,
    read in the same columns, up to a paragraph across them."""
    if not table.lines or not after or max(line.top for line in page) > table.lines[-1].top:
        return None
    going_on = _Table(table.cells, lists=table.lists, limit=table.limit)
    going_on.lines = _lines_under(going_on, after, min(line.top for line in after))
    going_on.lines = _above_paragraph(going_on)
    return going_on


def _above_paragraph(table: _Table) -> list[Line]:
    """The table's lines down to a plain line reaching across the left edge of a list's column
    (the first of columns a list spans): a paragraph under the table."""
    edges = [table.cells[n][0].x0 - table.em for n in table.lists if n - 1 not in table.lists]
    for n, line in enumerate(table.lines):
        if not line.bold and any(line.x0 < edge < line.x1 for edge in edges):
            return table.lines[:n]
    return table.lines


def _list_columns(table: _Table, above: Line | None) -> list[int]:
    """The columns whose header cell names a list; else, under a list's heading, the one
    column whose lines say the heading's kind most often, over twice as often as any other, with the cells to its right that most
    of those lines run across (a "Ref" cell's number and its action printed as one line)."""
    named = [n for n, cell in enumerate(table.cells) if sp.opener_kind(_text(cell))]
    if named:
        return named
    kind = sp.opener_kind(above.text) if above is not None and above.bold else None
    if kind not in ("must", "should"):
        return []
    for word in _saying(kind, above.text):
        says = [table.column(line) for line in table.lines if not line.bold and word.search(line.text)]
        counts = sorted(((says.count(n), n) for n in set(says) if n is not None), reverse=True)
        if counts and (len(counts) == 1 or 2 * counts[1][0] < counts[0][0]):
            break
    else:
        return []  # two columns saying it alike: one list set in columns, not a list beside its evidence
    first = counts[0][1]
    saying = [line for line in table.lines if not line.bold and word.search(line.text) and table.column(line) == first]
    return [first, *(n for n in range(first + 1, len(table.cells))
                     if 2 * sum(line.x1 > table.cells[n][0].x0 + table.em for line in saying) > len(saying))]


def _saying(kind: str, heading: str) -> list[re.Pattern]:
    """What a list's line says, asked in turn until one column says it most: the heading's kind; then,
    where the heading names who it is said of ("Areas where the provider must make improvements"), the
    kind said of them ("The provider must …"). A column beside the list retelling each point in plain
    words ("We must check …", "A doctor must look …") says the kind as often, but not of the heading's subject."""
    said = [re.compile(rf"\b{kind}\b", re.IGNORECASE)]
    subject = re.search(rf"\bthe ([\w’'\- ]{{2,30}}?) {kind}\b", heading, re.IGNORECASE)
    if subject:
        said.append(re.compile(rf"\bthe {re.escape(collapse_ws(subject.group(1)))} {kind}\b", re.IGNORECASE))
    return said


def _evidence(table: _Table) -> set[int]:
    """The plain lines of each run of columns between the list's, where the run holds sentences
    (a line of SENTENCE_WORDS words or more, a line ending one)."""
    evidence: set[int] = set()
    bounds = [-1, *table.lists, len(table.cells)]
    for start, end in zip(bounds, bounds[1:]):
        right = table.cells[end][0].x0 - table.em / 2 if end < len(table.cells) else float("inf")
        run = [line for line in table.lines if not line.bold and line.x1 < right
               and (column := table.column(line)) is not None and start < column < end]
        if any(len(line.text.split()) >= SENTENCE_WORDS for line in run) \
                and any(line.text.rstrip().endswith(SENTENCE_END) for line in run):
            evidence |= {id(line) for line in run}
    return evidence


def _in_rows(table: _Table, kept: list[Line], lines: list[Line]) -> list[Line]:
    """`lines` with the table's `kept` lines, in the slots they hold, read row by row: a row
    opens at each line starting left of the list's first column (the header row, a label, a row
    across the table), and its lines keep their order."""
    left = table.cells[table.lists[0]][0].x0 - table.em
    opens = sorted({line.top for line in kept if line.x0 < left})

    def row(line: Line) -> int:
        return sum(1 for top in opens if top <= line.top + LEVEL_EM * table.em)

    members = {id(line) for line in kept}
    ordered = iter(sorted((line for line in lines if id(line) in members), key=row))
    return [next(ordered) if id(line) in members else line for line in lines]
