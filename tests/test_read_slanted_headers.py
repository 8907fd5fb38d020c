"""A matrix of owners printed from a spreadsheet (made here with reportlab at two type sizes and two
slants): the statements are its columns' headers, set turned 45 or 60 degrees and wrapped, each line a step
further along its column; a merged cell set level under the headers names the core service over each
group of columns; the rows under it are wards. Every glyph of the headers is turned past a level line's
slant, so they were left out as decoration and no statement was read. Read level (slanted_headers.py),
each header is one statement of the list the heading over the table opens, in column order, each of the
service its cell under the band names. A diagonal watermark stays decoration: a word or two, or a
sentence tiled over the page in type larger than the text's."""

import math

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402

from reading import read_findings  # noqa: E402
from test_read_round154 import _Sheet  # noqa: E402

HEADING = "Action the trust MUST take to improve"
GROUPS = [("Acute wards for adults of working age and psychiatric intensive care units",
           ["The trust must ensure that blanket restrictions on the acute wards are reviewed regularly. "
            "(Regulation 13(4)(b))",
            "The trust must ensure that seclusion records are completed in line with the Code of Practice. "
            "(Regulation 17(2)(c))"]),
          ("Community-based mental health services for adults of working age",
           ["The trust must ensure that every patient on a caseload has an up-to-date risk assessment. "
            "(Regulation 12(2)(a))",
            "The trust must ensure that community staff receive regular clinical supervision. (Regulation 18(2)(a))"])]


def _matrix(path, size: float, angle: float, watermark: bool = False, headers: bool = True) -> None:
    sheet = _Sheet(path, 1190.0, 842.0)
    c = sheet.canvas
    sheet.put(HEADING, 60.0, 50.0, 1.4 * size, "Helvetica-Bold")
    foot = 842.0 - 60.0 - 40 * size  # the headers' baseline (from the page's foot)
    column, x = 18 * size, 60.0 + 16 * size
    step = 1.25 * size / math.sin(math.radians(angle))  # each line a leading across, a step further along
    for service, statements in GROUPS:
        cell_x = x
        for text in statements if headers else []:
            for k, words in enumerate(simpleSplit(text, "Helvetica", size, 36 * size)):
                c.saveState()
                c.translate(x + 0.3 * column + k * step, foot)
                c.rotate(angle)
                c.setFont("Helvetica", size)
                c.drawString(0, 0, words)
                c.restoreState()
            x += column
        c.setFont("Helvetica-Bold", 0.7 * size)
        c.drawCentredString((cell_x + x) / 2, foot - 1.4 * size, service)
    rows = 842.0 - foot + 3 * size
    for n, ward in enumerate(["Bluebell Ward", "Heron Ward", "Northern CMHT", "Southern CMHT"]):
        sheet.put(ward, 60.0, rows + 1.8 * n * size, size)
    if watermark:  # a word in large type, and a sentence tiled three times in type half as large
        for text, scale, x, y in [("DRAFT COPY", 6, 300.0, 200.0)] + [
                ("CONFIDENTIAL: NOT FOR CIRCULATION OUTSIDE THE TRUST", 3, 100.0 + 250 * n, 80.0) for n in range(3)]:
            c.saveState()
            c.translate(x, y)
            c.rotate(35)
            c.setFont("Helvetica-Bold", scale * size)
            c.drawString(0, 0, text)
            c.restoreState()
    sheet.save()


@pytest.mark.parametrize("size", [6.5, 9.0])
@pytest.mark.parametrize("angle", [45.0, 60.0])
def test_slanted_headers_are_read_as_statements_of_their_services(tmp_path, size, angle):
    path = tmp_path / "matrix.pdf"
    _matrix(path, size, angle)
    found = read_findings(path)
    assert [(f.kind, f.section, f.service, f.text) for f in found] == \
        [("must", HEADING, service, text) for service, statements in GROUPS for text in statements]


@pytest.mark.parametrize("headers", [True, False])
def test_a_diagonal_watermark_stays_decoration(tmp_path, headers):
    from cqcplan.pipeline.read import start_read

    path = tmp_path / "matrix.pdf"
    _matrix(path, 9.0, 45.0, watermark=True, headers=headers)
    read = [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]
    assert not any("DRAFT" in text or "CONFIDENTIAL" in text for text in read)
