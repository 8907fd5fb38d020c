"""A side panel in type of its own read as a region of its own over page breaks
(pipeline/panels.py), on small made-up pages of lines."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline.panels import panels_resumed


def _line(text: str, page: int, x0: float, top: float, size: float, column_left: float = 50.0) -> Line:
    return Line(text=text, page=page, x0=x0, text_x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top + size,
                size=size, column_left=column_left)


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_panel_running_through_a_page_keeps_a_justified_line_s_words_set_apart(size):
    """A panel (in `size` type, right of a main column in larger type) runs through page 2, cut
    mid-sentence at both feet; on page 3 its justified line of two words is cut at its wide space
    into two lines on one row ("community        teams,"). Page 2's main column is read after the
    panel's lines on page 3, all of them (before, it was put between the row's two words)."""
    main, x, pitch = 1.2 * size, 300.0, 1.4 * size
    lines = [
        *[_line(f"Staff were caring and kind to every patient {n}.", 1, 50, 100 + n * 1.4 * main, main) for n in range(6)],
        _line("Ensure that leaflets are available", 1, x, 100, size),
        _line("in languages other than", 1, x, 100 + pitch, size),
        *[_line(f"Relatives said that they felt welcome on every visit {n}.", 2, 50, 80 + n * 1.4 * main, main)
          for n in range(6)],
        _line("English in outpatients and in the", 2, x, 80, size),
        _line("community", 3, x, 80, size),
        _line("teams,", 3, x + 20 * size, 80, size),
        _line("including for agency staff.", 3, x, 80 + pitch, size),
        *[_line(f"Leaders were visible and approachable to staff {n}.", 3, 50, 80 + n * 1.4 * main, main) for n in range(3)],
    ]
    order = [line.text for line in panels_resumed(lines)]
    assert order.index("teams,") == order.index("community") + 1
    assert order.index("including for agency staff.") == order.index("teams,") + 1


@pytest.mark.parametrize("size", [9.0, 12.0, 19.0])
def test_a_panel_read_first_on_its_page_runs_through_it_to_a_heading_at_its_foot(size):
    """A list panel in large type, left of a main column in smaller type, goes on at page 2's top, where
    it is read first already; it ends page 2 with a service's heading ("Surgery"), its items on page 3,
    while the main column, reaching lower, is cut mid-sentence beside it. The panel runs through page 2: its items on
    page 3 are read right after the heading, and page 2's main column after them, so the heading does
    not take the main column's bullets for its items. Fails without `_panel_first` counting the panel's
    run at a page's top that opens in its type (before, only when the page before was held)."""
    main, x, lead = 0.8 * size, 24 * size, 1.4 * size
    lines = [
        *[_line(f"Care was delivered in line with guidance {n}.", 1, 50, 100 + n * lead, main) for n in range(6)],
        _line("■ The location must ensure that emer-", 1, 50, 600, size),
        _line("gency equipment is checked daily and", 1, 50, 600 + lead, size),
        _line("• Staff were caring and kind.", 1, x, 600, main, x),
        _line("• Patients were treated with respect.", 1, x, 600 + lead, main, x),
        _line("that the checks are documented.", 2, 50, 80, size),
        _line("■ The service must ensure that risk", 2, 50, 80 + lead, size),
        _line("assessments are completed. (Reg 18)", 2, 50, 80 + 2 * lead, size),
        _line("Surgery", 2, 50, 80 + 3 * lead, size),
        _line("• One patient said staff were kind.", 2, x, 80, main, x),
        _line("Staff told us they should have more", 2, x, 80 + lead, main, x),
        _line("time to complete training, as the", 2, x, 80 + 2 * lead, main, x),
        _line("wards were short of nurses on most", 2, x, 80 + 3 * lead, main, x),
        _line("days of the week, and their shifts", 2, x, 80 + 4 * lead, main, x),
        _line("■ The location must ensure that there", 3, 50, 80, size),
        _line("are enough nurses. (Regulation 18)", 3, 50, 80 + lead, size),
        _line("were often too busy.", 3, x, 80, main, x),
    ]
    order = [line.text for line in panels_resumed(lines)]
    assert order.index("■ The location must ensure that there") == order.index("Surgery") + 1
