"""Reading round sixty (random layouts 115000-115099), on small PDFs drawn here with reportlab
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

Each test fails without its change: panels.py's `_panel_run`, locate.py's `_panel_sub_item`.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

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
