"""A record's field labels ("Action ref:", "Core service:", "Action required:") in a column of their own.

A tracker's or form's export sets each record as a column of labels, each ending in a colon, with
its value beside it on the same baseline, the value perhaps wrapping on under it. Read column by
column, all the labels would come first and the values after, and a value would lose the label
that says what it is. A reader takes such a record field by field: each label, then the lines of
its value down to the next label. Told by the labels themselves (short, holding a colon, every one
level with a line of the column beside it), whatever their widths or the type's size.
"""

from ..models.document import Line
from .text import LABEL_WORDS

# A label and its value's first line share a baseline: their tops within this share of an em
# (a bold label's box may stand a little higher than its plain value's).
LEVEL_EM = 0.3
# So few labels could be a table's cells that happen to end in a colon.
MIN_FIELDS = 3


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
    """Each field label followed by its value's lines."""
    return by_row([[label] for label in labels], [label.top - LEVEL_EM * label.size for label in labels], values)
