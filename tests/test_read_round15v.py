"""Reading round fifteen v (issue 10), the harder batch BV as a development set, each fault as a
class, on small PDFs drawn here with reportlab at several type sizes and read back whole:

- a key question's heading letter-spaced wider than a word space ("S A F E", CSS letter-spacing
  of a quarter of an em): its letters are one word, its words apart (before, each letter was a
  word, the heading named no key question and was the section as "S A F E");
- a key question on the first page over its score, a sentence set larger than the body ("This
  service scored 17 points out of a possible 32."): a section's heading, not the cover's ratings
  grid's label (a grid's label is followed by its rating or the next label, never a sentence);
- a core service's report whose cover prints no ratings, its ratings grid set on the page after
  the locations it inspected: the ratings are read there (before, all None);
- a must list set as a table (ward | action) whose header row, in bold type larger than the
  list's heading, stands between the heading's lead-in and the first row: the header row heads
  the table's columns and ends no list (before, it closed the list and every row was lost); a
  ward label cell wrapped over two lines is the group of its row's items, and a ward printed
  again on a later page labels its row there (before, it was taken for a repeated header cell);
- a footnote in smaller type under a paragraph, opening with the mark printed in the paragraph
  ("¹ National Institute …"), is no part of the paragraph's last sentence (before, the
  recommendation ran on into it); a double-spaced paragraph on a page set tight goes on over its
  wide leading where its sentence is unfinished and the next line opens lower case (before, each
  line was a paragraph: a breach sentence lost "This was" and ended at "Regu-");
- "2.1"-numbered items whose wrapped lines hang a little right of the first line's text (the
  number wider than the indent's tab stop): a citation wrapped there after a finished sentence
  is the item's (before, it ended the list: the citation was dropped and the next items lost);
- a heading printed in capitals is the section as printed ("IS THE SERVICE SAFE?"; round thirty-seven:
  the outside sets DA, CN and CX print such headings and read them so).
"""

import pytest

pytest.importorskip("reportlab")

from test_read_round7e import FONTS, HEIGHT, _findings  # noqa: E402

from build import PageBreak, doc, line  # noqa: E402

from cqcplan.pipeline.extract import extract  # noqa: E402
from cqcplan.pipeline.locate import locate  # noqa: E402
from cqcplan.pipeline.metadata import read_metadata  # noqa: E402

LEFT = 60.0
BREACH = "This was a breach of regulation 12 (Safe care and treatment)."


def _draw(path, lines: list[tuple]):
    """Each line (text, x, top, size, bold, spacing) drawn glyph by glyph in DejaVu Sans, each
    glyph's advance widened by `spacing` ems (CSS letter-spacing)."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVu", str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVu-Bold", str(FONTS / "DejaVuSans-Bold.ttf")))
    page = canvas.Canvas(str(path), pagesize=(595.0, HEIGHT))
    for text, x, top, size, bold, spacing in lines:
        font = "DejaVu-Bold" if bold else "DejaVu"
        page.setFont(font, size)
        if not spacing:
            page.drawString(x, HEIGHT - top - size, text)
            continue
        for ch in text:
            if ch != " ":
                page.drawString(x, HEIGHT - top - size, ch)
            x += pdfmetrics.stringWidth(ch, font, size) + spacing * size
    page.showPage()
    page.save()
    return path


def _assessment_first_page(size: float, heading: str, spacing: float) -> list[tuple]:
    """An assessment report's first page: the cover's ratings beside their labels, then the
    first key question's heading in capitals over its score in type larger than the body, a
    quality statement's heading and a breach passage."""
    rows = [("Assessment report", LEFT, 60.0, size, False, 0), ("Elmfield Court", LEFT, 76.0, 2 * size, True, 0)]
    top = 76.0 + 3 * size
    for label, rating in [("Safe", "Requires improvement"), ("Well-led", "Good")]:
        rows += [(label, LEFT, top, size, False, 0), (rating, LEFT + 12 * size, top, size, False, 0)]
        top += 1.6 * size
    top += 2 * size
    rows.append((heading, LEFT, top, 1.35 * size, True, spacing))
    top += 2.6 * size
    rows.append(("This service scored 17 points out of a possible 32.", LEFT, top, 1.2 * size, False, 0))
    top += 2.6 * size
    rows.append(("Learning culture", LEFT, top, 1.15 * size, True, 0))
    top += 2 * size
    for words in ["Bins for clinical waste were kept in an unlocked shed beside the car park.", BREACH]:
        rows.append((words, LEFT, top, size, False, 0))
        top += 1.3 * size
    return rows


