"""Issue 10, batch DB's mental health report: a must list bulleted with checkbox glyphs ("☐", a
ballot box, U+2610, outside the Shapes and Dingbats blocks) is a bulleted list like any other: each
item whole, its wrapped lines under its text. Before, the glyph was a word, the list had no bullets,
and the first item was cut at its line's end. A lone tick box in a "Done" column is a bullet of
no statement, so no finding. Fail without the ballot boxes in glyphs.py's `_BULLET_BLOCKS` and
without extract.py's dropping an item of no text.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts, _wrapped  # noqa: E402

MUSTS = ["The provider must ensure that ligature risk assessments for all wards identify each ligature point and "
         "the action staff take to mitigate the risk. (Regulation 12(2)(d))",
         "The provider must ensure that blanket restrictions, such as locked kitchen doors and set times for "
         "accessing mobile phones, are reviewed and justified for each patient. (Regulation 13(4)(b))",
         "The provider must ensure that seclusion records are completed in line with the Mental Health Act Code "
         "of Practice, including medical reviews within the required timescales. (Regulation 12(1))"]


def _checklist(path: Path, size: float, box: str, ticks: bool = False) -> None:
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, width, top = 57.0, A4[0] - 114.0, 60.0

    def draw(text: str, x: float, font: str = "DejaVu", scale: float = 1.0) -> None:
        page.setFont(font, scale * size)
        page.drawString(x, A4[1] - top - size, text)

    draw("Areas for improvement", left, "DejaVu-Bold", 1.3)
    top += 2.2 * size
    draw("Action the provider MUST take to improve", left, "DejaVu-Bold")
    top += 2 * size
    if ticks:
        draw("Kind", left, "DejaVu-Bold")
        draw("Action", left + 5 * size, "DejaVu-Bold")
        draw("Done", left + width - 2.5 * size, "DejaVu-Bold")
        top += 2 * size
    for item in MUSTS:
        if ticks:
            draw("MUST", left)
            draw("☐", left + width - 1.5 * size)
        draw(box, left + (6 if ticks else 1) * size)
        for line in _wrapped(item, width - 11 * size, width - 11 * size, size):
            draw(line, left + (7.6 if ticks else 2.6) * size)
            top += 1.3 * size
        top += (0.6 if ticks else 0) * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("box", ["☐", "☑"])
@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_checkbox_glyph_is_a_bullet(tmp_path, size, box):
    path = tmp_path / "mh.pdf"
    _checklist(path, size, box)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("must", text) for text in MUSTS]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_tick_box_column_beside_the_actions_makes_no_finding(tmp_path, size):
    """Each "■" action's row, labelled "MUST", has an empty tick box ("☐") in a "Done" column at the right: a bullet
    with no statement after it, no finding (before, each was an empty must)."""
    path = tmp_path / "ticks.pdf"
    _checklist(path, size, "■", ticks=True)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("must", text) for text in MUSTS]
