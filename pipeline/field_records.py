"""Records of fields (a tracker's export): each record's statement, its kind and service from its own fields.

read.py (`field_labels.py`) reads a record's label column by row, each label run in to its value:
"Action ref: DPH-M01", "Core service: Surgery", "Action type: MUST", "Action required: The trust
must …", "Progress note: … staff should …". A record is a run of such field lines, values set in one
column, with the lines its values wrap on to there. Its statement is the one field whose value
opens as a statement does ("The trust must …"); its kind a field saying only "MUST" or "SHOULD",
else the list heading over it; its service a field naming a core service. Its other fields (a lead,
a due date, a progress note saying "should" in passing) are no statement and no part of one.
Records follow one another, each opening with the label the first one opens with; fields at a
page's top before the next record's first label finish the record cut by the page break (its
label printed again, "Action required: (cont.)", goes on the field's value).
"""

import re

from ..models.document import Line
from ..models.structure import Context, ListItem
from . import structure_patterns as sp
from .regex_programs import compiled
from .text import bullet_marker, collapse_ws, kind_word

# "Label: value": a label of a few words, a bracketed note after its colon ("(cont.)") no part of the value.
FIELD = compiled(r"^(?P<label>[^:]{1,40}?):\s*(?:\((?P<note>[^)]*)\)\s*)?(?P<value>.*)$")
# A value starts this many ems right of its label at least (a line's own "Tel: 01632 …" does not).
VALUE_APART_EM = 1.0
# A value's wrapped line starts where the value does, within this many ems.
VALUE_EDGE_EM = 0.4
# So few fields could be a paragraph's lines that happen to hold colons; one record, a form's.
MIN_FIELDS, MIN_RECORDS = 3, 2


def field_records(lines: list[Line]) -> tuple[list[ListItem], list[Line]]:
    """The records' statements as list items, and the lines left (every record's lines taken)."""
    runs = _runs(lines)
    opener = next((run[0][0] for run in runs if len(run) >= MIN_FIELDS and not run[0][1]), None)
    records = _records(runs, opener)
    if len(records) < MIN_RECORDS:
        return [], lines
    items = [item for record in records if (item := _item(record, lines)) is not None]
    if not items:
        return [], lines
    taken = {id(line) for record in records for _, _, field in record for line in field}
    return items, [line for line in lines if id(line) not in taken]


def _field(line: Line) -> re.Match | None:
    """The line's label and value, when its value is set apart from its label in a column of values
    (a list item's bullet sets its text apart too: "— Medicines: The provider must …" is no field)."""
    match = FIELD.match(line.text)
    if not match or line.text_x0 - line.x0 < VALUE_APART_EM * line.size or bullet_marker(line.text):
        return None
    return match


def _runs(lines: list[Line]) -> list[list[tuple[str, str, list[Line]]]]:
    """Runs of field lines with their values in one column, each field as (label, note, its lines)."""
    runs: list[list[tuple[str, str, list[Line]]]] = []
    column = None
    for line in lines:
        match = _field(line)
        slack = VALUE_EDGE_EM * line.size
        if match:
            if column is None or abs(line.text_x0 - column) > slack:
                runs.append([])
            column = line.text_x0
            runs[-1].append((match.group("label").strip(), match.group("note") or "", [line]))
        elif column is not None and abs(line.x0 - column) <= slack and line.page == runs[-1][-1][2][-1].page:
            runs[-1][-1][2].append(line)  # the value wraps on
        else:
            column = None
    return runs


def _records(runs: list[list[tuple]], opener: str | None) -> list[list[tuple]]:
    """The runs' fields cut into records, each opening with `opener`; fields before a run's first
    opener (a page's top) finish the record before when the records have their labels."""
    records: list[list[tuple]] = []
    labels: set[str] = set()  # the first record's
    for run in runs:
        for field in run:
            if field[0] == opener:
                records.append([])
            elif len(records) == 1:
                labels.add(field[0])
            elif not records or field[0] not in labels:
                break
            records[-1].append(field)
    return [record for record in records if len(record) >= MIN_FIELDS]


def _item(record: list[tuple], lines: list[Line]) -> ListItem | None:
    """The record's statement as an item: the first field whose value opens as a statement, with
    the field printed again after a page break going on it; None when no field opens so."""
    values = [(label, _value(field)) for label, _, field in record]
    at = next((k for k, (_, value) in enumerate(values) if sp.OPENING.match(collapse_ws(value[0].text))), None)
    if at is None:
        return None
    label = values[at][0]
    statement = values[at][1] + [line for k, (other, value) in enumerate(values)
                                 if k > at and other == label and record[k][1] for line in value]
    kinds = [kind for _, value in values if len(value) == 1 and (kind := kind_word(value[0].text))]
    services = [name for _, value in values if len(value) == 1 and (name := sp.service_name(value[0].text))]
    heading = _heading_over(record[0][2][0], lines)
    kind = kinds[0] if kinds else (sp.opener_kind(heading) if heading else None) or "either"
    return ListItem(kind=kind, context=Context(section=heading, service=services[0] if services else None),
                    lines=statement)


def _value(field: list[Line]) -> list[Line]:
    """The field's value lines: its first line from where its value starts, then its wrapped lines."""
    first = field[0]
    value = FIELD.match(first.text).group("value")
    return [first.model_copy(update={"text": value, "x0": first.text_x0, "run_in": ""})] + field[1:]


def _heading_over(first: Line, lines: list[Line]) -> str:
    """The must/should list heading last printed before the record (its section), or ""."""
    at = next(k for k, line in enumerate(lines) if line is first)
    return next((line.text for line in reversed(lines[:at]) if sp.opener_kind(line.text)), "")

