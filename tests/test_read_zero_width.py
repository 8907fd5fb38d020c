"""Zero-width characters: nothing a reader sees. A web page's CMS puts a zero-width space (U+200B)
after a slash so the browser may break the line there ("WHO/​NatSSIPs"), a writer may set a word
joiner (U+2060) inside a word, or a browser may draw the break as a space glyph marked
/ActualText <FEFF200B>. They never part or join words: inside a line the gap decides, and a line
broken at a zero-width space goes on in the next line's first word with no space between. Before,
the broken line was joined with a space ("WHO/ NatSSIPs") and a joiner was kept inside its word.
Fails without pipeline/zero_width.py.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round32 import _fonts  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
HEADING = "Action the provider MUST take to improve"
ZWSP, JOINER = "\u200b", "\u2060"


def _report(path, size: float, items: list[list[str]], marked: bool):
    """The heading and each item's lines as given, a bullet before each item's first; a line ending in
    a zero-width space draws it as a character (its own zero-width glyph) or, when `marked`, as a space
    glyph in a marked-content span whose /ActualText is the zero-width space (a browser's print)."""
    from reportlab.pdfgen import canvas

    _fonts()
    c = canvas.Canvas(str(path), pagesize=A4)
    y = A4[1] - 80
    c.setFont("DejaVu-Bold", 1.3 * size)
    c.drawString(50, y, HEADING)
    y -= 2.2 * size
    for lines in items:
        c.setFont("DejaVu", size)
        c.drawString(50, y, "\u2022")
        for text in lines:
            drawn = text.rstrip(ZWSP) if marked else text
            c.drawString(50 + 1.5 * size, y, drawn)
            if marked and drawn != text:
                end = 50 + 1.5 * size + c.stringWidth(drawn, "DejaVu", size)
                c._code.append("/Span <</ActualText <FEFF200B>>> BDC")
                c.drawString(end, y, " ")
                c._code.append("EMC")
            y -= 1.25 * size
        y -= 0.6 * size
    c.save()
    return path


ITEMS = [["The provider must ensure that the WHO/" + ZWSP,
          "NatSSIPs safety checklist is completed for every patient. (Regulation 12(2)(a))"],
         ["The provider must ensure that pre-operative/" + ZWSP + "pre-admission assessments include",
          "a review of anticoagulant medicines and that safe" + JOINER + "guarding referrals are made."]]
READ = ["The provider must ensure that the WHO/NatSSIPs safety checklist is completed for every patient. "
        "(Regulation 12(2)(a))",
        "The provider must ensure that pre-operative/pre-admission assessments include a review of "
        "anticoagulant medicines and that safeguarding referrals are made."]


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("marked", [False, True])
def test_zero_width_characters_neither_part_nor_join_words(tmp_path, size, marked):
    found = _found(_report(tmp_path / "report.pdf", size, ITEMS, marked))
    assert [text for _, _, text, _ in found] == READ
