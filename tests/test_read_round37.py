"""Reading round thirty-seven (issue 10), the batch CU as a development set; its page is built here
with reportlab's canvas, line by line, at several type sizes:

- a must list whose items hang: "– " then the first line's text, the wrapped lines at a tab stop
  right of that text by the indent slack (0.4 em), give or take a re-print's rounding (a few
  thousandths of an em). The first wrapped line fell inside the slack and the next one just outside
  it: the item ended there and its last line ("13(2))", its citation's end) was lost. The first
  wrapped line now shows where the item's lines go, as one set further off already did;
- a care home's breach sentence whose citation ends a line ("… regulation 12(2)(g)") and whose
  regulation's title in brackets opens the next ("(Safe care and treatment) of …"): the title is no
  part of the citation, so the line end is a space, as printed (CN's care home); a paragraph part
  opening the next line ("12(2)" / "(g)") still joins without one;
- a 2014 letter's should list in two balanced columns, the left one an item longer, and the letter's
  signature ("Professor Sir Mike Richards" in bold / "Chief Inspector of Hospitals") set under the
  left column at the items' own spacing, then nothing down to the footer: the signature follows both
  columns (before, it was read at the left column's foot, closing the list, and the right column's
  items were found only where the report repeats them, under their chapters' services);
- list headings printed in capitals (a CSS text-transform: the glyphs and the text layer both say
  capitals, "IMPORTANTLY, THE PROVIDER MUST:") are the findings' sections as printed (before, they
  were given in sentence case, "Importantly, the provider MUST:"; DA, CN and CX read them as printed);
- an assessment's first page: its ratings grid lists "Safe" as a label, and "Safe" is printed again
  under it as a heading in larger bold type over a rating line, score cards and a quality statement's
  heading: the section of the statements under it (before, it was read as another grid label and the
  quality statement's heading was their section).

Each test fails without its change: locate.py's `_under_text`; text.py's `join_lines` taking a
line as a citation's next part only when it opens with one (`CITATION_PARTS`); gutters.py's
`Gutter._closing_rows`; extract.py and breaches.py giving the section as printed; locate.py's
`grid_labels`.
"""

from pathlib import Path

import pytest

pytest.importorskip("reportlab")

from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402
from test_read_outside_tables import WIDTH, _Page  # noqa: E402
from reading import read_findings as _derived  # noqa: E402
from test_read_round32 import _findings, _fonts, _wrapped  # noqa: E402

BODY = ["We found areas of practice that require improvement. The list below sets out the actions the",
        "provider must take to comply with its legal obligations."]
MUSTS = ["The provider must ensure that all staff caring for children have completed level 3 safeguarding "
         "children training and that the training is recorded. (Regulation 13(2))",
         "The provider must ensure that the controlled drugs register in theatres is completed accurately and "
         "that discrepancies are investigated and reported. (Regulation 12(2)(g))"]
# The wrapped lines' offsets from the slack's edge, in ems: a re-print's rounding either side of it.
ROUNDING = [-0.004, 0.004]


def _hanging_list(path: Path, size: float) -> None:
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, width, top = 57.0, 260.0, 60.0

    def draw(text: str, x: float, font: str = "DejaVu") -> None:
        page.setFont(font, size)
        page.drawString(x, A4[1] - top - size, text)

    for text in BODY:
        draw(text, left)
        top += 1.3 * size
    top += size
    draw("Action the provider MUST take to improve", left, "DejaVu-Bold")
    top += 1.8 * size
    text_x = left + pdfmetrics.stringWidth("– ", "DejaVu", size)
    for statement in MUSTS:
        first, *rest = _wrapped(statement, width - (text_x - left), width - (text_x - left) - 0.4 * size, size)
        draw("–", left)
        draw(first, text_x)
        for n, line in enumerate(rest):
            top += 1.15 * size
            draw(line, text_x + (0.4 + ROUNDING[n % 2]) * size)
        top += 1.4 * size
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_hanging_indent_at_the_slack_s_edge_keeps_the_item_s_lines(tmp_path, size):
    path = tmp_path / "report.pdf"
    _hanging_list(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("must", text) for text in MUSTS]


R14 = "of the Health and Social Care Act 2008 (Regulated Activities) Regulations 2014."
BREACHES = [("Medicines were not managed safely. This was a further breach of regulation 12(2)(g)",
             f"(Safe care and treatment) {R14}"),
            ("Staff had not completed the training they needed. This was a breach of regulation 18(2)(a)",
             f"(Staffing) {R14}")]


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_a_regulation_s_title_opening_the_next_line_is_set_apart_from_its_citation(tmp_path, size):
    path = tmp_path / "care.pdf"
    page = _Page(path, size)
    left, top = 56.0, 60.0
    page.put("Is the service safe?", left, top, 1.4 * size, bold=True)
    top += 2.6 * size
    for first, second in BREACHES:
        page.put(first, left, top)
        page.put(second, left, top + 1.25 * size)
        top += 3.2 * size
    page.canvas.save()
    assert [f.text[f.text.index("This was"):] for f in _derived(path) if f.kind == "must"] == [
        "This was a further breach of regulation 12(2)(g) (Safe care and treatment) " + R14,
        "This was a breach of regulation 18(2)(a) (Staffing) " + R14]


