"""Reading round sixty-six (random seeds left from earlier sessions); each page is drawn here line by
line, at several type sizes:

- a must box in two short columns under its list's heading: the left column's item wraps onto a
  second line at its bullet's x, the right column holds one line (the item's end and citation) set
  a little higher, and the should list's heading, bold and larger, is set across both under them.
  A column of one line beside a band is a column when the row that closes the band is the next
  list's heading set across it well under that line. Before, only a heading between the line and
  the crossing row counted, so the box was read row by row: its one line came between the item's
  two lines (seed 117079);
- on a scan's text layer (no bullets, no bold), a should list in the body's type, a core service's
  heading in much larger type under it at the page's foot, its key question, sub-heading and
  narrative on the next page. A heading after a list in the body's own type, bold or set as a
  heading in larger type, goes on the report, not beside a side panel; before, the larger plain
  heading was taken for a main column beside a panel and the list resumed at the narrative's
  sentence "Staff told us they should have more time …" (seed 117097).

Each test fails without its change: gutters.py's `Gutter._crossed_under` (the crossing row itself a
heading), locate.py's `_Walker._panel_left` (a heading by its larger type).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found  # noqa: E402

LETTER = (612.0, 792.0)
ASCENT = 0.93  # DejaVu's line box over its baseline, in ems


def _page(rows: list[tuple], size: float, left: float, top: float, body: float) -> list[tuple]:
    """Lines given as (text, x, top, points, bold) at a `body`-point original, scaled to `size`: each
    x and top measured from (`left`, `top`) in the original's ems, each line at its baseline."""
    scale = size / body
    return [(text, left + (x - left) * scale, top + (y - top) * scale + ASCENT * points * scale, points * scale, bold)
            for text, x, y, points, bold in rows]


MUST_ONE = ("Ensure that the environment at night and at weekends is safe & suitable for the patients who use it "
            "and that learning is shared across teams. (Reg 18)")
SHOULD_ONE = "Review the discharge arrangements so that patients are not delayed unnecessarily."


def _one_line_column(size: float) -> list[tuple]:
    """Seed 117079's page 2 (9 pt): the must box's two columns, the right one a line set higher."""
    rows = [("Wards for older people with mental health problems", 42.6, 397.3, 9.0, True),
            ("The areas where the provider must make improvement are:", 42.6, 419.6, 10.9, True),
            ("◦", 53.2, 439.4, 9.0, False),
            ("Ensure that the environment at night and at", 66.0, 439.4, 9.0, False),
            ("weekends is safe & suitable for the patients who use it", 53.2, 452.0, 9.0, False),
            ("and that learning is shared across teams. (Reg 18)", 308.1, 434.2, 9.0, False),
            ("The areas where the provider should make improvements are:", 42.6, 472.8, 10.9, True),
            ("◦", 53.2, 491.9, 9.0, False),
            (SHOULD_ONE, 66.0, 491.9, 9.0, False)]
    return _page(rows, size, 42.6, 397.3, 9.0)


@pytest.mark.parametrize("size", [8.0, 9.0, 10.5])
def test_one_line_column_closed_by_the_next_list_s_heading_is_a_column(tmp_path, size):
    found = _found(_draw(tmp_path / "box.pdf", [(LETTER, _one_line_column(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", MUST_ONE), ("should", SHOULD_ONE)]


SHOULDS_SCANNED = ["Improve the completion of the day-to-day cleaning schedules, in accordance with the trust policy.",
                   "Continue to improve the recording of pain scores in the emergency department on floors 2-4."]


def _scanned_pages(size: float) -> list[tuple]:
    """Seed 117097's pages 3 and 4 (14 pt, a scan's text layer): the should list, a core service's
    heading at the page's foot, its narrative on the next page."""
    first = [("Critical care", 58.6, 98.5, 16.9, False),
             ("In addition the provider should:", 58.6, 141.1, 20.6, False),
             ("Improve the completion of the day-to-day cleaning schedules, in", 106.6, 178.0, 14.0, False),
             ("accordance with the trust policy.", 95.0, 197.6, 14.0, False),
             ("Continue to improve the recording of pain scores in the emergency", 106.6, 222.1, 14.0, False),
             ("department on floors 2-4.", 95.0, 241.7, 14.0, False),
             ("Maternity", 58.6, 618.3, 29.5, False)]
    second = [("Is the service well-led?", 58.6, 64.0, 16.9, False),
              ("Leadership", 58.6, 93.1, 21.4, False),
              ("Learning from incidents was shared at daily safety huddles and in a monthly", 58.6, 131.8, 14.0, False),
              ("newsletter. One patient said staff “should be proud of the care they give”.", 58.6, 151.4, 14.0, False),
              ("Staff told us they should have more time to complete training, but shifts were", 58.6, 171.0, 14.0,
               False),
              ("often too busy.", 58.6, 190.6, 14.0, False)]
    return [(LETTER, _page(rows, size, 58.6, 36.0, 14.0)) for rows in (first, second)]


@pytest.mark.parametrize("size", [11.0, 12.0, 14.0])
def test_core_service_heading_in_larger_plain_type_is_no_side_panel_s_end(tmp_path, size):
    found = _found(_draw(tmp_path / "scan.pdf", _scanned_pages(size)))
    assert [(kind, text) for kind, _, text, _ in found] == [("should", text) for text in SHOULDS_SCANNED]
