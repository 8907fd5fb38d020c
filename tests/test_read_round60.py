"""Reading round sixty (random layouts 115000-115099, and 112070 of 112000-112099), on small PDFs drawn here with reportlab
and read back whole:

- a side panel in small type holding the must list runs through a page (cut mid-sentence at both
  of its feet) and ends at the next page's top, where a core service's chapter follows across the
  page, starting at the panel's left edge. The page the panel ran through has a main column of its
  own (bulleted key findings, one saying "Patients who must fast …"), read after the panel's end.
  Before, it was read after every line at the panel's edge down that page (the panel's column taken
  to run on through the chapter), so its bullets joined the chapter's must list;
- a side panel's must item finishes its sentence at a page's foot and its citation is set at the
  next page's top in the panel, after the main column going on there: the citation is the item's.
  Before, only a bullet or a group label in the panel's type resumed its list there.

- a list's heading in larger bold type opens the left column of a box of two columns, its item under it
  cut mid-sentence and going on at the right column's top, set a little above the heading; the right
  column ends above the item's first line. Before, the item was taken for text set under the columns;
- a narrative in two columns, then right under it a list in three columns in smaller type, the tops of
  its second and third columns level with its heading: before, the two columns' gutter ran on through
  that row, read apart, the columns' tops before the heading;
- a card's next paragraph under its shorter neighbour, at its own edge and leading: before, in type
  larger than the cards' scores, it was taken for a new block's lead-in.

Each test fails without its change: panels.py's `_panel_run`, locate.py's `_panel_sub_item`, and in
gutters.py `Gutter.trimmed` (`_heads_beside`), `_let_go` (`_set_away`) and `_goes_on_left` (`_next_line`).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 50.0
PANEL = ["The trust must:", "• Ensure that the well-led", "framework is embedded, with", "clear lines of accountability",
         "for quality.", "• Ensure that controlled drugs", "are checked and that",
         "discrepancies are investigated", "across both hospital sites.", "• Ensure that incidents are",
         "reported, investigated and", "that learning is shared",
         "with staff.", "• Make sure that staff receive", "an annual appraisal."]
MUSTS = ["Ensure that the well-led framework is embedded, with clear lines of accountability for quality.",
         "Ensure that controlled drugs are checked and that discrepancies are investigated across both hospital sites.",
         "Ensure that incidents are reported, investigated and that learning is shared with staff.",
         "Make sure that staff receive an annual appraisal."]
KEY_FINDINGS = [["Our key findings were:", "• Staff were caring and kind to", "patients and their families.",
                 "• Leaders were visible and", "approachable to all staff."],
                ["• Patients who must fast before", "a procedure were given clear", "information.",
                 "Care was delivered in line with", "national guidance."]]
SURGERY = "The service must ensure that consent is recorded in notes."


def _panel_lines(texts: list[str], x: float, top: float, size: float) -> tuple[list[tuple], float]:
    """Lines of a list in `size` type: a bold heading, bullets hung left of their text."""
    lines, lead = [], 1.35 * size
    for text in texts:
        if text.startswith("• "):
            lines += [("•", x, top, size, False), (text[2:], x + 1.5 * size, top, size, False)]
        else:
            lines.append((text, x + (0.0 if text.endswith(":") else 1.5 * size), top, size, text.endswith(":")))
        top += lead
    return lines, top


def _through_pages(size: float) -> list[list[tuple]]:
    """The panel (left, 0.85 of the body's size) cut after its 6th and 12th lines; the key findings
    beside it on pages 1 and 2; a chapter across page 3 under the panel's end."""
    small, main = 0.85 * size, 290.0
    pages = []
    for n, (a, b) in enumerate([(0, 6), (6, 12), (12, len(PANEL))]):
        lines, bottom = _panel_lines(PANEL[a:b], LEFT, 100.0, small)
        if n < 2:
            lines += _panel_lines(KEY_FINDINGS[n], main, 100.0, size)[0]
        pages.append(lines)
    top = bottom + 2 * size
    pages[2] += [("Surgery", LEFT, top, 2 * size, True),
                 ("Staff were caring and treated patients with dignity.", LEFT, top + 3 * size, size, False),
                 ("The service must:", LEFT, top + 5 * size, size, True),
                 ("•", LEFT, top + 6.5 * size, size, False), (SURGERY, LEFT + 1.5 * size, top + 6.5 * size, size, False)]
    return pages


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_panel_ending_over_a_chapter_is_followed_by_the_main_column_it_ran_beside(tmp_path, size):
    _, found = _findings(_pages(tmp_path / "report.pdf", _through_pages(size)))
    assert [(f.kind, f.service, f.text) for f in found] == [("must", None, t) for t in MUSTS] + [("must", "Surgery", SURGERY)]


NARRATIVE = ["Complaints were handled in line with the", "trust policy, although responses were",
             "sometimes late. Records were not always", "complete; some risk assessments were",
             "out of date and had not been"]
CITED = ["The provider must:", "• Ensure that emergency equipment", "is checked daily.",
         "• Ensure that 90% of medical staff", "complete safeguarding training", "within 48 hours."]
NEXT = ["(Regulation 17(1)(2)(a))", "• Ensure that deteriorating patients", "are escalated appropriately."]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_citation_at_the_panel_s_top_after_the_main_column_goes_on_its_item(tmp_path, size):
    small, panel = 0.85 * size, 330.0
    first = [(text, LEFT, 100.0 + k * 1.4 * size, size, False) for k, text in enumerate(NARRATIVE)]
    first += _panel_lines(CITED, panel, 100.0, small)[0]
    second = [("updated. Staff knew how to report incidents.", LEFT, 100.0, size, False)]
    second += _panel_lines(NEXT, panel, 100.0, small)[0]
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that emergency equipment is checked daily."),
        ("must", "Ensure that 90% of medical staff complete safeguarding training within 48 hours. (Regulation 17(1)(2)(a))"),
        ("must", "Ensure that deteriorating patients are escalated appropriately.")]


