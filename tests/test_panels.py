"""A side panel in type of its own read as a region of its own over page breaks
(pipeline/panels.py), on small made-up pages of lines."""

import pytest

from cqcplan.models.document import Line
from cqcplan.pipeline.panels import panels_resumed


def _line(text: str, page: int, x0: float, top: float, size: float) -> Line:
    return Line(text=text, page=page, x0=x0, text_x0=x0, x1=x0 + 0.5 * size * len(text), top=top, bottom=top + size,
                size=size, column_left=50.0)


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


def _panel_over_a_break(size: float, spacing: float, panel) -> list[Line]:
    """A main column in 1.2 x `size` type (its lines `spacing` of its size apart) beside a numbered panel at x 300
    (`panel(text, page, top)` makes its lines) going on at page 2's top under its SHOULD heading."""
    main, pitch = 1.2 * size, 1.4 * size
    return [
        *[_line(f"• Staff were caring and kind to every patient {n}.", 1, 50, 100 + n * spacing * main, main)
          for n in range(6)],
        panel("1. The service must ensure that incidents", 1, 100),
        panel("are reported. (Regulation 12(2)(g))", 1, 100 + pitch),
        *[_line(f"• Relatives said that they felt welcome on every visit {n}.", 2, 50, 80 + n * spacing * main, main)
          for n in range(3)],
        panel("2. The service must ensure that controlled", 2, 80),
        panel("drugs are checked. (Regulation 18(2)(a))", 2, 80 + pitch),
        panel("Action the service SHOULD take to improve", 2, 80 + 2 * pitch).model_copy(update={"bold": True}),
    ]


@pytest.mark.parametrize("size", [7.0, 9.0, 12.0])
def test_a_panel_goes_on_under_the_main_column_s_end_past_a_heading_s_blank_line(size):
    """A numbered panel (in `size` type, right of a main column in larger type) goes on at page 2's
    top; the main column ends higher up, so read.py gives the panel's lines under its end the page's
    full width (another column_left), and a heading there stands a blank line of the panel's own
    leading over the next list's service. The panel's lines under it are the same column: read with
    it before the main column's, so the main column's bullets never fall under the panel's heading."""
    x, pitch = 300.0, 1.4 * size

    def panel(text: str, page: int, top: float, full_width: bool = False) -> Line:
        line = _line(text, page, x, top, size)
        return line if full_width else line.model_copy(update={"column_left": x})

    lines = [
        *_panel_over_a_break(size, 1.4, panel),
        panel("Acute wards for adults of working age", 2, 80 + 4 * pitch, full_width=True).model_copy(update={"bold": True}),
        panel("1. The service should ensure that guidance", 2, 80 + 5 * pitch, full_width=True),
        panel("is used consistently by all specialties.", 2, 80 + 6 * pitch, full_width=True),
    ]
    order = [line.text for line in panels_resumed(lines) if line.page == 2]
    assert order[:6] == [line.text for line in lines[-6:]]


def test_a_table_s_next_row_beside_its_own_label_is_no_panel_going_on():
    """The same page, but the line under the heading's blank line has a cell level with it on its
    row, left of it (a table's next row beside its label): that row is read where the page reads it,
    not drawn up into the column above."""
    size, x = 9.0, 300.0
    pitch = 1.4 * size

    def cell(text: str, page: int, top: float, x0: float = x, column_left: float = x) -> Line:
        return _line(text, page, x0, top, size).model_copy(update={"column_left": column_left})

    lines = [
        *_panel_over_a_break(size, 1.7 / 1.2, cell),
        cell("SHOULD", 2, 80 + 4 * pitch, x0=200, column_left=50.0),
        cell("1. The service should ensure that guidance", 2, 80 + 4 * pitch, column_left=50.0),
    ]
    order = [line.text for line in panels_resumed(lines) if line.page == 2]
    assert order.index("1. The service should ensure that guidance") > order.index("SHOULD")
