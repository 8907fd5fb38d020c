"""Reading round 167: a tracker printed from a spreadsheet, on pages built here at two type sizes.

The table: Ref | Type | Core service | Action | Lead | Target date, one statement to a row, the core
service written on the first row of its group only (the cells under it left empty: "same as above"),
the rows going on over a page break under the header row printed again. The last printed service
holds for every row under it whose cell is empty, on its page and the next.

- A row's reference ("A-02", one word carrying a figure) ends the item above and names its row, no
  group: it no longer takes the place of the service printed above (locate.py `_row_reference`,
  `_next_row_reference`).
- A service name wrapped in its cell at the sheet's loose row pitch (every line two ems apart) goes on
  its label: the row's pitch is the one the statement's own lines keep (`_at_row_pitch`).
- The lead and date right of a statement opened beside its row's service cell are no part of it
  (`_beside_kind_cell`).
- A reference read into its kind cell's line ("A-05 MUST", the columns a narrow gap apart) is that kind
  cell, no group (`_cell_kind`).
Each test fails on the round before; each change fails one of them without it.
"""

import logging

import pytest

pytest.importorskip("reportlab")

from cqcplan.api import extract_report  # noqa: E402
from test_read_round7e import FONTS  # noqa: E402

WIDTHS = {"ref": 5, "kind": 5, "service": 18, "action": 0, "lead": 10, "date": 7}  # in ems
HEADER = {"ref": "Ref", "kind": "Type", "service": "Core service", "action": "Action (as worded in CQC report)",
          "lead": "Lead", "date": "Target date"}
ACUTE = "Acute wards for adults of working age and psychiatric intensive care units"
PAGE_ONE = [(["Acute wards for adults of", "working age and psychiatric", "intensive care units"],
             ["The provider must ensure that the theatre safety checklists", "are completed for every patient."]),
            ([], ["The provider must ensure that staff have", "mandatory training in safeguarding."]),
            (["Maternity"], ["The provider must ensure that the birthing pool", "is cleaned after each use."]),
            ([], ["The provider must ensure that cardiotocograph", "reviews are documented."])]
PAGE_TWO = [([], ["The provider must ensure that midwives are", "assessed as competent before working alone."]),
            ([], ["The provider must ensure that the maternity triage", "line is answered promptly."])]
SERVICES = [ACUTE, ACUTE, "Maternity", "Maternity", "Maternity", "Maternity"]


def _sheet(tmp_path, size: float, pitch: float, joined: bool = False, grid: bool = False):
    """The tracker over two pages, every line `pitch` ems under the one above; `joined`: each row's
    reference and kind set in one cell ("A-05 MUST"), read as one line; `grid`: printed with gridlines, a rule
    over every row and left of every column. The header row is the sheet's first, printed again at each
    page's top; page one's title and list heading are rows under it set across the columns."""
    from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    # the action column as wide as its longest line and an em: the lead cell right after the line's end
    widths = dict(WIDTHS, action=1 + max(stringWidth(text, "DejaVu", size) for _, action in PAGE_ONE + PAGE_TWO
                                         for text in action) / size)
    if joined:  # the reference and kind in one cell, as wide as both were
        widths["ref"], widths["kind"] = widths["ref"] + widths["kind"], 0
    lead, x, xs = pitch * size, 40.0, {}
    for column, width in widths.items():
        xs[column], x = x, x + width * size
    width, height = x + 40.0, 50.0 * size
    path = tmp_path / "sheet.pdf"
    sheet = canvas.Canvas(str(path), pagesize=(width, height))
    number = 0

    def row(cells: dict, y: float, bold: bool = False) -> float:
        """The row's cells from `y` down; its height."""
        depth = max(len(texts) for texts in cells.values()) * lead
        if grid:
            sheet.setLineWidth(0.3)
            sheet.line(xs["ref"] - 0.3 * size, height - y + 0.3 * size, x - 0.3 * size, height - y + 0.3 * size)
            for column in xs:
                sheet.line(xs[column] - 0.3 * size, height - y + 0.3 * size, xs[column] - 0.3 * size, height - y - depth + 0.3 * size)
        sheet.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        for column, texts in cells.items():
            for k, text in enumerate(texts):
                sheet.drawString(xs[column], height - y - k * lead - size, text)
        return depth

    for rows, title in ((PAGE_ONE, True), (PAGE_TWO, False)):
        y = 40.0 + row({column: [text] for column, text in HEADER.items() if not (joined and column == "kind")}, 40.0, bold=True)
        if title:
            y += row({"ref": ["Ashby Hospital – CQC inspection 13–15 September 2022 – action tracker"]}, y) + lead
            sheet.setFont("DejaVu-Bold", size)
            sheet.drawString(40.0, height - y - size, "Action the provider MUST take to improve")
            y += lead
        for service, action in rows:
            number += 1
            cells = {"ref": [f"A-{number:02d}"], "kind": ["MUST"], "service": service, "action": action,
                     "lead": ["Matron, Heron"], "date": ["31/03/2023"]}
            if joined:
                cells["ref"], cells["kind"] = [f"A-{number:02d} MUST"], []
            y += row(cells, y)
        sheet.showPage()
    sheet.save()
    return path


def _read(path, caplog):
    with caplog.at_level(logging.WARNING, logger="cqcplan"):
        report = extract_report(path)
    return [(f.page, f.text, f.service) for f in report.findings]


def _wanted() -> list[tuple]:
    rows = PAGE_ONE + PAGE_TWO
    return [(1 if k < len(PAGE_ONE) else 2, " ".join(action), service)
            for k, ((_, action), service) in enumerate(zip(rows, SERVICES))]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_an_empty_service_cell_keeps_the_service_above_past_the_row_s_reference_and_the_page_break(tmp_path, size, caplog):
    assert _read(_sheet(tmp_path, size, 1.5), caplog) == _wanted()


@pytest.mark.parametrize("size", [9.0, 12.0])
@pytest.mark.parametrize("grid", [False, True])
def test_a_service_wrapped_at_a_loose_row_pitch_is_read_whole_and_the_lead_is_no_part_of_the_statement(tmp_path, size, grid, caplog):
    assert _read(_sheet(tmp_path, size, 2.0, grid=grid), caplog) == _wanted()


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_reference_read_into_its_kind_cell_s_line_names_no_group(tmp_path, size, caplog):
    assert _read(_sheet(tmp_path, size, 2.0, joined=True), caplog) == _wanted()
