"""A paragraph set in two columns (the left column's sentence going on at the right column's top), then
a list's heading set plain, only a little larger than the text (1.05 times: less than the ratio that
makes type a heading by size alone), at the left edge under the paragraph's left column, and the list in
the same two columns, its second item cut at the left column's foot and going on at the right column's
top (set level with the left's, or a fifth of a line lower). Drawn here with reportlab's canvas at 8, 9.5
and 12 pt, every place in the type's terms.

Before, one band of columns ran from the paragraph down through the list: the left column was read
whole (paragraph, heading, items), then the right (the paragraph's rest, then the list's), so the cut
item went on with the paragraph's last words. Fails without gutters.py's `_heading_own_type` taking the
plain line, larger than the text either side of it and over an item, for the next block's heading.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

PARAGRAPH = (["Staff were caring and compassionate and treated", "patients with dignity. Medicines were stored"],
             ["correctly, although some items had passed their", "expiry date."])
LEFT = [["■ The trust must ensure that the governance", "framework is embedded, with clear lines of",
         "accountability for quality. (Regulation 17)"],
        ["■ The service must make sure that consent and", "mental capacity assessments are recorded in"]]
RIGHT = [["patients' notes, including for agency staff."],
         ["■ The trust must ensure that follow-up", "appointments are booked within the timescales",
          "set by the clinician. (Regulation 12)"]]


def _report(path, size: float, offset: float) -> None:
    width, height = A4
    lead, gutter, hang = 1.4 * size, 2.5 * size, 1.1 * size
    canvas = Canvas(str(path), pagesize=A4)
    lines = [text for part in (PARAGRAPH, LEFT, RIGHT) for item in part for text in item]
    column = max(canvas.stringWidth(text, "Helvetica", size) for text in lines) + hang + size
    margin = (width - 2 * column - gutter) / 2
    right = margin + column + gutter
    canvas.setFont("Helvetica-Bold", 2 * size)
    canvas.drawString(margin, height - margin - 2 * size, "Surgery")
    canvas.setFont("Helvetica-Bold", 1.05 * size)
    top = height - margin - 5 * size
    canvas.drawString(margin, top, "Records")
    canvas.setFont("Helvetica", size)
    y = top - 1.5 * lead
    for text in PARAGRAPH[0]:
        canvas.drawString(margin, y, text)
        y -= lead
    for n, text in enumerate(PARAGRAPH[1]):
        canvas.drawString(right, top - n * lead, text)
    y -= 0.8 * lead
    canvas.setFont("Helvetica", 1.05 * size)
    canvas.drawString(margin, y, "Areas for improvement")
    canvas.setFont("Helvetica", size)
    first = y - lead
    for x, items, start in ((margin, LEFT, first), (right, RIGHT, first - offset * lead)):
        y = start
        for item in items:
            for n, text in enumerate(item):
                canvas.drawString(x + (0 if n == 0 or not item[0].startswith("■") else hang), y, text)
                y -= lead
            y -= 0.25 * lead
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("offset", [0.0, 0.2])
@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
def test_a_plain_heading_a_little_larger_than_the_text_ends_the_paragraph_s_columns(tmp_path, size, offset):
    path = tmp_path / "report.pdf"
    _report(path, size, offset)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [
        ("must", "The trust must ensure that the governance framework is embedded, with clear lines of "
                 "accountability for quality. (Regulation 17)"),
        ("must", "The service must make sure that consent and mental capacity assessments are recorded in "
                 "patients' notes, including for agency staff."),
        ("must", "The trust must ensure that follow-up appointments are booked within the timescales set by "
                 "the clinician. (Regulation 12)"),
    ]
