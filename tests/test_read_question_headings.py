"""A questions-and-answers web page printed: each list set under a question in bold, larger type
asking what must or should be done ("What must the clinic change in outpatients?"), the same
questions listed in plain type at the top as the page's index, and CQC's own headings quoted only
in a paragraph. Before, no line was a list's heading (the document was refused as no report); a
question is a heading, never a statement, and the list under it is read, its service the one the
question ends on. Each action is set in a card with a label in the left gutter ("POINT 2") level
with its first line, the section boxed by rules across the page: the label was read as a merged
cell over the lines above it, cutting the card above in two. Fails without
structure_patterns.question_kind and merged_cells' `_goes_on_from_above`.
"""

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from test_read_round32 import _fonts  # noqa: E402
from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
SECTIONS = [
    ("What did the inspectors say the clinic must do in outpatients?", "Outpatients", "must",
     ["The provider must ensure that emergency equipment is checked daily and that checks are recorded in "
      "line with its policy. (Regulation 12(2)(e))",
      "The provider must ensure that all staff complete safeguarding training at the level their role needs. "
      "(Regulation 13(2))"]),
    ("Is there anything the clinic should do in diagnostic imaging?", "Diagnostic imaging", "should",
     ["The provider should ensure that the waiting area lets patients speak to reception staff in private.",
      "The provider should review how it tells patients about delays to their appointments on the day."]),
]


def _page(path, size: float, width_share: float):
    """The page: a title, the index of questions in plain type, a paragraph quoting CQC's headings, then
    each question in bold between rules across the page, its cards under it, a label level with each
    card's first line in the gutter."""
    from reportlab.pdfgen import canvas

    _fonts()
    width, height = A4
    c = canvas.Canvas(str(path), pagesize=A4)
    left, card = 40.0, 40.0 + 6.5 * size
    measure = (width - 80) * width_share
    y = height - 60
    c.setFont("DejaVu-Bold", 2 * size)
    c.drawString(left, y, "Our CQC inspection: your questions answered")
    y -= 2.4 * size
    c.setFont("DejaVu", size)
    for text in wrapped("The Care Quality Commission (CQC) inspected the clinic in March 2023. Below we copy the "
                        "actions from the report's sections \u201cAction the provider MUST take to improve\u201d and "
                        "\u201cAction the provider SHOULD take to improve\u201d.", width - 80, size, "DejaVu"):
        c.drawString(left, y, text)
        y -= 1.2 * size
    y -= size
    c.setFont("DejaVu-Bold", 0.9 * size)
    c.drawString(left + 8, y, "Questions on this page")
    c.setFont("DejaVu", 0.9 * size)
    for question, *_ in SECTIONS:
        y -= 1.15 * size
        c.drawString(left + 8, y, question)
    y -= 2.2 * size
    for question, _, _, items in SECTIONS:
        c.setLineWidth(0.75)
        c.line(left, y + 1.6 * size, left + measure + 6.5 * size, y + 1.6 * size)
        c.setFont("DejaVu-Bold", 1.2 * size)
        c.drawString(left, y, question + " \u2212")
        y -= 2.4 * size
        for n, item in enumerate(items, 1):
            c.setFont("DejaVu-Bold", 0.75 * size)
            c.drawString(left + 2, y, f"POINT {n}")
            c.setFont("DejaVu", size)
            for text in wrapped(item, measure - 6.5 * size, size, "DejaVu"):
                c.drawString(card, y, text)
                y -= 1.15 * size
            y -= 1.3 * size
        y -= 1.5 * size
    c.line(left, y + 1.6 * size, left + measure + 6.5 * size, y + 1.6 * size)
    c.setFont("DejaVu-Bold", 1.2 * size)
    c.drawString(left, y, "What happens now? \u2212")
    c.setFont("DejaVu", size)
    c.drawString(left, y - 2 * size, "We must tell CQC about any significant change. Patients should ask us about any action.")
    c.save()
    return path


@pytest.mark.parametrize("size,share", [(9.5, 0.6), (10.5, 0.7)])
def test_a_question_asking_what_must_or_should_be_done_heads_its_list(tmp_path, size, share):
    found = _found(_page(tmp_path / "report.pdf", size, share))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        (kind, service, item) for _, service, kind, items in SECTIONS for item in items]


@pytest.mark.parametrize("size", [9.5, 10.5])
def test_the_page_is_read_as_a_copy_of_the_lists_and_each_section_is_its_question(tmp_path, size):
    from cqcplan.pipeline.furniture import mark_furniture
    from cqcplan.pipeline.locate import locate
    from cqcplan.pipeline.read import start_read
    from cqcplan.pipeline.scan import page_texts, recognise

    doc = mark_furniture(start_read(_page(tmp_path / "report.pdf", size, 0.65), sha256="-")())
    assert recognise(doc, page_texts(doc)) == []  # not refused: the questions head its lists
    assert [item.context.section for item in locate(doc).items] == [
        question for question, _, _, items in SECTIONS for _ in items]
