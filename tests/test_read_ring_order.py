"""A wheel poster made here with reportlab at two type sizes and two box counts: the list headings set
on arcs round one centre ("Action the provider MUST take to improve" over the top, the SHOULD heading
round the foot), the hospital's name in the middle, and each half's statements in boxes round the ring
outside it (a small service tag over each box's lines), boxes of the two sides sharing rows, a title
over the poster and a footer under it. Read as a wheel (ring_order.py) each half's boxes follow its
heading, clockwise from nine o'clock, each box whole with its tag's service, and the footer's "must"
is no statement. Before, the top half's boxes, above their heading down the page, were in no list."""

import math

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from test_read_arc_text import _on_arc  # noqa: E402
from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

STATEMENTS = {
    "must": [("Surgery", "The provider must ensure that the five steps to safer surgery checklist is completed. "
                         "(Regulation 12(2)(b))"),
             ("Surgery", "The provider must ensure that theatre staff have completed life support training. "
                         "(Regulation 18(2)(a))"),
             ("Outpatients", "The provider must ensure that patient records are stored securely at all times. "
                             "(Regulation 17(2)(c))"),
             ("Hospital-wide", "The provider must ensure that the medical advisory committee reviews audit results. "
                               "(Regulation 17(2)(a))"),
             ("Outpatients", "The provider must ensure that emergency medicines are in date and checked weekly. "
                             "(Regulation 12(2)(g))"),
             ("Surgery", "The provider must ensure that practising privileges are reviewed and recorded. "
                         "(Regulation 19(1))")],
    "should": [("Surgery", "The provider should ensure that patients are given written information about pain relief."),
               ("Outpatients", "The provider should ensure that chaperones are offered and recorded in the notes."),
               ("Surgery", "The provider should ensure that the recovery area has a call bell at every bay."),
               ("Outpatients", "The provider should review waiting times for follow-up appointments."),
               ("Hospital-wide", "The provider should ensure that staff know how to use the interpreting service."),
               ("Surgery", "The provider should consider recording when each patient last ate or drank.")]}


def _wheel(path, size: float, boxes: int) -> None:
    """The poster; `boxes` boxes a half, spread evenly from near nine o'clock to near three over the top,
    and on from near three to near nine under the foot."""
    side = 120 * size
    sheet = _Sheet(path, side, side)
    c = sheet.canvas
    centre = (side / 2, side / 2)  # the page's own coordinates
    sheet.put("Our improvement wheel", 4 * size, 3 * size, 2.4 * size, "Helvetica-Bold")
    _on_arc(sheet, "Action the provider MUST take to improve", centre, 24 * size, 2 * size, True)
    _on_arc(sheet, "Action the provider SHOULD take to improve", centre, 26 * size, 2 * size, False)
    for k, line in enumerate(("Hartsfield Park Hospital", "Overall: Requires improvement")):
        width = c.stringWidth(line, "Helvetica-Bold", 1.4 * size)
        sheet.put(line, centre[0] - width / 2, side / 2 - 2 * size + 2 * k * size, 1.4 * size, "Helvetica-Bold")
    measure = 19 * size
    for n, (kind, statements) in enumerate(STATEMENTS.items()):
        for k, (service, statement) in enumerate(statements[:boxes]):
            start = 170 if kind == "must" else -10  # degrees from three o'clock, counterclockwise: read clockwise
            clock = start - 160 * k / (boxes - 1)
            x = centre[0] + 40 * size * math.cos(math.radians(clock)) - measure / 2
            top = side / 2 - 38 * size * math.sin(math.radians(clock)) - 2 * size
            sheet.put(service, x, top, 0.8 * size, "Helvetica-Bold")
            for j, words in enumerate(simpleSplit(statement, "Helvetica", size, measure)):
                sheet.put(words, x, top + 1.4 * size + j * 1.25 * size, size)
    sheet.put("Printed for notice boards. Staff must not remove this poster.", 4 * size, side - 3 * size, 0.9 * size)
    sheet.save()


@pytest.mark.parametrize("size", [7.0, 9.0])
@pytest.mark.parametrize("boxes", [4, 6])
def test_a_wheel_is_read_round_its_ring_each_half_under_its_arc_heading(tmp_path, size, boxes):
    path = tmp_path / "wheel.pdf"
    _wheel(path, size, boxes)
    found = read_findings(path)
    assert [(f.kind, f.section, f.service, f.text) for f in found] == [
        (kind, f"Action the provider {kind.upper()} take to improve", None if service == "Hospital-wide" else service,
         statement) for kind, statements in STATEMENTS.items() for service, statement in statements[:boxes]]
