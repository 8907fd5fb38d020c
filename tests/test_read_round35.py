"""Reading round thirty-five (issue 10), the batch CU as a development set; its page is built here
with reportlab's canvas, line by line, at several type sizes:

- a should list set as a table under its heading in body-sized bold, the table's type larger than
  the body: a bold header row ("Ward" | "Action"), then each row's ward cell beside its statement.
  The table is read by column, so the header row's second cell comes after the first column's
  first ward cell; it is still one header row over the list's first row, and the ward cells beside
  the statements are the rows' groups (before, "Ward" and each ward cell were taken for headings,
  being larger than the body: the list closed and none of its statements was found there);
- the table's last row broken by the page: its ward cell at the page's foot, its statement at the
  next page's top under the header row printed again there: the ward cell is that row's group and
  the list goes on (before, the cell was a paragraph after the items and ended the list).

The test fails without locate.py's header row found among the lines read after its first cell
(`_header_row_under_list`, its cells read past later) and a label cell beside a statement's
opening (`_label_cell`); the second without a label before its statement under the header row
read again (`_group_label`, `_under_header_row`).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts, _wrapped  # noqa: E402

BODY = ["We rated the acute wards as requires improvement because the wards were clean and well",
        "maintained, although some furnishings were worn. Staff completed environmental checks",
        "daily. Patients had access to a range of psychological therapies and occupational therapy."]
ROWS = [("Aire ward", "The trust should ensure that patients’ care plans are personalised and show the views of "
         "the patient."),
        ("All wards", "The trust should ensure that staff receive regular supervision and that supervision is "
         "recorded."),
        ("Fern ward", "The trust should ensure that emergency grab bags are checked weekly and that oxygen "
         "cylinders are in date.")]


def _table_page(path: Path, size: float, split: bool = False) -> Path:
    """Body text, the list's heading in bold body type, then the table in type 1.35 times the body;
    `split`: the last row's ward cell at the foot of the page, its statement on the next under the
    header row again."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    big, top = 1.35 * size, 60.0

    def draw(text: str, x: float, font: str, at: float, points: float) -> None:
        page.setFont(font, points)
        page.drawString(x, A4[1] - at - points, text)

    for text in BODY:
        draw(text, 57.0, "DejaVu", top, size)
        top += 1.3 * size
    top += size
    draw("Action the provider SHOULD take to improve", 57.0, "DejaVu-Bold", top, size)
    top += 2 * size
    label_x, item_x = 62.0, 62.0 + 7.8 * big

    def header() -> float:
        draw("Ward", label_x, "DejaVu-Bold", top, big)
        draw("Action", item_x, "DejaVu-Bold", top, big)
        return top + 1.6 * big

    top = header()
    for n, (label, statement) in enumerate(ROWS):
        if split and n == len(ROWS) - 1:
            draw(label, label_x, "DejaVu", A4[1] - 60.0 - big, big)  # at the page's foot
            page.showPage()
            top = 60.0
            top = header()
        else:
            draw(label, label_x, "DejaVu", top, big)
        for line in _wrapped(statement, A4[0] - 57.0 - item_x, A4[0] - 57.0 - item_x, big):
            draw(line, item_x, "DejaVu", top, big)
            top += 1.25 * big
        top += 0.4 * big
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [9.0, 10.0, 11.0])
def test_a_table_s_larger_header_row_and_label_cells_close_no_list(tmp_path, size):
    assert _findings(_table_page(tmp_path / "report.pdf", size)) == [
        ("should", None, statement) for _, statement in ROWS]


@pytest.mark.parametrize("size", [9.0, 10.0, 11.0])
def test_a_table_row_broken_by_the_page_keeps_its_label_and_the_list_going(tmp_path, size):
    assert _findings(_table_page(tmp_path / "report.pdf", size, split=True)) == [
        ("should", None, statement) for _, statement in ROWS]
