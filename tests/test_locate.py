"""The list walk: which lines are statements, where lists end, which service they sit under."""

import pytest
from build import PageBreak, bullet, doc, line

from cqcplan.pipeline.extract import extract
from cqcplan.pipeline.locate import locate


def statements(*spec, default_service=None):
    structure = locate(doc(PageBreak, *spec), default_service=default_service)
    return extract(structure, "built.pdf")


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("Action the trust MUST take to improve", "must"),
        ("Action the hospital must take to improve", "must"),
        ("ACTION THE PROVIDER SHOULD TAKE TO IMPROVE", "should"),
        ("Action the location SHOULD take to improve", "should"),
        ("Importantly, the trust must:", "must"),
        ("In addition the trust should:", "should"),
        ("The areas where the provider must make improvement are:", "must"),
        ("The areas where the provider should make improvements are:", "should"),
        ("The provider must:", "must"),
        ("The provider should:", "should"),
        ("We found breaches of regulations. The provider must:", "must"),
        ("Whilst we found no breaches of regulations, the provider should:", "should"),
        ("Whilst we found no further breaches of regulations, the provider should:", "should"),
        ("Although we found no other breaches of regulation, the practice should:", "should"),
        ("Whilst we found no breaches of regulations in other areas, the provider should:", "should"),
        ("While the practice had improved since our last visit, the provider should:", "should"),
    ],
)
def test_locate_heading_variants_open_a_list_of_their_kind(heading, kind):
    found = statements(line(heading, bold=True), bullet("Ensure that call bells are answered promptly."))
    assert [(f.kind, f.text, f.section) for f in found] == [(kind, "Ensure that call bells are answered promptly.", heading)]


def test_locate_ignores_must_and_should_outside_lists():
    found = statements(
        "Staff said they should have more time for training.",
        "Patients were screened using the Malnutrition Universal Screening Tool (MUST).",
        bullet("Staff must wash their hands, managers told us."),
    )
    assert found == []


def test_locate_list_ends_at_a_plain_paragraph_after_bullets():
    found = statements(
        line("Importantly, the trust must:"),
        bullet("Ensure that resuscitation trolleys are checked daily."),
        line("Professor Sir Mike Richards", gap=10),
        line("We saw that staff should be proud of their work.", gap=10),
    )
    assert [f.text for f in found] == ["Ensure that resuscitation trolleys are checked daily."]


def test_locate_joins_wrapped_lines_and_keeps_sub_bullets_with_their_parent():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        bullet("The trust must ensure that staff"),
        line("complete training in:", x=84),
        line("– basic life support", x=90, text_x=100),
        line("– safeguarding adults level 3", x=90, text_x=100),
        bullet("The trust must review ligature risks."),
    )
    assert [f.text for f in found] == [
        "The trust must ensure that staff complete training in:\nbasic life support\nsafeguarding adults level 3",
        "The trust must review ligature risks.",
    ]


def test_locate_statement_continues_across_a_page_break():
    found = statements(
        line("Action the trust SHOULD take to improve", bold=True, size=12),
        bullet("The trust should ensure that the environment in the"),
        PageBreak,
        line("children’s waiting area is safe.", x=84),
        bullet("The trust should consider extra seating."),
    )
    assert [(f.text, f.page) for f in found] == [
        ("The trust should ensure that the environment in the children’s waiting area is safe.", 2),
        ("The trust should consider extra seating.", 3),
    ]


def test_locate_service_and_location_groups_inside_one_list():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=14),
        line("Trust-wide", bold=True, size=11),
        bullet("The trust must ensure that governance processes are effective."),
        line("Royal Anytown Hospital", bold=True, size=12),
        line("Urgent and emergency care", bold=True, size=11),
        bullet("The trust must ensure that sepsis screening is completed."),
        line("Surgery", bold=True, size=11),
        bullet("The trust must ensure the WHO checklist is used."),
    )
    assert [(f.service, f.section) for f in found] == [
        (None, "Action the trust MUST take to improve"),
        ("Urgent and emergency care", "Action the trust MUST take to improve"),
        ("Surgery", "Action the trust MUST take to improve"),
    ]


def test_locate_an_ambulance_trusts_nhs_111_group_is_a_core_service():
    """An ambulance trust's lists are grouped by its core services, NHS 111 among them (read111)."""
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=14),
        line("Emergency operations centre (EOC)", bold=True, size=11),
        bullet("The trust must ensure that patients waiting for an ambulance receive welfare calls."),
        line("NHS 111", bold=True, size=11),
        bullet("The trust must ensure that patients who need a clinical call back receive it in time."),
    )
    assert [f.service for f in found] == ["Emergency operations centre (EOC)", "NHS 111"]


def test_locate_core_service_chapter_scopes_its_lists_and_ends_at_same_rank_heading():
    found = statements(
        line("Maternity and gynaecology", bold=True, size=18),
        line("Areas for improvement", bold=True, size=12),
        line("Action the hospital MUST take to improve", bold=True, size=11),
        bullet("Ensure that CTG monitoring is reviewed hourly."),
        line("Outstanding practice and areas for improvement", bold=True, size=18),
        line("Action the hospital SHOULD take to improve", bold=True, size=11),
        bullet("Consider recruiting more midwives."),
    )
    assert [(f.kind, f.service) for f in found] == [("must", "Maternity and gynaecology"), ("should", None)]


@pytest.mark.parametrize("size", [12.0, 16.0])
def test_locate_chapter_parts_set_like_the_chapter_heading_stay_in_the_chapter(size):
    """2014-2017 hospital reports may set a core service's name and its chapter's own parts in one type:
    the parts before the chapter's lists are the chapter's; the same part again, after them, is the
    location's."""
    def chapter(service, must):
        return [line(service, bold=True, size=size, gap=10),
                line("Information about the service", bold=True, size=size),
                line("We inspected the service over three days.", size=10),
                line("Outstanding practice and areas for improvement", bold=True, size=size),
                line("Action the hospital MUST take to improve", bold=True, size=11),
                bullet(must)]

    found = statements(*chapter("Surgery", "Ensure that theatre checklists are completed."),
                       *chapter("Maternity and gynaecology", "Ensure that CTG monitoring is reviewed hourly."),
                       line("Outstanding practice and areas for improvement", bold=True, size=size, gap=10),
                       line("Action the hospital SHOULD take to improve", bold=True, size=11),
                       bullet("Consider recruiting more midwives."))
    assert [(f.kind, f.service) for f in found] == [
        ("must", "Surgery"), ("must", "Maternity and gynaecology"), ("should", None)]


def test_locate_paragraph_list_without_bullets_skips_preamble():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        line("We told the trust that it must take action to bring services into line with two legal"),
        line("requirements. This action related to one service."),
        line("The trust must ensure that all staff have an annual appraisal.", gap=8),
        line("The trust must ensure that records are stored securely and", gap=8),
        line("kept confidential."),
    )
    assert [f.text for f in found] == [
        "The trust must ensure that all staff have an annual appraisal.",
        "The trust must ensure that records are stored securely and kept confidential.",
    ]


def test_locate_a_paragraph_announcing_the_following_actions_is_no_statement():
    found = statements(
        line("Action the provider MUST take to improve", bold=True, size=12),
        line("The provider must take the following steps to improve the service. They are set out by"),
        line("location."),
        bullet("Ensure that fire doors are not wedged open.", gap=8),
    )
    assert [(f.kind, f.text) for f in found] == [("must", "Ensure that fire doors are not wedged open.")]


def test_locate_areas_for_improvement_items_take_kind_from_their_modal():
    found = statements(
        line("Areas for improvement", bold=True, size=12),
        line("We found areas for improvement including breaches of legal requirements that the trust must put right."),
        bullet("The trust must ensure that fridge temperatures are recorded.", gap=6),
        bullet("The trust should ensure that patients can call for help."),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The trust must ensure that fridge temperatures are recorded."),
        ("should", "The trust should ensure that patients can call for help."),
    ]


def test_locate_numbered_list_markers_are_removed():
    found = statements(
        line("The provider must:"),
        line("1. Ensure that care plans are reviewed monthly.", text_x=86),
        line("2. Ensure that complaints are answered within 25 days.", text_x=86),
    )
    assert [f.text for f in found] == [
        "Ensure that care plans are reviewed monthly.",
        "Ensure that complaints are answered within 25 days.",
    ]


