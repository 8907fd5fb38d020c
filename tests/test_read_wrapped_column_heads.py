"""A must / should table whose column heads wrap on to a second line ("Action the trust MUST take" /
"to improve", "Action the trust SHOULD" / "take to improve") beside a "Core service" head set in the
middle of the header row (vertical-align: middle, as a web page's header cells are), the header row
set apart from the body by its padding; under the table, a heading on a rule that runs across the
page. Built here with reportlab's platypus at 8 and 11 pt, every width in the type's terms.

Before, the header row was read across its printed lines ("Action the trust MUST take", "Action the
trust SHOULD", "Core service", "to improve", ...) and found as no header row (its last row of bold
cells was the heads' second lines), so the heads were not read again over their columns: the first
line opened a must list and every statement, the shoulds too, went to it. Fails without read.py's
`_head_row` reading a cell's wrapped lines as one and a cell centred in its row as one of the row
(`_cell_rows`); where the body is read as a label table, without `_by_table_column` reading each
head at the top of its column. The last row's label was taken for a label cell merged down to the
rule under the heading below the table, and read before the lines of the row above it, cutting that
row's statement short; fails without merged_cells.py's NAME_LEADING_EM. The service's rating under
that heading ("Requires improvement"), bold like the table's labels, was read as a group of the
should list, which took a remark of staff under it ("Staff told us they should …") for a statement;
fails without locate.py reading a rating after a heading that suspended the list as ending it.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

MUST, SHOULD = "Action the trust MUST take to improve", "Action the trust SHOULD take to improve"
ROWS = [
    ("Surgery",
     ["The provider must ensure that all theatre staff complete mandatory training in the safe use of the "
      "diathermy equipment. (Regulation 12(2)(c))",
      "The provider must ensure that equipment checks are completed and recorded at the start of every "
      "list. (Regulation 15(1)(e))"],
     ["The provider should ensure that staff receive protected time to complete their annual appraisal.",
      "The provider should continue to work with other hospitals in the region to reduce delays."]),
    ("Maternity",
     ["The provider must ensure that there are enough midwives on the labour ward to give one to one care "
      "in established labour. (Regulation 18(1))"],
     ["The provider should ensure that call audits are carried out at the frequency set out in its own policy.",
      "The provider should review the induction programme for newly appointed midwives."]),
    ("Critical care",
     ["No actions for this service."],
     ["The provider should ensure that all staff have up-to-date competency records for the transfer of "
      "patients."]),
]


def _report(path, size: float) -> None:
    text = ParagraphStyle("t", fontName="Helvetica", fontSize=size, leading=1.35 * size, spaceAfter=0.7 * size)
    bold = ParagraphStyle("b", parent=text, fontName="Helvetica-Bold", spaceAfter=0)
    head = ParagraphStyle("h", parent=bold, fontSize=1.1 * size, leading=1.35 * 1.1 * size)
    title = ParagraphStyle("x", parent=bold, fontSize=1.6 * size, leading=2 * size)
    # each column holds "Action the trust MUST take" on a line, so the heads wrap as a web page's did
    wide = stringWidth("Action the trust MUST take ", "Helvetica-Bold", head.fontSize) + 1.5 * size
    rows = [[Paragraph(t, head) for t in ("Core service", MUST, SHOULD)]] + [
        [Paragraph(label, bold), [Paragraph(t, text) for t in musts], [Paragraph(t, text) for t in shoulds]]
        for label, musts, shoulds in ROWS]
    table = Table(rows, colWidths=[0.75 * wide, wide, wide], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, 0), "MIDDLE"), ("VALIGN", (0, 1), (-1, -1), "TOP"),
                               ("LINEBELOW", (1, 1), (-1, -1), 0.8, "teal"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0.5 * size),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0.5 * size),
                               ("TOPPADDING", (0, 0), (-1, -1), size), ("BOTTOMPADDING", (0, 0), (-1, 0), size)]))
    under = Table([[Paragraph("Maternity", title)]], colWidths=[A4[0] - 80])
    under.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.5, "teal"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=40, rightMargin=40, topMargin=40, bottomMargin=40)
    doc.build([Paragraph("Areas for improvement", title),
               Paragraph("The table sets out what the provider must do and should do in each core service.", text),
               table, Spacer(1, 2 * size), under, Paragraph("Requires improvement", bold),
               Paragraph("The unit was busy throughout our visit.", text),
               Paragraph("Staff told us they should be able to take a break on long shifts.", text)])


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_wrapped_column_heads_keep_each_list_s_kind(tmp_path, size):
    path = tmp_path / "table.pdf"
    _report(path, size)
    want = sorted((kind, label, item) for label, musts, shoulds in ROWS
                  for kind, items in (("must", musts), ("should", shoulds)) for item in items
                  if not item.startswith("No actions"))
    assert sorted(_findings(path)) == want
