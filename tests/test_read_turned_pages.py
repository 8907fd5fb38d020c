"""A page turned by /Rotate (a landscape table on a portrait sheet, as ReportLab's
`setPageRotation` or pikepdf write it): its content is drawn sideways in the page's own axes, so
PDFium gives every glyph a turned matrix and the page read as having no text. read.py's `_upright`
turns the rotation into the content before reading, so the page reads as a reader sees it.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

MUSTS = ["The trust must ensure that all patients arriving in the emergency department receive an initial "
         "clinical assessment within 15 minutes of arrival.",
         "The trust must make sure that medicines, including controlled drugs, are stored securely and that "
         "fridge temperatures are monitored and acted on."]
# How each turn's content is drawn on an A4 portrait sheet so that it reads upright once turned
# clockwise: the inverse of the turn, as a writer sets it with `transform`.
UNTURN = {90: (0, 1, -1, 0, A4[0], 0), 180: (-1, 0, 0, -1, A4[0], A4[1]), 270: (0, -1, 1, 0, 0, A4[1])}


def _turned_page(path: Path, turn: int, size: float) -> None:
    """One A4 sheet with /Rotate `turn`, its must list drawn to read upright once turned."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    page.setPageRotation(turn)
    page.transform(*UNTURN[turn])
    width, height = (A4[1], A4[0]) if turn != 180 else A4
    left, y = 4 * size, height - 5 * size
    page.setFont("DejaVu-Bold", size * 1.3)
    page.drawString(left, y, "Areas for improvement")
    y -= 2.5 * size
    page.setFont("DejaVu", size)
    page.drawString(left, y, "Action the trust MUST take to improve:")
    for item in MUSTS:
        y -= 1.8 * size
        page.drawString(left, y, "•")
        for text in simpleSplit(item, "DejaVu", size, width / 2):
            page.drawString(left + 1.5 * size, y, text)
            y -= 1.3 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("turn", [90, 180, 270])
@pytest.mark.parametrize("size", [8.5, 11.0])
def test_a_page_turned_by_rotate_reads_as_printed(tmp_path, turn, size):
    path = tmp_path / "turned.pdf"
    _turned_page(path, turn, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("must", text) for text in MUSTS]
