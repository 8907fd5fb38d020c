"""Reading round ninety-three (the random layouts' failing seeds), each page drawn here line by line at
more than one type size:

- a must list in three columns whose first column ends a line lower than the other two, the should
  list's heading (shorter than two columns) and its own three columns under it. The gutter between the
  second and third columns runs on down beside the should list, and before, its stretch was cut at the
  row holding only the first column's last line, so that line was read after the third column (a block
  of its own). A row that another gutter's column still holds is no next block's first row
  (`gutters._cuts`);
- two columns, the right one's first line (a sub-item going on from the left column's foot, its dash
  set smaller, so its box sits lower than its text's) on a baseline above the left column's heading in
  larger type. Rows are ordered by their highest word, but the gutters took a row's top from its first
  word, so the heading's row fell above the band the dashed row opened: it was read as a row across
  the page, the dashed line before it and the rest of the right column after the left one
  (`gutters.row_top`: a row's top is its highest word's everywhere).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found, _item  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

LEFT, WIDTH, GAP = 56.0, 483.0, 18.0

# ---- three columns, the first ending a line lower, over the next list's columns

MUSTS = [[["The trust must ensure that", "emergency equipment is", "checked daily and that the", "checks are recorded."],
          ["The trust must ensure that", "patient records are kept"]],
         [["securely and are accurate.", "(Regulation 17)"],
          ["The trust must ensure that", "staff complete mandatory", "training. (Regulation 18)"]],
         [["The trust must ensure that", "incidents are investigated."],
          ["The trust must ensure that", "sharps bins are stored", "safely."]]]
SHOULDS = [[["The trust should review", "how it shares learning."]],
           [["The trust should consider", "how to engage patients."]],
           [["The trust should improve", "its pain score records."]]]


def _columns(columns: list[list[list[str]]], top: float, size: float, carried: bool) -> tuple[list[tuple], float]:
    """Three columns, an item's lines as given, at the leading of the type, a bullet before each
    item's first line (with `carried`, not the second column's first: it goes on from the first
    column's foot); the baseline under the lowest column."""
    width, lead = (WIDTH - 2 * GAP) / 3, 1.25 * size
    lines, bottoms = [], []
    for k, column in enumerate(columns):
        base, x = top, LEFT + k * (width + GAP)
        for n, item in enumerate(column):
            if not (carried and k == 1 and n == 0):
                lines.append(("•", x, base, size, False))
            lines += [(text, x + 1.4 * size, base + j * lead, size, False) for j, text in enumerate(item)]
            base += len(item) * lead + 0.3 * size
        bottoms.append(base)
    return lines, max(bottoms)


def _statements(columns: list[list[list[str]]]) -> list[str]:
    items = [list(item) for column in columns for item in column]
    items[1:3] = [items[1] + items[2]]  # the first column's last item goes on at the second's top
    return [" ".join(item) for item in items]


def _three_columns(size: float) -> list[tuple]:
    lines = [("Medical care", LEFT, 70.0, 1.4 * size, True),
             ("Action the trust MUST take to improve", LEFT, 70.0 + 2.2 * size, 1.15 * size, True)]
    drawn, base = _columns(MUSTS, 70.0 + 4.0 * size, size, carried=True)
    lines += drawn
    lines.append(("Action the trust SHOULD take to improve", LEFT, base + 0.9 * size, 1.0 * size, True))
    drawn, _ = _columns(SHOULDS, base + 2.5 * size, size, carried=False)
    return lines + drawn


@pytest.mark.parametrize("size", [8.0, 9.5])
def test_a_first_columns_last_line_under_the_others_ends_its_own_block(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "three.pdf", [(A4, _three_columns(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == \
        [("must", t) for t in _statements(MUSTS)] + [("should", " ".join(c[0])) for c in SHOULDS]


# ---- a right-hand column's first line, a sub-item opening with a smaller dash, set above the left column's heading

LEAD = "The trust must ensure that emergency equipment in the theatres is checked daily and that the checks " \
       "are documented, including that:"
SUBS = ["fridge temperatures are recorded and action is taken when they are out of range;",
        "resuscitation trolleys are sealed and checked. (Regulation 15)"]
NEXT = "The trust must ensure that medicines are stored securely and at the right temperatures. (Regulation 12)"


def _dashed_top(size: float) -> list[tuple]:
    width = (WIDTH - GAP) / 2
    right = LEFT + width + GAP
    lines = [("Areas for improvement", LEFT, 70.0, 1.5 * size, True)]
    top, heading = 70.0 + 3.0 * size, 1.6 * size
    for k, text in enumerate(("ACTION THE TRUST", "MUST TAKE TO", "IMPROVE")):
        lines.append((text, LEFT, top + k * 1.4 * heading, heading, True))
    drawn, _ = _item("(a)", LEAD, LEFT, top + 3 * 1.4 * heading + 0.6 * size, size, width, 2.2 * size)
    lines += drawn
    base = top - 0.5 * size  # the right column's first baseline, above the heading's
    for text in SUBS:
        rows = _wrapped(text, size, width - 3.4 * size)
        lines.append(("–", right + 1.2 * size, base, 0.75 * size, False))  # a dash in smaller type
        lines += [(" ".join(words), right + 3.4 * size, base + k * 1.25 * size, size, False) for k, words in enumerate(rows)]
        base += len(rows) * 1.25 * size + 0.3 * size
    drawn, _ = _item("(b)", NEXT, right, base + 0.3 * size, size, width, 2.2 * size)
    return lines + drawn


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_raised_first_line_opening_with_a_smaller_dash_tops_its_column(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "dashed.pdf", [(A4, _dashed_top(size))]))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", LEAD + "\n" + "\n".join(SUBS)), ("must", NEXT)]
