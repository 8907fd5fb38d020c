"""An action log printed "two across" on a landscape page (made here with reportlab at two sizes): the
table's header row (Ref | CQC statement | Exec lead | RAG) printed twice on one row, the log running down
the left half, then down the right half, the rows of the two halves on baselines of their own. One row is
cut at the left half's foot and goes on at the right half's top under its reference marked "cont."; the
last row is on the next page, under the header row printed once; the
sub-rows name a hospital and its core service ("Northfield Hospital: Surgery"); a RAG cell beside each
statement. Each statement is read whole, with its service, none running into the row beside it. Before,
the halves were read across, a left row's lines between a right row's."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from reading import read_findings  # noqa: E402

MUSTS = [
    (None, "The trust must ensure that the risk register records the actions taken to reduce long waits for "
           "planned care. (Regulation 17(2)(b))", "Medical Director", "Red"),
    ("Northfield Hospital: Surgery", "The trust must ensure that the surgical safety checklist is completed in "
     "full before every operation begins. (Regulation 12(2)(b))", "Chief Nurse", "Amber"),
    ("Northfield Hospital: Surgery", "The trust must ensure that theatre staff complete their mandatory training "
     "in the safe handling of medicines. (Regulation 18(2)(a))", "COO", "Green"),
    ("Northfield Hospital: Maternity", "The trust must ensure that fetal monitoring is reviewed every hour by a "
     "second midwife during labour. (Regulation 12(2)(a))", "Chief Nurse", "Red"),
]
SHOULDS = [
    (None, "The trust should ensure that the freedom to speak up guardian has protected time for the role.",
     "Trust Secretary", "Green"),
    ("Northfield Hospital: Maternity", "The trust should review how interpreters are booked for women who do "
     "not speak English at their first appointment.", "Chief Nurse", "Amber"),
    ("Northfield Hospital: Maternity", "The trust should ensure that birth partners know how to raise a "
     "concern at night.", "Medical Director", "Green"),
]


def _log(path, size: float) -> None:
    """The log on one landscape page, down the left half to `foot`, then down the right half."""
    width, height = 842.0, 595.0
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    step = width / 2 - 10
    measure = 20 * size
    ref_x, text_x = 30.0, 30 + 3.2 * size
    rag_x = text_x + measure + 1.5 * size  # the RAG cell an em and a half right of the longest lines
    pdf.setFont("Helvetica-Bold", 1.6 * size)
    pdf.drawString(30, height - 40, "Appendix B: CQC inspection action log")
    pdf.setFont("Helvetica", size)
    pdf.drawString(30, height - 40 - 2.5 * size, "The log is printed two across: read down the left half, then the right.")
    head_top = 40 + 6 * size
    for shift in (0.0, step):
        pdf.setFont("Helvetica-Bold", 0.85 * size)
        for x, cell in ((ref_x, "Ref"), (text_x, "CQC statement"), (rag_x, "RAG")):
            pdf.drawString(x + shift, height - head_top, cell)
    rows = []
    for kind, items, letter in (("MUST", MUSTS, "M"), ("SHOULD", SHOULDS, "S")):
        rows.append(("band", f"Action the trust {kind} take to improve"))
        group = object()
        for n, (service, text, owner, rag) in enumerate(items, 1):
            if service != group:
                rows.append(("group", service or "Trust-wide"))
                group = service
            rows.append(("row", f"{letter}{n}", text, owner, rag))
    foot = head_top + 21 * size  # the left half ends inside the fourth must's statement
    shift, top = 0.0, head_top + 1.6 * size
    def footer() -> None:
        pdf.setFont("Helvetica", 0.75 * size)
        pdf.drawString(30, 30, "Northfield Hospitals NHS Trust | Board of Directors | actions rated red must be escalated")

    for row in rows:
        if row[0] == "row" and row[1] == "S3":  # the log's last row on the next page, under the header row once
            footer()
            pdf.showPage()
            pdf.setFont("Helvetica-Bold", 0.85 * size)
            for x, cell in ((ref_x, "Ref"), (text_x, "CQC statement"), (rag_x, "RAG")):
                pdf.drawString(x, height - 60, cell)
            shift, top = 0.0, 60 + 1.6 * size
        if row[0] != "row":
            pdf.setFont("Helvetica-Bold", size)
            pdf.drawString(ref_x + shift, height - top, row[1])
            top += 1.5 * size
            continue
        _, ref, text, owner, rag = row
        for k, words in enumerate(simpleSplit(text, "Helvetica", size, measure)):
            if shift == 0.0 and top > foot and k:
                shift, top = step, head_top + 1.9 * size  # the right half, on baselines of its own
                pdf.setFont("Helvetica", 0.65 * size)
                pdf.drawString(ref_x + shift, height - top, f"{ref} cont.")
            pdf.setFont("Helvetica", size)
            if k == 0:
                pdf.drawString(ref_x + shift, height - top, ref)
                pdf.setFont("Helvetica-Bold", 0.7 * size)
                pdf.drawString(rag_x + shift, height - top, rag)
                pdf.setFont("Helvetica", size)
            pdf.drawString(text_x + shift, height - top, words)
            top += 1.25 * size
        top += 0.8 * size
    footer()
    pdf.showPage()
    pdf.save()


@pytest.mark.parametrize("size", [9.0, 10.5])
def test_a_log_printed_two_across_is_read_down_each_half(tmp_path, size):
    path = tmp_path / "log.pdf"
    _log(path, size)
    service = {None: None, "Northfield Hospital: Surgery": "Surgery", "Northfield Hospital: Maternity": "Maternity"}
    assert [(f.kind, f.service, f.text) for f in read_findings(path)] == [
        *(("must", service[s], text) for s, text, _, _ in MUSTS),
        *(("should", service[s], text) for s, text, _, _ in SHOULDS)]


LOG = [("The trust must ensure that ward staff record every patient's early warning score at the set times.",
        "Chief Nurse"),
       ("The trust must ensure that controlled drugs are checked and recorded in line with policy.",
        "Medical Director"),
       ("The trust must ensure that all staff complete their basic life support training on time.",
        "Trust Secretary"),
       ("The trust must ensure that the discharge lounge is staffed from eight in the morning.", "COO")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_a_lead_cell_a_narrow_gap_right_of_its_statement_is_no_part_of_it(tmp_path, size):
    """A log's statement column set so tight that one row's first line ends only 0.7 em short of the
    lead's cell, whose column starts at one x on every row: the lead is the next cell, not the
    statement's words (a space wider than the line's word spaces, at a cell edge). Before, a gap under
    0.8 em joined them ("… at the Chief Nurse set times.")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "log.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(842.0, 595.0))
    ref_x, text_x = 40.0, 40 + 3 * size
    first = [simpleSplit(text, "Helvetica", size, 26 * size)[0] for text, _ in LOG]
    lead_x = text_x + max(stringWidth(words, "Helvetica", size) for words in first) + 0.7 * size
    pdf.setFont("Helvetica-Bold", size)
    pdf.drawString(ref_x, 595 - 60, "Action the trust MUST take to improve")
    for x, cell in ((ref_x, "Ref"), (text_x, "CQC statement"), (lead_x, "Exec lead")):
        pdf.drawString(x, 595 - 80, cell)
    top = 80 + 1.8 * size
    for n, (text, owner) in enumerate(LOG, 1):
        if n == 3:  # a sub-row naming the service, set across the lead's column
            pdf.setFont("Helvetica-Bold", size)
            pdf.drawString(ref_x, 595 - top, "Northfield General Hospital: Medical care (including older people's care)")
            top += 1.6 * size
        pdf.setFont("Helvetica", size)
        pdf.drawString(ref_x, 595 - top, f"M{n}")
        pdf.drawString(lead_x, 595 - top, owner)
        for words in simpleSplit(text, "Helvetica", size, 26 * size):
            pdf.drawString(text_x, 595 - top, words)
            top += 1.25 * size
        top += 0.8 * size
    pdf.showPage()
    pdf.save()
    assert [f.text for f in read_findings(path)] == [text for text, _ in LOG]
