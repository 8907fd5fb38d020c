"""Layouts of printed web pages and other producers, measured relative to the type: run-in
service labels, table label cells centred in their rows (and split by a page break), a
small two-column action block under a two-line lead-in, bullets whose text wraps back to
the bullet, requirement-notice rows stacked label over value, and a report printed from
CQC's website being recognised as one."""

import pytest
from build import LEADING, PageBreak, bullet, doc, line

from cqcplan.models.document import Line
from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.glyphs import Glyph
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.notices import read_notices
from cqcplan.pipeline.read import read_page
from cqcplan.pipeline.scan import not_a_report
from cqcplan.pipeline.text import bullet_marker


def statements(*spec):
    return extract(locate(doc(PageBreak, *spec)), "built.pdf")


def _set(text: str, x: float, top: float, size: float, bold_words: int = 0) -> list[Glyph]:
    """One line as word runs (letters half an em wide, a third of an em between words), its
    first `bold_words` words in bold."""
    runs = []
    for n, word in enumerate(text.split()):
        width = 0.5 * size * len(word)
        runs.append(Glyph(word, x, x + width, top, top + 1.2 * size, size, n < bold_words, False, True))
        x += width + size / 3
    return runs


def _page(rows: list[tuple], size: float) -> list[Line]:
    """Rows given as (text, x, top[, bold words]) in ems of the type, read back as lines."""
    glyphs = [g for spec in rows for g in _set(spec[0], 40 + spec[1] * size, 60 + spec[2] * size, size,
                                               spec[3] if len(spec) > 3 else 0)]
    return read_page(glyphs, 1, 595.0, 842.0).lines


# ---- run-in labels ---------------------------------------------------------------------

@pytest.mark.parametrize("size", [8.0, 11.0, 14.0])
def test_a_bold_label_run_in_before_plain_text_is_read_as_a_run_in_label(size):
    lines = _page([("■ Surgery: The hospital must ensure that checks are done.", 0, 0, 2),
                   ("■ Services for children and young people: The hospital must act.", 0, 2, 7),
                   ("Important to note: all of this line is in bold.", 0, 4, 10),
                   ("■ The hospital should: review its rotas.", 0, 6)], size)
    assert [line.run_in for line in lines] == ["Surgery:", "Services for children and young people:", "", ""]


def test_a_run_in_label_is_the_item_s_service_and_not_its_text():
    found = statements(
        line("Action the hospital MUST take to improve", bold=True, size=12),
        bullet("Surgery: The hospital must ensure that the checklist is completed.", run_in="Surgery:"),
        bullet("The hospital must ensure that staff are trained."),
        bullet("Medical care: The hospital must ensure that medicines are stored securely.", run_in="Medical care:"),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The hospital must ensure that the checklist is completed.", "Surgery"),
        ("The hospital must ensure that staff are trained.", "Surgery"),
        ("The hospital must ensure that medicines are stored securely.", "Medical care"),
    ]


def test_a_run_in_label_filling_or_wrapping_from_the_first_line_is_still_the_label():
    found = statements(
        line("Action the trust SHOULD take to improve", bold=True, size=12),
        bullet("Critical care:", run_in="Critical care:"),
        line("The trust should review its rotas.", x=84),
        bullet("Services for children and young", bold=True),
        line("people: The trust should audit pain scores.", x=84, run_in="people:"),
        bullet("Wards for older people with mental health problems:", bold=True),
        line("Ensure that the ward is safe.", x=72),  # no hanging indent: back at the bullet's x
    )
    assert [(f.text, f.service) for f in found] == [
        ("The trust should review its rotas.", "Critical care"),
        ("The trust should audit pain scores.", "Services for children and young people"),
        ("Ensure that the ward is safe.", "Wards for older people with mental health problems"),
    ]


def test_a_run_in_label_wrapped_whole_over_two_bold_lines_is_still_the_label():
    found = statements(
        line("Areas for improvement", bold=True, size=14),
        bullet("Acute wards for adults of working age", bold=True),
        line("and psychiatric intensive care units:", x=84, bold=True),
        line("The service must make sure that staff receive appraisals.", x=84),
        bullet("The service must ensure that the environment is safe."),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The service must make sure that staff receive appraisals.",
         "Acute wards for adults of working age and psychiatric intensive care units"),
        ("The service must ensure that the environment is safe.",
         "Acute wards for adults of working age and psychiatric intensive care units"),
    ]


def test_a_must_list_lead_in_naming_the_following_actions_is_no_statement():
    found = statements(
        line("Action the hospital MUST take to improve", bold=True, size=12),
        line("The provider must take the following actions:"),
        line("1) The hospital must ensure that the checklist is completed.", text_x=86),
    )
    assert [f.text for f in found] == ["The hospital must ensure that the checklist is completed."]


