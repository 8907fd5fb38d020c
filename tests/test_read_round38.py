"""Reading round thirty-eight (issue 10), the batch DH as a development set; its pages are built
here with reportlab's canvas, line by line, at several type sizes:

- a superscript ordinal inside a statement ("by the 30th September 2017", "by the 1st of each
  month"): the "th" is a run of smaller type raised about 0.4 em, between the line's baseline and
  the line above's. It was read as a line of its own: the statement ended at "by", or the "st" was
  joined to a word of the line above ("protost cols"). A raised smaller run set straight after one
  of a line's glyphs, over none of them, is part of that line, as printed ("30th", "1st").

Each test fails without its change: read.py's `_superscripts_set_down`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

from cqcplan.pipeline.read import start_read  # noqa: E402

SHOULDS = ["Ensure that all non-clinical staff complete sepsis awareness training by the 30th September 2017.",
           "Review the medicines protocols so that they are person-centred and are reviewed by the 1st of each month "
           "alongside the medicines administration records."]
ORDINAL = ("30th", "1st")


def _with_superscripts(path: Path, size: float, scale: float, rise: float) -> None:
    """A should list, each item wrapped at about 40 ems with its ordinal's letters `scale` times the
    type and raised `rise` ems."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, top = 57.0, 60.0
    baseline = lambda: A4[1] - top - size  # noqa: E731
    page.setFont("DejaVu-Bold", size)
    page.drawString(left, baseline(), "The provider should:")
    top += 2 * size
    for text in SHOULDS:
        page.setFont("DejaVu", size)
        page.drawString(left, baseline(), "•")
        x = text_x = left + 1.2 * size
        for word in text.split():
            width = pdfmetrics.stringWidth(word, "DejaVu", size)
            if x + width > left + 40 * size:
                top, x = top + 1.25 * size, text_x
            ordinal = next((o for o in ORDINAL if word == o), None)
            if ordinal:
                figures, letters = ordinal[:-2], ordinal[-2:]
                page.setFont("DejaVu", size)
                page.drawString(x, baseline(), figures)
                x += pdfmetrics.stringWidth(figures, "DejaVu", size)
                page.setFont("DejaVu", scale * size)
                page.drawString(x, baseline() + rise * size, letters)
                x += pdfmetrics.stringWidth(letters, "DejaVu", scale * size)
            else:
                page.setFont("DejaVu", size)
                page.drawString(x, baseline(), word)
                x += width
            x += pdfmetrics.stringWidth(" ", "DejaVu", size)
        top += 2 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size,scale,rise", [(8.0, 0.9, 0.45), (11.0, 0.7, 0.4), (15.0, 0.58, 0.33)])
def test_a_superscript_ordinal_is_read_in_its_line(tmp_path, size, scale, rise):
    path = tmp_path / "ordinals.pdf"
    _with_superscripts(path, size, scale, rise)
    lines = [line.text for page in start_read(path, sha256="0")().pages for line in page.lines]
    assert not any(line in ("th", "st") for line in lines)
    assert [text for _, _, text in _findings(path)] == SHOULDS
