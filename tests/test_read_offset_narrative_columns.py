"""Three columns of narrative on offset baselines (the first set a third of an em higher than the
two beside it), the middle one a line shorter, over a two-column must / should table whose gutter
opens under the middle column's end. Made here with reportlab at two type sizes (every place in ems
of the type).

Before, the first column's last line, a line's leading under its line above and set a little
higher than the third column's last line, was taken for the raised first line of the table's
columns below (its row beside the narrative's gutters only, the row under it beside the table's too)
and read after the third column, so the lead-in ("The location should read this section …") took
the other columns' lines and was read as a should statement. Fails without read.py's
`_raised_first_lines` asking `_next_line`."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _Page  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

FIRST = ["The location should read", "this section with the", "notices: we have told", "what it must do by when."]
SECOND = ["Interpreting services", "were available by phone", "when booked. One"]
THIRD = ["patient said staff were", "kind. Patients who must", "fast before a procedure", "were given information."]
MUST = ["The service must ensure that all", "staff complete mandatory training,", "including safeguarding and basic",
        "life support, in line with the trust", "target. (Regulation 12(2)(a))"]
SHOULD = ["The location should continue to", "improve the recording of pain", "scores in the emergency",
          "department and that compliance", "is monitored through audits."]


@pytest.mark.parametrize("size", [8.5, 11.0])
def test_a_column_s_last_line_set_a_little_higher_than_the_next_column_s_is_read_in_its_column(tmp_path, size):
    path = tmp_path / "offset.pdf"
    page = _Page(path, size)
    lead, top, step = 1.4 * size, 120.0, 15.5 * size
    page.put("Areas for improvement", 42, top - 1.6 * size, 1.2 * size, bold=True)
    for k, column in enumerate([FIRST, SECOND, THIRD]):
        for n, text in enumerate(column):
            page.put(text, 42 + k * step, top + n * lead + (0 if k == 0 else 0.35 * size))
    table = top + 4 * lead + 1.5 * size
    page.put("The location must:", 42, table, bold=True)
    page.put("The location should:", 42 + 23.5 * size, table, bold=True)
    for n, (must, should) in enumerate(zip(MUST, SHOULD), start=1):
        page.put(must, 42 + 1.5 * size, table + n * lead)
        page.put(should, 42 + 25 * size, table + n * lead)
    page.save()
    texts = [line.text for line in start_read(path, sha256="0")().pages[0].lines]
    assert texts.index(FIRST[3]) == texts.index(FIRST[2]) + 1
