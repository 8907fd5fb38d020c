"""A table printing what inspectors found beside each action ("Ref" | "What we found" | "Action
the trust must take"), the evidence on the action's own rows: the evidence was read as the must
list's items, each a statement. evidence_columns.py leaves the plain lines under a list's table's
other header cells out of the walk, so only the column its heading names is read as the list,
and reads the rest of the table in its rows: the evidence column had carried the next service's
row ahead of the action beside it, which then took that service.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

ROWS = [("Urgent and emergency care", "M1", "Initial assessment of patients arriving by ambulance was not always completed within 15 minutes; "
               "audits showed 61% compliance in March 2019.",
         "The trust must ensure that all patients arriving in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival."),
        ("Urgent and emergency care", "M2", "Resuscitation trolleys had gaps in daily checks.",
         "The trust must ensure that emergency equipment, including resuscitation trolleys, is checked in line "
         "with trust policy and that checks are recorded."),
        ("Medical care", "M3", "Controlled drugs on Heron ward were not stored in line with the trust's policy.",
         "The trust must make sure that medicines, including controlled drugs, are stored securely.")]


def _table(path: Path, size: float) -> None:
    """A landscape page: the list's heading, a header row of three cells, then each row's ref,
    evidence (a little smaller) and action on one top line, under a service's row across the
    table where the service changes, close under a row whose evidence is shorter than its action."""
    _fonts()
    page = Canvas(str(path), pagesize=landscape(A4))
    width, height = landscape(A4)
    em = size
    ref, found, action = 3.6 * em, 8.4 * em, width * 0.47
    y = height - 5 * em
    page.setFont("DejaVu-Bold", 1.5 * em)
    page.drawString(ref, y, "Action the trust MUST take to improve")
    y -= 3 * em
    page.setFont("DejaVu-Bold", em)
    for x, text in ((ref, "Ref"), (found, "What we found"), (action, "Action the trust must take")):
        page.drawString(x, y, text)
    y -= 1.5 * em
    service = None
    for named, number, evidence, act in ROWS:
        page.setFont("DejaVu-Bold", em)
        if named != service:
            y -= 0.9 * em
            page.drawString(ref, y, named)
            service = named
        y -= 2.2 * em
        page.setFont("DejaVu", 0.95 * em)
        page.drawString(ref, y, number)
        left = simpleSplit(evidence, "DejaVu", 0.95 * em, action - found - 2 * em)
        right = simpleSplit(act, "DejaVu", em, width - action - 3 * em)
        page.setFont("DejaVu", 0.95 * em)
        for k, text in enumerate(left):
            page.drawString(found, y - 1.35 * em * k, text)
        page.setFont("DejaVu", em)
        for k, text in enumerate(right):
            page.drawString(action, y - 1.3 * em * k, text)
        y -= 1.35 * em * max(len(left), len(right))
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_column_of_what_was_found_beside_the_actions_is_no_statement(tmp_path, size):
    path = tmp_path / "table.pdf"
    _table(path, size)
    assert _findings(path) == [("must", service, act) for service, _, _, act in ROWS]


MUSTS = ["Ensure that the well-led framework is embedded, with clear lines of accountability for quality.",
         "Make sure that consent and mental capacity assessments are recorded in patients' notes."]
SHOULDS = ["Review how it supports staff wellbeing after serious incidents, so that patients receive safe care.",
           "Consider how birth partners can be supported to stay overnight on the postnatal ward."]


def _two_lists(path: Path, size: float) -> None:
    """A portrait page: a header row "Core service | the trust must: | the trust should:", then
    one service's row, its label in the first column and each list's bulleted items under its cell."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    width, height = A4
    em = size
    label, must, should = 4 * em, 13 * em, width / 2 + 3 * em
    y = height - 5 * em
    page.setFont("DejaVu-Bold", em)
    for x, text in ((label, "Core service"), (must, "Importantly, the trust must:"), (should, "In addition the trust should:")):
        page.drawString(x, y, text)
    y -= 2.4 * em
    page.setFont("DejaVu", em)
    page.drawString(label, y, "Surgery")
    for x, items in ((must, MUSTS), (should, SHOULDS)):
        row = y
        for item in items:
            for k, text in enumerate(simpleSplit(item, "DejaVu", em, should - must - 4 * em)):
                page.drawString(x, row, "• " + text if k == 0 else text)
                row -= 1.4 * em
            row -= 0.6 * em
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_header_row_naming_two_lists_keeps_both_columns(tmp_path, size):
    path = tmp_path / "two.pdf"
    _two_lists(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == ([("must", m) for m in MUSTS]
                                                                   + [("should", s) for s in SHOULDS])
