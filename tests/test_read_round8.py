"""Reading round eight (issue 10, random layouts 97000-97399), on a small PDF drawn here with
reportlab and read back whole: two lists, each in a band of two columns, one under the other.
The first band's right column ends its item with a citation wrapped over two lines ("…
guidance. (Regulation" / "18(2)(a))"); the second band's heading opens its left column and its
right column goes on in lower case level with that heading: the bands are two blocks, each
read column by column (before, the bracket closed on a line of its own was not seen to end a
finished sentence, and both bands were read as one, their columns' text interleaved)."""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings  # noqa: E402

LEFT, RIGHT = 40.0, 310.0
MUST = [("The trust must ensure that patient", "records are accurate, complete and", "contemporaneously recorded in line"),
        ("with national guidance. (Regulation", "18(2)(a))")]
SHOULD = [("The trust should ensure that policies", "and procedures are reviewed and kept"),
          ("up to date and that learning is shared", "across teams.")]


def _pdf(path, lines: list[tuple]):
    """Each line (text, x, top, size, bold) drawn in DejaVu Sans on one page."""
    return _pages(path, [lines])


def _pages(path, pages: list[list[tuple]], width: float = 595.0, height: float = HEIGHT):
    """Each page's lines (text, x, top, size, bold) drawn in DejaVu Sans, on pages `width` by `height`."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(width, height))
    for lines in pages:
        for text, x, top, size, bold in lines:
            page.setFont("DejaVu-Bold" if bold else "DejaVu", size)
            page.drawString(x, height - top - size, text)
        page.showPage()
    page.save()
    return path


def _band(heading: str, columns: list[tuple], top: float, size: float, right_at: float,
          small: float = 1.0) -> tuple[list[tuple], float]:
    """A list heading in bold over the left column's item (bulleted, hanging indent), its text
    going on at the right column's top, `right_at` ems below the heading's top; the item set
    `small` times the heading's size (smaller type: its first line in the right column shares
    the heading's printed row, its top not level with the heading's)."""
    text, lead = small * size, 1.2 * small * size
    lines = [(heading, LEFT, top, size, True), ("•", LEFT, top + 1.2 * size, text, False)]
    y = top + 1.2 * size
    for words in columns[0]:
        lines.append((words, LEFT + 1.5 * size, y, text, False))
        y += lead
    for k, words in enumerate(columns[1]):
        lines.append((words, RIGHT, top + right_at * size + k * lead, text, False))
    return lines, y


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_band_whose_right_column_ends_with_a_wrapped_citation_is_a_block_of_its_own(tmp_path, size):
    first, bottom = _band("The trust must:", MUST, 80.0, size, right_at=0.0)
    second, _ = _band("The trust should:", SHOULD, bottom + 0.3 * size, size, right_at=0.3, small=0.87)
    _, found = _findings(_pdf(tmp_path / "report.pdf", first + second))
    assert [(f.kind, f.text) for f in found] == [
        ("must", " ".join(MUST[0] + MUST[1])),
        ("should", " ".join(SHOULD[0] + SHOULD[1])),
    ]


ITEM = ("The service must ensure that there are", "enough suitably qualified nursing staff", "on every shift. (Regulation 18(1))")


@pytest.mark.parametrize("size", [8.0, 11.0, 14.0])
@pytest.mark.parametrize("glyph", ["◦", "•", "1."])
def test_a_bullet_a_gutter_s_width_after_a_heading_on_its_row_opens_an_item_beside_it(tmp_path, size, glyph):
    """A band's heading fills its first column at the page's foot and its first item opens the
    next column on the heading's baseline, a little over an em to its right, under text set
    across the page (too few rows beside one another for a gutter): the bullet and its text are
    a line of their own, the heading a line of its own, and the item is read whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    _pdf(tmp_path / "fonts.pdf", [])  # registers the fonts
    heading, top = "Areas for improvement", 300.0
    bullet_x = LEFT + stringWidth(heading, "DejaVu-Bold", size) + 1.3 * size
    lines = [("Care was delivered in line with national guidance and audit results were in line with", LEFT, top, size,
              False),
             (heading, LEFT, top + 1.3 * size, size, True), (glyph, bullet_x, top + 1.3 * size, size, False)]
    for k, words in enumerate(ITEM):
        lines.append((words, bullet_x + 2.0 * size, top + (1.3 + 1.2 * k) * size, size, False))
    doc, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert heading in [line.text for line in doc.pages[0].lines]
    assert [(f.kind, f.text) for f in found] == [("must", " ".join(ITEM))]
