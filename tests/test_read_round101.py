"""Reading round one hundred and one (held-back sets GG, GC and FZ), drawn at two type sizes:

- a two-column chapter whose right column holds a must with sub-bullets that end bare (no stop, no
  semicolon), each set a little further under the line before than the item's own lines are; the left
  column's paragraph ends and its next sub-heading falls level with the space between two of those
  sub-bullets. Before, the sub-bullet under the bare one was taken for the next block's first item (text
  cut mid-clause goes on in another column), the columns were cut into two blocks there, and the must
  ended after its first sub-bullet.
- a radial diagram's six numbered cells round a hub ("Should" / "do", plain type a little larger than
  the cells'), read by row: each cell's bare number set apart before its text, the text's wrapped lines
  hung at the text's x. Before, a bare number opened no item, and the hub, read between the middle
  row's cells, ended the list as a plain paragraph.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _draw, _found, _item  # noqa: E402
from test_read_round7e import _wrapped  # noqa: E402

PORTRAIT = (595.0, 842.0)
NARRATIVE = ("Staff completed a risk assessment on admission for all patients. However, these were not reviewed "
             "weekly for four of the ten patients whose records we reviewed, and two patients had not had the "
             "tests their plans set out for more than three weeks.")
LATER = ("The service did not always have enough nursing staff. On twelve of the night shifts in July, only one "
         "registered nurse was on duty across both wards, and agency nurses made up a large share of the hours.")
PARENT = "The provider must ensure that the physical health of patients is monitored in line with national guidance, including that:"
SUBS = ["risk assessments are completed on admission and reviewed at least weekly",
        "blood tests are carried out at the frequency set out in each patient's care plan",
        "staff escalate abnormal results to the medical team without delay. (Regulation 12(2)(a)(b))"]
NEXT = "The provider must ensure that there are enough suitably qualified nurses on each shift. (Regulation 18(1))"


def _chapter(size: float) -> list[tuple]:
    """The right column: its heading and the must with bare sub-bullets, each sub-bullet a fifth of an em
    further under the line before than the item's lines; the left column: paragraphs set a little apart,
    its next sub-heading level with (a third of an em under) the second sub-bullet's top."""
    lead, gutter = 1.3 * size, 2 * size
    width = (PORTRAIT[0] - 100.0 - gutter) / 2
    left, right, top = 50.0, 50.0 + width + gutter, 60.0 + size
    lines = [("Action the provider MUST take to improve", right, top, size, True)]
    base = top + lead + 0.2 * size
    item, base = _item("•", PARENT, right, base, size, width, size)
    lines += item
    sub_tops = []
    for text in SUBS:
        base += 0.2 * size
        sub_tops.append(base)
        item, base = _item("–", text, right + size, base, size, width - size, size)
        lines += item
    item, _ = _item("•", NEXT, right, base + 0.2 * size, size, width, size)
    lines += item
    rows = [" ".join(words) for words in _wrapped(NARRATIVE, size, width)]
    heading = sub_tops[1] + 0.4 * size
    first = heading - 0.4 * size - len(rows) * lead
    lines += [(text, left, first + k * lead, size, False) for k, text in enumerate(rows)]
    lines.append(("Safe staffing", left, heading, size, True))
    lines += [(" ".join(words), left, heading + (k + 1) * lead + 0.2 * size, size, False)
              for k, words in enumerate(_wrapped(LATER, size, width))]
    return lines


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_bare_sub_bullet_beside_the_other_columns_heading_goes_on_its_item(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "subs.pdf", [(PORTRAIT, _chapter(size))]))
    musts = [text for kind, _, text, _ in found if kind == "must"]
    assert musts == ["\n".join([PARENT] + SUBS), NEXT]


# ---- a radial diagram's numbered cells round a hub (GC utc_flowchart)

LANDSCAPE = (842.0, 595.0)
SHOULDS = {1: "Review the process for recording verbal consent for children and young people.",
           2: "Continue to improve the uptake of patient feedback and act on the results.",
           3: "Review signage in the waiting area so that patients know how to alert staff if their condition gets worse.",
           4: "Take action to improve the proportion of patients seen and discharged within four hours.",
           5: "Improve the documentation of safety-netting advice given to patients on discharge.",
           6: "Develop a system to monitor the clinical records of advanced nurse practitioners and paramedics "
              "through regular audit."}
# Each cell's place on the page (shares of its width and height), clockwise from the top right.
CELLS = {6: (0.26, 0.19), 1: (0.58, 0.21), 5: (0.12, 0.51), 2: (0.72, 0.51), 4: (0.28, 0.79), 3: (0.57, 0.79)}


def _radial(size: float, hub: bool) -> list[tuple]:
    """The should list's heading; each statement in a cell, its number in a cell of its own left of the
    text (more than a word space apart), the text's wrapped lines at the text's x; (`hub`) the chart's hub
    "Should" / "do" in type a little larger, plain, at the middle row."""
    width, height = LANDSCAPE
    lines = [("The areas where the provider should make improvements are:", 50.0, 30.0 + size, 1.5 * size, True),
             ("Read clockwise from 1.", 50.0, 30.0 + 3 * size, size, False)]
    for number, (across, down) in CELLS.items():
        x, y = across * width, down * height
        lines.append((str(number), x, y, size, True))
        for k, words in enumerate(_wrapped(SHOULDS[number], size, 16 * size)):
            lines.append((" ".join(words), x + 1.35 * size, y + k * 1.38 * size, size, False))
    if hub:
        middle = CELLS[5][1] * height + 0.9 * size  # under the middle row's first baseline
        lines += [("Should", 0.48 * width, middle, 1.07 * size, False),
                  ("do", 0.49 * width, middle + 1.22 * size, 1.07 * size, False)]
    return lines


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("hub", [False, True])
def test_a_diagrams_numbered_cells_are_the_lists_items_past_its_hub(tmp_path: Path, size: float, hub: bool) -> None:
    """A bare number set apart from its text, whose wrapped lines hang at the text's x, is the row's list
    number (fails without row_markers._hung_numbers_marked); the hub between the cells, read by row among
    them, ends no list (fails without locate's `_diagram_label`)."""
    found = _found(_draw(tmp_path / "radial.pdf", [(LANDSCAPE, _radial(size, hub))]))
    assert sorted(text for kind, _, text, _ in found if kind == "should") == sorted(SHOULDS.values())
    assert len(found) == len(SHOULDS)
