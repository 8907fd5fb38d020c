"""Reading round 141 (a harder held-back set, IK), drawn at two type sizes:

- a newspaper story whose two columns, parted by a drawn column rule, open under a picture, a notices
  column beside them running one line past the rule's top. Before, that line was read as the first of
  the column right of the rule, between the left column's foot and the right column's top, and cut the
  item going on over the column break.
- the story's lists name their core services only in lead-in lines: "… the trust must take. In
  maternity:" before the first item, "In urgent and emergency care:" between items, "… should make in
  maternity:". Before, the items had no service, and the line between items ended the must list, its
  last items lost.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import FONTS, _draw, _found, _item, _wrapped  # noqa: E402

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


LEAD_INS = {"must": [("What the trust must do", None),
                     ("The report lists the following actions", None),
                     ("the trust must take. In maternity:", "Maternity"),
                     ("In urgent and emergency care:", "Urgent and emergency care")],
            "should": [("What the trust should do", None),
                       ("Inspectors also listed improvements", None),
                       ("the trust should make in maternity:", "Maternity")]}
LED_IN = {("must", "Maternity"): MUSTS[:2], ("must", "Urgent and emergency care"): [
    "The trust must ensure that children attending the emergency department are triaged within 15 minutes of "
    "arrival. (Regulation 12(2)(a))"],
          ("should", "Maternity"): ["The trust should review how it responds to complaints so that replies are "
                                    "sent within agreed timescales."]}


def _led_in(size: float) -> list[tuple]:
    """Each list: its sub-head in bold, its lead-in's lines, and the items of each service after the
    line naming it, in a column 30 ems wide."""
    lines, base, width = [], 50.0 + size, 30 * size
    for kind, lead in LEAD_INS.items():
        for text, service in lead:
            lines.append((text, 50.0, base, 1.1 * size if text.startswith("What") else size, text.startswith("What")))
            base += 1.3 * size
            for statement in LED_IN.get((kind, service), []) if service else []:
                drawn, base = _item("•", statement, 50.0, base, size, width, size)
                lines, base = lines + drawn, base + 0.3 * size
        base += size
    return lines


@pytest.mark.parametrize("size", [8.5, 10.0])
def test_a_lead_in_line_ending_on_a_core_service_groups_the_items_under_it(tmp_path: Path, size: float) -> None:
    found = _found(_draw(tmp_path / "lead_in.pdf", [(PORTRAIT, _led_in(size))]))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        (kind, service, text) for (kind, service), texts in LED_IN.items() for text in texts]
