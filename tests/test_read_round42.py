"""Reading round forty-two (issue 10), random layouts 110000 as a development set; each page is
drawn here line by line, at several type sizes:

- a must list in two columns filled in turn at a page's foot, its columns ending level: the left
  one's item ends its sentence with its citation, the right one's breaks off ("… and that"), and the
  next page opens at the left column's text edge in lower case ("learning is shared …"). That line
  goes on the sentence the right column broke off; before, it was read as a table row's left cell
  going on alone (split_rows.py) and joined to the finished item;
- a list in a side panel of its own type beside the main column, both cut at a page's foot, the
  panel's item after a sub-item ending "…;": its next sub-item at the next page's top, read after
  the main column going on there, goes on that item (before, only a bullet of the items' own kind
  resumed the panel's list, and the sub-item was lost);
- a side panel right of the main column, its item cut at a page's foot and going on at the next
  page's top beside the main column's first lines, one line further than they go: the page's columns
  are read as two stretches, the panel's later lines in the second; they are read right after its
  first lines (panels.py `_run_below`), not after the main column's paragraphs, which closed the item;
- two justified columns, the right one's last item wrapping to a line of two words stretched to the
  column's edge right under a line of its own set across their gap: the stretched space is no gutter
  with one line beside it (a lead-in closing the columns below had cleared the mark that the band
  opened under a line set across it), so the rows from there down are no stretch of three columns.

Each test fails without its change: split_rows.py's `_one_cell_goes_on` (a finished cell and the
last cell broken off), locate.py's `_panel_sub_item`, panels.py's `_run_below`, gutters.py's
`Gutter.valid` (a band with one line on a side that opened under a line set across it).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

LEFT = 40.0


def _lines(text: str, x: float, top: float, size: float, width: float, lead: float = 1.3,
           bullet: str = "", indent: float = 1.2) -> tuple[list[tuple], float]:
    """A paragraph (bulleted: a hanging indent of `indent` ems) as (text, x, top, size, bold) lines."""
    hang = indent * size if bullet else 0.0
    out = [(bullet, x, top, size, False)] if bullet else []
    for words in _wrapped(text, size, width - hang):
        out.append((" ".join(words), x + hang, top, size, False))
        top += lead * size
    return out, top


# ---- two columns filled in turn, the right one's item going on at the next page's top ----------

LEFT_ITEM = ["Ensure that medicines are stored securely", "and at the right temperatures.", "(Regulation 18(1))"]
RIGHT_ITEM = ["Ensure that follow-up appointments are", "booked within the timescales set by the", "clinician and that"]
RIGHT_REST = "learning is shared across teams."
SHOULD = "Continue to work with commissioners to reduce referral to treatment times."


@pytest.mark.parametrize("size", [7.0, 8.0, 10.0])
def test_a_lower_case_line_under_a_finished_column_goes_on_the_column_read_last(tmp_path, size):
    lead, hang, right = 1.3 * size, 1.2 * size, LEFT + 28 * size
    first = [("Areas for improvement", LEFT, 500.0, 1.4 * size, True),
             ("Importantly, the hospital must:", LEFT, 500.0 + 2.5 * size, size, True)]
    top = 500.0 + 4.5 * size
    for x, item in ((LEFT, LEFT_ITEM), (right, RIGHT_ITEM)):
        first.append(("•", x, top, size, False))
        first += [(text, x + hang, top + k * lead, size, False) for k, text in enumerate(item)]
    second = [(RIGHT_REST, LEFT + hang, 60.0, size, False),
              ("In addition the hospital should:", LEFT, 60.0 + 2.5 * size, size, True),
              ("•", LEFT, 60.0 + 4.5 * size, size, False)]
    second += _lines(SHOULD, LEFT + hang, 60.0 + 4.5 * size, size, 60 * size)[0]
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text) for f in found] == [("must", " ".join(LEFT_ITEM)),
                                                 ("must", " ".join(RIGHT_ITEM + [RIGHT_REST])),
                                                 ("should", SHOULD)]


# ---- a side panel's sub-list going on over a page break, after the main column ------------------

PANEL_MUSTS = ["The service must ensure that risk assessments for falls, pressure ulcers and nutrition are "
               "completed on admission across both hospital sites. (Regulation 12(2)(a))",
               "The service must ensure that there are sufficient numbers of suitably qualified, competent "
               "and experienced nursing staff in the community teams, including that:"]
SUBS = ["resuscitation trolleys are sealed and checked;",
        "oxygen is prescribed for every patient who receives it. (Regulation 17(1))"]
PANEL_SHOULD = "The service should ensure that policies and procedures are reviewed and kept up to date."
MAIN = ("Staff told us that the senior team had improved and that leaders were visible and approachable on "
        "every ward we visited, although some staff said that managers should do more to share learning "
        "between teams and that shifts were often too busy for them to complete their training, and the "
        "trust told us that a plan was in place to recruit more nurses to the community teams over the "
        "coming year and to review the staffing of each ward every three months with the matrons.")


def _main_column(size: float, x: float, width: float, bottom: float) -> tuple[list[tuple], list[tuple]]:
    """The main column's narrative in its own (larger) type, cut mid-sentence at `bottom`."""
    rows = _wrapped(MAIN, size, width)
    fit = int((bottom - 60.0) // (1.3 * size)) + 1
    assert not " ".join(rows[fit - 1]).endswith(".")
    page = [(" ".join(words), x, 60.0 + k * 1.3 * size, size, False) for k, words in enumerate(rows[:fit])]
    rest = [(" ".join(words), x, 60.0 + k * 1.3 * size, size, False) for k, words in enumerate(rows[fit:])]
    return page, rest


@pytest.mark.parametrize("size", [7.0, 8.0, 9.0])
def test_a_side_panels_next_sub_item_after_the_main_column_goes_on_its_item(tmp_path, size):
    width, sub = 21 * size, 2.4 * size
    first = [("Areas for improvement", LEFT, 60.0, size, True)]
    top = 60.0 + 1.8 * size
    for text in PANEL_MUSTS:
        lines, top = _lines(text, LEFT, top, size, width, bullet="→")
        first += lines
        top += 0.4 * size
    lines, top = _lines(SUBS[0], LEFT + sub, top, size, width - sub, bullet="-")
    first += lines
    main, rest = _main_column(1.1 * size, LEFT + width + 2.5 * size, 17 * size, top - 1.3 * size)
    second, top = _lines(SUBS[1], LEFT + sub, 60.0, size, width - sub, bullet="-")
    lines, _ = _lines(PANEL_SHOULD, LEFT, top + 0.4 * size, size, width, bullet="→")
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first + main, second + lines + rest]))
    assert [(f.kind, f.text) for f in found] == [
        ("must", PANEL_MUSTS[0]), ("must", PANEL_MUSTS[1] + "\n" + "\n".join(SUBS)), ("should", PANEL_SHOULD)]


