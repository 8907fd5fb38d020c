"""Lines split round an inset figure (inset_figures.py): one wide column runs round a round graphic in
its middle, each line level with it broken into a piece left of it and a piece right of it, all the
left pieces written before the right ones. Each row's two pieces are one line: the statements read
whole, the heading split round the graphic too, and the graphic's own words are no heading. Two
columns whose lines share their edges stay two columns."""

import math

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings  # noqa: E402

WIDTH, LEFT = 595.0, 50.0
ITEMS = ["The trust must ensure that children waiting in the emergency department are cared for in an area "
         "that is separate from adults and observed by staff with paediatric competencies. (Regulation 12(2)(b))",
         "The trust must ensure that sepsis screening tools are completed and that antibiotics are given within "
         "the timeframe set out in national guidance. (Regulation 12(2)(a))",
         "The trust must ensure that governance processes identify, record and act on risks in the maternity "
         "service. (Regulation 17(2)(b))"]


def _fonts():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    return pdfmetrics.stringWidth


def _fill(words: list[str], width: float, font: str, size: float) -> str:
    """As many of `words` as fit in `width`, taken off the list."""
    width_of, line = _fonts(), []
    while words and width_of(" ".join([*line, words[0]]), font, size) <= width:
        line.append(words.pop(0))
    return " ".join(line)


def _magazine(path, size: float):
    """A heading and the items in one column from LEFT to the right margin, round a circle of 7 ems'
    radius whose centre is a little right of the column's middle; the circle holds a caption."""
    from reportlab.pdfgen import canvas

    _fonts()
    pitch, radius, cx = 1.35 * size, 7 * size, WIDTH / 2 + 2 * size
    cy = 80 + 7 * size
    rows: list[tuple[str, str, float, float, bool]] = []  # (text, font, x, top, left piece)
    top = 80.0

    def set_text(text: str, font: str, hang: float):
        """`text` from LEFT, its next lines from `hang`, each line level with the circle in two pieces."""
        nonlocal top
        words, x = text.split(), LEFT
        while words:
            middle = top + size / 2
            if abs(middle - cy) < radius + size / 2:  # level with the circle: a piece each side
                half = math.sqrt(max(radius ** 2 - (middle - cy) ** 2, 0)) + size
                rows.append((_fill(words, cx - half - x, font, size), font, x, top, True))
                right = cx + half + len(rows) % 3 * 0.3 * size  # the outline's own steps: no edge shared
                rows.append((_fill(words, WIDTH - LEFT - right, font, size), font, right, top, False))
            else:
                rows.append((_fill(words, WIDTH - LEFT - x, font, size), font, x, top, True))
            top, x = top + pitch, hang

    set_text("Action the trust MUST take to improve", "DejaVu-Bold", LEFT)
    for item in ITEMS:
        set_text("• " + item, "DejaVu", LEFT + size)
        top += 0.4 * size
    page = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT))
    page.circle(cx, HEIGHT - cy, radius, stroke=1, fill=0)
    page.setFont("DejaVu-Bold", 0.8 * size)
    page.drawCentredString(cx, HEIGHT - cy, "CQC SAYS")
    for left_pieces in (True, False):  # all the left pieces written first, then the right ones
        for text, font, x, y, is_left in rows:
            if is_left == left_pieces and text:
                page.setFont(font, size)
                page.drawString(x, HEIGHT - y - size, text)
    page.showPage()
    page.save()
    return path, rows


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_lines_split_round_a_figure_read_whole(tmp_path, size):
    path, rows = _magazine(tmp_path / "report.pdf", size)
    assert sum(not is_left for *_, is_left in rows) >= 6  # rows split round the circle, the heading among them
    doc, found = _findings(path)
    assert [f.text for f in found] == ITEMS
    assert all(f.section == "Action the trust MUST take to improve" for f in found)


