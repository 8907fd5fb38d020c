"""A "Must | Should" grid whose core-service labels are set turned a quarter (upright text running up
its row's narrow first cell, shaded or ruled), drawn here with reportlab: each row's statements take
the label's service, as a reader takes it (before, turned text was dropped as decoration, so the
statements took no service or a heading's from elsewhere). A side tab in the margin, in no cell, is
still left out. A label wrapped on to two turned lines in its cell is one name (read126)."""

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


def _grid(path, size: float, ruled: bool, tab: bool = False, rows: dict | None = None):
    """The grid at `size`: a header row over rows of (turned label | musts | shoulds); each label
    cell shaded dark (`ruled`: no shading, rules over and under each row instead); `tab` adds a
    turned side tab in the right margin. `rows` (by default ROWS) may wrap a label ("\n")."""
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
    for service, columns in (rows or ROWS).items():
        parts = service.split("\n")
        depth = max(sum(len(item) * lead + 0.5 * size for item in items) for items in columns) + 2 * pad
        depth = max(depth, max(pdfmetrics.stringWidth(part, "DejaVu-Bold", size) for part in parts) + 2 * pad)
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
        c.translate(LEFT + 0.5 * label_w + 0.35 * size - 0.5 * (len(parts) - 1) * lead, HEIGHT - top - depth + pad)
        c.rotate(90)
        for k, part in enumerate(parts):  # a wrapped label's next line stands right of the one before
            c.drawString(0, -k * lead, part)
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


def _want(rows: dict | None = None) -> list[tuple]:
    return [(kind, service.replace("\n", " "), " ".join(item)[2:]) for service, columns in (rows or ROWS).items()
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


WRAPPED = {f"{head}\n{tail}": columns for (head, tail), columns in
           zip([("Community health services", "for adults"), ("Community health", "inpatient services")], ROWS.values())}


@pytest.mark.parametrize("size", [7.0, 9.0, 11.0])
def test_a_turned_label_wrapped_on_two_lines_is_one_name(tmp_path, size):
    """A lane's name wrapped in its turned cell ("Community health services" / "for adults", the second
    line right of the first, as text running up wraps): one label, its lines joined in reading order."""
    _, found = _findings(_grid(tmp_path / "report.pdf", size, ruled=True, rows=WRAPPED))
    assert sorted((f.kind, f.service, f.text) for f in found) == sorted(_want(WRAPPED))


@pytest.mark.parametrize("size", [7.0, 12.0])
@pytest.mark.parametrize("up", [True, False])
def test_turned_lines_of_one_cell_join_in_reading_order(size, up):
    """Each turned line is a label of its own (a lane's "Community health services" and its "for adults"
    were two labels, and neither a service: a swimlane's rows, turned "Must do" labels beside them, took
    no service); one cell's lines side by side, a line's leading apart, are one label, read left to
    right when the text runs up and right to left when it runs down; another cell's label stays apart."""
    from cqcplan.pipeline.glyphs import Glyph
    from cqcplan.pipeline.turned_labels import _wrapped_joined

    def label(text: str, x: float, top: float) -> tuple:
        return Glyph(text, x, x + 0.9 * size, top, top + 20 * size, size, True, False), up

    first, second = (50.0, 50.0 + 1.2 * size) if up else (50.0 + 1.2 * size, 50.0)
    labels = [label("for adults", second, 100.0), label("Must do", 50.0 + 6 * size, 100.0),
              label("Community health services", first, 100.0), label("Surgery", first, 100.0 + 20 * size)]
    assert sorted(g.text for g in _wrapped_joined(labels)) == ["Community health services for adults", "Must do", "Surgery"]
