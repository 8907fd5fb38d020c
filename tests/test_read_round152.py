"""Reading pages whose stored font widths disagree with where the glyphs are placed, a record's field
labels beside their values, and must/should lists whose headings are drawn as outlines (read152).
Every PDF is built here."""

import pytest

from cqcplan.pipeline.read import start_read

from test_read_round74 import pdf_from_objects

LINES = ["The trust must ensure that staff are trained in safeguarding adults.",
         "Managers should review, every month, the audits of fluid charts (Regulation 12)."]


def _glyphwise_pdf(path, face: str, size: float, stored: int) -> str:
    """`LINES` set glyph by glyph, each by its own text matrix at its real advance in `face` (a base-14
    font, not embedded), no space characters stored, the font's /Widths a flat `stored` units."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    ops = [f"BT /F1 {size} Tf"]
    for n, line in enumerate(LINES):
        x, y = 72.0, 700.0 - 1.5 * size * n
        for ch in line:
            if ch != " ":
                ops.append(f"1 0 0 1 {x:.3f} {y:.3f} Tm ({_escaped(ch)}) Tj")
            x += stringWidth(ch, face, size)
    ops.append("ET")
    stream = "\n".join(ops)
    widths = " ".join([str(stored)] * 95)
    path.write_bytes(pdf_from_objects([
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream",
        f"<< /Type /Font /Subtype /Type1 /BaseFont /{face} /FirstChar 32 /LastChar 126 /Widths [{widths}] >>",
    ]))
    return path


def _escaped(ch: str) -> str:
    return "\\" + ch if ch in "()\\" else ch


@pytest.mark.parametrize("face", ["Helvetica", "Times-Roman"])
@pytest.mark.parametrize("size", [9.0, 14.0])
@pytest.mark.parametrize("stored", [600, 250])
def test_words_come_from_where_glyphs_are_placed_not_from_the_fonts_stored_widths(tmp_path, face, size, stored):
    """Every glyph placed by its own matrix at its real advance, the font's /Widths flat (too wide for
    most letters, or too narrow): the words are read from the placement, spaces where the next glyph
    starts a word space after the last one's real end, none inside a word."""
    pytest.importorskip("reportlab")
    path = _glyphwise_pdf(tmp_path / "glyphwise.pdf", face, size, stored)
    assert [line.text for page in start_read(path, sha256="-")().pages for line in page.lines] == LINES


# ---- a record's field labels -------------------------------------------------------------------

def test_a_records_field_labels_are_read_each_before_its_value(tmp_path):
    """A tracker's export: a column of bold labels ending in a colon, each level with its value in the
    column beside it, a value wrapping on under itself. Each label is read run in to its value, the
    value's wrapped lines before the next label, not every label first."""
    pytest.importorskip("reportlab")
    from reportlab.pdfgen import canvas

    path = tmp_path / "record.pdf"
    page = canvas.Canvas(str(path))
    fields = [("Action ref:", ["AB-01"]), ("Core service:", ["Surgery"]),
              ("Action required:", ["The trust must ensure that theatre staff complete the safety checklist",
                                    "for every operation. (Regulation 12(2)(b))"]),
              ("Lead / due:", ["Theatre manager / 31/05/2016"])]
    y = 760.0
    for record in range(2):
        for label, value in fields:
            page.setFont("Helvetica-Bold", 9)
            page.drawString(40, y, label)
            page.setFont("Helvetica", 9)
            for text in value:
                page.drawString(150, y, text)
                y -= 12.5
        y -= 20
    page.save()
    read = [line.text for p in start_read(path, sha256="-")().pages for line in p.lines]
    expected = [text for label, value in fields for text in [f"{label} {value[0]}", *value[1:]]]
    assert read == expected * 2


