"""Reading round eleven (issue 10, batch CH as a development set), on small PDFs drawn here with
reportlab and read back whole:

- core-service sub-headings numbered in an outline over their numbered statements ("1 Urgent and
  emergency care" over "1.1 The trust must …", "2 Surgery" over "2.1 …"): the number is the
  outline's, the heading names the core service (before, the number kept the heading from matching
  any service, so every statement under it had no service, only a group "1 Urgent and emergency care");
- a table's label cell merged over several rows, its name drawn once, centred down the cell: the
  label is read before the first row its ruled cell spans (before, read level with a middle row,
  it named only the rows after it, the rows above it took the label before, and a one-row cell set
  a little below its row's number came between the number and its text, losing the row);
- a drawn square bullet hung in the gap between justified columns, nearer the column before's
  line end than a gutter: it is its column's item marker, an indent's width from its text (before,
  that line end made it an inline glyph, so the item lost its bullet and ran into the one before).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, _findings, _justified, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline import structure_patterns as sp  # noqa: E402

LEFT = 56.0
GROUPS = [
    ("1 Urgent and emergency care", "Urgent and emergency care", [
        "The trust must ensure that patients in the emergency department are triaged promptly.",
        "The trust must ensure that sepsis screening tools are completed for every patient."]),
    ("2 Surgery", "Surgery", ["The trust must ensure that theatre staff complete safeguarding training."]),
    ("3 Trust-wide", None, ["The trust must ensure that its governance processes manage risks."]),
]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_numbered_core_service_sub_headings_give_their_numbered_statements_the_service(tmp_path, size):
    lines, top = [("Action the trust MUST take to improve", LEFT, 64.0, 1.3 * size, True),
                  ("MAIDSTONE ROAD HOSPITAL", LEFT, 64.0 + 2.4 * size, size, True)], 64.0 + 4.0 * size
    for heading, _, items in GROUPS:
        lines.append((heading, LEFT, top, size, True))
        top += 1.6 * size
        for n, item in enumerate(items, 1):
            lines.append((f"{heading.split()[0]}.{n}", LEFT, top, size, False))
            lines.append((item, LEFT + 2.2 * size, top, size, False))
            top += 1.5 * size
        top += 0.6 * size
    lines.append(("Our inspection team", LEFT, top + 2.0 * size, 1.3 * size, True))
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", service, item) for _, service, items in GROUPS for item in items]


def test_a_section_number_before_a_core_service_is_numbering():
    assert sp.service_name("4 Surgery") == "Surgery"
    assert sp.service_name("2.1 Maternity") == "Maternity"
    assert sp.service_name("3 URGENT AND EMERGENCY CARE") == "Urgent and emergency care"
    assert sp.service_name("3 Trust-wide") is None
    assert sp.service_name("12 patients were seen in Surgery") is None


ROWS = [("Surgery", ["The hospital should ensure that hand hygiene audits include observation of practice.",
                     "The hospital should review the process for obtaining consent before surgery.",
                     "The hospital should ensure that a clock is visible from every recovery bay."]),
        ("Outpatients and diagnostic imaging", ["The hospital should ensure that waiting times are monitored.",
                                                "The hospital should ensure that chaperone signs are displayed."]),
        ("Hospital-wide", ["The hospital should ensure that the duty of candour is applied for all incidents."])]


def _merged_table(path, size: float):
    """A landscape page: the list's heading over a table of label | No. | action, each label
    cell merged over its rows and its name centred down it (drawn once); rules under each row
    across the number and action columns, and under each label's rows across the whole table."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    width, height = 842.0, 595.0
    x0, x1, x2, x3 = 40.0, 40.0 + 26 * size, 40.0 + 30 * size, 800.0
    page = canvas.Canvas(str(path), pagesize=(width, height))
    page.setFont("DejaVu-Bold", 1.4 * size)
    page.drawString(x0, height - 60, "Action the hospital SHOULD take to improve")
    y = height - 90
    page.setFont("DejaVu-Bold", size)
    for x, text in ((x0, "Core service"), (x1, "No."), (x2, "What the hospital should do")):
        page.drawString(x + 4, y, text)
    y -= 0.6 * size
    number = 0
    for label, items in ROWS:
        top = y
        for item in items:
            number += 1
            page.setFont("DejaVu", size)
            page.drawString(x1 + 4, y - 1.5 * size, str(number))
            page.drawString(x2 + 4, y - 1.5 * size, item)
            y -= 2.4 * size
            page.line(x1, y, x3, y)
        page.setFont("DejaVu-Bold", size)
        page.drawString(x0 + 4, (top + y) / 2 - 0.4 * size, label)
        page.line(x0, y, x3, y)
        for x in (x0, x1, x2, x3):
            page.line(x, top, x, y)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_merged_label_cell_centred_down_its_rows_names_every_row_it_spans(tmp_path, size):
    _, found = _findings(_merged_table(tmp_path / "report.pdf", size))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("should", None if label == "Hospital-wide" else label, item) for label, items in ROWS for item in items]


