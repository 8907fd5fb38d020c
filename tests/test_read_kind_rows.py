"""Round five c of issue 10 (outside batch U as a development set): tables whose service cells
span a MUST row and a SHOULD row, service names in capitals, groups of no service, wrapped
and hyphenated label cells, and the page of a notice row's statement."""

from build import PageBreak, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate
from cqcplan.pipeline.notices import read_notices
from cqcplan.pipeline.structure_patterns import service_name
from cqcplan.pipeline.text import merge_wrapped_headings


def statements(*spec, default_service=None):
    return extract(locate(doc(PageBreak, *spec), default_service=default_service), "built.pdf")


def row(label: str | None, kind: str, item: str, *, at: float, wrapped: str | None = None) -> list:
    """One table row: a service cell (None: the cell the row above spans), a kind cell in
    smaller bold type, and an item beside them, all starting level."""
    cells = [line(label, x=50, bold=True, at=at)] if label else []
    cells += [line(kind, x=160, size=8, bold=True, at=at), line(f"– {item}", x=210, text_x=220, at=at)]
    if wrapped:
        cells.append(line(wrapped, x=220, at=at + 12))
    return cells


def test_kind_cells_give_their_rows_items_a_kind_under_the_spanning_service_cell():
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Core service", bold=True, at=90), line("Actions", x=210, bold=True, at=90),
        *row("Surgery", "MUST", "Ensure that the surgical safety checklist is", at=110,
             wrapped="completed for every patient."),
        *row(None, "SHOULD", "Review the storage of consumables in theatres.", at=140),
        *row("Medical care", "MUST", "Ensure that the endoscopy room meets guidance.", at=170),
        PageBreak,
        line("Core service", bold=True, at=60), line("Actions", x=210, bold=True, at=60),
        *row(None, "SHOULD", "Collect feedback from endoscopy patients.", at=80),
    )
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", "Surgery", "Ensure that the surgical safety checklist is completed for every patient."),
        ("should", "Surgery", "Review the storage of consumables in theatres."),
        ("must", "Medical care", "Ensure that the endoscopy room meets guidance."),
        ("should", "Medical care", "Collect feedback from endoscopy patients."),
    ]


def test_a_service_cell_wrapping_beside_its_first_item_names_the_row_whole():
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Services for children and", x=50, bold=True, at=110),
        line("MUST", x=160, size=8, bold=True, at=110),
        line("– Ensure that a registered children’s nurse is on duty", x=210, text_x=220, at=110),
        line("young people", x=50, bold=True, at=122),  # read after the item's first line
        line("when children are admitted.", x=220, at=122),
    )
    assert [(f.service, f.text) for f in found] == [
        ("Services for children and young people",
         "Ensure that a registered children’s nurse is on duty when children are admitted.")]


def test_a_group_of_no_service_after_the_services_is_no_service_s_own():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=13),
        line("Patient transport services", bold=True, size=11),
        line("• The trust must ensure that bariatric equipment is available.", text_x=84),
        line("Trust wide", bold=True, size=11),
        line("• The trust must ensure that serious incidents are investigated on time.", text_x=84),
        default_service="Emergency and urgent care",  # the cover (a list starting on page 1) names one service
    )
    assert [f.service for f in found] == ["Patient transport services", None]


def test_a_core_service_heading_in_capitals_is_the_service_s_name():
    assert service_name("COMMUNITY HEALTH SERVICES FOR ADULTS") == "Community health services for adults"
    assert service_name("SURGERY (CONTINUED)") == "Surgery"
    assert service_name("Surgery") == "Surgery"  # printed in the usual case: as printed
    assert service_name("Medical Care") == "Medical Care"
    assert service_name("COMMUNITY DENTISTRY") is None


def test_a_label_cell_hyphenated_at_its_line_end_joins_into_its_service():
    built = doc(line("Acute wards for adults of working age and psychiatric in-", x=50),
                line("tensive care units", x=50))
    lines = merge_wrapped_headings(list(built.body_lines()), completes=lambda text: service_name(text) is not None)
    assert [l.text for l in lines] == ["Acute wards for adults of working age and psychiatric intensive care units"]


