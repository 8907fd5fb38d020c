"""Reading round 173: a heading across a gutter told from a paragraph's next lines, drawn here with reportlab's canvas
at three type sizes, every place in the type's terms:

- two columns of text a little larger than a side panel's navigation and the columns' score lines (the smaller type
  the more of the page above), a left column's line breaking mid-sentence and the right column's level line opening
  in lower case, each a line's leading under the line over it in its own type: a paragraph's next lines, no heading
  across the gutter (before, a band was opened there, the right column's first line was read inside the left
  column's sentence and the must statement was cut: read.py `_heading_across`, `_goes_on_over`; pinned as seed
  137022 in tests/test_random_layouts.py).
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from test_read_round32 import _findings  # noqa: E402
from test_read_round170 import SIZES, _text  # noqa: E402


def _panel_and_columns(path, size: float) -> None:
    width, height = landscape(A4)
    canvas = Canvas(str(path), pagesize=(width, height))
    margin, small, lead = 4 * size, 0.8 * size, 1.52 * size  # a paragraph's leading a little over 1.5 ems
    columns = [margin + 15 * size, margin + 15 * size + 28.5 * size]
    nav = ["Overview", "Our view of the service", "People's experience", "Safe", "Effective", "Caring",
           "Responsive", "Well-led", "Contact details", "Download this report"]
    for k, item in enumerate(nav):
        _text(canvas, margin, 4 * size + 1.3 * k * small, item, "Helvetica", small, height)
    _text(canvas, columns[0], 4 * size, "Safe", "Helvetica-Bold", 1.5 * size, height)
    _text(canvas, columns[0], 6.5 * size, "Rating: Inadequate", "Helvetica", size, height)
    top = 9 * size
    for x, heading in zip(columns, ["Medicines optimisation", "Safe environments"]):
        _text(canvas, x, top, heading, "Helvetica", small, height)
        _text(canvas, x, top + 1.3 * small, "Score: 1 - Evidence shows significant shortfalls", "Helvetica",
              small, height)
    top += 1.3 * small + 2 * size
    left = ["Staff were kind to people. The provider was in breach", "of regulation 11 (Need for consent) of the Health",
            "and Social Care Act 2008 (Regulated Activities)", "Regulations 2014. Staff understood how to",
            "recognise and report abuse. People were supported", "to be as independent as possible and relatives",
            "said they were kept informed and felt welcome."]
    right = ["Leaders were visible and staff said they were", "approachable. Relatives said they were kept",
             "informed and felt welcome by the staff. Care", "plans were reviewed when people's needs changed", "and staff had the training they needed to",
             "support people with their medicines safely."]
    more = ["Leaders were visible and staff said they were", "approachable. Staff worked with GPs and district",
            "nurses to meet people's health needs. Morale had", "improved since the appointment of the manager."]
    for x, lines in zip(columns, [left + more, right + more]):
        for k, line in enumerate(lines):
            _text(canvas, x, top + k * lead, line, "Helvetica", size, height)
    canvas.showPage()
    canvas.save()


@pytest.mark.parametrize("size", SIZES)
def test_a_paragraph_s_next_lines_level_across_a_gutter_open_no_band(tmp_path, size):
    path = tmp_path / "report.pdf"
    _panel_and_columns(path, size)
    breach = ("The provider was in breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 "
              "(Regulated Activities) Regulations 2014.")
    got = [(kind, text) for kind, _, text in _findings(path)]
    assert [kind for kind, text in got if breach in text] == ["must"], got
