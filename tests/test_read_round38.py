"""Reading round thirty-eight (issue 10), the batch DH as a development set; its pages are built
here with reportlab's canvas, line by line, at several type sizes:

- a superscript ordinal inside a statement ("by the 30th September 2017", "by the 1st of each
  month"): the "th" is a run of smaller type raised about 0.4 em, between the line's baseline and
  the line above's. It was read as a line of its own: the statement ended at "by", or the "st" was
  joined to a word of the line above ("protost cols"). A raised smaller run set straight after one
  of a line's glyphs, over none of them, is part of that line, as printed ("30th", "1st");
- a printer's file: the sheet (MediaBox) larger than the page (CropBox), with crop marks and a proof
  line outside the page. PDFium measures from the sheet's corner: every line was read that far off the
  page's own, and the proof line was read as the page's. Only what is visible is the page (the
  boxes as PDFium finds them, set on the page or on its parents in the page tree: a box read off the
  page alone is missing when a parent sets it);
- a cover printing the names under its title ("Inspection report" / "Brackenfield House" /
  "Brackenfield Residential Homes Limited" / "3 Moor End Road …"), or a practice's cover naming its
  provider over the title and its location as the first line of its address, over the numbered street
  ("Dr Okonjo and Partners" / "Inspection report" / "Lyndhurst Medical Centre" / "14 Chapel Street"):
  the provider and location were None, or the provider twice;
- an assessment's count of breaches whose next sentence says what they concern ("We identified 2
  breaches of the legal regulations. These were in relation to safe care and treatment and good
  governance."): a must, as it is when one sentence says both (before, it was taken for a restatement).

Each test fails without its change: read.py's `_superscripts_set_down` and `_visible` (the test of
a page tree's box, with `_visible` reading the boxes off the page alone); metadata.py's
`_names_under_title`; extract.py's `SAID_NEXT`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from build import PageBreak, doc, line  # noqa: E402
from test_read_round32 import _findings, _fonts  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.facts import line_order  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402
from cqcplan.pipeline.read import start_read  # noqa: E402

SHOULDS = ["Ensure that all non-clinical staff complete sepsis awareness training by the 30th September 2017.",
           "Review the medicines protocols so that they are person-centred and are reviewed by the 1st of each month "
           "alongside the medicines administration records."]
ORDINAL = ("30th", "1st")


def _with_superscripts(path: Path, size: float, scale: float, rise: float) -> None:
    """A should list, each item wrapped at about 40 ems with its ordinal's letters `scale` times the
    type and raised `rise` ems."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, top = 57.0, 60.0
    baseline = lambda: A4[1] - top - size  # noqa: E731
    page.setFont("DejaVu-Bold", size)
    page.drawString(left, baseline(), "The provider should:")
    top += 2 * size
    for text in SHOULDS:
        page.setFont("DejaVu", size)
        page.drawString(left, baseline(), "•")
        x = text_x = left + 1.2 * size
        for word in text.split():
            width = pdfmetrics.stringWidth(word, "DejaVu", size)
            if x + width > left + 40 * size:
                top, x = top + 1.25 * size, text_x
            ordinal = next((o for o in ORDINAL if word == o), None)
            if ordinal:
                figures, letters = ordinal[:-2], ordinal[-2:]
                page.setFont("DejaVu", size)
                page.drawString(x, baseline(), figures)
                x += pdfmetrics.stringWidth(figures, "DejaVu", size)
                page.setFont("DejaVu", scale * size)
                page.drawString(x, baseline() + rise * size, letters)
                x += pdfmetrics.stringWidth(letters, "DejaVu", scale * size)
            else:
                page.setFont("DejaVu", size)
                page.drawString(x, baseline(), word)
                x += width
            x += pdfmetrics.stringWidth(" ", "DejaVu", size)
        top += 2 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size,scale,rise", [(8.0, 0.9, 0.45), (11.0, 0.7, 0.4), (15.0, 0.58, 0.33)])
def test_a_superscript_ordinal_is_read_in_its_line(tmp_path, size, scale, rise):
    path = tmp_path / "ordinals.pdf"
    _with_superscripts(path, size, scale, rise)
    lines = [line.text for page in start_read(path, sha256="0")().pages for line in page.lines]
    assert not any(line in ("th", "st") for line in lines)
    assert [text for _, _, text in _findings(path)] == SHOULDS


BLEED = 36.0
PROOF = "COVER_FINAL.pdf proof 1 12/02/2015 10:41"


