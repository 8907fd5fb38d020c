"""Lists in the two cells of a ruled table's rows (MUST | SHOULD, a large-print GP report's
"Areas for improvement"), on small PDFs built here: each cell's items wrap at heights of their own,
one cell's lines set between the other's when its text is centred in the row, and a cell's line
may end within a word space of the next cell's text edge. The gutter the rows above set goes on
down every row of the table (pipeline/gutters.py), so each cell is read whole; at 10, 13 and 14 pt.
A row with one cell (the other empty: an item going on over a page break under the repeated
header row) has no gutter going on: its cell is read under the header cell it sits under."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

LEADING, HEADER_LEADING = 1.55, 1.2  # in ems
GAP_EM = 0.6  # how near the left cell's longest line comes to the right cell's text edge
LEFT_X = 60.0
TOP_Y = 780.0
TITLE = "Areas for improvement"
RUNNING = "Summary of findings"
HEADER = (["Action the service MUST take", "to improve"], ["Action the service SHOULD take", "to improve"])
MUST, SHOULD = (" ".join(cell) for cell in HEADER)  # as the reader heads each cell with its header cell


def _table(path, size: float, pages: list[list[tuple[list[str], list[str], float]]], font: str = "Helvetica") -> None:
    """A title, then on each page a header row under the table's top edge (repeated over the rest
    of the table), then each row's left and right cells' lines under a rule across the table, the
    right cell's lines this many lines lower (centred in a row of longer left cells). The right
    column starts `GAP_EM` right of the left cells' longest line."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    bold = font + "-Bold"
    if font != "Helvetica":
        pdfmetrics.registerFont(TTFont(font, str(FONTS / "DejaVuSans.ttf")))
        pdfmetrics.registerFont(TTFont(bold, str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    right_x = LEFT_X + max(stringWidth(t, font, size) for rows in pages for left, _, _ in rows for t in left) \
        + GAP_EM * size
    page.setFont(bold, size)
    page.drawString(LEFT_X, TOP_Y + 3 * size, TITLE)
    for rows in pages:
        page.setFont(font, 8)
        page.drawString(LEFT_X, 830, RUNNING)
        y = TOP_Y
        page.line(LEFT_X - 4, y + 1.2 * size, 560, y + 1.2 * size)  # the table's top edge
        page.setFont(bold, size)
        for x, cell in zip((LEFT_X, right_x), HEADER):
            for k, text in enumerate(cell):
                page.drawString(x, y - k * HEADER_LEADING * size, text)
        y -= (len(HEADER[0]) - 1) * HEADER_LEADING * size + 0.6 * size
        page.setFont(font, size)
        for left, right, lower in rows:
            page.line(LEFT_X - 4, y, 560, y)
            top = y - 1.2 * size
            for k, text in enumerate(left):
                page.drawString(LEFT_X, top - k * LEADING * size, text)
            for k, text in enumerate(right):
                page.drawString(right_x, top - (k + lower) * LEADING * size, text)
            y = top - (max(len(left), len(right) + lower) - 1) * LEADING * size - 0.6 * size
        page.line(LEFT_X - 4, y, 560, y)
        page.showPage()
    page.save()


def _read(path) -> list[str]:
    """The lines' text, without the bullet (the standard font draws its own glyph for ■)."""
    return [line.text.lstrip("■• ") for page in start_read(path, sha256="-")().pages for line in page.lines]


def _page(rows: list[tuple[list[str], list[str], float]]) -> list[str]:
    """How a page of the table reads: its running header, the header row as printed (cell by
    cell), then each row's cells, each under its header cell's text, a cell with no lines under
    none of its own (an empty cell's header cell is read, as the table's header row goes on)."""
    cells = [t for left, right, _ in rows for t in [MUST, *left, SHOULD, *right]]
    return [RUNNING] + HEADER[0] + HEADER[1] + [t.lstrip("■ ") for t in cells]


@pytest.mark.parametrize("size", [10, 13, 14])
def test_each_cell_s_list_is_read_whole_where_one_line_nearly_closes_the_gutter(tmp_path, size):
    """In the first row a left line on the right cell's baseline ends `GAP_EM` short of the right
    cell's text (no gutter's width on that row); in the others the right cell is centred, so left
    lines ending as near the edge stand on baselines of their own, the first one before any line
    of the right cell (no gutter's width opens under the rule). Each cell's lines are read in one
    run under its column's header (the reader heads each cell with it), left before right, row by row."""
    near = "(DBS) check or a documented risk assessment of"
    rows = [(["■ Ensure that all staff who act as chaperones", "have received a check of the", near,
              "why one is not needed."],
             ["■ Review the arrangements for", "identifying carers, including", "an annual health check and",
              "a flu vaccination."], 0),
            (["■ Ensure that recruitment checks, including", "proof of identity and evidence",
              "previous employment, are carried out for all of the", "staff before they start work."],
             ["■ Record the minutes of meetings", "so that learning can be", "shared with all staff."], 0.5),
            (["■ Ensure that emergency medicines and oxygen,", "are available and checked regularly,",
              "and that the pads are in date."], ["■ Ensure that all staff understand", "the Gillick guidelines."], 0.5),
            (["■ Notify the Care Quality Commission of the", "absence of the registered manager for",
              "28 days or more."], ["■ Consider how to make the leaflet", "available in other languages."], 1)]
    path = tmp_path / "table.pdf"
    _table(path, size, [rows])
    page = _page(rows)
    assert _read(path) == page[:1] + [TITLE] + page[1:]


@pytest.mark.parametrize("size", [10, 13, 14])
def test_a_table_going_on_over_a_page_break_reads_each_cell_under_its_header(tmp_path, size):
    """The only left line coming within `GAP_EM` of the right cell's text stands on a baseline of its
    own, the right cell centred lower: the gutter the row above set goes on under the rule, that
    line short of its edge. Over the page break, under the repeated header row, the last row's right
    cell is empty: no gutter goes on into it from the header row, and its left cell is read under
    its header cell as the rows above were (the must list's item, not the should list's)."""
    rows = [(["■ Ensure that all staff who act as", "chaperones have received a check", "of the disclosure service."],
             ["■ Review the arrangements for", "identifying carers, including", "an annual health check."], 0),
            (["■ Ensure that recruitment checks,", "including proof of identity and",
              "evidence of their previous employment,", "are carried out for all staff."],
             ["■ Record the minutes of", "meetings so that learning", "is shared with all staff."], 0.5),
            (["■ Ensure that emergency medicines", "are available and checked."], [], 0)]
    path = tmp_path / "table.pdf"
    _table(path, size, [rows[:2], rows[2:]], font="DejaVu")
    first = _page(rows[:2])
    assert _read(path) == first[:1] + [TITLE] + first[1:] + _page(rows[2:])
