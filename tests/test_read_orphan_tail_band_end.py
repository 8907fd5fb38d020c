"""An item's last words at the next column's top, set higher than the first column's first item under
the list's lead-in (pipeline/orphan_tails.py), where the band of columns ends under that item: the next
line read after the item's cut sentence is the next list's heading below the band, not a move back up
the page. The tail still ends the item (before, it was read before the item, which was cut short and
the tail taken for a paragraph)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

MUST = ("Ensure that infection prevention and control pro-", "cedures are followed on all medical wards, in",
        "accordance with the trust policy.")
SHOULD = "Improve the documentation of observations on all medical wards."


@pytest.mark.parametrize("size", [8.0, 10.0, 11.0, 12.0])
def test_a_raised_tail_ends_the_item_cut_where_the_band_of_columns_ends(tmp_path, size):
    left, right, top = 62.0, 62.0 + 36.0 * size, 120.0
    lines = [("Diagnostic imaging", left, top, 1.3 * size, True),
             ("The areas where the provider must make improvement are:", left, top + 2.5 * size, 0.96 * size, False),
             (MUST[2], right, top + 3.8 * size, size, False),
             ("➢", left + 1.2 * size, top + 4.7 * size, size, False),
             (MUST[0], left + 3.4 * size, top + 4.7 * size, size, False),
             (MUST[1], left + 3.4 * size, top + 6.1 * size, size, False),
             ("The areas where the provider should make improvements are:", left, top + 8.4 * size, 0.96 * size, True),
             ("➢", left + 0.4 * size, top + 10.4 * size, size, False),
             (SHOULD, left + 2.6 * size, top + 10.4 * size, size, False)]
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that infection prevention and control procedures are followed on all medical wards, in "
                 "accordance with the trust policy."),
        ("should", SHOULD)]
