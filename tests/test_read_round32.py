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
  (before, one opening in lower case went on the statement);
- a table's narrow regulations column right of its actions ("Regulation 12, 17, 18") is read after
  each row's actions, each cell as one line, and neither goes on an item nor ends the list (before,
  a cell was read inside the row's first item, or as two lines whose second ended the list).

The first test fails without the first change (gutters.py, `_hanging_wrap`); the second without
either part of the second (read.py, `_goes_on`); the third without the third (locate.py,
`_note_after`); the fourth without locate.py's regulations cell beside an item, the fifth without
read.py's regulations column (`_citing_column`).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from reading import read_findings  # noqa: E402

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
    return [(f.kind, f.service, f.text) for f in read_findings(path)]


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


def _ruled_table(path: Path, size: float) -> None:
    """A header row (Ward | Action required | Link), then rows whose ward cell holds a ward's name
    written vertically (dropped with other rotated text), whose action cell holds bulleted musts and
    whose narrow link cell names the regulations, wrapped."""
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table

    class Vertical(Flowable):
        """A ward's name written bottom to top."""

        def __init__(self, text: str):
            super().__init__()
            self.text = text

        def wrap(self, *_):
            return 1.4 * size, pdfmetrics.stringWidth(self.text, "DejaVu-Bold", size)

        def draw(self):
            self.canv.saveState()
            self.canv.rotate(90)
            self.canv.setFont("DejaVu-Bold", size)
            self.canv.drawString(0, -1.1 * size, self.text)
            self.canv.restoreState()

    _fonts()
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=size, leading=1.25 * size)
    head = ParagraphStyle("head", parent=cell, fontName="DejaVu-Bold")
    item = ParagraphStyle("item", parent=cell, leftIndent=1.5 * size, firstLineIndent=-1.5 * size,
                          spaceAfter=0.4 * size)
    data = [[Paragraph("Ward", head), Paragraph("Action required", head), Paragraph("Link", head)]]
    for ward, items in zip(["Rowan Ward", "Willow Ward"], TABLE_ROWS):
        data.append([Vertical(ward), [Paragraph("\u2022&nbsp;&nbsp;" + text, item) for text in items],
                     Paragraph("Regulation 12, 17, 18", cell)])
    width = A4[0] - 102
    table = Table(data, colWidths=[0.12 * width, 0.72 * width, 0.16 * width],
                  style=[("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                         ("TOPPADDING", (0, 1), (-1, -1), size)])
    title = ParagraphStyle("title", fontName="DejaVu-Bold", fontSize=1.3 * size, leading=1.6 * size, spaceAfter=size)
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=51, rightMargin=51).build(
        [Paragraph("Action the provider MUST take to improve", title), table])


TABLE_ROWS = [["The trust must ensure that patients who are informal are told of their right to leave the ward "
               "and that a notice explaining this is displayed by the exit door.",
               "The trust must ensure that staff complete and record mental capacity assessments for patients who "
               "may lack capacity to consent to treatment."],
              ["The trust must ensure that the environment on the ward complies with guidance on eliminating "
               "mixed-sex accommodation, including separate female lounges.",
               "The trust must ensure that medicines are stored securely and that clinic room temperatures are "
               "monitored and acted on."]]


@pytest.mark.parametrize("size", [7.5, 8.5, 10.0])
def test_a_narrow_column_of_regulations_right_of_the_actions_is_no_row_label(tmp_path, size):
    """Each row's regulations cell, set right of its actions, is read after them, not inside the
    row's first item (before, in a row below the header row's stretch, "Regulation 12, 17, 18" was
    read after the first line of the row's first item, as a core service label set on the right)."""
    path = tmp_path / "table.pdf"
    _ruled_table(path, size)
    assert [text for _, _, text in _findings(path)] == [text for row in TABLE_ROWS for text in row]


# (text, x, top[, bold]) at 8 pt: a table's header row, and two rows under it (a gap between them as
# deep as the ward names written vertically in the first column, which the text layer drops)
CITED_ROWS = [("Ward", 61.4, 72.3, True), ("Action required", 109.8, 72.3, True), ("Link", 476.8, 72.3, True),
              ("• The trust must ensure that patients are told of their right to leave", 110.2, 90.1),
              ("the ward and that a notice saying so is displayed by the door.", 122.2, 100.0),
              ("• The trust must ensure that staff record capacity assessments for", 110.2, 112.6),
              ("patients who may lack capacity to consent to their treatment.", 122.2, 122.5),
              ("Regulation 12,", 477.2, 90.3), ("17, 18", 477.2, 99.3),
              ("• The trust must ensure that the environment on the ward complies with", 110.2, 183.1),
              ("guidance on mixed-sex accommodation, including a female lounge.", 122.2, 193.0),
              ("• The trust must ensure that medicines are stored securely and that the", 110.2, 205.6),
              ("room temperatures are monitored. (Regulation 12(2)(g))", 122.2, 215.5),
              ("Regulation 12,", 477.2, 183.3), ("17, 18", 477.2, 192.3)]


@pytest.mark.parametrize("scale", [0.9, 1.0, 1.25])
def test_a_regulations_column_is_read_after_its_row_s_actions_each_cell_as_one_line(scale):
    """A narrow regulations column right of a table's actions is read in turn, each cell whole as one
    line (before, under the header row its cell was read as two lines, "17, 18" ending the list; in
    the next row it was read after the row's first line, as a label naming the row)."""
    from test_read_glyphs import _set

    from cqcplan.pipeline.read import read_page

    glyphs = [g for text, x, top, *bold in CITED_ROWS
              for g in _set(text, 0.98 * scale * x, scale * top, 7.2 * scale, bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0 * scale, 842.0 * scale).lines]
    actions = [text for text, x, _, *bold in CITED_ROWS if 100 < x < 400 and not bold]
    assert lines == ["Ward", "Action required", *actions[:4], "Link", "Regulation 12, 17, 18",
                     *actions[4:], "Regulation 12, 17, 18"]


@pytest.mark.parametrize("scale", [0.9, 1.0, 1.25])
def test_a_regulations_cell_read_as_one_line_joins_its_lines_as_running_text(scale):
    """A regulations cell wrapped at a line-end hyphen ("Regulation 9 Person-" / "centred care") or
    between a citation's parts ("Regulation 12(2)" / "(g)") is read as one line joined as running
    text is: "Person-centred", "12(2)(g)" (before, its lines were joined with a space: "Person- centred")."""
    from test_read_glyphs import _set

    from cqcplan.pipeline.read import read_page

    rows = [row for row in CITED_ROWS if row[1] < 400 or row[2] < 80] + [
        ("Regulation 9 Person-", 477.2, 90.3), ("centred care", 477.2, 99.3),
        ("Regulation 12(2)", 477.2, 183.3), ("(g)", 477.2, 192.3)]
    glyphs = [g for text, x, top, *bold in rows for g in _set(text, 0.98 * scale * x, scale * top, 7.2 * scale, bool(bold))]
    lines = [line.text for line in read_page(glyphs, 1, 595.0 * scale, 842.0 * scale).lines]
    assert "Regulation 9 Person-centred care" in lines and "Regulation 12(2)(g)" in lines
