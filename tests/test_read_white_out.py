"""A white-out erratum drawn with reportlab: a superseded "We recommend …" sentence, an opaque white
box painted over it, then the corrected, longer sentence on the box. Only the corrected sentence is
seen, so only it is read (before, the hidden words interleaved with it letter by letter and the
recommendation was lost). Text under a white box drawn before it (a card's background) stays."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS, HEIGHT  # noqa: E402

LEFT = 60.0
OLD = "We recommend the provider reviews its end of life care plans."
NEW = ["We recommend the provider seeks guidance from a reputable source on",
       "developing person-centred end of life care plans."]
KEPT = "We recommend the provider reviews how it records people's fluid intake."


def _patched(path, size: float):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    c = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    lead = 1.4 * size

    def text(words: str, top: float, bold: bool = False, scale: float = 1.0):
        c.setFillGray(0.0)
        c.setFont("DejaVu-Bold" if bold else "DejaVu", scale * size)
        c.drawString(LEFT, HEIGHT - top - scale * size, words)

    text("Is the service responsive?", 60.0, True, 1.5)
    top = 60.0 + 3 * size
    c.setFillGray(1.0)  # a white card drawn first: the text on it is seen
    c.rect(LEFT - 4, HEIGHT - top - lead - 4, 420, lead + 4, stroke=0, fill=1)
    text(KEPT, top)
    top += 2 * lead
    text(OLD, top)
    c.setFillGray(1.0)  # the patch over the old sentence, then the new one on it
    c.rect(LEFT - 4, HEIGHT - top - 2 * lead - 2, 440, 2 * lead + 4, stroke=0, fill=1)
    for k, words in enumerate(NEW):
        text(words, top + k * lead)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_words_painted_over_by_a_later_white_patch_are_not_read(tmp_path, size):
    doc, found = _findings(_patched(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("should", KEPT), ("should", " ".join(NEW))]
