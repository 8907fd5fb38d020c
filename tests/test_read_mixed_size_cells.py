"""Outside set HK's r1: an action tracker printed from a spreadsheet, one row per statement ("Ref | Type |
Action | Lead | Due"), its cells set at sizes of their own and aligned to the row's foot. A statement too long
for its cell is shrunk to fit it (each at its own size, its last word flush at the cell's right edge, the
lead's cell a widened space after it, nearer than a column gap); one set to wrap puts the row's reference,
kind, lead and due date level with its last line. A statement never carries another cell's words:

- `_cell_ends` / `_widened` (read.py): a word at a cell edge after text ending flush at one x on several
  rows, a space wider than a word space in either cell's type before it, is the next cell's;
- `_cells_gaps` (gutters.py): the reference and kind cells' wide gaps, as wide as each other, before a
  statement's last line going on at its word space, are no justified line's stretched spaces;
- locate's kind cell level with its statement's last line opens the row's item, the cells right of the
  item on its rows are no part of it, and a kind cell beside a statement is no header cell printed again
  (a summary page's "MUST" heading a column of counts).
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from reportlab.lib.pagesizes import A4, landscape  # noqa: E402
from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from cqcplan.pipeline.furniture import mark_furniture  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

HEADING = "Action the trust MUST and SHOULD take to improve"
UEC, MED = "Urgent and emergency care", "Medical care"
SHRINK, WRAP = "shrink", "wrap"
ROWS = [
    (UEC, "UEC01", "MUST", SHRINK, "Head of Nursing ED",
     "The trust must ensure that all patients attending the emergency department are triaged within 15 minutes of "
     "arrival and that the triage process is consistently recorded. (Regulation 12(2)(a))"),
    (UEC, "UEC02", "MUST", WRAP, "Deputy CN",
     "The trust must ensure that there are sufficient numbers of suitably qualified, competent and experienced "
     "paediatric nurses on duty in the children's emergency department at all times. (Regulation 18(1))"),
    (UEC, "UEC03", "SHOULD", SHRINK, "ED Clinical Lead",
     "The trust should ensure that the sepsis screening tool is completed for all patients who meet the screening criteria."),
    (UEC, "UEC04", "SHOULD", SHRINK, "ED Matron",
     "The trust should consider how it can improve the privacy of patients being assessed in the ambulance handover corridor."),
    (MED, "MED01", "MUST", SHRINK, "Div. Dir. Nursing",
     "The trust must ensure that patients' fluid balance charts and food intake records are accurately completed and "
     "reviewed. (Regulation 17(2)(c))"),
    (MED, "MED02", "SHOULD", SHRINK, "Head of Safeguarding",
     "The trust should ensure that all staff complete mandatory training in safeguarding adults at the required level."),
    (MED, "MED03", "MUST", WRAP, "Surgical Matron",
     "The trust must ensure that emergency equipment on the surgical wards is checked daily and that out-of-date "
     "consumables are removed. (Regulation 15(1)(e))"),
]


def _tracker(path: Path, base: float) -> None:
    """A summary page (its "MUST" / "SHOULD" header cells over counts), then the tracker sheet: cells padded by a
    fifth of the base size, shrink-to-fit statements at whatever size fills their cell, all cells bottom-aligned,
    a border under each row."""
    width, height = landscape(A4)
    page = Canvas(str(path), pagesize=(width, height))
    ref, kind = 20.0, 20.0 + 5 * base
    action = kind + 4.7 * base
    lead = action + 40 * base
    due = lead + 10 * base
    pad = 0.2 * base

    def draw(text: str, x: float, baseline: float, size: float, bold: bool = False) -> None:
        page.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        page.drawString(x, height - baseline, text)

    draw("CQC improvement plan - summary by core service", ref, 40, 1.2 * base, True)
    heads = ("Core service", "MUST", "SHOULD", "Red", "Amber", "Green")
    for x, head in zip((0, 24.5, 30, 35.6, 40, 44.4), heads):
        draw(head, ref + x * base, 40 + 2.5 * base, base, True)
    for n, counts in enumerate(((UEC, "2", "2", "1", "2", "1"), (MED, "2", "1", "1", "1", "1"), ("Grand Total", "4", "3", "2", "3", "2"))):
        y = 40 + (4 + 1.5 * n) * base
        for x, count in zip((0, 29, 35, 39, 43.5, 48), counts):
            draw(count, ref + x * base, y, base, count == "Grand Total" or n == 2)
    page.showPage()
    draw(HEADING, ref, 40, 1.3 * base, True)
    y = 40 + 2.5 * base
    for x, head in ((ref, "Ref"), (kind, "Type"), (action, "Action (wording from CQC report)"), (lead, "Lead"), (due, "Due")):
        draw(head, x, y, 0.95 * base, True)
    service = None
    for name, number, must, setting, owner, text in ROWS:
        if name != service:
            y += 2 * base
            draw(f"Westmarsh General Hospital \u2013 {name}", ref, y, 1.05 * base, True)
            service = name
        if setting == SHRINK:
            size = min(base, (lead - action - 2 * pad) / stringWidth(text, "Helvetica", 1.0))
            y += 3.3 * base
            draw(text, action, y, size)
        else:
            lines = wrapped(text, lead - action - 2 * pad, base)
            y += 1.2 * base * (len(lines) - 1) + 3.3 * base
            for k, words in enumerate(lines):
                draw(words, action, y - 1.2 * base * (len(lines) - 1 - k), base)
        draw(number, ref, y, base)
        draw(must, kind, y, base)
        draw(owner, lead, y, 0.9 * base)
        draw("31/08/2019", due, y, base)
        page.setLineWidth(0.5)
        page.line(ref - pad, height - y - 0.6 * base, width - ref, height - y - 0.6 * base)  # the row's bottom border
    page.showPage()
    page.save()


@pytest.mark.parametrize("base", [8.0, 9.0, 11.0])
def test_cells_at_their_own_sizes_and_aligned_to_the_row_s_foot_stay_out_of_the_statement(tmp_path, base):
    path = tmp_path / "tracker.pdf"
    _tracker(path, base)
    structure = locate(mark_furniture(start_read(path, sha256="0")()))
    assert [(i.kind, " ".join(l.text for l in i.lines)) for i in structure.items] == [
        (must.lower(), text) for _, _, must, _, _, text in ROWS]