def test_locate_default_service_of_a_core_service_report():
    found = statements(
        line("Action the provider MUST take to improve", bold=True, size=12),
        bullet("The provider must remove ligature risks."),
        default_service="Acute wards for adults of working age and psychiatric intensive care units",
    )
    assert found[0].service == "Acute wards for adults of working age and psychiatric intensive care units"


@pytest.mark.parametrize("size", [9.5, 11.0])
def test_a_group_naming_no_service_before_the_services_groups_is_no_service_s(size):
    """A list grouped by core service whose first group names none ("Trust-wide", a letter to one service's
    director): its items are no service's, not the cover's, though no group had named a service yet when
    they were read; the service's group keeps its own, and a list grouped by no service keeps the cover's."""
    service = "Community-based mental health services for adults of working age"
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        line("Trust-wide", bold=True, size=size),
        bullet("The trust must ensure that ligature risk assessments are reviewed at least annually."),
        bullet("The trust must ensure that staff receive training in the Mental Health Act."),
        line(service, bold=True, size=size),
        bullet("The trust must ensure that patients waiting for a care coordinator have their risks reviewed."),
        line("Action the trust SHOULD take to improve", bold=True, size=12, gap=8),
        line("Linnet ward", bold=True, size=size),
        bullet("The trust should ensure that crisis plans are shared with patients."),
        default_service=service,
    )
    assert [(f.kind, f.service) for f in found] == [("must", None), ("must", None), ("must", service), ("should", service)]


@pytest.mark.parametrize("size", [8.0, 10.0])
def test_a_citation_under_an_item_level_with_a_box_beside_it_is_the_item_s(size):
    """Two boxed items side by side, each under its kind cell, the left one's citation on a line of its own
    level with the right box's last line: the citation ends its item, no label cell of the row beside it."""
    lead, spec = 1.25 * size, [line("Actions the trust MUST and SHOULD take to improve", bold=True, size=14, at=100)]
    boxes = ((72, "MUST", ["The trust must ensure that the assessment room is free", "from ligature risks.",
                           "(Regulation 15(1)(c))"]),
             (330, "SHOULD", ["The trust should ensure that the risk register", "reflects current risks and that actions are",
                              "reviewed."]))
    for x, kind, lines in boxes:
        spec.append(line(kind, x=x, size=0.8 * size, bold=True, at=200))
        spec += [line(text, x=x + 2, size=size, at=200 + 1.5 * size + k * lead) for k, text in enumerate(lines)]
    found = extract(locate(doc(*spec)), "built.pdf")
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The trust must ensure that the assessment room is free from ligature risks. (Regulation 15(1)(c))"),
        ("should", "The trust should ensure that the risk register reflects current risks and that actions are reviewed.")]


def test_locate_statements_without_bullets_or_spacing_split_where_the_next_one_opens():
    found = statements(
        line("The provider must:"),
        line("Ensure that all staff receive training in the Mental Capacity Act and its code of practice."),
        line("Ensure that best interests decisions are recorded. This must include who was consulted."),
        line("The provider must ensure that consent is sought before care is given."),
    )
    assert [f.text for f in found] == [
        "Ensure that all staff receive training in the Mental Capacity Act and its code of practice.",
        "Ensure that best interests decisions are recorded. This must include who was consulted.",
        "The provider must ensure that consent is sought before care is given.",
    ]


def test_locate_a_second_paragraph_under_a_bullet_stays_with_it():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        bullet("The trust must ensure that sepsis screening is completed."),
        line("This includes patients who arrive by ambulance.", x=84, gap=8),
        bullet("The trust must ensure that staff are trained.", gap=8),
        line("Some narrative after the list.", gap=12),
    )
    assert [f.text for f in found] == [
        "The trust must ensure that sepsis screening is completed. This includes patients who arrive by ambulance.",
        "The trust must ensure that staff are trained.",
    ]


def test_locate_a_table_header_repeated_on_the_next_page_does_not_cut_a_statement():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        line("Ref", bold=True), line("Urgent and emergency care", bold=True),
        line("MD1 The trust must ensure that there are enough nurses in the", text_x=100),
        PageBreak,
        line("Ref", bold=True),
        line("emergency department at all times.", x=100),
        line("MD2 The trust must ensure that triage is timely.", text_x=100),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The trust must ensure that there are enough nurses in the emergency department at all times.", "Urgent and emergency care"),
        ("The trust must ensure that triage is timely.", "Urgent and emergency care"),
    ]


def test_locate_a_heading_set_like_a_core_service_group_is_a_group_of_the_list_too():
    # the list heading is plain and small; its groups are bold and larger: a core service
    # suspends the list until bullets follow, and "Trust-wide", set the same, is a group too
    found = statements(
        line("Areas for improvement", size=10.0),
        line("Maternity", size=14.0, bold=True, gap=6),
        bullet("The trust must ensure that midwives complete training."),
        line("Trust-wide", size=14.0, bold=True, gap=6),
        bullet("The trust must ensure that risks are recorded."),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The trust must ensure that midwives complete training.", "Maternity"),
        ("The trust must ensure that risks are recorded.", None),
    ]


@pytest.mark.parametrize("heading_size, group_size", [(13.0, 14.0), (8.0, 9.5)])
def test_locate_a_group_set_larger_right_under_its_list_s_heading_is_a_group(heading_size, group_size):
    # "Trust-wide", naming no service, set a little larger than the list's heading (in the items'
    # own type, bold) right under it: the list's first group, not a section ending the list;
    # the core services set like it after it are groups too
    found = statements(
        line("Action the trust MUST take to improve", size=heading_size, bold=True),
        line("Trust-wide", size=group_size, bold=True, gap=6),
        bullet("The trust must ensure that risks are recorded.", size=group_size),
        line("Maternity", size=group_size, bold=True, gap=6),
        bullet("The trust must ensure that midwives complete training.", size=group_size),
    )
    assert [(f.kind, f.text, f.service) for f in found] == [
        ("must", "The trust must ensure that risks are recorded.", None),
        ("must", "The trust must ensure that midwives complete training.", "Maternity"),
    ]


@pytest.mark.parametrize("size", [12.0, 16.0])
def test_locate_a_sidebar_s_bold_heading_beside_an_unfinished_item_is_no_group(size):
    # a "Key facts" box in small type floated right of the list, read after the item's lines
    # beside it and before the rest of its sentence under it: its bold heading is the box's,
    # not a group of the list, and the item goes on under it
    small, right = 0.66 * size, 100 + 25 * size
    found = statements(
        line("ACTION THE HOSPITAL MUST TAKE TO IMPROVE", size=0.8 * size, bold=True, x=50),
        line("■ Ensure that patients’ privacy and dignity are", size=size, x=50, text_x=50 + size),
        line("maintained when they are cared for in the", size=size, x=50 + size),
        line("Key facts", size=small, bold=True, x=right, at=90),
        line("Beds: 612", size=small, x=right, at=90 + 1.3 * small),
        line("Staff: 3,900", size=small, x=right, at=90 + 2.6 * small),
        line("corridor (Regulation 17(1)(a)).", size=size, x=50 + size),
        line("■ Ensure that records are kept securely.", size=size, x=50, text_x=50 + size),
    )
    assert [(f.kind, f.text, f.group) for f in found] == [
        ("must", "Ensure that patients’ privacy and dignity are maintained when they are cared for in the corridor "
                 "(Regulation 17(1)(a)).", None),
        ("must", "Ensure that records are kept securely.", None),
    ]


def test_locate_a_plain_label_cell_beside_an_item_is_a_group_of_the_list():
    # a table read by row: each label cell (a core service, or "Trust-wide" in small plain
    # type) comes just before the item set beside it, on the same row
    found = statements(
        line("The provider should:", bold=True, size=14),
        line("Maternity", size=9, at=200),
        bullet("Ensure that staff know the vision.", x=220, at=200),
        line("for the service.", x=232, at=212),
        line("Trust-wide", size=9, at=240),
        bullet("Review the discharge arrangements so that patients", x=220, at=240),
        line("are not delayed.", x=232, at=252),
    )
    assert [(f.text, f.service) for f in found] == [
        ("Ensure that staff know the vision. for the service.", "Maternity"),
        ("Review the discharge arrangements so that patients are not delayed.", None),
    ]


def test_locate_a_core_service_heading_wrapped_to_the_next_column_is_one_heading():
    # a large heading wraps at the foot of column 1 and goes on at the top of column 2
    found = statements(
        line("Areas for improvement", bold=True, size=20),
        line("Acute wards for adults of working age and psychiatric", bold=True, size=20, at=300),
        line("intensive care units", bold=True, size=20, x=360, at=300),
        bullet("The trust must ensure that there are enough nurses.", x=360, at=330),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The trust must ensure that there are enough nurses.",
         "Acute wards for adults of working age and psychiatric intensive care units"),
    ]


