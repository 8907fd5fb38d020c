"""An applicability matrix (outside set IA, r1_dot_matrix), on small PDFs drawn here with reportlab:
a must list as a ruled table, one row per statement (its number in a gutter of its own), and a
narrow column per core service, each service's name set at 58 degrees over its column; a filled dot
in one column marks the row's service, open circles the others. No service heading is printed.

The dot holds no words and the turned names are left out as decoration, so the rows took no service
(fails without column_marks.named_dots); the dot sits at its row's middle, so its name is read level
with the row's first line, each in one label column, a row alone in its stretch of the table too
(fails without read._right_labels taking a label beside a bare row number). A dot under a turned
heading naming no service ("Done") names nothing."""

import math

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, _findings  # noqa: E402

WIDTH, HEIGHT = 595.0, 842.0
SERVICES = ["Urgent and emergency care", "Medical care (including older people's care)", "Surgery"]
ROWS = [(0, ["The trust must ensure that patients who present to the emergency",
             "department are triaged within 15 minutes. (Regulation 12(2)(a))"]),
        (1, ["The trust must ensure that venous thromboembolism risk assessments",
             "are completed within 24 hours of admission on the medical wards.", "(Regulation 12(2)(b))"]),
        (1, ["The trust must ensure that patients who lack capacity have their",
             "capacity assessed before bed rails are used. (Regulation 11(1))"]),
        (0, ["The trust must ensure that staff in the emergency department complete",
             "paediatric life support training. (Regulation 18(2)(a))"]),
        (2, ["The trust must ensure that the five steps to safer surgery checklist is",
             "fully completed for every procedure. (Regulation 12(2)(b))"])]


def _pdf(path, size: float, heads: list[str]):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT))
    left, lead, column = 50.0, 1.3 * size, 3.2 * size
    text_x, first_col = left + 1.8 * size, left + 42 * size

    def y(top):
        return HEIGHT - top

    page.setFont("DejaVu-Bold", 1.5 * size)
    page.drawString(left, y(60 + 1.5 * size), "Action the trust MUST take to improve")
    head_foot = 60 + 14 * size
    page.setFont("DejaVu", 0.85 * size)
    for k, name in enumerate(heads):  # each name wrapped at its last word past 25 letters, turned 58 degrees
        words, lines = name.split(), [""]
        for word in words:
            lines[-1:] = [lines[-1] + " " + word] if len(lines[-1] + word) < 26 else [lines[-1], word]
        for n, line in enumerate(lines):
            page.saveState()
            turn = math.radians(58)
            page.translate(first_col + (k + 0.5) * column - 0.3 * size + n * size * math.sin(turn),
                           y(head_foot) - n * size * math.cos(turn))
            page.rotate(58)
            page.drawString(0, 0, line.strip())
            page.restoreState()
    page.setFont("DejaVu-Bold", size)
    page.drawString(left, y(head_foot), "Action")
    top = head_foot + 0.6 * size
    right = first_col + len(heads) * column
    page.setStrokeColorRGB(0.6, 0.6, 0.6)
    page.line(left, y(top), right, y(top))
    for n, (marked, lines) in enumerate(ROWS, start=1):
        first = top + 0.5 * size
        page.setFillColorRGB(0, 0, 0)
        page.setFont("DejaVu", 0.95 * size)  # the number column in a type of its own
        page.drawRightString(text_x - 0.4 * size, y(first + size), str(n))
        page.setFont("DejaVu", size)
        for k, line in enumerate(lines):
            page.drawString(text_x, y(first + k * lead + size), line)
        bottom = first + len(lines) * lead + 0.4 * size
        middle = (top + bottom) / 2
        for k in range(len(heads)):
            cx = first_col + k * column + 0.5 * column
            if k == marked:
                page.setFillColorRGB(0.12, 0.2, 0.45)
                page.circle(cx, y(middle), 0.4 * size, stroke=0, fill=1)
            else:
                page.circle(cx, y(middle), 0.45 * size, stroke=1, fill=0)
        page.line(left, y(bottom), right, y(bottom))
        top = bottom
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_filled_dot_under_a_turned_service_name_gives_its_row_the_service(tmp_path, size):
    _, found = _findings(_pdf(tmp_path / "report.pdf", size, SERVICES))
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", SERVICES[marked], " ".join(lines)) for marked, lines in ROWS]


def test_a_dot_under_a_heading_naming_no_service_names_nothing(tmp_path):
    _, found = _findings(_pdf(tmp_path / "report.pdf", 9.0, ["Done", "Open", "Closed"]))
    assert [(f.service, f.text) for f in found] == [(None, " ".join(lines)) for _, lines in ROWS]
