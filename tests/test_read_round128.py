"""Reading round 128, the fresh random range 135000 as a development set; each page built here with
reportlab at several type sizes:

- a paragraph set in two columns (its left part broken off mid-clause right over a heading, its right
  part opening in lower case and ending its sentence) is a block of its own: the list the heading
  opens under it, its sub-items going on at the right column's top level with the heading's second
  line, is the next block's, not read after the paragraph's end (gutters.py `wrapped_across_above`);
- a page set tight (its words a fraction of a space apart, no space characters) whose re-printer cut
  each word into pieces at its kerning, single letters among them ("T" / "h" / "e" / "prov" / "ider"),
  is still known as set tight: its gaps are measured between the runs that kerning alone parts
  (read.py `_kerned_run_gaps`), so "The provider should:" keeps its word spaces;
- a column opening in lower case (a main column's sentence going on from the page before, beside a side
  panel's next group) is running text, never a table's label column read row by row with the panel
  (read.py `_label_cells`);
- a column's one line beside a heading in larger type is level with it when their tops are, within the
  difference of the two sizes (the larger type sets its baseline lower): the block's, read after the
  heading's column (gutters.py `Gutter._level_tops`).
Each test fails without its change.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402

from cqcplan.pipeline.read import read_page, start_read  # noqa: E402
from test_read_glyphs import _spaced_runs  # noqa: E402
from test_read_outside_tables import _Page  # noqa: E402
from reading import read_findings  # noqa: E402

FONTS = Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts"
pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))

ITEMS = ["Ensure that at least 90% of medical staff complete safeguarding children level 3 training. (Regulation 18)",
         "Ensure that deteriorating patients on the children’s ward are escalated appropriately using the early "
         "warning score.",
         "Ensure that the environment in the emergency department is safe for the patients who use it, including "
         "that:"]
SUBS = ["staff have access to up-to-date policies;", "patients’ weights are recorded on admission;",
        "oxygen is prescribed for every patient who receives it. (Regulation 15)"]
RIGHT = ["Ensure that follow-up appointments are booked within the timescales set by the clinician."]


@pytest.mark.parametrize("size", [9.0, 11.0, 13.0])
def test_a_paragraph_wrapped_over_two_columns_above_a_heading_closes_its_block(tmp_path, size):
    path = tmp_path / "wrapped.pdf"
    page = _Page(path, size)
    left, gap = 60.0, 2.0 * size
    width = (595.0 - 2 * left - gap) / 2
    right = left + width + gap
    page.put("Urgent and emergency care", left, 60, 1.8 * size, bold=True)
    top = 60 + 3.5 * size
    page.put("Is the service caring?", left, top, 1.2 * size, bold=True)
    top += 2 * size
    # the paragraph: its first line and a half left, broken off mid-clause; its end at the right column's top
    page.put("Competent staff", left, top, size, bold=True)
    lines = simpleSplit("Care was delivered in line with national guidance and audit results were in line with "
                        "the England average.", "Helvetica", size, width)
    page.para(" ".join(lines[1:]), right, top, width)
    top = page.para(lines[0], left, top + 1.5 * size, width)
    top += 0.6 * size
    page.put("Areas for improvement", left, top, 1.5 * size, bold=True)
    top += 1.8 * size
    sub_top = top  # the right column's sub-items begin level with the list heading's second line
    top = page.para("We found breaches of regulations. The provider must:", left, top, width, 1.5 * size, bold=True)
    top += 0.8 * size
    for item in ITEMS:
        top = page.para(item, left, top, width, indent=1.5 * size, bullet=True) + 0.4 * size
    for sub in SUBS:
        page.canvas.setFont("DejaVu", size)
        page.canvas.drawString(right + 1.5 * size, 842.0 - sub_top - size, "▪")
        sub_top = page.para(sub, right, sub_top, width, indent=3 * size) + 0.4 * size
    for item in RIGHT:
        sub_top = page.para(item, right, sub_top, width, indent=1.5 * size, bullet=True) + 0.4 * size
    page.save()
    got = [(f.kind, " ".join(f.text.split())) for f in read_findings(path)]
    assert got == [("must", item) for item in ITEMS[:2]] + [("must", " ".join([ITEMS[2]] + SUBS))] \
        + [("must", item) for item in RIGHT]



@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_a_tight_page_whose_words_are_cut_into_pieces_keeps_its_word_spaces(size):
    """Words drawn 0.13 em apart with no space characters, each cut where a re-printer cuts it at
    its kerning: its first and last letters runs of their own, touching the rest ("T" / "h" / "e")."""
    tight = ["The provider should ensure that staff are trained", "in line with the trust policy and that it",
             "is checked every month by the ward manager"]
    glyphs = []
    for n, text in enumerate(tight):
        x, top = 40.0, 60 + 1.4 * n * size
        for word in text.split():
            for piece in filter(None, (word[0], word[1:-1], word[1:][-1:])):
                glyphs += _spaced_runs(piece, x, top, size, 0.0)
                x = glyphs[-1].x1
            x += 0.13 * size
    assert [line.text for line in read_page(glyphs, 1, 595.0, 842.0).lines] == tight


PANEL = ["Ensure that the well-led framework is embedded, with clear lines of accountability for quality and that "
         "compliance is monitored through regular audits. (Regulation 17)",
         "Ensure that at least 90% of medical staff complete safeguarding children level 3 training, so that "
         "patients receive safe care and treatment.",
         "Ensure that follow-up appointments are booked within the timescales set by the clinician, in accordance "
         "with the trust policy."]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_a_column_opening_in_lower_case_beside_a_panel_is_no_label_column(tmp_path, size):
    """A page's main column ends a sentence from the page before ("information.") and sets one short item, level
    with a panel's group heading and first item: few lines, each group level with one of the panel's, yet running
    text, read whole before the panel, not row by row as a table's labels."""
    path = tmp_path / "panel.pdf"
    page = _Page(path, size)
    left, width, right = 60.0, 12 * size, 60.0 + 14 * size
    page.put("information.", left, 60, size)
    page.para("Nurse staffing levels were reviewed three times a day by the matron.", left, 60 + 2 * size, width,
              indent=1.2 * size, bullet=True)
    page.put("Outpatients", right, 60, size, bold=True)
    top = 60 + 2 * size
    for item in PANEL:
        top = page.para(item, right, top, 14 * size, indent=1.2 * size, bullet=True) + 0.5 * size
    page.save()
    lines = [line.text for line in start_read(path, sha256="-")().pages[0].lines]
    assert lines.index("Outpatients") > max(k for k, text in enumerate(lines) if "matron" in text)
    assert lines[0] == "information."


