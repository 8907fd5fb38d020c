"""A plan set as a Gantt chart (made here with reportlab at two type sizes): each row a reference and the
action wrapped in a narrow column, the lead's initials level with its first line, a bar's label in small
bold type at the row's middle across the months. Read by rows, the action's next lines came after the
lead ("… reviewed hourly using HoM a structured …") or were lost after it, and the lead closed the list.
A reader reads the action's cell whole (wrapped_cells.py), then the row's other cells, which end no list
(locate's `_cell_beside_lines`). A running head of fields parted by middle dots over the chart ("X NHS
Trust · Trust Board (Public) · 4 September 2025") is one line of facts, its dots no bullets of items."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_outside_tables import _findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

HEADING = "Action the trust MUST take to improve"
ROWS = [("M01", "The trust must ensure that fetal monitoring is reviewed hourly using a structured approach and that "
                "each review is documented. (Regulation 12(2)(a))", "HoM", "Audit"),
        ("M02", "The trust must ensure that emergency equipment in the birth centre is checked and ready for use. "
                "(Regulation 15(1)(e))", "DoM", "Checks"),
        ("M03", "The trust must ensure that staffing levels meet the needs of women on the labour ward at all "
                "times. (Regulation 18(1))", "DDoN", "Recruit")]


def _chart(path, size: float, head: bool) -> None:
    """The chart's first two rows on one page, its last on the next (a running head over each)."""
    sheet = _Sheet(path, 842.0, 595.0)
    measure, lead_x, months_x = 40 * size, 24.0 + 46 * size, 24.0 + 52 * size
    for page, rows in enumerate((ROWS[:2], ROWS[2:])):
        if page:
            sheet.next_page()
        if head:  # each field set on its own, a middle dot centred in the space between two fields
            x = 24.0
            for n, field in enumerate(("Kestrel Bay NHS Trust", "Trust Board (Public)", "4 September 2025", "Item 11")):
                if n:
                    x = sheet.put("\u00b7", x + 0.6 * size, 1.5 * size, size) + 0.6 * size
                x = sheet.put(field, x, 1.5 * size, size)
        top = 4 * size
        if not page:
            sheet.put(HEADING, 24.0, top, 1.2 * size, "Helvetica-Bold")
            top += 2.4 * size
        for n, (ref, text, lead, bar) in enumerate(rows):
            sheet.put(ref, 24.0, top, size)
            lines = simpleSplit(text, "Helvetica", size, measure)
            for k, words in enumerate(lines):
                sheet.put(words, 24.0 + 4 * size, top + 1.25 * k * size, size)
            sheet.put(lead, lead_x, top, size)
            sheet.put(bar, months_x + 6 * n * size, top + 0.7 * size, 0.85 * size, "Helvetica-Bold")
            sheet.put("Board assurance", months_x + 20 * size, top + 0.8 * size, 0.8 * size)
            top += 1.25 * len(lines) * size + 1.6 * size
    sheet.save()


@pytest.mark.parametrize("size", [7.0, 10.0])
@pytest.mark.parametrize("head", [False, True])
def test_a_wrapped_action_is_read_whole_before_its_rows_other_cells(tmp_path, size, head):
    path = tmp_path / "gantt.pdf"
    _chart(path, size, head)
    assert [(f.kind, f.section, f.text) for f in _findings(path)] == [("must", HEADING, text) for _, text, _, _ in ROWS]
