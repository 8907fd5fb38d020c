"""Lines split round an inset figure: a magazine runs one wide column of text round a round graphic in
its middle, so each line level with the graphic is broken into a piece left of it and a piece right
of it, read left piece, right piece, next line. The reader finds a gap down the rows there and reads
the pieces as two columns' lines; each row's two pieces (nothing else on the row but the figure's
words between them) are one line again.

Told from two columns by the right-hand pieces: a column's lines share a few left edges (where their
text starts, past a bullet), middles (set centred) or right edges (set flush right, as a table's
figures are), as do two or three columns' lines taken turn about, and the pieces right of a figure
mostly have edges of their own, since each starts wherever the figure's outline leaves room on its
row and ends where its words run out; and read down the left pieces alone, an item stops
mid-sentence where the next row's left piece opens the next item (a column's item never does).
Measured in ems of the type, over a run of rows (a figure's height: RUN_ROWS rows or more, split
rows each within a few ems of the last). The figure's own words set in
the gap (its caption, a glyph drawn in it) are its picture's, not the text's: furniture, as a
running header is, so they neither break a sentence nor read as a heading between its items.
"""

from ..models.document import Line
from .cover_ratings import printed_rows
from .text import TERMINAL, bullet_marker

# Rows each split in two pieces, one after another, that make a figure's height of text round it.
RUN_ROWS = 3
# Edges within this share of an em are one edge (a column's lines start, centre or end on one).
EDGE_EM = 0.1
# The share of a run's right pieces whose edges are each their own, at the least.
SCATTERED = 2 / 3
# A split row follows the last one within this many ems (top to top; a short line or a heading between).
RUN_PITCH_EM = 4.0
# A piece's left edge (where its text starts), middle and right edge.
_EDGES = (lambda line: line.text_x0, lambda line: (line.text_x0 + line.x1) / 2, lambda line: line.x1)


def lines_round_figures(lines: list[Line]) -> list[Line]:
    """`lines` (one page's, in reading order, each row read across or the pieces read as two columns)
    with each row split round an inset figure read as one line."""
    joined: dict[int, Line] = {}
    figure: set[int] = set()
    for run in _runs(list(filter(None, map(_pieces, printed_rows(lines))))):
        rights = [right for _, right in run]
        if not (all(_scattered(rights, edge) for edge in _EDGES) and _item_cut(run)):
            continue
        joined.update((id(left), right) for left, right in run)
        top, bottom = run[0][0].top, run[-1][0].bottom
        gap = (max(left.x1 for left, _ in run), min(right.x0 for right in rights))
        figure.update(id(line) for line in lines
                      if top <= line.top <= bottom and gap[0] <= line.x0 and line.x1 <= gap[1])
    if not joined:
        return lines
    rights = {id(right) for right in joined.values()}
    return [_joined(line, joined[id(line)]) if id(line) in joined else
            line.model_copy(update={"layer": "furniture"}) if id(line) in figure else line
            for line in lines if id(line) not in rights]


def _pieces(row: list[Line]) -> tuple[Line, Line] | None:
    """The row's first and last lines when they are its two pieces either side of a gap, in one type,
    only lines set in the gap in another type (a figure's words) between them."""
    left, right = row[0], row[-1]
    if left is right or left.size != right.size or left.bold != right.bold:
        return None
    return (left, right) if all(left.x1 <= line.x0 and line.x1 <= right.x0 and _other_type(line, left)
                                for line in row[1:-1]) else None


def _other_type(line: Line, text: Line) -> bool:
    """A figure's words are set in a type of their own: a middle column's line, in the text's type, is none."""
    return line.size != text.size or line.bold != text.bold


def _runs(pairs: list[tuple[Line, Line]]) -> list[list[tuple[Line, Line]]]:
    """The split rows in runs, each row within RUN_PITCH_EM of the last; runs of RUN_ROWS rows or more."""
    runs: list[list[tuple[Line, Line]]] = []
    for left, right in pairs:
        if runs and left.top - runs[-1][-1][0].top <= RUN_PITCH_EM * left.size:
            runs[-1].append((left, right))
        else:
            runs.append([(left, right)])
    return [run for run in runs if len(run) >= RUN_ROWS]


def _item_cut(run: list[tuple[Line, Line]]) -> bool:
    """A left piece ends mid-sentence and the next split row's left piece opens a new item: read down
    the left pieces alone, an item would stop mid-sentence, so its sentence goes on beside, past the figure."""
    return any(not left.text.rstrip().endswith(TERMINAL) and bullet_marker(under.text)
               for (left, _), (under, _) in zip(run, run[1:]))


def _scattered(pieces: list[Line], edge) -> bool:
    """The pieces' edges are mostly each their own (two thirds of them or more, and RUN_ROWS at the
    least, distinct within EDGE_EM): no column's edge, nor the few edges of two or three columns' (a
    folded leaflet's panels') lines taken turn about."""
    distinct: list[float] = []
    for at in sorted(edge(line) for line in pieces):
        if not distinct or at - distinct[-1] > EDGE_EM * pieces[0].size:
            distinct.append(at)
    return len(distinct) >= max(RUN_ROWS, SCATTERED * len(pieces))


def _joined(left: Line, right: Line) -> Line:
    return left.model_copy(update={"text": f"{left.text} {right.text}", "x1": right.x1,
                                   "top": min(left.top, right.top), "bottom": max(left.bottom, right.bottom)})