SHOULDS = ["Ensure that do not attempt cardiopulmonary resuscitation forms are completed fully, including the "
           "discussion with the patient or their family.",
           "Review the arrangements for discharging patients at weekends so that medicines to take home are "
           "available in good time.",
           "Improve the environment of the children’s waiting area in the emergency department so that it is "
           "separate from adults.",
           "Consider how to reduce the number of outpatient clinics cancelled at short notice.",
           "Ensure that the surgical safety checklist is audited and the results shared with theatre teams.",
           "Develop a strategy for end of life care that is understood by ward staff."]


def _letter(path: Path, size: float) -> None:
    """The letter's close: its should list in two columns (three items each, the left ones longer),
    the signature under the left column as far below its last item as the items are apart."""
    _fonts()
    page = Canvas(str(path), pagesize=A4)
    left, gutter, lead, gap = 50.0, 1.8 * size, 1.22 * size, 0.45 * size
    width = (A4[0] - 2 * left - gutter) / 2

    def draw(text: str, x: float, top: float, font: str = "DejaVu") -> None:
        page.setFont(font, size)
        page.drawString(x, A4[1] - top - size, text)

    top = 70.0
    draw("Letter from the Chief Inspector of Hospitals", left, top, "DejaVu-Bold")
    top += 2 * size
    for line in _wrapped("We carried out this comprehensive inspection because the hospital was placed in a high "
                         "risk band. Overall, this hospital requires improvement.", 2 * width + gutter,
                         2 * width + gutter, size):
        draw(line, left, top)
        top += lead
    top += gap
    draw("In addition the trust should:", left, top, "DejaVu-Bold")
    top += lead + gap
    bottoms = []
    for column, items in enumerate((SHOULDS[:3], SHOULDS[3:])):
        x, at = left + column * (width + gutter), top
        for item in items:
            draw("•", x, at)
            for line in _wrapped(item, width - 1.4 * size, width - 1.4 * size, size):
                draw(line, x + 1.4 * size, at)
                at += lead
            at += gap
        bottoms.append(at)
    draw("Professor Sir Mike Richards", left, bottoms[0], "DejaVu-Bold")
    draw("Chief Inspector of Hospitals", left, bottoms[0] + lead)
    page.showPage()
    page.save()


@pytest.mark.parametrize("size", [9.0, 10.0, 11.5])
def test_a_signature_under_a_list_s_balanced_columns_follows_both(tmp_path, size):
    path = tmp_path / "letter.pdf"
    _letter(path, size)
    assert [(kind, text) for kind, _, text in _findings(path)] == [("should", text) for text in SHOULDS]


CAPITALS = [("IMPORTANTLY, THE PROVIDER MUST:", ["Ensure that patient records in outpatients are stored securely."]),
            ("IN ADDITION THE PROVIDER SHOULD:", ["Ensure that the resuscitation trolleys are checked daily."])]


@pytest.mark.parametrize("size", [9.5, 12.0])
def test_a_list_heading_printed_in_capitals_is_the_section_as_printed(tmp_path, size):
    path = tmp_path / "capitals.pdf"
    page = _Page(path, size)
    left, top = 56.0, 60.0
    top = page.para("We found areas of practice that require improvement at the hospital. " * 2, left, top,
                    WIDTH - 2 * left) + size
    for heading, items in CAPITALS:
        page.put(heading, left, top, bold=True)
        top += 1.8 * size
        for item in items:
            top = page.para(item, left, top, WIDTH - 2 * left, indent=1.4 * size, bullet=True) + 0.5 * size
        top += size
    page.canvas.save()
    assert [(f.kind, f.section, f.text) for f in _derived(path)] == [
        (heading.split()[-1].lower().rstrip(":"), heading, item) for heading, items in CAPITALS for item in items]


GRID = [("Overall", "Requires improvement"), ("Safe", "Requires improvement"), ("Effective", "Good")]
RECOMMEND = ("We recommend the provider reviews its systems for analysing incidents and falls, so that lessons "
             "are learned and shared with staff in a timely way.")


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_grid_label_printed_again_as_a_heading_heads_its_section(tmp_path, size):
    path = tmp_path / "saf.pdf"
    page = _Page(path, size)
    left, width = 40.0, WIDTH - 80.0
    page.put("Ashgrove Lodge", left, 60, 2 * size, bold=True)
    top = page.para("Assessment report", left, 60 + 3 * size, width, 1.3 * size) + size
    page.put("Key question", left, top, bold=True)
    page.put("Rating", left + 20 * size, top, bold=True)
    for label, rating in GRID:
        top += 1.7 * size
        page.put(label, left, top)
        page.put(rating, left + 20 * size, top)
    top += 3 * size
    page.put("Safe", left, top, 1.45 * size, bold=True)
    top += 2.8 * size
    page.put("Rating: Requires improvement Percentage score: 50%", left, top, bold=True)
    top += 2.5 * size
    for n, card in enumerate(("Learning culture", "Safe and effective staffing")):
        page.put(card, left + n * 18 * size, top, 0.76 * size, bold=True)
        page.put("Score: 2", left + n * 18 * size, top + size, 0.76 * size)
    top += 3 * size
    page.put("Learning culture", left, top, 1.05 * size, bold=True)
    top += 1.5 * size
    page.put("Score: 2 – Some shortfalls", left, top, 0.76 * size)
    top = page.para("Staff reported incidents, but the provider did not always analyse falls for themes and "
                    "trends.", left, top + 2 * size, width) + size
    page.para(RECOMMEND, left, top, width)
    page.canvas.save()
    assert [(f.kind, f.section, f.text) for f in _derived(path)] == [("should", "Safe", RECOMMEND)]
