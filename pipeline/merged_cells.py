"""A table's label cell merged over several rows ("Surgery" beside rows 1-4) prints its name once,
centred down the cell, so it is read level with a middle row, after the rows above it: its service
would go to the rows after it only. The cell is known by its rules: its bottom edge is a rule that
runs across the label column into the rows' text (the rows' own rules stop at their column), its
top the rule above (or, with none, the line above it in its column: the table's header cell). The
label is read before the first row it spans, as a reader takes a merged cell; so is a label set at
its cell's top but read with the labels above it, before their rows."""

from ..models.document import Line

from .gutters import SENTENCE_END
from .rules import RULE_SLACK_EM, Rule
from .text import is_list_marker

# A row is set above the label when its top is higher by more than this many ems.
ABOVE_EM = 0.3
# A cell's foot reaches this many ems into the rows' text (and lies this near the rule over the label).
REACH_EM = 0.5
# A label cell holds a name, no sentence, wrapped on at most this many lines.
MAX_LABEL_WORDS = 6
MAX_LABEL_LINES = 3
# A label cell's lines follow one another within this many ems (top to top): a line further down its
# column is no part of its name.
NAME_LEADING_EM = 1.6
# A cell's rule closes its rows: the lowest line of text in it ends at most this many ems (of its largest
# type) above the rule, a cell's padding.
CLOSED_EM = 1.5
# A label set larger than every row beside it by more than this share is a heading, not a cell.
HEADING_SIZE = 1.2


def merged_labels_first(lines: list[Line], rules: list[Rule]) -> list[Line]:
    """The lines in reading order, each merged label cell moved before the first row it spans:
    up, past rows it spans set above it, or down, past rows of the cells above it (a column of
    labels read whole before the rows beside them, which tight leading leaves without the gaps
    that part their cells)."""
    out = list(lines)
    moved: list[Line] = []
    for label in lines:
        if any(label is line for line in moved):
            continue  # a name's wrapped line, moved with its cell's first line
        cell, rows = spanned_cell(label, out, rules)
        if not rows:  # most lines are no label cell: the page's lines are not scanned for them
            continue
        first = next(n for n, line in enumerate(out) if any(line is row for row in rows))
        at = index_of(out, label)
        if first < at and any(row.top < label.top - ABOVE_EM * label.size for row in rows) or \
                first > at and _passes_rows_below_cell_above(label, out[at + 1:first], out, rules):
            out = _moved(out, cell, first, rows)
            moved += cell
    return out


def _moved(lines: list[Line], cell: list[Line], before: int, rows: list[Line]) -> list[Line]:
    """The lines with the cell's lines, in order, right before the line now at `before` (a name
    wrapped in its cell is read whole, its lines together), set level with the first row the cell
    spans: a cell centred down its rows labels each of them from the top, a "MUST" cell printed
    beside the rule between two rows as much the first's as the second's."""
    at = lines[before]
    kept = [line for line in lines if all(line is not own for own in cell)]
    n = index_of(kept, at) if any(at is line for line in kept) else len(kept)
    drop = min(0.0, min(row.top for row in rows) - cell[0].top)
    raised = [line.model_copy(update={"top": line.top + drop, "bottom": line.bottom + drop}) for line in cell]
    return kept[:n] + raised + kept[n:]


def _passes_rows_below_cell_above(label: Line, passed: list[Line], lines: list[Line], rules: list[Rule]) -> bool:
    """The lines read between the label and its first row right of it are rows of the cell above,
    which the label would take: level with or below the line above it in its column (itself a
    label's), over this one's top and the foot of that line's cell, some of them below that line (not
    a header row's cells, level with the header's own label, nor a row going on from the page before
    under the header; not a column of text beside the label's, running from higher up)."""
    above = max((line for line in lines if line.page == label.page and line.top < label.top - ABOVE_EM * label.size
                 and line.x0 < label.x1 and line.x1 > label.x0), key=lambda line: line.top, default=None)
    rows = [line for line in passed if line.x0 > label.x1]
    slack = ABOVE_EM * label.size
    if above is None or not names(above):
        return False
    foot = min((r.y for r in rules if r.x0 <= label.x0 and r.x1 >= label.x1 and r.y >= above.bottom - RULE_SLACK_EM * label.size),
               default=label.top)  # the foot of the cell above: the rows it spans end there
    return any(above.top + slack < line.top for line in rows) and all(
        above.top - slack <= line.top and line.bottom <= min(label.top, foot) + slack for line in rows)


