"""A table printing what inspectors found beside the action for it ("Ref" | "What we found" |
"Action the trust must take"): the action cell's heading names a must/should list, the cells
left of it on the header row name none. Their column holds evidence set as sentences, on the
action's own rows ("Initial assessment of patients … was not always completed"), and read as
the list's items they were taken for statements. Only the column headed by the list is the
list's: the plain lines under the other cells, left of it, are left out of the walk (bold lines
stay: a service's row across the table, a row label). A header row naming two lists (must
beside should) is no such table: each of its columns is a list's. A column of short labels
under a plain cell (a ward, a location) is kept: it names the row, it is no evidence.
"""

from ..models.document import Line

from . import structure_patterns as sp

# Cells of one header row are level within this many ems.
LEVEL_EM = 0.3
# A column holds sentences when one of its lines has at least this many words (a label fewer).
SENTENCE_WORDS = 5


def without_evidence_columns(lines: list[Line]) -> list[Line]:
    """The lines, less the plain lines under a list's table's other header cells; the table's
    other lines then read in its rows (the evidence column had carried a row's label along)."""
    dropped: set[int] = set()
    tables = []
    for head in lines:
        if head.bold and sp.opener_kind(head.text):
            evidence, table = _evidence_under(head, lines)
            dropped |= evidence
            tables.append((head.size, table))
    if not dropped:
        return lines
    kept = [line for line in lines if id(line) not in dropped]
    for size, table in tables:
        kept = _in_rows([line for line in table if id(line) not in dropped], kept, size)
    return kept


def _in_rows(table: list[Line], lines: list[Line], size: float) -> list[Line]:
    """`lines` with the table's lines, in the slots they hold, put in the order of its rows
    (lines level within LEVEL_EM of a row's first, left to right)."""
    rows: list[list[Line]] = []
    for line in sorted(table, key=lambda l: l.top):
        if rows and line.top - rows[-1][0].top < LEVEL_EM * size:
            rows[-1].append(line)
        else:
            rows.append([line])
    ordered = iter([line for row in rows for line in sorted(row, key=lambda l: l.x0)])
    members = {id(line) for line in table}
    return [next(ordered) if id(line) in members else line for line in lines]


def _evidence_under(head: Line, lines: list[Line]) -> tuple[set[int], list[Line]]:
    """Plain lines below the header row, left of the list's cell (`head`) and no further left
    than the row's plain cells, down to the first line reaching across into the list's column
    or naming a list; with the table's lines (from its left edge) down to there."""
    row = [c for c in lines if c is not head and c.page == head.page and abs(c.top - head.top) < LEVEL_EM * head.size]
    if any(sp.opener_kind(c.text) for c in row):
        return set(), []
    cells = [c for c in row if c.bold and c.x1 < head.x0]
    if not cells:
        return set(), []
    left = min(c.x0 for c in cells) - head.size
    under, table = [], []
    for line in sorted((l for l in lines if l.page == head.page and l.top > head.bottom), key=lambda l: l.top):
        if line.x0 < head.x0 - head.size < line.x1 or (line.bold and sp.opener_kind(line.text)):
            break
        if line.x0 >= left:
            table.append(line)
        if not line.bold and line.x0 >= left and line.x1 < head.x0:
            under.append(line)
    if not any(len(line.text.split()) >= SENTENCE_WORDS for line in under):
        return set(), []
    return {id(line) for line in under}, table
