"""A line ending in a suspended hyphen ("… blood pressure and pre-" / "and post-dialysis
observations …"): the hyphen's word shares its second part with the next, so the space after it
stays ("pre- and post-dialysis"), as a reader reads it. Before, the compound rule closed it up as a
compound broken after its hyphen ("pre-and"). Fails without text.py's `_SUSPENDED`."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

LEFT = 60.0
ITEM = ["The provider must ensure that patients' weight, blood pressure and pre-",
        "and post-dialysis observations are recorded for every session, and that short-",
        "or long-term risks are reviewed. (Regulation 12(2)(a)(b))"]


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_a_suspended_hyphen_keeps_its_space(tmp_path, size):
    lines = [("Action the provider MUST take to improve", LEFT, 60.0, 1.3 * size, True)]
    top = 60.0 + 2.4 * size
    lines.append(("•", LEFT, top, size, False))
    for text in ITEM:
        lines.append((text, LEFT + 1.4 * size, top, size, False))
        top += 1.4 * size
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == [
        "The provider must ensure that patients' weight, blood pressure and pre- and post-dialysis observations are "
        "recorded for every session, and that short- or long-term risks are reviewed. (Regulation 12(2)(a)(b))"]
