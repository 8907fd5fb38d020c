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

- Two lists, each flowing through three columns, one under the other with no blank between: the
  should list's bold heading under a must list's plain item set larger than the should items (random
  seed 128072), or its lead-in three ems under the must list's in the same type, whose words run on
  into the next column (seed 128026), is the next heading, not the line above wrapping on, so the
  should list begins a block of its own.

Each test fails without its change: gutters.py's `headed_on_from_foot` (used by read.py's `_nested`),
`row_base` in `Gutter.valid`, and each branch of `Gutter._next_heading`.
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


# ---- a must list in larger type over a should list, both flowing through three columns -----------------

# (text, x0 of the bullet or text, x0 of the text, x1, top, size, bold), as a random layout set them at 9.5 pt
STACKED = [
    [("Action the service must", 45.0, 45.0, 198.6, 406.4, 11.5, True),
     ("take to improve", 45.0, 45.0, 148.1, 421.4, 11.5, True),
     ("– The service must make sure", 48.8, 69.7, 204.6, 443.0, 9.5, False)],
    [("that staff receive an annual", 230.5, 230.5, 362.2, 406.3, 9.5, False),
     ("appraisal and regular clinical", 230.5, 230.5, 368.1, 419.6, 9.5, False),
     ("supervision, in line with national", 230.5, 230.5, 384.5, 432.9, 9.5, False),
     ("guidance.", 230.5, 230.5, 277.1, 446.2, 9.5, False)],
    [("– The service must ensure that", 412.1, 433.0, 572.6, 406.3, 9.5, False),
     ("patient records are accurate,", 412.1, 412.1, 550.9, 419.6, 9.5, False),
     ("complete and contemporaneously", 412.1, 412.1, 574.8, 432.9, 9.5, False),
     ("recorded on all medical wards.", 412.1, 412.1, 558.7, 446.2, 9.5, False)],
    [("Action the service should take to", 45.0, 45.0, 209.8, 459.7, 10.0, True),
     ("improve", 45.0, 45.0, 86.2, 473.7, 10.0, True),
     ("– The service should improve the", 48.8, 79.1, 210.2, 493.8, 8.3, False),
     ("documentation of observations", 69.7, 69.7, 199.3, 505.2, 8.3, False),
     ("and the frequency of monitoring", 69.7, 69.7, 204.6, 516.7, 8.3, False),
     ("on the children’s ward, including", 69.7, 69.7, 205.7, 528.1, 8.3, False),
     ("that:", 69.7, 69.7, 89.4, 539.6, 8.3, False),
     ("– patients’ weights are", 81.1, 102.0, 189.7, 552.5, 8.3, False)],
    [("recorded on admission;", 283.7, 283.7, 381.4, 463.1, 8.3, False),
     ("– fridge temperatures are", 262.8, 283.7, 383.5, 476.0, 8.3, False),
     ("recorded and action is", 283.7, 283.7, 376.6, 487.5, 8.3, False),
     ("taken when they are out", 283.7, 283.7, 385.9, 498.9, 8.3, False),
     ("of range;", 283.7, 283.7, 321.2, 510.4, 8.3, False),
     ("– resuscitation trolleys are", 262.8, 283.7, 386.8, 523.3, 8.3, False),
     ("sealed and checked.", 283.7, 283.7, 369.1, 534.8, 8.3, False),
     ("– The service should continue to", 230.5, 260.8, 388.5, 549.6, 8.3, False),
     ("work with commissioners to", 251.4, 251.4, 367.6, 561.0, 8.3, False)],
    [("reduce referral to treatment", 433.0, 433.0, 550.6, 463.1, 8.3, False),
     ("times and that compliance is", 433.0, 433.0, 553.4, 474.5, 8.3, False),
     ("monitored through regular audits.", 433.0, 433.0, 574.6, 486.0, 8.3, False),
     ("– The service should review the", 412.1, 442.5, 567.0, 500.8, 8.3, False),
     ("discharge arrangements so that", 433.0, 433.0, 566.5, 512.2, 8.3, False),
     ("patients are not delayed", 433.0, 433.0, 535.1, 523.7, 8.3, False),
     ("unnecessarily, in accordance with", 433.0, 433.0, 574.0, 535.1, 8.3, False),
     ("the trust policy for young people", 433.0, 433.0, 569.1, 546.6, 8.3, False),
     ("aged 16-18.", 433.0, 433.0, 483.2, 558.0, 8.3, False)],
]


def _set(text: str, x0: float, text_x0: float, x1: float, top: float, size: float, bold: bool) -> list[Glyph]:
    """A line's words as glyph runs filling text_x0..x1 in proportion to their letters (a dash bullet,
    when the text starts right of x0, a run of its own at x0)."""
    words = text.split()
    runs = []
    if text_x0 > x0 + 0.5:
        runs.append(Glyph(words.pop(0), x0, x0 + 0.5 * size, top, top + 1.2 * size, size, bold, False, False))
    gap = 0.28 * size
    per = (x1 - text_x0 - gap * (len(words) - 1)) / sum(len(w) for w in words)
    x = text_x0
    for word in words:
        runs.append(Glyph(word, x, x + per * len(word), top, top + 1.2 * size, size, bold, False, x > text_x0))
        x += per * len(word) + gap
    return runs


