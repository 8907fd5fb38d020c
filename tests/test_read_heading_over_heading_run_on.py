"""Two lists, each in its own band across the same two columns: the must list's heading in large bold
type wraps over two lines of the left column and goes on at the right column's top ("The areas where
the" / "provider must make" | "improvement are:"), its items under that in the right column, in smaller
type; under them, the should list's heading in bold type smaller than the must list's (three lines of the
left column, its first level with the right column's next line), its item opening under it and going on
at that right column line. Drawn here with reportlab's canvas at 8, 10 and 12 pt, every place in the
type's terms.

Before, the should heading was read as the must heading wrapping on down its column (a heading that runs
on at the next column's top was let end only at a heading in its own type), so no block began there: the
left column was read whole, then the right, and the should item's rest was read after the must items.
Fails without gutters.py's `_next_heading` taking a styled line further under that heading than it wraps
on to, in any type, for the next heading.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

MUST_HEAD = (["The areas where the", "provider must make"], "improvement are:")
MUST = ["Ensure that risk assessments for falls,", "pressure ulcers and nutrition are",
        "completed on admission."]
SHOULD_HEAD = ["The areas where the provider", "should make improvements", "are:"]
SHOULD = (["◦ Review the arrangements for"], ["face-to-face interpreting services and", "that compliance is monitored."])


def _report(path, size: float) -> None:
    width, height = A4
    lead, gutter, hang = 1.4 * size, 2.5 * size, 1.2 * size
    big, mid = 1.55 * size, 1.3 * size
    canvas = Canvas(str(path), pagesize=A4)
    lines = [(text, "Helvetica-Bold", big) for text in MUST_HEAD[0] + [MUST_HEAD[1]]] \
        + [(text, "Helvetica-Bold", mid) for text in SHOULD_HEAD] \
        + [(text, "Helvetica", size) for text in MUST + SHOULD[0] + SHOULD[1]]
    column = max(canvas.stringWidth(text, font, points) for text, font, points in lines) + 2 * hang
    margin = (width - 2 * column - gutter) / 2
    right = margin + column + gutter
    canvas.setFont("Helvetica-Bold", 2 * size)
    canvas.drawString(margin, height - margin - 2 * size, "Diagnostic imaging")
    canvas.setFont("Helvetica-Bold", 1.3 * size)
    top = height - margin - 5 * size
    canvas.drawString(margin, top, "Is the service well-led?")
    canvas.setFont("Helvetica", size)
    canvas.drawString(margin, top - 1.5 * lead, "Records we reviewed were not always complete.")
    top -= 4 * lead
    canvas.setFont("Helvetica-Bold", big)
    for n, text in enumerate(MUST_HEAD[0]):
        canvas.drawString(margin, top - n * 1.4 * big, text)
    canvas.drawString(right, top, MUST_HEAD[1])
    canvas.setFont("Helvetica", size)
    y = top - 1.4 * big
    for text in MUST:
        canvas.drawString(right + 2 * hang, y, text)
        y -= lead
    y -= 0.5 * lead
    canvas.setFont("Helvetica-Bold", mid)
    for n, text in enumerate(SHOULD_HEAD):
        canvas.drawString(margin, y - n * 1.25 * mid, text)
    canvas.setFont("Helvetica", size)
    for n, text in enumerate(SHOULD[1]):
        canvas.drawString(right + hang, y - n * lead, text)
    canvas.drawString(margin + 0.4 * size, y - 2 * 1.25 * mid - 1.6 * lead, SHOULD[0][0])
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_smaller_heading_under_a_heading_run_on_begins_the_next_band(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [
        ("must", "Ensure that risk assessments for falls, pressure ulcers and nutrition are completed on admission."),
        ("should", "Review the arrangements for face-to-face interpreting services and that compliance is monitored."),
    ]