RECORDS = [("MUST", "Urgent and emergency services",
            ["The trust must ensure that there are enough nurses in the emergency department at all",
             "times, in line with national guidance. (Regulation 18(1))"],
            ["Business case approved; matrons should continue daily staffing huddles."]),
           ("MUST", "Surgery", ["The trust must ensure that the safety checklist is used for every operation.",
                                "(Regulation 12(2)(b))"], ["Audit started. Staff should expect audits."]),
           ("SHOULD", "Maternity", ["The trust should ensure that the birth centre's pool is cleaned daily."],
            ["Cleaning rota agreed."])]


def _tracker_pdf(path, size: float, per_page: int) -> None:
    """A tracker's export: a band heading each kind's records, each record a column of bold labels
    beside their values; a page holds `per_page` records' worth of fields, a record cut by the page
    break going on under its label printed again with "(cont.)"."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    lead, top, y, fields_here = 1.4 * size, 800.0, 800.0, 0

    def field(label: str, values: list[str]) -> None:
        nonlocal y, fields_here
        for n, value in enumerate(values):
            if fields_here == per_page:
                page.showPage()
                y, fields_here = top, 0
                label = label if n == 0 else f"{label} (cont.)"
            if n == 0 or fields_here == 0:
                page.setFont("Helvetica-Bold", size)
                page.drawString(40, y, label)
            page.setFont("Helvetica", size)
            page.drawString(40 + 12 * size, y, value)
            y -= lead
            fields_here += 1

    kind = None
    for n, (record_kind, service, action, note) in enumerate(RECORDS):
        if record_kind != kind:
            page.setFont("Helvetica-Bold", 1.2 * size)
            page.drawString(40, y - lead, f"Action the hospital {record_kind} take to improve")
            y -= 3 * lead
            kind = record_kind
        for label, values in (("Action ref:", [f"AB-{n + 1:02d}"]), ("Core service:", [service]),
                              ("Action type:", [record_kind]), ("Action required:", action), ("Progress note:", note)):
            field(label, values)
        y -= lead
    page.save()


@pytest.mark.parametrize("size", [8.0, 10.0])
@pytest.mark.parametrize("per_page", [100, 9])
def test_a_records_statement_is_its_field_opening_as_one_with_its_kind_and_service_fields(tmp_path, size, per_page):
    """Each record's statement is the field whose value opens as a statement, whole (its wrapped line
    and its line printed again after a page break under "(cont.)" too), its kind and service from its
    own fields; a progress note saying "should" in passing is none."""
    pytest.importorskip("reportlab")
    from reading import read_findings

    path = tmp_path / "tracker.pdf"
    _tracker_pdf(path, size, per_page)
    found = read_findings(path)
    assert [(f.kind, f.service, f.text) for f in found] == [
        (kind.lower(), service, " ".join(action)) for kind, service, action, _ in RECORDS]


# ---- must/should lists under headings drawn as outlines ----------------------------------------

FONT = __import__("pathlib").Path(__file__).resolve().parent.parent / "src" / "cqcplan" / "fonts" / "DejaVuSans.ttf"


def _outlined(page, text: str, x: float, y: float, size: float) -> None:
    """`text` drawn as its glyphs' outlines (filled paths, no text), as an outlined headline is."""
    from fontTools.pens.basePen import BasePen
    from fontTools.ttLib import TTFont

    font = TTFont(str(FONT))
    glyphs, cmap, scale = font.getGlyphSet(), font.getBestCmap(), size / font["head"].unitsPerEm
    path = page.beginPath()

    class Pen(BasePen):
        def _moveTo(self, p):
            path.moveTo(x + p[0] * scale, y + p[1] * scale)

        def _lineTo(self, p):
            path.lineTo(x + p[0] * scale, y + p[1] * scale)

        def _curveToOne(self, a, b, c):
            path.curveTo(*(v for p in (a, b, c) for v in (x + p[0] * scale, y + p[1] * scale)))

        def _closePath(self):
            path.close()

    for ch in text:
        name = cmap[ord(ch)]
        glyphs[name].draw(Pen(glyphs))
        x += glyphs[name].width * scale
    page.drawPath(path, stroke=0, fill=1)


