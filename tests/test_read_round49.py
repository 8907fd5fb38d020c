"""Reading round forty-nine; each page is drawn here line by line, at several type sizes:

- a must list in two columns filled in turn, its item cut at the left column's foot going on at
  the right column's top, over a should list in a box running through two columns filled in turn:
  the box's left part has a top edge and no bottom, its right part (the rest of the box the column's
  foot cut) no top edge, its sides starting a little lower than the left part's top. The box's
  edges end the must list's columns: both are read before the box's. Before, the box's text ran on
  in the must list's columns (the left part's heading and item read before the right column's must
  lines), cutting the must item short. Fails without rules.py's `_open_tops` (the right part's sides
  top it as an edge would) and `ruled_across` taking two boxes' edges at different heights;
- a table row of a must cell beside a should cell through three pages: the should cell ends on the
  first, the must cell goes on alone over the second page, cut again at its foot mid-sentence, and
  on at the third page's top. Its lines there are read right after the second page's, as those are
  after the first page's. Before, the second page's lines were read right after the must cell's
  first lines, then the should cell's, then the third page's: the item cut at the second page's foot
  lost its end (the should list took the third page's must items). Fails without split_rows.py's
  `_one_cell_goes_on` following the cell over the next break;
- two report pages printed side by side on one landscape sheet (two-up), each with its should list
  set in three narrow columns with gutters of 1.6 ems at 7.3 pt: each column is read down, in turn.
  Before, the six columns, each under a sixth of the sheet's width, were taken for a table's narrow
  columns and read across, row by row. Fails without read.py's `_sheet_split` (a gutter far wider
  than every other, columns on both sides: each page's columns measured against its own width).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS  # noqa: E402

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT, WIDTH, HEIGHT = 40.0, 842.0, 595.0
MUST_LEFT = ["• The trust must ensure that the environment is safe and", "suitable for the patients who use it.",
             "• The trust must ensure that deteriorating patients across", "both hospital sites are escalated"]
MUST_RIGHT = ["appropriately using the early warning score.", "• The trust must ensure that incidents are reported,",
              "investigated and that learning is shared with staff."]
BOX_LEFT = ["Action the trust should take:", "• Ensure that staff are aware of the vision and strategy",
            "for the service, including that:", "• resuscitation trolleys are sealed and checked;"]
BOX_RIGHT = ["• fridge temperatures are recorded and action is taken", "when they are out of range.",
             "• Consider how to improve engagement with families."]


def _draw(path, size: float) -> None:
    """The must columns, then the box in two parts (see the module's docstring)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT))
    width, lead, pad, small = 30 * size, 1.4 * size, 0.2 * size, 0.9 * size
    right = LEFT + width + 1.8 * size

    def text(lines: list[str], x: float, top: float, type_size: float) -> None:
        for line in lines:
            heading = line.startswith("Action")  # in larger type: its first line lower than the right part's
            page.setFont("DejaVu-Bold" if heading else "DejaVu", 1.3 * type_size if heading else type_size)
            top += (2.5 if heading else 1.4) * type_size
            page.drawString(x, HEIGHT - top + 0.3 * type_size, line)

    text(MUST_LEFT, LEFT, 80.0, small)  # the must list in smaller type than the box's
    text(MUST_RIGHT, right, 80.0, small)
    box = 80.0 + len(MUST_LEFT) * 1.4 * small + 0.1 * size
    foot = box + 2 * pad + (len(BOX_LEFT) + 0.8) * lead
    drop = 0.3 * size  # the right part's sides start this much lower
    for x in (LEFT - pad, LEFT + width + pad):
        page.line(x, HEIGHT - box, x, HEIGHT - foot)
    page.line(LEFT - pad, HEIGHT - box, LEFT + width + pad, HEIGHT - box)
    text(BOX_LEFT, LEFT, box + pad, size)
    for x in (right - pad, right + width + pad):
        page.line(x, HEIGHT - box - drop, x, HEIGHT - foot)
    page.line(right - pad, HEIGHT - foot, right + width + pad, HEIGHT - foot)
    text(BOX_RIGHT, right, box + drop + pad, size)
    page.save()


@pytest.mark.parametrize("size", [9.0, 11.0, 12.0])
def test_a_box_going_on_open_topped_at_the_next_column_s_top_ends_the_columns_above_it(tmp_path, size):
    path = tmp_path / "boxed.pdf"
    _draw(path, size)
    lines = [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]
    assert lines == MUST_LEFT + MUST_RIGHT + BOX_LEFT + BOX_RIGHT


MUSTS = ["Ensure that infection prevention and control procedures are followed at night and at weekends.",
         "Ensure that follow-up appointments are booked within the timescales set by the clinician.",
         "Ensure that deteriorating patients across both hospital sites are escalated appropriately using "
         "the early warning score.",
         "Ensure that incidents are reported, investigated and that learning is shared with staff.",
         "Ensure that consent and mental capacity assessments are recorded in patients' notes."]
SHOULDS = ["Improve the documentation of observations across both sites.", "Review the cleaning schedules."]


@pytest.mark.parametrize("size", [10.0, 12.0, 14.0])
def test_a_cell_going_on_alone_over_a_whole_page_goes_on_at_the_next_page_s_top(tmp_path, size):
    from test_read_round42 import _lines

    width, lead = 20 * size, 1.3 * size
    right = LEFT + width + 2 * size
    must, top = [("The trust must:", LEFT, 80.0, size, True)], 80.0 + 1.6 * size
    for text in MUSTS:
        lines, top = _lines(text, LEFT, top, size, width, bullet="•")
        must += lines
    should, top = [("The trust should:", right, 80.0, size, True)], 80.0 + 1.6 * size
    for text in SHOULDS:
        lines, top = _lines(text, right, top, size, width, bullet="•")
        should += lines
    rows = sorted({line[2] for line in must})
    cuts = [rows[5], rows[10]]  # each inside an item: its first line's row is above, its last below
    assert not any(t.startswith("•") for t, _, y, _, _ in must if y in cuts)
    pages: list[list[tuple]] = [should, [], []]
    for text, x, y, s, bold in must:
        k = sum(y >= c for c in cuts)
        pages[k].append((text, x, y - (cuts[k - 1] - 80.0 if k else 0.0), s, bold))
    _, found = _findings(_pages(tmp_path / "row.pdf", pages))
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]


