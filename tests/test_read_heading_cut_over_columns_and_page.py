"""A must list's heading in a two-column page, cut twice: "We found breaches of" at the left column's foot,
"regulations. The provider" at the right column's foot, "must:" at the next page's top; the list's items
in body type under it, set flush (no hanging indent), the left column's last item's citation at the right column's top ("(Regulation
12(2)(a))"), then a new item. Drawn here with reportlab's canvas at 8, 10 and 13 pt, every place in the
type's terms (the heading 1.45 times the body).

Before, the heading's two pieces at the page's foot were taken for a row's cells going on at the next
page's top (the right one broken off mid-sentence, the right column there opening with a bracket), so
"regulations. The provider" was read after the next page's left column: the heading was never joined,
no list opened, and the right column's new item was lost. Fails without split_rows.py's `_goes_on`
reading a cell's text as going on in its own type only (a heading's larger type does not go on in the
body type under it).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

BODY = [
    "Staff told us they should have more time to complete training, but shifts were often too busy.",
    "Governance processes were in place but did not always identify risks in a timely way.",
]
LEFT = [  # the next page's left column: the heading's end, then items (each line as set)
    ["– Ensure that the environment in the", "community teams is safe and suitable."],
    ["– Ensure that infection prevention and", "control procedures are followed and", "monitored through regular audits."],
]
CITATION = "(Regulation 12(2)(a))"
RIGHT = [["– Ensure that at least 90% of medical", "staff complete safeguarding children", "level 3 training."]]


def _report(path, size: float) -> None:
    width, height = A4
    head, lead, margin = 1.45 * size, 1.4 * size, 4 * size
    gutter = 2 * size
    column = (width - 2 * margin - gutter) / 2
    right = margin + column + gutter
    canvas = Canvas(str(path), pagesize=A4)
    canvas.setFont("Helvetica-Bold", 2 * size)
    canvas.drawString(margin, height - margin - 2 * size, "Surgery")
    y = height - margin - 5 * size
    canvas.setFont("Helvetica", size)
    for sentence in BODY * 2:
        canvas.drawString(margin, y, sentence)
        y -= 1.8 * lead
    canvas.setFont("Helvetica-Bold", 1.4 * head)
    foot = margin + 2 * size
    canvas.drawString(margin, foot + 2.5 * head, "Areas for improvement")
    canvas.setFont("Helvetica-Bold", head)
    canvas.drawString(margin, foot, "We found breaches of")
    canvas.drawString(right, foot, "regulations. The provider")
    canvas.showPage()
    top = height - margin - head
    canvas.setFont("Helvetica-Bold", head)
    canvas.drawString(margin, top, "must:")
    canvas.setFont("Helvetica", size)
    y = top - 2 * lead
    for item in LEFT:
        for n, text in enumerate(item):
            canvas.drawString(margin, y, text)
            y -= lead
        y -= 0.5 * lead
    y = top
    canvas.drawString(right, y, CITATION)
    y -= 1.5 * lead
    for item in RIGHT:
        for n, text in enumerate(item):
            canvas.drawString(right, y, text)
            y -= lead
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_a_heading_cut_at_two_columns_feet_and_a_page_break_opens_its_list(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [
        ("must", "Ensure that the environment in the community teams is safe and suitable."),
        ("must", "Ensure that infection prevention and control procedures are followed and monitored through "
                 "regular audits. (Regulation 12(2)(a))"),
        ("must", "Ensure that at least 90% of medical staff complete safeguarding children level 3 training."),
    ]
