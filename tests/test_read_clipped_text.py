"""Text drawn outside its clipping path is not printed, so it is not read (clipped.py). A signage or slide
exporter draws a whole paragraph once for every visible line, shifted left by the width already shown and
clipped to that line's box: the page shows the paragraph once, wrapped, while the content stream holds it
once a line (read clip-blind, each line ran on into a copy of the words after it). Built with reportlab,
at several sizes, on an upright page and on one printed with /Rotate 90."""

import pytest

pytest.importorskip("reportlab")

from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT, WIDTH = 60.0, 300.0
STATEMENT = ("The provider must ensure that each ward's ligature risk assessment is reviewed every month and that "
             "staff know where the highest risks are on their ward. (Regulation 12(2)(b))")
OTHER = "The provider should ensure that staff receive regular reflective practice sessions."


def _wrapped(text: str, size: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines, line = [], ""
    for word in text.split():
        trial = f"{line} {word}".strip()
        if line and stringWidth(trial, "Helvetica", size) > WIDTH:
            lines.append(line)
            trial = word
        line = trial
    return lines + [line]


def _clip_flowed(path, size: float, rotate: int = 0):
    """Each visible line: the whole statement drawn again, shifted, inside a clip the line's width."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    top = 742.0
    if rotate:  # a landscape page on a portrait sheet: drawn sideways, turned upright by /Rotate 90
        c.setPageRotation(rotate)
        c.transform(0, 1, -1, 0, 595.0, 0)
        top = 495.0
    lead = 1.4 * size
    shown = 0.0
    for k, line in enumerate(_wrapped(STATEMENT, size)):
        base = top - k * lead
        width = stringWidth(line, "Helvetica", size)
        c.saveState()
        clip = c.beginPath()
        clip.rect(LEFT, base - 0.3 * size, width + 0.1 * size, lead)
        c.clipPath(clip, stroke=0, fill=0)
        c.setFont("Helvetica", size)
        c.drawString(LEFT - shown, base, STATEMENT)
        c.restoreState()
        shown += stringWidth(line + " ", "Helvetica", size)
    c.setFont("Helvetica", size)  # an unclipped line under it
    c.drawString(LEFT, top - 6 * lead, OTHER)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("rotate", [0, 90])
@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_only_what_falls_inside_each_clip_is_read(tmp_path, size, rotate):
    doc = start_read(_clip_flowed(tmp_path / "clipped.pdf", size, rotate), sha256="-")()
    assert [line.text for line in doc.pages[0].lines] == [*_wrapped(STATEMENT, size), OTHER]
