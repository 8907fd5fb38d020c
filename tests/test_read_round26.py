"""Reading round twenty-six (issue 10), the harder batch CK as a development set: a trust's must
and should tables whose location cell is merged over several rows (reportlab's SPAN, its name at
the cell's top), each row's core service cell beside a list of items, a row split over a page
break under the repeated header row; built here with reportlab at several type sizes:

- a list's numbers hung left of its items ("2" at the margin, the item's text an indent right)
  right over a ruled table are no merged label cells: before, each number from the second on was
  read before the line above it, so no item of the list was found;
- a core service column between the location column and the actions, its cells naming rows and
  markedly narrower than the actions, is a label column however wide (before, it was read as a
  list column under the location cells, the location read again before each), each label cell
  read as one line (before, a location wrapped on three lines beside a service wrapped on three
  ended the list);
- a sub-item's wrapped line set under its hanging indent, left of its first line's text by the
  spaces after its bullet, goes on the sub-item (before, it ended the list, cutting the item in
  its citation "(Regulation");
- the header row repeated at the next page's top, in the cells' own plain type, is read past
  (before, its cells were a paragraph or headings, and the items under it lost their service).

The first test fails without the first change (merged_cells.py); the second without each of the
others (read.py, locate.py's sub-item wraps, header_rows.py).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import ListFlowable, ListItem, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table  # noqa: E402

from reading import read_findings  # noqa: E402
from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
MUST = "Action the trust MUST take to improve"
TRUST_WIDE = ["The trust must ensure that every ward displays its planned and actual staffing numbers at the "
              "entrance, and that these are updated at each shift change. (Regulation 18(1))",
              "The trust must ensure that complaints are answered within the time set out in its own policy, and "
              "that people who complain are told what was done as a result. (Regulation 16(2))",
              "The trust must ensure that serious incidents are investigated and reported within sixty working "
              "days, and that the lessons learned are shared with staff in every division. (Regulation 17(2)(b))"]
# (location, core service, items); an item's sub-items after "\n"
ROWS = [("Riverside General Hospital", "Maternity",
         ["The trust must ensure that the birthing pool is cleaned after every use and that cleaning is "
          "recorded. (Regulation 15(1)(a))",
          "The trust must ensure that the obstetric theatre meets national standards, including:\n"
          "a second exit that is kept clear;\nlighting that can be used during a power failure at all "
          "times of the day and night. (Regulation 15(1)(c))",
          "The trust must ensure that midwives complete training in fetal monitoring every year. "
          "(Regulation 18(2)(a))"]),
        ("Riverside General Hospital", "Medical care (including older people’s care)",
         ["The trust must ensure that the five steps to safer surgery checklist is completed for every "
          "patient. (Regulation 12(2)(a))",
          "The trust must ensure that patients’ pain is assessed and recorded after each procedure. "
          "(Regulation 12(2)(a))",
          "The trust must ensure that controlled drugs in theatres are checked at the end of every "
          "session. (Regulation 12(2)(g))",
          "The trust must ensure that theatre staff have their annual appraisal. (Regulation 18(2)(a))"]),
        ("St Luke’s Community Hospital", "Medical care (including older people’s care)",
         ["The trust must ensure that patients at risk of falling have their lying and standing blood "
          "pressure recorded. (Regulation 12(2)(a))"]),
        ("St Luke’s Community Hospital", "End of life care",
         ["The trust must ensure that syringe drivers are checked every four hours while in use. "
          "(Regulation 12(2)(e))"])]


def _fonts() -> None:
    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))


def _cell(texts: list[str], style: ParagraphStyle) -> list:
    """Items bulleted "■" with a hanging indent, sub-items "○" further in; two spaces after
    each bullet set its first line's text right of its wrapped lines."""
    size = style.fontSize
    out = []
    for text in texts:
        first, *subs = text.split("\n")
        out.append(Paragraph("■&nbsp;&nbsp;" + first, ParagraphStyle(
            "item", parent=style, leftIndent=size, firstLineIndent=-size, spaceAfter=0.5 * size)))
        out += [Paragraph("○&nbsp;&nbsp;" + sub, ParagraphStyle(
            "sub", parent=style, leftIndent=2.3 * size, firstLineIndent=-size, spaceAfter=0.35 * size))
            for sub in subs]
    return out