MUSTS = ["The trust must ensure that ward ligature risk assessments are reviewed after any change. (Regulation 12(2)(b))",
         "The trust must ensure that seclusion is recorded in line with the Code of Practice. (Regulation 13(4)(b))"]
SHOULDS = ["The trust should ensure that patients are given a copy of their care plan.",
           "The trust should consider how it can reduce the use of agency staff at night."]


def _outlined_report(path, size: float) -> None:
    """A trust's report whose every heading (cover title, list headings, a service's) is outlines; its
    cover facts, narrative and bulleted statements are text, one narrative sentence saying must and should."""
    from reportlab.pdfgen import canvas

    page = canvas.Canvas(str(path))
    _outlined(page, "Brackley Vale NHS Trust", 56, 760, 2.2 * size)
    page.setFont("Helvetica", size)
    cover = ["Inspection report", "Date of inspection visit: 13 May 2025 to 5 June 2025",
             "Date of publication: 03/09/2025", "Overall rating for this trust: Requires improvement",
             "Are services safe? Requires improvement", "Are services effective? Good",
             "Are services caring? Good", "Are services responsive? Good", "Are services well-led? Requires improvement"]
    for n, text in enumerate(cover):
        page.drawString(56, 700 - 1.5 * size * n, text)
    page.showPage()
    _outlined(page, "Areas for improvement", 56, 780, 1.6 * size)
    page.setFont("Helvetica-Oblique", size)
    page.drawString(56, 750, "Leaders told us the trust must recruit more psychologists and every ward should have a lead.")
    y = 710.0
    for heading, items in (("Action the trust MUST take to improve", MUSTS), ("Action the trust SHOULD take to improve", SHOULDS)):
        _outlined(page, heading, 56, y, 1.3 * size)
        y -= 2.5 * size
        _outlined(page, "Acute wards for adults of working age", 56, y, 1.1 * size)
        y -= 2 * size
        page.setFont("Helvetica", size)
        for item in items:
            page.drawString(56, y, "\u2022")
            page.drawString(56 + 1.5 * size, y, item)
            y -= 1.8 * size
        y -= 2 * size
    page.save()


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_bulleted_statements_under_headings_drawn_as_outlines_are_read_by_their_own_wording(tmp_path, size):
    """Every heading is shapes: the lists are still read, each bulleted statement its own finding of
    the kind its modal says, and the narrative's must/should sentence is none."""
    pytest.importorskip("reportlab")
    pytest.importorskip("fontTools")
    from cqcplan import api

    path = tmp_path / "outlined.pdf"
    _outlined_report(path, size)
    findings = api.extract_report(path).findings
    assert [(f.kind, f.text) for f in findings] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]


def test_bulleted_items_with_run_in_labels_are_no_records_of_fields():
    """A list's items each opening with a label run in after a dash bullet ("— Medicines: The provider
    must …"), the same labels under two services: the bullet sets the text apart from the label as a
    record's value column would, but they are list items, every one a statement."""
    from build import PageBreak, doc, line

    from cqcplan.pipeline.extract import extract
    from cqcplan.pipeline.locate import locate

    items = [("Medicines", "The provider must ensure that fridge temperatures are recorded daily."),
             ("Staffing", "The provider must ensure that there are enough nurses on every shift."),
             ("Records", "The provider must ensure that care records are stored securely.")]
    spec = [line("Action the provider MUST take to improve", bold=True, size=12)]
    for service in ("Surgery", "Maternity"):
        spec.append(line(service, bold=True))
        spec += [line(f"— {label}: {text}", text_x=84.0) for label, text in items]
    found = extract(locate(doc(PageBreak, *spec)), "built.pdf")
    assert [(f.group, f.text) for f in found] == [(label, text) for _ in range(2) for label, text in items]
