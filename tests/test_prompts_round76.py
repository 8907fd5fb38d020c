"""Prompts for outside readers' misfits (judge95, judge96), each by a rule for a class of statement: the C and E lines
check the statement's own object and ask, every part of a statement is carried, and the people told fit the work
(prompts76). Wordings are new, not the readers' items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
CHILDREN = dict(services=["Services for children and young people"], **CORE)
CARE_HOME = dict(report_types=["asc-inspection-report"])
GP = dict(report_types=["gp-quality-report"])


def test_feedback_to_reporters_takes_the_variant_written_for_it_when_learning_is_named_too():
    """"lessons learned ... fed back to the nurses who reported them" names the learning and the feedback variants: the
    one whose kind is the ask's (feedback to each reporter) is used, not the topic's general incident audit."""
    change, told, check, evidence = lowered_lines("The trust should ensure that lessons learned from incidents are fed "
                                                  "back to the nurses who reported them.", theme="Incidents", **MEDICAL)
    assert "reporter" in check and "duty of candour met" not in check, check
    assert "feedback" in change and "feedback recorded" in evidence, (change, evidence)
    change, told, check, evidence = lowered_lines("The trust should ensure that lessons learned from incidents are shared "
                                                  "with staff on night shifts.", theme="Incidents", **MEDICAL)
    assert "reporter" not in check and "night shifts" in check, check


def test_figures_watched_part_by_part_are_read_for_each_part_not_given_a_target():
    """Figures "monitored at ward level" are each part's figures reviewed by its manager; a figure to bring down keeps its
    target."""
    change, told, check, evidence = lowered_lines("The provider should ensure that staff turnover rates are monitored at "
                                                  "ward level.", theme="Staffing", **MEDICAL)
    assert "agree the target" not in change and "each part" in check + evidence, (change, check, evidence)
    change, *_ = lowered_lines("The trust should ensure that the time patients wait for a scan is reduced.",
                               theme="Access and flow", **MEDICAL)
    assert "target" in change or "trajectory" in change, change


def test_figures_to_watch_with_no_figure_to_reach_get_no_invented_target():
    change, *_ = lowered_lines("The trust should ensure that readmission rates are monitored.", theme="Outcomes", **MEDICAL)
    assert "agree the target" not in change and "who reviews them" in change, change


def test_a_step_started_at_a_point_of_the_journey_is_read_in_records_not_tracked_as_delays():
    """"planning starts on arrival" is when it started for each person, read in their records, with the rest of the ask
    (not a delay figure tracked, nor a target agreed)."""
    change, told, check, evidence = lowered_lines("The trust should ensure that falls prevention planning starts on arrival "
                                                  "at the ward to avoid delays in care.", **MEDICAL)
    assert "agree the target" not in change and "track" not in check, (change, check)
    assert "audit" in check and "started" in check and "started" in evidence, (check, evidence)


def test_a_service_to_develop_is_a_plan_and_the_people_it_reaches_not_records_audited():
    change, told, check, evidence = lowered_lines("The hospice should continue to develop its support for carers of people "
                                                  "using the day service.", report_types=["hospice-inspection-report"])
    assert "records of" not in check and "plan" in check and "plan" in evidence, (check, evidence)
    *_, check, evidence = lowered_lines("The provider should ensure people are offered support to stop smoking.", **MEDICAL)
    assert "plan" not in check and "records" in check, check


def test_everything_to_be_reported_is_checked_against_what_other_records_found():
    """"report every medication error" is shown by matching what other records found against the reports, beside a
    topic's lines for investigations too."""
    change, told, check, evidence = lowered_lines("The provider must ensure that staff report every medication error.",
                                                  theme="Incidents", **CARE_HOME)
    assert "match" in check and "not reported" in evidence, (check, evidence)
    change, told, check, evidence = lowered_lines(
        "The trust must ensure that staff report all incidents, including falls, and that investigations are closed "
        "within 60 days.", theme="Incidents", **MEDICAL)
    assert "investigation" in check and "match" in check, check


def test_a_review_done_when_something_happens_lists_the_occasions():
    """"reviewed whenever their mobility changes": each change matched with the review after it; "when required" names
    no occasion."""
    *_, check, evidence = lowered_lines("The service should ensure that each person's moving and handling plan is reviewed "
                                        "whenever their mobility changes.", **CARE_HOME)
    assert "occasions" in check and "whenever their mobility changes" in evidence, (check, evidence)
    *_, check, evidence = lowered_lines("The service should ensure that each person's moving and handling plan is reviewed "
                                        "when required.", **CARE_HOME)
    assert "occasions" not in check, check


