"""Two columns filled in turn over the pages (outside set FK, a 2016 Quality Report's chapters), drawn
here at two type sizes. The first page's left column finishes its sentence well short of the foot; the
right one breaks off mid-sentence and goes on at the next page's left column, in lower case, which then
opens the should list that runs on at the right column's top. To split_rows that looked like a row of
two cells cut by the page break, the left cell going on in lower case: the right column's items were
read back before the list's heading and lost. A cell broken off mid-sentence cannot go on where its
column opens a new bulleted item, so the columns are no row's cells (fails without split_rows'
`_cut_before_new_item`)."""

import pytest

pytest.importorskip("reportlab")

from reading import read_findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402
from test_read_round89 import LEFT, TOP, _cover  # noqa: E402

LEFT_TEXT = ["Policies were based on national", "guidance, and local audits were", "carried out every quarter.",
             "Staff had an appraisal each year."]
RIGHT_TEXT = ["Bed occupancy was above 95% in", "the winter months, and patients", "were sometimes cared for on",
              "wards that were not suited to", "their needs, and some of them", "were moved at night between",
              "wards more than once during their", "stay, which patients and their"]
NEXT_LEFT = [("relatives told us they found", False), ("upsetting.", False), ("The hospital should:", True),
             ("• Ensure that all staff complete", False), ("   mandatory training.", False),
             ("• Review discharge arrangements", False), ("   at weekends.", False)]
NEXT_RIGHT = ["• Consider providing a quiet room", "   on the stroke unit.", "• Improve fluid balance charts on",
              "   the elderly care wards."]


def _flowing_columns(size: float) -> list[list[tuple]]:
    """Two pages of two columns filled in turn, as the module's docstring says."""
    lead, right = 1.3 * size, LEFT + 24 * size

    def column(texts: list[tuple[str, bool]], x: float) -> list[tuple]:
        return [(text.strip(), x + (size if text.startswith(" ") else 0), TOP + n * lead, size, bold)
                for n, (text, bold) in enumerate(texts)]

    first = column([("Are services effective?", True)] + [(t, False) for t in LEFT_TEXT], LEFT) + \
        column([("Are services responsive?", True)] + [(t, False) for t in RIGHT_TEXT], right)
    return [first, column(NEXT_LEFT, LEFT) + column([(t, False) for t in NEXT_RIGHT], right)]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_column_cut_mid_sentence_beside_a_new_item_is_no_cell_going_on(tmp_path, size):
    path = _pages(tmp_path / "report.pdf", [_cover(size)] + _flowing_columns(size))
    assert [f.text for f in read_findings(path)] == [
        "Ensure that all staff complete mandatory training.", "Review discharge arrangements at weekends.",
        "Consider providing a quiet room on the stroke unit.", "Improve fluid balance charts on the elderly care wards."]
