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
