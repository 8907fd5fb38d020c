"""Reading round fifty-nine, sets DZ, EA and DV as development sets; each page is drawn here line by
line, at several type sizes:

- a wide column filled before a narrow one beside it (columns of unequal widths filled in turn), the
  wide column holding a cover's ratings grid (labels | ratings, a gutter of its own inside the column):
  the grid is read by row in its column, and the wide column whole before the narrow one. Before, the
  grid's gutter made its rows a stretch of their own, so the columns were read in three pieces (the
  narrow column's top after the title, its middle after the grid) and its breach sentence was joined
  on to the history paragraph at the wide column's foot.
- an assessment's key question heading set across balanced columns, its rating on a badge at the
  far right (level with the heading, flush with the right column's right edge), the columns starting
  under it: the heading's row is read before the columns. Before, the badge was read as the right
  column's first line, so it was set inside the breach sentence carried from the left column's foot
  ("… of the Health Inadequate and Social Care Act …"), or the sentence went on elsewhere.
- a numbered list balanced over two columns (CSS column flow) whose group headings fall level in both
  columns ("Community health services for children …" left, "Community health inpatient services"
  right), the right column opening with the number after the left column's last ("2.3" at its top,
  "2.2" at the left column's foot): one block, the left column read whole first. Before, the level
  headings began a new block, so "2.3" was read before the children's heading and took the adult
  service's group.
- two columns filled in turn (ReportLab frames): the letter, then the must list at the left column's
  foot (one item with sub-bullets), going on at the right column's top, where the should list, the
  signature and the key questions follow; the must list's heading falls level with a key question's
  heading in larger type in the right column, and a later must item a little above the next key
  question's heading. Neither begins a new block: a heading in larger type than the list's own is
  no group heading of a list going on beside it, and an item opening the first column level with a
  heading in a later one only goes on its list. Before, both cut the page into three blocks, and the
  must item at the right column's top was read before the must list's heading.
- an enforcement table's cell whose statement is set under the regulation with no label, closed by
  "The enforcement action we took:" wrapped on to two lines: the statement is the text above that
  label. Before, the label was taken for the one that opens the statement, so every row read "took:
  We issued a warning notice." and rows for two regulations were one finding.

Each test fails without its change: read.py's `_nested` and `_badges_over_columns`, gutters.py's
`numbered_on_from_foot`, `_list_at_foot` (a heading that outranks the list's) and `_cuts` (an item
opening the first column), notices.py's `CLOSING_LABEL`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _wrapped  # noqa: E402
from test_read_round8 import _pdf  # noqa: E402

from cqcplan.models.document import Line, Page, ReportDocument  # noqa: E402
from cqcplan.pipeline.notices import read_notices  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

WIDE, NARROW = (51.0, 330.0), (367.0, 549.0)
GRID = [("Overall rating for this service", "Inadequate"), ("Is the service safe?", "Inadequate"),
        ("Is the service effective?", "Requires Improvement"), ("Is the service caring?", "Requires Improvement"),
        ("Is the service well-led?", "Inadequate")]
ABOUT = ("Hollybrook House is a residential care home providing personal care to 31 people aged 65 and over at "
         "the time of the inspection, many of whom were living with dementia.")
HISTORY = ("The last rating for this service was requires improvement (published 3 April 2019) and there were "
           "multiple breaches of regulation 12 (Safe care and treatment)")
BREACH = ("Risks associated with people's care had not always been assessed. This was a breach of regulation 12 "
          "(Safe care and treatment) of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.")

STAFFING = "Two care staff were deployed at night to support 31 people, eleven of whom needed two staff to help them move."


def _read(tmp_path: Path, drawn: list[tuple]) -> list[str]:
    """The page's lines as read, in reading order."""
    return [line.text for line in start_read(_pdf(tmp_path / "page.pdf", drawn), sha256="-")().body_lines()]


def _para(text: str, column: tuple[float, float], top: float, size: float) -> list[tuple]:
    return [(" ".join(words), column[0], top + k * 1.35 * size, size, False)
            for k, words in enumerate(_wrapped(text, size, column[1] - column[0]))]