def index_of(lines: list[Line], line: Line) -> int:
    """Where this very line stands in the list (lines compare equal by value; reordering needs the object)."""
    return next(n for n, other in enumerate(lines) if other is line)


def spanned_cell(label: Line, lines: list[Line], rules: list[Rule]) -> tuple[list[Line], list[Line]]:
    """The label's cell (its lines, top down) and the lines right of it inside the cell's height:
    from the nearest rule over the label's text above it (or the line above it in its column, if
    nearer) to the nearest one under it, which must reach on
    into the rows' text (one rule, or box edges side by side at its height). Nothing when the
    label is no such cell."""
    if not names(label):
        return [], []
    slack = RULE_SLACK_EM * label.size  # a font's box may reach over its cell's rule (tight leading)
    over = [r for r in rules if r.x0 <= label.x0 and r.x1 >= label.x1]
    feet = [r.y for r in over if r.y >= label.bottom - slack]
    if not feet:  # no rule under it (most lines): the lines above are not looked through
        return [], []
    tops = [r.y for r in over if r.y <= label.top + slack] + [
        line.bottom for line in lines if line.page == label.page and line.bottom <= label.top
        and line.x0 < label.x1 and line.x1 > label.x0]
    if not (feet and tops):
        return [], []
    top, foot = max(tops) - slack, min(feet) + slack
    cell = [line for line in lines if line.page == label.page and line.x0 < label.x1 and line.x1 > label.x0
            and top <= line.top and line.bottom <= foot]
    if len(cell) > MAX_LABEL_LINES or any(not names(line) for line in cell):
        return [], []  # a column of sentences between the rules (a boxed list), no label cell
    rows = [line for line in lines if line.page == label.page and line.x0 > max(own.x1 for own in cell)
            and top <= line.top and line.bottom <= foot]
    if rows and label.size > HEADING_SIZE * max(row.size for row in rows):
        return [], []  # a heading over its own underline, larger than the text beside it, is no label cell
    if rows and _goes_on_from_above(min(rows, key=lambda line: line.top), lines):
        return [], []  # the cell above's row runs on past its label: the label opens its own row, level with it
    tops = sorted(line.top for line in cell)
    if any(b - a > NAME_LEADING_EM * label.size for a, b in zip(tops, tops[1:])):
        return [], []  # a line further down its column than its name wraps (a heading under the table, over its own
        # underline): the rule is no foot of the label's cell, which ended above that line
    if rows and foot - slack - max(line.bottom for line in rows + cell) > CLOSED_EM * max(line.size for line in rows + cell):
        return [], []  # the text beside the label ends well above the rule (a page's footer rule under a list): no cell's foot
    reach = REACH_EM * label.size
    across = any(abs(r.y - foot) <= reach and r.x1 >= row.x0 + reach for r in rules for row in rows)
    return (sorted(cell, key=lambda line: line.top), rows) if across else ([], [])


def _goes_on_from_above(row: Line, lines: list[Line]) -> bool:
    """The row's line is its paragraph's next line: the line right above it in its column, in its type,
    starts where it starts, a line's leading above, and ends no sentence (a row beside the label above,
    its text wrapped down past that label's cell and on beside this one). A merged cell's rows start at
    its top."""
    above = max((line for line in lines if line.page == row.page and line.top < row.top - ABOVE_EM * row.size
                 and line.x0 < row.x1 and line.x1 > row.x0), key=lambda line: line.top, default=None)
    return (above is not None and abs(above.size - row.size) < 0.05 * row.size and above.bold == row.bold
            and abs(above.x0 - row.x0) < 0.5 * row.size and row.top - above.top <= NAME_LEADING_EM * row.size
            and not above.text.rstrip().endswith(SENTENCE_END))


def names(line: Line, most: int = MAX_LABEL_WORDS) -> bool:
    """The line could be (part of) a label cell's name: a few words (`most` at most), no sentence's
    end, and words at that: a list's number hung left of its item ("2") names nothing."""
    text = line.text.strip()
    return (len(text.split()) <= most and not text.endswith((".", ":"))
            and any(c.isalpha() for c in text) and not is_list_marker(text))
