"""Reading round forty-five (issue 10), the DJ set as a development set; pages set here in
reportlab's frames, at several type sizes:

- three columns of list items in small type, the should list's last service sub-heading left
  alone at the middle column's foot (an orphan) and its items at the right column's top: the
  sub-heading is no sentence cut at the column's foot beside a side panel in other type
  (panels.py `_panel_last`), so the right column is still read after the middle one, its items
  under the should heading (before, they were read before the middle column, as musts).

Each test fails without its change: panels.py `_panel_last` (a column set in the trailing lines'
type ends in a heading over them, not a cut sentence).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings  # noqa: E402

MUSTS = ["The trust must ensure that all patients attending the emergency department are triaged within 15 minutes "
         "of arrival. (Regulation 12(2)(a))",
         "The trust must ensure that medicines are stored securely on all wards. (Regulation 12(2)(g))",
         "The trust must ensure that mental capacity assessments and best interests decisions are completed and "
         "recorded for patients who lack capacity to consent. (Regulation 11(1))",
         "The trust must ensure that nursing staff complete and act on national early warning scores, and "
         "escalate deteriorating patients in line with trust policy. (Regulation 12(2)(a))",
         "The trust must ensure that patient records are stored securely and are not left unattended in "
         "corridors. (Regulation 17(2)(c))"]
SHOULDS = ["The trust should ensure that patients' pain is assessed and reassessed regularly.",
           "The trust should continue to recruit to vacant registered nurse posts."]
TRUST_WIDE = ["The trust should ensure that learning from serious incidents is shared across all divisions.",
              "The trust should continue to work with commissioners and partners to reduce the number of patients "
              "whose discharge is delayed for non-clinical reasons.",
              "The trust should review the terms of reference of the quality committee."]


def _three_columns(path, size: float, columns: list[list[tuple[str, str]]]):
    """One page of three columns, each a list of (style, text): "head" a list heading, "sub" a
    bold service sub-heading, "item" a bulleted, justified item in `size` type."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, PageTemplate, Paragraph

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    styles = {"head": ParagraphStyle("h", fontName="DejaVu", fontSize=1.4 * size, leading=1.75 * size,
                                     spaceBefore=0.8 * size, spaceAfter=0.5 * size),
              "sub": ParagraphStyle("s", fontName="DejaVu-Bold", fontSize=1.06 * size, leading=1.3 * size,
                                    spaceBefore=0.5 * size, spaceAfter=0.25 * size),
              "item": ParagraphStyle("i", fontName="DejaVu", fontSize=size, leading=1.2 * size, alignment=4,
                                     leftIndent=1.25 * size, bulletIndent=0, spaceAfter=0.1 * size)}
    width, gap, top = 21 * size, 1.5 * size, 60.0
    doc = BaseDocTemplate(str(path), pagesize=(595.0, HEIGHT), leftMargin=40, rightMargin=40, topMargin=top,
                          bottomMargin=45)
    frames = [Frame(40 + k * (width + gap), 45, width, HEIGHT - top - 45, id=f"c{k}") for k in range(3)]
    doc.addPageTemplates([PageTemplate(frames=frames)])
    story = []
    for column in columns:
        story += [Paragraph(text, styles[style], bulletText="•" if style == "item" else None) for style, text in column]
        story.append(FrameBreak())
    doc.build(story[:-1])
    return path


@pytest.mark.parametrize("size", [7.5, 8.0, 9.0])
def test_a_sub_heading_orphaned_at_a_columns_foot_heads_the_next_columns_items(tmp_path, size):
    columns = [[("head", "Action the trust MUST take to improve"), ("sub", "Urgent and emergency care")]
               + [("item", text) for text in MUSTS[:4]],
               [("item", MUSTS[4]), ("head", "Action the trust SHOULD take to improve"), ("sub", "Medical care")]
               + [("item", text) for text in SHOULDS] + [("sub", "Trust-wide")],
               [("item", text) for text in TRUST_WIDE]]
    _, found = _findings(_three_columns(tmp_path / "report.pdf", size, columns))
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS + TRUST_WIDE]
