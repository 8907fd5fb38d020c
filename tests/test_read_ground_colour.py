"""Text printed in the colour under it is not seen, so it is not read (ground_colour.py): a template's note
left in white on the white page, an example item in white where its band was taken away, a line in its
panel's own colour. White type on a dark band is read, and so is white type on an image (its colour is not
known, so the text is taken as seen), pale grey type on white, and black type in a cell whose black border is
stroked, or drawn as a filled frame (a box's outer and inner edges: its inside is not filled). Built with reportlab at several sizes."""

import pytest

pytest.importorskip("reportlab")

from cqcplan.pipeline.read import start_read  # noqa: E402

LEFT = 60.0
ON_BAND = "The provider must ensure that fire doors close fully and are checked every week."
ON_PAPER = "The provider must ensure that the example text in this band is replaced before use."
IN_PANEL = "You should paste each action into its own band."
ON_IMAGE = "The provider should ensure that staff sign the poster log each week."
PALE = "Printed from the staff room poster template."
IN_CELL = "The provider should review its cleaning schedules."
IN_FRAME = "The provider should review how it seeks feedback."


def _poster(path, size: float):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    from PIL import Image

    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    lead = 2.5 * size

    def text(words: str, base: float, grey: float):
        c.setFillGray(grey)
        c.setFont("Helvetica", size)
        c.drawString(LEFT, base, words)

    base = 760.0
    c.setFillColorRGB(0.55, 0.08, 0.2)  # a dark band, white type on it
    c.rect(LEFT - 6, base - 0.5 * size, 500, 1.8 * size, stroke=0, fill=1)
    text(ON_BAND, base, 1.0)
    text(ON_PAPER, base - lead, 1.0)  # white on the white page
    c.setFillColorRGB(0.85, 0.9, 0.95)  # a pale panel, a line in its own colour on it
    c.rect(LEFT - 6, base - 2 * lead - 0.5 * size, 500, 1.8 * size, stroke=0, fill=1)
    c.setFillColorRGB(0.85, 0.9, 0.95)
    c.setFont("Helvetica", size)
    c.drawString(LEFT, base - 2 * lead, IN_PANEL)
    picture = Image.new("RGB", (50, 5), (20, 60, 90))  # a photograph's strip, white type on it
    c.drawImage(ImageReader(picture), LEFT - 6, base - 3 * lead - 0.5 * size, 500, 1.8 * size)
    text(ON_IMAGE, base - 3 * lead, 1.0)
    text(PALE, base - 4 * lead, 0.8)
    c.setStrokeGray(0.0)  # a table cell's black border round black type: it paints the outline only
    c.rect(LEFT - 6, base - 5 * lead - 0.5 * size, 500, 1.8 * size, stroke=1, fill=0)
    text(IN_CELL, base - 5 * lead, 0.0)
    c.setFillGray(0.0)  # a border drawn as a filled frame (its outer edge, then its inner: a browser's box border)
    frame = c.beginPath()
    frame.rect(LEFT - 6, base - 6 * lead - 0.5 * size, 500, 1.8 * size)
    frame.rect(LEFT - 5, base - 6 * lead - 0.5 * size + 1, 498, 1.8 * size - 2)
    c.drawPath(frame, stroke=0, fill=1, fillMode=0)
    text(IN_FRAME, base - 6 * lead, 0.0)
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_text_in_the_colour_under_it_is_not_read(tmp_path, size):
    doc = start_read(_poster(tmp_path / "poster.pdf", size), sha256="-")()
    assert [line.text for line in doc.pages[0].lines] == [ON_BAND, ON_IMAGE, PALE, IN_CELL, IN_FRAME]
