"""A "Core service | Action" table whose service cells are centred on their rows (fpdf2's or a
web page's vertical-align: middle), drawn here with reportlab and read back whole: the service
is level with a line inside an item, not with the row's first line. Put back before the line
level with it (pipeline/label_rows.py), it cut that item in two; it goes before the item's
opening line, so each item is read whole under its service."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT, RIGHT = 90.0, 306.0
ROWS = {  # each service's item, its lines; the service is level with its row's middle line
    "Surgery": [("– The hospital must ensure that the five steps", "to safer surgery checklist is completed for",
                 "every patient. (Regulation 12)")],
    "Outpatients": [("– The hospital must ensure that confidential", "information is not left unattended in",
                     "consulting rooms and that records are", "stored in locked cabinets at the end of",
                     "each clinic. (Regulation 17)")],
    "Diagnostic imaging": [("– The hospital must ensure that the local rules", "for radiation protection are signed by all",
                            "staff. (Regulation 17(1))")],
}


def _table(size: float) -> list[tuple]:
    lines = [("Action the hospital MUST take to improve", LEFT, 80.0, 1.4 * size, True)]
    top = 80.0 + 3 * size
    lines += [("Core service", LEFT, top, 1.2 * size, False), ("Action", RIGHT, top, 1.2 * size, False)]
    top += 1.6 * size
    lead = 1.15 * size
    for service, items in ROWS.items():
        rows = [words for item in items for words in item]
        lines.append((service, LEFT, top + (len(rows) // 2) * lead, size, False))
        for k, words in enumerate(rows):
            lines.append((words, RIGHT, top + k * lead, size, False))
        top += len(rows) * lead + 0.1 * size
    return lines


@pytest.mark.parametrize("size", [7.0, 9.0, 13.0])
def test_a_service_centred_on_its_row_does_not_cut_the_item_beside_it(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _table(size)))
    want = [(service, " ".join(item)[2:]) for service, items in ROWS.items() for item in items]
    assert [(f.service, f.text) for f in found] == want
