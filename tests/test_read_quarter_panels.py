"""A placemat for a table huddle (outside set IK, r5_placemat): four panels, each facing the person
at its edge of the sheet: the bottom one upright, the top one turned round, the left one turned a
quarter so its text runs down the page, the right one so it runs up. The side panels' text was
dropped as turned decoration, so their statements were lost. Fails without askew.py's
`_quarter_panel` (each quarter turn's panel turned upright and read as a face of its own).
"""

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A3 = (1191.0, 842.0)
BOTTOM = ["The trust must ensure that the surgical safety checklist is completed for every patient in "
          "theatres. (Regulation 12(2)(a))",
          "The trust must ensure that surgical wards have enough registered nurses at night. (Regulation 18(1))"]
LEFT = ["The trust must ensure that fridge temperatures for stored medicines are checked and action is taken "
        "when they are out of range. (Regulation 12(2)(g))",
        "The trust must ensure that theatre staff complete mandatory training in life support. (Regulation 18(2)(a))"]
TOP = ["The trust should ensure that the anaesthetic room is kept free of stored equipment.",
       "The trust should continue to improve the completion of consent forms, including recording the risks "
       "discussed."]
RIGHT = ["The trust should ensure that patients are given written discharge advice before they leave the unit.",
         "The trust should review the environment so that patients' privacy is protected in the admission bays."]


def _panel(c, heading: str, items: list[str], length: float, size: float) -> None:
    """A panel in its own upright axes: lines `length` long from the origin, its heading's baseline
    eight ems above its edge and its statements under it, towards the edge."""
    base = 8 * size
    c.setFont("Helvetica-Bold", 1.1 * size)
    c.drawString(0, base, heading)
    c.setFont("Helvetica", size)
    for item in items:
        base -= 1.6 * size
        for line in wrapped(item, length, size):
            c.drawString(0, base, line)
            base -= 1.25 * size


def _placemat(path, size: float):
    from reportlab.pdfgen import canvas

    width, height = A3
    side, end = 250.0, 30.0  # the top and bottom panels' margin at the sides; each panel's from its edge
    c = canvas.Canvas(str(path), pagesize=A3)
    placed = [((width - side, height - end, 180), "Action the trust SHOULD take to improve", TOP, width - 2 * side),
              ((width - end, side, 90), "Action the trust SHOULD take to improve", RIGHT, height - 2 * side),
              ((side, end, 0), "Action the trust MUST take to improve", BOTTOM, width - 2 * side),
              ((end, height - side, -90), "Action the trust MUST take to improve", LEFT, height - 2 * side)]
    for (x, y, turn), heading, items, length in placed:  # drawn in an order that is no reading order
        c.saveState()
        c.translate(x, y)
        c.rotate(turn)
        _panel(c, heading, items, length, size)
        c.restoreState()
    c.setFont("Helvetica-Bold", 1.6 * size)
    c.drawCentredString(width / 2, height / 2 + size, "Surgery")
    c.setFont("Helvetica", size)
    c.drawCentredString(width / 2, height / 2 - size, "Ashworth General Hospital - CQC inspection June 2023")
    c.save()
    return path


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_each_panel_facing_an_edge_is_read_as_it_reads_from_that_edge(tmp_path, size):
    found = _found(_placemat(tmp_path / "report.pdf", size))
    assert sorted((kind, text) for kind, _, text, _ in found) == sorted(
        [("must", text) for text in BOTTOM + LEFT] + [("should", text) for text in TOP + RIGHT])
