"""A running footer in about the text's size wraps onto a second line that opens with its dash ("St
Aldhelm's Hospitals NHS Foundation Trust Inspection report 03/10/2016" / "– providers should keep this
report with their action plan"): that line is furniture too, though it reads as a dash bullet, since it
goes on in lower case where a statement opens with a capital. A statement's bullet at a page's foot,
printed again on the next page's foot, stays the text's."""

import pytest
from reportlab.pdfgen import canvas

from cqcplan.pipeline.furniture import mark_furniture
from cqcplan.pipeline.read import start_read

HEIGHT = 792.0


def _pdf(path, size: float) -> None:
    page = canvas.Canvas(str(path), pagesize=(612, HEIGHT))
    for n in range(1, 4):
        page.setFont("Helvetica", size)
        y = 80.0
        for k in range(12):
            page.drawString(50, HEIGHT - y, f"Staff told us on page {n} that line {k} of the text was read in order.")
            y += 1.4 * size
        page.drawString(50, HEIGHT - y, "– The provider must ensure that the fridge is checked daily.")
        page.setFont("Helvetica", 0.96 * size)
        page.drawString(66, 64, f"{n} St Aldhelm’s Hospitals NHS Foundation Trust Inspection report 03/10/2016")
        page.drawString(66, 64 - 1.2 * size, "– providers should keep this report with their action plan")
        page.showPage()
    page.save()


@pytest.mark.parametrize("size", [11.0, 14.0])
def test_a_footers_wrapped_line_opening_with_its_dash_is_furniture(tmp_path, size):
    path = tmp_path / "report.pdf"
    _pdf(path, size)
    doc = mark_furniture(start_read(path, sha256="-")())
    layers = {(line.page, " ".join(line.text.split())): line.layer for page in doc.pages for line in page.lines}
    for n in range(1, 4):
        assert layers[(n, "– providers should keep this report with their action plan")] == "furniture"
        assert layers[(n, "– The provider must ensure that the fridge is checked daily.")] == "body"
