"""Reading round eighty-two (the random layouts' range 124000); each page is drawn here line by
line, at more than one type size:

- a must item run through three columns, one line in the first, two in the second, one in the
  third, right over the should list's heading, the should list's right column set in smaller type
  and raised level with that heading, so that its first line crosses the gap between the must's
  second and third columns less than a line's space under them. Before, the third column's one
  line made no gutter (only a row crossing 2.5 ems or more under it did), and the must was read
  row by row across its columns. Fails without gutters.py's `_crossed_under` taking words in
  other type across the band as the next block's;
- a must item in two columns, two lines in the first, one in the second, under the list's heading
  set a little larger and, as in a scanned page's text layer, no bolder than the item. Before, the
  heading was taken for a line of the item's paragraph set across the gap (a justified line's
  word space), so the second column's one line made no gutter and the item was read row by row
  across both columns. Fails without `_set_across` asking one type within SAME_TYPE.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

A4_LANDSCAPE = (842.0, 595.0)
MUST = ("Ensure that follow-up appointments are booked within the timescales set by the clinician, in "
        "accordance with the trust policy. (Regulation 12(2)(g))")
SHOULDS = ["Review how it supports staff wellbeing after serious incidents and that compliance is monitored "
           "through regular audits.",
           "Continue to improve the recording of pain scores in outpatients, including for agency and bank staff."]


def _page(size: float) -> list[tuple]:
    """The must item's lines dealt to three columns (1, 2, the rest), 20 ems wide with 3.5-em gutters;
    under them the should list's heading, its right column in smaller type level with it."""
    left, width, gutter, lead = 40.0, 20 * size, 3.5 * size, 1.4 * size
    indent = 1.2 * size
    rows = [" ".join(words) for words in _wrapped(MUST, size, width - indent)]
    assert len(rows) == 4  # one line, two lines, one line
    top = 80.0
    lines = [("Outstanding practice and areas for improvement", left, top, 1.5 * size, True),
             ("Importantly, the service must:", left, top + 2.6 * size, 1.2 * size, True)]
    base = top + 4.4 * size
    columns = [[rows[0]], rows[1:3], rows[3:]]
    lines.append(("•", left, base, size, False))
    for k, column in enumerate(columns):
        x = left + k * (width + gutter) + (indent if k == 0 else 0.0)
        lines += [(text, x, base + n * lead, size, False) for n, text in enumerate(column)]
    heading = base + lead + 1.7 * size  # under the second column's last line, less than a line's space apart
    lines.append(("In addition the service should:", left, heading, 1.2 * size, True))
    small, half = 0.85 * size, 1.6 * (width + gutter)
    for n, (text, x, y) in enumerate([(SHOULDS[0], left, heading + 1.8 * size),
                                      (SHOULDS[1], left + half, heading)]):
        column = left + half if n else left
        lines.append(("•", column, y, small, False))
        lines += [(" ".join(words), column + indent, y + k * 1.3 * small, small, False)
                  for k, words in enumerate(_wrapped(text, small, 3 * width + 2 * gutter - half - indent))]
    lines.append(("3 Anytown NHS Trust Inspection report 26/11/2019", left, 560.0, 0.8 * size, False))
    return lines


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_item_through_three_columns_over_smaller_list(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "three_columns.pdf", [(A4_LANDSCAPE, _page(size))]))
    assert [text for kind, _, text, _ in found if kind == "must"] == [MUST]
    assert sorted(text for kind, _, text, _ in found if kind == "should") == sorted(SHOULDS)


ENVIRONMENT = ("Ensure that the environment across both hospital sites is safe & suitable for the patients who "
               "use it. (Regulation 11)")


def _two_columns(size: float) -> list[tuple]:
    """The heading in plain type 5% larger; the item's lines dealt two to the first column, the rest to
    the second (columns 22 ems wide, a 3.5-em gutter); nothing under them but the page's footer."""
    left, width, gutter, lead, indent = 50.0, 22 * size, 3.5 * size, 1.4 * size, 2.0 * size
    rows = [" ".join(words) for words in _wrapped(ENVIRONMENT, size, width - indent)]
    assert len(rows) == 3
    top = 340.0
    lines = [("The areas where the provider must make improvement are:", left, top, 1.05 * size, False),
             ("■", left + size, top + 1.5 * size, size, False)]
    lines += [(text, left + indent, top + 1.5 * size + n * lead, size, False) for n, text in enumerate(rows[:2])]
    lines.append((rows[2], left + width + gutter, top + 1.5 * size, size, False))
    lines.append(("3 Providers must display their rating on their website", left, 750.0, 0.8 * size, False))
    return lines


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_item_in_two_columns_under_plain_heading(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "two_columns.pdf", [(A4, _two_columns(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", ENVIRONMENT)]
