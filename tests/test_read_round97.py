"""Reading round ninety-seven (a harder held-back set, GC), drawn at two type sizes:

- a radial diagram's hub, "Should" over "do", under the should list's heading, on a page whose
  statements were not read; the next page's paragraph wraps to a line opening in lower case ("that says
  what action …"). Before, the hub's first word was taken for an item cut at the page's foot and that
  line for its rest: a should "Should that says what action …".
- must and should lists in two columns split by a hairline rule in a gap narrower than a word space,
  the rule drawn only as far down as the (shorter) right column goes; the left column runs on below
  its foot. Before, the left column's lines below the foot were read after the right column, so its
  last musts came out under the should heading.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _draw, _found, _item  # noqa: E402

LANDSCAPE = (842.0, 595.0)
PORTRAIT = (595.0, 842.0)


def _hub_page(size: float) -> list[tuple]:
    top = 30.0 + size
    return [("The areas where the provider should make improvements are:", 50.0, top, 1.4 * size, True),
            ("Read clockwise from 1.", 50.0, top + 2 * size, size, False),
            ("Should", 400.0, top + 25 * size, 1.1 * size, False),
            ("do", 410.0, top + 26.2 * size, 1.1 * size, False)]


def _notice_page(size: float) -> list[tuple]:
    top = 30.0 + size
    return [("Action we have told the provider to take", 50.0, top, 1.4 * size, True),
            ("The table below shows the legal requirements that were not being met. The provider must send CQC a report",
             50.0, top + 3 * size, size, False),
            ("that says what action it is going to take to meet these requirements.",
             50.0, top + 4.35 * size, size, False)]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_diagram_hub_word_is_no_item_cut_at_the_page_foot(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "hub.pdf", [(LANDSCAPE, _hub_page(size)), (PORTRAIT, _notice_page(size))]))
    assert not [text for _, _, text, _ in found if text.startswith("Should")]


LEFT_MUSTS = ["The trust must ensure that radiographers check the pregnancy status of all patients of childbearing "
              "age before an examination. (Regulation 12(2)(a))",
              "The trust must ensure that resuscitation equipment is checked daily. (Regulation 12(2)(e))",
              "The trust must ensure that all staff complete mandatory training in line with the trust's "
              "compliance target. (Regulation 18(2)(a))",
              "The trust must ensure that patient records are stored securely. (Regulation 17(2)(c))",
              "The trust must ensure that hand hygiene audits are completed monthly and that the results are "
              "shared with staff. (Regulation 12(2)(h))",
              "The trust must ensure that the radiation protection supervisor role is filled. (Regulation 17(2)(a))"]
RIGHT_SHOULDS = ["The trust should consider extending the opening hours of the ultrasound service.",
                 "The trust should review the signage to the imaging department so that patients can find it easily."]


def _ruled_columns(path: Path, size: float) -> Path:
    """Two columns 25 ems wide, 0.3 em apart, a 0.4 pt rule between them down to the right column's foot."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    width, gap, top = 25 * size, 0.3 * size, 40.0 + 2 * size
    columns = {}
    for x, heading, items in ((40.0, "Action the trust MUST take to improve", LEFT_MUSTS),
                              (40.0 + width + gap, "Action the trust SHOULD take to improve", RIGHT_SHOULDS)):
        lines, base = [(heading, x, top, 1.1 * size, True)], top + 2 * size
        for text in items:
            drawn, base = _item("•", text, x, base, size, width, 0.9 * size)
            lines, base = lines + drawn, base + 0.4 * size
        columns[x] = (lines, base)
    page = canvas.Canvas(str(path), pagesize=PORTRAIT)
    for lines, _ in columns.values():
        for text, x, base, points, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", points)
            page.drawString(x, PORTRAIT[1] - base, text)
    rule_x, foot = 40.0 + width + gap / 2, columns[40.0 + width + gap][1]
    page.setLineWidth(0.4)
    page.line(rule_x, PORTRAIT[1] - top + 1.2 * size, rule_x, PORTRAIT[1] - foot)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_left_column_running_on_below_its_column_rule_is_read_before_the_right_column(tmp_path: Path,
                                                                                      size: float) -> None:
    found = _found(_ruled_columns(tmp_path / "ruled.pdf", size))
    assert [(kind, text) for kind, _, text, _ in found] == \
        [("must", t) for t in LEFT_MUSTS] + [("should", t) for t in RIGHT_SHOULDS]
