"""A should list in three narrow columns of small type with drawn ring bullets (a browser's SVG
image bullets, sized in the page's units), its groups in bold, one item wrapping from the first
column's foot to the second's top, and a signature in the body's larger type under the first
column, right under its last line (set tight): the signature is read after the columns, not as a
heading at the first column's foot going on at the third column's top (the middle column lies
between). Rings nearly an em of 7 or 8 pt type are no bullets (a ratings grid's marker is as
large): the list is read as one without bullets, each item a paragraph opening with an
imperative, "Reduce …" among them."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0
COLUMNS = [
    [("Accident and emergency",),
     ("Review the arrangements for children", "waiting in the main waiting area."),
     ("Improve the completion of pain scores on", "arrival."),
     ("Medical care (including older", "people’s care)"),
     ("Reduce the number of patients moved", "between wards at night for non-clinical")],
    [("reasons.",),
     ("Ensure that discharge planning starts on", "admission and involves patients and their", "families."),
     ("Improve the environment on Bracken ward", "for patients living with dementia."),
     ("Surgery",),
     ("Review the number of operations cancelled", "on the day for non-clinical reasons.")],
    [("Ensure that theatre staff are up to date", "with basic life support training."),
     ("End of life care",),
     ("Make sure that the specialist palliative", "care team is available seven days a week."),
     ("Ensure that the mortuary viewing room is", "appropriate for bereaved relatives.")],
]
GROUPS = {"Accident and emergency", "Medical care (including older", "Surgery", "End of life care"}


def _page(path, size: float, ring_em: float) -> None:
    """Columns 22 ems apart, each group heading at its column's edge and each item's text 1.25 em in,
    a ring `ring_em` wide (its 1 pt stroke too) before its first line; the second and third columns
    start a line higher than the first's heading; lines 1.03 em apart; the signature in 1.5 times
    the type."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    top = 120.0
    page.setFont("Helvetica-Bold", 1.2 * size)
    page.drawString(36, HEIGHT - top - 1.2 * size, "ACTION THE HOSPITAL SHOULD TAKE TO IMPROVE")
    lead, ring = 1.03 * size, ring_em * size
    bottoms = []
    for k, column in enumerate(COLUMNS):
        left = 36 + k * 22 * size
        y = top + 2.3 * size + (0 if k == 0 else -0.6 * size)
        for block in column:
            if block[0] in GROUPS:
                page.setFont("Helvetica-Bold", 1.125 * size)
                y += 0.3 * size
                for words in block:
                    page.drawString(left, HEIGHT - y - 1.125 * size, words)
                    y += 1.125 * lead
                continue
            if block[0][:1].isupper():
                page.circle(left + 0.2 * size, HEIGHT - y - 0.3 * size - ring / 2, ring / 2 - 1, stroke=1, fill=0)
            page.setFont("Helvetica", size)
            for words in block:
                page.drawString(left + 1.25 * size, HEIGHT - y - size, words)
                y += lead
        bottoms.append(y)
    page.setFont("Helvetica", 1.5 * size)
    y = bottoms[0] + 0.05 * size
    for words in ("Professor Sir Mike Richards", "Chief Inspector of Hospitals"):
        page.drawString(36, HEIGHT - y - 1.5 * size, words)
        y += 1.2 * 1.5 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size, ring_em", [(7.0, 0.6), (8.0, 0.6), (7.0, 0.94), (8.0, 0.94)])
def test_a_ring_bulleted_list_in_three_columns_is_read_whole_and_a_signature_under_it_after_it(tmp_path, size, ring_em):
    path = tmp_path / "report.pdf"
    _page(path, size, ring_em)
    found = read_findings(path)
    assert [(f.kind, f.text) for f in found] == [
        ("should", "Review the arrangements for children waiting in the main waiting area."),
        ("should", "Improve the completion of pain scores on arrival."),
        ("should", "Reduce the number of patients moved between wards at night for non-clinical reasons."),
        ("should", "Ensure that discharge planning starts on admission and involves patients and their families."),
        ("should", "Improve the environment on Bracken ward for patients living with dementia."),
        ("should", "Review the number of operations cancelled on the day for non-clinical reasons."),
        ("should", "Ensure that theatre staff are up to date with basic life support training."),
        ("should", "Make sure that the specialist palliative care team is available seven days a week."),
        ("should", "Ensure that the mortuary viewing room is appropriate for bereaved relatives."),
    ]
    assert [f.service for f in found][2:5] == ["Medical care (including older people’s care)"] * 3
