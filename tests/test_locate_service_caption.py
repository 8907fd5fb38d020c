"""A core service's heading set smaller than the list heading under it, a caption in small plain
type between them saying what the service covers ("Linnet and Kestrel wards; Osprey PICU"): a
card or slide per service. Before, the caption ended the heading's hold (the list heading was no
longer the next thing read under it) and the larger list heading closed it: the statements had no
service. Fails without locate.py's `_caption_under_service`.
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round62 import _found  # noqa: E402

A4 = (595.0, 842.0)
CARDS = [("Acute wards for adults of working age and psychiatric intensive care units",
          "Linnet, Kestrel and Harrier wards; Osprey PICU",
          ["The trust must ensure that ligature risk assessments are up to date.",
           "The trust must ensure that blanket restrictions are reviewed for each patient."]),
         ("Community-based mental health services for adults of working age",
          "North, Central and Coastal community mental health teams",
          ["The trust must ensure that every patient on a waiting list has a risk assessment."])]


def _cards(path, size: float):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    for service, caption, items in CARDS:
        base = A4[1] - 6 * size
        c.setFont("Helvetica-Bold", 1.1 * size)
        c.drawString(42, base, service)
        c.setFont("Helvetica", 0.85 * size)
        c.drawString(42, base - 2 * size, caption)
        c.setFont("Helvetica-Bold", 1.25 * size)
        c.drawString(42, base - 4 * size, "Action the trust MUST take to improve")
        base -= 6.5 * size
        c.setFont("Helvetica", size)
        for item in items:
            c.drawString(42, base, "\u25aa")
            c.drawString(42 + 1.4 * size, base, item)
            base -= 2 * size
        c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_caption_under_a_smaller_service_heading_keeps_the_list_the_services(tmp_path, size):
    found = _found(_cards(tmp_path / "report.pdf", size))
    assert [(kind, service, text) for kind, service, text, _ in found] == [
        ("must", service, item) for service, _, items in CARDS for item in items]
