"""A spreadsheet printed "over, then down" with no wrap (made here with reportlab at two sizes): each
statement is one cell spilling right into the empty cells beside it, the sheet cut between two columns,
so page 1 holds each row's Ref, Type ("M01" | "MUST"), service and the start of its statement up to the
cut, often inside a word, and page 2 the rest of each long statement at its left edge, level with its
row, beside the regulation and lead columns. Only the letters each page shows are stored: page 2's piece
starts where it falls past the cut or, in a second print, flush at the page's edge. Each statement is read whole, from page 1, of the kind its Type cell says. Before, every statement
stopped at the cut ("… assessment wit") and the "M01 MUST" cells were read as items saying "MUST"."""

import pytest

pytest.importorskip("reportlab")

from reportlab.pdfgen import canvas  # noqa: E402

from reading import read_findings  # noqa: E402

ROWS = [
    ("M01", "MUST", "Urgent and emergency care",
     "The trust must ensure that people arriving by ambulance are assessed by a clinician within fifteen minutes.",
     "Reg 12(2)(a)"),
    ("M02", "MUST", "Medical care", "The trust must ensure that food and fluid charts on the wards are completed "
     "and reviewed by a nurse every shift.", "Reg 14(4)(a)"),
    ("M03", "MUST", "Surgery", "The trust must ensure that the surgical safety checklist is completed in full "
     "before every operation begins.", "Reg 12(2)(b)"),
    ("S01", "SHOULD", "Medical care", "The trust should review how discharge letters are shared with care homes "
     "on the day people return there.", ""),
    ("S02", "SHOULD", "Surgery", "The trust should ensure that staff on the day surgery unit know how to report "
     "a safeguarding concern out of hours.", "Reg 13"),
    ("S03", "SHOULD", "Urgent and emergency care", "The trust should continue to reduce waits.", ""),
]


def _print(path, size: float, flush: bool) -> None:
    """The sheet on two landscape pages cut at `cut`: each row's statement glyphs placed one by one, page 1
    showing the letters wholly left of the cut, page 2 the rest (`flush`: its piece starts at its edge)."""
    width, height, margin = 842.0, 595.0, 36.0
    pdf = canvas.Canvas(str(path), pagesize=(width, height))
    ref_x, type_x, service_x, text_x = margin, margin + 4 * size, margin + 10 * size, margin + 30 * size
    cut = width - margin - 6 * size  # the page break between columns F and G
    lead = 1.6 * size
    pieces: list[tuple] = []  # (baseline, (first letter past the cut, its x past it) or None, text, regulation)

    def header(page: int) -> None:
        pdf.setFont("Helvetica", 0.8 * size)
        pdf.drawString(margin, height - 20, "Westvale Hospitals NHS Trust")
        pdf.drawRightString(width - margin, height - 20, f"CQC action tracker - page {page} of 2")

    header(1)
    top = 60.0
    pdf.setFont("Helvetica-Bold", size)
    for x, title in ((ref_x, "Ref"), (type_x, "Type"), (service_x, "Core service"), (text_x, "CQC statement")):
        pdf.drawString(x, height - top, title)
    for kind in ("MUST", "SHOULD"):
        top += lead
        pdf.setFont("Helvetica-Bold", size)
        pdf.drawString(ref_x, height - top, f"Action the trust {kind} take to improve")
        for ref, row_kind, service, text, regulation in ROWS:
            if row_kind != kind:
                continue
            top += lead
            pdf.setFont("Helvetica", size)
            for x, cell in ((ref_x, ref), (type_x, row_kind), (service_x, service)):
                pdf.drawString(x, height - top, cell)
            x, start = text_x, None
            for k, char in enumerate(text):
                wide = pdf.stringWidth(char, "Helvetica", size)
                if x + wide <= cut:
                    pdf.drawString(x, height - top, char)
                elif start is None:
                    start = (k, x - cut)  # the first letter not wholly on page 1, and where it starts
                x += wide
            pieces.append((top, start, text, regulation))
    pdf.showPage()
    header(2)
    pdf.setFont("Helvetica-Bold", size)
    pdf.drawString(margin + 20 * size, height - 60, "Regulation")
    pdf.drawString(margin + 28 * size, height - 60, "Lead")
    pdf.setFont("Helvetica", size)
    for top, start, text, regulation in pieces:
        if start is not None:
            k, offset = start  # page 2 shows the rest where it falls past the cut (a letter the cut runs
            k += text[k] == " "  # through, from the page's edge), or set flush there
            pdf.drawString(margin + (0 if flush else max(offset, 0) + (text[start[0]] == " ")
                                     * pdf.stringWidth(" ", "Helvetica", size)), height - top, text[k:])
        if regulation:
            pdf.drawString(margin + 20 * size, height - top, regulation)
        pdf.drawString(margin + 28 * size, height - top, "Chief Nurse")
    pdf.showPage()
    pdf.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("flush", [False, True])
def test_a_statement_spilled_over_the_page_cut_is_read_whole(tmp_path, size, flush):
    path = tmp_path / "tracker.pdf"
    _print(path, size, flush)
    assert [(f.kind, f.page, f.text) for f in read_findings(path)] == [
        (kind.lower(), 1, text) for _, kind, _, text, _ in ROWS]


def test_two_pages_of_a_list_on_one_baseline_grid_stay_apart(tmp_path):
    """A list run over two pages set on one grid: page 1's lines run to the measure and page 2's start at
    the margin level with them, but no line end cuts a word the next page's line finishes: each page's
    lines stay its own."""
    from reportlab.lib.utils import simpleSplit

    path = tmp_path / "list.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    items = [text for _, _, _, text, _ in ROWS[:5]] * 2
    size, lead, measure = 10.0, 13.0, 300.0
    pdf.setFont("Helvetica-Bold", 14)
    pdf.drawString(50, 842 - 60, "Action the trust MUST take to improve")
    for half in (items[:5], items[5:]):
        top = 90.0
        for text in half:
            for k, words in enumerate(simpleSplit(text, "Helvetica", size, measure)):
                pdf.setFont("Helvetica", size)
                if k == 0:
                    pdf.drawString(50, 842 - top, "\u2022")
                pdf.drawString(62, 842 - top, words)
                top += lead
            top += 0.5 * lead
        pdf.showPage()
    pdf.save()
    assert [f.text for f in read_findings(path)] == items