# ---- bullets without a hanging indent --------------------------------------------------

def test_a_bullet_s_text_wrapping_back_to_the_bullet_goes_on_the_item_until_its_sentence_ends():
    found = statements(
        line("In addition the provider should:", bold=True),
        bullet("Review the arrangements for patients to get through by telephone at", indent=14),
        line("8am.", x=72),
        bullet("Ensure that all staff who act as chaperones have received training.", indent=14),
        line("(Regulation 21)", x=72),
        line("We will check this at our next inspection. Staff should know this.", x=72, gap=10),
    )
    assert [f.text for f in found] == [
        "Review the arrangements for patients to get through by telephone at 8am.",
        "Ensure that all staff who act as chaperones have received training. (Regulation 21)",
    ]


@pytest.mark.parametrize("glyph", ["→", "▸", "▹", "◆", "➔", "✱"])
def test_arrows_shapes_and_dingbats_are_bullets(glyph):
    """Any character of Unicode's Arrows, Geometric Shapes or Dingbats block opening a line."""
    assert bullet_marker(f"{glyph} Review the practice’s sharps procedures.") == f"{glyph} "


# ---- table label cells -----------------------------------------------------------------

@pytest.mark.parametrize("size", [8.0, 10.0, 13.0])
def test_label_cells_centred_in_their_rows_are_read_before_their_row(size):
    """A two-column table whose left cells are centred vertically in their rows: each row is
    read label first, then its cell, not the left column whole and then the right."""
    rows = [("Core service", 0, 0), ("Actions", 16, 0),
            ("The trust must:", 16, 2), ("– Ensure that vehicles are checked", 16, 3.3),
            ("daily and that checks are recorded.", 17.2, 4.6), ("– Ensure that drugs are audited.", 16, 5.9),
            ("The trust should:", 16, 7.8), ("– Review handover delays.", 16, 9.1),
            ("Emergency and urgent care", 0, 5.6),
            ("The trust must:", 16, 11.8), ("– Ensure that there are enough staff.", 16, 13.1),
            ("– Ensure that calls are audited.", 16, 14.4),
            ("Patient transport services", 0, 13.1)]
    texts = [line.text for line in _page(rows, size)]
    assert texts.index("Emergency and urgent care") < texts.index("The trust must:")
    assert texts.index("Review handover delays.".join(["– ", ""])) < texts.index("Patient transport services")
    assert texts.index("Patient transport services") == texts.index("– Review handover delays.") + 1


def test_a_service_label_split_by_a_page_break_under_a_repeated_header_row_is_joined():
    """The row's label prints "Emergency operations centre" on one page and "(EOC)" on the
    next, under the table's repeated header row; its lead-in is on the first page."""
    found = statements(
        line("Areas for improvement", bold=True, size=12),
        line("Core service", bold=True, x=60), line("Actions", bold=True, x=200, at=96.8),
        line("Emergency and urgent care", bold=True, x=60, gap=30),
        line("The trust must:", bold=True, x=200),
        bullet("Ensure that vehicles are checked daily.", x=205),
        line("Emergency operations centre", bold=True, x=60, gap=10),
        line("The trust must:", bold=True, x=200),
        PageBreak,
        line("Core service", bold=True, x=60), line("Actions", bold=True, x=200, at=80.0),
        line("(EOC)", bold=True, x=60, gap=40),
        bullet("Ensure that calls are answered within the target.", x=205),
        line("The trust should:", bold=True, x=200),
        bullet("Continue to recruit to the clinical hub.", x=205),
    )
    assert [(f.kind, f.service) for f in found] == [
        ("must", "Emergency and urgent care"),
        ("must", "Emergency operations centre (EOC)"),
        ("should", "Emergency operations centre (EOC)"),
    ]


# ---- a small two-column action block ---------------------------------------------------

@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_column_level_with_a_wrapped_heading_s_second_line_goes_on_in_its_column(size):
    """The should list's two-line lead-in ends the first column; the second column's last
    item happens to start level with the lead-in's second line. Each column is still read
    whole: the second is not a new block."""
    rows = [("We found breaches. They must:", 0, 0, 5), ("→ Review the sharps policy", 20, 0),
            ("1. Ensure that kit is checked", 0, 1.4), ("and the protocols for", 21.5, 1.4),
            ("weekly by the practice team.", 1.5, 2.8), ("root canal treatment.", 21.5, 2.8),
            ("2. Establish good governance", 0, 4.6), ("→ Review the storage of", 20, 4.6),
            ("with a system for alerts.", 1.5, 6.0), ("medicines and the", 21.5, 6.0),
            ("There were areas where the", 0, 8.2, 5), ("fridge is checked.", 21.5, 7.4),
            ("provider could improve. They should:", 0, 9.6, 5), ("→ Take action to audit", 20, 9.8),
            ("→ Review the training of", 0, 11.4), ("radiography regularly.", 21.5, 11.2),
            ("individual staff members.", 1.5, 12.8)]
    texts = [line.text for line in _page(rows, size)]
    assert texts[texts.index("provider could improve. They should:") + 1] == "→ Review the training of"
    assert texts.index("→ Review the sharps policy") > texts.index("individual staff members.")


