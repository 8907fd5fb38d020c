"""A page received by fax or scanned a little askew: everything on it drawn turned by one small
angle (under the slant at which a glyph counts as turned) and shrunk, a straight line the receiving
machine printed at its foot. Across a full-width line the turn moves the line's end by more than a
line's leading, so rows broke into pieces that joined other lines' pieces. Fails without
askew.py's `_page_levelled`.
"""

import math

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = ["The provider must ensure that care and treatment is provided in a safe way for patients, including the "
         "management of medicines and of the risks of infection. (Regulation 12(1))",
         "The provider must ensure that recruitment checks are carried out and recorded for every member of staff "
         "before they start work at the practice. (Regulation 19(3))"]
SHOULDS = ["The provider should review the system for recording and acting on safety alerts so that the action taken "
           "is documented and shared with all clinicians.",
           "The provider should continue to improve the uptake of cervical screening and of childhood immunisations "
           "among patients registered at the practice."]


def _tilted(path, size: float, degrees: float):
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    c.saveState()
    c.translate(width / 2 + size, height / 2 - size)
    c.rotate(degrees)
    c.scale(0.955, 0.955)
    c.translate(-width / 2, -height / 2)
    base = height - 6 * size
    for heading, items in (("Action the provider MUST take to improve", MUSTS),
                           ("Action the provider SHOULD take to improve", SHOULDS)):
        c.setFont("Helvetica-Bold", 1.2 * size)
        c.drawString(50, base, heading)
        base -= 2 * size
        c.setFont("Helvetica", size)
        for item in items:
            c.drawString(56, base, "\u2022")
            for line in wrapped(item, width - 130, size):
                c.drawString(56 + 1.5 * size, base, line)
                base -= 1.3 * size
            base -= 0.6 * size
        base -= 1.5 * size
    c.restoreState()
    c.setFont("Courier", 0.8 * size)
    c.drawString(30, 12, "RX Date/Time 07/06/2018 09:41   01632 960781        Page 1 of 1")
    c.save()
    return path


@pytest.mark.parametrize("degrees", [0.7, -1.2])
@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_page_tilted_by_a_small_angle_is_read_as_level_lines(tmp_path, size, degrees):
    found = _found(_tilted(tmp_path / "report.pdf", size, degrees))
    assert [(kind, text) for kind, _, text, _ in found] == [
        ("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]
