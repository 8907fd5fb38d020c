"""Cards in ruled boxes, two a row (an assessment web page printed from a browser), on small PDFs
built here: the edges of a row of boxes end its columns (pipeline/rules.py), so each row's cards
are read whole, left then right, before the next row's; at 9, 12 and 15 pt."""

import pytest

from cqcplan.pipeline.read import start_read

PAD = 0.4  # a box's padding, in ems


def _cards(path, size: float, rows: list[list[list[tuple[str, float, bool]]]]) -> None:
    """Each row's cards side by side in ruled boxes, one under the other; a card is its lines as
    (text, size as a share of `size`, bold)."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path), pagesize=(595, 842))
    left, width, y = 30.0, 18 * size, 800.0
    for row in rows:
        heights = [sum(1.3 * size * share for _, share, _ in card) for card in row]
        tall = max(heights) + 2 * PAD * size
        for k in range(2):
            x = left + k * width
            page.rect(x, y - tall, width, tall, stroke=1, fill=0)
            if k < len(row):
                top = y - PAD * size
                for text, share, bold in row[k]:
                    top -= 1.3 * size * share
                    page.setFont("Helvetica-Bold" if bold else "Helvetica", size * share)
                    page.drawString(x + PAD * size, top + 0.3 * size * share, text)
        y -= tall
    page.save()


def _read(path) -> list[str]:
    return [line.text for page in start_read(path, sha256="-")().pages for line in page.lines]


def _body(name: str, n: int) -> list[tuple[str, float, bool]]:
    return [(f"{name} line {k} of the card", 1.0, False) for k in range(1, n + 1)]


@pytest.mark.parametrize("size", [9, 12, 15])
def test_a_card_alone_in_the_next_row_is_read_after_the_card_beside_the_one_above_it(tmp_path, size):
    """The first row's left card runs longer than its right one; the next row holds a left card only.
    The whitespace between the columns runs on down the left cards, but the boxes' edges end the
    first row: its right card is read before the next row's card, not after it."""
    pytest.importorskip("reportlab")
    first, beside, alone = _body("First", 6), _body("Beside", 3), _body("Alone", 5)
    path = tmp_path / "cards.pdf"
    _cards(path, size, [[first, beside], [alone]])
    assert _read(path) == [t for t, _, _ in first + beside + alone]


@pytest.mark.parametrize("size", [9, 12, 15])
def test_a_card_s_title_score_and_text_are_read_whole_before_the_card_beside_it(tmp_path, size):
    """Each card opens with a bold title, a score line in smaller type and then its text in larger
    type: inside one row of boxes the text is no new block under the score lines, nor a lead-in
    ending the columns; the next row's cards have titles of their own, not the first row's again."""
    pytest.importorskip("reportlab")

    def card(name: str, n: int) -> list[tuple[str, float, bool]]:
        return [(name, 1.0, True), ("Score: 2 - Some shortfalls", 0.8, False)] \
            + _body(name, n)

    rows = [[card("Safeguarding", 6), card("Staffing", 3)], [card("Learning", 4), card("Medicines", 5)]]
    path = tmp_path / "cards.pdf"
    _cards(path, size, rows)
    assert _read(path) == [t for row in rows for c in row for t, _, _ in c]


def test_a_box_s_top_edge_has_its_sides_running_down_and_a_running_header_s_rule_has_none(tmp_path):
    """A box's top edge, stroked or drawn as a thin fill (a browser's borders), has the box's sides
    running down from it; its bottom edge and a lone line under a running header have none, so no
    band under them is taken for a row of boxes (pipeline/rules.py, `Rule.tops_box`)."""
    pytest.importorskip("reportlab")
    import pypdfium2
    from reportlab.pdfgen import canvas

    from cqcplan.pipeline.page_objects import page_objects
    from cqcplan.pipeline.rules import page_rules

    path = tmp_path / "rules.pdf"
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    page.line(30, 800, 565, 800)  # the running header's rule
    page.rect(30, 500, 250, 200, stroke=1, fill=0)  # a stroked box
    for x, y, w, h in [(300, 699, 250, 1), (300, 500, 250, 1), (300, 500, 1, 200), (549, 500, 1, 200)]:
        page.rect(x, y, w, h, stroke=0, fill=1)  # a box drawn as four thin fills
    page.save()
    pdf = pypdfium2.PdfDocument(path)
    rules = sorted((round(r.y, -1), round(r.x0), r.tops_box) for r in page_rules(page_objects(pdf[0]).page_paths, 842))
    assert {(y, x) for y, x, top in rules if top} == {(140, 30), (140, 300)}
    assert {(y, x) for y, x, top in rules if not top} == {(40, 30), (340, 30), (340, 300)}
