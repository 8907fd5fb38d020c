"""Reading round 179 (the random layouts' failing seeds), the page drawn here line by line at more than one
type size:

- a must list in two columns, the first column's foot cut mid-clause and going on at the second's top,
  then the should list's bold heading in the text's own type on the left only, and the should list in
  three columns under it: the second column opens with the last syllable carried from the first column's
  foot (a short line ending inside the must list's gutter), the third with the end of the second's last
  item. The must list's gutter ran on past the heading down to that short line, which reached the
  widest end of the band's left side and so passed for a line filling the left column's measure (the
  left column filled in turn, `Gutter._filled_in_turn`): the band kept the should list's first rows,
  read as rows across the page before the three columns. A line filling the left column's measure
  spans the column: it starts no further in than the column's lines beside the other's do, give or
  take an item's indent (`Gutter._filled_in_turn`). Fails before at 9 and 9.5 pt (at 8 and 10 pt the
  carried line reaches across the must list's gutter, or the sweep closes it, and the page was read).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import A4, _draw, _found  # noqa: E402

LEFT, WIDTH, GAP = 56.0, 483.0, 18.0

MUSTS = [[["The trust must ensure that", "controlled drugs are checked", "and discrepancies are", "investigated promptly. (Regulation 12)"],
          ["The trust must ensure that", "at least 90% of"]],
         [["medical staff complete", "safeguarding training.", "(Regulation 18)"],
          ["The trust must ensure that", "infection control procedures", "are followed on the ward."]]]
SHOULDS = [[["The trust should improve", "the documentation of", "observations and the", "recording of weights on admis-"]],
           [["sion."], ["The trust should consider", "how to improve care", "planning and a decision-", "making tool for"]],
           [["the management of patients", "with sepsis."], ["The trust should continue", "to improve pain scores."]]]


def _columns(columns: list[list[list[str]]], top: float, size: float, carried: set[int]) -> tuple[list[tuple], float]:
    """Columns across the measure, an item's lines as given at the type's leading, a bullet before each
    item's first line but the first of the columns in `carried` (going on from the column before);
    the baseline under the lowest column."""
    width, lead = (WIDTH - (len(columns) - 1) * GAP) / len(columns), 1.25 * size
    lines, bottoms = [], []
    for k, column in enumerate(columns):
        base, x = top, LEFT + k * (width + GAP)
        for n, item in enumerate(column):
            if not (k in carried and n == 0):
                lines.append(("•", x, base, size, False))
            lines += [(text, x + 1.4 * size, base + j * lead, size, False) for j, text in enumerate(item)]
            base += len(item) * lead + 0.3 * size
        bottoms.append(base)
    return lines, max(bottoms)


def _page(size: float) -> list[tuple]:
    lines = [("Medical care", LEFT, 70.0, 1.4 * size, True),
             ("Action the trust MUST take to improve", LEFT, 70.0 + 2.2 * size, 1.15 * size, True)]
    drawn, base = _columns(MUSTS, 70.0 + 4.0 * size, size, carried={1})
    lines += drawn
    lines.append(("Action the trust SHOULD take to improve", LEFT, base + 0.9 * size, size, True))
    drawn, _ = _columns(SHOULDS, base + 2.2 * size, size, carried={1, 2})
    return lines + drawn


@pytest.mark.parametrize("size", [8.0, 9.0, 9.5, 10.0])
def test_a_short_carried_line_under_a_heading_is_no_full_line_of_the_columns_above(tmp_path: Path, size: float) -> None:
    found = [(kind, text) for kind, _, text, _ in _found(_draw(tmp_path / "offset.pdf", [(A4, _page(size))]))]
    shoulds = [text for kind, text in found if kind == "should"]
    assert shoulds[0].startswith("The trust should improve the documentation of observations")
    assert shoulds[0].endswith("admission.")
    assert shoulds[1].startswith("The trust should consider how to improve care planning")
    assert shoulds[1].endswith("tool for the management of patients with sepsis.")
    assert shoulds[2] == "The trust should continue to improve pain scores."
    assert len(shoulds) == 3
    assert [kind for kind, _ in found].count("must") == 3