@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_a_must_list_in_larger_type_over_a_should_list_is_two_blocks_of_columns(scale):
    """The must items' lines, larger than the should items' that set the band's em, are no heading
    wrapping on into the should list's heading under them: the should list begins a block of its own,
    so each list is read through its own three columns in turn. Before, the item's line was taken for
    the last line of a heading of three ("Action the service must" / "take to improve" / "– The
    service must make sure"), no block began, and the columns were read from the must list's top to
    the should list's foot, each must item cut at its column's foot."""
    glyphs = [g for column in STACKED for line in column
              for g in _set(line[0], *(v * scale for v in line[1:6]), line[6])]
    read = [line.text for line in read_page(glyphs, 1, 612.0 * scale, 792.0 * scale).lines]
    assert read == [line[0] for column in STACKED for line in column]


# ---- a should list's lead-in under a must list's whose words run on into the next column ---------------

# as a random layout set them (8.8 pt items, 12.1 pt bold lead-ins), in reading order: the must block's three
# columns, then the should block's
LEAD_INS = [
    ("We found breaches of", 55.3, 55.3, 204.7, 470.7, 12.1, True),
    ("regulations. The", 55.3, 55.3, 166.9, 486.5, 12.1, True),
    ("provider must:", 223.9, 223.9, 324.9, 470.7, 12.1, True),
    ("– Make sure that consent and", 227.9, 249.9, 372.9, 493.0, 8.8, False),
    ("mental capacity assess-", 249.9, 249.9, 355.7, 505.1, 8.8, False),
    ("ments are recorded in", 249.9, 249.9, 347.7, 517.3, 8.8, False),
    ("patients’ notes, in line with", 418.5, 418.5, 538.0, 470.2, 8.8, False),
    ("national guidance.", 418.5, 418.5, 500.1, 482.3, 8.8, False),
    ("(Regulation 18)", 418.5, 418.5, 486.7, 494.5, 8.8, False),
    ("The provider should:", 55.3, 55.3, 196.9, 529.9, 12.1, True),
    ("– Consider a decision-making", 59.3, 81.3, 203.0, 552.2, 8.8, False),
    ("tool for the management of", 81.3, 81.3, 203.2, 564.4, 8.8, False),
    ("patients with sepsis, includ-", 81.3, 81.3, 203.7, 576.5, 8.8, False),
    ("ing that:", 81.3, 81.3, 118.5, 588.6, 8.8, False),
    ("▪ falls risk assess-", 93.3, 115.3, 186.8, 602.3, 8.8, False),
    ("ments are reviewed", 115.3, 115.3, 203.1, 614.4, 8.8, False),
    ("after every fall;", 115.3, 115.3, 183.0, 626.6, 8.8, False),
    ("▪ oxygen is prescribed", 261.9, 283.9, 375.5, 529.4, 8.8, False),
    ("for every patient", 283.9, 283.9, 357.7, 541.5, 8.8, False),
    ("who receives it;", 283.9, 283.9, 353.4, 553.7, 8.8, False),
    ("▪ controlled drugs are", 261.9, 283.9, 372.9, 567.3, 8.8, False),
    ("checked daily and", 283.9, 283.9, 363.8, 579.5, 8.8, False),
    ("discrepancies are", 283.9, 283.9, 361.3, 591.6, 8.8, False),
    ("escalated.", 283.9, 283.9, 329.2, 603.8, 8.8, False),
    ("– Consider how it shares", 227.9, 249.9, 350.1, 619.4, 8.8, False),
    ("learning from complaints", 249.9, 249.9, 360.4, 631.5, 8.8, False),
    ("with staff in outpatients,", 418.5, 418.5, 526.2, 529.4, 8.8, False),
    ("including for agency and", 418.5, 418.5, 527.5, 541.5, 8.8, False),
    ("bank staff.", 418.5, 418.5, 465.3, 553.7, 8.8, False),
    ("– Consider how to improve", 396.5, 418.5, 528.7, 569.3, 8.8, False),
    ("engagement with person-", 418.5, 418.5, 532.0, 581.5, 8.8, False),
    ("centred care planning on the", 418.5, 418.5, 546.3, 593.6, 8.8, False),
    ("children’s ward, in line with", 418.5, 418.5, 539.6, 605.8, 8.8, False),
    ("national guidance.", 418.5, 418.5, 500.1, 617.9, 8.8, False),
]


@pytest.mark.parametrize("scale", [1.0, 1.3])
def test_a_should_lead_in_under_a_must_lead_in_run_on_to_the_next_column_begins_a_block(scale):
    """The first column holds the must list's lead-in, cut mid-sentence ("We found breaches of" /
    "regulations. The", going on "provider must:" at the next column's top), and three ems under it the
    should list's lead-in in the same type, level with the other columns' next lines: a heading that
    far under another in its type is the next heading, not the first one wrapping on, so the should
    list begins a block of its own. Before, no block began, and the first column was read whole: the
    should list's first item and its first sub-item came before the must list's item."""
    glyphs = [g for line in LEAD_INS for g in _set(line[0], *(v * scale for v in line[1:6]), line[6])]
    read = [line.text for line in read_page(glyphs, 1, 612.0 * scale, 792.0 * scale).lines]
    assert read == [line[0] for line in LEAD_INS]
