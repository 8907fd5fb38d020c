"""Round read86 (outside set FK, an ordinary batch), each layout drawn here at several type sizes.

Two-column pages filled in turn where the left column ended its sentence short of the page's foot
(it had room left) and the right column broke off mid-sentence at the foot: the next page's left
column opens with that sentence's rest in lower case, and its list runs on at the right column's
top. The pages are one flow, not a row of cells split by the break (pipeline/split_rows.py)."""

import pytest

pytest.importorskip("reportlab")

from test_read_outside_tables import _findings  # noqa: E402
from test_read_round7e import HEIGHT  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT, TOP = 40.0, 60.0
SHOULDS = [["Review the arrangements for discharging", "patients at weekends."],
           ["Ensure that all medical staff complete", "mandatory training."],
           ["Consider providing a quiet room on the", "stroke unit for relatives."],
           ["Improve the completion of fluid balance", "charts on the elderly care wards."]]


def _column(texts: list[str], x: float, top: float, size: float) -> list[tuple]:
    return [(text, x, top + k * 1.3 * size, size, False) for k, text in enumerate(texts)]


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_list_at_the_foot_of_a_flow_goes_on_at_the_next_column_s_top(tmp_path, size):
    lead, right, foot = 1.3 * size, LEFT + 27 * size, HEIGHT - 70.0
    rows = int((foot - TOP) / lead)
    cover = [("Ashbourne General Hospital", LEFT, 200.0, 2 * size, True), ("Quality Report", LEFT, 240.0, 1.5 * size, False)]
    first = [("Medical care", LEFT, 30.0, 0.8 * size, False)]
    first += _column(["Staff were kind and caring towards", "patients and their relatives."] * ((rows - 6) // 2), LEFT, TOP, size)
    first.append(("Is the service responsive?", right, TOP, size, True))
    flow = ["Bed occupancy was above 95% and", "patients were sometimes cared for", "on wards that were not suited to"]
    first += _column((flow * rows)[: rows - 1], right, TOP + lead, size)
    second = [("Medical care", LEFT, 30.0, 0.8 * size, False)]
    second += _column(["their needs. The hospital had a", "discharge lounge."], LEFT, TOP, size)
    y = foot - 7 * lead - 1.2 * size  # the heading and the list's first two items fill the left column
    filler = ["The service had a clear vision and", "a strategy that staff understood."] * rows
    count = int((y - TOP - 3.5 * lead) / lead)
    second += _column(filler[:count - count % 2], LEFT, TOP + 2.5 * lead, size)
    second.append(("Action the hospital SHOULD take to improve", LEFT, y, size, True))
    y += lead
    for k, item in enumerate(SHOULDS):
        if k == 2:  # the rest of the list at the right column's top
            y = TOP
        x = LEFT if k < 2 else right
        second.append(("•", x, y, size, False))
        second += _column(item, x + size, y, size)
        y += len(item) * lead + 0.4 * size
    pages = [cover, first, second]
    found = _findings(_pages(tmp_path / "report.pdf", pages))
    assert [(f.kind, f.text, f.page) for f in found] == [("should", " ".join(item), 3) for item in SHOULDS]