def _column(texts: list[str], x: float, top: float, size: float, lead: float) -> list[tuple]:
    """A column's lines, a bullet hung 1.5 ems left of its item's text."""
    lines = []
    for k, text in enumerate(texts):
        if text.startswith("• "):
            lines += [("•", x, top + k * lead, size, False), (text[2:], x + 1.5 * size, top + k * lead, size, False)]
        else:
            lines.append((text, x + 1.5 * size, top + k * lead, size, False))
    return lines


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_text_under_a_heading_beside_the_right_column_s_top_is_the_left_column_s(tmp_path, size):
    """Two columns: the left one opens with a list's heading in larger bold type and goes on with
    the list's item, cut mid-sentence; the right one goes on with that item at the block's top, a
    little above the heading, and ends above the item's first line. The item under its heading is
    the left column's (before, it was taken for text set under the columns and read after the
    right column, which then came between the heading and its item)."""
    lead, top = 1.4 * size, 200.0
    lines = [("Outstanding practice and areas for improvement", 40.0, top - 3 * size, 1.4 * size, True),
             ("ACTION THE SERVICE MUST TAKE", 40.0, top + 0.6 * size, 1.2 * size, True)]
    lines += _column(["• The service must improve its", "governance so that the risks found", "are identified, recorded and"],
                     40.0, top + 3.4 * size, size, lead)
    lines += _column(["acted on and that compliance is", "monitored through regular audits."], 310.0, top, size, lead)
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The service must improve its governance so that the risks found are identified, recorded and "
                 "acted on and that compliance is monitored through regular audits.")]


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_block_of_three_columns_in_smaller_type_under_two_ends_the_two(tmp_path, size):
    """A narrative in two columns, then, right under it, a list in three columns in smaller type: its
    heading opens the first column, level with the tops of the other two, each going on the item
    the column before cut off. The two columns' gutter ends above that row (before, it ran on through
    the row, whose lines were read as a stretch of their own, the columns' tops before the heading)."""
    small, lead, top = 0.9 * size, 1.4 * size, 100.0
    lines = []
    for k in range(6):
        lines.append(("Staff were caring and treated people well.", 40.0, top + k * lead, size, False))
        lines.append(("Leaders were visible and approachable.", 310.0, top + k * lead, size, False))
    block = top + 6 * lead
    lines.append(("Areas for improvement", 40.0, block + 0.2 * size, 1.4 * size, False))
    low = block + 2 * size
    lines += _column(["• The service must ensure that at", "least 90% of medical staff", "complete safeguarding level"],
                     40.0, low, small, 1.35 * small)
    lines += _column(["3 training."], 220.0, block, small, lead)
    lines += _column(["• The service must ensure that", "risk assessments are completed", "on admission, including for"],
                     220.0, low, small, 1.35 * small)
    lines += _column(["agency and bank staff."], 400.0, block, small, lead)
    lines += _column(["• The service should review how", "it shares learning with staff."], 400.0, low, small,
                     1.35 * small)
    _, found = _findings(_pages(tmp_path / "report.pdf", [lines]))
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The service must ensure that at least 90% of medical staff complete safeguarding level 3 training."),
        ("must", "The service must ensure that risk assessments are completed on admission, including for agency "
                 "and bank staff."),
        ("should", "The service should review how it shares learning with staff.")]


