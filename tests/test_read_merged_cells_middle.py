"""A ruled table whose "Core service" and "Type" cells are merged over the rows they label and set
vertical-align middle: each name and each "MUST" / "SHOULD" prints beside a middle row (with an even
number of rows, beside the rule between two), a service's name wrapped on two lines in its narrow
column, the regulation in a column of its own, centred on its row. A merged cell labels every row its
rules span, judged from the cell, not from the row it prints beside: its lines are read whole before
the first of them, level with it (merged_cells.py); a label in a ruled cell is no callout whose middle a
row's rule joins to the rows (callouts.py); the regulations column is read after the rows, each cell
the citation of the row it stands beside or is centred on (locate's `_cite_row`). The statements open
"Ensure …" / "Review …", so only the "Type" cells give their kind."""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

from cqcplan import api  # noqa: E402

# (service, kind, statement, regulation or "")
ROWS = [("Surgery", "MUST", "Ensure that all staff working in theatres complete immediate life support training.", "Regulation 18(2)(a)"),
        ("Surgery", "MUST", "Ensure that swab and instrument counts are recorded for every operation.", "Regulation 12(2)(b)"),
        ("Surgery", "MUST", "Ensure that consent forms record the risks discussed with the patient.", "Regulation 11(1)"),
        ("Surgery", "SHOULD", "Review how the recovery area's call bells are tested.", ""),
        ("Surgery", "SHOULD", "Consider auditing the time patients spend fasting before an operation.", ""),
        ("Outpatients", "MUST", "Ensure that clinic rooms are cleaned in line with the cleaning schedule.", "Regulation 12(2)(h)"),
        ("Outpatients", "MUST", "Ensure that records are not left unattended in the reception area.", "Regulation 17(2)(d)"),
        ("Outpatients", "SHOULD", "Display chaperone posters in every consulting room.", ""),
        ("Outpatients", "SHOULD", "Review how long patients wait after their appointment time.", ""),
        ("Diagnostic imaging", "MUST", "Ensure that local rules for each X-ray room are reviewed and signed.", "Regulation 12(2)(b)"),
        ("Diagnostic imaging", "SHOULD", "Record the pregnancy status check for all patients aged 12 to 55.", ""),
        ("Diagnostic imaging", "SHOULD", "Consider providing information leaflets in languages other than English.", "")]


def _spans(column: int) -> list[tuple[int, int]]:
    """Runs of equal keys (service, or service and kind) as (first, last) table rows, under the header."""
    key = [row[:column + 1] for row in ROWS]
    runs, start = [], 0
    for k in range(1, len(key) + 1):
        if k == len(key) or key[k] != key[start]:
            runs.append((start + 1, k))
            start = k
    return runs


def _report(path: Path, size: float) -> None:
    body = ParagraphStyle("body", fontName="Helvetica", fontSize=size, leading=1.25 * size)
    bold = ParagraphStyle("bold", parent=body, fontName="Helvetica-Bold")
    data = [[Paragraph(t, bold) for t in ("Core service", "Type", "Action", "Regulation")]]
    for k, (service, kind, text, regulation) in enumerate(ROWS):
        first_of = [k + 1 == a for a, _ in _spans(0)], [k + 1 == a for a, _ in _spans(1)]
        data.append([Paragraph(service, bold) if any(first_of[0]) else "", Paragraph(kind, bold) if any(first_of[1]) else "",
                     Paragraph(text, body), Paragraph(regulation, body)])
    style = [("GRID", (0, 0), (-1, -1), 0.5, (0, 0, 0)), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    style += [("SPAN", (column, a), (column, b)) for column in (0, 1) for a, b in _spans(column)]
    table = Table(data, colWidths=[7 * size + 12, 4.5 * size + 12, 19 * size, 8 * size + 12], style=TableStyle(style))
    heading = ParagraphStyle("h", parent=bold, fontSize=1.3 * size, leading=1.6 * size)
    intro = ("The Care Quality Commission inspected the hospital in April 2018. The table below lists the "
             "actions the provider must or should take, grouped by core service.")
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph("Areas for improvement", heading), Paragraph(intro, body),
                                                     Spacer(1, size), table])


@pytest.mark.parametrize("size", [7.0, 9.0, 11.0])
def test_a_merged_cell_centred_down_its_rows_labels_every_row_it_spans(tmp_path, size):
    path = tmp_path / "merged.pdf"
    _report(path, size)
    found = api.extract_report(path).findings
    assert [(f.service, f.kind, f.text) for f in found] == [(s, k.lower(), t) for s, k, t, _ in ROWS]
    cited = [f"Regulation {r.number}{r.paragraphs}" if r else "" for r in (next(iter(f.regulations), None) for f in found)]
    assert cited[:3] + cited[5:7] + cited[9:10] == [r for *_, r in ROWS if r]
