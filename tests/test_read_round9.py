"""Reading round nine (issue 10, random layouts 99200-99399), on small PDFs drawn here with
reportlab and read back whole."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 60.0
MUSTS = ["The hospital must ensure that controlled drugs are checked daily.",
         "The hospital must make sure that consent is recorded in patients' notes."]
SHOULDS = ["The hospital should review the arrangements for interpreting services.",
           "The hospital should improve the documentation of observations."]


@pytest.mark.parametrize("size", [8.0, 12.0, 15.0])
def test_a_list_heading_wrapped_over_a_page_break_is_one_heading(tmp_path, size):
    """"Action the hospital should take" at the foot of a page, "to improve" at the top of the
    next: only together do they head the should list (before, the items under it stayed musts)."""
    lead = 1.4 * size
    first = [("Action the hospital must take to improve", LEFT, 60.0, 1.1 * size, True)]
    top = 60.0 + 2 * size
    for text in MUSTS:
        first.append(("• " + text, LEFT, top, size, False))
        top += lead
    first.append(("Action the hospital should take", LEFT, 842.0 - 80.0, 1.1 * size, True))
    second = [("to improve", LEFT, 60.0, 1.1 * size, True)]
    top = 60.0 + 2 * size
    for text in SHOULDS:
        second.append(("• " + text, LEFT, top, size, False))
        top += lead
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text, f.page) for f in found] == [("must", t, 1) for t in MUSTS] + [("should", t, 2) for t in SHOULDS]
