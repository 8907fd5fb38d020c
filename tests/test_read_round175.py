"""Reading round 175: lines set at tight leading, drawn here with reportlab's canvas at three type sizes and
leadings from solid (1.0 em) to 1.1 ems, under Helvetica's line box (about 1.17 ems), so each line's box overlaps
the one above's:

- a must list whose statements each close with their citation on a line of its own set flush right at the
  column's edge, one leading under the statement's last line: the citation goes on its statement and the list goes
  on to the next must (before, "next under" asked for a gap of 0 or more, the overlapping citation line was no
  citation line, the list ended there and the second must was lost: `text.set_under`, shared by every "is this
  the next line down?" check, allows the overlap `locate._usual_gap` already counts as the tightest gap).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

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
