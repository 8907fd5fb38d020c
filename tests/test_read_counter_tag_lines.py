"""A list whose statements each sit between two short lines in much smaller type: a counter above
("2 of 5", bold) and a tag below ("Key question: Safe", grey), as a word processor's report sets
them. Built here with reportlab's platypus at 8 and 11 pt, every size in the type's terms.

Before, the tag under the first statement was read as a plain paragraph after the items, which
ended the list: only each list's first statement was found. Fails without locate.py's
`_Walker._item_caption` reading such a line past while a statement of the open list follows it.
One statement announces bullets ("… including:") set at the statements' own edge: each was read
as a statement of its own; fails without `_Walker._bullets_of_paragraph_item` reading them as its
sub-items in a list whose statements have no bullets.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate  # noqa: E402
from test_read_round32 import _findings  # noqa: E402

SUBS = ["a clock visible to the young person at all times;", "two-way communication with staff outside the room;",
        "removal of the ligature points found in its own risk assessment. (Regulation 15(1)(c))"]
MUSTS = [("The trust must ensure that risk assessments are reviewed and updated after every incident of "
          "self-harm on the ward. (Regulation 12(2)(a))", "Safe"),
         ("The trust must ensure that staff record physical health observations after rapid "
          "tranquillisation. (Regulation 12(2)(b))", "Safe"),
         ("The trust must ensure that the seclusion room meets the standards of the Code of Practice, including:",
          "Safe"),
         ("The trust must ensure that managers have oversight of restrictive interventions. "
          "(Regulation 17(2)(a))", "Well-led")]
SHOULDS = [("The trust should ensure that care plans are written with young people in their own words.", "Caring"),
           ("The trust should review access to outside space in the evenings.", "Responsive")]


def _report(path, size: float) -> None:
    text = ParagraphStyle("t", fontName="Helvetica", fontSize=size, leading=1.3 * size, spaceAfter=0.2 * size)
    counter = ParagraphStyle("c", parent=text, fontName="Helvetica-Bold", fontSize=0.7 * size, leading=0.9 * size)
    tag = ParagraphStyle("k", parent=text, fontSize=0.7 * size, leading=0.9 * size, textColor="grey",
                         spaceAfter=0.9 * size)
    head = ParagraphStyle("h", parent=text, fontName="Helvetica-Bold", fontSize=1.2 * size, leading=1.6 * size,
                          spaceBefore=0.6 * size, spaceAfter=0.4 * size)
    story, n = [Paragraph("Areas for improvement", head)], 0
    for heading, items in (("Action the trust MUST take to improve", MUSTS),
                           ("Action the trust SHOULD take to improve", SHOULDS)):
        story.append(Paragraph(heading, head))
        for statement, question in items:
            n += 1
            story += [Paragraph(f"{n} of {len(MUSTS) + len(SHOULDS)}", counter), Paragraph(statement, text)]
            if statement.endswith(":"):  # its sub-items' bullets at the statements' own edge
                story += [Paragraph(f"\u2022 {sub}", text) for sub in SUBS]
            story.append(Paragraph(f"Key question: {question}", tag))
    story += [Paragraph("Is the service safe?", head),
              Paragraph("We visited both wards and spoke with young people, parents and staff.", text)]
    SimpleDocTemplate(str(path), pagesize=A4, leftMargin=60, rightMargin=60, topMargin=50,
                      bottomMargin=50).build(story)


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_counter_and_tag_lines_round_each_statement_keep_the_list(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size)
    want = [("must", t + "".join("\n" + sub for sub in SUBS) if t.endswith(":") else t) for t, _ in MUSTS] + [("should", t) for t, _ in SHOULDS]
    assert [(kind, text) for kind, _, text in _findings(path)] == want
