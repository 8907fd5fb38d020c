"""Prompts for outside readers' misfits (judge101), each by a rule for a class of statement: a thing kept "at each team base"
is no team to tell; a call back is timed from when it fell due, not from an arrival (prompts80). Wordings are new, not the
reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import named_staff

CORE = dict(report_types=["core-service-inspection-report"])
EOC = dict(services=["Emergency operations centre (EOC)"], **CORE)
COMMUNITY = dict(services=["Community-based mental health services for adults of working age"], **CORE)


def test_a_thing_kept_at_each_team_base_is_no_team_to_tell():
    assert named_staff("The provider should ensure that the resuscitation trolley at each team office is checked daily.") == ""
    assert named_staff("The trust should ensure that the first aid kit in every team base is restocked.") == ""
    assert named_staff("The trust should ensure that the home treatment team reviews each referral.") == "the home treatment team"
    assert named_staff("The trust should ensure that the hospice-at-home team records each visit.") == "the hospice-at-home team"
    assert named_staff("The trust should ensure that the hospital at home team reviews each referral.") == \
        "the hospital at home team"
    _, told, *_ = lowered_lines("The trust should ensure that the defibrillator at each team base is checked every week.",
                                **COMMUNITY)
    assert "tell the defibrillator" not in told, told


def test_a_call_back_is_timed_from_when_it_fell_due_not_from_an_arrival():
    *_, check, evidence = lowered_lines("The trust must ensure that callers assessed as needing a clinician's call back are "
                                        "called back within the time their triage category sets.", **EOC)
    assert "arrival" not in check and "attendance log" not in evidence, (check, evidence)
    assert "call-back's time due" in check, check


WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
CARE_HOME = dict(report_types=["asc-inspection-report"])


def test_physical_health_checked_for_a_medicine_is_the_monitoring_not_how_medicines_are_kept():
    change, _, check, evidence = lowered_lines("The trust must ensure that patients on clozapine have their physical health "
                                               "monitored every three months.", **WARD)
    assert "fridge" not in change and "storage" not in check, (change, check)
    assert "physical health monitoring" in change and "list the patients prescribed" in check, (change, check)


def test_a_review_of_each_persons_medicines_is_the_review_not_how_medicines_are_kept():
    for wording in ("The provider should ensure that people's psychotropic medicines are reviewed by their GP every six months.",
                    "The provider should ensure that each person's medication is reviewed in line with STOMP."):
        change, _, check, evidence = lowered_lines(wording, **CARE_HOME)
        assert "fridge" not in change and "cd registers" not in check, (change, check)
        assert "medicines review" in check and "reduce or stop" in check, check


def test_a_protocol_for_medicines_given_as_required_is_checked_against_the_charts():
    change, _, check, evidence = lowered_lines("The provider must ensure that there is a protocol for each medicine prescribed "
                                               "to be given when required.", **CARE_HOME)
    assert "fridge logs" not in check and "storage" not in evidence, (check, evidence)
    assert "prn" in check and "protocol" in check and "protocols" in evidence, (check, evidence)


def test_a_finding_that_names_nothing_wrong_gets_no_shortfall_invented():
    change, told, check, evidence = lowered_lines("A pharmacist-led clinic gave each person a review within a week of leaving "
                                                  "hospital.", **WARD)
    for line in (change, told, check, evidence):
        assert "root cause" not in line and "put right" not in line and "until results improve" not in line, line
    assert "kept going" in change and "a pharmacist-led clinic gave each person" in change, change


def test_a_finding_that_names_a_failing_without_a_not_is_still_put_right():
    for wording in ("People waited up to 12 hours for pain relief.", "One person was given food of the wrong texture."):
        change, *_ = lowered_lines(wording, **CARE_HOME)
        assert "kept going" not in change and "put right" in change, change


def test_what_a_room_allows_is_looked_at_on_a_walk_round_not_sampled_from_records():
    *_, check, evidence = lowered_lines("The trust must ensure that the de-escalation room on the ward allows staff to see the "
                                        "patient at all times.", **WARD)
    assert "records of" not in check and "walk round" in check, check


def test_food_and_drink_people_can_get_is_asked_of_them_and_looked_at_not_sampled_from_records():
    *_, check, evidence = lowered_lines("The provider should ensure that people can get drinks and snacks in the evening.",
                                        **CARE_HOME)
    assert "records of" not in check and "ask a sample" in check and "stocked" in evidence, (check, evidence)


def test_every_use_recorded_and_reported_as_an_incident_is_matched_against_the_reports_not_read_in_minutes():
    _, told, check, evidence = lowered_lines("The trust must ensure that every use of seclusion is recorded, reviewed by the "
                                             "nurse in charge and reported on the incident reporting system.", **WARD)
    assert "minutes" not in check and "against the incidents reported" in check, check
    assert not told.startswith("prompt: tell the managers who chair"), told


def test_a_detained_patients_rights_are_explained_and_repeated_in_a_form_they_understand_not_mha_paperwork_in_general():
    for wording in ("The trust should ensure that detained patients are reminded of their rights regularly and in a format "
                    "they can understand.",
                    "The trust should ensure that patients have rights leaflets in their own language."):
        change, told, check, evidence = lowered_lines(wording, **WARD)
        assert "leave forms" not in change and "t2/t3" not in change, change
        assert "repeated" in check and "rights record" in check, check


def test_staff_something_was_done_to_are_not_the_ones_told_to_do_the_ask():
    assert named_staff("The trust must ensure that alerts for homes where carers have been threatened are reviewed.") == ""
    assert named_staff("The trust must ensure that incidents in which porters were injured are investigated.") == ""
    assert named_staff("The trust must ensure that crews complete the vehicle checklist.") == "crews"


def test_work_done_and_then_kept_clean_has_the_cleaning_checked_after_the_work():
    change, told, check, evidence = lowered_lines("The provider must ensure that the shower rooms are repaired and kept clean.",
                                                  **CARE_HOME)
    assert "works order" in evidence and "cleaning" in evidence and "cleaned" in change and "clean" in told, (change, evidence)
    assert "monthly for three months" in check, check


def test_what_starts_at_a_point_and_involves_others_plans_who_takes_part_too():
    change, told, check, evidence = lowered_lines("The trust should ensure that care and treatment planning begins on admission "
                                                  "and involves the person's carers.", **WARD)
    assert "who must take part" in change and "took part" in check, (change, check)
    change, told, check, evidence = lowered_lines("The trust should ensure that care and treatment planning begins on "
                                                  "admission.", **WARD)
    assert "take part" not in change, change


def test_access_to_advice_reviewed_is_the_review_not_a_walk_round_of_the_place():
    change, _, check, evidence = lowered_lines("The trust should review how the triage hub gets access to specialist "
                                               "paediatric advice.", **EOC)
    assert "walk round" not in check and "walk-round" not in evidence, (check, evidence)
    assert "review" in change and "review" in check, (change, check)


def test_an_interpreter_joined_to_a_live_call_is_timed_not_booked():
    change, told, check, evidence = lowered_lines("The trust should ensure that call handlers can get an interpreter on the "
                                                  "line quickly when interpreters are needed on 111 calls.", **EOC)
    assert "booking" not in check and "connect an interpreter" in check, check
    _, _, check, _ = lowered_lines("The trust must ensure that interpreters are booked for patients who need them.", **WARD)
    assert "interpreter bookings" in check, check


def test_supervision_with_feedback_on_their_work_checks_the_feedback_too():
    *_, check, evidence = lowered_lines("The provider must ensure that call handlers have monthly supervision and feedback on "
                                        "their audited calls.", **EOC)
    assert "feedback was given" in check and "feedback given" in evidence, (check, evidence)
    *_, check, evidence = lowered_lines("The provider must ensure that staff receive monthly supervision.", **CARE_HOME)
    assert "feedback" not in check, check


def test_a_care_plan_audit_names_what_it_checks_not_the_standard_in_general():
    *_, check, evidence = lowered_lines("The trust should ensure that care plans record each patient's own goals.", **WARD)
    assert "against the standard" not in check and "each patient's own goals" in check, check
    assert "show improvement" not in check, check


def test_arrangements_agreed_in_writing_are_one_written_agreement_not_a_monthly_task():
    change, _, check, evidence = lowered_lines("The provider should review its arrangements for transferring patients to "
                                               "hospital and agree them in writing.", **CARE_HOME)
    assert "by when or how often" not in change and "check monthly for three months that this was done" not in check, \
        (change, check)
    assert "document" in change and "approved and dated" in evidence, (change, evidence)