@pytest.mark.parametrize("size", [8.0, 9.0, 11.0])
@pytest.mark.parametrize("heading,spacing", [("SAFE", 0.25), ("SAFE", 0.4), ("IS THE SERVICE SAFE?", 0.3),
                                             ("IS THE SERVICE SAFE?", 0)])
def test_a_key_question_in_capitals_letter_spaced_over_its_score_heads_its_section(tmp_path, size, heading, spacing):
    doc, found = _findings(_draw(tmp_path / "report.pdf", _assessment_first_page(size, heading, spacing)))
    assert heading in [line.text for line in doc.pages[0].lines]
    assert [(f.kind, f.section, f.domain) for f in found] == [("must", heading, "Safe")]

COVER = [line("Severnside Partnership NHS Foundation Trust", size=18.0, bold=True),
         line("Acute wards for adults of working age and psychiatric intensive care units", size=14.0, bold=True),
         line("Quality Report", size=14.0), line("Date of publication: 13/05/2016", gap=20.0)]
GRID = [("Overall rating for the service", "Requires improvement"), ("Are services safe?", "Inadequate"),
        ("Are services caring?", "Good")]


@pytest.mark.parametrize("size", [9.0, 12.0])
def test_ratings_on_the_page_after_a_cover_printing_none_are_the_reports(size):
    grid = [line(f"{label} {rating}", size=size) for label, rating in GRID]
    locations = [line("Locations inspected", size=size, bold=True), line("RX9AB Brookside Hospital Kestrel ward GL7 4DZ", size=size),
                 line("Ratings", size=size, bold=True, gap=size)]
    assert read_metadata(doc(*COVER, PageBreak, *locations, *grid), "").ratings == {
        "overall": "Requires improvement", "safe": "Inadequate", "caring": "Good"}
    narrative = [line("Are services safe? Good staff recruitment had improved since the last inspection.", size=size)]
    assert read_metadata(doc(*COVER, PageBreak, *narrative), "").ratings == {}
    # a cover rating the service but no key question: a next page's grid rating another overall (a
    # trust's, another location's) gives none of its key questions; the cover's own rating stays
    on_cover = [line("Overall rating for the service Good", size=size)]
    assert read_metadata(doc(*COVER, *on_cover, PageBreak, *locations, *grid), "").ratings == {"overall": "Good"}
    on_cover.append(line("Are services safe? Good", size=size))
    assert read_metadata(doc(*COVER, *on_cover, PageBreak, *locations, *grid), "").ratings == {
        "overall": "Good", "safe": "Good"}


NARRATIVE = ["Inspectors visited every ward and spoke with patients, carers and ward managers.",
             "We reviewed care records, medicines charts and observation records.",
             "Staff described a supportive culture and told us that managers were visible."]
WARD_ROWS = [(["Larch ward", "Rowan ward"], ["i. The trust must ensure that ligature risk assessments for",
                                           "Larch ward and Rowan ward identify all ligature anchor points."]),
             (["Hawthorn PICU"], ["i. The trust must ensure that seclusion records are completed",
                                  "in line with the Mental Health Act Code of Practice."]),
             (None, None),
             (["Larch ward"], ["i. The trust must ensure that blanket restrictions on Larch",
                               "ward are reviewed individually for each patient."])]


