"""A re-issued report drawn with reportlab: its must list shows deleted words struck through beside
the new, underlined ones ("under 16 18"), a wholly struck must (withdrawn) between two others, and
thin rules between the items. A reader reads neither the struck words nor the withdrawn must; the
words after a struck one close up over its gap. Before, the struck words were read with the new
("under 16 18"), the withdrawn must was a finding, and the gap a struck word left read as a gutter.
The underlines and the rules between items strike nothing. The list is grouped under a core
service CQC names "Sexual health services" (a community trust's), which heads its items."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings  # noqa: E402
from test_read_round8 import FONTS, HEIGHT  # noqa: E402

LEFT = 60.0
# Each item: pieces of (text, how drawn): "" plain, "del" struck, "ins" underlined; "\n" wraps.
ITEMS = [
    [("The trust must ensure that safeguarding assessments are recorded for young people under ", ""),
     ("16", "del"), (" ", ""), ("18", "ins"), (" who attend.", "")],
    [("The trust must ensure that the clinic has a working emergency call system. (Regulation 15(1)(e))", "del")],
    [("The trust must ensure that staff ", ""), ("attend", "del"), (" ", ""), ("complete", "ins"),
     (" mandatory training in line with", ""), ("\n", ""), ("the targets. (Regulation 18(2)(a))", "")],
]
SERVICE = "Sexual health services"
READ = ["The trust must ensure that safeguarding assessments are recorded for young people under 18 who attend.",
        "The trust must ensure that staff complete mandatory training in line with the targets. (Regulation 18(2)(a))"]


def _reissued(path, size: float):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    c = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    lead = 1.4 * size
    c.setFont("DejaVu-Bold", 1.2 * size)
    c.drawString(LEFT, HEIGHT - 60.0, "Action the trust MUST take to improve")
    c.setFont("DejaVu-Bold", 1.05 * size)
    c.drawString(LEFT, HEIGHT - 60.0 - 2 * size, SERVICE)
    base, number = 60.0 + 4.5 * size, 0
    for pieces in ITEMS:
        withdrawn = all(how == "del" for _, how in pieces)
        if not withdrawn:
            number += 1
            c.setFont("DejaVu", size)
            c.drawString(LEFT, HEIGHT - base, f"{number}.")
        x = LEFT + 2 * size
        for text, how in pieces:
            if text == "\n":  # the item wraps
                x, base = LEFT + 2 * size, base + lead
                continue
            width = pdfmetrics.stringWidth(text, "DejaVu", size)
            c.setFont("DejaVu", size)
            c.drawString(x, HEIGHT - base, text)
            c.setLineWidth(0.06 * size)
            if how == "del":  # through the middle of the x-height
                c.line(x, HEIGHT - base + 0.28 * size, x + width, HEIGHT - base + 0.28 * size)
            elif how == "ins":  # under the baseline
                c.line(x, HEIGHT - base - 0.12 * size, x + width, HEIGHT - base - 0.12 * size)
            x += width
        c.setLineWidth(0.5)  # a rule between items, in the leading
        c.line(LEFT, HEIGHT - base - 0.6 * size, LEFT + 480, HEIGHT - base - 0.6 * size)
        base += 2 * lead
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_struck_words_and_a_wholly_struck_must_are_not_read(tmp_path, size):
    doc, found = _findings(_reissued(tmp_path / "report.pdf", size))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in READ]


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_sexual_health_services_is_a_core_service(tmp_path, size):
    _, found = _findings(_reissued(tmp_path / "report.pdf", size))
    assert [f.service for f in found] == [SERVICE, SERVICE]
