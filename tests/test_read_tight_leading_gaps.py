"""An unbulleted list whose statements are parted only by a blank gap, set with leading tighter than
its font's box (Helvetica at 1.0-1.15 times the size, as many writers set by default): each line's box
overlaps the one above's, so the usual space between lines is below 0. Counted as such, the gap of half
a line between statements is a paragraph's gap and each statement is an item of its own; skipped, the
usual gap became the gap between statements and the list read as fewer, run-together items."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0
# One-sentence and wrapped statements, none opening "The provider must …", each line ending a
# sentence at the line's end as often as not.
ITEMS = [["Staff must complete the safeguarding training they need to care for people safely,",
          "and the service must keep a record of it."],
         ["Medicines must be stored at the temperatures the maker sets."],
         ["Care plans must be reviewed with people each month."],
         ["Leaders must make sure that complaints are answered within the time the",
          "policy sets and that people are told what changed as a result."]]


def _pdf(path, size: float, leading: float) -> None:
    """A paragraph, a bold must heading, then the statements at `leading` times the size, half a line apart."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    y = 90.0
    page.setFont("Helvetica", size)
    for text in ["Staff told us they felt supported by their managers and that they could raise",
                 "concerns at any time with the registered manager."]:
        page.drawString(60, HEIGHT - y, text)
        y += leading * size
    y += 2 * size
    page.setFont("Helvetica-Bold", 1.4 * size)
    page.drawString(60, HEIGHT - y, "Action the provider MUST take to improve")
    y += 2.2 * size
    page.setFont("Helvetica", size)
    for item in ITEMS:
        for text in item:
            page.drawString(60, HEIGHT - y, text)
            y += leading * size
        y += 0.5 * leading * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size,leading", [(8.0, 1.15), (9.0, 1.0), (11.0, 1.1), (12.0, 1.15), (14.0, 1.05),
                                          (10.0, 1.3)])
def test_statements_parted_by_a_blank_gap_under_tight_leading_are_items_each(tmp_path, size, leading):
    path = tmp_path / "report.pdf"
    _pdf(path, size, leading)
    found = [(f.kind, " ".join(f.text.split()))
             for f in read_findings(path)]
    assert found == [("must", " ".join(item)) for item in ITEMS]