@pytest.mark.parametrize("size", [9.0, 16.0])
@pytest.mark.parametrize("parts", [("Action the provider", "MUST take to improve"),
                                   ("ACTION THE TRUST", "MUST TAKE TO", "IMPROVE")])
def test_locate_a_list_heading_wrapped_to_the_next_column_opens_its_list(parts, size):
    # balanced columns at a page foot: the heading's last line opens the second column, level
    # with its first, and the items follow there; the should list before it has ended
    head, col2, top = size * 1.2, 72 + 26 * size, 400.0
    *first, last = parts
    found = statements(
        line("The provider should:", bold=True, size=size * 1.4, at=top - 6 * size),
        bullet("Review the discharge arrangements.", size=size, at=top - 4 * size),
        *[line(text, bold=True, size=head, at=top + n * 1.2 * head) for n, text in enumerate(first)],
        line(last, bold=True, size=head, x=col2, at=top),
        bullet("Ensure that there are enough nurses.", x=col2, size=size, at=top + 2 * head),
    )
    assert [(f.kind, f.text) for f in found] == [("should", "Review the discharge arrangements."),
                                                  ("must", "Ensure that there are enough nurses.")]


@pytest.mark.parametrize("size", [8.5, 14.0])
def test_locate_an_item_runs_on_under_a_repeated_header_row_in_plain_type(size):
    # a table's header row repeated at the top of the next page, its bold lost in a re-print:
    # two plain cells on one row between an unfinished item and its lower-case rest
    found = statements(
        line("The provider must:", bold=True, size=size * 1.3),
        bullet("Ensure that falls risk assessments are reviewed after", size=size, x=260),
        PageBreak,
        line("Core service", size=size, x=80, at=100),
        line("Actions", size=size, x=260, at=100),
        line("every fall. (Regulation 12)", size=size, x=272, at=100 + 3 * size),
        bullet("Ensure that staff are trained.", size=size, x=260, at=100 + 5 * size),
    )
    assert [f.text for f in found] == ["Ensure that falls risk assessments are reviewed after every fall. (Regulation 12)",
                                       "Ensure that staff are trained."]


def test_locate_a_three_line_list_heading_whose_first_line_lost_its_fake_bold_opens_its_list():
    # "Areas for improvement" opens a list of either kind; the must heading under it is set in
    # fake bold, and PDFium folded the overprint of its first line away
    found = statements(
        line("Areas for improvement", bold=True, size=15),
        line("The areas where the", size=11.5),
        line("provider must make", bold=True, size=11.5),
        line("improvement are:", bold=True, size=11.5),
        bullet("Ensure that risk assessments are completed."),
    )
    assert [(f.kind, f.text) for f in found] == [("must", "Ensure that risk assessments are completed.")]


def test_locate_a_paragraph_s_last_line_is_no_first_line_of_the_bold_list_heading_under_it():
    found = statements(
        line("Full details of the regulations the provider", size=8),
        line("was not meeting are at the end of this report.", size=8),
        line("There were areas where the provider", bold=True, size=8),
        line("could make improvements. They should:", bold=True, size=8),
        bullet("Review the practice's sharps procedures.", size=8),
    )
    assert [(f.kind, f.text) for f in found] == [("should", "Review the practice's sharps procedures.")]


def test_locate_an_unfinished_item_runs_on_over_a_page_break_wherever_the_next_page_sets_it():
    # the item sat in a second column the reader could not tell on its page (too short to
    # show a gutter); the next page sets its last line in one column, further left
    found = statements(
        line("The provider should:", bold=True, size=14),
        bullet("Ensure that policies and procedures are reviewed", x=300, indent=20),
        PageBreak,
        line("and kept up-to-date.", x=100),
        bullet("Review the discharge arrangements.", x=80, indent=20),
    )
    assert [f.text for f in found] == ["Ensure that policies and procedures are reviewed and kept up-to-date.",
                                       "Review the discharge arrangements."]


def test_locate_a_core_service_heading_wrapping_at_its_parenthesis_is_one_heading():
    found = statements(
        line("They must:", bold=True, size=17),
        line("Medical care", bold=True, size=21, gap=8),
        line("(including older people's care)", bold=True, size=21),
        bullet("Ensure that the well-led framework is embedded.", gap=8),
    )
    assert [(f.text, f.service) for f in found] == [
        ("Ensure that the well-led framework is embedded.", "Medical care (including older people's care)")]


def test_locate_an_item_goes_on_in_the_next_column_beside_its_last_line():
    # at the top of a page, an item's last lines are balanced over two columns, one line each:
    # the second column's line sits on the same row, right of the first
    found = statements(
        line("They must:", bold=True, size=14),
        bullet("Ensure that controlled drugs are checked, including for"),
        PageBreak,
        line("agency and bank staff.", x=84, at=93),
        line("(Regulation 18(1))", x=340, at=93),
        line("They should:", bold=True, size=14, at=130),
    )
    assert [f.text for f in found] == [
        "Ensure that controlled drugs are checked, including for agency and bank staff. (Regulation 18(1))"]


@pytest.mark.parametrize("heading", ["Areas for improvement", "They must:"])
def test_locate_a_wrapped_narrative_line_in_lower_case_opens_no_statement(heading):
    # narrative under a list heading without bullets: its second line happens to begin with
    # an imperative verb in lower case ("improve its waiting times ..."), which goes on a sentence
    found = statements(
        line(heading, bold=True, size=12),
        line("Staff were caring and compassionate. Leaders agreed that the service must", gap=6),
        line("improve its waiting times and had a plan to do so. Complaints were handled."),
    )
    assert [f.text for f in found if f.text.startswith("improve")] == []


def test_locate_a_running_header_between_the_halves_of_a_statement_does_not_cut_it():
    # a header printed on one page only (so not told as furniture), saying must and should,
    # sits between an unfinished sentence at a page foot and its lower-case continuation
    found = statements(
        line("There were areas where the provider could make improvements. They should:", bold=True),
        bullet("Improve the decontamination process so that all"),
        line("instruments are inspected under", x=84),
        PageBreak,
        line("Summary of findings — what the provider must and should do to improve", bold=True, at=31),
        line("illuminated magnification before sterilisation.", x=84),
        line("Requirement notices", bold=True, size=12, gap=8),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("should", "Improve the decontamination process so that all instruments are inspected under illuminated "
                   "magnification before sterilisation.")]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_locate_an_item_going_on_at_a_page_s_top_with_a_figure_is_no_running_header(size):
    """An item cut at a page's foot goes on at the next page's top with a line opening with a
    figure, its next line lower case right under it, one paragraph (its type, its x, its pitch):
    before, that first line was read as a running header between the halves and dropped."""
    text = dict(x=72 + 2 * size, size=size)
    found = statements(
        line("Action the trust must take to improve", bold=True, size=1.4 * size),
        line("■ The service must ensure that at least", x=72, text_x=72 + 2 * size, size=size, at=700),
        PageBreak,
        line("90% of medical staff complete safeguard‐", at=70, **text),
        line("ing children level 3 training and that", at=70 + 1.35 * size, **text),
        line("learning is shared across teams.", at=70 + 2.7 * size, **text),
    )
    assert [f.text for f in found] == ["The service must ensure that at least 90% of medical staff complete "
                                       "safeguarding children level 3 training and that learning is shared across teams."]


def test_locate_items_whose_lines_wrap_back_to_an_inline_bullet_s_x_are_read_whole():
    # justified text with the bullet set inline: the space after it stretched, the item's
    # next lines starting at the bullet's x; a paragraph after the list stays out
    found = statements(
        line("The areas where the provider must make improvement are:", bold=True),
        bullet("Ensure that recruitment checks,", indent=26),
        line("including checks for chaperones, are"),
        line("carried out before staff start work."),
        bullet("Ensure that emergency medicines are", indent=16, gap=4),
        line("checked regularly and in date."),
        line("Where a practice is rated as requires improvement, the provider must send us a plan.", gap=6),
    )
    assert [f.text for f in found] == [
        "Ensure that recruitment checks, including checks for chaperones, are carried out before staff start work.",
        "Ensure that emergency medicines are checked regularly and in date."]


