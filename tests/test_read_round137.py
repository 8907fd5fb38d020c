"""Reading round 137, the blind set IJ's infographics, built here at more than one type size.
A "plan on a page" of hexagon-like cells side by side, each holding a tiny bold "MUST" and its
core service centred over its statement: the next cell's caption, level with the cell before's
lines across the page, is no side note floated beside that item (locate.py
`_caption_over_next_item`), so each statement is under its own cell's service. A staircase of
bars rising to the right, each bar's text starting just below its top: the next step down opens
its column level with the foot of the step above's text, and is read as a column of the stretch
beside it, not after that step's text has been cut off (read.py `_opens_column_left`). Each test
fails without its change.
"""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from build import wrapped  # noqa: E402
from reading import read_findings  # noqa: E402

CELLS = [("Urgent and emergency care", "The trust must ensure that patients who arrive by ambulance are handed over "
          "within 15 minutes. (Regulation 12(2)(a))"),
         ("Urgent and emergency care", "The trust must ensure that children waiting in the department are assessed by "
          "a children's nurse. (Regulation 18(1))"),
         ("Medical care", "The trust must ensure that controlled drugs on the medical wards are checked and recorded. "
          "(Regulation 12(2)(g))"),
         ("Surgery", "The trust must ensure that the safer surgery checklist is completed for every patient. "
          "(Regulation 12(2)(b))"),
         ("Maternity", "The trust must ensure that there are enough midwives on the labour ward. (Regulation 18(1))"),
         ("Surgery", "The trust must make sure that resuscitation equipment on surgical wards is checked daily. "
          "(Regulation 15(1)(e))")]


def _honeycomb(path, size: float) -> None:
    """Two rows of three cells at text size `size` (everything scaled with it), the second row set
    half a cell along: in each, "MUST" and the service in bold at 0.77 of the text's size, then the
    statement, every line centred and narrower towards the cell's foot, as a hexagon's."""
    unit = size / 8.2
    wide, tall = 842.0 * unit, 595.0 * unit
    cell = 176 * unit
    c = canvas.Canvas(str(path), pagesize=(wide, tall))
    c.setFont("Helvetica-Bold", 17 * unit)
    c.drawString(36 * unit, tall - 50 * unit, "Action the trust MUST take to improve")
    small = 0.77 * size
    for n, (service, statement) in enumerate(CELLS):
        row, col = divmod(n, 3)
        middle = (36 + 88 + row * 88) * unit + col * cell
        y = tall - (125 + row * 150) * unit
        c.setFont("Helvetica-Bold", small)
        for label in ("MUST", service):
            c.drawCentredString(middle, y, label)
            y -= 1.6 * small
        width = 154 * unit
        c.setFont("Helvetica", size)
        words = statement.split()
        while words:
            line = [words.pop(0)]
            while words and stringWidth(" ".join(line + words[:1]), "Helvetica", size) <= width:
                line.append(words.pop(0))
            c.drawCentredString(middle, y, " ".join(line))
            y -= 1.2 * size
            width -= 8 * unit
    c.setFont("Helvetica", 7 * unit)
    c.drawString(36 * unit, 20 * unit, "Trust Board · CQC improvement honeycomb")
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [8.2, 11.0])
def test_a_cell_s_caption_beside_the_cell_before_heads_its_own_statement(tmp_path, size):
    path = tmp_path / "honeycomb.pdf"
    _honeycomb(path, size)
    found = read_findings(path)
    assert [(f.text, f.service) for f in found] == [(statement, service) for service, statement in CELLS]


STEPS = ["Continue to improve the uptake of cervical screening so that it meets the national target of 80%.",
         "Take steps to identify more patients who are carers and signpost them to support.",
         "Review the system for tracking blank prescription forms and pads through the practice.",
         "Improve the way complaints are recorded so that verbal complaints and learning from them are captured.",
         "Consider how patient feedback about telephone access can be acted on and monitored.",
         "Make sure that the business continuity plan includes contact details for staff and suppliers.",
         "Continue to encourage the patient participation group to meet regularly and involve it in changes."]


def _staircase(path, size: float) -> None:
    """Bars rising to the right at text size `size` (everything scaled with it): each bar's step
    number large at its top left, a small "STEP" at its top right, its statement under them, each
    bar's top nearly seven ems of the text above the one left of it."""
    em = size
    bar, rise = 13 * em, 6.85 * em
    wide, tall = 36 + len(STEPS) * bar + 36, 36 * em + len(STEPS) * rise
    c = canvas.Canvas(str(path), pagesize=(wide, tall))
    c.setFont("Helvetica-Bold", 1.8 * em)
    c.drawString(36, tall - 4 * em, "The areas where the provider should make improvements are:")
    base = 6 * em
    for n, statement in enumerate(STEPS):
        x, top = 36 + n * bar, base + 14 * em + n * rise
        c.setFont("Helvetica-Bold", 2.4 * em)
        c.drawString(x + 0.7 * em, top - 2.9 * em, str(n + 1))
        c.setFont("Helvetica-Bold", 0.77 * em)
        c.drawRightString(x + bar - 1.1 * em, top - 1.4 * em, "STEP")
        c.setFont("Helvetica", em)
        for k, text in enumerate(wrapped(statement, bar - 1.9 * em, em)):
            c.drawString(x + 0.7 * em, top - 4.8 * em - 1.25 * em * k, text)
    c.setFont("Helvetica", 0.8 * em)
    c.drawString(36, 2 * em, "Harlow Mead Surgery · improvement staircase")
    c.showPage()
    c.save()


@pytest.mark.parametrize("size", [8.4, 12.0])
def test_a_staircase_s_next_step_down_is_read_beside_the_step_above(tmp_path, size):
    path = tmp_path / "staircase.pdf"
    _staircase(path, size)
    found = read_findings(path)
    assert sorted(f.text for f in found) == sorted(STEPS)
