"""An action plan released under FOI, made here with reportlab at two type sizes: a table Ref | Core
service | Action | Lead | Due | Status, each row's service wrapped over several lines beside its
statement, the reference cell joined to the service as the row's number (row_markers.py). The Lead
column is "redacted" by opaque black boxes drawn after the names, and one row's whole statement
cell by a black box with "Redacted" printed on it in smaller type (a box drawn see-through hides
nothing: a tint over the lead's name). A reader sees neither name nor hidden statement, so neither is read (painted_over.py);
each seen statement is read whole with its own row's service, its due date and status no part of
it; the row whose statement is hidden is a label alone, no statement. Before, the six-cell header
row was taken for its last two cells (`_column_edge` found no column for the lead), the service's
wrapped lines under its text (right of the reference) ended the list, and only the first row's
statement was read, with the row's other cells run into it."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
FORENSIC = "Forensic inpatient or secure wards"
ROWS = [(ACUTE, "The trust must ensure that observations of patients are carried out and recorded at the "
                "frequency set by the team. (Regulation 12(2)(b))", "Sanjay Okafor"),
        (ACUTE, "The trust must ensure that every episode of seclusion is reviewed by a doctor in time. "
                "(Regulation 13(4)(b))", "Ruth Penhale"),
        (FORENSIC, "The trust must ensure that staff receive regular clinical supervision and that this is "
                   "recorded. (Regulation 18(2)(a))", "Colm Avery"),
        ("Trust-wide", "The trust must ensure that its governance systems give the board clear oversight of "
                       "restrictive practice. (Regulation 17(2)(a))", "Director of Nursing")]
HIDDEN = 1  # the row whose statement cell is painted over


def _plan(path, size: float, alpha: float):
    """The table; the boxes' fill opacity `alpha` (1: opaque)."""
    sheet = _Sheet(path, 842.0, 595.0)
    c = sheet.canvas
    left = 4.4 * size
    ref_x, service_x, action_x = left, left + 4.2 * size, left + 16 * size
    lead_x, due_x, status_x = action_x + 37 * size, action_x + 47 * size, action_x + 54 * size
    top = 8 * size
    sheet.put("Action the trust MUST take to improve", left, top, 1.33 * size, "Helvetica-Bold")
    top += 2.5 * size
    for x, head in ((ref_x, "Ref"), (service_x, "Core service"), (action_x, "Action from CQC report"),
                    (lead_x, "Lead"), (due_x, "Due"), (status_x, "Progress (RAG)")):
        sheet.put(head, x, top, size, "Helvetica-Bold")
    top += 2 * size

    def box(x: float, box_top: float, width: float, height: float) -> None:
        c.setFillColorRGB(0, 0, 0, alpha)
        c.rect(x, sheet.height - box_top - height, width, height, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0, 1)

    for n, (service, statement, lead) in enumerate(ROWS):
        services = simpleSplit(service, "Helvetica", size, 11 * size)
        lines = simpleSplit(statement, "Helvetica", size, 36 * size)
        sheet.put(f"M{n + 1}", ref_x, top, size)
        for k, words in enumerate(services):
            sheet.put(words, service_x, top + k * 1.22 * size, size)
        for k, words in enumerate(lines):
            sheet.put(words, action_x, top + k * 1.22 * size, size)
        sheet.put(lead, lead_x, top, size)
        box(lead_x - 0.2 * size, top - 0.2 * size, 9 * size, 1.4 * size)
        sheet.put("Dec 2023", due_x, top, size)
        sheet.put("Amber", status_x, top, size)
        if n == HIDDEN:
            box(action_x - 0.2 * size, top - 0.2 * size, 36.4 * size, len(lines) * 1.22 * size + 0.4 * size)
        if n == HIDDEN and alpha == 1.0:
            c.setFillColorRGB(1, 1, 1)
            sheet.put("Redacted – s.41 (information provided in confidence)", action_x + 0.2 * size,
                      top + 0.6 * size, 0.9 * size, "Helvetica-Bold")
            c.setFillColorRGB(0, 0, 0)
        top += (max(len(services), len(lines)) + 1) * 1.22 * size
    sheet.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_text_painted_over_is_not_read_and_each_seen_row_is_its_statement(tmp_path, size):
    found = read_findings(_plan(tmp_path / "plan.pdf", size, 1.0))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", None if service == "Trust-wide" else service, statement)
        for n, (service, statement, _) in enumerate(ROWS) if n != HIDDEN]


def test_text_under_a_see_through_box_is_read(tmp_path):
    found = read_findings(_plan(tmp_path / "plan.pdf", 9.0, 0.3))
    assert [f.text for f in found] == [statement for _, statement, _ in ROWS]