def test_locate_an_empty_cell_beside_a_label_keeps_the_table_s_list():
    # read one column at a time: the SHOULD column's first row says "None identified." (the
    # header cell is set small, so each label, in body type, suspends the list until items follow)
    found = statements(
        line("Action the hospital SHOULD take to improve", bold=True, size=9),
        line("Surgery", size=9, at=200),
        line("None identified.", x=300, at=200),
        line("Medical care", size=9, at=240),
        bullet("Consider how patients can get advice out of hours.", x=300, at=240),
    )
    assert [(f.kind, f.text, f.service) for f in found] == [
        ("should", "Consider how patients can get advice out of hours.", "Medical care")]


def test_locate_a_table_row_split_over_a_page_break_is_resumed_under_the_repeated_header_row():
    # each wide column read in turn: the must column's last item is cut at the page foot by the
    # should column; on the next page the repeated must header comes first, then its lower-case rest
    must, should = "The areas where the provider must make improvement are:", "The provider should:"
    found = statements(
        line(must, bold=True, x=150, at=100), line("Trust-wide", size=9, at=130),
        bullet("Ensure that the environment in the community teams", x=150, at=130),
        line(should, bold=True, x=350, at=100), line("Trust-wide", size=9, at=130),
        bullet("Review the interpreting services.", x=350, at=130),
        PageBreak,
        line(must, bold=True, x=150, at=100), line("is safe for the patients who use it.", x=162, at=130),
        bullet("Ensure that staff are trained.", x=150, at=150),
    )
    assert [(f.kind, f.text, f.service) for f in found] == [
        ("should", "Review the interpreting services.", None),
        ("must", "Ensure that the environment in the community teams is safe for the patients who use it.", None),
        ("must", "Ensure that staff are trained.", None)]


def test_locate_a_service_heading_right_above_its_lists_owns_them_whatever_its_size():
    """A core service set just above its own must and should lists (as large as their
    headings, or smaller): both lists are the service's; the next service's lists are its own."""
    found = statements(
        line("Areas for improvement", bold=True, size=14),
        line("Forensic inpatient or secure wards", bold=True, size=10),
        line("Action the provider MUST take to improve", bold=True, size=10.5),
        bullet("The provider must ensure that seclusion records are completed."),
        line("Action the provider SHOULD take to improve", bold=True, size=10.5, gap=8),
        bullet("The provider should review blanket restrictions."),
        line("Wards for people with a learning disability or autism", bold=True, size=10, gap=8),
        line("Action the provider MUST take to improve", bold=True, size=10.5),
        bullet("The provider must ensure that positive behaviour support plans are in place."),
    )
    assert [(f.kind, f.service) for f in found] == [
        ("must", "Forensic inpatient or secure wards"),
        ("should", "Forensic inpatient or secure wards"),
        ("must", "Wards for people with a learning disability or autism"),
    ]


def test_locate_a_list_after_another_list_s_groups_is_not_its_last_group_s():
    """Service headings inside a must list are its groups: the should list that follows
    starts with no service of its own until its own groups say so."""
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=10.5),
        line("Surgery", bold=True, size=10.5),
        bullet("The trust must ensure the WHO checklist is used."),
        line("Action the trust SHOULD take to improve", bold=True, size=10.5, gap=8),
        bullet("The trust should ensure that governance meetings are minuted."),
    )
    assert [(f.kind, f.service) for f in found] == [("must", "Surgery"), ("should", None)]


def test_locate_a_list_lettered_on_across_its_groups_past_h():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=10),
        line("Trust wide", bold=True, size=9),
        *[line(f"({c}) The trust must ensure that item {c} is done.", text_x=90) for c in "abcdefgh"],
        line("Surgery", bold=True, size=9),
        *[line(f"({c}) The trust must ensure that item {c} is done.", text_x=90) for c in "ijk"],
    )
    assert [f.text for f in found] == [f"The trust must ensure that item {c} is done." for c in "abcdefghijk"]
    assert [f.service for f in found][-3:] == ["Surgery"] * 3


@pytest.mark.parametrize("size", [8.0, 11.0, 16.0])
def test_locate_a_long_list_lettered_a_bracket_runs_past_h(size):
    """"j)", "k)" after "i)" open the next items as "(j)" does: before, every item from "j)" on
    was read as the wrapped text of "i)"."""
    wrap = dict(x=72 + 2.4 * size, size=size)
    spec = []
    for c in "abcdefghijklm":
        spec += [line(f"{c}) The provider must ensure that item {c} is checked and that", x=72, text_x=72 + 2.4 * size,
                      size=size, gap=0.6 * size), line("the checks are recorded.", **wrap)]
    found = statements(line("Areas for improvement", bold=True, size=1.5 * size), *spec)
    assert [f.text for f in found] == [f"The provider must ensure that item {c} is checked and that the checks are "
                                       "recorded." for c in "abcdefghijklm"]


@pytest.mark.parametrize("size", [8.0, 10.0, 14.0])
def test_locate_an_item_s_lines_wrapped_left_of_its_first_line_s_text_go_on_it(size):
    """An inline picture bullet and a tab set each item's first line further right than its
    wrapped lines, which sit between the bullet and that text (Word via LibreOffice); over a
    page break the next bullet, back at the bullet's x, is the next item, not a sub-bullet."""
    x, em = 72.0, size
    pic = dict(x=x, text_x=x + 2.7 * em, size=size)
    wrap = dict(x=x + 1.1 * em, size=size)
    found = statements(
        line("Action the service MUST take to improve:", bold=True, size=size),
        line("• The service must ensure that all staff working in theatres complete", **pic),
        line("mandatory training. (Regulation 18(2)(a))", **wrap),
        line("• The service must ensure that the five steps to safer surgery are", **pic),
        PageBreak,
        line("completed and recorded for every patient.", **wrap),
        line("• The service must ensure that sharps bins are labelled.", **pic),
    )
    assert [f.text for f in found] == [
        "The service must ensure that all staff working in theatres complete mandatory training. (Regulation 18(2)(a))",
        "The service must ensure that the five steps to safer surgery are completed and recorded for every patient.",
        "The service must ensure that sharps bins are labelled.",
    ]


def test_locate_a_lead_in_that_opens_like_a_statement_but_tells_what_cqc_told_the_trust_is_no_statement():
    """The paragraph's first line reads as a must; only its second shows CQC's voice."""
    found = statements(
        line("Areas for improvement", bold=True, size=14),
        line("The trust must take action to meet the essential standards. Where we found that the trust was not"),
        line("meeting the regulations, we have told the trust what it must do."),
        line("Action the provider MUST take to improve", bold=True, size=11, gap=8),
        line("1. The trust must ensure that the seclusion room has a clock.", text_x=86),
    )
    assert [(f.kind, f.text) for f in found] == [("must", "The trust must ensure that the seclusion room has a clock.")]


def test_locate_list_headings_side_by_side_in_a_header_row_give_each_item_the_list_over_it():
    # a table's header row "… must …" | "… should …" (not bold), then each cell read in
    # turn: the must cell's items are musts although the should heading was read last
    found = statements(
        line("The areas where the provider must make improvement are:", at=100),
        line("The areas where the provider should make improvements are:", x=400, at=100),
        bullet("Ensure that there are enough nurses on", x=76, at=130, left=72),
        line("the wards at night.", x=88, at=142, left=72),
        bullet("Continue to improve the recording of pain scores.", x=404, at=130, left=400),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that there are enough nurses on the wards at night."),
        ("should", "Continue to improve the recording of pain scores."),
    ]


@pytest.mark.parametrize("size", [9.0, 12.0, 15.0])
def test_locate_a_left_cell_s_next_item_alone_at_a_page_s_top_is_no_sub_bullet_of_the_right_cell_s(size):
    """Must and should cells side by side under a header row, each read in turn; the row goes on at
    the next page's top with a new item in the must cell only, its bullet indented in its padded
    cell where the should cell's letters stand at their column's edge. It is the must list's next
    item (before, the indents moved to the new column's edge made it a sub-bullet of the should item)."""
    em, left, right = size, 72.0, 72.0 + 22 * size
    must = dict(x=left + em, text_x=left + 3 * em, size=size, left=left)
    found = statements(
        line("The hospital must:", bold=True, x=left, at=380, size=size, left=left),
        line("The hospital should:", bold=True, x=right, at=380, size=size, left=right),
        line("• Ensure that incidents are reported.", at=400, **must),
        line("a) Review the discharge arrangements.", x=right, text_x=right + 2 * em, at=400, size=size, left=right),
        PageBreak,
        line("• Ensure that deteriorating patients are escalated.", at=80, **must),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that incidents are reported."),
        ("should", "Review the discharge arrangements."),
        ("must", "Ensure that deteriorating patients are escalated."),
    ]


