"""Round read154: small reports made here with reportlab at two type sizes (all geometry in ems of the
type): a poster whose lines are each tilted a little and whose words are raised or lowered by a text
rise, a footer line in smaller type under its unbulleted list; a folded leaflet whose statement breaks
from a panel's foot to the next page's first panel, other panels read between; a manual whose
citations are notes in the outer margin (right on odd pages, left on even, one wrapped); a list whose
core services are side-heads in a left column, over a page's footer rule; and two columns flowing on
from the page before whose next headings fall level."""

import math
import random

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.utils import simpleSplit  # noqa: E402
from reportlab.pdfgen import canvas  # noqa: E402
from reading import read_findings  # noqa: E402

MUSTS = ["The trust must ensure that falls risk assessments are reviewed after every fall and that care plans "
         "are updated to match.",
         "The trust must ensure that the resuscitation trolley is checked every day and that items past their "
         "date are replaced.",
         "The trust must ensure that patient records are stored securely when they are not in use."]
SHOULDS = ["The trust should ensure that call bells are always left within reach of patients in bed.",
           "The trust should consider displaying information about how to raise a concern in the day room."]


class _Sheet:
    """A reportlab document written top-down, page after page (points from the page's top)."""

    def __init__(self, path, width: float, height: float):
        self.canvas, self.width, self.height = canvas.Canvas(str(path), pagesize=(width, height)), width, height

    def put(self, text: str, x: float, top: float, size: float, font: str = "Helvetica") -> float:
        self.canvas.setFont(font, size)
        self.canvas.drawString(x, self.height - top - size, text)
        return x + self.canvas.stringWidth(text, font, size)

    def bullet_item(self, text: str, x: float, top: float, size: float, measure: float, lead: float) -> float:
        """A bulleted item wrapped to `measure` (its text hung 1.2 ems right of the bullet); the top under it."""
        for k, words in enumerate(simpleSplit(text, "Helvetica", size, measure)):
            if k == 0:
                self.put("\u2022", x, top, size)
            self.put(words, x + 1.2 * size, top, size)
            top += lead
        return top

    def rule(self, x0: float, x1: float, top: float) -> None:
        self.canvas.setLineWidth(0.5)
        self.canvas.line(x0, self.height - top, x1, self.height - top)

    def next_page(self) -> None:
        self.canvas.showPage()

    def save(self) -> None:
        self.canvas.showPage()
        self.canvas.save()


def _bouncing_line(sheet: _Sheet, words: str, x: float, top: float, size: float, turn: float, rise: float,
                   rnd: random.Random) -> None:
    """One line turned by `turn` degrees about its start, each word raised or lowered by up to `rise` ems."""
    angle = math.radians(turn)
    text = sheet.canvas.beginText()
    text.setFont("Helvetica-Bold", size)
    text.setTextTransform(math.cos(angle), math.sin(angle), -math.sin(angle), math.cos(angle), x,
                          sheet.height - top - size)
    split = words.split()
    for k, word in enumerate(split):
        text.setRise(rnd.uniform(-rise, rise) * size)
        text.textOut(word + (" " if k < len(split) - 1 else ""))
    sheet.canvas.drawText(text)


