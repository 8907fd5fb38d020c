"""A long core service's name wrapped over two lines at the top of a column, whose last line tops the
next page too as its chapter's title, is a heading, not a running header: the column's items under
it are that service's (furniture.py `_headings_wrapped`; before, the last line was furniture and the
items had no service).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _found  # noqa: E402

ACUTE = ("Acute wards for adults of working age and", "psychiatric intensive care units")
LONG_STAY = ("Long stay or rehabilitation mental health wards for", "working age adults")
SHOULDS = {ACUTE: ["The provider should ensure that ligature risk assessments are updated.",
                   "The provider should ensure that patients are offered a copy of their care plan."],
           LONG_STAY: ["The provider should ensure that activities are offered at weekends."]}


def _two_columns(path, size: float):
    """Page 1: column 1 ends with the SHOULD list's heading, column 2 opens with a service's name
    wrapped over two lines, its items under it. Page 2: that service's chapter, its name the title."""
    from reportlab.pdfgen import canvas

    width, height = 62 * size, 88 * size  # the page in ems of the type, whatever the size
    c = canvas.Canvas(str(path), pagesize=(width, height))
    lead = 1.35 * size
    top = height - 6 * size
    right = width / 2 + size
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(4 * size, top, "Overall summary")
    c.setFont("Helvetica", size)
    rows = int((top - 10 * size) / lead)
    for k in range(rows):
        c.drawString(4 * size, top - 1.9 * size - k * lead, "Staff were kind and caring towards patients." if k else
                     "We rated the hospital as requires improvement because:")
    c.setFont("Helvetica-Bold", size)
    c.drawString(4 * size, top - 1.9 * size - (rows + 0.6) * lead, "Action the provider SHOULD take to improve")
    base = top
    for service, items in SHOULDS.items():
        c.setFont("Helvetica-Bold", size)
        for part in service:
            c.drawString(right, base, part)
            base -= lead
        c.setFont("Helvetica", size)
        for item in items:
            base -= 0.4 * size
            c.drawString(right, base, "\u2022")
            words = item.split()
            c.drawString(right + size, base, " ".join(words[:len(words) // 2]))
            c.drawString(right + size, base - lead, " ".join(words[len(words) // 2:]))
            base -= 2 * lead
        base -= 0.8 * size
    c.showPage()
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(4 * size, top, ACUTE[0])
    c.drawString(4 * size, top - 1.45 * size, ACUTE[1])
    c.setFont("Helvetica", size)
    c.drawString(4 * size, top - 4 * size, "The wards were clean and well maintained.")
    c.save()
    return path


@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
def test_a_wrapped_service_name_topping_a_column_and_a_chapter_stays_a_heading(tmp_path, size):
    found = _found(_two_columns(tmp_path / "columns.pdf", size))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("should", " ".join(service), item) for service, items in SHOULDS.items() for item in items]