# ---- requirement notices stacked label over value --------------------------------------

def test_notice_rows_stacked_label_over_value_are_read_row_by_row():
    rows = []
    for reg, title, text in [("12", "Safe care and treatment", "Risks to people were not assessed."),
                             ("18", "Staffing", "Rotas did not allow travel time between calls.")]:
        rows += [line("Regulated activity", bold=True), line("Personal care"), line("Regulation", bold=True),
                 line(f"Regulation {reg} HSCA RA Regulations 2014 {title}"),
                 line("How the regulation was not being met:", bold=True), line(text)]
    built = doc(line("Action we have told the provider to take", bold=True, size=13), *rows)
    notices = read_notices(built)
    assert [(n.regulation.number if n.regulation else None, n.activities, n.statement) for n in notices] == [
        ("12", ["Personal care"], "Risks to people were not assessed."),
        ("18", ["Personal care"], "Rotas did not allow travel time between calls."),
    ]


# ---- recognising a report printed from CQC's website -----------------------------------

WEB_PAGE = """Care Quality Commission
Home › Find and compare services › Larkspur Home Care Services › Assessment
Larkspur Home Care Services
Provided and run by: Larkspur Care Partnership Ltd
Report published: 18 June 2024
Overall            Requires improvement
Safe               Requires improvement
Summary
Larkspur Home Care Services is a domiciliary care agency. During an assessment under our new approach,
we looked at 12 quality statements. This assessment took place between 8 April and 2 May 2024."""


def test_a_report_printed_from_cqc_s_website_is_recognised():
    assert not_a_report([WEB_PAGE]) is None


def test_an_assessment_report_that_never_names_cqc_is_recognised():
    """A downloaded assessment report names neither CQC nor "Date of assessment": its title, its
    "Assessment date:" label, its overall rating and a wrapped "quality statements" are enough."""
    page = ("Brookvale Home Care\nAssessment report\nAssessment date: 2 May 2024 to 20 May 2024\n"
            "Date of publication: 1 August 2024\nRatings\nOverall rating\nGood\nOur view of the service\n"
            "We assessed the service between 2 and 20 May 2024. We looked at 8 quality\nstatements across "
            "the safe and well-led key questions.")
    assert not_a_report([page]) is None


def test_a_web_page_only_mentioning_cqc_is_still_refused():
    page = ("Minutes of the board meeting\nPresent: the chair, the chief executive\nApologies: none\n"
            "The Care Quality Commission published its assessment report; find and compare services on its website.")
    assert not_a_report([page]) is not None


def test_a_printed_web_page_s_cover_names_provider_location_and_assessment_dates():
    from datetime import date

    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Care Quality Commission"),
                line("Home › Find and compare services › Larkspur Home Care Services › Assessment"),
                line("Larkspur Home Care Services", size=16, bold=True),
                line("Provided and run by: Larkspur Care Partnership Ltd"),
                line("Report published: 18 June 2024"),
                line("This assessment took place between 8 April and 2 May 2024."))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location, meta.published, meta.inspection_dates) == (
        "Larkspur Care Partnership Ltd", "Larkspur Home Care Services", date(2024, 6, 18),
        [date(2024, 4, 8), date(2024, 5, 2)])


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_a_printed_web_page_s_navigation_column_is_no_name(size):
    """The site's navigation, read first in a column of its own left of the cover, names no one."""
    from cqcplan.pipeline.metadata import read_metadata

    nav = [line(item, x=40, size=size, at=50 + k * 2 * size, left=40)
           for k, item in enumerate(("Summary", "Our view of the service", "Safe", "Effective", "Contact us"))]
    main = 40 + 16 * size
    cover = doc(*nav,
                line("Wrenfold Hospice", x=main, size=2.5 * size, bold=True, left=main),
                line("Wrenfold Hospice Care Trust", x=main, size=size, left=main),
                line("2 Mill Lane, Wrenfold WF1 2AB", x=main, size=size, left=main),
                line("Assessment report", x=main, size=1.6 * size, bold=True, left=main))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location) == ("Wrenfold Hospice Care Trust", "Wrenfold Hospice")


