"""Reading round forty-five (issue 10), the DJ set as a development set; pages set here in
reportlab's frames, at several type sizes:

- three columns of list items in small type, the should list's last service sub-heading left
  alone at the middle column's foot (an orphan) and its items at the right column's top: the
  sub-heading is no sentence cut at the column's foot beside a side panel in other type
  (panels.py `_panel_last`), so the right column is still read after the middle one, its items
  under the should heading (before, they were read before the middle column, as musts);
- an assessment's paragraphs set larger than the report's body type, plain: a paragraph's first
  line of a few words, wrapping at the measure on to a line at its leading that ends the sentence,
  is running text, not a heading (before, "We recommend the provider follows … in a" was read as a
  sub-heading and its recommendation lost).

Each test fails without its change: panels.py `_panel_last` (a column set in the trailing lines'
type ends in a heading over them, not a cut sentence), locate.py `_running_text` (a line the line
under it, at its leading, goes on to a sentence's end).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings, _wrapped  # noqa: E402
from test_read_round8 import _pages  # noqa: E402

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


# ---- a paragraph in larger plain type, its first line no heading ----------------------------------

BODY = ("Staff knew how to report incidents and near misses, and the registered manager reviewed them each month. "
        "However, the analysis of falls did not always identify themes or lead to changes in people's care plans.")
LEAD = "Information about the service was not always available in accessible formats for people."
RECOMMENDATION = ("We recommend the provider follows the Accessible Information Standard so that people receive "
                  "information in a way they can understand.")


@pytest.mark.parametrize("size", [8.0, 9.0, 10.0])
def test_a_paragraphs_first_line_in_larger_plain_type_is_no_heading(tmp_path, size):
    large, left = 1.15 * size, 50.0
    first, top = [("Safe", left, 60.0, 2 * size, True)], 60.0 + 3 * size
    for _ in range(4):
        for words in _wrapped(BODY, size, 40 * size):
            first.append((" ".join(words), left, top, size, False))
            top += 1.3 * size
        top += 0.8 * size
    second, top = [("Responsive", left, 60.0, 2 * size, True)], 60.0 + 3 * size
    for text in (LEAD, RECOMMENDATION):
        rows = _wrapped(text, large, 36 * large)
        for words in rows:
            second.append((" ".join(words), left, top, large, False))
            top += 1.3 * large
        top += 0.8 * large
    opening = next(t for t, *_ in second if t.startswith("We recommend"))
    assert len(opening.split()) <= 16 and not opening.endswith(".")  # a heading's length, no full stop
    _, found = _findings(_pages(tmp_path / "report.pdf", [first, second]))
    assert [(f.kind, f.text) for f in found] == [("should", RECOMMENDATION)]
