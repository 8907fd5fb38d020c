"""Text drawn with a negative font size ("/F1 -10 Tf"). The size scales the glyph's own space, so a
negative one turns each glyph a half turn: under a half-turned text matrix ("-1 0 0 -1 x y Tm") the
two cancel and the text prints upright; under a plain matrix it prints upside down. Only the product
of matrix and size says which way the text faces. Before, a negative size made every glyph "not
level" (nothing read: "no text layer"), and askew.py took the half-turned matrix alone for upside-down
text and turned upright text round. Fails without glyphs.py's `char_matrix` / `object_matrix`.
"""

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
MUSTS = ["The provider must ensure that patients prescribed high-risk medicines are monitored before "
         "each prescription is issued. (Regulation 12(2)(g))",
         "The provider must establish effective systems to act on safety alerts. (Regulation 17(1))"]
SHOULDS = ["The provider should continue to improve the uptake of cervical screening.",
           "The provider should review how carers are identified so that they can be offered support."]


def _lines(heading: str, items: list[str], top: float, size: float) -> list[tuple]:
    """(text, x, baseline from the page's top, size, bold) of a heading and its bulleted list."""
    lines, base = [(heading, 50.0, top, 1.2 * size, True)], top + 2 * size
    for item in items:
        lines.append(("\u2022", 50.0, base, size, False))
        for text in wrapped(item, A4[0] - 120, size):
            lines.append((text, 50 + 1.4 * size, base, size, False))
            base += 1.3 * size
        base += 0.6 * size
    return lines


def _report(path, size: float, flipped: bool):
    """A page whose lines are each drawn with a negative font size: under a half-turned matrix
    (`flipped`: upright on the page) or under a plain one, placed where it prints upright when the
    sheet is turned round."""
    from reportlab.pdfgen import canvas

    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    lines = _lines("Areas where the provider must make improvements", MUSTS, 80, size)
    lines += _lines("Areas where the provider should make improvements", SHOULDS, 80 + 16 * size, size)
    for text, x, top, em, bold in lines:
        t = c.beginText()
        t.setFont("Helvetica-Bold" if bold else "Helvetica", -em)
        if flipped:  # a half-turned matrix: the negative size turns the glyphs back upright
            t.setTextTransform(-1, 0, 0, -1, x, height - top)
        else:  # a plain matrix where the turned sheet's line starts: the glyphs print upside down
            t.setTextTransform(1, 0, 0, 1, width - x, top)
        t.textOut(text)
        c.drawText(t)
    c.save()
    return path


def _read(found):
    return [(kind, text) for kind, _, text, _ in found]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_negative_size_under_a_half_turned_matrix_reads_as_upright_text(tmp_path, size):
    found = _found(_report(tmp_path / "report.pdf", size, flipped=True))
    assert _read(found) == [("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_negative_size_under_a_plain_matrix_is_upside_down_and_read_with_the_sheet_turned(tmp_path, size):
    """All lines upside down (a plain matrix, a negative size, each placed to read with the sheet
    turned round): the page is read as its one face turned upright."""
    found = _found(_report(tmp_path / "report.pdf", size, flipped=False))
    assert _read(found) == [("must", text) for text in MUSTS] + [("should", text) for text in SHOULDS]
