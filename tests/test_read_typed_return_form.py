"""A provider's action-plan return form: its page content the grid, the form's part headings ("Part A:
Actions the provider MUST take"), each row's reference and the column heads; every entry (core
service, statement, lead, date) typed into the grid's cells as a text box with its own appearance
(a viewer's "Add Text" tool, never flattened). What prints is read in its place: the part label is the
heading's numbering, a row whose entries are hidden prints only its reference, an empty row the rows
under it still belong to, and a text box typed over the form's printed instructions (a reviewer's
remark, in no cell) stays out."""

import pytest

pytest.importorskip("reportlab")
pikepdf = pytest.importorskip("pikepdf")

from cqcplan.api import extract_report  # noqa: E402
from cqcplan.pipeline.structure_patterns import opener_kind, service_name  # noqa: E402

ROWS = {
    "must": [("Surgery", "The provider must ensure that swab counts are recorded for every operation. "
              "(Regulation 12(2)(b))", "Theatre lead", "31/03/2025"),
             ("Surgery", "The provider must ensure that the theatre recovery area has a nurse trained in "
              "advanced life support at all times. (Regulation 18(2)(a))", "Head of nursing", "30/04/2025"),
             ("Outpatients", "The provider must ensure that clinic rooms are cleaned between patients and that "
              "cleaning is recorded. (Regulation 15(1)(a))", "Outpatient manager", "28/02/2025")],
    "should": [("Surgery", "The provider should ensure that patients are given written advice when they leave.",
                "Ward manager", "30/06/2025"),
               ("Outpatients", "The provider should review how long patients wait in clinic after their "
                "appointment time.", "Clinic lead", "31/07/2025")],
}
HIDDEN = ("Surgery", "The provider must ensure that the old consent leaflet is withdrawn. (Regulation 11(1))",
          "Theatre lead", "31/01/2025")
REMARK = "The provider must also send us the new rota."
WIDTHS = (4, 9, 30, 9, 7)  # the columns in ems: ref, core service, action, lead, target date
HEADS = ("Ref", "Core service", "Action (wording from the report)", "Lead", "Target date")


def _wrapped(text: str, size: float, width: float) -> list[str]:
    from reportlab.lib.utils import simpleSplit

    return simpleSplit(text, "Helvetica", size, width)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _form(path, size: float, hidden_flags: int):
    """Two pages, Part A and Part B, each a ruled table of rows `size` type sets 5 lines high; the must
    table's second row the hidden one, its reference printed, its entries hidden."""
    from reportlab.pdfgen import canvas

    width, height = 595.0, 842.0
    left, row_h = 3 * size, 5.5 * size
    xs = [left]
    for w in WIDTHS:
        xs.append(xs[-1] + w * size)
    c = canvas.Canvas(str(path), pagesize=(width, height))
    cells: list[tuple[int, float, float, float, float, str, bool]] = []  # page, x0, y0, x1, y1, text, printed
    tables = {"must": [(*ROWS["must"][0], True), (*HIDDEN, False), *((*r, True) for r in ROWS["must"][1:])],
              "should": [(*r, True) for r in ROWS["should"]]}
    for page, (kind, rows) in enumerate(tables.items()):
        top = height - 4 * size
        c.setFont("Helvetica-Bold", 1.5 * size)
        c.drawString(left, top, "Provider action plan following CQC inspection")
        c.setFont("Helvetica", size)
        c.drawString(left, top - 2 * size, "Provider: Brookfield Clinics Limited")
        instructions = top - 4 * size
        c.drawString(left, instructions, "Use this form to record each action set out in the inspection report. "
                                         "You must complete every row.")
        heading = instructions - 3 * size
        c.setFont("Helvetica-Bold", 1.2 * size)
        part = "A" if kind == "must" else "B"
        c.drawString(left, heading, f"Part {part}: Actions the provider {kind.upper()} take")
        y = heading - 1.5 * size
        c.setFont("Helvetica-Bold", size)
        c.rect(xs[0], y - 1.6 * size, xs[-1] - xs[0], 1.6 * size)
        for x, head in zip(xs, HEADS):
            c.drawString(x + 0.3 * size, y - 1.15 * size, head)
        y -= 1.6 * size
        c.setFont("Helvetica", size)
        for n, (service, text, lead, due, printed) in enumerate(rows):
            for x0, x1 in zip(xs, xs[1:]):
                c.rect(x0, y - row_h, x1 - x0, row_h)
            c.drawString(xs[0] + 0.3 * size, y - 1.3 * size, f"{'M' if kind == 'must' else 'S'}{n + 1}")
            for column, value in zip(range(1, 5), (service, text, lead, due)):
                cells.append((page, xs[column] + 0.2 * size, y - row_h + 0.2 * size, xs[column + 1] - 0.2 * size,
                              y - 0.2 * size, value, printed))
            y -= row_h
        c.showPage()
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    font = pikepdf.Dictionary(Helv=pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1,
                                                      BaseFont=pikepdf.Name.Helvetica))

    def typed(page: int, x0: float, y0: float, x1: float, y1: float, text: str, flags: int) -> None:
        lines = _wrapped(text, size, x1 - x0 - 0.4 * size)
        body = " ".join(f"1 0 0 1 {0.2 * size} {y1 - y0 - (1.1 + 1.2 * k) * size} Tm ({_escaped(line)}) Tj"
                        for k, line in enumerate(lines))
        look = pikepdf.Stream(pdf, f"BT /Helv {size} Tf 0 0 0.5 rg {body} ET".encode())
        look.Type, look.Subtype, look.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, x1 - x0, y1 - y0]
        look.Resources = pikepdf.Dictionary(Font=font)
        annot = pdf.make_indirect(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, F=flags, AP=pikepdf.Dictionary(N=look),
            Rect=[x0, y0, x1, y1], Contents=pikepdf.String(text), DA=pikepdf.String(f"/Helv {size} Tf 0 0 0.5 rg")))
        target = pdf.pages[page]
        if "/Annots" not in target:
            target.Annots = pdf.make_indirect(pikepdf.Array())
        target.Annots.append(annot)

    for page, x0, y0, x1, y1, text, printed in cells:
        typed(page, x0, y0, x1, y1, text, 4 if printed else hidden_flags)
    remark_y = height - 8 * size  # over the printed instructions' line, in no cell of the grid
    typed(0, xs[2], remark_y - 1.2 * size, xs[2] + 0.55 * size * len(REMARK), remark_y + 1.2 * size, REMARK, 4)
    pdf.save(path)
    return path


