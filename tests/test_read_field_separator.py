"""A board paper's running head, a line of facts whose fields are parted by middle dots, each dot centred
in a wide space between two fields ("Kestrel Bay NHS Trust  ·  Trust Board (Public)  ·  4 September
2025"), over a must list that goes on from one page to the next (made here with reportlab at two type
sizes). Each dot was read as a bullet opening an item set beside the words before it, so the head's
fields were read as statements of the open list. A middle dot about as far from the words before it as
from its text after it parts two fields of one line (read.py's `_field_separator`)."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

HEADING = "Action the trust MUST take to improve"
ITEMS = ["The trust must ensure that fetal monitoring is reviewed hourly and each review is documented.",
         "The trust must ensure that emergency equipment in the birth centre is checked daily.",
         "The trust must ensure that staffing levels meet the needs of women on the labour ward."]
FIELDS = ("Kestrel Bay NHS Trust", "Trust Board (Public)", "4 September 2025", "Item 11")


def _paper(path, size: float, space_ems: float) -> None:
    sheet = _Sheet(path, 842.0, 595.0)
    for page, items in enumerate((ITEMS[:2], ITEMS[2:])):
        if page:
            sheet.next_page()
        x = 24.0
        for n, field in enumerate(FIELDS):
            if n:
                x = sheet.put("\u00b7", x + space_ems * size, 1.5 * size, size) + space_ems * size
            x = sheet.put(field, x, 1.5 * size, size)
        top = 5 * size
        if not page:
            sheet.put(HEADING, 24.0, top, 1.2 * size, "Helvetica-Bold")
            top += 2.4 * size
        for item in items:
            top = sheet.bullet_item(item, 24.0, top, size, 80 * size, 1.3 * size) + 0.8 * size
    sheet.save()


@pytest.mark.parametrize("size", [7.0, 10.0])
@pytest.mark.parametrize("space_ems", [0.6, 0.9])
def test_a_running_heads_middle_dots_open_no_items(tmp_path, size, space_ems):
    path = tmp_path / "paper.pdf"
    _paper(path, size, space_ems)
    assert [(f.kind, f.section, f.text) for f in read_findings(path)] == [("must", HEADING, item) for item in ITEMS]
