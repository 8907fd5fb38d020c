"""Reading round 175: lines set at tight leading, drawn here with reportlab's canvas at three type sizes and
leadings from solid (1.0 em) to 1.1 ems, under Helvetica's line box (about 1.17 ems), so each line's box overlaps
the one above's:

- a must list whose statements each close with their citation on a line of its own set flush right at the
  column's edge, one leading under the statement's last line: the citation goes on its statement and the list goes
  on to the next must (before, "next under" asked for a gap of 0 or more, the overlapping citation line was no
  citation line, the list ended there and the second must was lost: `text.set_under`, shared by every "is this
  the next line down?" check, allows the overlap `locate._usual_gap` already counts as the tightest gap);

and two lists each set in two columns, one under the other (the columns' blocks, gutters.py):

- the next list's heading set plain in capitals in the left column, in the text's own type and leading (all a
  scan's text layer keeps of a heading's style), the right column's text going on level with it: a heading,
  so a block begins there and the must list's right column is read before it (before, only bold or larger
  type was a heading there, the left column was read through both lists and the should list's words went on
  the must's items: `gutters._capitals`);
- the must list's last sentence ending in the left column, its citation alone at the right column's top (the
  right column's only line), the should list's heading in larger plain type in the left column under it and
  its sub-items at the right column's top set higher than that heading: the citation is read before the
  heading (before, a column of one line had no leading and broke off nowhere, so the left column was read
  through both lists: `_runs_across_top`, and a one-line column's leading is the other column's).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402
from test_read_round32 import _findings  # noqa: E402
from test_read_round170 import SIZES, _text  # noqa: E402

MUSTS = [["Ensure that staff complete mandatory training in", "safeguarding adults and children at the right level."],
         ["Ensure that medicines are stored safely and that fridge", "temperatures are checked and recorded every day."]]
SHOULDS = [["Review how learning from incidents is shared with staff", "working at night and at weekends."],
           ["Consider how it involves patients in planning their", "discharge from the ward."]]
CITATION = "(Regulation 12(2)(g))"


def _tight_list(path, size: float, lead: float) -> None:
    width, height = A4
    canvas = Canvas(str(path), pagesize=A4)
    margin, top, right = 6 * size, 6 * size, 36 * size
    _text(canvas, margin, top, "Areas for improvement", "Helvetica-Bold", 1.4 * size, height)
    top += 2.5 * size
    for heading, items, cited in [("Action the trust MUST take to improve", MUSTS, True),
                                  ("Action the trust SHOULD take to improve", SHOULDS, False)]:
        _text(canvas, margin, top, heading, "Helvetica-Bold", size, height)
        top += 2 * size
        for item in items:
            _text(canvas, margin, top, "\u2022", "Helvetica", size, height)
            for line in item:
                _text(canvas, margin + 1.5 * size, top, line, "Helvetica", size, height)
                top += lead * size
            if cited:
                canvas.setFont("Helvetica", size)
                canvas.drawRightString(right, height - top - 0.8 * size, CITATION)
                top += lead * size
            top += 0.6 * size
        top += 1.5 * size
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("lead", [1.0, 1.05, 1.1])
@pytest.mark.parametrize("size", SIZES)
def test_a_citation_line_set_tight_under_its_statement_goes_on_it(tmp_path, size, lead):
    path = tmp_path / "report.pdf"
    _tight_list(path, size, lead)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == ([("must", f"{' '.join(item)} {CITATION}") for item in MUSTS]
                   + [("should", " ".join(item)) for item in SHOULDS]), got


def _item(canvas, x: float, top: float, lines: list[str], size: float, height: float, mark: str = "\u2022") -> float:
    """An item's lines from `top`, its bullet hung 1.2 ems left of its text; the top of the line after it."""
    if mark:
        _text(canvas, x, top, mark, "Helvetica", size, height)
    for line in lines:
        _text(canvas, x + 1.2 * size, top, line, "Helvetica", size, height)
        top += 1.4 * size
    return top


