"""Prompts for outside readers' misfits (judge99), each by a rule for a class of statement: the measure and record a C
line reads are the statement's own (the decision to admit, what a board is sent, each item's test dates, the items held
against a guidance's list, each record sent on), a topic's lines for the content a guidance asks of records, every part
of a statement carried, and the people told fit the work (prompts78). Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
UEC = dict(services=["Urgent and emergency care"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])
GP = dict(report_types=["gp-quality-report"])
CARE_HOME = dict(report_types=["asc-inspection-report"])


def test_time_from_the_decision_to_admit_is_tracked_from_that_decision_not_from_arrival():
    for wording in ("The trust should reduce the time between a decision to admit and patients leaving the emergency "
                    "department.", "The trust must ensure patients do not wait more than 12 hours from the decision to "
                    "admit to being given a bed."):
        *_, check, evidence = lowered_lines(wording, theme="Access and flow", **UEC)
        assert "from the decision to admit" in check and "from the decision to admit" in evidence, (check, evidence)
        assert "from arrival to leaving" not in check + evidence, (check, evidence)


def test_what_a_board_or_committee_is_given_is_read_in_its_papers_and_minutes():
    *_, check, evidence = lowered_lines("The provider should make sure that the trustees are informed of the outcome of "
                                        "each safeguarding concern raised.", theme="Governance", **CARE_HOME)
    assert "papers" in check and "minutes" in evidence, (check, evidence)
    assert "referrals log" not in check + evidence, evidence


def test_equipment_tested_when_due_under_the_premises_topic_is_read_on_the_equipment_register():
    for wording in ("The trust should ensure that electrical safety tests of the equipment in the children's area are "
                    "in date.", "The service must ensure all equipment in the theatres is serviced when due."):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **UEC)
        assert "equipment register" in check and "test dates" in evidence, (check, evidence)
        assert "environment weekly" not in check, check


def test_what_a_guidance_asks_records_to_contain_is_decided_with_the_settings_clinical_leads_not_storage():
    change, told, check, evidence = lowered_lines(
        "The practice should ensure that clinicians follow current record keeping guidance when completing patients' dental "
        "care records.",
        theme="Records", **DENTAL)
    assert "principal dentist" in change and "records lead" not in change and "secure" not in change, change
    assert "guidance" in check and "secure" not in check + evidence, check


def test_records_stored_securely_keep_the_storage_lines_beside_guidance():
    change, *_ = lowered_lines("The service should ensure that records are stored securely in line with guidance.",
                               theme="Records", **CARE_HOME)
    assert "what each record must contain under the guidance" not in change, change


def test_items_held_reviewed_against_guidance_are_compared_with_its_list_not_records_audited():
    change, told, check, evidence = lowered_lines(
        "The practice must ensure that the emergency drugs kept in the treatment room are compared against current "
        "national guidelines.", theme="Medicines", **GP)
    assert "item by item" in check and "risk assessment" in evidence, (check, evidence)
    assert "audit 10 records" not in check and "observation notes" not in evidence, (check, evidence)


def test_records_sent_on_to_peoples_own_gp_are_traced_to_their_sending_not_their_content():
    change, told, check, evidence = lowered_lines(
        "The provider should make sure that notes of out-of-hours consultations are sent to patients' own GP practices "
        "by 8am the next working day.", theme="Governance", **GP)
    assert "complete record must contain" not in change and "sent" in change, change
    assert "sent" in check and "date and time" in evidence, (check, evidence)
    assert "good record" not in told, told


def test_staff_named_with_a_qualifier_who_know_the_vision_share_the_existing_one_not_a_new_strategy():
    change, *_ = lowered_lines("The trust should ensure that staff on the surgical wards know the trust's vision and "
                               "values.", theme="Vision and strategy", services=["Surgery"], **CORE)
    assert "shared with every member of staff" in change and "written strategy with measurable aims" not in change, change


def test_merged_statements_one_said_of_other_staff_tell_its_settings_staff_too():
    """Two merged statements: one names community nurses, the other a nurse on duty in the emergency department; the
    department's staff, who own that rota, are told too, not the community nurses alone."""
    change, told, check, evidence = lowered_lines(
        "The trust must ensure that a nurse trained in paediatric life support is on every shift in the paediatric "
        "emergency department.\nThe service should ensure that district nurses who use syringe pumps complete the "
        "competency assessment.", theme="Staffing",
        services=["Urgent and emergency care", "Community health services for adults"], **CORE)
    assert "urgent and emergency care" in told.split(" the cover")[0], told


def test_merged_statements_said_of_the_same_staff_tell_only_those_named():
    change, told, check, evidence = lowered_lines(
        "The trust must ensure there are enough registered nurses on the surgical wards at night.\nThe trust should "
        "continue to recruit registered nurses to the surgical wards.", theme="Staffing", services=["Surgery"], **CORE)
    assert "support staff" not in told.split(" the cover")[0], told


