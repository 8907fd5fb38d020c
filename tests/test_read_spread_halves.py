"""A facing-page spread split into its two pages by page box alone (`mutool poster -x 2`): both
pages share the spread's one content stream, the left page's box its left half, the right's its
right half. A reader sees each page's half only (a page's worth of lines beyond the box's side, not
a line or two set too long: test_read_glyphs, test_read_short_columns); before, the left page, its box at the sheet's
corner, kept the right half's text too, so the right page's statements were placed on the left
(session 48's GJ01)."""

import pytest

pytest.importorskip("reportlab")
pikepdf = pytest.importorskip("pikepdf")

from test_read_round7e import _findings  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402

WIDTH, HEIGHT = 420.0, 595.0
LEFT = ["The trust must ensure that staff complete mandatory training.",
        "The trust must ensure that medicines are stored safely.",
        "The trust must ensure that staffing levels are safe at night."]
RIGHT = ["The trust should review how learning from incidents is shared.",
         "The trust should consider providing a quiet room for relatives.",
         "The trust should ensure that the risk register reflects the ward's risks.",
         "The trust should ensure that night staff attend team meetings."]


def _spread(path, size: float):
    from reportlab.pdfgen import canvas

    _fonts()
    whole = path.with_name("spread.pdf")
    c = canvas.Canvas(str(whole), pagesize=(2 * WIDTH, HEIGHT))
    c.setFont("DejaVu", size)
    c.drawString(40, HEIGHT - 60, "Inspection report. Date of inspection visit: 3 May 2019. Care Quality Commission")
    for left, heading, items in ((40.0, "Action the trust MUST take to improve", LEFT),
                                 (WIDTH + 40.0, "Action the trust SHOULD take to improve", RIGHT)):
        y = HEIGHT - 120
        c.setFont("DejaVu-Bold", 1.2 * size)
        c.drawString(left, y, heading)
        c.setFont("DejaVu", size)
        for item in items:
            y -= 2.2 * size
            c.drawString(left, y, "•")
            c.drawString(left + 1.2 * size, y, item)
    c.save()
    pdf = pikepdf.open(whole)
    pdf.pages.append(pdf.pages[0])  # the same page object's content twice, as poster writes it
    pdf.pages[0].MediaBox = [0, 0, WIDTH, HEIGHT]
    pdf.pages[1].MediaBox = [WIDTH, 0, 2 * WIDTH, HEIGHT]
    pdf.save(path)
    return path


@pytest.mark.parametrize("size", [7.0, 10.0])
def test_each_half_of_a_split_spread_reads_only_what_its_box_shows(tmp_path, size):
    _, found = _findings(_spread(tmp_path / "report.pdf", size))
    assert [(f.page, f.text) for f in found] == [(1, text) for text in LEFT] + [(2, text) for text in RIGHT]