# ---- a side panel's item going on beside the main column, one line further than its first lines ---

CUT = "Ensure that the well-led framework"
REST = ["is embedded, with clear lines of", "accountability for quality, including", "that:"]
PANEL_SUBS = ["fridge temperatures are recorded and action is taken when they are out of range;",
              "resuscitation trolleys are sealed and checked."]
NEXT = "Ensure that all staff complete mandatory training, including safeguarding. (Regulation 18)"
BULLETS = ["Records we reviewed were not always complete; some risk assessments had not been updated.",
           "Some staff said that managers should do more to share learning between teams."]
PARAGRAPH = ("Patients were screened using the Malnutrition Universal Screening Tool (MUST) on admission. "
             "Learning from incidents was shared at daily safety huddles and in a monthly newsletter.")


@pytest.mark.parametrize("size", [7.0, 8.0, 9.0])
def test_a_side_panels_lines_beside_two_stretches_of_the_main_column_are_read_together(tmp_path, size):
    main, small = size, 0.87 * size
    width, x = 38 * main, LEFT + 42 * main
    panel_width = 595.0 - 30.0 - x
    first = []
    top = 600.0
    for text in BULLETS:
        lines, top = _lines(text, LEFT, top, main, width, lead=1.4, bullet="•")
        first += lines
    first += [("They must:", x, 600.0, small, True), ("•", x, 600.0 + 2 * small, small, False),
              (CUT, x + 1.6 * small, 600.0 + 2 * small, small, False)]
    second, top = _lines(BULLETS[0], LEFT, 60.0, main, width, lead=1.4, bullet="•")
    lines, _ = _lines(PARAGRAPH, LEFT, top + 0.8 * main, main, width, lead=1.4)
    second += lines
    second += [(text, x + 1.6 * small, 60.0 + k * 1.25 * small, small, False) for k, text in enumerate(REST)]
    top = 60.0 + len(REST) * 1.25 * small + 0.4 * small
    for text in PANEL_SUBS:
        lines, top = _lines(text, x + 1.6 * small, top, small, panel_width - 1.6 * small, lead=1.25, bullet="•")
        second += lines
    lines, _ = _lines(NEXT, x, top + 0.4 * small, small, panel_width, lead=1.25, bullet="•")
    second += lines
    doc, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    musts = [f.text for f in found if f.kind == "must"]
    assert musts == [" ".join([CUT] + REST) + "\n" + "\n".join(PANEL_SUBS), NEXT]


