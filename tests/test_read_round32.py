"""Reading round thirty-two (issue 10), the harder batch CT as a development set; its pages are
built here with reportlab's canvas, line by line, at several type sizes:

- a summary list set in three narrow columns, each core service under its bold sub-heading, the
  items bulleted "◦" with a hanging indent narrower than the bullet and its spaces (each item's
  next lines start left of its first line's text), one item running on from the foot of the middle
  column to the top of the third, where the next sub-heading falls level with the items' next
  lines in the first two columns: that heading is no new block over all three columns (before, the
  columns were cut apart there, their first lines read across the page, so the items were broken
  into fragments and "Consider how the department" was a statement of its own).

The test fails without the change (gutters.py, `_hanging_wrap`).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402
from cqcplan.pipeline.scan import page_texts  # noqa: E402
from cqcplan.pipeline.text import words_in  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
BULLET = "\u25e6  "
# (sub-heading, item) in reading order; the third item runs on into the third column
ITEMS = [("Urgent and emergency care", "Consider how the department can reduce the time that patients spend "
          "waiting for a bed on trolleys in the corridor, and how their dignity is kept meanwhile."),
         ("Medical care", "Review the arrangements for medical cover at night and at weekends on the elderly "
          "care wards, so that a doctor sees every new patient within the hour."),
         ("Surgery", "Ensure that the flow of patients from theatre recovery to the surgical wards is improved "
          "so that patients are not kept in the recovery area overnight for want of a ward bed."),
         ("Maternity and gynaecology", "Ensure that women who have had a stillbirth are cared for in a room away "
          "from the sounds of labouring women and crying babies.")]


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _wrapped(text: str, first: float, rest: float, size: float) -> list[str]:
    """The item's lines: the first `first` points wide (after its bullet), the others `rest`."""
    lines, line = [], ""
    for word in text.split():
        width = first if not lines else rest
        if line and pdfmetrics.stringWidth(f"{line} {word}", "DejaVu", size) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def _item_rows(text: str, width: float, size: float) -> list[tuple]:
    """(indent, text, bold) per line: the bullet at the column's edge, its first line's text after
    the bullet and two spaces, the next lines at a hanging indent 0.6 em left of that text."""
    start = pdfmetrics.stringWidth(BULLET, "DejaVu", size)
    hang = start - 0.6 * size
    first, *rest = _wrapped(text, width - start, width - hang, size)
    return [(0.0, BULLET + first, False)] + [(hang, line, False) for line in rest]


def _columns(width: float, size: float) -> list[list[tuple]]:
    """The three columns' lines: the first service's item in the first; the next two services in
    the second, the last item's last two lines carried to the top of the third; then the fourth."""
    rows = [[(0.0, heading, True)] + _item_rows(text, width, size) for heading, text in ITEMS]
    middle = rows[1] + rows[2]
    return [rows[0], middle[:-2], middle[-2:] + rows[3]]


def _report(path: Path, size: float) -> None:
    _fonts()
    canvas = Canvas(str(path), pagesize=A4)
    left, right, gap = 51.0, A4[0] - 51.0, 1.6 * size
    width = (right - left - 2 * gap) / 3
    y = A4[1] - 80
    canvas.setFont("DejaVu", size * 1.1)
    for line in ["The trust had a clear vision and strategy, although not all staff could describe it. Leaders",
                 "were visible and approachable, and staff felt supported by their immediate managers."]:
        canvas.drawString(left, y, line)
        y -= 1.3 * size * 1.1
    y -= size
    canvas.setFont("DejaVu-Bold", 1.2 * size)
    canvas.drawString(left, y, "In addition the trust should:")
    y -= 2.2 * size
    for n, column in enumerate(_columns(width, size)):
        x = left + n * (width + gap)
        for k, (indent, text, bold) in enumerate(column):
            canvas.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            canvas.drawString(x + indent, y - k * 1.25 * size, text)
    canvas.setFont("DejaVu", size * 1.1)
    canvas.drawString(left, y - 14 * 1.25 * size, "Professor Sir Ian Example, Chief Inspector of Hospitals")
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", [7.5, 8.5, 10.0])
def test_a_sub_heading_level_with_items_hanging_lines_is_no_new_block(tmp_path, size):
    path = tmp_path / "letter.pdf"
    _report(path, size)
    doc = mark_furniture(start_read(path, sha256="0")())
    found = [(f.kind, f.service, f.text) for f in extract(locate(doc), path.name, words_in(page_texts(doc)))]
    assert found == [("should", heading, text) for heading, text in ITEMS]
