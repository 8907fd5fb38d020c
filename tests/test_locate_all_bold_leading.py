"""A list set all in bold, one statement a band, no bullets (a poster's reverse type): the leading inside a
statement is the page's as printed, so the wider gap between two bands ends a statement. Before, its wrapped
lines, bold like a heading's and going on in lower case, were joined as headings' first, which left the gaps
between bands the commonest, so only a wider gap (where a band was taken out) set items apart, and two bands'
statements were read as one. Built with reportlab at several sizes."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402

LEFT = 60.0
ITEMS = [["The provider must ensure that people's medicines are given as prescribed and",
          "that medicine records are accurate. (Regulation 12(2)(g))"],
         ["The provider must ensure that risks to people who may choke are assessed and",
          "that staff follow the therapist's advice. (Regulation 12(2)(b))"],
         ["The provider must ensure that recruitment checks, including references, are",
          "completed before new staff start work. (Regulation 19(2))"],
         ["The provider must ensure that its audits identify shortfalls and that actions",
          "are followed up. (Regulation 17(2)(a))"]]


def _poster(path, size: float):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595.0 * size / 10, 842.0 * size / 10))
    height = 842.0 * size / 10
    c.setFont("Helvetica-Bold", 1.3 * size)
    c.drawString(LEFT - 1.5 * size, height - 80, "Action the provider MUST take to improve")  # the bands set in
    top = height - 80 - 3 * size
    for n, lines in enumerate(ITEMS):
        c.setFillColorRGB(0.55, 0.08, 0.2)
        c.rect(LEFT - 8, top - (len(lines) + 0.4) * 1.35 * size, 50 * size, (len(lines) + 0.8) * 1.35 * size, stroke=0, fill=1)
        c.setFillGray(1.0)
        c.setFont("Helvetica-Bold", size)
        for k, line in enumerate(lines):
            c.drawString(LEFT, top - (k + 1) * 1.35 * size, line)
        top -= (len(lines) + (2.5 if n == 1 else 1.5)) * 1.35 * size  # a wider gap where a band was taken out
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 12.0, 15.0])
def test_each_band_of_an_all_bold_list_is_one_statement(tmp_path, size):
    _, found = _findings(_poster(tmp_path / "poster.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("must", " ".join(lines)) for lines in ITEMS]
