"""Pages printed four to a sheet (outside set IA, r2_tick_tracker_4up), on small PDFs drawn here with
reportlab: four pages shrunk into a 2 x 2 grid on one A4 sheet, each with its own running header.

The must list opens in the top-right page and goes on at the top of the bottom-left one; the should
list follows in the bottom-right. Read as one page, the sheet's left column ran down through the
first and third pages, so the list's last items came before its heading and were lost (fails
without pipeline/sheet_grid.py); and the bottom-left page's running header, in the middle of the
sheet, was read as a paragraph ending the list (fails without furniture judged a page of the grid at
a time, sheet_grid.cell_pages). A page of two columns and a wide gap between sections is no grid:
its gutter is narrower than its margins; nor is a two-page spread whose one page runs short beside
a gap in the other (a list's heading set low): the text under the gap starts lower than the pages'
top margin (fails without sheet_grid._set_alike)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline.glyphs import Glyph  # noqa: E402
from cqcplan.pipeline.sheet_grid import grid_cells  # noqa: E402

WIDTH, HEIGHT = 595.0, 842.0
MUSTS = ["The trust must ensure that patients are triaged within 15 minutes. (Regulation 12)",
         "The trust must ensure that staff complete safeguarding training. (Regulation 13)",
         "The trust must ensure that records are stored securely. (Regulation 17)",
         "The trust must ensure that medicines are checked daily. (Regulation 12)"]
SHOULDS = ["The trust should ensure that call bells are answered promptly.",
           "The trust should review how it involves carers in discharge planning."]
NARRATIVE = ["We carried out an announced inspection of the", "hospital. Leaders understood the priorities",
             "and issues the service faced and staff felt", "respected, supported and valued at work."]


def _cell(column: int, row: int, runs: list[tuple], size: float) -> list[tuple]:
    """A page's runs (text, x, top, size in ems, bold) laid in its cell of the sheet's 2 x 2 grid,
    under its own running header, at a margin of its own."""
    cell_w, cell_h = WIDTH / 2, HEIGHT / 2
    x0, y0 = column * cell_w + 0.1 * cell_w, row * cell_h + 0.06 * cell_h
    out = [("Ashworth Hospital NHS Trust - action tracker", x0, y0, 0.8 * size, False)]
    y = y0 + 3 * size
    for text, indent, bold in runs:
        out.append((text, x0 + indent * size, y, size, bold))
        y += 1.4 * size
    return out


def _sheet(size: float) -> list[tuple]:
    para = [(line, 0, False) for line in NARRATIVE]
    must_head = [("Action the trust MUST take to improve", 0, True)]
    should_head = [("Action the trust SHOULD take to improve", 0, True)]

    def items(texts):
        return [(f"• {t}", 0, False) for t in texts]
    return (_cell(0, 0, para + para, size) + _cell(1, 0, para + must_head + items(MUSTS[:2]), size)
            + _cell(0, 1, items(MUSTS[2:]) + para, size) + _cell(1, 1, should_head + items(SHOULDS) + para, size))


@pytest.mark.parametrize("size", [4.0, 5.0])
def test_pages_four_to_a_sheet_are_read_row_by_row(tmp_path, size):
    _, found = _findings(_pages(tmp_path / "report.pdf", [_sheet(size)], WIDTH, HEIGHT))
    assert [(f.kind, f.text, f.page) for f in found] == \
        [("must", t, 1) for t in MUSTS] + [("should", t, 1) for t in SHOULDS]


def _glyph(x0: float, top: float, size: float = 10.0) -> Glyph:
    return Glyph("word", x0, x0 + 8 * size, top, top + size, size, False, False)


def test_two_columns_and_a_gap_between_sections_are_no_grid():
    """Columns at a 2-em gutter inside 72-point margins, a 6-em gap between two sections."""
    glyphs = [_glyph(x, top) for x in (72, 307) for top in list(range(72, 400, 14)) + list(range(460, 770, 14))]
    assert len(grid_cells(glyphs, WIDTH, HEIGHT)) == 1


def test_a_grid_with_wide_margins_between_its_cells_is_parted_row_by_row():
    glyphs = [_glyph(x, top, 5.0) for x in (30, 330) for top in list(range(30, 390, 8)) + list(range(450, 810, 8))]
    cells = grid_cells(glyphs, WIDTH, HEIGHT)
    assert [(min(g.x0 for g in c), min(g.top for g in c)) for c in cells] == [(30, 30), (330, 30), (30, 450), (330, 450)]


def _rows(x: float, first: float, last: float, size: float) -> list[Glyph]:
    return [_glyph(x, first + k * 1.4 * size, size) for k in range(int((last - first) / (1.4 * size)) + 1)]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_spread_whose_short_page_ends_beside_a_gap_in_the_other_is_no_grid(size):
    """A landscape sheet of two pages: the left one's text broken by a gap across its middle (its
    should list's heading set low), the right one ending above that gap's foot."""
    width, height = HEIGHT, WIDTH
    glyphs = _rows(46, 24, 0.42 * height, size) + _rows(46, 0.7 * height, height - 30, size) + \
        _rows(width / 2 + 60, 24, 0.4 * height, size)
    assert len(grid_cells(glyphs, width, height)) == 1


@pytest.mark.parametrize("size", [4.0, 5.0])
def test_a_grid_whose_first_page_starts_lower_is_still_parted(size):
    """Four pages to a sheet, each at a top margin of its own; the first a cover, its title lower."""
    glyphs = [g for x in (30, 330) for top in (30, 451) for g in _rows(x, top + (100 if (x, top) == (30, 30) else 0),
                                                                      top + 330, size)]
    assert len(grid_cells(glyphs, WIDTH, HEIGHT)) == 4
