"""Reading round seventy-five (an outside author's harder set, EW): a must list whose statements
each have a fill-in line set under them, flush right in much smaller type ("Lead: ____ Target
date: ____ Status: ☐ open ☐ closed"), and a should list set the same way. Before, the first
fill-in line was taken for a plain paragraph after the items: the list ended there and only each
list's first statement was read. And a should list without bullets in a side column set
ragged-left (right-aligned): each line of a statement starts at its own x. Before, the item ended
at its first line whose start moved by more than the indent slack.

And a data table set into a should list grouped by core service, its rows labelled by specialty
("Gynaecology | 96 | 388 | 9"). Before, a row label naming a core service was taken for the list's
next group: the statements after the table went under it.

And a recommendation set on a note pinned askew (turned a couple of degrees). Before, its glyphs
were dropped as turned decoration and the statement was not read.

And two columns half an em apart with a rule drawn between them, lines of both on one baseline.
Before, the gap was too narrow for a gutter: each such row was read as one line across both.

Fail without locate.py's `_fill_in_line`, `_ragged_left` and `_figures_row_label`, askew.py and
column_rules.py.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _draw, _found  # noqa: E402
from test_read_round64 import _width  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = ["The provider must ensure that every patient receives a secondary health screen within seven days "
         "of arrival at the prison. (Regulation 12(2)(a))",
         "The provider must ensure that in-possession risk assessments are completed and reviewed for all "
         "patients who hold their own medicines. (Regulation 12(2)(g))",
         "The provider must ensure that emergency response bags are checked and that out-of-date items are "
         "replaced. (Regulation 12(2)(e))"]
SHOULDS = ["The provider should ensure that patients can use the healthcare applications system in languages "
           "other than English.",
           "The provider should ensure that staff working in the inpatient unit receive regular clinical supervision."]
FILL_IN = "Lead: ______________ Target date: ________ Status: ☐ open ☐ closed"


def _list(heading: str, items: list[str], base: float, size: float) -> tuple[list[tuple], float]:
    """A bold heading, then check-box items with a hanging indent, each followed by its fill-in line
    in 0.7 of the type, ending at the items' right edge."""
    left, right, lead = 54.0, 541.0, 1.45 * size
    lines = [(heading, left, base, 1.1 * size, True)]
    base += 2.0 * size
    note = 0.7 * size
    for item in items:
        lines.append(("☐", left, base, size, False))
        for words in _wrapped(item, size, right - left - 2 * size):
            lines.append((" ".join(words), left + 2 * size, base, size, False))
            base += lead
        lines.append((FILL_IN, right - _width(FILL_IN, "DejaVu", note), base - 0.2 * size, note, False))
        base += 1.2 * size
    return lines, base + size


@pytest.mark.parametrize("size", [8.5, 9.5, 11.5])
def test_a_fill_in_line_under_each_item_is_read_past_and_the_list_goes_on(tmp_path, size):
    lines = [("Areas for improvement", 54.0, 70.0, 1.4 * size, True)]
    musts, base = _list("Action the provider MUST take to improve", MUSTS, 70.0 + 2.5 * size, size)
    shoulds, _ = _list("Action the provider SHOULD take to improve", SHOULDS, base + size, size)
    found = _found(_draw(tmp_path / "fill_in.pdf", [(A4, lines + musts + shoulds)]))
    assert found == [("must", None, text, 1) for text in MUSTS] + [("should", None, text, 1) for text in SHOULDS]


SIDE_SHOULDS = ["The provider should review the practice’s protocols for the use of rubber dam for root canal "
                "treatment taking into account guidelines issued by the British Endodontic Society.",
                "The provider should review staff awareness of the requirements of the Mental Capacity Act 2005 "
                "and ensure all staff are aware of their responsibilities under the Act.",
                "The provider should review the storage of dental care products requiring refrigeration."]
