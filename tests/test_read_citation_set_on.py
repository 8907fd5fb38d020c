"""A must list set in a band of three columns under its lead-in, the band two lines deep: the lead-in in
the first column, the statement in the second, and its citation run on to the top of the third, level
with the statement's first line. Too short a band for its columns to be found, it is read by row, so the
citation came between the statement's first and second lines. A line that is all a bracketed citation,
a gutter clear right of an unfinished item on one of its rows, is the item's own citation: it ends the
statement, as printed ("… in line with the trust target. (Regulation 12(2)(a))")."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from test_read_outside_tables import WIDTH, _Page  # noqa: E402
from reading import read_findings  # noqa: E402

MUST = "Ensure that all staff complete mandatory training, including safeguarding and basic life support, in line " \
       "with the trust target."
CITATION = "(Regulation 12(2)(a))"
SHOULDS = ["Ensure that policies and procedures are reviewed and kept up-to-date, including for agency and bank staff.",
           "Review the discharge arrangements so that patients are not delayed unnecessarily."]


@pytest.mark.parametrize("size", [7.0, 8.5, 10.0])
def test_a_citation_run_on_to_the_next_column_of_a_short_band_ends_its_statement(tmp_path, size):
    path = tmp_path / "band.pdf"
    page = _Page(path, size)
    left, gap = 50.0, 2.0 * size
    top = page.para("Outstanding practice and areas for improvement", left, 80.0, WIDTH - 2 * left, 1.4 * size,
                    bold=True) + 0.6 * size
    page.put("The hospital must:", left, top, 1.2 * size, bold=True)
    x = left + stringWidth("The hospital must:", "Helvetica-Bold", 1.2 * size) + gap
    measure = stringWidth(MUST, "Helvetica", size) / 2 + 3 * size  # the statement in two lines
    lines = simpleSplit(MUST, "Helvetica", size, measure)
    assert len(lines) == 2
    page.put("•", x, top)
    for k, words in enumerate(lines):
        page.put(words, x + 1.5 * size, top + 1.2 * k * size)
    page.put(CITATION, x + 1.5 * size + measure + gap, top)
    top += 2 * 1.2 * size + 1.5 * size
    top = page.para("The hospital should:", left, top, WIDTH - 2 * left, 1.2 * size, bold=True) + 0.5 * size
    for n, text in enumerate(SHOULDS, 1):
        page.put(f"{n}.", left, top)
        top = page.para(text, left + 1.5 * size, top, WIDTH - 2 * left - 1.5 * size) + 0.4 * size
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", f"{MUST} {CITATION}")] + [
        ("should", text) for text in SHOULDS]