def test_learning_shared_with_staff_tells_those_who_share_it_and_how_the_staff_receive_it():
    change, told, check, evidence = lowered_lines(
        "The provider should make sure that learning from safeguarding reviews is shared with support workers.",
        theme="Safeguarding", **CARE_HOME)
    assert told.startswith("prompt: tell the managers and leads who share the learning, and support workers"), told
    assert "receive it" in told, told


def test_checks_asked_of_volunteers_are_told_to_whoever_recruits_them():
    change, told, check, evidence = lowered_lines(
        "The provider must ensure that DBS checks and references are obtained for every volunteer before they start.",
        theme="Staffing", **CARE_HOME)
    assert "recruits and manages the volunteers" in told and "references" in told, told


def test_feedback_to_reporters_beside_learning_shared_gets_its_own_check_when_the_topics_lines_are_used():
    """Two merged statements name the learning variant and the feedback variant: neither is used, and the feedback
    asked, a kind another variant was written for, gets its own check beside the topic's incident audit."""
    *_, check, evidence = lowered_lines(
        "The trust should ensure that lessons from investigations are shared with nurses on the surgical wards.\nThe trust "
        "should ensure that staff receive feedback on the incidents they report.", theme="Incidents",
        services=["Surgery"], **CORE)
    assert "ask each reporter" in check and "reporters said" in evidence, (check, evidence)


def test_a_room_made_safe_with_works_named_beside_its_ligatures_is_looked_for_in_each_check():
    *_, check, evidence = lowered_lines(
        "The trust must ensure that the seclusion room is fit for use, with ligature points removed and a viewing panel "
        "fitted in the door.", theme="Environment and equipment",
        services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
    assert "look for what is asked" in check and "viewing panel" in check, check


def test_a_sign_displayed_beside_a_practice_tells_the_practice_too():
    change, told, *_ = lowered_lines("The provider must ensure that gas cylinders in the store room are chained to the "
                                     "wall and that a warning notice is displayed on the door.", theme="Environment",
                                     **CARE_HOME)
    assert "what is displayed" in told and ("the change agreed" in told or "what must be in place" in told), told  # the
    # cylinders chained are looked at where they are kept (prompts79)


def test_a_review_at_an_interval_under_a_topics_lines_is_checked_against_that_interval():
    *_, check, evidence = lowered_lines("The service should ensure that each person's care plan is reviewed with them at "
                                        "least every three months.", theme="Person-centred care", **CARE_HOME)
    assert "against the interval asked (at least every three months)" in check, check
    assert "at least every three months" in evidence.split("(")[-1], evidence


def test_people_assessed_and_kept_somewhere_safe_are_two_asks_each_decided():
    change, *_ = lowered_lines("The trust must ensure that children waiting in the department are risk assessed and "
                               "kept in a safe area.", theme="Assessing and responding to patient risk", **UEC)
    assert change.count("agree") >= 2 and "kept in a safe area" in change.split("agree")[-1], change


def test_the_board_assurance_framework_is_revised_with_its_risk_owners_and_read_at_the_board_not_generic_governance():
    change, told, check, evidence = lowered_lines(
        "The trust should ensure that the board assurance framework sets out the controls and assurances for each "
        "strategic risk.", theme="Governance", services=["Mental health crisis services and health-based places of safety"],
        **CORE)
    assert "executives who own the strategic risks" in change and "which governance system" not in change, change
    assert "executive risk owners" in told and "results come back to teams" not in told, told
    assert "minutes" in check, check


def test_rooms_reviewed_so_that_they_meet_guidance_are_the_rooms_not_a_guideline_to_ratify():
    change, told, *_ = lowered_lines("Review the arrangements for the seclusion rooms on the wards so that they meet "
                                     "national guidance.", theme="Environment and equipment",
                                     services=["Acute wards for adults of working age and psychiatric intensive care units"],
                                     **CORE)
    assert "ratif" not in change and "where to find it" not in told, (change, told)


def test_checks_of_every_patient_with_a_medicine_only_as_an_example_are_not_narrowed_to_that_medicine():
    change, told, check, evidence = lowered_lines(
        "The service should ensure that people's physical health checks, including those for people prescribed lithium, "
        "are completed and recorded.", theme="Assessing and responding to patient risk",
        services=["Community-based mental health services for adults of working age"], **CORE)
    assert "medicines named here" not in change and "prescribed these medicines" not in check, (change, check)


def test_all_of_a_group_the_settings_staff_include_are_told_as_the_settings_staff():
    change, told, *_ = lowered_lines(
        "The trust must ensure that a nurse trained in paediatric life support is on every shift in the paediatric "
        "emergency department.\nThe service should ensure that all community nurses who use syringe pumps complete the "
        "competency assessment.", theme="Staffing",
        services=["Urgent and emergency care", "Community health services for adults"], **CORE)
    assert not told.startswith("prompt: tell all community nurses"), told
