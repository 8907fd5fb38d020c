"""A should list set in two boxed columns, one line in each: the item's first line in the first box,
its last words in the second, whose text sits a little higher (the first box's top padding only):
the two lines are two columns, read left then right, not in the order of their tops."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0


def _read(path):
    return [(f.kind, f.text) for f in read_findings(path)]


def _boxed_columns(path, size: float, raised_em: float) -> None:
    """A must item across the page, then the should heading and its one item in two boxed columns
    a gutter apart, the second box's line `raised_em` ems higher than the first's."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    y = 120.0
    page.setFont("Helvetica-Bold", 1.3 * size)
    page.drawString(72, HEIGHT - y, "The areas where the provider must make improvement are:")
    y += 2.2 * size
    page.setFont("Helvetica", size)
    page.drawString(72, HEIGHT - y, "- Ensure that at least 90% of medical staff complete safeguarding training.")
    y += 2.5 * size
    page.setFont("Helvetica-Bold", size)
    page.drawString(72, HEIGHT - y, "The areas where the provider should make improvements are:")
    y += 2.0 * size
    width, gap = 24 * size, 2 * size
    for k, (text, raised) in enumerate((("(a) Continue to improve the recording of pain", 0.0),
                                        ("scores on all medical wards.", raised_em))):
        x = 72 + k * (width + gap)
        page.rect(x, HEIGHT - y - 0.6 * size, width, 1.9 * size, stroke=1, fill=0)
        page.setFont("Helvetica", size)
        page.drawString(x + 0.7 * size, HEIGHT - y + raised * size, text)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("raised_em", [0.7, 0.85])
def test_a_raised_one_line_column_is_read_after_the_column_left_of_it(tmp_path, size, raised_em):
    path = tmp_path / "report.pdf"
    _boxed_columns(path, size, raised_em)
    assert _read(path) == [
        ("must", "Ensure that at least 90% of medical staff complete safeguarding training."),
        ("should", "Continue to improve the recording of pain scores on all medical wards."),
    ]

