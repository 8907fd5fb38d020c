"""Columns filled in turn, the first column's foot a must item's lead-in ("…, including that:"), its
sub-items, bulleted and in lower case, at the second column's top, set level with the first column's
sub-heading: under them the should list's heading, level with the first column's next heading. Both
columns break off on that row, but the second column opens going on the first's foot: one stretch,
the first column read whole before the second, so the sub-items end the must and the should list
follows."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0
LEFT = [("h", "Safeguarding"),
        ("p", "Multidisciplinary working was effective, with"),
        ("p", "therapists attending daily board rounds."),
        ("gap", ""),
        ("h", "Is the service effective?"),
        ("p", "Complaints were handled in line with the trust"),
        ("p", "policy, although responses were sometimes late."),
        ("gap", ""),
        ("h", "Importantly, the location must:"),
        ("b", "Ensure that patient records are accurate and"),
        ("i", "complete. (Regulation 17(1))"),
        ("b", "Ensure that follow-up appointments are booked"),
        ("i", "within the timescales set by the clinician,"),
        ("i", "including that:")]
RIGHT = [("s", "resuscitation trolleys are sealed and checked;"),
         ("s", "patients’ weights are recorded on admission."),
         ("si", "(Reg 18)"),
         ("gap", ""),
         ("h", "In addition the location should:"),
         ("b", "Make sure that leaflets are available in other"),
         ("i", "languages within 48-72 hours.")]


def _page(path, size: float) -> None:
    """Two columns 24 ems wide, 2 ems apart; bullets an em left of their text, sub-items' dashes 2.2 ems in."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    page.setFont("Helvetica", size)
    page.drawString(60, HEIGHT - 100, "Areas for improvement were found in the areas below.")
    lead = 1.4 * size
    for k, column in enumerate((LEFT, RIGHT)):
        x, y = 60 + k * 26 * size, 100 + 2.4 * size
        for kind, text in column:
            if kind == "gap":
                y += 0.9 * size
                continue
            page.setFont("Helvetica-Bold" if kind == "h" else "Helvetica", size)
            if kind == "b":
                page.drawString(x + 0.2 * size, HEIGHT - y, "•")
            if kind == "s":
                page.drawString(x + 1.3 * size, HEIGHT - y, "-")
            indent = {"h": 0.0, "p": 0.0, "b": 1.2, "i": 1.2, "s": 2.4, "si": 2.4}[kind] * size
            page.drawString(x + indent, HEIGHT - y, text)
            y += lead
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.5])
def test_sub_items_at_the_next_column_top_end_the_item_the_column_before_left_open(tmp_path, size):
    path = tmp_path / "report.pdf"
    _page(path, size)
    found = [(f.kind, " ".join(f.text.split())) for f in read_findings(path)]
    assert found == [
        ("must", "Ensure that patient records are accurate and complete. (Regulation 17(1))"),
        ("must", "Ensure that follow-up appointments are booked within the timescales set by the clinician, including "
                 "that: resuscitation trolleys are sealed and checked; patients’ weights are recorded on admission. "
                 "(Reg 18)"),
        ("should", "Make sure that leaflets are available in other languages within 48-72 hours."),
    ]
