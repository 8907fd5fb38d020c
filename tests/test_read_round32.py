"""Reading round thirty-two (issue 10), the harder batch CT as a development set; its pages are
built here with reportlab's canvas, line by line, at several type sizes:

- a summary list set in three narrow columns, each core service under its bold sub-heading, the
  items bulleted "◦" with a hanging indent narrower than the bullet and its spaces (each item's
  next lines start left of its first line's text), one item running on from the foot of the middle
  column to the top of the third, where the next sub-heading falls level with the items' next
  lines in the first two columns: that heading is no new block over all three columns (before, the
  columns were cut apart there, their first lines read across the page, so the items were broken
  into fragments and "Consider how the department" was a statement of its own);
- three columns whose third (a signature) ends first: the second goes on with the should list's
  bold lead-in level with a line of the first, and the first with its bold service headings below
  that; each column is still read whole (before, the rows from the lead-in down were read as a
  block of their own, after the signature, the first column's musts as shoulds);
- a note in smaller type under an item's finished sentence ("continued –") is none of its lines
  (before, one opening in lower case went on the statement).

The first test fails without the first change (gutters.py, `_hanging_wrap`); the second without
either part of the second (read.py, `_goes_on`); the third without the third (locate.py, `_note_after`).
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


def _columns(size: float) -> list[list[tuple]]:
    """The three columns' lines: the first service's item in the first; the next two services in
    the second, the last item's last two lines carried to the top of the third; then the fourth."""
    rows = [[(0.0, heading, True)] + _item_rows(text, _width(size), size) for heading, text in ITEMS]
    middle = rows[1] + rows[2]
    return [rows[0], middle[:-2], middle[-2:] + rows[3]]


def _page(path: Path, size: float, lead_in: str, columns: list[list[tuple | None]]) -> None:
    """A narrative, the list's lead-in in bold, then the columns line by line (None: a blank line;
    else indent, text, bold and a scale of the type if not 1), and a line across the page under them."""
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
    canvas.drawString(left, y, lead_in)
    y -= 2.2 * size
    for n, column in enumerate(columns):
        x = left + n * (width + gap)
        for k, line in enumerate(column):
            if line is not None:
                indent, text, bold, *scale = line
                canvas.setFont("DejaVu-Bold" if bold else "DejaVu", size * (scale[0] if scale else 1.0))
                canvas.drawString(x + indent, y - k * 1.25 * size, text)
    canvas.setFont("DejaVu", size * 1.1)
    canvas.drawString(left, y - (max(map(len, columns)) + 2) * 1.25 * size,
                      "Professor Sir Ian Example, Chief Inspector of Hospitals")
    canvas.showPage()
    canvas.save()


def _findings(path: Path) -> list[tuple]:
    doc = mark_furniture(start_read(path, sha256="0")())
    return [(f.kind, f.service, f.text) for f in extract(locate(doc), path.name, words_in(page_texts(doc)))]


def _width(size: float) -> float:
    return (A4[0] - 102.0 - 3.2 * size) / 3


@pytest.mark.parametrize("size", [7.5, 8.5, 10.0])
def test_a_sub_heading_level_with_items_hanging_lines_is_no_new_block(tmp_path, size):
    path = tmp_path / "letter.pdf"
    _fonts()
    _page(path, size, "In addition the trust should:", _columns(size))
    assert _findings(path) == [("should", heading, text) for heading, text in ITEMS]


MUSTS = [("Urgent and emergency care", ["Ensure that there are enough nurses with the right skills on duty in the "
                                         "emergency department at all times, day and night, including weekends and "
                                         "bank holidays, and that the children’s area is staffed by a registered "
                                         "children’s nurse whenever it is open to patients."]),
         ("Medical care", ["Ensure that staff receive appropriate training, supervision and appraisal.",
                           "Ensure that patients’ records are accurate, complete and stored securely on all the "
                           "medical wards."]),
         ("Surgery", ["Ensure that the equipment used in theatres is checked and fit for use."])]
LATER = [("End of life care", ["Ensure that syringe drivers are checked every four hours while in use."])]
SHOULDS = [("Medical care", ["Improve the completion of nutrition screening on the elderly care wards."]),
           ("Surgery", ["Review the number of operations cancelled on the day for reasons that are not clinical.",
                        "Ensure that the learning from never events is shared across all theatres."]),
           ("End of life care", ["Consider providing a quiet room for families on each ward."])]


def _listed(groups: list[tuple], size: float) -> list[tuple | None]:
    """Each group's bold heading, then its items, a blank line before each heading but the first."""
    lines: list[tuple | None] = []
    for heading, items in groups:
        lines += ([None] if lines else []) + [(0.0, heading, True)]
        for item in items:
            lines += _item_rows(item, _width(size), size)
    return lines


@pytest.mark.parametrize("size", [7.5, 8.5, 10.0])
def test_headings_in_columns_that_run_on_below_a_shorter_column_keep_their_columns(tmp_path, size):
    """Three columns: the must list in the first, running on to the second, where the should
    list's lead-in follows it level with a line of an item in the first; the third column (the
    inspector's signature) ends long before. Each of the first two is read whole, its
    headings in it (before, the rows from the should lead-in down were read as a block of their
    own under the three columns, the musts of the first column after it as shoulds)."""
    path = tmp_path / "letter.pdf"
    _fonts()
    first = _listed(MUSTS, size)
    second = _listed(LATER, size)
    assert all(line is not None and not line[2] for line in first[len(second):len(second) + 3])  # mid-item there
    second += [None, (0.0, "In addition the trust should:", True)] + _listed(SHOULDS, size)
    signature = [(0.0, "Sir Ian Example", False), (0.0, "Chief Inspector of Hospitals", False)]
    _page(path, size, "Importantly, the trust must:", [first, second, signature])
    want = [("must", heading, text) for heading, items in MUSTS + LATER for text in items]
    assert _findings(path) == want + [("should", heading, text) for heading, items in SHOULDS for text in items]


@pytest.mark.parametrize("size", [7.5, 8.5, 10.0])
@pytest.mark.parametrize("note", ["continued \u2013", "(list continued in the next column)"])
def test_a_note_in_smaller_type_under_an_item_is_none_of_its_lines(tmp_path, size, note):
    """A marker in smaller type under an item's finished sentence, back at its bullet's x ("continued
    –"): before, one opening in lower case went on the statement."""
    path = tmp_path / "chapter.pdf"
    _fonts()
    must = _listed(MUSTS[:2], size) + [(0.0, note, False, 0.8)]
    should = [None, (0.0, "Action the hospital SHOULD take to improve", True)] + _listed(SHOULDS[:1], size)
    _page(path, size, "Action the hospital MUST take to improve", [must + should])
    want = [("must", heading, text) for heading, items in MUSTS[:2] for text in items]
    assert _findings(path) == want + [("should", heading, text) for heading, items in SHOULDS[:1] for text in items]

