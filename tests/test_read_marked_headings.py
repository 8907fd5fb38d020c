"""A GP report's web page printed from the browser: each list sits in an expandable section, its
heading ("The areas where the provider must make improvements are:") the section's title in bold
with the browser's disclosure triangle drawn before it, which reads as a bullet. The words after
the glyph are the list's heading (locate.py `_marked_heading`); before, the line was a bullet
like any other and no list opened."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

MUST = "The areas where the provider must make improvements are:"
SHOULD = "The areas where the provider should make improvements are:"
LISTS = {MUST: ["Ensure care and treatment is provided in a safe way to patients.",
                "Ensure specified information is available regarding each person employed."],
         SHOULD: ["Continue to improve the uptake of cervical cancer screening.",
                  "Consider installing a hearing loop at reception."]}


def _page(path, size: float):
    from reportlab.pdfgen import canvas

    _fonts()
    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    left, y = 60.0, 842.0 - 6 * size
    c.setFont("DejaVu-Bold", 1.5 * size)
    c.drawString(left, y, "Overall summary")
    y -= 2.5 * size
    c.setFont("DejaVu", size)
    c.drawString(left, y, "We carried out an announced comprehensive inspection at the practice.")
    for heading, items in LISTS.items():
        y -= 3 * size
        shape = c.beginPath()  # the disclosure triangle, pointing down
        shape.moveTo(left, y + 0.75 * size)
        shape.lineTo(left + 0.7 * size, y + 0.75 * size)
        shape.lineTo(left + 0.35 * size, y + 0.15 * size)
        shape.close()
        c.drawPath(shape, stroke=0, fill=1)
        c.setFont("DejaVu-Bold", 1.1 * size)
        c.drawString(left + 1.2 * size, y, heading)
        c.setFont("DejaVu", size)
        for item in items:
            y -= 2.2 * size
            c.drawString(left + 1.2 * size, y, "•")
            c.drawString(left + 2.4 * size, y, item)
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_list_heading_after_a_drawn_disclosure_triangle_opens_its_list(tmp_path, size):
    _, found = _findings(_page(tmp_path / "report.pdf", size))
    assert [(f.kind, f.section, f.text) for f in found] == [
        (heading.split()[5], heading, item) for heading, items in LISTS.items() for item in items]
