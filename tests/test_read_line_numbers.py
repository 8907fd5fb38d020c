"""Issue 10, batch DB's care home: a word processor's line numbers, every five lines, in the left
margin and in the gap between two justified columns (right-aligned, just left of the right column).
The narrow stack of numbers in the gap ended the gutter there, so the columns' lines were read
across and a breach sentence spliced with the other column's words. The numbers are dropped
before columns are looked for (line_numbers.py); this test fails without `without_line_numbers`.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from test_read_outside_tables import WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

BREACH = ("This was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 "
          "(Regulated Activities) Regulations 2014.")
LEFT = ["Safe – this means we looked for evidence that people were protected from abuse and avoidable harm. At "
        "the last inspection this key question was rated as requires improvement.",
        "Risk assessments for people at risk of choking had not been reviewed after their needs changed, and two "
        "people were given drinks that had not been thickened to the consistency recommended by the speech and "
        "language therapist. " + BREACH]
RECOMMEND = ("We recommend the provider seeks advice and guidance from a reputable source about the safe management "
             "of topical medicines and the documentation of their administration.")
RIGHT = ["Medicine administration records were accurate for tablets and liquids, but body maps showing where "
         "creams should be applied were missing for six people. " + RECOMMEND,
         "Enough improvement had been made at this inspection and staff files contained full employment histories "
         "and references for every member of staff."]


@pytest.mark.parametrize("size", [8.5, 10.0, 12.0])
def test_line_numbers_between_columns_leave_the_gutter_open(tmp_path, size):
    path = tmp_path / "care.pdf"
    page = _Page(path, size)
    margin, gap = 50.0, 3.0 * size
    width = (WIDTH - 2 * margin - gap) / 2
    page.put("Is the service safe?", margin, 60, 1.4 * size, bold=True)
    count = 0
    for x, paragraphs in ((margin, LEFT), (margin + width + gap, RIGHT)):
        top = 60 + 2.6 * size
        for text in paragraphs:
            for words in simpleSplit(text, "Helvetica", size, width):
                page.put(words, x, top)
                count += 1
                if count % 5 == 0:
                    page.canvas.setFont("Helvetica", 0.8 * size)
                    page.canvas.drawRightString(x - 0.8 * size, 842.0 - top - size, str(count))
                top += 1.2 * size
            top += 0.6 * size
    page.save()
    # the must is the breach sentence with the passage before it that says what was wrong
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", LEFT[1]), ("should", RECOMMEND)]
