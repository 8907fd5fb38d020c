"""A label naming a core service run in before an item's statement, not in bold (a re-print or a scan's
text layer loses the weight), long enough to wrap from the item's first line onto its second ("– Acute
wards for adults of working age and" / "psychiatric intensive care units: The provider must …"): the
label is the item's group, its service, not the statement's opening words; a later "Trust wide:" label
in the same list is a group of its own."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0
ITEMS = [["Acute wards for adults of working age and",
          "psychiatric intensive care units: The provider",
          "must ensure that the environment is safe for the",
          "patients who use it. (Regulation 15(1))"],
         ["The provider should review the discharge arrange-",
          "ments so that patients are not delayed."],
         ["Trust wide: The provider must ensure that patient",
          "records are accurate and complete."]]


def _pdf(path, size: float) -> None:
    """Dash bullets an em left of the items' text, all in one plain type, lines 1.4 ems apart."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    page.setFont("Helvetica", size)
    y = 90.0
    page.drawString(60, HEIGHT - y, "Staff told us they felt supported by their managers.")
    y += 3 * size
    page.setFont("Helvetica-Bold", 1.5 * size)
    page.drawString(60, HEIGHT - y, "Areas for improvement")
    y += 2.5 * size
    page.setFont("Helvetica", size)
    for item in ITEMS:
        page.drawString(60 + 0.4 * size, HEIGHT - y, "–")
        for text in item:
            page.drawString(60 + 1.6 * size, HEIGHT - y, text)
            y += 1.4 * size
        y += 0.6 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_a_plain_service_label_wrapped_onto_the_items_second_line_groups_the_item(tmp_path, size):
    path = tmp_path / "report.pdf"
    _pdf(path, size)
    found = [(f.kind, f.service, " ".join(f.text.split()))
             for f in read_findings(path)]
    service = "Acute wards for adults of working age and psychiatric intensive care units"
    assert found == [
        ("must", service, "The provider must ensure that the environment is safe for the patients who use it. "
                          "(Regulation 15(1))"),
        ("should", service, "The provider should review the discharge arrangements so that patients are not delayed."),
        ("must", None, "The provider must ensure that patient records are accurate and complete."),
    ]
