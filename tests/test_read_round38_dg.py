"""Reading round thirty-eight (issue 10), the batch DG as a development set; its pages are built
here with reportlab's canvas, line by line, at several type sizes:

- two justified columns of a list, the left one opening at the page's top with the end of an item
  carried over from the page before: a web address too long to break and one more word ("… so")
  on a justified line, its one word space stretched wider than a gutter, over the item's short
  last line and a heading. That space, lined up with the short lines' empty ends, was taken for a
  gutter with only the line's last word right of it, and the page's first rows were read across
  both columns;
- a large-print table row whose label cell reads "Safe" / "(continued)": the label's one-word second
  line ends less than a gutter short of the text column's edge, and was read as the first word of the
  item's line beside it, ending the item after its first line. Fail without gutters.py's
  `_line_end_beside`, and `_short_of_the_edge` taking a line's first gap.
"""

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas
from test_read_justified import _read
from test_read_round32 import _fonts, _wrapped

URL = "www.harrowfieldtenby.nhs.uk/complaints"
LEFT_ITEMS = ["The trust should ensure that patients’ nutrition and hydration needs are assessed and recorded "
              "on admission, and that fluid balance charts are totalled every 24 hours.",
              "The trust should continue to reduce the number of patients who move wards more than once "
              "during their stay, particularly at night."]
RIGHT_ITEMS = ["The trust should ensure that all midwives receive an annual appraisal and that appraisal rates "
               "are reported to the maternity board.",
               "The trust should review the discharge lounge arrangements so that patients waiting for "
               "transport have access to food, drinks and call bells."]


def _justified(page, words: list[str], x0: float, x1: float, y: float, size: float) -> None:
    """Set the words from x0 to x1 exactly, every space stretched alike."""
    widths = [stringWidth(w, "DejaVu", size) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    for word, width in zip(words, widths):
        page.drawString(x0, y, word)
        x0 += width + gap


def _item(page, text: str, x: float, hang: float, measure: float, y: float, size: float, leading: float) -> tuple:
    """A bullet at x, the item's lines at x + hang, justified to the measure but the last; the lines
    as read and the next line's baseline."""
    page.setFont("DejaVu", size)
    page.drawString(x, y, "➢")
    lines = _wrapped(text, measure, measure, size)
    for k, line in enumerate(lines):
        if k < len(lines) - 1:
            _justified(page, line.split(), x + hang, x + hang + measure, y, size)
        else:
            page.drawString(x + hang, y, line)
        y -= leading
    return ["➢ " + lines[0]] + lines[1:], y - 0.4 * leading


@pytest.mark.parametrize("size", [9.5, 12.0])
def test_a_justified_line_of_a_web_address_and_one_word_is_no_gutter(tmp_path, size):
    path = tmp_path / "columns.pdf"
    _fonts()
    hang, leading = 1.5 * size, 1.26 * size
    # the measure leaves the address's line 1.8 em to stretch into its one space
    measure = stringWidth(URL, "DejaVu", size) + stringWidth("so", "DejaVu", size) + 1.8 * size
    left, gutter = 50.0, 2.0 * size
    right = left + hang + measure + gutter
    page = canvas.Canvas(str(path), pagesize=(right + hang + measure + left, 842))
    top = 842 - 80.0
    page.setFont("DejaVu", size)
    _justified(page, [URL, "so"], left + hang, left + hang + measure, top, size)
    page.drawString(left + hang, top - leading, "that patients know what to expect.")
    page.setFont("DejaVu-Bold", size)
    page.drawString(left, top - 2.5 * leading, "Medical care")
    expected_left, y = [URL + " so", "that patients know what to expect.", "Medical care"], top - 3.7 * leading
    for text in LEFT_ITEMS:
        lines, y = _item(page, text, left, hang, measure, y, size, leading)
        expected_left += lines
    page.setFont("DejaVu", size)
    _justified(page, "that staff take part in regular pool evacuation".split(), right + hang, right + hang + measure,
               top, size)
    page.drawString(right + hang, top - leading, "drills.")
    expected_right, y = ["that staff take part in regular pool evacuation", "drills."], top - 2.4 * leading
    for text in RIGHT_ITEMS:
        lines, y = _item(page, text, right, hang, measure, y, size, leading)
        expected_right += lines
    page.save()
    assert _read(path) == expected_left + expected_right


MUSTS = ["– Ensure that recruitment checks, including Disclosure and Barring Service (DBS) checks, are carried "
         "out and recorded for all clinical staff before they start work.",
         "– Ensure that an infection prevention and control audit is completed and that actions arising from it "
         "are followed up."]


@pytest.mark.parametrize("size", [12.0, 14.0, 16.0])
def test_a_label_cell_s_one_word_line_short_of_the_text_edge_is_its_own_cell(tmp_path, size):
    """Large print: a table row's label cell reads "Safe" / "(continued)", its second line, one word,
    ending 0.78 em short of the text column's edge, less than a gutter, beside the line of an item
    that the cell beside it opens level with "Safe". With no word before it to measure its gap
    against, the line was read across the gutter as one ("(continued) prevention and control audit"),
    so the item ended after its first line ("Ensure that an infection")."""
    path = tmp_path / "table.pdf"
    _fonts()
    left, leading = 54.0, 1.44 * size
    text_x = left + stringWidth("(continued)", "DejaVu", size) + 0.78 * size
    measure = 15 * size
    page = canvas.Canvas(str(path), pagesize=(text_x + measure + left, 842))
    y = 842 - 80.0
    page.setFont("DejaVu-Bold", size)
    for label, head in [("Key", "Action the service MUST"), ("question", "take to improve")]:
        page.drawString(left, y, label)
        page.drawString(text_x, y, head)
        y -= leading
    y -= 0.4 * leading
    expected = []
    for labels, text in zip([["", "Safe"], ["Safe", "(continued)"]], MUSTS):
        lines = _wrapped(text, measure, measure, size)
        page.setFont("DejaVu", size)
        for k, line in enumerate(lines):
            if k < len(labels) and labels[k]:
                page.drawString(left, y, labels[k])
            page.drawString(text_x, y, line)
            y -= leading
        expected += lines
        y -= 0.6 * leading
    page.save()
    lines = _read(path)
    assert [line for line in lines if line in expected] == expected
    assert "(continued)" in lines