def _ward_table(size: float) -> list:
    """A page of narrative in `size` type, then a must list headed a little larger, its lead-in in
    small type, and a table: a bold header row set larger than the list's heading, each row's ward
    cell (one or two lines) beside its numbered action; over a page break the header row again."""
    big, lead, label_x, item_x = 1.25 * size, 1.45 * size, 60.0, 60.0 + 12 * size
    spec = [line(text, size=size) for text in NARRATIVE]
    spec += [line("Action the provider MUST take to improve", size=1.15 * size, bold=True, gap=size),
             line("The table lists each action by ward.", size=0.85 * size)]
    top = 80.0 + 8 * size
    for labels, texts in [(["Ward(s)"], ["Action required"])] + WARD_ROWS:
        if labels is None:
            spec.append(PageBreak)
            top = 80.0
            labels, texts = ["Ward(s)"], []
        header = labels == ["Ward(s)"]
        for n in range(max(len(labels), len(texts))):
            if n < len(labels):
                spec.append(line(labels[n], x=label_x, size=big, bold=header, at=top + n * lead))
            if n < len(texts):
                x = item_x if n == 0 else item_x + 1.2 * big
                spec.append(line(texts[n], x=x, text_x=item_x + 1.2 * big, size=big, bold=header, at=top + n * lead))
        top += max(len(labels), len(texts)) * lead + size
    spec += [line("Action the provider SHOULD take to improve", size=1.15 * size, bold=True, at=top + size)]
    return spec


@pytest.mark.parametrize("size", [8.0, 9.5, 11.0])
def test_a_table_s_header_row_under_a_list_heading_ends_no_list_and_ward_cells_group_its_rows(size):
    found = extract(locate(doc(*_ward_table(size))), "built.pdf")
    assert [(f.kind, f.page, f.group, f.text) for f in found] == [
        ("must", page, " ".join(labels), " ".join(texts)[3:])
        for page, (labels, texts) in zip([1, 1, 0, 2], WARD_ROWS) if labels]


TIGHT = ["Risk assessments for people at high risk of falls had not been updated after falls. One",
         "person had fallen four times in a month, but their falls risk assessment had not been",
         "reviewed. Medicines administration records showed gaps for topical creams for two people.",
         "We recommend the provider consider current guidance\u00b9 on the administration of covert",
         "medicines and take action to update their practice accordingly."]
FOOTNOTE = "\u00b9 National Institute for Health and Care Excellence, Managing medicines in care homes, 2014."
DOUBLE = ["Staffing levels at night did not meet people's assessed needs. On three of the nights we",
          "reviewed only two staff were on duty for 31 people. The provider had failed to ensure there",
          "were sufficient numbers of suitably qualified staff deployed. This was a breach of regulation",
          "18 (Staffing) of the Health and Social Care Act 2008 (Regulated Activities) Regu-",
          "lations 2014."]


@pytest.mark.parametrize("size", [9.0, 10.5, 12.0])
def test_a_footnote_ends_its_paragraph_and_double_spacing_keeps_one(size):
    spec = [line("Is the service safe?", size=1.2 * size, bold=True)]
    spec += [line(text, size=size) for text in TIGHT]
    spec.append(line(FOOTNOTE, size=0.76 * size, gap=0.3 * size))
    spec.append(line("Staffing and recruitment", size=1.05 * size, bold=True, gap=size))
    spec += [line(text, size=size, gap=(0 if n == 0 else 1.3 * size)) for n, text in enumerate(DOUBLE)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [(f.kind, f.text) for f in found] == [
        ("should", "We recommend the provider consider current guidance\u00b9 on the administration of covert medicines "
                   "and take action to update their practice accordingly."),
        ("must", " ".join(DOUBLE).replace("Regu- lations", "Regulations"))]  # the breach's passage, whole


NUMBERED = [("2.1", "The provider must ensure that patient records in outpatients are not left unattended.",
             "(Regulation 17(2)(c))"),
            ("2.2", "The provider must ensure that the temperature of the vaccine fridge is monitored daily.",
             "(Regulation 12(2)(g))")]


@pytest.mark.parametrize("size", [8.0, 9.5, 12.0])
def test_a_citation_wrapped_to_a_deeper_hanging_indent_after_a_finished_sentence_is_the_items(size):
    x, text_x, hang = 51.0, 51.0 + 2.2 * size, 51.0 + 2.75 * size
    spec = [line("Action the hospital MUST take to improve", size=1.2 * size, bold=True),
            line("Outpatients", size=1.05 * size, bold=True)]
    for number, sentence, citation in NUMBERED:
        spec += [line(f"{number} {sentence}", x=x, text_x=text_x, size=size), line(citation, x=hang, size=size)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [(f.kind, f.text) for f in found] == [("must", f"{sentence} {citation}") for _, sentence, citation in NUMBERED]
