"""A location's cover whose ratings grid rates one core service on its row ("Surgery  Requires
improvement" under the hospital's overall rating: an independent hospital inspected for one service) is
the location's report, as a grid of several services is: the letter's lists under it are no service's.
Before, the one service the cover named anywhere was the report's, and every list outside a service's
chapter took it. A core service's report, naming its service over the title and rating it by the
report's own labels, keeps the service on every statement."""

import pytest

pytest.importorskip("reportlab")

from reading import doc_findings, read_doc  # noqa: E402
from cqcplan.pipeline.metadata import cover_service  # noqa: E402

SERVICE = "Outpatients"
ITEMS = ["Ensure that clinic rooms are cleaned between patients and that the cleaning is recorded.",
         "Ensure that staff complete safeguarding training at the level their role requires."]


def _report(path, size: float, title: list[tuple[str, float]], grid: list[tuple[str, str]]):
    """A cover (title lines in their sizes, then a ratings grid: label and rating on a row) and a page
    with a letter's must list."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(60 * size, 84 * size))
    base = 78 * size
    for text, scale in title:
        c.setFont("Helvetica-Bold", scale * size)
        c.drawString(5 * size, base, text)
        base -= 1.6 * scale * size
    base -= 2 * size
    c.setFont("Helvetica", size)
    for label, rating in grid:
        c.drawString(5 * size, base, label)
        c.drawString(36 * size, base, rating)
        base -= 1.8 * size
    c.showPage()
    base = 78 * size
    c.setFont("Helvetica-Bold", 1.4 * size)
    c.drawString(5 * size, base, "Letter from the Chief Inspector of Hospitals")
    base -= 2.4 * size
    c.setFont("Helvetica", size)
    c.drawString(5 * size, base, "We inspected the clinic in March and found areas for improvement.")
    base -= 2 * size
    c.setFont("Helvetica-Bold", size)
    c.drawString(5 * size, base, "Importantly, the provider must:")
    base -= 1.6 * size
    c.setFont("Helvetica", size)
    for item in ITEMS:
        c.drawString(5 * size, base, f"\u2022 {item}")
        base -= 1.6 * size
    c.save()
    return path


def _services(path) -> tuple[str | None, list[str | None]]:
    doc = read_doc(path)
    cover = cover_service(doc)
    found = doc_findings(doc, path.name, default_service=cover)
    assert [f.text for f in found] == ITEMS
    return cover, [f.service for f in found]


GRID = [("Are services safe?", "Good"), ("Are services effective?", "Requires improvement"),
        ("Are services caring?", "Good"), ("Are services responsive?", "Good"), ("Are services well-led?", "Good")]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_core_service_the_cover_rates_on_its_row_is_the_locations(tmp_path, size):
    path = _report(tmp_path / "hospital.pdf", size, [("Brookfield Clinic", 2.2), ("Quality Report", 1.6)],
                   [("Overall rating for this hospital", "Requires improvement"), (SERVICE, "Requires improvement")] + GRID)
    assert _services(path) == (None, [None, None])


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_core_service_named_over_the_title_is_the_reports(tmp_path, size):
    service = "Community health services for adults"
    path = _report(tmp_path / "core.pdf", size, [("Eastmoor Community NHS Trust", 2.2), (service, 1.4), ("Quality Report", 1.6)],
                   [("Overall rating for this core service", "Requires improvement")] + GRID)
    assert _services(path) == (service, [service, service])


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_line_of_facts_naming_the_service_with_its_rating_names_the_reports_service(tmp_path, size):
    """A poster's subtitle, a line of facts ("X NHS Trust · Outpatients: rated Requires improvement", its
    fields set as lines of their own, right over the list's first statement), is no ratings grid's row:
    its service is the report's."""
    from reportlab.pdfgen import canvas

    path = tmp_path / "poster.pdf"
    c = canvas.Canvas(str(path), pagesize=(60 * size, 84 * size))
    c.setFont("Helvetica-Bold", 2 * size)
    c.drawString(5 * size, 78 * size, "Our improvement wall")
    c.setFont("Helvetica", size)
    c.drawString(5 * size, 74 * size, "Brookfield Hospitals NHS Trust")
    c.drawString(5 * size + c.stringWidth("Brookfield Hospitals NHS Trust ", "Helvetica", size), 74 * size,
                 f"\u00b7 {SERVICE}: rated Requires improvement")
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(5 * size, 70 * size, "Action the trust MUST take to improve")
    c.setFont("Helvetica", size)
    for n, item in enumerate(ITEMS):
        c.drawString(5 * size, (67 - 2 * n) * size, f"\u2022 {item}")
    c.save()
    assert _services(path) == (SERVICE, [SERVICE, SERVICE])