# ---- a justified column's two-word line beside a longer column -------------------------------------

LEFT_LINES = ["compliance is monitored through", "regular audits for young people", "aged 16-18, including that:",
              "• fridge temperatures are", "recorded and action is", "taken when they are out of", "range;"]
RIGHT_LINES = ["• resuscitation trolleys are", "sealed and checked;", "• controlled drugs are", "checked daily and",
               "discrepancies are", "escalated."]
AFTER = ["The service should:", "• Review the arrangements for interpreting services."]


def _glyph_line(text: str, x0: float, x1: float | None, top: float, size: float) -> list:
    """A line as word runs half an em wide a letter, justified from x0 to x1 (None: word spaces of a third of an em)."""
    from cqcplan.pipeline.glyphs import Glyph

    words = text.split()
    widths = [0.5 * size * len(word) for word in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1) if x1 is not None and len(words) > 1 else size / 3
    runs = []
    for word, width in zip(words, widths):
        runs.append(Glyph(word, x0, x0 + width, top, top + 1.2 * size, size, False, False, True))
        x0 += width + gap
    return runs


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_justified_lines_two_words_under_a_line_of_their_column_are_one_line(size):
    """Two justified columns; the right one's last item wraps to a line of two words stretched to
    the column's edge ("discrepancies        are"), right under a line of its own set across their
    gap, then a short last line, and a lead-in in larger type closes the columns under the left one's
    longer run. The stretched space is a word space of the line, not a gutter with one line right of
    it (before, the rows from that line down were read as a stretch of three columns: "are" alone,
    after "escalated.")."""
    from cqcplan.pipeline.read import read_page

    glyphs = []
    for k, text in enumerate(LEFT_LINES):  # justified but for a list's lead-in, a bullet's line and the last
        glyphs += _glyph_line(text, 40 + 2 * size, 40 + 20 * size if k in (0, 1, 4) else None, 60 + 1.4 * k * size, size)
    for k, text in enumerate(RIGHT_LINES):
        glyphs += _glyph_line(text, 40 + 24 * size, 40 + 38 * size if k in (0, 2, 3, 4) else None, 60 + 1.4 * k * size, size)
    glyphs += _glyph_line(AFTER[0], 40, None, 60 + 11 * size, 1.3 * size)
    glyphs += _glyph_line(AFTER[1], 40, None, 60 + 13.5 * size, size)
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == LEFT_LINES + RIGHT_LINES + AFTER
