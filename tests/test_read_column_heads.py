"""A table whose column heads name the kind of its lists ("What the trust must do" | "What the trust
should do") under a heading of its own ("Actions at a glance"), each row's label a core service, its
cells lists of statements; the table runs over a page break under its repeated header row. Built
here with reportlab's platypus on an A4 portrait and an A3 landscape page, at 8 and 11 pt.

Before, no heading opened a list: a column head saying what the provider must or should do was
read as a plain heading, and every statement in the table was lost (DH's trust report on an A3
page, its mental health report's ward table). Fails without the two patterns in
vocab/headings.toml.

Under a list heading of its own kind ("Action the provider SHOULD take to improve" over a table
headed "Core service" | "What the provider should do"), the column head is the table's header
row, on the page it is first printed and repeated over the page break: the list's heading stays
the statements' section (CN's mental health report). Fails without locate.py's
`_header_row_under_list` and `_feed_heading` letting a column head of the open list's kind pass.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A3, A4, landscape  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

from cqcplan.pipeline import structure_patterns as sp  # noqa: E402
from reading import read_findings  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

ROWS = [
    ("Community health inpatient services",
     ["The provider must ensure that patients at risk of falls have a falls risk assessment completed within "
      "six hours of admission and that it is reviewed weekly.",
      "The provider must ensure that controlled drugs are stored securely and that the register is checked "
      "by two registered nurses at every shift change."],
     ["The provider should ensure that patients are offered a choice of meals that meet their cultural needs."]),
    ("End of life care",
     ["The provider must ensure that do not attempt cardiopulmonary resuscitation decisions are discussed with "
      "patients or their families and that the discussion is recorded."],
     ["The provider should ensure that syringe drivers are checked every four hours and that the checks are "
      "recorded.",
      "The provider should review the arrangements for bereavement support so that relatives can be seen "
      "within two weeks."]),
]


def _table(path, pagesize, size: float, heads=("What the provider must do", "What the provider should do"),
           list_heading: str | None = None) -> None:
    """A heading and a line of text, then white pushing the table down so that its header row and
    first row fit on the page and its second row goes on over the page break under the header row
    again."""
    width, height = pagesize
    text = ParagraphStyle("t", fontName="Helvetica", fontSize=size, leading=1.2 * size)
    head = ParagraphStyle("h", fontName="Helvetica-Bold", fontSize=1.8 * size, leading=2.2 * size)

    def cell(items):
        return [Paragraph(item, text, bulletText="\u25aa") for item in items]

    header = [Paragraph(f"<b>{t}</b>", text) for t in ("Core service", *heads)]
    cells = {"must": 1, "should": 2}
    rows = [header] + [[Paragraph(row[0], text), *(cell(row[cells[sp.opener_kind(head)]]) for head in heads)]
                       for row in ROWS]
    inner = width - 80
    widths = [0.16 * inner] + [0.84 * inner / len(heads)] * len(heads)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=40, rightMargin=40, topMargin=40,
                            bottomMargin=40)
    opening = [Paragraph("Actions at a glance", head),
               Paragraph("The table below sets out the actions for each core service.", text)]
    if list_heading:
        opening.append(Paragraph(list_heading, ParagraphStyle("l", parent=head, fontSize=1.3 * size)))
    room = height - 80 - 12 - sum(p.wrap(inner, height)[1] for p in opening)  # the frame's padding: 6 pt a side
    table.wrap(inner, height)
    first, second = sum(table._rowHeights[:2]), table._rowHeights[2]
    doc.build([*opening, Spacer(1, room - first - second / 2), table])


@pytest.mark.parametrize("pagesize", [A4, landscape(A3)], ids=["A4", "A3-landscape"])
@pytest.mark.parametrize("size", [8.0, 11.0])
def test_column_heads_naming_a_kind_open_its_lists(tmp_path, pagesize, size):
    path = tmp_path / "table.pdf"
    _table(path, pagesize, size)
    assert len(start_read(path, sha256="-")().pages) == 2
    want = sorted((kind, label, text) for label, musts, shoulds in ROWS
                  for kind, items in (("must", musts), ("should", shoulds)) for text in items)
    assert sorted(_findings(path)) == want


@pytest.mark.parametrize("pagesize", [A4, landscape(A3)], ids=["A4", "A3-landscape"])
@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_column_head_of_the_open_list_s_kind_is_its_table_s_header_row(tmp_path, pagesize, size):
    path = tmp_path / "table.pdf"
    heading = "Action the provider SHOULD take to improve"
    _table(path, pagesize, size, heads=("What the provider should do",), list_heading=heading)
    assert len(start_read(path, sha256="-")().pages) == 2
    found = read_findings(path)
    assert [(f.kind, f.section, f.service, f.text) for f in found] == [
        ("should", heading, label, text) for label, _, shoulds in ROWS for text in shoulds]
