"""A bar chart whose axis labels are the statements (a board paper's progress chart): each label wrapped
to two or three lines set flush right against the axis, ragged left, the labels a few ems apart, and
each bar's value label ("M2 · 75%") at the bar's end, in smaller type or the labels', level with the
middle of its axis label: between a two-line label's lines. The stream draws the chart bottom up, axis
numbers first. Each statement is read whole, the value labels read past (locate: a line ending at a
flush-right item's right edge goes on it, `_going_on`; a ragged-left list's left edges mark no next
item, `_set_flush_right`; a reference with only figures after it set clear right of the item is no
item, `_value_beside`). Before, a value label set under a label's first line cut the statement there
and ended the list, a label's next item was joined to the one before, and value labels in the labels'
type were read as items, ending the list.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import _findings, _width, _wrapped  # noqa: E402

MUSTS = [
    "The trust must ensure that patients in the emergency department receive an initial clinical assessment "
    "within 15 minutes of arrival. (Regulation 12(2)(a))",
    "The trust must ensure that patient records are kept securely on the surgical wards. (Regulation 17(2)(c))",
    "The trust must ensure that resuscitation trolleys are checked daily and that checks are recorded. "
    "(Regulation 12(2)(e))",
    "The trust must ensure that staff receive an annual appraisal.",
    "The trust must ensure that there are enough nurses trained in caring for children in the emergency "
    "department at all times. (Regulation 18(1))",
]
DONE = [40, 90, 55, 10, 35]


def _chart(path, size: float, width_em: float, value_size: float, referenced: bool = True):
    """One landscape page: the list heading, then the chart drawn bottom up, as a plotting library
    stores it (axis numbers, then each tick label from the lowest bar up, then the value labels in
    `value_size` of the labels' type, each the action's reference and its figure, or the figure alone)."""
    from reportlab.pdfgen import canvas

    page_w, page_h = 842.0, 595.0
    axis, leading, pitch = 380.0, 1.25 * size, 5.5 * size
    labels, values = [], []
    for n, (text, done) in enumerate(zip(MUSTS, DONE)):
        lines = [" ".join(words) for words in _wrapped(text, size, width_em * size)]
        middle = 100.0 + n * pitch + 2.5 * size  # from the top: the bar's centre
        first = middle - (len(lines) - 1) * leading / 2
        labels += [(line, first + k * leading) for k, line in enumerate(lines)]
        values.append((f"M{n + 1} · {done}%" if referenced else f"{done}%", axis + 8 + done * 3.5, middle))
    page = canvas.Canvas(str(path), pagesize=(page_w, page_h))
    page.setFont("Helvetica-Bold", 1.4 * size)
    page.drawString(40.0, page_h - 50.0, "Action the trust MUST take to improve")
    page.setFont("Helvetica", size)
    page.drawString(axis + 8, page_h - (100.0 + 5 * pitch + 2 * size), "0    20    40    60    80    100")
    for text, top in reversed(labels):
        page.drawRightString(axis, page_h - top - 0.35 * size, text)
    page.setFont("Helvetica", value_size * size)
    for text, x, middle in reversed(values):
        page.drawString(x, page_h - middle - 0.33 * size, text)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("value_size", [0.94, 1.0])
@pytest.mark.parametrize("size, width_em", [(8.5, 28.0), (10.0, 24.0), (12.0, 22.0)])
def test_wrapped_right_aligned_axis_labels_are_read_whole_past_the_bars_value_labels(tmp_path, size, width_em, value_size):
    assert any(_width(text, size) > 2 * width_em * size for text in MUSTS)  # three lines for one at least
    _, found = _findings(_chart(tmp_path / "chart.pdf", size, width_em, value_size))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in MUSTS]


@pytest.mark.parametrize("size, width_em", [(8.5, 28.0), (10.0, 24.0), (12.0, 22.0)])
def test_a_bar_s_figure_alone_in_smaller_type_is_read_past_too(tmp_path, size, width_em):
    _, found = _findings(_chart(tmp_path / "chart.pdf", size, width_em, 0.9, referenced=False))
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in MUSTS]
