"""A "Must | Should" grid whose core-service labels are set turned a quarter (upright text running up
its row's narrow first cell, shaded or ruled), drawn here with reportlab: each row's statements take
the label's service, as a reader takes it (before, turned text was dropped as decoration, so the
statements took no service or a heading's from elsewhere). A side tab in the margin, in no cell, is
still left out."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS, HEIGHT  # noqa: E402

LEFT = 50.0
ROWS = {  # service: (must items, should items), each item its printed lines
    "Surgery": ([("• The hospital must ensure that", "the surgery checklist is always", "completed. (Regulation 12)"),
                 ("• The hospital must ensure that", "controlled drugs are checked.")],
                [("• The hospital should ensure that", "risk assessments are reviewed.")]),
    "Diagnostic imaging": ([("• The hospital must ensure that", "local rules are signed by staff.")],
                           [("• The hospital should ensure that", "waiting times are monitored."),
                            ("• The hospital should consider", "how it gathers feedback.")]),
}


def _grid(path, size: float, ruled: bool, tab: bool = False):
    """The grid at `size`: a header row over rows of (turned label | musts | shoulds); each label
    cell shaded dark (`ruled`: no shading, rules over and under each row instead); `tab` adds a
    turned side tab in the right margin."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    c = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    label_w, must_x, should_x, right = 3 * size, LEFT + 4 * size, LEFT + 22 * size, LEFT + 40 * size
    lead, pad = 1.3 * size, 0.8 * size

    def text(words: str, x: float, top: float, bold: bool = False, grey: float = 0.0):
        c.setFillGray(grey)
        c.setFont("DejaVu-Bold" if bold else "DejaVu", size)
        c.drawString(x, HEIGHT - top - size, words)

    text("Areas for improvement by core service", LEFT, 60.0, True)
    top = 60.0 + 3 * size
    text("The hospital must", must_x, top, True)
    text("The hospital should", should_x, top, True)
    top += lead + pad
    for service, columns in ROWS.items():
        depth = max(sum(len(item) * lead + 0.5 * size for item in items) for items in columns) + 2 * pad
        depth = max(depth, pdfmetrics.stringWidth(service, "DejaVu-Bold", size) + 2 * pad)
        if ruled:
            c.setLineWidth(0.5)
            c.line(LEFT, HEIGHT - top, right, HEIGHT - top)
            c.line(LEFT, HEIGHT - top - depth, right, HEIGHT - top - depth)
        else:
            c.setFillGray(0.25)
            c.rect(LEFT, HEIGHT - top - depth, label_w, depth, stroke=0, fill=1)
        c.saveState()  # the label runs up its cell from near the cell's foot
        c.setFillGray(0.0 if ruled else 1.0)
        c.setFont("DejaVu-Bold", size)
        c.translate(LEFT + 0.5 * label_w + 0.35 * size, HEIGHT - top - depth + pad)
        c.rotate(90)
        c.drawString(0, 0, service)
        c.restoreState()
        for x, items in zip((must_x, should_x), columns):
            at = top + pad
            for item in items:
                for k, line in enumerate(item):
                    text(line, x + (size if k else 0), at + k * lead)
                at += len(item) * lead + 0.5 * size
        top += depth
    if tab:
        c.saveState()
        c.setFillGray(0.0)
        c.setFont("DejaVu-Bold", size)
        c.translate(595.0 - 1.5 * size, HEIGHT - 120.0)
        c.rotate(90)
        c.drawString(0, 0, "Summary of findings")
        c.restoreState()
    c.showPage()
    c.save()
    return path


def _want() -> list[tuple]:
    return [(kind, service, " ".join(item)[2:]) for service, columns in ROWS.items()
            for kind, items in zip(("must", "should"), columns) for item in items]


@pytest.mark.parametrize("size", [7.0, 9.0, 11.0])
@pytest.mark.parametrize("ruled", [False, True])
def test_a_turned_label_names_the_rows_its_cell_spans(tmp_path, size, ruled):
    _, found = _findings(_grid(tmp_path / "report.pdf", size, ruled))
    assert sorted((f.kind, f.service, f.text) for f in found) == sorted(_want())


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_turned_side_tab_in_no_cell_is_still_left_out(tmp_path, size):
    doc, found = _findings(_grid(tmp_path / "report.pdf", size, ruled=False, tab=True))
    assert "Summary of findings" not in [line.text for page in doc.pages for line in page.lines]
    assert sorted((f.kind, f.service, f.text) for f in found) == sorted(_want())