TWO_UP = ["The trust should ensure that staff are aware of the vision and strategy for the service.",
          "The trust should consider how to improve engagement with person-centred care planning.",
          "The trust should ensure that fridge temperatures are recorded and action is taken when out of range.",
          "The trust should review the arrangements for face-to-face interpreting services.",
          "The trust should continue to work with commissioners to reduce referral to treatment times.",
          "The trust should ensure that resuscitation trolleys are sealed and checked every day.",
          "The trust should improve the documentation of observations and the frequency of monitoring.",
          "The trust should ensure that all staff complete their mandatory training on time.",
          "The trust should ensure that patients' weights are recorded on admission to the ward."]
NARRATIVE = ("Staff told us they were proud to work for the service and that managers were visible and "
             "approachable. Leaders understood the priorities and issues the service faced. ")


@pytest.mark.parametrize("size", [7.3, 8.0])
def test_a_two_up_sheet_s_narrow_columns_are_read_down_each_page_s_columns(tmp_path, size):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas
    from test_read_round7e import _wrapped

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    path = tmp_path / "two_up.pdf"
    sheet = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT))

    def line(text: str, x: float, top: float, type_size: float, bold: bool = False) -> None:
        sheet.setFont("DejaVu-Bold" if bold else "DejaVu", type_size)
        sheet.drawString(x, HEIGHT - top - type_size, text)

    width, gutter, shoulds = WIDTH / 2 - 60, 1.6 * size, {}
    for half, x0 in enumerate((30.0, WIDTH / 2 + 30.0)):
        top = 40.0
        for words in _wrapped(NARRATIVE * 2, 1.15 * size, width):
            line(" ".join(words), x0, top, 1.15 * size)
            top += 1.45 * size
        line("Action the trust SHOULD take to improve", x0, top + size, 1.5 * size, True)
        top += 4 * size
        column, texts = (width - 2 * gutter) / 3, [f"{t[:-1]} (page {half + 1})." for t in TWO_UP]
        shoulds[half] = texts
        for j in range(3):
            x, y = x0 + j * (column + gutter), top
            for text in texts[3 * j : 3 * j + 3]:
                line("•", x, y, size)
                for words in _wrapped(text, size, column - 1.2 * size):
                    line(" ".join(words), x + 1.2 * size, y, size)
                    y += 1.25 * size
                y += 0.4 * size
    sheet.save()
    _, found = _findings(path)
    assert sorted(f.text for f in found) == sorted(shoulds[0] + shoulds[1])