def test_locate_a_kind_cell_before_its_header_cell_read_again_gives_its_items_their_kind():
    # a table of service / kind / actions columns carried to the next page: read.py reads the
    # header row's "Actions" again over its column, between the "MUST" cell and its items
    found = statements(
        line("Areas for improvement", bold=True, size=14),
        line("Core service", bold=True, at=100), line("Actions", bold=True, x=300, at=100),
        line("Surgery", bold=True, at=120), line("SHOULD", bold=True, x=200, at=120),
        bullet("Review the discharge arrangements.", x=300, at=120),
        PageBreak,
        line("Core service", bold=True, at=100),
        line("Trust-wide", bold=True, at=120), line("MUST", bold=True, x=200, at=120),
        line("Actions", bold=True, x=300, at=100),
        bullet("Ensure that follow-up appointments are booked.", x=300, at=120),
    )
    assert [(f.kind, f.text, f.service) for f in found] == [
        ("should", "Review the discharge arrangements.", "Surgery"),
        ("must", "Ensure that follow-up appointments are booked.", None),
    ]


def test_locate_a_header_row_repeated_over_a_row_carried_to_the_next_page_keeps_the_row_s_service():
    # "Core service" | "Action the trust SHOULD take to improve": the list heading is the
    # actions column's header cell, printed again on the next page over an empty service cell
    found = statements(
        line("Action the trust SHOULD take to improve", bold=True, size=13),
        line("Core service", bold=True, at=120), line("Action the trust SHOULD take to improve", bold=True, x=200, at=120),
        line("Community end of life care", bold=True, at=140), bullet("The trust should ensure that forms are completed.", x=200, at=140),
        PageBreak,
        line("Core service", bold=True, at=60), line("Action the trust SHOULD take to improve", bold=True, x=200, at=60),
        bullet("The trust should ensure that anticipatory medicines are available.", x=200, at=80),
    )
    assert [f.service for f in found] == ["Community end of life care", "Community end of life care"]


def test_locate_a_service_heading_broken_at_its_own_hyphen_is_one_service():
    found = statements(
        line("In addition the trust should:", bold=True, size=12),
        line("MENTAL HEALTH CRISIS SERVICES AND HEALTH-", bold=True, size=9),
        line("BASED PLACES OF SAFETY", bold=True, size=9),
        bullet("Work with the police to reduce the number of people taken to police cells."),
    )
    assert [f.service for f in found] == ["Mental health crisis services and health-based places of safety"]


def test_locate_a_service_in_capitals_takes_the_first_spelling_the_vocabulary_lists():
    found = statements(
        line("Action the trust MUST take to improve", bold=True, size=12),
        line("MEDICAL CARE (INCLUDING OLDER PEOPLE’S CARE)", bold=True),
        bullet("The trust must ensure that staff are trained."),
        line("SERVICES FOR CHILDREN & YOUNG PEOPLE", bold=True),
        bullet("The trust must ensure that children are weighed."),
    )
    assert [f.service for f in found] == ["Medical care (including older people's care)",
                                          "Services for children and young people"]


def test_locate_a_kind_cell_in_capitals_without_bold_gives_its_items_their_kind():
    # a scanned page's text layer carries no weight: "MUST" and "SHOULD" in capitals still
    # make the table's kind column, under a heading that opens no list of its own
    found = statements(
        line("Outstanding practice and areas for improvement", size=10.5),
        line("Core service", at=100), line("Actions", x=300, at=100),
        line("Outpatients", at=120), line("MUST", x=200, at=120),
        line("The service must ensure that follow-up appointments are booked.", x=300, at=120),
        line("SHOULD", x=200, at=150),
        line("The service should improve the documentation of observations.", x=300, at=150),
    )
    assert [(f.kind, f.service) for f in found] == [("must", "Outpatients"), ("should", "Outpatients")]


def test_an_item_of_the_list_s_own_kind_left_of_the_sub_bullets_it_follows_is_the_next_item():
    """A lettered item ending "including that:" at a right column's edge (a box without padding),
    its sub-bullets and the next lettered items over the page in a left column whose box pads
    its items in: the guessed column edge puts "(d)" right of the item's letter, but it is set
    left of the sub-bullets it follows and is lettered like the item, so it is the next item."""
    found = statements(
        line("Action the provider MUST take to improve", bold=True, size=12, x=322, left=322),
        line("(c) The provider must ensure that forms are", x=322, text_x=352, size=14, left=322),
        line("completed in full, including that:", x=352, size=14, left=322),
        PageBreak,
        line("◦ staff have access to policies;", x=115, text_x=146, size=14, left=55),
        line("◦ patients’ weights are recorded.", x=115, text_x=146, size=14, left=55),
        line("(d) The provider must make sure that consent", x=68, text_x=99, size=14, left=55),
        line("is recorded.", x=99, size=14, left=55),
        line("(e) The provider must ensure that staff train.", x=68, text_x=99, size=14, left=55),
    )
    assert [f.text for f in found] == [
        "The provider must ensure that forms are completed in full, including that:\n"
        "staff have access to policies;\npatients’ weights are recorded.",
        "The provider must make sure that consent is recorded.",
        "The provider must ensure that staff train.",
    ]


def test_locate_capital_list_letters_mark_items_but_e_coli_does_not():
    found = statements(
        line("Action the provider MUST take to improve", bold=True, size=12),
        line("A. The provider must ensure that seclusion records are complete.", text_x=100),
        line("B. The provider must ensure that ligature risks are assessed for", text_x=100),
        line("E. coli infections on the ward.", x=100),
    )
    assert [f.text for f in found] == [
        "The provider must ensure that seclusion records are complete.",
        "The provider must ensure that ligature risks are assessed for E. coli infections on the ward.",
    ]


@pytest.mark.parametrize("size", [8.0, 12.0, 16.0])
def test_locate_an_item_s_lines_hanging_a_little_right_of_its_first_line_s_text_go_on_it(size):
    """A scan's text layer stretches each line to its box: the space after "1." is narrower than
    the tab printed there, so the wrapped lines start right of the first line's text."""
    found = statements(
        line("Importantly the provider must:", size=size),
        line("1. Ensure that all clinical staff who act as chaperones have received training", size=size,
             text_x=72 + 1.0 * size),
        line("and a records check.", x=72 + 1.45 * size, size=size),
        line("2. Take action to address the infection control risks in the", size=size, text_x=72 + 1.0 * size),
        line("treatment room.", x=72 + 1.45 * size, size=size),
    )
    assert [f.text for f in found] == [
        "Ensure that all clinical staff who act as chaperones have received training and a records check.",
        "Take action to address the infection control risks in the treatment room.",
    ]


def _panel_page_two(panel_size: float, text: str, panel_text: str) -> list:
    """Page two of a report whose side panel (right, in `panel_size` type) broke on page one:
    the main column (10 pt, left) is read first, then the panel's column."""
    return [PageBreak,
            line("• The provider had systems to help them manage risk", size=10, at=60, x=60, text_x=70, left=50),
            line(text, size=10, at=74, x=70, left=50),
            line(panel_text, size=panel_size, at=58, x=322, left=316),
            line("□ Review the practice’s sharps procedures.", size=panel_size, at=70, x=316, text_x=322, left=316),
            line("Are services safe?", size=12, bold=True, at=120, x=50, left=50),
            line("Staff said they should have more time.", size=10, at=140, x=50, left=50)]


@pytest.mark.parametrize("size", [8.0, 12.5])
def test_locate_a_side_panel_s_list_goes_on_at_its_column_on_the_next_page_and_ends_with_it(size):
    found = statements(
        line("• The practice appeared clean and well maintained.", size=10, at=500, x=60, text_x=70, left=50),
        line("There were areas where the provider could", size=size, bold=True, at=480, x=310, left=310),
        line("make improvements. They should:", size=size, bold=True, at=492, x=310, left=310),
        line("□ Take action to ensure the availability of medicines in the", size=size, at=506, x=316, text_x=322, left=310),
        line("practice to manage medical emergencies, taking into", size=size, at=520, x=322, left=310),
        *_panel_page_two(size, "and staff, which were not always followed.", "account the national formulary."),
    )
    assert [(f.kind, f.text, f.page) for f in found] == [
        ("should", "Take action to ensure the availability of medicines in the practice to manage medical "
                   "emergencies, taking into account the national formulary.", 2),
        ("should", "Review the practice’s sharps procedures.", 3),
    ]


