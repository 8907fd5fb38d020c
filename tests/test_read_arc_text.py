"""Text on an arc, made here with reportlab at two type sizes and two radii: a list's heading set round
the top of a ring ("Action the provider MUST take to improve", each glyph drawn with its own turned
matrix, over the top clockwise) or round its foot (the letters upright, along the bottom), the list's
items under the ring. A reader follows the letters along the curve, so the heading is read whole, laid
level at the arc's crown (arc_text.py), and opens its list. A heading drawn glyph by glyph along a
straight slant (a diagonal watermark) stays decoration. Before, the glyphs turned past a level line's
slant were dropped and the crown's few level letters read as a scrap ("er MUST"), so no list opened."""

import math

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

ITEMS = {"must": ["The provider must ensure that the five steps to safer surgery checklist is completed for every "
                  "patient. (Regulation 12(2)(b))",
                  "The provider must ensure that emergency medicines in outpatients are in date. (Regulation 12(2)(g))"],
         "should": ["The provider should ensure that patients are given written information about pain relief.",
                    "The provider should review waiting times for follow-up appointments in orthopaedics."]}


def _on_arc(sheet: _Sheet, text: str, centre: tuple[float, float], radius: float, size: float, over_top: bool,
            font: str = "Helvetica-Bold") -> None:
    """`text` centred round the top of the circle (read clockwise, letters outward) or its foot (read
    left to right along the bottom, letters upright toward the centre), one glyph at a time."""
    c = sheet.canvas
    length = c.stringWidth(text, font, size)
    along = -length / 2
    for ch in text:
        width = c.stringWidth(ch, font, size)
        turn = along / radius  # radians from the crown
        phi = math.pi / 2 - turn if over_top else -math.pi / 2 + turn
        x, y = centre[0] + radius * math.cos(phi), centre[1] + radius * math.sin(phi)
        c.saveState()
        c.translate(x, y)
        c.rotate(math.degrees(phi) - 90 if over_top else math.degrees(phi) + 90)
        c.setFont(font, size)
        c.drawString(0, 0, ch)
        c.restoreState()
        along += width


def _poster(path, size: float, radius_ems: float, kind: str, over_top: bool, slanted: bool = False) -> None:
    sheet = _Sheet(path, 842.0, 842.0)
    heading = f"Action the provider {kind.upper()} take to improve"
    radius = radius_ems * size
    centre = (421.0, 842.0 - 6 * size - (radius if over_top else -radius + 4 * size))
    if slanted:  # the same glyphs along a straight line turned 30 degrees
        c = sheet.canvas
        x, y = 200.0, centre[1] + radius
        for ch in heading:
            c.saveState()
            c.translate(x, y)
            c.rotate(30)
            c.setFont("Helvetica-Bold", 1.6 * size)
            c.drawString(0, 0, ch)
            c.restoreState()
            step = c.stringWidth(ch, "Helvetica-Bold", 1.6 * size)
            x, y = x + step * math.cos(math.radians(30)), y + step * math.sin(math.radians(30))
    else:
        _on_arc(sheet, heading, centre, radius, 1.6 * size, over_top)
    top = 842.0 - centre[1] + (0.75 * radius if over_top else radius + 3 * size)
    for item in ITEMS[kind]:
        top = sheet.bullet_item(item, 60.0, top, size, 60 * size, 1.4 * size) + 0.6 * size
    sheet.save()


@pytest.mark.parametrize("size", [8.0, 11.0])
@pytest.mark.parametrize("radius_ems", [16.0, 26.0])
@pytest.mark.parametrize("kind, over_top", [("must", True), ("should", False)])
def test_a_heading_on_an_arc_is_read_whole_and_opens_its_list(tmp_path, size, radius_ems, kind, over_top):
    path = tmp_path / "poster.pdf"
    _poster(path, size, radius_ems, kind, over_top)
    found = read_findings(path)
    heading = f"Action the provider {kind.upper()} take to improve"
    assert [(f.kind, f.section, f.text) for f in found] == [(kind, heading, item) for item in ITEMS[kind]]


def test_glyphs_along_a_straight_slant_stay_decoration(tmp_path):
    from cqcplan.pipeline.read import start_read

    path = tmp_path / "poster.pdf"
    _poster(path, 9.0, 20.0, "must", True, slanted=True)
    lines = [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]
    assert not any("MUST" in text or "provider M" in text for text in lines)
