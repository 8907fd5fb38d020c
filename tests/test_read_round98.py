"""Reading round 98 (outside set GH, random range 128000), each on a page built here.

- A two-column page (reportlab frames) whose left column holds a small table (a narrow "Service"
  label column beside its summaries) and ends in three headings at its foot ("Surgery", "Is the
  service safe?", "Mandatory training") that head the right column's first paragraph, while the
  right column runs on down beside them with the must list. The columns are filled in turn: the
  left is read whole, its table by row inside it, then the right. Before, the table's gutters made
  a stretch of their own across the page, so the right column's lines were read by row with the
  table's and with the headings at the left foot: a must was cut at its first line by "Is the
  service safe?" and the list lost over the page break (GH 06_independent_hospital_2022).
- Three short columns filled in turn under a lead-in (an item's first lines in the first column, its
  next line raised in the second, its citation in the third), re-printed so that each "ff" is set in a
  font of its own whose box is taller than its line's. A column of one line is level with the first
  line beside it by their baselines, not by their boxes' tops: before, the taller box put the
  one-line column more than a row's offset above the first column, no gutter was found between
  them, and the raised line was read before the item it goes on (random seed 128059).

Each test fails without its change: gutters.py's `headed_on_from_foot` (used by read.py's `_nested`),
and `row_base` in `Gutter.valid`.
"""

from pathlib import Path

import pytest

from cqcplan.pipeline.glyphs import Glyph
from cqcplan.pipeline.read import read_page

# ---- a table in the left column of two filled in turn, headings at its foot ---------------------------

LEFT_X, RIGHT_X, RIGHT_END = 57.0, 312.0, 540.0
ABOUT = ("Harcourt Park Hospital is an independent hospital operated by Elmridge Healthcare Limited. It has 38 "
         "inpatient beds, four theatres and an outpatient department with 14 consulting rooms.")
SUMMARIES = [("Surgery", "Requires improvement. Surgery was the main activity of the hospital."),
             ("Outpatients", "Good. We rated safe, caring, responsive and well-led as good.")]
TRAINING = ("Completion of mandatory training was 89% against a target of 90%. However, only 64% of registered "
            "nurses in theatres had completed level 3 safeguarding children training.")
FRIDGE = ("The fridge in the recovery area had no temperature recorded on 11 days in January 2022, and on "
          "three days the maximum temperature was above 8C with no action recorded.")
MUSTS = ["The provider must ensure that all staff complete the level of safeguarding training required for "
         "their role. (Regulation 13(2))",
         "The provider must ensure that the temperature of the medicines fridge in the recovery area is "
         "checked and recorded daily, and that action is taken when readings are outside the safe range."]


def _para(text: str, x: float, width: float, top: float, size: float, lead: float = 1.3) -> tuple[list[tuple], float]:
    from test_read_round7e import _wrapped

    lines = [(" ".join(words), x, top + k * lead * size, size, False)
             for k, words in enumerate(_wrapped(text, size, width))]
    return lines, top + len(lines) * lead * size


def _left(size: float) -> list[tuple]:
    """The left column in reading order: a paragraph, a heading, the table (header row, then each
    label with its summary's lines), the three headings at its foot."""
    width = RIGHT_X - LEFT_X - 2.5 * size
    lines = [("Overall summary", LEFT_X, 60.0, 1.12 * size, True)]
    y = 60.0 + 1.8 * size
    for _ in range(3):
        para, y = _para(ABOUT, LEFT_X, width, y, size)
        lines += para
        y += 0.6 * size
    lines.append(("Our judgements about each service", LEFT_X, y + 0.8 * size, 1.12 * size, True))
    y += 2.8 * size
    small, cell = 0.9 * size, LEFT_X + 9 * size
    lines += [("Service", LEFT_X, y, small, False), ("Rating and summary", cell, y, small, False)]
    y += 2.0 * size
    for label, summary in SUMMARIES:
        rows, end = _para(summary, cell, RIGHT_X - 2.5 * size - cell, y, small, lead=1.28)
        lines += [(label, LEFT_X, y, small, False)] + rows
        y = end + 1.0 * size
    for text, scale in (("Surgery", 1.4), ("Is the service safe?", 1.12), ("Mandatory training", 1.0)):
        lines.append((text, LEFT_X, y + 0.6 * size, scale * size, True))
        y += 1.9 * size
    return lines


