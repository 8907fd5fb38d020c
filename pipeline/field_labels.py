"""A record's field labels ("Action ref:", "Core service:", "Action required:") in a column of their own.

A tracker's or form's export sets each record as a column of labels, each ending in a colon, with
its value beside it on the same baseline, the value perhaps wrapping on under it. Read column by
column, all the labels would come first and the values after, and a value would lose the label
that says what it is. A reader takes such a record field by field: each label, then the lines of
its value down to the next label, each label run in to its value's first line ("Core service:
Surgery" as printed). Told by the labels themselves (short, holding a colon, every one level with a
line of the column beside it), whatever their widths or the type's size.
"""

from ..models.document import Line
from .text import LABEL_WORDS

# A label and its value's first line share a baseline: their tops within this share of an em
# (a bold label's box may stand a little higher than its plain value's).
LEVEL_EM = 0.3
# One label could be a heading's colon beside a paragraph; two are a record's (or a record's last
# fields at a page's top, its first on the page before).
MIN_FIELDS = 2


def field_labels(columns: list[list[Line]]) -> bool:
    """Two columns, the left one a record's field labels, each level with a line of the right one."""
    if len(columns) != 2 or len(columns[0]) < MIN_FIELDS:
        return False
    labels, values = columns
    return all(_is_label(line.text) and any(abs(line.top - value.top) < LEVEL_EM * line.size for value in values)
               for line in labels)


def _is_label(text: str) -> bool:
    """A field's name: a few words holding a colon, nothing after it but a bracketed note ("(cont.)")."""
    name, colon, after = text.rpartition(":")
    after = after.strip()
    return bool(colon and name.strip()) and len(name.split()) <= LABEL_WORDS and (
        not after or after.startswith("(") and after.endswith(")"))


def by_row(labels: list[list[Line]], tops: list[float], cells: list[Line]) -> list[Line]:
    """The rows in reading order: the cells' lines above the first row (going on from the page before),
    then each label cell and the lines of the other column from its row's top (`tops`) to the next's."""
    bounds = list(tops) + [float("inf")]
    ordered = [line for line in cells if line.top < bounds[0]]
    for cell, top, next_top in zip(labels, bounds, bounds[1:]):
        ordered += cell + [line for line in cells if top <= line.top < next_top]
    return ordered


def by_field(labels: list[Line], values: list[Line]) -> list[Line]:
    """Each field label run in to its value's first line ("Core service: Surgery"; the line's `text_x0`
    where the value starts, its `run_in` the label when bold over plain type, as read.py sets a bold
    label run in to its text), then the value's next lines (field_records.py reads the records)."""
    tops = [label.top - LEVEL_EM * label.size for label in labels]
    ordered = by_row([[label] for label in labels], tops, values)
    out: list[Line] = []
    for line in ordered:
        if out and out[-1] in labels and abs(line.top - out[-1].top) < LEVEL_EM * line.size and line not in labels:
            out[-1] = _run_in(out[-1], line)
        else:
            out.append(line)
    return out


def _run_in(label: Line, value: Line) -> Line:
    """The label and its value's first line as one line."""
    return value.model_copy(update={
        "text": f"{label.text} {value.text}", "x0": label.x0, "column_left": label.column_left,
        "top": min(label.top, value.top), "bottom": max(label.bottom, value.bottom),
        "bold": label.bold and value.bold, "run_in": label.text if label.bold and not value.bold else ""})