@pytest.mark.parametrize("panel, main", [(13.2, 14.0), (8.0, 10.0), (9.0, 12.0)])
def test_locate_a_panel_s_last_line_over_a_page_ends_its_item_beside_the_main_column_s_first(panel, main):
    """A panel's item goes on at the next page's top for one line, level with the main column's
    first line beside it (one row too few for a gutter: both read as one column); the main
    column's line is no wrapped line of the item, whose sentence ended, but the text beside it."""
    right = 72 + 20 * main
    found = statements(
        *[line(f"Staff were caring and compassionate and treated patients with respect {n}.", size=main, at=80 + n * 1.4 * main,
               x=right, left=72) for n in range(8)],
        line("Action the service SHOULD take to improve", size=panel, bold=True, at=400, x=72, left=72),
        line("1. The service should consider how it shares learning from", size=panel, at=400 + 1.5 * panel, x=78,
             text_x=78 + 2 * panel, left=72),
        line("complaints with staff in", size=panel, at=400 + 3 * panel, x=78 + 2 * panel, left=72),
        PageBreak,
        line("outpatients every 3-6 months.", size=panel, at=80, x=78 + 2 * panel, left=72),
        line("shared at daily safety huddles and in a", size=main, at=80, x=right, left=72),
        line("monthly newsletter.", size=main, at=80 + 1.4 * main, x=right, left=72),
        line("Complaints were handled in line with the trust policy.", size=main, at=80 + 3 * main, x=72, left=72),
    )
    assert [f.text for f in found] == [
        "The service should consider how it shares learning from complaints with staff in outpatients every 3-6 months."]


@pytest.mark.parametrize("size", [8.0, 12.5, 14.8])
def test_locate_a_side_panel_s_sub_item_cut_at_its_foot_goes_on_at_its_words_x_on_the_next_page(size):
    """A panel's item cut at the page's foot in a sub-item ("▪ oxygen is prescribed for every"): on
    the next page, read after the main column, the panel goes on at the x the sub-item's words
    started at, right of every line's start on the page before. It is read first there, going on
    the item (before, only a line starting where a panel line started counted, and the item lost
    its end and its next sub-item)."""
    sub, words = 322 + 1.5 * size, 322 + 3.5 * size
    found = statements(
        line("• The practice appeared clean and well maintained.", size=10, at=500, x=60, text_x=70, left=50),
        line("The provider must:", size=size, bold=True, at=480, x=310, left=310),
        line("□ Ensure that medicines are stored securely, including that:", size=size, at=480 + 1.4 * size, x=310,
             text_x=322, left=310),
        line("▪ oxygen is prescribed for every", size=size, at=480 + 2.8 * size, x=sub, text_x=words, left=310),
        *_panel_page_two(size, "and staff, which were not always followed.", "patient who receives it;")[:3],
        line("patient who receives it;", size=size, at=58, x=words, left=316),
        line("▪ weights are recorded.", size=size, at=58 + 1.4 * size, x=sub, text_x=words, left=316),
        line("Are services safe?", size=12, bold=True, at=120, x=50, left=50),
        line("Staff said they should have more time.", size=10, at=140, x=50, left=50),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that medicines are stored securely, including that:\noxygen is prescribed for every patient "
                 "who receives it;\nweights are recorded.")]


@pytest.mark.parametrize("size", [10.0, 16.0])
def test_locate_a_heading_set_between_dashes_is_a_group_of_the_list_not_an_item(size):
    """A large-print edition sets each core service between em dashes, plain, in body type; the
    longest wraps, leaving its closing dash on a line of its own (an outside batch read each as a
    dash-bulleted must, and its statements got no service)."""
    found = statements(
        line("Importantly, the trust must:", size=size),
        line("— Acute wards for adults of working age and psychiatric intensive care units", size=size),
        line("—", size=size),
        line("(1) The trust must ensure that blind spots are mitigated.", size=size, text_x=72 + 1.5 * size),
        line("— Forensic inpatient or secure wards —", size=size),
        line("(1) The trust must ensure that escorted leave is not cancelled.", size=size, text_x=72 + 1.5 * size),
        line("– The trust must ensure that staff are trained —", size=size),
    )
    assert [(f.text, f.service) for f in found] == [
        ("The trust must ensure that blind spots are mitigated.",
         "Acute wards for adults of working age and psychiatric intensive care units"),
        ("The trust must ensure that escorted leave is not cancelled.", "Forensic inpatient or secure wards"),
        ("The trust must ensure that staff are trained —", "Forensic inpatient or secure wards"),
    ]


def test_locate_a_bracket_at_the_bullets_x_goes_on_its_item_only_when_it_opens_a_citation():
    """Lines set back at the bullet's x after a finished sentence: a citation opening there (its
    number perhaps on the next line) is the item's; a note in brackets is not."""
    found = statements(
        line("The provider must:", bold=True, size=12),
        line("• Ensure that all staff complete safeguarding training.", text_x=82),
        line("(Health and Social Care Act", x=72),
        line("Regulations, regulation 13)", x=72),
        line("(Please see the specific details on action required at the end of this report).", x=72),
    )
    assert [f.text for f in found] == [
        "Ensure that all staff complete safeguarding training. (Health and Social Care Act Regulations, regulation 13)"]


def _panel_then_main(size: float) -> list:
    """A side panel left of the main column (12 pt), in `size` type: its list's last item on the
    page ends its sentence at the foot, and the main column beside it is read after it."""
    return [line("The provider must:", size=size, bold=True, at=500, x=50, left=50),
            line("■ Ensure that records are accurate and complete.", size=size, at=520, x=57, text_x=70, left=50),
            line("• Staff were caring and kind to patients.", size=12, at=500, x=330, text_x=345, left=330),
            line("• Leaders were visible and approachable.", size=12, at=520, x=330, text_x=345, left=330)]


@pytest.mark.parametrize("size", [8.0, 15.0])
def test_locate_a_panel_s_list_closed_by_the_main_column_goes_on_where_the_panel_goes_on(size):
    """The main column's text beside a panel closes the panel's list; the panel going on at the
    next page's top (its next item), and again under the main column's end (its next group's
    label, then its item), reopens it; the main column running on across the page under the
    panel, from the panel's own edge, ends it again."""
    found = statements(
        *_panel_then_main(size),
        PageBreak,
        line("■ Ensure that medicines are stored securely.", size=size, at=60, x=57, text_x=70, left=50),
        line("• The trust told us that every patient must have an assessment.", size=12, at=60, x=330, text_x=345,
             left=330),
        line("Trust-wide", size=size, bold=True, at=120, x=50, left=50),
        line("■ Ensure that staff receive an annual appraisal.", size=size, at=140, x=57, text_x=70, left=50),
        line("Managers said that all incidents must be reported within a day.", size=12, at=170, x=50, left=50),
        line("• Some staff said that managers should share learning.", size=12, at=190, x=50, text_x=65, left=50),
    )
    assert [(f.kind, f.text, f.page) for f in found] == [
        ("must", "Ensure that records are accurate and complete.", 2),
        ("must", "Ensure that medicines are stored securely.", 3),
        ("must", "Ensure that staff receive an annual appraisal.", 3),
    ]


@pytest.mark.parametrize("size", [8.0, 15.0])
def test_locate_a_panel_s_group_label_at_its_foot_ends_its_list_beside_the_main_column(size):
    """A panel's group label at its foot, no item under it yet: the main column's next column,
    in other type, higher up the page right of the label, is no item of that group (its "must"
    is the report's narrative); the group's item where the panel goes on is."""
    found = statements(
        *_panel_then_main(size)[:2],
        line("Maternity", size=size, bold=True, at=560, x=50, left=50),
        line("• The trust told us that every patient must have an assessment.", size=12, at=500, x=330, text_x=345,
             left=330),
        line("• Managers said that all incidents must be reported within a day.", size=12, at=520, x=330,
             text_x=345, left=330),
        PageBreak,
        line("■ Ensure that medicines are stored securely.", size=size, at=60, x=57, text_x=70, left=50),
    )
    assert [(f.kind, f.text, f.page) for f in found] == [
        ("must", "Ensure that records are accurate and complete.", 2),
        ("must", "Ensure that medicines are stored securely.", 3),
    ]


def test_locate_a_panel_s_list_is_not_reopened_by_bullets_of_another_kind_or_place():
    found = statements(
        *_panel_then_main(8.0),
        PageBreak,
        line("• Ensure that medicines are stored securely.", size=8.0, at=60, x=57, text_x=70, left=50),
        line("■ Ensure that staff receive an annual appraisal.", size=8.0, at=90, x=200, text_x=213, left=200),
    )
    assert [f.text for f in found] == ["Ensure that records are accurate and complete."]


