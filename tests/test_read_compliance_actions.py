"""A pre-2015 ("essential standards", 2010 regulations) report prints its actions only in two ruled
tables: "Improvement actions" (where improvements should be made) and "Compliance actions" (standards
not met). Each has the columns Regulated activity | Regulation | Outcome, and under each row a row
across the whole table holding its statement after the label "How the regulation was not being
met:"; a note is printed right under each table, with no gap, below its drawn foot. Drawn here with
reportlab's canvas at several type sizes, one statement running over a page break (the box closed at
the page's foot, a footer under it, the box opened again at the next page's top).

Read as a reader reads them: each row's statement from the row across the table (never the Outcome
or Regulation cell), its kind from its table (improvement: should; compliance: must, whatever the
statement's own words), its 2010 regulation from the row's Regulation cell, a one-line Outcome cell
set beside the Regulation cell never joined into it, and the note under the table no part of the last
row. Before: the Outcome cells were read as musts, the improvement rows not at all."""

import pytest

pytest.importorskip("reportlab")

from build import wrapped  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402

from cqcplan import api  # noqa: E402

ACTIVITY = "Accommodation for persons who require nursing or personal care"
LABEL = "How the regulation was not being met:"
IMPROVEMENT = [
    (16, "Regulation 16 HSCA 2008 (Regulated Activities) Regulations 2010 Safety, availability and suitability of equipment",
     "Outcome 11: Safety, suitability and item of equipment",
     "Two hoists were overdue for their six-monthly service and one sling was frayed."),
]
COMPLIANCE = [
    (12, "Regulation 12 HSCA 2008 (Regulated Activities) Regulations 2010 Cleanliness and infection control",
     "Outcome 08: Cleanliness and infection control",
     "The provider did not have effective systems to prevent the spread of infection, as two bathrooms had no "
     "liquid soap or paper towels and the sluice room was used to store laundry."),
    (21, "Regulation 21 HSCA 2008 (Regulated Activities) Regulations 2010 Requirements relating to workers",
     "Outcome 12: Requirements relating to workers",
     "The registered person must ensure that references and criminal record checks are obtained for every new "
     "worker before they start work, and that gaps in employment history are explained."),
    (20, "Regulation 20 HSCA 2008 (Regulated Activities) Regulations 2010 Records",
     "Outcome 21: Records",
     "Daily records of the care given were incomplete for four of the seven people whose records we looked at."),
]
NOTES = ("The provider's report should reach us within 28 days. We will check that the improvements have been made.",
         "This report is sent to the provider under the 2010 regulations and must be answered by the date given.")


class _Sheet:
    """A canvas written top down: lines of text, rules, tables of the shape above, page breaks."""

    def __init__(self, path, size: float):
        self.c, self.size = canvas.Canvas(str(path), pagesize=A4), size
        self.width, self.height = A4
        self.left, self.right = 56.0, self.width - 56.0
        self.y, self.page = 72.0, 1

    def text(self, words: str, x: float, size: float | None = None, font: str = "Helvetica") -> None:
        size = size or self.size
        self.c.setFont(font, size)
        self.c.drawString(x, self.height - self.y - 0.8 * size, words)

    def rule(self, y: float | None = None) -> None:
        y = self.y if y is None else y
        self.c.setLineWidth(0.5)
        self.c.line(self.left, self.height - y, self.right, self.height - y)

    def paragraph(self, words: str, size: float | None = None, font: str = "Helvetica", after: float = 0.6) -> None:
        size = size or self.size
        for line in wrapped(words, self.right - self.left, size, font):
            self.text(line, self.left, size, font)
            self.y += 1.2 * size
        self.y += after * size

    def new_page(self) -> None:
        self.y = self.height - 48.0  # the footer at the page's foot
        self.text(f"| Inspection Report | Hollybank House | May 2013 | page {self.page}", self.left, 0.75 * self.size)
        self.c.showPage()
        self.y, self.page = 72.0, self.page + 1

    def table(self, rows, break_in: tuple[int, int] | None = None) -> None:
        """Header row, then each row's three cells and its statement row across; `break_in`: (row, lines)
        ends the page after that many of the row's statement lines, the box closed there and opened again."""
        size, pad, lead = self.size, 0.25 * self.size, 1.2 * self.size
        cols = [self.left + pad, self.left + 0.32 * (self.right - self.left) + pad,
                self.left + 0.62 * (self.right - self.left) + pad]
        widths = [cols[1] - cols[0] - 2 * pad, cols[2] - cols[1] - 2 * pad, self.right - cols[2] - pad]
        self.rule()
        self.y += pad
        for head, x in zip(("Regulated activity", "Regulation", "Outcome"), cols):
            self.text(head, x)
        self.y += lead + pad
        for k, (_, regulation, outcome, statement) in enumerate(rows):
            self.rule()
            self.y += pad
            cells = [wrapped(t, w, size) for t, w in zip((ACTIVITY, regulation, outcome), widths)]
            for n in range(max(map(len, cells))):
                for cell, x in zip(cells, cols):
                    if n < len(cell):
                        self.text(cell[n], x)
                self.y += lead
            self.y += pad
            self.rule()
            self.y += pad
            self.text(LABEL, cols[0])
            self.y += lead
            for n, line in enumerate(wrapped(statement, self.right - self.left - 2 * pad, size)):
                if break_in == (k, n):
                    self.y += pad
                    self.rule()
                    self.new_page()
                    self.rule()
                    self.y += pad
                self.text(line, cols[0])
                self.y += lead
            self.y += pad
        self.rule()
        self.y += pad