def test_a_part_label_before_a_list_heading_is_its_numbering():
    assert opener_kind("Part A: Actions the provider MUST take (breaches of regulations)") == "must"
    assert opener_kind("Part B – Actions the provider SHOULD take") == "should"
    assert opener_kind("Section 2 Action the trust MUST take to improve") == "must"
    assert opener_kind("Part II. Actions the provider SHOULD take") == "should"
    assert service_name("Part 3: Surgery") == "Surgery"
    assert opener_kind("Part of the actions the provider must take") is None
    assert opener_kind("Partners: Actions the provider MUST take") is None


@pytest.mark.parametrize("hidden_flags", [2, 6])  # hidden; hidden and print
@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_return_form_typed_in_text_boxes_is_read_row_by_row_past_its_hidden_row(tmp_path, size, hidden_flags):
    report = extract_report(_form(tmp_path / "report.pdf", size, hidden_flags))
    assert [(f.kind, f.page, f.service, f.text) for f in report.findings] == [
        (kind, 1 if kind == "must" else 2, service, text) for kind, rows in ROWS.items() for service, text, _, _ in rows]


PRINTED = ["The provider must ensure that medicines are stored at the right temperature.",
           "The provider must ensure that staff receive regular supervision."]
NOTE = "Check this with pharmacy"


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_text_box_typed_over_the_report_s_own_text_inside_its_box_is_a_remark(tmp_path, size):
    """A report's list printed in a ruled box, a reviewer's text box typed over its first statement's
    words, inside the box: a remark on the report's text, not a field filled in, so it stays out."""
    from reportlab.pdfgen import canvas

    from test_read_round7e import _findings

    path = tmp_path / "report.pdf"
    c = canvas.Canvas(str(path), pagesize=(595.0, 842.0))
    top = 842.0 - 8 * size
    c.rect(50, top - (4 + 2 * len(PRINTED)) * size, 44 * size, (6 + 2 * len(PRINTED)) * size)
    c.setFont("Helvetica-Bold", 1.2 * size)
    c.drawString(60, top, "Action the provider MUST take to improve")
    c.setFont("Helvetica", size)
    rows = [top - (2.5 + 2 * n) * size for n in range(len(PRINTED))]
    for y, text in zip(rows, PRINTED):
        c.drawString(60, y, "\u2022")
        c.drawString(60 + 1.5 * size, y, text)
    c.save()
    pdf = pikepdf.open(path, allow_overwriting_input=True)
    x0, y0 = 60 + 12 * size, rows[0] - 0.3 * size
    x1, y1 = x0 + 0.6 * size * len(NOTE), y0 + 1.3 * size
    look = pikepdf.Stream(pdf, f"BT /Helv {size} Tf 1 0 0 rg 2 {0.3 * size} Td ({NOTE}) Tj ET".encode())
    look.Type, look.Subtype, look.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, x1 - x0, y1 - y0]
    look.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)))
    pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([pdf.make_indirect(pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.FreeText, F=4, AP=pikepdf.Dictionary(N=look),
        Rect=[x0, y0, x1, y1], Contents=pikepdf.String(NOTE), DA=pikepdf.String(f"/Helv {size} Tf 1 0 0 rg")))]))
    pdf.save(path)
    _, found = _findings(path)
    assert [(f.kind, f.text) for f in found] == [("must", text) for text in PRINTED]
