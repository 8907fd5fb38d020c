"""A heading drawn as a callout: its name set in a narrow column, vertically centred on the
group of statements right of it, and joined to them by a drawn line (a tree's or a mind map's
connector). Read by rows, it comes level with a middle statement, after those above it, which
would then fall under the heading before. A reader takes it first: its lines are moved before
the first of the group's. A margin's side heading, set level with its own section's first line,
is no callout: it is not centred on the lines beside it, nor joined to them by a line. A label in
a table's ruled cell spanning several rows (merged_cells.py) heads only the rows its cell spans:
centred over an even number of rows, its middle lies on the rows' own rule, which joins it to
nothing, and the rows above and below it, in cells of their own, are no part of its group."""

from ..models.document import Line

from .merged_cells import ABOVE_EM, MAX_LABEL_LINES, index_of, names, spanned_cell
from .rules import RULE_SLACK_EM, Rule

# The label's middle lies this near (in its ems) to the middle of the group beside it.
CENTRE_EM = 1.0
# The line joining a label to its group leaves it this near (in its ems) to its middle.
JOIN_EM = 0.5
# Lines of one label follow each other at no more than this leading (in its ems).
LEADING_EM = 1.8


def callout_labels_first(lines: list[Line], rules: list[Rule]) -> list[Line]:
    """The lines in reading order, each callout heading's lines before its group's first line."""
    out = list(lines)
    if not rules:
        return out  # nothing drawn: no connector to join a label to its group
    for label in _labels(lines):
        group = _group(label, lines)
        if not group or not _centred(label, group) or not _joined(label, group, rules) or _past_its_cell(label, group, lines, rules):
            continue
        first = min(index_of(out, line) for line in group)
        if index_of(out, label[0]) < first:
            continue
        for line in label:
            out.pop(index_of(out, line))
        out[first:first] = label
    return out


def _labels(lines: list[Line]) -> list[list[Line]]:
    """Runs of a few short lines naming something (no sentence), one under another in one column."""
    runs: list[list[Line]] = []
    for line in lines:
        run = runs[-1] if runs else None
        if run and names(line) and names(run[-1]) and line.page == run[-1].page and abs(line.x0 - run[-1].x0) <= line.size \
                and 0 <= line.top - run[-1].top <= LEADING_EM * line.size:
            run.append(line)
        else:
            runs.append([line])
    return [run for run in runs if names(run[0]) and len(run) <= MAX_LABEL_LINES]


def _group(label: list[Line], lines: list[Line]) -> list[Line]:
    """The lines right of the label between the nearest lines above and below it that reach into
    its column; none unless some of them are set above the label."""
    left, right = min(line.x0 for line in label), max(line.x1 for line in label)
    top, bottom = label[0].top, label[-1].bottom
    page = [line for line in lines if line.page == label[0].page and all(line is not own for own in label)]
    across = [line for line in page if line.x0 < right and line.x1 > left]
    ceiling = max((line.bottom for line in across if line.bottom <= top), default=0.0)
    floor = min((line.top for line in across if line.top >= bottom), default=float("inf"))
    if any(line.top < bottom and line.bottom > top for line in across):
        return []  # a line level with the label reaching into its column: the label is no column's only line
    group = [line for line in page if line.x0 >= right and ceiling <= line.top and line.bottom <= floor]
    return group if any(line.top < top - ABOVE_EM * label[0].size for line in group) else []


def _past_its_cell(label: list[Line], group: list[Line], lines: list[Line], rules: list[Rule]) -> bool:
    """The label is a table's ruled cell spanning rows (merged_cells.py) and the group reaches past
    them: rows of the cells above or below, which only the lines in its column bounded."""
    rows = spanned_cell(label[0], lines, rules)[1]
    return bool(rows) and any(all(line is not row for row in rows) for line in group)


def _centred(label: list[Line], group: list[Line]) -> bool:
    middle = (label[0].top + label[-1].bottom) / 2
    around = (min(line.top for line in group) + max(line.bottom for line in group)) / 2
    return abs(middle - around) <= CENTRE_EM * label[0].size


def _joined(label: list[Line], group: list[Line], rules: list[Rule]) -> bool:
    """A drawn level line leaves the label's middle into the gap towards its group (a table's
    cell borders run level with a label's top or foot, not through its middle)."""
    slack = RULE_SLACK_EM * label[0].size
    middle = (label[0].top + label[-1].bottom) / 2
    start, end = max(line.x1 for line in label), min(line.x0 for line in group)
    return any(abs(r.y - middle) <= JOIN_EM * label[0].size and r.x0 >= start - slack and r.x0 < end for r in rules)

