"""A citation on a right-aligned tab is told from a column's line by the rows around it running text
across the tab's gap (tab_citations.py); those rows are the sentence's neighbours, not a running footer
set across the page well under it. Two cards side by side, a narrow gap between them (2.5 ems): the
right card's last line ("regulation 17 (Good governance).", which reads as a citation) is level with a
left card's line ending ")" ("… (Regulated Activities)"), and the lines above both have the gap open.
Before, the footer six ems under the cards ran across the gap, so the right card's line was taken for
the left line's tabbed citation and moved onto it: one line of both cards' words, and the breach
sentence lost."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = ["Care plans were not reviewed when people’s", "needs changed. This was a breach of regulation",
        "12 (Safe care and treatment) of the Health and", "Social Care Act 2008 (Regulated Activities)",
        "Regulations 2014."]
RIGHT = ["The home was clean and staff followed infection", "prevention and control practices. The",
         "provider did not have effective oversight of", "the service. The provider was in breach of",
         "regulation 17 (Good governance)."]
FOOTER = "3   Providers must display their rating on their website and at each location. Quality Report 08/07/2014"


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_footer_far_under_two_cards_is_no_line_running_across_a_tab(tmp_path, size):
    path = tmp_path / "cards.pdf"
    width, height = landscape(A4)
    page = Canvas(str(path), pagesize=(width, height))
    left = 100.0
    right = left + max(page.stringWidth(t, "Helvetica", size) for t in LEFT) + 2.5 * size
    for k, (a, b) in enumerate(zip(LEFT, RIGHT + [""])):
        base = height - 100.0 - k * 1.3 * size
        page.setFont("Helvetica", size)
        page.drawString(left, base, a)
        page.drawString(right, base, b)
    page.setFont("Helvetica", 0.75 * size)
    page.drawString(left - 40.0, height - 100.0 - (len(LEFT) + 5) * 1.3 * size, FOOTER)
    page.showPage()
    page.save()
    lines = [line.text for line in start_read(path, sha256="0")().pages[0].lines]
    assert RIGHT[-1] in lines and LEFT[3] in lines