def _printers_sheet(path: Path, size: float) -> None:
    """An A4 page on a sheet BLEED larger all round: crop marks and a proof line outside the page."""
    _fonts()
    width, height = A4
    page = Canvas(str(path), pagesize=(width + 2 * BLEED, height + 2 * BLEED))
    page.setCropBox((BLEED, BLEED, BLEED + width, BLEED + height))
    page.translate(BLEED, BLEED)
    page.setLineWidth(0.3)
    for x, y in [(0, 0), (width, 0), (0, height), (width, height)]:
        page.line(x - 30 if x == 0 else x + 6, y, x - 6 if x == 0 else x + 30, y)
        page.line(x, y - 30 if y == 0 else y + 6, x, y - 6 if y == 0 else y + 30)
    page.setFont("DejaVu", 6)
    page.drawString(0, -24, PROOF)
    page.setFont("DejaVu", size)
    page.drawString(60.0, height - 60.0 - size, "The provider should:")
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 12.5])
def test_only_the_visible_page_of_a_printer_s_sheet_is_read(tmp_path, size):
    path = tmp_path / "sheet.pdf"
    _printers_sheet(path, size)
    page = start_read(path, sha256="0")().pages[0]
    assert [line.text for line in page.lines] == ["The provider should:"]
    assert abs(page.lines[0].x0 - 60.0) < 0.5 and 60.0 < page.lines[0].top < 60.0 + size


def _inherited_boxes(path: Path, size: float) -> None:
    """An A4 page whose MediaBox its page tree sets, not the page itself (a box one looks up on the
    page alone is missing: a default size, not the page's)."""
    content = f"BT /F1 {size} Tf 60 {A4[1] - 60 - size} Td (The provider should:) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               f"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 {A4[0]} {A4[1]}] >>".encode(),
               b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
               b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1) + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))


@pytest.mark.parametrize("size", [9.0, 12.5])
def test_a_page_its_page_tree_sizes_is_read_from_its_own_corner(tmp_path, size):
    path = tmp_path / "inherited.pdf"
    _inherited_boxes(path, size)
    page = start_read(path, sha256="0")().pages[0]
    assert [line.text for line in page.lines] == ["The provider should:"]
    assert abs(page.lines[0].x0 - 60.0) < 0.5 and 60.0 < page.lines[0].top < 60.0 + size


def _cover(size: float, before: list[tuple[str, float]], after: list[str]) -> list:
    """A cover: name lines over the title (text, size in ems of the body), the title, the lines under it, dates."""
    spec = [line(text, size=ems * size, bold=ems > 1) for text, ems in before]
    spec += [line("Inspection report", size=1.6 * size)] + [line(text, size=size) for text in after]
    return spec + [line("Date of inspection visit: 2 and 3 December 2014", size=size)]


@pytest.mark.parametrize("size", [9.0, 15.0])
@pytest.mark.parametrize("before,after,provider,location", [
    ([], ["Brackenfield House", "Brackenfield Residential Homes Limited", "3 Moor End Road, Stavely Cross, SC9 1JH"],
     "Brackenfield Residential Homes Limited", "Brackenfield House"),
    ([("Dr Okonjo and Partners", 1.7)], ["Lyndhurst Medical Centre", "14 Chapel Street", "Bramwell", "BR4 9LT"],
     "Dr Okonjo and Partners", "Lyndhurst Medical Centre"),
    # no numbered street line under the name: an address's first lines, no name
    ([("Dr Okonjo and Partners", 1.7)], ["Chapel Street", "Bramwell", "Eastshire", "BR4 9LT"],
     "Dr Okonjo and Partners", "Dr Okonjo and Partners"),
    # a trust's report names no location, whatever its address's building
    ([("Northmoor Ambulance Service NHS Trust", 1.7)], ["Moorside House", "12 Ridgeway Business Park"],
     "Northmoor Ambulance Service NHS Trust", None)])
def test_names_printed_under_the_title_over_the_street_are_the_cover_s(size, before, after, provider, location):
    meta = read_metadata(doc(*_cover(size, before, after)), "")
    assert (meta.provider, meta.location) == (provider, location)


@pytest.mark.parametrize("after,found", [
    ("These were in relation to safe care and treatment and good governance.", True),
    ("They related to staffing and good governance.", True),
    ("Details of our findings are set out in the relevant sections of this report.", False)])
def test_a_count_of_breaches_the_next_sentence_names_is_a_must(after, found):
    built = doc(PageBreak, line("Our view of the service", bold=True, size=16),
                line("Kiln House is a care home providing personal care to up to 52 people. We identified 2 breaches"),
                line(f"of the legal regulations. {after}"))
    findings = extract(locate(built), "built.pdf", line_order=line_order(built))
    assert [(f.kind, f.text) for f in findings] == ([("must", "We identified 2 breaches of the legal regulations.")]
                                                    if found else [])
