"""Issue 10, batch DB's 2014 hospital report: a should list in three narrow columns (reportlab's
balanced columns, justified here) whose "–" bullets are set in 12 pt beside 10.5 pt text, each
column's items set about an em (of their text) right of the lines of the column before. The dash was
taken for a word closing that line ("18)" closing "(Reg 18)": no room before it, measured in the
dash's own larger type), so the item's first line had no bullet and its wrapped lines ended it.
The room is now measured in the smaller type of the two; fails without that (read.py `_words`).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_round32 import _findings, _fonts, _wrapped  # noqa: E402

COLUMNS = [["Ensure that patients’ pain is assessed and documented using a recognised pain tool.",
            "Review the use of escalation areas so that patients are cared for in an appropriate environment."],
           ["Improve the timeliness of responses to formal complaints.",
            "Ensure that do not attempt cardiopulmonary resuscitation forms are completed in line with national "
            "guidance."],
           ["Ensure that the paediatric early warning score is consistently used and acted upon.",
            "Consider the provision of a seven-day pharmacy service."]]


def _columns(path: Path, size: float) -> None:
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, width, head = 57.0, 130.0, 60.0

    def draw(text: str, x: float, top: float, font: str = "DejaVu", scale: float = 1.0, justify: float = 0.0) -> None:
        words = text.split()
        spare = justify - stringWidth(text, font, scale * size) if justify and len(words) > 1 else 0.0
        line = page.beginText(x, A4[1] - top - size)
        line.setFont(font, scale * size)
        line.setWordSpace(spare / (len(words) - 1) if spare > 0 else 0.0)
        line.textOut(text)
        page.drawText(line)

    draw("In addition the trust should:", left, head, "DejaVu-Bold", 1.2)
    x = left
    for items in COLUMNS:
        top = head + 2.5 * size
        for item in items:
            draw("–", x, top, scale=12 / 10.5)  # reportlab's default bullet size beside 10.5 pt text
            lines = _wrapped(item, width, width, size)
            for n, line in enumerate(lines):
                draw(line, x + 1.4 * size, top, justify=width if n < len(lines) - 1 else 0.0)
                top += 1.25 * size
        x += 1.4 * size + width + 0.95 * size  # justified: the next column's items an em right of its lines
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_larger_dash_bullet_opening_a_narrow_column_is_a_bullet(tmp_path, size):
    path = tmp_path / "letter.pdf"
    _columns(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == [
        ("should", item) for items in COLUMNS for item in items]
