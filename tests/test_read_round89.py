"""Round read89 (outside set FR, faults left on it), each layout drawn here at two type sizes.

A table setting two statements to a row, each with its number in large type in a narrow cell of
its own left of it (number | statement | number | statement), is read row by row and, in each row,
cell by cell, left to right: read across, the two statements' lines interleaved (pipeline/read.py,
`_label_pairs`). The numbers' baselines fall below their statements' first lines, so a gutter beside
a number is measured in the statements' type, not the numbers' (pipeline/gutters.py).

A last column of badges in small type ("Priority: High") right of each statement's first line is narrow,
so the rows are read across (pipeline/read.py, `_badges`)."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round7e import FONTS  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, TOP = 40.0, 60.0

GRID = [["The trust must ensure that all vehicles used", "for patient transport are cleaned in line",
         "with its infection control policy."],
        ["The trust must ensure that equipment carried", "on vehicles is serviced at the intervals",
         "set by the manufacturer."],
        ["The trust must ensure that staff complete", "mandatory training in safeguarding adults."],
        ["The trust must ensure that eligibility for", "transport is assessed consistently and",
         "that the reasons for decisions are recorded."]]


def _grid(size: float, gap: float) -> list[tuple]:
    """The list's heading over two rows of two numbered cells; `gap` ems between the left cell's
    longest line and the right cell's number."""
    from reportlab.pdfbase.pdfmetrics import registerFont, stringWidth
    from reportlab.pdfbase.ttfonts import TTFont

    registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    lead, number = 1.3 * size, 1.7 * size
    measure = max(stringWidth(text, "DejaVu", size) for cell in GRID[::2] for text in cell)
    right = LEFT + 2.5 * size + measure + gap * size
    lines = [("Action the trust MUST take to improve", LEFT, TOP, 1.1 * size, True)]
    top = TOP + 2.5 * lead
    for first, row in ((1, GRID[:2]), (3, GRID[2:])):
        for k, (x, cell) in enumerate(zip((LEFT, right), row)):
            lines.append((str(first + k), x, top, number, False))  # level tops, so a lower baseline
            lines += [(text, x + 2.5 * size, top + n * lead, size, False) for n, text in enumerate(cell)]
        top += (max(map(len, row)) + 1.5) * lead
    return lines


def _cover(size: float) -> list[tuple]:
    return [("Eastmere Ambulance Service NHS Trust", LEFT, 150.0, 2 * size, True),
            ("Patient transport services", LEFT, 190.0, 1.4 * size, True),
            ("Inspection report", LEFT, 220.0, 1.2 * size, False),
            ("Date of inspection visit: 3 to 5 September 2019", LEFT, 250.0, size, False),
            ("Overall rating for this service", LEFT, 300.0, size, True),
            ("Requires improvement", LEFT + 22 * size, 300.0, size, False)]


@pytest.mark.parametrize("gap", [2.5, 1.2])
@pytest.mark.parametrize("size", [9.0, 11.0])
def test_two_numbered_statements_to_a_table_row_are_read_cell_by_cell(tmp_path, size, gap):
    path = _pages(tmp_path / "report.pdf", [_cover(size), _grid(size, gap)])
    assert [f.text for f in read_findings(path)] == [" ".join(cell) for cell in GRID]



SHOULD = [(["The provider should ensure that consultation rooms", "offer privacy so conversations are not overheard."], "Low"),
          (["The provider should review its marketing material so", "that it offers no time-limited discounts."], "Medium"),
          (["The provider should ensure that implant details are",
            "recorded in the Breast and Cosmetic Implant Registry for all eligible patients who",
            "had surgery."], "Medium"),  # its second line runs on under the badge
          (["The provider should consider auditing outcome", "measures for all procedures."], "Low")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_badge_in_small_type_right_of_each_statement_s_first_line_is_read_with_its_row(tmp_path, size):
    lead, badge = 1.4 * size, size / 1.6
    lines = [("Action the provider SHOULD take to improve", LEFT, TOP, 1.1 * size, True)]
    top = TOP + 2.5 * lead
    for k, (cell, priority) in enumerate(SHOULD, 1):
        lines += [(str(k), LEFT, top, size, True), (f"Priority: {priority}", LEFT + 40 * size, top + 0.1 * size, badge, True)]
        lines += [(text, LEFT + 3 * size, top + n * lead, size, False) for n, text in enumerate(cell)]
        top += (len(cell) + 0.6) * lead  # rows padded less than a blank band apart
    path = _pages(tmp_path / "report.pdf", [_cover(size), lines])
    assert [f.text for f in read_findings(path)] == [" ".join(cell) for cell, _ in SHOULD]