def _right(size: float, foot: float) -> list[tuple]:
    """The right column: the paragraph the left foot's headings head (it opens in a capital), more
    text, then the must list, running on down past the top of the left column's last heading."""
    width = RIGHT_END - RIGHT_X
    lines, y = _para(TRAINING, RIGHT_X, width, 60.0, size)
    lines.append(("Medicines", RIGHT_X, y + 0.5 * size, size, True))
    para, y = _para(FRIDGE, RIGHT_X, width, y + 2.0 * size, size)
    lines += para
    while y < foot - 9 * size:
        para, y = _para(FRIDGE, RIGHT_X, width, y + 0.8 * size, size)
        lines += para
    lines.append(("Areas for improvement", RIGHT_X, y + 0.8 * size, 1.4 * size, True))
    lines.append(("Action the provider MUST take to improve", RIGHT_X, y + 3.0 * size, 1.12 * size, True))
    y += 4.8 * size
    for must in MUSTS:
        item, y = _para(must, RIGHT_X + 1.1 * size, width - 1.1 * size, y, size)
        lines += [("•", RIGHT_X, item[0][2], size, False)] + item
        y += 0.2 * size
        if y > foot + 2 * size:
            break
    return [line for line in lines if line[2] < foot + 2.5 * size]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_table_in_the_left_column_headed_on_from_its_foot_is_read_in_its_column(tmp_path: Path, size):
    pytest.importorskip("reportlab")
    from test_read_round8 import _pdf

    from cqcplan.pipeline.read import start_read

    left = _left(size)
    right = _right(size, left[-1][2])
    assert right[-1][2] + right[-1][3] > left[-1][2]  # the right column runs on beside the last heading
    read = [line.text for line in start_read(_pdf(tmp_path / "page.pdf", left + right), sha256="-")().body_lines()]
    want = [text for text, *_ in left] + [text for text, *_ in right if text != "•"]
    assert [text.removeprefix("• ") for text in read] == want


# ---- a one-line column set higher, its "ff" in a re-print's taller box --------------------------------

COLUMNS = [["1. Ensure that incidents are reported,", "investigated and that learning is shared"],
           ["with staff, including for agency and bank"], ["staff. (Regulation 9(1)(b)(ii))"]]


def _runs(text: str, x: float, base: float, size: float) -> list[Glyph]:
    """A line's words as glyph runs half an em a letter, a third of an em apart; each "ff" a run of its own
    whose box rises a fifth of an em above its line's (a re-print's ligature font), on the same baseline."""
    runs = []
    for word in text.split():
        for k, piece in enumerate(word.split("ff")):
            if k:
                runs.append(Glyph("ff", x, x + size, base - 1.0 * size, base + 0.2 * size, size, False, False, False, base))
                x += size
            if piece:
                width = 0.5 * size * len(piece)
                runs.append(Glyph(piece, x, x + width, base - 0.8 * size, base + 0.2 * size, size, False, False,
                                  k == 0, base))
                x += width
        x += size / 3
    return runs


@pytest.mark.parametrize("size", [9.3, 12.0])
def test_a_raised_one_line_column_is_level_by_its_baseline_not_a_ligatures_box(size):
    lead = 1.38 * size
    lead_in = "We found breaches of regulations. The provider must:"
    glyphs = _runs(lead_in, 60.0, 100.0, 1.3 * size)
    base = 100.0 + 3.0 * size
    xs = [60.0, 60.0 + 24 * size, 60.0 + 48 * size]
    for k, text in enumerate(COLUMNS[0]):
        glyphs += _runs(text, xs[0], base + k * lead, size)
    for column, x in zip(COLUMNS[1:], xs[1:]):
        glyphs += _runs(column[0], x, base - 0.75 * size, size)  # set higher than the first column
    read = [line.text for line in read_page(glyphs, 1, 595.0 * max(1.0, size / 9.3), 842.0).lines]
    assert read == [lead_in] + [text for column in COLUMNS for text in column]
