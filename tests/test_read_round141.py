"""Reading round 141 (a harder held-back set, IK), drawn at two type sizes:

- a newspaper story whose two columns, parted by a drawn column rule, open under a picture, a notices
  column beside them running one line past the rule's top. Before, that line was read as the first of
  the column right of the rule, between the left column's foot and the right column's top, and cut the
  item going on over the column break.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _found, _wrapped  # noqa: E402

PORTRAIT = (595.0, 842.0)
MUSTS = ["The trust must ensure that there are enough midwives on each shift on the delivery suite to provide "
         "one-to-one care in established labour. (Regulation 18(1))",
         "The trust must make sure that the emergency trolley on the maternity unit is checked daily and that "
         "out-of-date equipment is removed. (Regulation 12(2)(e))",
         "The trust must ensure that all midwifery staff complete mandatory training in obstetric emergencies. "
         "(Regulation 18(2)(a))"]
NOTICES = ["Notice is given that the council has received the applications listed below.",
           "Any representations must be made in writing within 21 days of this notice. Call 01632 960 288."]


def _story(path: Path, size: float) -> Path:
    """A headline; a notices column at the right from the top; under a picture's room, two story columns
    14 ems wide a gutter of 1.2 ems apart, a 0.4 pt rule in it from an em over their first line to their
    foot, the list's second item going on over the column break; the notices' last line set half an em
    of its type over the rule's top."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    width, gap, lead = 14 * size, 1.2 * size, 1.15 * size
    xs = (40.0, 40.0 + width + gap)
    opens = 60.0 + 22 * size  # the first story line's baseline, under the picture
    rule_top = opens - 1.9 * size
    flow = [("What the trust must do", 0.0, True)]  # (words, indent, bold), a line each
    for item in MUSTS:
        rows = _wrapped(item, size, width - size)
        flow += [("•", 0.0, False)] + [(" ".join(words), size, False) for words in rows]
    starts = [k for k, (words, _, _) in enumerate(flow) if words == "•"]
    per_column = (len(flow) - len(starts)) // 2 + 1  # the second item goes on over the column break
    lines, row, column = [("Hospital told to improve", 40.0, 60.0, 2 * size, True)], 0, 0
    for k, (words, indent, bold) in enumerate(flow):
        if words != "•" and k - 1 not in starts and row >= per_column and column == 0:
            row, column = 0, 1
        lines.append((words, xs[column] + indent, opens + row * lead, size, bold))
        row += words != "•"
    small, notice_x = 0.8 * size, xs[1] + width + 2.5 * size
    notes = [" ".join(words) for text in NOTICES for words in _wrapped(text, small, 12 * size)]
    last = rule_top + 0.25 * small  # its glyphs' top under half an em of its type over the rule's top
    lines += [(words, notice_x, last - (len(notes) - 1 - k) * 1.2 * small, small, False) for k, words in enumerate(notes)]
    page = canvas.Canvas(str(path), pagesize=PORTRAIT)
    for text, x, base, points, bold in lines:
        page.setFont("DejaVu-Bold" if bold else "DejaVu", points)
        page.drawString(x, PORTRAIT[1] - base, text)
    page.setLineWidth(0.4)
    foot = opens + per_column * lead
    page.line(xs[1] - gap / 2, PORTRAIT[1] - rule_top, xs[1] - gap / 2, PORTRAIT[1] - foot)
    page.showPage()
    page.save()
    return path


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_column_from_above_running_past_a_rules_top_is_no_line_right_of_it(tmp_path: Path, size: float) -> None:
    found = _found(_story(tmp_path / "story.pdf", size))
    assert [(kind, text) for kind, _, text, _ in found] == [("must", t) for t in MUSTS]
