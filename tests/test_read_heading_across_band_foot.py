"""A must list in two columns whose second item is cut at the left column's foot and goes on at the right
column's top; under both columns the should list's heading, set across them in large capitals ("ACTION THE
SERVICE" under the left column, "SHOULD TAKE TO" / "IMPROVE" under the right), its items on the next page.
Drawn here with reportlab's canvas at 8, 10.8 and 13 pt, every place in the type's terms.

Before, the heading's first part was read as the left column's last line, between the cut item and its
rest: band_headings.py moves such a heading after the next column's lines only when they all end above
it, and took the heading's own part under the right column for that column's text, so the item was cut
at "that at" and its rest read as no statement. Fails without band_headings.py's `_rest_above` ending the
next column's text at a line styled as a heading over it. Once read in order, the heading's three lines
("ACTION THE SERVICE", then "SHOULD TAKE TO" / "IMPROVE" at the next column) were not joined (a heading of
three lines had its second line stacked under its first, never at the next column's top), so the should
items went to the must list; fails without text.py's `_three_line_heading` taking that place too.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

LEFT = [["(a) The service must make sure that", "consent and mental capacity", "assessments are recorded in",
         "patients' notes. (Regulation 18(2)(a))"],
        ["(b) The service must ensure that at"]]
RIGHT = ["least 90% of medical staff complete", "safeguarding children level 3", "training. (Regulation 12(2)(g))"]
SHOULD = ["(a) The service should review the discharge arrangements.",
          "(b) The service should improve the cleaning schedules."]


def _report(path, size: float) -> None:
    width, height = A4
    margin, lead, head = 5 * size, 1.4 * size, 1.65 * size
    gutter = 2.5 * size
    column = (width - 2 * margin - gutter) / 2
    right = margin + column + gutter
    hang = 2.2 * size
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 2 * size)
    canvas.drawString(margin, height - margin - 2 * size, "Outpatients")
    canvas.setFont("Helvetica", size)
    y = height - margin - 5 * size
    for text in ["Staff told us they should have more time to complete training.",
                 "Leaders agreed that the service must improve its waiting times."]:
        canvas.drawString(margin, y, text)
        y -= 1.8 * lead
    canvas.setFont("Helvetica", head)
    top = y - 2 * lead
    canvas.drawString(margin, top, "ACTION THE SERVICE MUST TAKE TO IMPROVE")
    canvas.setFont("Helvetica", size)
    y = top - 2 * lead
    for item in LEFT:
        for n, text in enumerate(item):
            canvas.drawString(margin + (0 if n == 0 else hang), y, text)
            y -= lead
        y -= 0.4 * lead
    foot = y - 0.6 * lead
    y = top - 2 * lead
    for text in RIGHT:
        canvas.drawString(right + hang, y, text)
        y -= lead
    canvas.setFont("Helvetica", head)
    canvas.drawString(margin, foot, "ACTION THE SERVICE")
    canvas.drawString(right, foot + 0.4 * head, "SHOULD TAKE TO")
    canvas.drawString(right, foot + 0.4 * head - 1.3 * head, "IMPROVE")
    canvas.showPage()
    canvas.setFont("Helvetica", size)
    y = height - margin - 2 * size
    for text in SHOULD:
        canvas.drawString(margin, y, text)
        y -= 1.5 * lead
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", [8.0, 10.8, 13.0])
def test_a_heading_across_a_band_s_foot_leaves_the_cut_item_whole(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [
        ("must", "The service must make sure that consent and mental capacity assessments are recorded in "
                 "patients' notes. (Regulation 18(2)(a))"),
        ("must", "The service must ensure that at least 90% of medical staff complete safeguarding children level 3 "
                 "training. (Regulation 12(2)(g))"),
        ("should", "The service should review the discharge arrangements."),
        ("should", "The service should improve the cleaning schedules."),
    ]