def _unequal(size: float) -> list[tuple]:
    """The page: the wide column's title, address, ratings grid and paragraphs, its history paragraph
    cut mid-sentence at its foot; the narrow column, which goes on with that sentence at the page's top."""
    lead = 1.35 * size
    left = [("Hollybrook House", WIDE[0], 60.0, 2 * size, True), ("Hollybrook Care Homes Ltd", WIDE[0], 60 + 3 * size, size, True)]
    y = 60 + 3 * size + lead
    for text in ("32 Station Road", "Market Rasen", "Lincolnshire", "LN8 3HT", "Date of inspection visit:", "14 January 2020"):
        left.append((text, WIDE[0], y, size, False))
        y += lead
    y += lead
    left.append(("Ratings", WIDE[0], y, size, True))
    y += 1.8 * size
    label_right = WIDE[0] + 17 * size
    for label, rating in GRID:
        left += [(label, WIDE[0] + 5, y, 0.95 * size, False), (rating, label_right, y, 0.95 * size, False)]
        y += 1.7 * size
    y += lead
    left.append(("About the service", WIDE[0], y, size, True))
    left += _para(ABOUT, WIDE, y + 1.6 * size, size)
    y = left[-1][2] + 2.2 * size
    left.append(("Rating at last inspection and update", WIDE[0], y, size, True))
    left += _para(HISTORY, WIDE, y + 1.6 * size, size)
    right = _para("of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014.", NARROW, 60.0, size)
    y = right[-1][2] + 2.2 * size
    right.append(("Safe: our findings", NARROW[0], y, 1.3 * size, True))
    right += _para(BREACH, NARROW, y + 2 * size, size)
    while right[-1][2] < left[-1][2]:  # the narrow column as long as the wide one
        right += _para(STAFFING, NARROW, right[-1][2] + 2 * size, size)
    return left + right


@pytest.mark.parametrize("size", [8.5, 9.5, 10.5])
def test_a_ratings_grid_inside_a_wide_column_filled_first_keeps_the_columns_whole(tmp_path, size):
    drawn = _unequal(size)
    lines = _read(tmp_path, drawn)
    narrow = [text for text, x, *_ in drawn if x >= NARROW[0]]
    wide = [text for text, x, *_ in drawn if x < NARROW[0]]
    assert lines.index(narrow[0]) > max(lines.index(text) for text in wide)  # the wide column whole first
    assert lines[lines.index(narrow[0]):] == narrow
    grid = [text for pair in GRID for text in pair]
    assert [text for text in lines if text in grid] == grid  # the grid read by row in its column


BALANCED = ((42.8, 288.0), (308.0, 552.0))
SAFEGUARDING = ("People were not always protected from abuse and improper treatment. Two allegations of financial "
                "abuse had not been referred to the local authority. The provider was in breach of regulation 13 "
                "(Safeguarding service users from abuse and improper treatment) of the Health and Social Care Act "
                "2008 (Regulated Activities) Regulations 2014. Risks to people were not consistently assessed.")


def _badged(size: float, rating: str) -> list[tuple]:
    """A key question heading with its rating badge flush right, over a paragraph balanced over two columns."""
    from test_read_round7e import _width

    wrapped = [" ".join(words) for words in _wrapped(SAFEGUARDING, size, BALANCED[0][1] - BALANCED[0][0])]
    half = (len(wrapped) + 1) // 2
    top, lead = 300.0, 1.25 * size
    drawn = [("Safe", BALANCED[0][0] + 6, top, 1.25 * size, True),
             (rating, BALANCED[1][1] - 6 - _width(rating, 1.04 * size), top, 1.04 * size, False)]
    drawn += [(text, BALANCED[0][0], top + 3.3 * size + k * lead, size, False) for k, text in enumerate(wrapped[:half])]
    drawn += [(text, BALANCED[1][0], top + 2.8 * size + k * lead, size, False) for k, text in enumerate(wrapped[half:])]
    return drawn


@pytest.mark.parametrize("size, rating", [(9.6, "Inadequate"), (8.5, "Requires improvement"), (11.0, "Good")])
def test_a_rating_badge_beside_a_heading_over_balanced_columns_is_read_with_the_heading(tmp_path, size, rating):
    drawn = _badged(size, rating)
    assert _read(tmp_path, drawn) == [text for text, *_ in drawn]


FLOW = ((51.0, 286.0), (307.0, 545.0))
GROUPS = [("Community health services for adults", ["The trust should ensure that lone working arrangements are "
                                                     "followed consistently by district nursing staff."]),
          ("Community health services for children, young people and families",
           ["The trust should ensure that school nursing staff receive regular safeguarding supervision.",
            "The trust should ensure that professional interpreters are used for families whose first language "
            "is not English.", "The trust should continue to reduce waiting times for the speech and language "
                               "therapy service."]),
          ("Community health inpatient services", ["The trust should ensure that patients' call bells are within "
                                                   "reach at all times.",
                                                   "The trust should review the arrangements for medical cover at "
                                                   "weekends on Larkspur ward."])]


