"""Headings pasted from social media in Unicode "mathematical bold" letters (U+1D5D4 …): PDFium gives
each such letter as its two UTF-16 halves in one box; the glyph is the one character they spell
(glyphs.py), and a heading is matched as the plain letters a reader sees (structure_patterns.py, NFKC)."""

import pytest

pytest.importorskip("fpdf")

from cqcplan.pipeline.structure_patterns import opener_kind

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS  # noqa: E402


def _math_bold(text: str) -> str:
    return "".join(chr(0x1D5D4 + ord(c) - 65) if "A" <= c <= "Z" else
                   chr(0x1D5EE + ord(c) - 97) if "a" <= c <= "z" else c for c in text)


HEADING = _math_bold("Areas where the provider must make improvement")
ITEMS = ["The provider must ensure that patient safety alerts are received and acted on.",
         "The provider must ensure that recruitment checks are completed before staff start work."]


def _pdf(path, size: float):
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format=(420.0, 595.0))
    pdf.add_page()
    pdf.add_font("DV", "", str(FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DV", "B", str(FONTS / "DejaVuSans-Bold.ttf"))
    pdf.set_font("DV", "B", size * 1.3)
    top = 60.0
    pdf.text(40, top, HEADING)
    pdf.set_font("DV", "", size)
    for item in ITEMS:
        top += 2.2 * size
        pdf.text(40, top, "•")
        pdf.text(40 + 1.2 * size, top, item)
    pdf.output(str(path))
    return path


def test_a_heading_in_mathematical_bold_opens_its_list():
    assert opener_kind(HEADING) == "must"


@pytest.mark.parametrize("size", [6.0, 9.0])
def test_mathematical_bold_letters_are_read_as_printed_and_open_the_list(tmp_path, size):
    doc, found = _findings(_pdf(tmp_path / "report.pdf", size))
    assert doc.pages[0].lines[0].text == HEADING  # one character a letter, no lone surrogate halves
    assert [(f.kind, f.text) for f in found] == [("must", item) for item in ITEMS]
