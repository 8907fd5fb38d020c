"""Round seven d of issue 10: an outside tester's own small reports, made again here with
reportlab at several type sizes (all geometry is in ems of the type): a table whose kind
column sits right of the statement, level with its last line (or its first), should rows having no
regulation cell; a short right column beside a long left one that runs on under its own
headings; and an assessment's quality-statement score set as a label over the narrative."""

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from reading import read_findings  # noqa: E402

WIDTH, HEIGHT = 595.0, 842.0


class _Page:
    """A reportlab page written top-down: `put` sets text at a top (in points from the page's
    top), `para` wraps text to a width and returns the top under it (leading 1.2 em)."""

    def __init__(self, path, size: float):
        self.canvas, self.size = canvas.Canvas(str(path), pagesize=(WIDTH, HEIGHT)), size

    def put(self, text: str, x: float, top: float, size: float | None = None, bold: bool = False) -> None:
        size = size or self.size
        self.canvas.setFont("Helvetica-Bold" if bold else "Helvetica", size)
        self.canvas.drawString(x, HEIGHT - top - size, text)

    def para(self, text: str, x: float, top: float, width: float, size: float | None = None, bold: bool = False,
             indent: float = 0.0, bullet: bool = False) -> float:
        size = size or self.size
        lines = simpleSplit(text, "Helvetica-Bold" if bold else "Helvetica", size, width - indent)
        for n, words in enumerate(lines):
            if bullet and n == 0:
                self.put("•", x, top, size)
            self.put(words, x + indent, top, size, bold)
            top += 1.2 * size
        return top

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


ROWS = [("Ensure that all staff complete mandatory training in safeguarding adults and children, including "
         "level 3 training for staff in the emergency department.", "MUST", "Reg 18"),
        ("Review the process for discharging patients so that discharge summaries reach GPs within two days.",
         "SHOULD", None),
        ("Ensure that medicines are stored securely and fridge temperatures are recorded daily.", "MUST", "Reg 12"),
        ("Consider how patients' records are kept secure on the wards and never left unattended.", "SHOULD", None),
        ("Make sure resuscitation equipment is checked daily in line with policy.", "SHOULD", None)]


@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
@pytest.mark.parametrize("aligned", ["bottom", "top"])
def test_a_kind_cell_right_of_the_statement_is_the_row_s_own_kind(tmp_path, size, aligned):
    """Action | Type | Regulation: the kind cell right of the statement, level with its last
    line or its first, should rows with no regulation cell. Each item's kind is its own row's
    cell (the statements say no modal), its text exactly as printed, nothing from another cell."""
    path = tmp_path / "table.pdf"
    page = _Page(path, size)
    action_w, kind_x, reg_x = 30 * size, 60 + 31 * size, 60 + 37 * size
    page.put("Areas for improvement", 60, 60, 1.6 * size, bold=True)
    top = 60 + 3 * size
    for x, head in ((60, "Action"), (kind_x, "Type"), (reg_x, "Regulation")):
        page.put(head, x, top, bold=True)
    top += 1.8 * size
    for text, kind, regulation in ROWS:
        below = page.para(text, 60, top, action_w)
        row = below - 1.2 * size if aligned == "bottom" else top
        page.put(kind, kind_x, row, bold=True)
        if regulation:
            page.put(regulation, reg_x, row)
        top = below + 0.8 * size
    page.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [(kind.lower(), text) for text, kind, _ in ROWS]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_a_short_right_column_is_read_after_the_long_left_column_and_takes_none_of_its_services(tmp_path, size):
    """Left: a core service's narrative, then, under a larger chapter heading and shorter
    headings, the must list, the column running on alone to its foot in its measure. Right: the should list beside the left column's top.
    The left column is read whole first, and its core service heading is no service of the list
    in the right column."""
    path = tmp_path / "twocol.pdf"
    page = _Page(path, size)
    width, right_x = 22 * size, 60 + 25 * size
    narrative = "Our inspection team found that the ward was busy and that staff were kind to patients. " * 3
    musts = ["The trust must ensure that all staff complete mandatory training in safeguarding adults.",
             "The trust must ensure that medicines are stored securely and checked each day."]
    shoulds = ["The trust should ensure that records are kept securely on the wards.",
               "The trust should review how discharge summaries are sent to GPs."]
    top = page.para("Summary of findings", 60, 50, width, 1.8 * size, bold=True) + 0.6 * size
    for service in ("Urgent and emergency services", "Medical care"):
        top = page.para(service, 60, top, width, 1.4 * size, bold=True) + 0.6 * size
        top = page.para(narrative, 60, top, width) + size
    top = page.para("Outstanding practice and areas for improvement", 60, top, width, 1.8 * size, bold=True)
    top = page.para("Areas for improvement", 60, top + 0.6 * size, width, 1.4 * size, bold=True) + 0.6 * size
    top = page.para("Action the hospital MUST take to improve", 60, top, width, 1.2 * size, bold=True) + 0.6 * size
    for text in musts:
        top = page.para(text, 60, top, width, indent=0.8 * size, bullet=True)
    top = page.para("Action the hospital SHOULD take to improve", right_x, 50, width, 1.2 * size, bold=True) + 0.6 * size
    for text in shoulds:
        top = page.para(text, right_x, top, width, indent=0.8 * size, bullet=True)
    page.save()
    found = read_findings(path)
    assert [(f.kind, f.text) for f in found] == [("must", t) for t in musts] + [("should", t) for t in shoulds]
    assert [f.service for f in found if f.kind == "should"] == [None, None]


@pytest.mark.parametrize("size", [9.0, 12.0])
@pytest.mark.parametrize("label", ["Score: 2 - Evidence shows some shortfalls", "Score 1: significant shortfalls"])
def test_a_score_label_under_a_quality_statement_is_no_part_of_the_breach_narrative(tmp_path, size, label):
    """An assessment report: a quality statement's heading, its score as a label line in body
    type, then the narrative stating a breach. The derived must quotes the narrative from its
    first sentence; the label is not CQC's words of the statement."""
    path = tmp_path / "saf.pdf"
    page = _Page(path, size)
    width = 40 * size
    narrative = ("Care plans were not reviewed when people's needs changed, and one plan still said a person "
                 "could walk alone. The provider was in breach of regulation 9 (Person-centred care) because "
                 "care plans did not reflect people's current needs.")
    top = page.para("Effective", 56, 60, width, 2 * size, bold=True) + size
    top = page.para("Assessing needs", 56, top, width, 1.15 * size, bold=True) + 0.4 * size
    top = page.para(label, 56, top, width) + 0.4 * size
    page.para(narrative, 56, top, width)
    page.save()
    musts = [f for f in read_findings(path) if f.kind == "must"]
    assert [f.text for f in musts] == [narrative]