def _report(path, size: float, break_in: tuple[int, int] | None = None) -> None:
    sheet = _Sheet(path, size)
    sheet.paragraph("Inspection Report", 2.4 * size, after=1.0)
    sheet.paragraph("We are the Care Quality Commission, the regulator: our job is to check whether hospitals, care "
                    "homes and care services are meeting essential standards.", after=1.5)
    sheet.paragraph("Hollybank House", 1.3 * size, "Helvetica-Bold", after=0.2)
    sheet.paragraph("7 Mill Lane, Ashby Parva, AP4 9QT", after=1.0)
    sheet.paragraph("Date of Inspection: 9 April 2013")
    sheet.paragraph("Date of Publication: May 2013")
    sheet.new_page()
    sheet.paragraph("Details about this location", 1.2 * size, "Helvetica-Bold")
    sheet.paragraph("Registered Provider: Ashby Parva Care Limited", after=0.2)
    sheet.paragraph("Registered Manager: Mr Tomasz Nowak")
    sheet.paragraph("Our judgements for each standard inspected", 1.2 * size, "Helvetica-Bold")
    sheet.paragraph("Staff should be properly checked before they work with people. Our judgement: The provider was "
                    "not meeting this standard.")
    sheet.new_page()
    for heading, rows, note, cut in (("Improvement actions", IMPROVEMENT, NOTES[0], None),
                                     ("Compliance actions", COMPLIANCE, NOTES[1], break_in)):
        sheet.y += size
        sheet.paragraph(heading, 1.3 * size, "Helvetica-Bold")
        sheet.paragraph("The table below shows the essential standards of quality and safety that need attention.")
        sheet.table(rows, cut)
        sheet.paragraph(note)
        sheet.new_page()
    sheet.c.save()


def _expected():
    return [("should", "Improvement actions", text, number) for number, _, _, text in IMPROVEMENT] + \
        [("must", "Compliance actions", text, number) for number, _, _, text in COMPLIANCE]


def _read(path):
    return [(f.kind, f.section, f.text, int(next(r.number for r in f.regulations if r.instrument == "RA2010")))
            for f in api.extract_report(path).findings]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_each_row_s_statement_is_read_from_the_row_across_the_table(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size)
    assert _read(path) == _expected()
    assert [n.heading for n in api.extract_report(path).notices] == [regulation for _, regulation, _, _ in COMPLIANCE]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_a_statement_running_over_a_page_break_is_read_whole(tmp_path, size):
    path = tmp_path / "report.pdf"
    _report(path, size, break_in=(1, 1))
    found = api.extract_report(path).findings
    assert _read(path) == _expected()
    assert [f.page for f in found] == [3, 4, 4, 5]


@pytest.mark.parametrize("size", [8.0, 10.0, 12.0])
def test_the_cover_s_provider_is_the_registered_provider_and_its_location_the_name_under_the_strapline(tmp_path, size):
    """The 2013 template's cover prints its title, a strapline, then the location's name over its
    address; the provider is labelled on the next page ("Registered Provider: …"). Before: both None."""
    path = tmp_path / "report.pdf"
    _report(path, size)
    meta = api.extract_report(path).meta
    assert (meta.provider, meta.location) == ("Ashby Parva Care Limited", "Hollybank House")