NARRATIVE = ("We found that this practice was providing caring services in accordance with the relevant "
             "regulations. Staff treated patients with dignity and respect and took care to protect their "
             "privacy. The practice appeared clean and well maintained. ") * 3


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_should_list_set_ragged_left_in_a_side_column_is_read_item_by_item(tmp_path, size):
    """Narrative in a wide left column; beside it a side column whose heading and unbulleted
    statements are set flush right, a paragraph gap between statements."""
    right, measure, lead = 540.0, 14.0 * size, 1.3 * size
    lines, base = [], 80.0
    for words in _wrapped(NARRATIVE, size, right - measure - 10 * size - 50.0):
        lines.append((" ".join(words), 50.0, base, size, False))
        base += lead
    heading = "Action the provider SHOULD take to improve"
    base = 80.0
    for words in _wrapped(heading, 1.1 * size, measure):
        text = " ".join(words)
        lines.append((text, right - _width(text, "DejaVu-Bold", 1.1 * size), base, 1.1 * size, True))
        base += 1.3 * lead
    for item in SIDE_SHOULDS:
        base += 0.6 * size
        for words in _wrapped(item, size, measure):
            text = " ".join(words)
            lines.append((text, right - _width(text, "DejaVu", size), base, size, False))
            base += lead
        base += size
    found = _found(_draw(tmp_path / "ragged.pdf", [(A4, lines)]))
    assert found == [("should", None, text, 1) for text in SIDE_SHOULDS]


TABLE_ROWS = [("Specialty", "Inpatient", "Day case", "Cancelled"), ("Orthopaedics", "612", "1,044", "38"),
              ("Ophthalmology", "0", "1,390", "21"), ("Gynaecology", "96", "388", "9"), ("Total", "912", "3,688", "85")]
SURGERY = ["The hospital should ensure that fridge temperatures in the day case unit are checked and recorded daily.",
           "The hospital should monitor the number of patients whose operation is cancelled on the day.",
           "The hospital should review how theatre lists are planned."]
OUTPATIENTS = ["The hospital should ensure that chaperone availability is displayed in all consulting rooms."]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_data_table_inside_a_grouped_list_names_no_group(tmp_path, size):
    """Surgery's first statement, a table of figures by specialty (a caption, a bold header row), then
    Surgery's other statements and the next group."""
    left, lead = 57.0, 1.4 * size
    lines = [("Action the hospital SHOULD take to improve", left, 80.0, 1.1 * size, True),
             ("Surgery", left, 80.0 + 2.0 * size, size, True)]
    base = 80.0 + 4.0 * size

    def bullets(items: list[str], base: float) -> float:
        for item in items:
            lines.append(("•", left + 0.5 * size, base, size, False))
            for words in _wrapped(item, size, 470.0 - 2 * size):
                lines.append((" ".join(words), left + 1.6 * size, base, size, False))
                base += lead
            base += 0.4 * size
        return base

    base = bullets(SURGERY[:1], base)
    small = 0.86 * size
    lines.append(("Table 2. Surgical activity, April 2018 to March 2019", left, base + 0.6 * size, small, True))
    base += 2.4 * size
    for k, row in enumerate(TABLE_ROWS):
        for cell, x in zip(row, (left + 6.0, left + 16 * small, left + 26 * small, left + 38 * small)):
            lines.append((cell, x, base, small, k == 0))
        base += 1.9 * small
    base = bullets(SURGERY[1:], base + size)
    lines.append(("Outpatients", left, base + 0.4 * size, size, True))
    bullets(OUTPATIENTS, base + 2.4 * size)
    found = _found(_draw(tmp_path / "table.pdf", [(A4, lines)]))
    assert found == [("should", "Surgery", text, 1) for text in SURGERY] + [("should", "Outpatients", OUTPATIENTS[0], 1)]


NOTES = ["The provider should review how calls are scheduled to allow staff enough travel time between visits.",
         "The provider should seek feedback from people and their relatives in formats that meet their needs."]