def test_a_notice_row_broken_before_its_statement_gives_the_statement_s_page():
    built = doc(line("Action we have told the provider to take", bold=True, size=13, at=600),
                line("Regulated activity", x=50, bold=True, at=640), line("Regulation", x=200, bold=True, at=640),
                line("Personal care", x=50, at=670),
                line("Regulation 12 HSCA RA Regulations 2014 Safe care and treatment", x=200, at=670),
                PageBreak,
                line("How the regulation was not being met:", x=200, bold=True, at=60),
                line("Risk assessments were missing or out of date.", x=200, at=80))
    [notice] = read_notices(built)
    assert (notice.page, notice.statement_page, notice.statement) == (
        1, 2, "Risk assessments were missing or out of date.")


def test_a_service_cell_broken_by_a_page_goes_on_under_the_repeated_header_row():
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Core service", bold=True, at=90), line("Actions", x=210, bold=True, at=90),
        line("Services for", x=50, bold=True, at=780),  # with its kind cell: no header row
        line("MUST", x=160, size=8, bold=True, at=780),
        line("– Make sure that staff receive an annual appraisal and", x=210, text_x=220, at=780),
        PageBreak,
        line("Core service", bold=True, at=60), line("Actions", x=210, bold=True, at=60),
        line("children and young people", x=50, bold=True, at=80),  # itself a service's name, going on one
        line("regular clinical supervision.", x=220, at=80),
        *row(None, "SHOULD", "Review the storage of consumables.", at=100),
        *row("Critical care", "MUST", "Ensure that the environment is safe.", at=130),
    )
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", "Services for children and young people",
         "Make sure that staff receive an annual appraisal and regular clinical supervision."),
        ("should", "Services for children and young people", "Review the storage of consumables."),
        ("must", "Critical care", "Ensure that the environment is safe."),
    ]


def test_a_service_cell_naming_a_shorter_service_until_wrapped_whole_names_its_items_whole():
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Medical care", x=50, bold=True, at=110),  # a service's name on its own
        line("MUST", x=160, size=8, bold=True, at=110),
        line("– Improve its governance", x=210, text_x=220, at=110),
        line("(including", x=50, bold=True, at=122),
        line("arrangements. (Regulation 17)", x=220, at=122),
        line("older people's", x=50, bold=True, at=134),
        line("– Ensure that records are complete.", x=210, text_x=220, at=134),
        line("care)", x=50, bold=True, at=146),
    )
    assert [(f.service, f.text) for f in found] == [
        ("Medical care (including older people's care)", "Improve its governance arrangements. (Regulation 17)"),
        ("Medical care (including older people's care)", "Ensure that records are complete."),
    ]


def test_a_kind_cell_beside_unbulleted_paragraphs_makes_each_paragraph_an_item_of_its_kind():
    # a scanned page's text layer: the SHOULD row's bullets are only in the picture, the MUST
    # row above is lettered; each paragraph beside the kind cell is a statement
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Maternity", x=50, at=110), line("MUST", x=160, size=8, at=110),
        line("a) Ensure that there are enough midwives.", x=210, text_x=225, at=110),
        line("SHOULD", x=160, size=8, at=140),
        line("The hospital should review the discharge", x=225, at=140),
        line("arrangements.", x=225, at=152),
        line("The hospital should improve pain scores.", x=225, at=170),
    )
    assert [(f.kind, f.service, f.text) for f in found] == [
        ("must", "Maternity", "Ensure that there are enough midwives."),
        ("should", "Maternity", "The hospital should review the discharge arrangements."),
        ("should", "Maternity", "The hospital should improve pain scores."),
    ]


def test_a_kind_cell_read_before_its_column_s_repeated_header_cell_gives_the_item_after_that_its_kind():
    # on the table's next page its header row's cells are read again at the top of their
    # columns: the action column's header cell comes between the MUST cell and its item
    head = "Action the trust MUST / SHOULD take to improve"
    found = statements(
        line("Areas for improvement", bold=True, size=13, at=60),
        line("Core service", bold=True, at=90), line(head, x=210, bold=True, at=90),
        *row("Surgery", "SHOULD", "Review the storage of consumables in theatres.", at=110),
        PageBreak,
        line("Core service", bold=True, at=60),
        line("Trust-wide", x=50, bold=True, at=80), line("MUST", x=160, size=8, bold=True, at=80),
        line(head, x=210, bold=True, at=60),
        line("– Make sure that staff receive an annual appraisal.", x=210, text_x=220, at=80),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("should", "Review the storage of consumables in theatres."),
        ("must", "Make sure that staff receive an annual appraisal."),
    ]
