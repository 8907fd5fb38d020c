"""Round read155: small reports made here with reportlab at two type sizes (all geometry in ems of the
type): an action tracker whose rows hold a reference, the core service, the statement (set a little
lower than the row's other cells), its lead, due date and status."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from test_read_outside_tables import _findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

TRACKED = [("Community health services for adults",
            "The trust must ensure that district nurses review pressure ulcer risk assessments at every visit. "
            "(Regulation 12(2)(a))", "Deputy Chief Nurse", "Amber"),
           ("Community health services for adults",
            "The trust must ensure that there are enough qualified staff in the community nursing teams to meet "
            "patients' needs. (Regulation 18(1))", "Director of Workforce", "Red"),
           ("Community health inpatient services",
            "The trust must ensure that emergency equipment on the wards is checked and out-of-date items are "
            "replaced. (Regulation 15(1)(e))", "Matron", "Green"),
           ("Community end of life care",
            "The trust must ensure that resuscitation decisions and the discussions with families are recorded. "
            "(Regulation 11(1))", "Palliative Care Lead", "Red")]


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("refs", ["M{:02d}", "{}"])
@pytest.mark.parametrize("lower", [0.25, 0.5])
def test_a_tracker_row_s_cells_before_its_statement_end_the_item_above(tmp_path, size, refs, lower):
    """Ref | Service | Action | Lead | Due | Status, one ruled row a statement, the service turned a
    quarter in its cell (wrapped up it in small type) and the statement cell set `lower` ems below the
    row's other cells, so the row's reference, service, lead and due date are read before it. Each
    row's reference ends the item above (as a bullet would), so every statement is read, verbatim, with
    its own row's service; the lead, due and status cells are no part of any."""
    path = tmp_path / "tracker.pdf"
    sheet = _Sheet(path, 842.0, 595.0)
    left = 3 * size
    ref_x, service_x, action_x = left, left + 4 * size, left + 9 * size
    lead_x, due_x, status_x = action_x + 46 * size, action_x + 56 * size, action_x + 63 * size
    right = status_x + 6 * size
    top = 3 * size
    sheet.put("Action the trust MUST take to improve", left, top, 1.4 * size, "Helvetica-Bold")
    top += 3 * size
    for x, head in ((ref_x, "Ref"), (service_x, "Service"), (action_x, "Action"), (lead_x, "Lead"), (due_x, "Due"),
                    (status_x, "Status")):
        sheet.put(head, x, top, size, "Helvetica-Bold")
    top += 2 * size
    sheet.rule(left - 0.5 * size, right, top - 0.5 * size)
    for n, (service, statement, lead, status) in enumerate(TRACKED, 1):
        lines = simpleSplit(statement, "Helvetica", size, 44 * size)
        height = (len(lines) + 1.5) * 1.3 * size
        sheet.put(refs.format(n), ref_x, top, size)
        for k, words in enumerate(simpleSplit(service, "Helvetica", 0.7 * size, height - size)):
            _turned(sheet, words, service_x + (k + 1) * 0.85 * size, top + height - 0.5 * size, 0.7 * size)
        sheet.put(lead, lead_x, top, 0.9 * size)
        sheet.put("31/12/2022", due_x, top, 0.9 * size)
        sheet.put(status, status_x, top, 0.9 * size)
        for k, words in enumerate(lines):
            sheet.put(words, action_x, top + lower * size + k * 1.3 * size, size)
        top += height
        sheet.rule(left - 0.5 * size, right, top - 0.5 * size)
    sheet.save()
    assert [(f.kind, f.text, f.service) for f in _findings(path)] == [
        ("must", statement, service) for service, statement, _, _ in TRACKED]


def _turned(sheet: _Sheet, text: str, x: float, foot: float, size: float) -> None:
    """Text running up the page from its baseline's foot (`foot`: points from the page's top)."""
    sheet.canvas.saveState()
    sheet.canvas.setFont("Helvetica", size)
    sheet.canvas.translate(x, sheet.height - foot)
    sheet.canvas.rotate(90)
    sheet.canvas.drawString(0, 0, text)
    sheet.canvas.restoreState()