def _numbered(size: float) -> tuple[list[tuple], list[str]]:
    """The list under its heading, balanced over two columns: the left one holds the first group and
    the second's first two items, under its heading level with the third group's heading at the right,
    which opens with the second group's last item. And the lines in reading order."""
    lead, gap = 1.33 * size, 0.65 * size

    def item(number: str, text: str, column: tuple[float, float], top: float) -> list[tuple]:
        wrapped = [" ".join(words) for words in _wrapped(text, size, column[1] - column[0] - 2.6 * size)]
        return [(f"{number} {wrapped[0]}", column[0], top, size, False)] + [
            (words, column[0] + 2.6 * size, top + k * lead, size, False) for k, words in enumerate(wrapped[1:], 1)]

    def heading(text: str, column: tuple[float, float], top: float) -> list[tuple]:
        return [(" ".join(words), column[0], top + k * lead, size, True)
                for k, words in enumerate(_wrapped(text, size, 0.85 * (column[1] - column[0])))]

    top = 60.0
    left = heading("Action the trust SHOULD take to improve", FLOW[0], top) + heading(GROUPS[0][0], FLOW[0], top + 2 * size)
    left += item("1.1", GROUPS[0][1][0], FLOW[0], left[-1][2] + lead + gap)
    right = item("2.3", GROUPS[1][1][2], FLOW[1], top)
    level = max(left[-1][2], right[-1][2]) + lead + 0.6 * size  # the two group headings level
    left += heading(GROUPS[1][0], FLOW[0], level)
    right += heading(GROUPS[2][0], FLOW[1], level)
    for number, text in zip(("2.1", "2.2"), GROUPS[1][1]):
        left += item(number, text, FLOW[0], left[-1][2] + lead + gap)
    for number, text in zip(("3.1", "3.2"), GROUPS[2][1]):
        right += item(number, text, FLOW[1], right[-1][2] + lead + gap)
    return left + right, [text for text, *_ in left + right]


@pytest.mark.parametrize("size", [8.5, 9.6, 10.5])
def test_a_numbered_list_balanced_over_columns_with_level_group_headings_is_one_block(tmp_path, size):
    drawn, order = _numbered(size)
    assert _read(tmp_path, drawn) == order


FRAMES = ((57.0, 282.0), (313.6, 540.0))
FINDINGS = ["There was an open and transparent approach to safety and a system in place for reporting and "
            "recording significant events.",
            "Risks to patients were not always assessed and well managed, and recruitment checks were incomplete.",
            "Data showed patient outcomes were comparable to the national average for most long-term conditions.",
            "The practice had a clear vision, but governance arrangements did not always support the delivery "
            "of safe care."]
MUSTS = ["Ensure that recruitment arrangements include all necessary pre-employment checks for all staff, including:",
         "Ensure that all staff receive training in safeguarding children and vulnerable adults relevant to their role.",
         "Implement a system to ensure that patient safety alerts are received, acted on and recorded.",
         "Ensure that blank prescription forms are tracked through the practice and kept securely at all times.",
         "Carry out a fire risk assessment and act on its findings, and ensure that fire drills are carried out "
         "and recorded.",
         "Ensure that emergency medicines held at the practice are reviewed and that a risk assessment is "
         "completed for any medicines not stocked."]
CHECKS = ["proof of identity;", "satisfactory evidence of conduct in previous employment; and",
          "Disclosure and Barring Service checks for staff who act as chaperones."]
SHOULDS = ["Review the arrangements for identifying carers so that they can be offered appropriate support.",
           "Ensure that a hearing loop is available for patients who have a hearing impairment."]
SAFE = ("The service provided mandatory training in key skills to all staff but did not make sure everyone "
        "completed it. Staff understood how to protect patients from abuse and the service worked well with "
        "other agencies to do so.")
EFFECTIVE = ("The service provided care and treatment based on national guidance and evidence-based practice. "
             "Managers checked to make sure staff followed guidance, and policies we reviewed were in date.")