def _columns(path, size: float) -> tuple[Canvas, float, list[float]]:
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    xs = [4 * size, 4 * size + 28 * size]  # columns 26 ems wide, 2 ems apart
    _text(canvas, xs[0], 5 * size, "Areas for improvement", "Helvetica-Bold", 1.5 * size, height)
    return canvas, height, xs


def _capitals_headings(path, size: float) -> None:
    canvas, height, xs = _columns(path, size)
    top = 7.6 * size
    _text(canvas, xs[0], top, "ACTION THE TRUST MUST TAKE TO IMPROVE", "Helvetica", size, height)
    left = _item(canvas, xs[0], top + 1.4 * size, ["Ensure that staff complete mandatory", "training in safeguarding adults and",
                                                   "children at the right level."], size, height)
    left = _item(canvas, xs[0], left, ["Ensure that medicines are stored", "safely and that fridge temperatures"], size, height)
    right = _item(canvas, xs[1], top, ["are checked and recorded every day."], size, height, mark="")
    _item(canvas, xs[1], right, ["Ensure that patient records are", "accurate and complete."], size, height)
    _text(canvas, xs[0], left, "ACTION THE TRUST SHOULD TAKE TO IMPROVE", "Helvetica", size, height)
    _item(canvas, xs[0], left + 1.4 * size, ["Review how learning from incidents is", "shared with staff working at night"],
          size, height)
    right = _item(canvas, xs[1], left, ["and at weekends."], size, height, mark="")
    _item(canvas, xs[1], right, ["Consider how it involves patients in", "planning their discharge from the ward."], size, height)
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_heading_in_capitals_under_a_list_s_columns_begins_the_next_block(tmp_path, size):
    path = tmp_path / "report.pdf"
    _capitals_headings(path, size)
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert got == [("must", "Ensure that staff complete mandatory training in safeguarding adults and children at the right level."),
                   ("must", "Ensure that medicines are stored safely and that fridge temperatures are checked and recorded every day."),
                   ("must", "Ensure that patient records are accurate and complete."),
                   ("should", "Review how learning from incidents is shared with staff working at night and at weekends."),
                   ("should", "Consider how it involves patients in planning their discharge from the ward.")], got


def _citation_atop(path, size: float) -> None:
    canvas, height, xs = _columns(path, size)
    top = 7.6 * size
    _text(canvas, xs[0], top, "Action the trust MUST take to improve", "Helvetica-Bold", 1.2 * size, height)
    top += 2 * size
    left = _item(canvas, xs[0], top, ["Ensure that staff complete mandatory training in",
                                      "safeguarding adults and children at the right level."], size, height)
    _item(canvas, xs[1], top, [CITATION], size, height, mark="")
    # the should list: its heading in larger plain type, its sub-items at the right column's top set higher
    _text(canvas, xs[0], left + 0.7 * size, "Action the trust SHOULD take to improve", "Helvetica", 1.2 * size, height)
    _item(canvas, xs[0], left + 2.7 * size, ["Consider how it involves patients in planning their",
                                             "discharge from the ward, including that:"], size, height)
    right = _item(canvas, xs[1] + 1.5 * size, left, ["patients' weights are recorded on admission;"], size, height, mark="\u2013")
    _item(canvas, xs[1] + 1.5 * size, right + 0.2 * size, ["fridge temperatures are recorded every day."], size, height,
          mark="\u2013")
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_citation_alone_atop_the_next_column_is_read_before_the_next_list(tmp_path, size):
    path = tmp_path / "report.pdf"
    _citation_atop(path, size)
    texts = [line.text for page in start_read(path, sha256="0")().pages for line in page.lines]
    heading = texts.index("Action the trust SHOULD take to improve")
    assert texts.index(CITATION) < heading < texts.index("\u2013 patients' weights are recorded on admission;"), texts