@pytest.mark.parametrize("size", [10.0, 13.0])
def test_locate_a_statement_in_type_larger_than_the_body_is_no_heading_inside_a_list(size):
    """A list without bullets set larger than most of the report's text (a panel's large type;
    an 11 pt text beside lists set smaller): a short first line that opens as a statement
    does ("Ensure that …") is the statement's, and the bullets under its "including that:" are
    its own, not items of the list."""
    body = [line("Staff told us they should have more time to complete training, but shifts were busy.", size=size / 1.2)
            for _ in range(6)]
    found = statements(
        *body,
        line("The hospital must:", size=size, bold=True, gap=10),
        line("Ensure that medicines are stored securely", size=size, gap=6),
        line("at the right temperatures. (Regulation 12)", size=size),
        line("Ensure that risk assessments are completed", size=size, gap=6),
        line("on admission, including that:", size=size),
        line("• patients’ weights are recorded on admission;", size=size, x=90, text_x=104),
        line("• trolleys are sealed and checked.", size=size, x=90, text_x=104),
    )
    assert [f.text for f in found] == [
        "Ensure that medicines are stored securely at the right temperatures. (Regulation 12)",
        "Ensure that risk assessments are completed on admission, including that:\n"
        "patients’ weights are recorded on admission;\ntrolleys are sealed and checked.",
    ]


def test_locate_an_item_cut_inside_its_citation_goes_on_under_its_list_heading_repeated_at_the_next_page():
    # must and should lists side by side in a table, each column read in turn; the header row is
    # repeated at the next page's top. The must item was cut inside its citation, after a closing
    # bracket ("(Regulated Activities)") that closes no citation: its rest goes on it.
    must, should = "Importantly, the provider must:", "In addition the provider should:"
    found = statements(
        line(must, bold=True, x=60, at=100),
        line(should, bold=True, x=300, at=100),
        line(must, bold=True, x=60, at=100),
        bullet("Ensure that the environment is safe. (Regulation 15(1) of the Health and", x=64, at=130),
        line("Social Care Act 2008 (Regulated Activities)", x=76, at=142),
        line(should, bold=True, x=300, at=100),
        bullet("Review the discharge arrangements.", x=304, at=130),
        PageBreak,
        line(must, bold=True, x=60, at=100),
        line("Regulations 2010)", x=76, at=130),
        line(should, bold=True, x=300, at=100),
    )
    assert sorted((f.kind, f.text) for f in found) == [
        ("must", "Ensure that the environment is safe. (Regulation 15(1) of the Health and Social Care Act 2008 "
                 "(Regulated Activities) Regulations 2010)"),
        ("should", "Review the discharge arrangements."),
    ]


def test_locate_a_page_s_line_under_a_repeated_header_row_is_text_not_furniture():
    # the repeated header row is the page's first row; the item's next words under it open with a
    # capital, their line after in lower case: they go on the item, not a running header dropped
    found = statements(
        line("The provider should:", bold=True, size=12),
        line("Core service", bold=True, x=60, at=100),
        line("Actions", bold=True, x=200, at=100),
        line("Surgery", x=60, at=130),
        bullet("Make sure that leaflets are available in languages other than", x=200, at=130),
        PageBreak,
        line("Core service", bold=True, x=60, at=100),
        line("Actions", bold=True, x=200, at=100),
        line("English at night and that compliance is", x=212, at=125),
        line("monitored through regular audits.", x=212, at=137),
        bullet("Improve the cleaning schedules.", x=200, at=155),
    )
    assert [f.text for f in found] == [
        "Make sure that leaflets are available in languages other than English at night and that compliance is "
        "monitored through regular audits.",
        "Improve the cleaning schedules."]


def test_locate_a_plain_list_heading_wrapped_to_the_next_column_in_larger_type_opens_its_list():
    # a scanned page's text layer has no bold: the should list's heading, a little larger than the
    # body (not a title's size), wraps at the left column's foot to the right column's top, set a
    # little higher; only its two parts together make the heading
    found = statements(
        line("Action the provider MUST take to improve", size=12, at=100),
        bullet("The provider must ensure that staff are trained in safeguarding.", at=124),
        bullet("The provider must ensure that risks are recorded and acted on.", at=138),
        line("Action the provider SHOULD take to", size=12, x=80, at=400),
        line("improve", size=12, x=330, at=395),
        bullet("The provider should review the discharge arrangements.", x=350, at=420),
    )
    assert [f.kind for f in found] == ["must", "must", "should"]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_locate_a_pull_quote_beside_a_finished_item_neither_ends_the_list_nor_joins_it(size):
    # a pull-quote floated right of a list item, bold and in type a little smaller than the list's,
    # its attribution opening with a dash: read after the item's last line, although set level with
    # the item's lines. It is read past, and the list goes on with its next bullet
    step = 12.0 if size <= 10 else 1.4 * size  # tests/build.py's line spacing
    first, quote, right = 80 + step, 0.79 * size, 400
    found = statements(
        line("The areas where the provider must make improvement are:", size=size, bold=True, x=50),
        bullet("Ensure that care is provided in a safe way", size=size, x=50, indent=1.6 * size),
        line("for patients, with emergency medicines", size=size, x=50 + 1.6 * size),
        line("checked. (Regulation 12(2)(g))", size=size, x=50 + 1.6 * size),
        line("“I have to ring for", size=quote, bold=True, x=right, at=first + 0.3 * step),
        line("forty minutes.”", size=quote, bold=True, x=right, at=first + 0.3 * step + 1.2 * quote),
        line("– a patient", size=quote, bold=True, x=right, at=first + 0.3 * step + 2.4 * quote),
        bullet("Ensure that recruitment checks are completed.", size=size, x=50, indent=1.6 * size),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "Ensure that care is provided in a safe way for patients, with emergency medicines checked. "
                 "(Regulation 12(2)(g))"),
        ("must", "Ensure that recruitment checks are completed."),
    ]


def test_locate_a_note_under_the_items_in_a_table_cell_does_not_end_the_list():
    # a table read by row: a label cell (the ward), the items' cell beside it with a plain note under
    # its bullets ("Ward manager to report …"); the next row's items are the same list's. Text
    # after the table, at the page's margin, still ends the list
    found = statements(
        line("Action the provider MUST take to improve", bold=True, size=14),
        line("Linden ward", size=9, at=200),
        bullet("The trust must ensure that ligature risks", x=220, at=200),
        line("are assessed. (Regulation 12(2)(b))", x=232, at=212),
        line("Ward manager to report progress to the", x=220, at=226),
        line("care group quality board.", x=220, at=238),
        line("Hawthorn PICU", size=9, at=252),
        bullet("The trust must ensure that staffing is safe.", x=220, at=252),
        line("Ward manager to report progress.", x=220, at=266),
        line("Patients told us that the wards were calm.", x=72, at=300),
        bullet("Staff must knock before entering, patients said.", x=72, at=314),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The trust must ensure that ligature risks are assessed. (Regulation 12(2)(b))"),
        ("must", "The trust must ensure that staffing is safe."),
    ]


@pytest.mark.parametrize("number", ["2.1", "2.1."])
def test_locate_an_outline_numbered_list_heading_opens_its_list_and_is_no_item(number):
    found = statements(
        line("2 Areas for improvement", size=11, bold=True),
        line(f"{number} Action the hospital MUST take to improve", size=9.5, bold=True),
        line("(a) The hospital must ensure that all controlled drugs are recorded.", size=8.5),
        line("2.2 Action the hospital SHOULD take to improve", size=9.5, bold=True, gap=6),
        line("(a) The hospital should ensure that the trolley is checked daily.", size=8.5),
        line("3.1 Are services safe?", size=9.5, bold=True, gap=6),
        line("Staff said they should have more time for training.", size=8.5),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The hospital must ensure that all controlled drugs are recorded."),
        ("should", "The hospital should ensure that the trolley is checked daily."),
    ]