def test_a_logo_masthead_set_without_its_word_space_is_no_name_and_activity_dates_are_read():
    from datetime import date

    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("CareQuality Commission"),
                line("Home › Find and compare services › Swale Medical Services › Reports"),
                line("Swale Medical Services", size=16, bold=True),
                line("Provided and run by: Swale Medical Services Ltd"),
                line("Assessment activity started on 12 February 2024 and ended on 21 March 2024."))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location, meta.inspection_dates) == (
        "Swale Medical Services Ltd", "Swale Medical Services", [date(2024, 2, 12), date(2024, 3, 21)])


def test_a_logo_stacked_over_two_lines_is_no_name():
    """The cover's logo "CareQuality" over "Commission" (a line each) names neither the provider
    nor the location printed under it."""
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("CareQuality", size=14, bold=True), line("Commission", size=14, bold=True),
                line("Severnvale Health Partnership Ltd", size=16, bold=True),
                line("Severnside NHS 111 and Out of Hours Service", size=20, bold=True),
                line("Inspection report", size=14))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location) == ("Severnvale Health Partnership Ltd", "Severnside NHS 111 and Out of Hours Service")


def test_the_provider_label_may_be_one_segment_of_the_address_line():
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Care Quality Commission"),
                line("Ashgrove House", size=16, bold=True),
                line("Care home · 3 Mill Lane, Ripon · Provided and run by: Ashgrove Care Ltd · Tel 01765 000000"),
                line("Overall    Good"),
                line("Report published: 2 July 2024"))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location) == ("Ashgrove Care Ltd", "Ashgrove House")


@pytest.mark.parametrize("size", [10.0, 15.0])
def test_the_site_link_on_the_regulator_s_masthead_row_is_no_name(size):
    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Care Quality Commission", size=size, at=60.0),
                line("Find and compare services", x=400, size=size, at=60.0),
                line("Kingsgate Dental Care", size=size * 1.6, bold=True, gap=size * 3),
                line("Kingsgate Dental Partnership LLP", size=size),
                line("Report published: 9 October 2024", size=size))
    meta = read_metadata(cover, "")
    assert (meta.provider, meta.location) == ("Kingsgate Dental Partnership LLP", "Kingsgate Dental Care")


def test_a_date_wrapped_in_a_narrow_sidebar_cell_is_read_whole_not_from_the_text_beside_it():
    from datetime import date

    from cqcplan.pipeline.metadata import read_metadata

    cover = doc(line("Elm Grove Dental Care", size=16, bold=True), line("Inspection report", size=14),
                line("Date of inspection visit: 12", x=14), line("March 2019", x=14),
                line("Date of publication: 24 April", x=14), line("2019", x=14),
                line("We carried out this announced inspection on 1 March 2019 under section 60 of the Act.",
                     x=170, at=80 + 16 * 1.4 + 14 * 1.4 + 3 * LEADING))
    meta = read_metadata(cover, "")
    assert (meta.inspection_dates, meta.published) == ([date(2019, 3, 12)], date(2019, 4, 24))


def test_an_item_going_on_at_the_next_column_s_bullet_x_keeps_its_next_item_a_new_item():
    """No hanging indent: at the top of the next column the item's text goes on at the
    bullet's x there, so the bullet under it starts the next item, not a sub-point."""
    found = statements(
        line("In addition the trust should:", bold=True, x=66, left=66),
        bullet("Ensure that all staff complete their training.", indent=14, left=66),
        bullet("The trust should ensure", indent=14, left=66),
        line("that staff know the vision.", x=300, at=92.0, left=300),
        bullet("The trust should make sure that leaflets are available.", x=300, indent=14, at=104.0, left=300),
    )
    assert [f.text for f in found] == ["Ensure that all staff complete their training.",
                                       "The trust should ensure that staff know the vision.",
                                       "The trust should make sure that leaflets are available."]


@pytest.mark.parametrize("size", [9.5, 14.0])
def test_a_main_column_goes_on_under_a_sidebar_set_in_smaller_type(size):
    """A sidebar in smaller type beside the top of the main column: the main column's next line,
    in its own type under the sidebar's end, goes on in that column (it is no lead-in of a new
    block for being larger than the sidebar's type)."""
    side = 0.88 * size
    main = ["The trust should review the caseload tool so", "that caseloads are weighted by complexity.",
            "Consider how patients can contact the team", "out of hours without going through the GP",
            "service at weekends or at night.", "Ensure that staff have working devices.",
            "Ensure that patients are told how to complain."]
    sidebar = ["What happens next", "The trust must send us an action", "plan within 28 days.", "We will return."]
    glyphs = [g for n, text in enumerate(main) for g in _set(text, 40, 60 + n * 1.4 * size, size)]
    glyphs += [g for n, text in enumerate(sidebar) for g in _set(text, 40 + 30 * size, 60 + n * 1.4 * side, side)]
    texts = [l.text for l in read_page(glyphs, 1, 40 + 48 * size, 842.0).lines]
    assert texts[:len(main)] == main and texts[len(main):] == sidebar