def test_training_asked_beside_a_staff_check_is_decided_and_told_too():
    """Chaperones' training beside their DBS check (or the risk assessment in its place) is carried by every line, not
    only quoted; a recruitment topic's lines given training beside a check gain its step, tell, check and record."""
    change, told, check, evidence = lowered_lines(
        "Ensure that nurses who act as chaperones have had suitable training and a DBS check, or a risk assessment of why "
        "one is not needed.", theme="Staffing", **GP)
    for line in (change.split("; here:")[0], told, check, evidence):
        assert "training" in line and "dbs" in line and "risk assessment" in line, line
    asked = "recruitment checks, including references and safeguarding training, are completed for all staff"
    change, told, check, evidence = lowered_lines(f"Ensure that {asked}.", theme="Staffing", **GP)
    for line in (change, told, check, evidence):
        assert "training" in line.replace(asked, ""), line  # named beyond the quote of the statement


def test_an_ipc_audit_to_carry_out_is_the_audit_and_its_actions_not_the_practice_audited():
    change, told, check, evidence = lowered_lines("The practice should complete an infection control audit every year and "
                                                  "act on what it finds, including replacing the waiting room chairs.",
                                                  theme="Infection prevention and control", **GP)
    assert "hand hygiene" not in change + check and "action plan" in check, (change, check)
    assert "chairs" in check, check
    change, told, check, evidence = lowered_lines("The practice should ensure that staff are bare below the elbows and "
                                                  "clean their hands between patients.",
                                                  theme="Infection prevention and control", **GP)
    assert "hand hygiene" in check, check


def test_cleaning_schedules_of_a_place_are_checked_for_that_place():
    *_, check, evidence = lowered_lines("The home should ensure that cleaning schedules for the laundry are signed each day.",
                                        theme="Infection prevention and control", **CARE_HOME)
    assert "laundry" in check and "signed cleaning schedules" in check and "sharps" not in check, check


def test_the_providers_audits_are_evidenced_for_what_the_statement_names():
    *_, evidence = lowered_lines("The provider must ensure its quality assurance systems identify shortfalls in care plan "
                                 "reviews.", theme="Governance", **CARE_HOME)
    assert "care plan reviews" in evidence, evidence


def test_doctors_cover_is_told_to_the_doctors_not_at_the_wards_huddle():
    change, told, check, evidence = lowered_lines("The trust must ensure there is enough registrar cover overnight on "
                                                  "the children's ward.", theme="Staffing", **CHILDREN)
    assert "doctors" in told and "huddle" not in told, told
    change, told, check, evidence = lowered_lines("The trust must ensure there is enough nurse cover overnight on the "
                                                  "children's ward.", theme="Staffing", **CHILDREN)
    assert "doctors on that rota" not in told, told


PTS = dict(services=["Patient transport services"], **CORE)


def test_needs_said_to_be_assessed_ask_no_cases_listed():
    """"the assessed needs of patients" describes the needs: the staffing lines alone, no list of cases assessed."""
    *_, check, evidence = lowered_lines("The trust must ensure that midwife staffing on the labour ward meets the assessed "
                                        "needs of women.", theme="Staffing", services=["Maternity"], **CORE)
    assert "list the cases" not in check and "cases it applied to" not in evidence, (check, evidence)


def test_information_not_left_in_reach_is_spot_checked_not_records_audited():
    *_, check, evidence = lowered_lines("The service must ensure that personal information is not left accessible to "
                                        "visitors.", **MEDICAL)
    assert "spot-check" in check and "records of personal information" not in check, check


def test_waits_for_transport_journeys_are_read_from_the_journeys_not_a_waiting_list():
    change, told, check, evidence = lowered_lines("The service should monitor how long patients wait for their outward "
                                                  "journeys to dialysis.", **PTS)
    assert "journey" in check and "waiting list" not in check and "agree the target" not in change, (change, check)


def test_an_office_team_is_told_at_its_own_meeting_not_at_station_briefings():
    change, told, check, evidence = lowered_lines("The trust should ensure that the booking team follows the eligibility "
                                                  "criteria for every journey.", **PTS)
    assert "station briefings" not in told and "team meeting" in told, told


def test_chaperones_beside_every_roles_recruitment_checks_keep_both():
    """A statement asking every new starter's checks and the chaperones' training and DBS check: the recruitment lines
    (not the chaperones' alone), with the training decided, told, checked and evidenced beside them."""
    asked = ("pre-employment checks are completed for every new member of staff, and that staff who act as chaperones are "
             "trained for the role and have a DBS check")
    change, told, check, evidence = lowered_lines(f"The practice must ensure that {asked}.", theme="Staffing", **GP)
    assert "new starter" in check, check
    for line in (change, told, check, evidence):
        assert "train" in line.replace(asked.lower(), ""), line