@pytest.mark.parametrize("note", [None, "Continued overleaf"])
@pytest.mark.parametrize("mark", ["(continued)", "(Continued)", "(cont'd)", "(cont.)"])
def test_locate_a_list_heading_repeated_continued_over_the_next_page_goes_on_with_the_same_list(mark, note):
    # the heading printed again at the next page's top, marked: the statements under it are the same
    # list's, under its heading as first printed and in its group (the service read before the break),
    # whether or not a note under the page's last item ("Continued overleaf") ended the list there
    heading = "Action the hospital MUST take to improve"
    found = statements(
        line(heading, bold=True, size=14),
        line("Surgery", bold=True, size=11),
        bullet("The hospital must ensure that all theatre staff complete immediate life support training."),
        *([line(note, size=8, gap=6)] if note else []),
        PageBreak,
        line(f"{heading} {mark}", bold=True, size=14),
        bullet("The hospital must ensure that fridge temperatures in the recovery area are recorded daily."),
        line("Outpatients", bold=True, size=11),
        bullet("The hospital must ensure that consultants' practising privileges are reviewed every two years."),
    )
    assert [(f.service, f.section) for f in found] == [("Surgery", heading), ("Surgery", heading),
                                                       ("Outpatients", heading)]


@pytest.mark.parametrize("size", [9.4, 14.0])
def test_locate_a_list_heading_naming_its_service_after_a_colon_gives_its_items_that_service(size):
    # slides' titles, each a list heading naming its core service after a colon, one going on "(cont.)":
    # every item is its heading's service (before, every one had none); a heading naming no service
    # after its colon ("…: summary") is no service's
    must = "Action the trust MUST take to improve"
    should = "Action the trust SHOULD take to improve"
    found = statements(
        line(f"{must}: Urgent and emergency care", bold=True, size=size),
        bullet("The trust must ensure that patients are triaged within 15 minutes of arrival.", size=size * 0.7),
        line(f"{must}: Medical care (including older people's care)", bold=True, size=size, gap=6),
        bullet("The trust must ensure that medicines are stored at the right temperature.", size=size * 0.7),
        PageBreak,
        line(f"{must}: Medical care (including older people's care) (cont.)", bold=True, size=size),
        bullet("The trust must ensure that staff receive mandatory training.", size=size * 0.7),
        line(f"{should}: Surgery", bold=True, size=size, gap=6),
        bullet("The trust should ensure that the safer surgery checklist is completed.", size=size * 0.7),
        line(f"{should}: summary", bold=True, size=size, gap=6),
        bullet("The trust should review how it monitors missed visits.", size=size * 0.7),
    )
    assert [f.service for f in found] == ["Urgent and emergency care", "Medical care (including older people's care)",
                                          "Medical care (including older people's care)", "Surgery", None]


@pytest.mark.parametrize("size", [10.0, 14.0])
def test_locate_a_response_under_a_group_s_last_item_ends_no_list_before_the_next_group(size):
    # numbered items, each with the provider's response under it in smaller type: a core service's
    # heading after a response is the list's next group, and its items are read under it (before, the
    # list ended at the response and the next group's items were lost)
    small, heading = size * 0.9 * 0.95, size * 1.3
    response = "Our response: Accepted. Theatre team leaders must now sign the audit sheet."
    found = statements(
        line("3. Action the hospital MUST take to improve", bold=True, size=size * 1.4),
        line("Surgery", bold=True, size=heading),
        line("1. The hospital must ensure that the checklist is completed. (Regulation 12(2)(a))", size=size),
        line(response, size=small, x=80),
        line("Outpatients and diagnostic imaging", bold=True, size=heading),
        line("2. The hospital must ensure that local rules are signed by all staff. (Regulation 12(2)(b))", size=size),
        line("Our response: Accepted.", size=small, x=80),
        line("4. Action the hospital SHOULD take to improve", bold=True, size=size * 1.4),
        line("Surgery", bold=True, size=heading),
        line("3. The hospital should ensure that records include the batch numbers.", size=size),
    )
    assert [(f.kind, f.service, f.text[:20]) for f in found] == [
        ("must", "Surgery", "The hospital must en"), ("must", "Outpatients and diagnostic imaging", "The hospital must en"),
        ("should", "Surgery", "The hospital should ")]


@pytest.mark.parametrize("main, panel", [(10.0, 12.0), (8.0, 9.6), (12.0, 14.4)])
def test_locate_a_panel_s_heading_at_its_foot_goes_on_at_the_next_page_before_the_main_column(main, panel):
    """A panel in larger type than the main column beside it ends its page with its list's heading and a
    bold group heading closing with a bracket ("Medical care (including older people's care)"), no sentence
    ended, while the main column's item breaks off at the foot too. On the next page both go on: the panel's
    items are its list's, and the main column's lines are no musts (before, the bracket read as a finished
    sentence and the main column went on the heading)."""
    right = 50 + 26 * main
    found = statements(
        line("Our key findings were:", size=panel, bold=True, at=600, x=50, left=50),
        line("• Care was delivered in line with national guidance and", size=main, at=600 + 1.6 * panel, x=50,
             text_x=50 + main, left=50),
        line("audit results were in line with the England average.", size=main, at=600 + 1.6 * panel + 1.4 * main,
             x=50 + main, left=50),
        line("• Multidisciplinary working was effective, with", size=main, at=600 + 1.6 * panel + 2.8 * main, x=50,
             text_x=50 + main, left=50),
        line("therapists and pharmacists attending daily", size=main, at=600 + 1.6 * panel + 4.2 * main, x=50 + main,
             left=50),
        line("Action the hospital MUST take to improve", size=panel, bold=True, at=640, x=right, left=right),
        line("Medical care (including older", size=panel, bold=True, at=640 + 1.9 * panel, x=right, left=right),
        line("people's care)", size=panel, bold=True, at=640 + 3.3 * panel, x=right, left=right),
        PageBreak,
        line("board rounds.", size=main, at=66, x=50 + main, left=50),
        line("• Nurse staffing levels were reviewed three times a day.", size=main, at=66 + 1.6 * main, x=50,
             text_x=50 + main, left=50),
        line("1. The hospital must ensure that infection control", size=panel, at=66, x=right, text_x=right + 2 * panel,
             left=right),
        line("procedures are followed at night.", size=panel, at=66 + 1.4 * panel, x=right + 2 * panel, left=right),
        line("2. The service must ensure that there are enough nurses.", size=panel, at=66 + 3 * panel, x=right,
             text_x=right + 2 * panel, left=right),
    )
    assert [(f.kind, f.text) for f in found] == [
        ("must", "The hospital must ensure that infection control procedures are followed at night."),
        ("must", "The service must ensure that there are enough nurses."),
    ]


@pytest.mark.parametrize("body", [9.0, 12.0])
def test_a_plain_heading_in_a_headings_type_wrapped_over_three_lines_heads_its_list(body):
    """A should heading set plain, a little larger than the text (not bold, not a title's size), in
    a narrow column: two lines at its foot and the last at the next column's top, none of them a
    heading alone. Joined, it opens the should list, and the must list above ends there."""
    size, lead = 1.11 * body, 1.4 * body
    top, right = 200.0, 72.0 + 16.0 * body

    def at(n: float) -> float:
        return top + n * lead

    found = statements(
        line("Staff were caring and compassionate and treated patients with dignity.", size=body, at=at(-6)),
        line("Records we reviewed were not always complete; some had not been updated.", size=body, at=at(-5)),
        line("The areas where the provider must make improvement are:", size=1.2 * body, bold=True, at=at(-3.5)),
        bullet("Ensure that call bells are answered promptly.", size=body, at=at(-2)),
        line("The areas where the", size=size, at=at(0)),
        line("provider should make", size=size, at=at(1.1)),
        line("improvements are:", size=size, x=right, at=at(0)),
        bullet("Continue to improve the recording of pain scores.", size=body, x=right, at=at(1.5)),
    )
    assert [(f.kind, f.text) for f in found] == [("must", "Ensure that call bells are answered promptly."),
                                                 ("should", "Continue to improve the recording of pain scores.")]


@pytest.mark.parametrize("size", [9.0, 13.0])
def test_locate_a_long_list_lettered_in_capitals_runs_past_h(size):
    """An upper-alpha list of eleven items ("A." … "K.", a table's lettered rows): "J. Review …" and
    "K. Improve …" open items of their own, as "A." to "H." do, while "E. coli" opens none. Before,
    capital letters stopped at "H" (and "I." is a Roman numeral), so item J ran on into item I.
    Fails without `_LETTER` taking any capital before a capital."""
    letters = "ABCDEFGHIJK"
    found = statements(
        line("The provider should:", size=size, bold=True),
        *[line(f"{c}. Review item {c.lower()} of the discharge arrangements.", size=size, text_x=72 + 2 * size)
          for c in letters],
        line("E. coli infections were monitored.", size=size, gap=3 * size),
    )
    assert [f.text for f in found] == [f"Review item {c.lower()} of the discharge arrangements." for c in letters]
