"""Prompts for an outside reader's misfits (judge106), each by a rule for a class of statement (prompts85): a broad
finding about a topic as a whole gets the topic's lines for its parts; waste its own lines; what a review or work with
partners is for checked to hold, not only the review done; what is said of every person checked on the whole list;
audits of clinicians' work told to the clinicians; an interpreter offered wherever contact is made; minutes checked
meeting by meeting; learning from complaints decided as learning shared; a restrictive practice to use less given a plan
with its baseline and target; items named as examples of what is reviewed no second job. Wordings are new, not the
reader's items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
ASC = dict(report_types=["asc-inspection-report"])
MH_WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
SURGERY = dict(services=["Surgery"], **CORE)
COMMUNITY_MH = dict(services=["Community-based mental health services for adults of working age"], **CORE)
CALLS = dict(services=["Emergency operations centre"], **CORE)
OUT_OF_HOURS = dict(report="Dale Urgent Care Ltd\nDale out-of-hours service\nEnsure the base is clean.",
                    report_types=["gp-inspection-report"])


def test_a_broad_finding_about_a_topic_gets_the_topics_lines_not_a_daily_practice_restated():
    change, told, check, evidence = lowered_lines("Medicines were not always handled safely.", **ASC)
    assert "daily practice" not in change and "medicines" in change, change
    assert "mar" in check and "observe practice and audit 10" not in check, check
    assert "competency" in evidence, evidence


def test_a_topic_named_with_more_than_its_manner_is_not_made_broad():
    change, told, check, evidence = lowered_lines("Medicines were stored in an unlocked cupboard in the lounge.", **ASC)
    assert "cupboard" in change or "cupboard" in check, (change, check)


def test_waste_gets_its_streams_storage_and_collection():
    change, told, check, evidence = lowered_lines("The trust must ensure that clinical waste is segregated and stored "
                                                  "securely on the surgical wards.", **SURGERY)
    assert "bin or bag" in change and "daily practice" not in change, change
    assert "consignment notes" in check and "10 records of clinical waste" not in check, check


def test_what_a_review_is_for_is_checked_to_hold_not_only_the_review_done():
    change, told, check, evidence = lowered_lines("The trust should review the locking of bedroom doors on the wards so "
                                                  "that any restriction is justified by an individual risk assessment.", **MH_WARDS)
    assert "review was done" in check and "to confirm that any restriction is justified by an individual risk assessment" in check, check


def test_what_work_with_partners_is_for_is_checked_to_hold_too():
    change, told, check, evidence = lowered_lines("The trust should work with commissioners to update the list of local "
                                                  "services so that callers are not sent to services that have closed.",
                                                  **CALLS)
    assert "agreed plan with dates" in check and "confirm that callers are not sent to services" in check, check


def test_what_is_said_of_every_person_is_checked_on_the_whole_list():
    change, told, check, evidence = lowered_lines("The trust must ensure that every patient on the team's caseload has a "
                                                  "named care coordinator.", **COMMUNITY_MH)
    assert "10 " not in check and "all" in check, check
    change, told, check, evidence = lowered_lines("The trust must ensure that patients on the team's caseload have a "
                                                  "named care coordinator.", **COMMUNITY_MH)
    assert "10 " in check, check  # most, not every: a sample, as before


def test_audits_of_clinicians_work_are_told_to_the_clinicians_not_drivers_or_reception():
    change, told, check, evidence = lowered_lines("Introduce a regular audit of triage decisions made by phone and act "
                                                  "on the results.", **OUT_OF_HOURS)
    assert "drivers" not in told and "reception" not in told and "clinicians" in told, told


def test_an_interpreter_is_offered_wherever_contact_is_made_no_face_to_face_assumed():
    change, told, check, evidence = lowered_lines("The trust should ensure that callers who do not speak English are "
                                                  "offered an interpreter.", **CALLS)
    assert "face to face is needed" not in told and "recognise" in told, told


def test_minutes_are_checked_meeting_by_meeting_not_by_a_review_date():
    change, told, check, evidence = lowered_lines("Ensure that clinical meetings are minuted and the minutes shared "
                                                  "with staff who work at weekends.", **OUT_OF_HOURS)
    assert "last reviewed" not in check and "after each meeting" in check and "minuted" in check, check


def test_learning_from_complaints_is_decided_as_learning_shared_not_as_response_timescales():
    change, told, check, evidence = lowered_lines("The trust should improve how learning from complaints is shared with "
                                                  "call handlers.", **CALLS)
    assert "timescales" not in change and "learning" in change and "call handlers" in change, change


def test_a_restrictive_practice_to_use_less_gets_a_plan_with_its_baseline_and_target():
    change, told, check, evidence = lowered_lines("The trust should continue to reduce its use of physical intervention.", **MH_WARDS)
    assert "baseline" in change and "target" in change and "post-incident review" not in change, change
    assert "against the baseline and target" in check, check


def test_items_named_as_examples_of_what_is_reviewed_are_no_job_of_their_own():
    change, told, check, evidence = lowered_lines("The trust must review the blanket restrictions on the wards, including "
                                                  "locked garden doors and set bedtimes, and lift any that are not "
                                                  "justified.", **MH_WARDS)
    assert "spot-check" not in check and "works order" not in evidence, (check, evidence)
    change, told, check, evidence = lowered_lines("The trust must review the blanket restrictions on the wards and "
                                                  "remove any that are not justified by individual risk.", **MH_WARDS)
    assert "once the work is done" not in check and "works order" not in evidence, (check, evidence)
