"""Narrow justified columns (issue 10, reading round seven b): the stretched word spaces of a
few justified lines can line up like a gutter; a bullet's first line can stop short of the
measure only because the next word did not fit. Both are told from the page's geometry."""

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from cqcplan.pipeline.read import start_read

SIZE = 14.0
LEADING = 20.0


def _justified(page, words: list[str], x0: float, x1: float, y: float, size: float = SIZE) -> None:
    """Set the words from x0 to x1 exactly, every space stretched alike."""
    widths = [stringWidth(w, "Helvetica", size) for w in words]
    gap = (x1 - x0 - sum(widths)) / (len(words) - 1)
    x = x0
    for word, width in zip(words, widths):
        page.drawString(x, y, word)
        x += width + gap


def _read(path) -> list[str]:
    return [line.text for line in start_read(path, sha256="0" * 64)().pages[0].lines]


def test_stretched_spaces_of_a_narrow_justified_column_lined_up_are_no_gutter(tmp_path):
    path = tmp_path / "justified.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    page.setFont("Helvetica", SIZE)
    left, measure, right = 80.0, 250.0, 300.0
    rows = [["Ensure", "that", "incidents"], ["are", "reported,"], ["investigated", "and", "that"],
            ["learning", "is", "shared", "with"], ["staff", "across", "all", "teams."]]
    y = 700.0
    page.drawString(62, y, "•")
    for words in rows:
        _justified(page, words, left, measure, y)
        y -= LEADING
    y = 700.0
    for text in ["national guidance, so", "that patients receive", "safe care and the", "right treatment in",
                 "good time. (Reg 12)"]:
        page.drawString(right, y, text)
        y -= LEADING
    page.save()
    lines = _read(path)
    assert lines[:5] == ["• Ensure that incidents", "are reported,", "investigated and that", "learning is shared with",
                         "staff across all teams."]
    assert lines[5:] == ["national guidance, so", "that patients receive", "safe care and the", "right treatment in",
                         "good time. (Reg 12)"]


def test_a_first_line_short_only_because_the_next_word_did_not_fit_does_not_end_its_column(tmp_path):
    """A heading in the left column level with the right column's second line of an item: the
    item's first line stops well short of the measure, but only because its next word would not
    fit there, so the right column goes on (one stretch read column by column), not a new block."""
    path = tmp_path / "wrapped.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    left, right = 60.0, 300.0
    size = 11.0
    left_lines = [("• The service must make sure that staff", False), ("receive an annual appraisal and regular", False),
                  ("clinical supervision. (Regulation 9(1))", False), ("Maternity", True),
                  ("• The service must ensure that risk", False), ("assessments are completed on admission.", False)]
    right_lines = ["in line with national guidance. (Regulation 16)", "Trustwide", "• The service must ensure that",
                   "contemporaneously kept records of", "patients are accurate and complete at all", "times of the day."]
    for x, texts in ((left, [text for text, _ in left_lines]), (right, right_lines)):
        y = 700.0
        for text in texts:
            page.setFont("Helvetica-Bold" if text in ("Maternity", "Trustwide") else "Helvetica", size)
            if text.startswith("• "):
                page.drawString(x, y, "•")
            indent = 0.0 if text in ("Maternity", "Trustwide") else 12.0  # items hang their lines under the text
            page.drawString(x + indent, y, text.removeprefix("• "))
            y -= 16.0
    page.save()
    # the item's first line stops more than 3 ems short of the column's longest line, with less
    # room than its next word needs
    room = stringWidth(right_lines[0], "Helvetica", size) - stringWidth(right_lines[2][2:], "Helvetica", size)
    assert 3 * size < room < stringWidth("contemporaneously", "Helvetica", size)
    lines = _read(path)
    assert lines == [text for text, _ in left_lines] + right_lines


def test_a_label_cell_reaching_into_a_narrow_gutter_short_of_the_text_edge_is_its_own_cell(tmp_path):
    """Large print: a table's label cell ("MUST take to improve") ends 0.6 em short of the text
    column's edge, beside a justified line whose spaces are wider than that gap. The text edge
    stays where the rows above set it, so the label is its own cell, not the line's first words."""
    path = tmp_path / "label.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    text_x, measure = 218.0, 541.0
    label_x = text_x - 0.6 * SIZE - stringWidth("MUST take to improve", "Helvetica", SIZE)
    y = 700.0
    page.setFont("Helvetica-Bold", SIZE)
    page.drawString(label_x, y, "Area")
    page.drawString(text_x, y, "What the practice needs to do")
    page.setFont("Helvetica", SIZE)
    cells = [("Action the service", "Ensure that all staff who act as chaperones"),
             ("MUST take to improve", "have received a Disclosure and Barring"),
             ("", "Service (DBS) check or that a risk")]
    for label, text in cells:
        y -= LEADING
        if label:
            page.drawString(label_x, y, label)
        _justified(page, text.split(), text_x, measure, y)
    page.drawString(text_x, y - LEADING, "assessment is in place.")
    page.save()
    lines = _read(path)
    assert "MUST take to improve" in lines
    assert "have received a Disclosure and Barring" in lines


def test_a_justified_label_cell_of_two_words_under_a_header_row_s_gap_is_read_as_one_line(tmp_path):
    """A table's label cell set justified in bold ("Action        the" / "providers" / "MUST take
    to" / "improve") under a ruled header row whose cells ("Area", "Action") leave a wide gap: the gap
    goes on as the gutter beside the cell, where the next row leaves it open, not between the
    first line's two words."""
    path = tmp_path / "label.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    size, leading = 12.5, 16.8
    y = 700.0
    page.setFont("Helvetica-Bold", size)
    for word, x in [("Area", 57.0), ("Action", 153.9)]:
        page.drawString(x, y, word)
    page.setLineWidth(0.75)
    page.line(51.0, y - 0.9 * leading, 544.0, y - 0.9 * leading)  # the rule under the header row
    y -= 1.7 * leading
    label = [[("Action", 57.3), ("the", 123.5)], [("providers", 57.3)], [("MUST", 57.3), ("take", 100.0), ("to", 130.5)],
             [("improve", 57.3)]]
    text = ["– The trust must ensure that all ligature risks on Larch ward and",
            "Rowan ward are identified on the ligature risk assessment and",
            "that staff know how to mitigate them. (Regulation 12(2)(d))"]
    for k, words in enumerate(label):
        page.setFont("Helvetica-Bold", size)
        for word, x in words:
            page.drawString(x, y, word)
        page.setFont("Helvetica", size)
        if k < len(text):
            page.drawString(162.0 if k == 0 else 171.2, y, text[k])
        y -= leading
    page.save()
    lines = _read(path)
    assert "Action the" in lines and "MUST take to" in lines
    assert text[0] in lines
