"""Dense lists in three narrow columns (issue 10, reading round eight b): each column's bullets
hang out into a gutter little more than an em wide, right after the last word of the column
left of it, and a signature under the first column follows the columns after a paragraph's
space. Told from the page's geometry: the bullet's text starts at the gutter's right edge."""

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from cqcplan.pipeline.read import start_read
from test_read_justified import _justified  # noqa: E402

ITEMS = [
    ["Ensure that there are sufficient numbers of suitably qualified, skilled and experienced nursing staff "
     "on the surgical wards at night and at weekends.",
     "Ensure that controlled drugs are stored, recorded and checked in accordance with the policy."],
    ["Ensure that resuscitation trolleys in all areas are checked daily and contain equipment within its expiry date.",
     "Ensure that patients' records are accurate, complete and stored securely, including the fluid balance "
     "charts and risk assessments, on the elderly care wards."],
    ["Ensure that staff receive appropriate supervision and an annual appraisal, and that completion rates "
     "are monitored.",
     "Ensure that decisions are discussed with patients or their representatives and that the discussion "
     "is recorded."],
]


def _lines(text: str, width: float, size: float) -> list[list[str]]:
    lines, line = [], []
    for word in text.split():
        if line and stringWidth(" ".join(line + [word]), "Helvetica", size) > width:
            lines.append(line)
            line = []
        line.append(word)
    return lines + [line]


def _set(page, words: list[str], x0: float, x1: float, y: float, size: float, last: bool) -> None:
    """A paragraph's line: justified to x1 but its last (or a single word) set ragged."""
    if last or len(words) == 1:
        page.drawString(x0, y, " ".join(words))
    else:
        _justified(page, words, x0, x1, y, size)


def _page(path, size: float, drop: float = 0.0) -> None:
    """Three columns of bulleted items, each column's text edge 1.2 em right of the column before's
    measure, its bullets hung 0.8 em left of its text; the middle column (as long as the first)
    `drop` points lower; a bold signature under the first column, its baseline 2.3 em below that
    column's last line."""
    page = canvas.Canvas(str(path), pagesize=(595, 842))
    measure = 21 * size
    lefts = [60.0 + k * (measure + 1.2 * size) for k in range(3)]
    leading = 1.22 * size
    last = []
    for k, (left, items) in enumerate(zip(lefts, ITEMS)):
        y = 700.0 - (drop if k == 1 else 0.0)
        for item in items:
            page.setFont("Helvetica", size)
            page.drawString(left - 0.8 * size, y, "\u2022")
            lines = _lines(item, measure, size)
            for n, words in enumerate(lines):
                _set(page, words, left, left + measure, y, size, n == len(lines) - 1)
                y -= leading
            y -= 0.3 * size
        last.append(y + 0.3 * size + leading)
    page.setFont("Helvetica-Bold", size)
    page.drawString(lefts[0] - 0.8 * size, last[0] - 2.3 * size, "Professor Sir Mike Richards")
    page.save()


def _read(path) -> list[str]:
    return [line.text for line in start_read(path, sha256="0" * 64)().pages[0].lines]


@pytest.mark.parametrize("size", [7.5, 11.0])
def test_bullets_hung_into_a_narrow_gutter_belong_to_the_column_right_of_it(tmp_path, size):
    path = tmp_path / "hung.pdf"
    _page(path, size)
    lines = _read(path)
    starts = [n for n, line in enumerate(lines) if line.startswith("\u2022")]
    items = [" ".join(lines[a:b]).replace("\u2022 ", "") for a, b in zip(starts, starts[1:] + [len(lines) - 1])]
    assert items == [item for column in ITEMS for item in column]
    assert lines[-1] == "Professor Sir Mike Richards"


def test_a_signature_under_the_first_column_is_read_after_every_column(tmp_path):
    """The middle column is set a little lower, so its last line shares a row with the first
    column's and that row reaches nearly down to the signature: the space over the signature is
    measured from its own column's last line."""
    path = tmp_path / "signature.pdf"
    _page(path, 7.5, drop=2.0)
    lines = _read(path)
    assert lines[-1] == "Professor Sir Mike Richards"
