"""A service's list set in a band of two columns, filled in turn: the left column's last item breaks off
mid-sentence and goes on at the right column's top. The next service's heading is set under the band at
the left column's edge, no wider than that column, so the reading order gives it as the left column's
last line, between the cut item and its rest. The right column's lines all end above it: the heading
is the band's end, read after them, and the cut item is whole, under its own service."""

import pytest
from reportlab.pdfgen import canvas

from reading import read_findings  # noqa: E402

HEIGHT = 842.0
LEFT = [("b", "Make sure that leaflets are available in"), ("i", "other languages on the ward."),
        ("b", "Review the discharge arrangements so that")]
RIGHT = [("i", "patients are not delayed unnecessarily."),
         ("b", "Consider a decision-making tool for the"), ("i", "management of patients with sepsis.")]


def _pdf(path, size: float) -> None:
    """Columns 24 ems wide, 2 ems apart; bullets an em left of their text; the band's columns start level
    under the list's heading, the next heading, in bold, half a line's gap under the left column's last line, its list set across
    the page."""
    page = canvas.Canvas(str(path), pagesize=(595, HEIGHT))
    lead = 1.4 * size

    def text(x: float, y: float, words: str, bold: bool = False, scale: float = 1.0) -> None:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", scale * size)
        page.drawString(x, HEIGHT - y, words)

    y = 90.0
    text(50, y, "Diagnostic imaging", bold=True, scale=1.4)
    y += 2.2 * lead
    text(50, y, "Action the service SHOULD take to improve", bold=True)
    y += 1.6 * lead
    for k, column in enumerate((LEFT, RIGHT)):
        x, at = 50 + k * 26 * size, y
        for kind, words in column:
            if kind == "b":
                text(x, at, "•")
            text(x + size, at, words)
            at += lead
        if k == 0:
            foot = at
    text(50, foot + 0.5 * lead, "Urgent and emergency care", bold=True)
    y = foot + 2.2 * lead
    text(50, y, "Action the service SHOULD take to improve (the areas where the service should make improvements)",
         bold=True)
    y += 1.6 * lead
    text(50, y, "•")
    text(50 + size, y, "Review how learning from incidents is shared with staff across both of the hospital's sites.")
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 11.0])
def test_a_heading_under_a_band_is_read_after_the_next_columns_lines(tmp_path, size):
    path = tmp_path / "report.pdf"
    _pdf(path, size)
    found = [(f.kind, f.service, " ".join(f.text.split()))
             for f in read_findings(path)]
    assert found == [
        ("should", "Diagnostic imaging", "Make sure that leaflets are available in other languages on the ward."),
        ("should", "Diagnostic imaging", "Review the discharge arrangements so that patients are not delayed unnecessarily."),
        ("should", "Diagnostic imaging", "Consider a decision-making tool for the management of patients with sepsis."),
        ("should", "Urgent and emergency care",
         "Review how learning from incidents is shared with staff across both of the hospital's sites."),
    ]
