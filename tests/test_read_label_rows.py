"""A "Core service | Action" table read column by column (pipeline/label_rows.py), on a small PDF
drawn here with reportlab and read back whole: the service cells are short names at the left,
well clear of the action cells, whose bulleted items run over several lines each. The reading
order gives every service first, then every action; each item still takes the service on its
row (before, every item took the last service read, or none)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT, RIGHT = 90.0, 306.0
ROWS = {  # each service's items, each item's lines
    "Surgery": [("The hospital must ensure that the five steps", "to safer surgery checklist is completed for",
                 "every patient. (Regulation 12)"),
                ("The hospital must ensure that controlled", "drugs in theatres are stored and recorded",
                 "in line with legislation. (Regulation 12)")],
    "Outpatients": [("The hospital must ensure that confidential", "information is not left unattended in",
                     "consulting rooms. (Regulation 17)")],
    "Diagnostic imaging": [("The hospital must ensure that the local rules", "for radiation protection are signed by all",
                            "staff. (Regulation 17(1))"),
                           ("The hospital must ensure that staff check", "patients' pregnancy status before exposure.")],
}


def _table(size: float) -> list[tuple]:
    """Heading, header row, then each service beside its bulleted items."""
    lines = [("Action the hospital MUST take to improve", LEFT, 80.0, 1.4 * size, True)]
    top = 80.0 + 3 * size
    lines += [("Core service", LEFT, top, 1.2 * size, False), ("Action", RIGHT, top, 1.2 * size, False)]
    top += 1.6 * size
    for service, items in ROWS.items():
        lines.append((service, LEFT, top, size, False))
        for item in items:
            for k, words in enumerate(item):
                lines.append(("● " + words if k == 0 else words, RIGHT, top, size, False))
                top += 1.15 * size
        top += 0.1 * size
    return lines


@pytest.mark.parametrize("size", [6.0, 8.0, 9.0])
def test_each_item_takes_the_service_on_its_row_when_the_labels_are_read_first(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", _table(size)))
    want = [(service, " ".join(item)) for service, items in ROWS.items() for item in items]
    assert [(f.service, f.text) for f in found] == want