@pytest.mark.parametrize("size", [10.0, 14.0])
@pytest.mark.parametrize("turn, rise", [(1.0, 0.0), (0.0, 0.24), (1.0, 0.24)])
def test_a_poster_s_tilted_lines_and_bouncing_words_are_read_line_by_line(tmp_path, size, turn, rise):
    """Each line turned up to `turn` degrees (its end drifting by most of an em over the line) and each
    word set off the line by up to `rise` ems: every line is still read whole, as one line, and each
    statement verbatim; the footer under the lists, in smaller type, says "should" and is no statement."""
    path = tmp_path / "poster.pdf"
    sheet, rnd = _Sheet(path, 595.0, 842.0), random.Random(int(size * 10))
    left, width, lead = 3 * size, 40 * size, 1.5 * size
    top = 3 * size
    sheet.put("Larch Ward: getting better together", left, top, 2.2 * size, "Helvetica-Bold")
    top += 5 * size
    for heading, items in (("What the CQC said we must do", MUSTS), ("What the CQC said we should do", SHOULDS)):
        sheet.put(heading, left, top, 1.6 * size, "Helvetica-Bold")
        top += 3 * size
        for n, item in enumerate(items, 1):
            sheet.put(str(n), left, top + 0.1 * size, 0.88 * size, "Helvetica-Bold")
            for words in simpleSplit(item, "Helvetica-Bold", size, width):
                _bouncing_line(sheet, words, left + 2 * size, top, size, rnd.uniform(-turn, turn), rise, rnd)
                top += lead
            top += 0.7 * size
        top += 2 * size
    sheet.put("Ask the nurse in charge if you would like to see our plan. You should never feel afraid to speak up.",
              left, top + 6 * size, 0.8 * size, "Helvetica-Oblique")
    sheet.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", t) for t in MUSTS] + [("should", t) for t in SHOULDS]


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("boxed", [False, True])
def test_a_statement_cut_at_a_leaflet_panel_s_foot_goes_on_at_the_next_page_s_first_panel(tmp_path, size, boxed):
    """A landscape sheet folded in three: the must list on the first panel, its last statement's first
    line at the panel's foot; the next panels (contact details, the front cover ending with a tagline
    of no full stop) read before the inside page, whose first panel goes on with the statement at its
    text's indent (past the bullet's), a box at the panel's edge under it or nothing. The statement is
    read whole."""
    path = tmp_path / "leaflet.pdf"
    width, height = 842.0, 595.0
    sheet, margin, lead = _Sheet(path, width, height), 2.2 * size, 1.35 * size
    panel = width / 3
    lefts = [k * panel + margin for k in range(3)]
    measure = panel - 2 * margin - 1.2 * size
    cut = "The hospital must ensure that radiation risk assessments and local rules are reviewed and signed " \
          "by the radiation protection supervisor. (Regulation 17(2)(b))"
    musts = ["The hospital must ensure that the surgical safety checklist is fully completed for every "
             "procedure. (Regulation 12(2)(b))",
             "The hospital must ensure that medicines in clinic rooms are stored securely at all times. "
             "(Regulation 12(2)(g))"]
    x, top = lefts[0], 3 * size
    for words in simpleSplit("Action the hospital MUST take to improve", "Helvetica-Bold", 1.1 * size, measure):
        sheet.put(words, x, top, 1.1 * size, "Helvetica-Bold")
        top += 1.4 * size
    top += 0.6 * size
    for item in musts:
        top = sheet.bullet_item(item, x, top, size, measure, lead)
        top += 0.5 * size
    lines = simpleSplit(cut, "Helvetica", size, measure)
    top = height - 3 * size - lead  # the cut statement's first line at the panel's foot
    sheet.put("\u2022", x, top, size)
    sheet.put(lines[0], x + 1.2 * size, top, size)
    top = 4 * size  # the panels' tops not level: no row of cells going on over the page
    sheet.put("Contact us", lefts[1], top, 1.3 * size, "Helvetica-Bold")
    for words in simpleSplit("If you are unhappy with our response you should contact the Ombudsman. You should not "
                             "have to wait more than 20 working days for our reply.", "Helvetica", size, measure):
        top += lead
        sheet.put(words, lefts[1], top + size, size)
    sheet.put("Ashcombe Park Hospital", lefts[2], 3 * size, 1.2 * size, "Helvetica-Bold")
    sheet.put("What we found", lefts[2], 6 * size, 2 * size, "Helvetica-Bold")
    sheet.put("Information for patients and carers", lefts[2], 10 * size, size)
    sheet.next_page()
    top = 3 * size
    for words in lines[1:]:
        sheet.put(words, lefts[0] + 1.2 * size, top, size)
        top += lead
    if boxed:
        sheet.put("Why must and should?", lefts[0], top + size, 1.1 * size, "Helvetica-Bold")
        sheet.put("Both are promises to you.", lefts[0], top + 2.6 * size, size)
    top = 3 * size
    for words in simpleSplit("Action the hospital SHOULD take to improve", "Helvetica-Bold", 1.1 * size, measure):
        sheet.put(words, lefts[1], top, 1.1 * size, "Helvetica-Bold")
        top += 1.4 * size
    top += 0.6 * size
    sheet.put("\u2022", lefts[1], top, size)
    should = "The hospital should review the signs to the imaging department from the main entrance."
    for words in simpleSplit(should, "Helvetica", size, measure):
        sheet.put(words, lefts[1] + 1.2 * size, top, size)
        top += lead
    sheet.put("What happens next", lefts[2], 3 * size, 1.1 * size, "Helvetica-Bold")
    sheet.put("We sent our plan to the CQC.", lefts[2], 5 * size, size)
    sheet.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", t) for t in musts + [cut]] + [("should", should)]