MUSTS = ["Ensure that incidents are reported, investigated and that learning is shared with staff, in accordance "
         "with the trust policy.",
         "Improve its governance arrangements so that risks in the theatres and recovery areas are identified, "
         "recorded and acted on."]
SHOULD = "Consider how to improve engagement with person-centred care planning."


@pytest.mark.parametrize("size", [8.5, 11.0])
def test_a_column_s_one_line_level_with_a_larger_heading_beside_it_is_that_block_s(tmp_path, size):
    """Two columns of musts, the second item wrapping from the first column to the second; under them a should
    heading in larger type opens the first column, its one item wrapping to the second column's one line, set
    at the top of the heading's line (the heading's larger type sets its baseline lower): that line ends the
    should item, read after it, not the must above."""
    path = tmp_path / "heading.pdf"
    page = _Page(path, size)
    left, gap = 60.0, 2.0 * size
    width = 20 * size
    right = left + width + gap
    page.put("The service must:", left, 60, 1.5 * size, bold=True)
    top = 60 + 2.5 * size
    first = page.para(MUSTS[0], left, top, width, indent=1.5 * size, bullet=True) + 0.3 * size
    lines = simpleSplit(MUSTS[1], "Helvetica", size, width - 1.5 * size)
    page.put("•", left, first, size)
    page.put(lines[0], left + 1.5 * size, first, size)
    low = first + 1.2 * size + 0.8 * size
    page.para(" ".join(lines[1:]), right, top, width)
    head = max(low, top + 1.2 * size * (len(simpleSplit(" ".join(lines[1:]), "Helvetica", size, width))) + 0.8 * size)
    page.put("The service should:", left, head + 0.7 * size, 1.5 * size, bold=True)
    split = simpleSplit(SHOULD, "Helvetica", size, 15 * size)
    page.put("»", left, head + 2.6 * size, size)
    page.put(split[0], left + 1.5 * size, head + 2.6 * size, size)
    page.put(" ".join(split[1:]), right, head, size)
    page.save()
    got = [(f.kind, " ".join(f.text.split())) for f in read_findings(path)]
    assert got == [("must", m) for m in MUSTS] + [("should", SHOULD)]