@pytest.mark.parametrize("size, degrees, one_object", [(9.0, 2.2, False), (10.5, -3.5, True), (12.0, 6.0, False)])
def test_statements_on_a_note_set_askew_are_read(tmp_path, size, degrees, one_object):
    """A should heading, then each statement on a note turned by a few degrees about its corner:
    one text object a line, or one for the whole note."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    path = tmp_path / "askew.pdf"
    page = canvas.Canvas(str(path), pagesize=A4)
    page.setFont("DejaVu-Bold", 1.1 * size)
    page.drawString(60.0, A4[1] - 80.0, "Action the provider SHOULD take to improve")
    top = 80.0 + 3.0 * size
    for note in NOTES:
        rows = [" ".join(words) for words in _wrapped(note, size, 24.0 * size)]
        page.saveState()
        page.translate(70.0, A4[1] - top)
        page.rotate(degrees)
        if one_object:
            text = page.beginText(0, 0)
            text.setFont("DejaVu", size)
            text.setLeading(1.3 * size)
            for row in rows:
                text.textLine(row)
            page.drawText(text)
        else:
            page.setFont("DejaVu", size)
            for k, row in enumerate(rows):
                page.drawString(0, -1.3 * size * k, row)
        page.restoreState()
        top += (len(rows) + 2.5) * 1.3 * size
    page.showPage()
    page.save()
    assert _found(path) == [("should", None, text, 1) for text in NOTES]


RULED_SHOULDS = ["The provider should ensure that staff receive regular supervision in line with its own policy.",
                 "The provider should review its complaints procedure so that people receive a written response.",
                 "The provider should seek feedback from people in formats that meet their communication needs."]
RIGHT_TEXT = ("People told us staff were sometimes late. Call monitoring records showed that many calls started "
              "more than thirty minutes after the agreed time, most of them on runs with no travel time. ") * 4


def _fitted(text: str, font: str, size: float, width: float) -> list[str]:
    """The text's lines set in `font` at `size`, each as many words as fit `width`."""
    rows: list[str] = []
    for word in text.split():
        if rows and _width(f"{rows[-1]} {word}", font, size) <= width:
            rows[-1] += f" {word}"
        else:
            rows.append(word)
    return rows


@pytest.mark.parametrize("size", [8.5, 9.6, 11.0])
def test_two_columns_half_an_em_apart_with_a_rule_between_are_read_a_column_at_a_time(tmp_path, size):
    """A should list in the left column, narrative in the right, both on the same leading from the
    same top; the gutter half an em wide, a rule drawn down its middle."""
    left, gap, lead, measure = 50.0, 0.5 * size, 1.35 * size, 20.0 * size
    middle = left + measure + gap / 2
    lines, base = [], 80.0
    for row in _fitted("Action the provider SHOULD take to improve", "DejaVu-Bold", size, measure):
        lines.append((row, left, base, size, True))
        base += lead
    for item in RULED_SHOULDS:
        lines.append(("•", left, base, size, False))
        for row in _fitted(item, "DejaVu", size, measure - 1.2 * size):
            lines.append((row, left + 1.2 * size, base, size, False))
            base += lead
    rows = _fitted(RIGHT_TEXT, "DejaVu", size, measure)
    for k, row in enumerate(rows):
        lines.append((row, middle + gap / 2, 80.0 + k * lead, size, False))
    path = _draw_ruled(tmp_path / "ruled.pdf", lines, (middle, 80.0 - size, 80.0 + len(rows) * lead))
    assert _found(path) == [("should", None, text, 1) for text in RULED_SHOULDS]


def _draw_ruled(path, lines: list[tuple], rule: tuple[float, float, float]):
    """One A4 page of lines (text, x, baseline, size, bold) in DejaVu Sans and an upright rule
    (x, top, bottom: from the page's top) drawn as a line of its own."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=A4)
    for text, x, base, points, bold in lines:
        page.setFont("DejaVu-Bold" if bold else "DejaVu", points)
        page.drawString(x, A4[1] - base, text)
    x, top, bottom = rule
    page.setLineWidth(0.6)
    page.line(x, A4[1] - top, x, A4[1] - bottom)
    page.showPage()
    page.save()
    return path