@pytest.mark.parametrize("size", [9.0, 12.0])
@pytest.mark.parametrize("columns", [2, 3])
def test_columns_level_row_by_row_stay_columns(tmp_path, size, columns):
    """Two or three columns of bulleted items whose lines sit on the same rows (items of different
    lengths, so a row's last line is now the middle column's, now the right one's): each column's
    text starts on one edge past its bullets, so its lines are a column's, not pieces of one line."""
    from test_read_round8 import _pdf

    _fonts()
    gap, lines, order = 2 * size, [("Action the trust MUST take to improve", LEFT, 60.0, 1.2 * size, True)], []
    width = (WIDTH - 2 * LEFT - (columns - 1) * gap) / columns
    for k in range(columns):
        top = 60.0 + 2.5 * size
        for item in (ITEMS[k:] + ITEMS[:k])[:2 if k != 1 else 1]:
            words, first = item.split(), True
            while words:
                text = _fill(words, width - size, "DejaVu", size)
                x = LEFT + k * (width + gap)
                lines.append((("• " + text) if first else text, x if first else x + size, top, size, False))
                top, first = top + 1.3 * size, False
            top += 0.4 * size
            order.append(item)
    _, found = _findings(_pdf(tmp_path / "report.pdf", lines))
    assert [f.text for f in found] == order


def _line(text: str, x0: float, x1: float, top: float, size: float) -> "Line":
    from cqcplan.models.document import Line

    return Line(text=text, page=1, x0=x0, text_x0=x0, x1=x1, top=top, bottom=top + size, size=size)


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_pieces_with_edges_of_their_own_are_one_line_and_the_figure_words_furniture(size):
    from cqcplan.pipeline.inset_figures import lines_round_figures

    lines = []
    for k in range(5):  # the right pieces start and end where each row leaves room: no edge shared
        top = 100 + 1.3 * size * k  # each row an item, its left piece mid-sentence: read down alone, cut short
        lines += [_line(f"• item {k} goes on", 50, 50 + (12 + k) * size, top, size),
                  _line(f"right {k}", (30 + 1.5 * k) * size, (44 + 2 * k) * size, top, size)]
    lines.insert(5, _line("CQC SAYS", 25 * size, 28 * size, 100 + 1.3 * size * 2, 0.8 * size))
    read = lines_round_figures(lines)
    assert [line.text for line in read if line.layer == "body"] == [f"• item {k} goes on right {k}" for k in range(5)]
    assert [line.text for line in read if line.layer == "furniture"] == ["CQC SAYS"]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_columns_taken_turn_about_or_a_middle_column_between_are_no_pieces(size):
    """A row's last line now one column's, now another's (a few edges, each shared; two edges in three
    rows, as a leaflet's panels give), or a middle column's line in the text's own type between the
    first and last: columns, left as they are."""
    from cqcplan.pipeline.inset_figures import lines_round_figures

    turns = []
    for k in range(6):
        top = 100 + 1.3 * size * k
        turns += [_line(f"left {k}", 50, 50 + (12 + k) * size, top, size),
                  _line(f"column {k % 3}", (30 + 10 * (k % 3)) * size, (36 + 10 * (k % 3) + k) * size, top, size)]
    assert lines_round_figures(turns) == turns
    panels = []  # three rows, their last lines in a folded leaflet's second panel, then twice in its third
    for k, edge in enumerate((30, 60, 60)):
        top = 100 + 1.3 * size * k
        panels += [_line(f"left {k}", 50, 50 + (12 + k) * size, top, size),
                   _line(f"panel {k}", edge * size, (edge + 8 + 3 * k) * size, top, size)]
    assert lines_round_figures(panels) == panels
    middle = []
    for k in range(5):
        top = 100 + 1.3 * size * k
        middle += [_line(f"left {k}", 50, 50 + (12 + k) * size, top, size),
                   _line(f"middle {k}", 20 * size, (26 + k) * size, top, size),
                   _line(f"right {k}", (30 + 1.5 * k) * size, (44 + 2 * k) * size, top, size)]
    assert lines_round_figures(middle) == middle
