"""A sheet printed to be read from both sides (a tent card folded across the middle): the lower
half upright, the upper half turned a half turn so that it reads the right way from the other
side, and written first in the content stream. Before, the turned half's glyphs were read as
level ones laid out backwards (each line's words reversed, its lines bottom-up). Fails without
askew.py's `_turned_round` (and read.py reading its objects as a face of their own).
"""

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = ["The trust must ensure that ligature risk assessments are up to date and that staff know how to "
         "mitigate the risks identified. (Regulation 12(2)(d))",
         "The trust must ensure that blanket restrictions on the wards are reviewed for each patient. "
         "(Regulation 13(4)(b))"]
SHOULDS = ["The trust should ensure that patients are given a copy of their care plan and that this is recorded.",
           "The trust should review the arrangements for lone working in the community teams."]


def _face(c, heading: str, items: list[str], top: float, size: float) -> None:
    """A face of the card, in the lower half of the sheet's upright axes: its heading `top` points down
    from the top of the sheet, its footer at the sheet's foot."""

    width = A4[0]
    base = A4[1] - top
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(42, base, heading)
    base -= 2 * size
    c.setFont("Helvetica", size)
    for item in items:
        c.drawString(42, base, "\u25aa")
        for line in wrapped(item, width - 100, size):
            c.drawString(42 + 1.4 * size, base, line)
            base -= 1.3 * size
        base -= 0.6 * size
    c.setFont("Helvetica", 0.7 * size)
    c.drawString(42, 2 * size, "Ward tent card  -  CQC inspection report 13 April 2022")


def _tent_card(path, size: float):
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.saveState()  # the back face, in the upper half, turned round about the sheet's centre
    c.translate(width, height)
    c.rotate(180)
    _face(c, "Action the trust SHOULD take to improve", SHOULDS, height / 2 + 4 * size, size)
    c.restoreState()
    c.setDash(3, 3)
    c.line(30, height / 2, width - 30, height / 2)
    _face(c, "Action the trust MUST take to improve", MUSTS, height / 2 + 4 * size, size)
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_the_face_turned_round_is_read_as_it_reads_with_the_sheet_turned(tmp_path, size):
    found = _found(_tent_card(tmp_path / "report.pdf", size))
    assert [(kind, text) for kind, _, text, _ in found] == [
        ("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]
