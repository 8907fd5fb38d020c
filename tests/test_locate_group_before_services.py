"""A list grouped by core service whose first group names none ("Trust-wide"), on a first page that
names one core service only in that list (a letter to one service's director, read as a cover naming
its service): the trust-wide items are no service's, as a group naming none after the services is.
Before, they took the one service the first page names (locate.py `_groups_services`)."""

import pytest

pytest.importorskip("reportlab")

from reading import doc_findings, read_doc  # noqa: E402
from cqcplan.pipeline.metadata import cover_service  # noqa: E402

SERVICE = "Wards for older people with mental health problems"
GROUPS = [("Trust-wide", None, ["The trust must ensure that ligature risk assessments are reviewed every year.",
                                "The trust must ensure that staff complete training in the Mental Health Act."]),
          (SERVICE, SERVICE, ["The trust must ensure that falls risk assessments are completed on admission."])]


def _letter(path, size: float):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=(62 * size, 88 * size))
    base = 80 * size

    def draw(text: str, x: float, font: str = "Helvetica", scale: float = 1.0, gap: float = 1.3):
        nonlocal base
        c.setFont(font, scale * size)
        c.drawString(x * size, base, text)
        base -= gap * size

    draw("Dear Dr Okafor,", 5, gap=2.0)
    draw("I am writing with the actions from the CQC report that apply to your service.", 5, gap=2.4)
    draw("Action the trust MUST take to improve", 5, "Helvetica-Bold", 1.1, 2.0)
    for group, _, items in GROUPS:
        draw(group, 5.5, "Helvetica-Bold", 0.95, 1.6)
        for item in items:
            draw(f"\u2013 {item}", 6, gap=1.6)
    draw("Yours sincerely,", 5)
    c.save()
    return path


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_group_naming_no_service_before_the_services_is_no_services(tmp_path, size):
    path = _letter(tmp_path / "letter.pdf", size)
    doc = read_doc(path)
    assert cover_service(doc) is None  # its one service is set under the list's heading: a group's, no cover's (read163)
    # as if a cover named it: the trust-wide group still names none
    found = doc_findings(doc, path.name, default_service=SERVICE)
    assert [(f.service, f.text) for f in found] == [(service, item) for _, service, items in GROUPS for item in items]