CARD_LEFT = 80.0


def _card(texts: list[tuple[str, str]], x: float, top: float, size: float) -> tuple[list[tuple], float]:
    """A card's lines: ("h", …) a bold heading line, ("s", …) its score in smaller type, ("t", …) its text."""
    lines = []
    for kind, text in texts:
        small = kind == "s"
        lines.append((text, x, top, 0.8 * size if small else size, kind == "h"))
        top += (1.0 if small else 1.35) * size
    return lines, top


def _card_rows(size: float) -> list[tuple]:
    """Two rows of cards with no rules (a scanned page's text layer), a gutter's width apart; the upper
    row's left card goes on with a second paragraph under its shorter neighbour."""
    from test_read_round7e import _width

    left = [("h", "How staff, teams and"), ("h", "services work"), ("h", "together"),
            ("s", "Score: 2 - Evidence shows"), ("s", "some shortfalls"), ("t", "The home was clean"),
            ("t", "and staff followed"), ("t", "infection prevention"), ("t", "and control practices."),
            ("t", "People were supported"), ("t", "to be as independent as"), ("t", "possible. Relatives said"),
            ("t", "they were kept"), ("t", "informed and felt"), ("t", "welcome.")]
    right_x = CARD_LEFT + max(_width(text, size) for _, text in left) + 1.5 * size
    lines, below = _card(left, CARD_LEFT, 200.0, size)
    lines += _card([("h", "Delivering evidence-"), ("h", "based care and"), ("h", "treatment"),
                    ("s", "Score: 1 - Evidence shows"), ("s", "significant shortfalls"), ("t", "Morale had improved"),
                    ("t", "since the appointment"), ("t", "of the new manager.")], right_x, 200.0, size)[0]
    top = below + 0.9 * size
    lines += _card([("h", "Assessing needs"), ("s", "Score: 1 - Evidence shows"), ("t", "People told us they felt"),
                    ("t", "safe and that staff knew"), ("t", "them well.")], CARD_LEFT, top, size)[0]
    lines += _card([("h", "Monitoring outcomes"), ("s", "Score: 3 - Evidence shows"), ("t", "Relatives said they"),
                    ("t", "were kept informed.")], right_x, top, size)[0]
    return lines


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_card_s_next_paragraph_under_a_shorter_card_is_no_lead_in(tmp_path, size):
    """The left card's next paragraph at its own edge and leading, under the shorter right card, goes on
    that card, read whole before the card beside it (before, in type larger than the cards' scores, it
    was taken for the lead-in of a new block: the right card was read before it, and the next row of
    cards was read as one block with it, its cells not starting level, so that a row split by a page
    break was read page by page, a cell's rest after the cell beside it)."""
    texts = [line.text for line in start_read(_pages(tmp_path / "report.pdf", [_card_rows(size)]),
                                              sha256="-")().pages[0].lines]
    assert texts.index("welcome.") < texts.index("Morale had improved") < texts.index("Assessing needs")


# Generator seeds of this round's ranges each read whole, scored as bench/random_layouts.py scores, by this
# reader and not by the one before it (112089 read whole before, and by this round's first form of the rule
# for text under a heading): (seed, what it draws).
ROUND_SIXTY = [
    (115001, "a small-type panel running through page 2 beside key findings, ending over a chapter on page 3"),
    (115096, "a right-hand panel's item finished at a page's foot, its citation at the next page's panel top"),
    (115041, "a boxed must item under its heading, going on at the top of the right column beside the heading"),
    (115028, "three columns in smaller type under a narrative in two, their tops level with the list's heading"),
    (112070, "assessment cards split by a page break on a scanned page (no rules), a card's next paragraph under "
             "its shorter neighbour"),
    (112089, "a should heading wrapped level over a gutter of its two columns ('… TAKE TO      IMPROVE')"),
]


@pytest.mark.parametrize("seed", [seed for seed, _ in ROUND_SIXTY], ids=[why for _, why in ROUND_SIXTY])
def test_round_sixty_layouts_are_read_whole(seed, tmp_path):
    from test_random_layouts import _assert_scored_whole, _run_every_round

    gold, got = _run_every_round(seed, tmp_path)
    _assert_scored_whole(gold, got)
