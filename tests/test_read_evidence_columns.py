"""A table printing what inspectors found beside each action ("Ref" | "What we found" | "Action
the trust must take"), the evidence on the action's own rows: the evidence was read as the must
list's items, each a statement. evidence_columns.py leaves the plain lines under a list's table's
other header cells out of the walk, so only the column its heading names is read as the list.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

ROWS = [("M1", "Initial assessment of patients arriving by ambulance was not always completed within 15 minutes; "
               "audits showed 61% compliance in March 2019.",
         "The trust must ensure that all patients arriving in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival."),
        ("M2", "Resuscitation trolleys in the children's area had gaps in daily check records on 9 of 30 days.",
         "The trust must ensure that emergency equipment is checked in line with trust policy."),
        ("M3", "Controlled drugs on Heron ward were not stored in line with the trust's policy.",
         "The trust must make sure that medicines, including controlled drugs, are stored securely.")]


def _table(path: Path, size: float) -> None:
    """A landscape page: the list's heading, a header row of three cells, a service's row across
    the table, then each row's ref, evidence (a little smaller) and action on one top line."""
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
    y -= 2.4 * em
    page.drawString(ref, y, "Urgent and emergency care")
    for number, evidence, act in ROWS:
        y -= 2.2 * em
        page.setFont("DejaVu-Bold", em)
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
    assert [(kind, text) for kind, _, text in _findings(path)] == [("must", act) for _, _, act in ROWS]