COLUMN_ITEMS = [
    "The trust must ensure that there are sufficient numbers of suitably qualified nursing staff on the medical wards at night.",
    "The trust must ensure that staff receive appropriate training, supervision and appraisal, including training "
    "in the Mental Capacity Act 2005 and the Deprivation of Liberty Safeguards, and that it is recorded.",
    "The trust must ensure that the resuscitation equipment in the children's outpatient department is checked daily.",
]


def _square_bulleted_columns(path, size: float):
    """Three justified columns two ems apart, each item's bullet a drawn square hung in the gap
    (chromium's list-style: square), the third column's first bullet level with a line of the
    second that runs to that column's right edge."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    height, measure, gap, leading = 842.0, 17.6 * size, 2.0 * size, 1.15 * size
    page = canvas.Canvas(str(path), pagesize=(595.0, height))
    page.setFont("DejaVu-Bold", 1.3 * size)
    page.drawString(LEFT, height - 80, "Importantly, the trust must:")
    for k, item in enumerate(COLUMN_ITEMS):
        x, top = LEFT + k * (measure + gap), 100.0 + (0 if k < 2 else 4 * leading)
        side = 0.27 * size
        page.rect(x - 0.9 * size - side, height - top - 0.7 * size - side / 2, side, side, stroke=0, fill=1)
        rows = _wrapped(item, size, measure)
        page.setFont("DejaVu", size)
        for n, words in enumerate(rows):
            placed = _justified(words, x, top + n * leading, size, measure) if n + 1 < len(rows) else \
                [(" ".join(words), x, top + n * leading, size)]
            for word, wx, wtop, wsize in placed:
                page.drawString(wx, height - wtop - wsize, word)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_drawn_square_bullet_hung_in_a_column_gap_is_its_columns_bullet(tmp_path, size):
    _, found = _findings(_square_bulleted_columns(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("must", item) for item in COLUMN_ITEMS]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_short_line_in_a_boxed_column_of_sentences_is_no_merged_label_cell(size):
    """Two boxes side by side whose foot edges meet across the page (a boxed list beside another
    column, its lines on other baselines): a short line in the list's column between its sentences
    ("Medical care", a blank line above it) is no label cell merged over the other column's rows, so
    it stays where it is read. A label cell holds its name alone."""
    from build import doc, line

    from cqcplan.pipeline.merged_cells import merged_labels_first
    from cqcplan.pipeline.rules import Rule

    lead = 1.2 * size
    left = ["The trust must ensure that fridge temperatures are", "checked daily and recorded.", "Medical care",
            "The trust should review staffing at night."]
    right = ["Staff told us that managers were visible", "and supportive, and that they felt able to", "raise concerns."]
    top = 100.0
    lines = sorted(doc(*[line(text, x=72, size=size, at=top + n * lead) for n, text in zip((0, 1, 3, 4), left)],
                       *[line(text, x=320, size=size, at=top + (n + 0.5) * lead) for n, text in enumerate(right)]).body_lines(),
                   key=lambda l: l.top)  # read row by row, as a table's rows are
    rules = [Rule(60, 300, top - 4, True), Rule(310, 560, top - 4, True),
             Rule(60, 300, top + 5 * lead, False), Rule(300, 560, top + 5 * lead, False)]
    assert [l.text for l in merged_labels_first(lines, rules)] == [l.text for l in lines]