MARGIN_MUSTS = [("The provider must ensure that care and treatment is provided in a safe way for patients, "
                 "including the monitoring of patients prescribed high-risk medicines.", "(Regulation 12(1))"),
                ("The provider must ensure that recruitment checks are completed before staff start work.",
                 "(Regulation 19(3)(a))"),
                ("The provider must ensure that all staff have completed safeguarding training at a level "
                 "appropriate to their role.", "(Regulation 13(2))"),
                ("The provider must notify the Commission without delay when the registered manager is absent "
                 "for 28 days or more.", "(Regulation 14 CQC (Registration) Regulations 2009)")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_citations_printed_as_outer_margin_notes_end_their_statements(tmp_path, size):
    """A5 pages with mirrored margins: each must's citation is a smaller italic note in the outer margin
    level with the statement's first line, right of the text on the odd page and left of it on the even
    one (read before the statement there), the last wrapped over three lines past the statement's end.
    Each note ends its statement, as CQC prints it."""
    path = tmp_path / "manual.pdf"
    width, height = 420.0, 595.0
    sheet, lead, note = _Sheet(path, width, height), 1.3 * size, 0.8 * size
    text_w = 25 * size
    for page, items in enumerate((MARGIN_MUSTS[:2], MARGIN_MUSTS[2:])):
        odd = page == 0
        x = 2.5 * size if odd else width - 2.5 * size - text_w
        top = 3 * size
        if odd:
            sheet.put("The areas where the provider must make improvements are:", x, top, size, "Helvetica-Bold")
            top += 2 * size
        for statement, citation in items:
            notes = [citation] if len(citation) < 24 else ["(Regulation 14 CQC", "(Registration)", "Regulations 2009)"]
            for k, words in enumerate(notes):
                w = sheet.canvas.stringWidth(words, "Helvetica-Oblique", note)
                nx = x + text_w + 1.5 * size if odd else x - 1.5 * size - w
                sheet.put(words, nx, top + 0.2 * size + k * 1.2 * note, note, "Helvetica-Oblique")
            top = sheet.bullet_item(statement, x, top, size, text_w - 1.2 * size, lead)
            top += 0.6 * size
        if odd:
            sheet.next_page()
    sheet.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", f"{s} {c}") for s, c in MARGIN_MUSTS]


SIDE_HEADED = [("Urgent and emergency care", "The trust should ensure that cubicle curtains in the majors area are "
                "changed in line with the cleaning schedule."),
               ("Urgent and emergency care", "The trust should consider how it can reduce the number of patients "
                "who leave the department before being seen."),
               ("Maternity", "The trust should ensure that emergency equipment on the labour ward is checked daily "
                "and that the checks are recorded."),
               ("Maternity", "The trust should ensure that women are offered a debrief after a difficult birth.")]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_side_heads_over_a_page_s_footer_rule_label_the_items_from_their_own_row(tmp_path, size):
    """Core services as side-heads in a narrow left column, each set level with its group's first item
    (the first wrapped over two lines), the list ending some lines above the footer's rule drawn across
    the page: no side-head is a table's merged cell reaching down to that rule, so each labels the items
    from its own row on."""
    path = tmp_path / "board.pdf"
    sheet, lead = _Sheet(path, 595.0, 842.0), 1.3 * size
    left, body = 44.0, 44.0 + 12 * size
    measure = 595.0 - 44.0 - body - 1.2 * size
    top = 4 * size
    sheet.put("Action the trust SHOULD take to improve", left, top, 1.2 * size, "Helvetica-Bold")
    top += 2.5 * size
    last = None
    for service, item in SIDE_HEADED:
        if service != last:
            for k, words in enumerate(simpleSplit(service, "Helvetica-Bold", 0.8 * size, 10 * size)):
                sheet.put(words, left, top + 0.15 * size + k * lead, 0.8 * size, "Helvetica-Bold")
            last = service
        top = sheet.bullet_item(item, body, top, size, measure, lead)
        top += 0.8 * size
    sheet.rule(left, 595.0 - 44.0, top + 3 * size)
    sheet.put("Item 9 | Actions the trust should take | Board of Directors", left, top + 3.5 * size, 0.7 * size)
    sheet.save()
    assert [(f.text, f.service) for f in read_findings(path)] == [(t, s) for s, t in SIDE_HEADED]


@pytest.mark.parametrize("size", [9.0, 11.0])
def test_columns_flowing_on_from_the_page_before_are_read_whole_though_their_headings_fall_level(tmp_path, size):
    """Two columns flowing from page to page (CSS columns): the second page's left column goes on with the
    last service's item, then heads the next service; its right column goes on with that service's item,
    then heads a third service level with the left column's heading. The right column's first item is the
    left column's service's, read after its column, not with the band above the headings."""
    path = tmp_path / "columns.pdf"
    sheet, lead = _Sheet(path, 595.0, 842.0), 1.35 * size
    width = (595.0 - 2 * 50.0 - 3 * size) / 2
    lefts = (50.0, 50.0 + width + 3 * size)
    services = {"Community health services for adults": [
        "The trust should ensure that staff working in the podiatry service have access to the electronic record.",
        "The trust should ensure that district nursing team leaders have time set aside for clinical supervision."],
        "Community health inpatient services": [
        "The trust should ensure that patients on the ward have access to therapy at weekends.",
        "The trust should continue to work with local authority partners to reduce delays in discharging patients."],
        "Community end of life care": [
        "The trust should ensure that anticipatory medicines are available to patients without delay.",
        "The trust should consider collecting feedback from bereaved families to help improve the service."]}
    adults, inpatient, end_of_life = services.items()

    def item(text: str, x: float, top: float) -> float:
        top = sheet.bullet_item(text, x, top, size, width - 1.2 * size, lead)
        return top + 0.6 * size

    def heading(text: str, x: float, top: float) -> float:
        for words in simpleSplit(text, "Helvetica-Bold", 1.15 * size, width):
            sheet.put(words, x, top, 1.15 * size, "Helvetica-Bold")
            top += 1.4 * size
        return top + 0.8 * size

    top = heading("Action the trust SHOULD take to improve", lefts[0], 4 * size)
    top = item(adults[1][0], lefts[0], heading(adults[0], lefts[0], top))
    sheet.next_page()
    below = max(item(adults[1][1], lefts[0], 4 * size), item(inpatient[1][1], lefts[1], 4 * size)) + 1.6 * size
    top = item(inpatient[1][0], lefts[0], heading(inpatient[0], lefts[0], below))
    top = heading(end_of_life[0], lefts[1], below)
    for text in end_of_life[1]:
        top = item(text, lefts[1], top)
    sheet.save()
    got = {f.text: f.service for f in read_findings(path)}
    assert got == {text: service for service, texts in services.items() for text in texts}


@pytest.mark.parametrize("size", [9.0, 11.0])
@pytest.mark.parametrize("note", [0.8, 1.0])
def test_a_citation_line_under_its_statement_in_a_column_is_no_margin_note_of_the_next_column(tmp_path, size, note):
    """Musts in the left column, shoulds in the right: each must's citation on a line of its own under
    its statement (in smaller type or its own), level with a line of a should beside it. The citation is
    its own column's, ending its must; no should takes it."""
    path = tmp_path / "two_columns.pdf"
    sheet, lead = _Sheet(path, 595.0, 842.0), 1.3 * size
    width = (595.0 - 2 * 40.0 - 3 * size) / 2
    lefts = (40.0, 40.0 + width + 3 * size)
    musts = [("The provider must ensure that patients referred on an urgent suspected cancer pathway are tracked.",
              "(Regulation 12(2)(a))"),
             ("The provider must ensure that local rules are displayed in all x-ray rooms.", "(Regulation 12(2)(b))")]
    shoulds = ["The hospital should ensure that pregnancy status checks are documented for all patients.",
               "The hospital should consider introducing peer review of reporting radiographers' images.",
               "The hospital should ensure that minutes of the radiation protection committee record actions."]
    for x, heading in zip(lefts, ("Action the hospital MUST take to improve", "Action the hospital SHOULD take to improve")):
        sheet.put(heading, x, 4 * size, 1.1 * size, "Helvetica-Bold")
    for column, items in ((0, [(s, c) for s, c in musts]), (1, [(s, None) for s in shoulds])):
        x, top = lefts[column], 6.5 * size
        for statement, citation in items:
            top = sheet.bullet_item(statement, x, top, size, width - 1.2 * size, lead)
            if citation:
                sheet.put(citation, x + 1.2 * size, top + (1 - note) * size, note * size)
                top += lead
            top += 0.4 * size
    sheet.save()
    assert [(f.kind, f.text) for f in read_findings(path)] == [("must", f"{s} {c}") for s, c in musts] + [
        ("should", s) for s in shoulds]