def _table(style: ParagraphStyle) -> Table:
    """Location | Core service | Action: the location merged over its rows, one row split over a
    page break (its merged cells blank on the next page) under the repeated header row."""
    data = [[Paragraph("Location", style), Paragraph("Core service", style), Paragraph(MUST, style)]]
    spans, previous = [], None
    for n, (location, service, items) in enumerate(ROWS, 1):
        data.append([Paragraph(location, style) if location != previous else "", Paragraph(service, style),
                     _cell(items, style)])
        if location == previous:
            spans.append(("SPAN", (0, n - 1), (0, n)))
        previous = location
    return Table(data, colWidths=[32 * 2.835, 38 * 2.835, 104 * 2.835], repeatRows=1, splitInRow=1,
                 style=[("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#d9e2f3")), *spans])


def _report(path: Path, size: float, cut: float | None = None) -> None:
    """Narrative, the MUST heading, a "Trust wide" numbered list with hanging numbers, then the
    table: right under the list, or (given `cut`) on the next page, set so low that the page
    breaks `cut` of the way down its second row."""
    _fonts()
    body = ParagraphStyle("body", fontName="DejaVu", fontSize=size, leading=1.28 * size)
    cell = ParagraphStyle("cell", fontName="DejaVu", fontSize=0.95 * size, leading=1.24 * size)
    heading = ParagraphStyle("heading", fontName="DejaVu-Bold", fontSize=1.33 * size, leading=1.7 * size,
                             spaceBefore=size, spaceAfter=0.5 * size)
    table = _table(cell)
    table.wrap(A4[0] - 102, A4[1])
    header, first, second = table._rowHeights[:3]
    story = [Paragraph("Summary of findings", heading),
             Paragraph("The trust had a clear vision, but its governance did not always give the board "
                       "assurance that risks were known and managed in a timely way. " * 4, body),
             Paragraph(MUST, heading), Paragraph("Trust wide", body),
             ListFlowable([ListItem(Paragraph(text, body)) for text in TRUST_WIDE], bulletType="1",
                          bulletFontName="DejaVu", bulletFontSize=size, leftIndent=1.6 * size),
             Spacer(1, 0.7 * size)]
    if cut is not None:
        story += [PageBreak(), Spacer(1, A4[1] - 90 - 12 - header - first - cut * second)]
    story.append(_table(cell))
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=51, rightMargin=51, topMargin=45,
                      bottomMargin=45).build(story)


def _want() -> list[tuple]:
    out = [("must", None, text) for text in TRUST_WIDE]
    return out + [("must", service, text) for _, service, items in ROWS for text in items]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_numbered_list_over_a_ruled_table_keeps_its_numbered_items(tmp_path, size):
    path = tmp_path / "trust.pdf"
    _report(path, size)
    found = [(f.kind, f.text) for f in read_findings(path) if f.service is None]
    assert found == [("must", text) for text in TRUST_WIDE]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
@pytest.mark.parametrize("cut", [0.3, 0.6])
def test_a_table_with_merged_location_cells_gives_each_item_its_row_s_service(tmp_path, size, cut):
    path = tmp_path / "trust.pdf"
    _report(path, size, cut)
    doc = mark_furniture(start_read(path, sha256="0")())
    assert len(doc.pages) == 3 and doc.pages[2].lines[0].text == "Location"  # a row split under the header repeated
    found = [(f.kind, f.service, f.text.replace("\n", " ")) for f in read_findings(path)]
    assert found == [(kind, service, text.replace("\n", " ")) for kind, service, text in _want()]