def _in_turn(size: float) -> tuple[list[tuple], list[str]]:
    """The page of two columns filled in turn, and its lines in reading order (the left column whole)."""
    lead, gap, indent = 1.32 * size, 0.55 * size, 1.26 * size

    def bullets(text: str, x: float, width: float, top: float) -> list[tuple]:
        wrapped = [" ".join(words) for words in _wrapped(text, size, width - indent)]
        return [("• " + wrapped[0], x, top, size, False)] + [
            (words, x + indent, top + k * lead, size, False) for k, words in enumerate(wrapped[1:], 1)]

    def para(text: str, frame: tuple[float, float], top: float, bold: bool = False, own: float = size) -> list[tuple]:
        return [(" ".join(words), frame[0], top + k * lead, own, bold)
                for k, words in enumerate(_wrapped(text, own, (0.85 if bold else 1.0) * (frame[1] - frame[0])))]

    def after(lines: list[tuple]) -> float:
        return lines[-1][2] + lead + gap

    left = para("Letter from the Chief Inspector of General Practice", FRAMES[0], 57.0, True, 1.2 * size)
    left += para("Our key findings across all the areas we inspected were as follows:", FRAMES[0], after(left))
    for text in FINDINGS:
        left += bullets(text, FRAMES[0][0], FRAMES[0][1] - FRAMES[0][0], after(left))
    level = after(left)
    left += para("The areas where the provider must make improvement are:", FRAMES[0], level, True)
    left += bullets(MUSTS[0], FRAMES[0][0], FRAMES[0][1] - FRAMES[0][0], after(left))
    for text in CHECKS:
        left += bullets(text, FRAMES[0][0] + indent, FRAMES[0][1] - FRAMES[0][0] - indent, after(left))
    second = left[-1][2] + lead  # the next item right under the sub-items, at the lines' leading
    for text in MUSTS[1:-1]:
        left += bullets(text, FRAMES[0][0], FRAMES[0][1] - FRAMES[0][0], after(left) if left[-1][2] >= second else second)
    right = bullets(MUSTS[-1], FRAMES[1][0], FRAMES[1][1] - FRAMES[1][0], 57.0)
    right += para("The areas where the provider should make improvement are:", FRAMES[1], after(right), True)
    for text in SHOULDS:
        right += bullets(text, FRAMES[1][0], FRAMES[1][1] - FRAMES[1][0], after(right))
    right += para("Professor Steve Field (CBE FRCP FFPH FRCGP)", FRAMES[1], after(right))
    right += para("Chief Inspector of General Practice", FRAMES[1], right[-1][2] + lead)
    right += para("Are services safe? Inadequate", FRAMES[1], level + 0.15 * size, True, 1.05 * size)
    effective = second + 0.85 * size
    right += [line for line in para(" ".join([SAFE] * 4), FRAMES[1], after(right) - gap)
              if line[2] <= effective - 1.9 * size]  # running on down to the next heading
    right += para("Are services effective? Requires improvement", FRAMES[1], effective, True, 1.05 * size)
    right += para(EFFECTIVE, FRAMES[1], after(right) - gap)
    return left + right, [text for text, *_ in left + right]


@pytest.mark.parametrize("size", [8.5, 9.5, 10.5])
def test_columns_filled_in_turn_with_headings_level_by_chance_are_one_block(tmp_path, size):
    drawn, order = _in_turn(size)
    assert _read(tmp_path, drawn) == order


def _cell(text: str, x: float, top: float, bold: bool = False) -> Line:
    return Line(text=text, page=3, x0=x, text_x0=x, x1=x + 5.5 * len(text), top=top, bottom=top + 10,
                size=9.0, bold=bold)


def _row(top: float, regulation: str, title: str, statement: list[str]) -> list[Line]:
    lines = [_cell("Accommodation for persons", 56.5, top), _cell(f"Regulation {regulation} HSCA RA", 192.5, top),
             _cell(f"Regulations 2014 {title}", 192.5, top + 12)]
    lines += [_cell(text, 192.5, top + 24 + 12 * k) for k, text in enumerate(statement)]
    below = top + 24 + 12 * len(statement)
    return lines + [_cell("The enforcement action we", 192.5, below, bold=True),
                    _cell("took: We issued a warning", 192.5, below + 12), _cell("notice.", 192.5, below + 24)]


def test_an_enforcement_cell_closed_by_a_wrapped_label_states_the_text_above_it():
    lines = [_cell("Enforcement actions", 51.5, 100, bold=True), _cell("Regulated activity", 56.5, 124, bold=True),
             _cell("Regulation", 192.5, 124, bold=True)]
    lines += _row(140, "12", "Safe care", ["Risks to people were not", "assessed."])
    lines += _row(260, "17", "Good governance", ["Systems to monitor quality", "were not effective."])
    doc = ReportDocument(file="r.pdf", sha256="0", page_count=1, pages=[Page(number=3, width=595, height=842, lines=lines)])
    rows = read_notices(doc)
    assert [(n.regulation.number, n.statement, n.type) for n in rows] == [
        ("12", "Regulations 2014 Safe care Risks to people were not assessed.", "warning_notice"),
        ("17", "Systems to monitor quality were not effective.", "warning_notice")]  # the heading ends with its title, known whole (read115); "Safe care" is no title
