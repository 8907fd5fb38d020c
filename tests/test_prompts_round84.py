"""Prompts for an outside reader's misfits (judge105), each by a rule for a class of statement (prompts84): the setting
by what a report's notices say was registered and by the longer of two cues, staffing of named roles as cover on the rota
(an agency's as visits made), audits asked as the audits, what records show audited record by record, times recorded
set against another record, minutes reaching those away, clinical records told to those who write them, a list of staff
kept whole, a course for two groups kept whole, a document kept current as well as signed, deep cleans against their
interval, an interpreter reached quickly, beds out of area told to those who manage admissions, and a policy named as
the standard no document to write. Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import ACTIVITY, _courses, kind_of, named_staff, place_for

CORE = dict(report_types=["core-service-inspection-report"])
GP = dict(report_types=["gp-inspection-report"])
ASC = dict(report_types=["asc-inspection-report"])
MH_WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
OUTPATIENTS = dict(services=["Outpatients"], **CORE)
AMBULANCE = dict(services=["Emergency and urgent care"], **CORE)
OUT_OF_HOURS = dict(report=("Vale Urgent Care Ltd\nVale out-of-hours service\nEnsure the base is clean."), **GP)


def _agency(*activities: str) -> dict:
    """An adult social care report of one location whose notices name these regulated activities."""
    return dict(report="\n".join(["Harbour Support Ltd", "Harbour Support Ltd", "People's relatives were not asked.",
                                  *(ACTIVITY + a for a in activities)]), **ASC)


def test_a_report_registered_for_personal_care_alone_is_an_agencys_not_a_care_homes():
    wording = "Staff did not always record people's fluid intake."
    assert place_for(wording, **_agency("Personal care")).setting == "domiciliary"
    assert place_for(wording, **_agency("Accommodation for persons who require nursing or personal care")).setting \
        == "care_home"
    assert place_for(wording, **_agency()).setting == "care_home"  # no notice: the words decide, as before


def test_an_agencys_staffing_is_visits_made_on_time_not_shifts_filled():
    change, told, check, evidence = lowered_lines("Enough staff were not deployed to keep people safe. 18(1)",
                                                  **_agency("Personal care"))
    assert "call monitoring" in check and "fill rates" not in check and "shift" not in check, check
    assert "acuity" not in evidence and "shift" not in evidence, evidence
    assert "nurses" not in told and "handover" not in told, told


def test_enough_of_a_named_role_is_cover_on_the_rota_told_first_to_those_who_plan_it():
    assert kind_of("there are enough GPs on the rota to cover the evening sessions at the north base").id == "staff_on_duty"
    assert kind_of("there are enough call handlers in the control room to answer calls within the target").id \
        == "staff_on_duty"
    change, told, check, evidence = lowered_lines("The trust must ensure there are enough call handlers in the control "
                                                  "room to answer calls within the target.", **AMBULANCE)
    assert "rota" in change and "daily practice" not in change and "recruitment" in change, change
    assert "falls short" in told and "who now does what" not in told, told


def test_posts_to_recruit_named_by_role_are_a_recruitment_plan_agreed_with_whoever_recruits():
    change, told, check, evidence = lowered_lines("The trust should continue to recruit occupational therapists to the "
                                                  "older people's wards.", **MH_WARDS)
    assert "recruitment plan" in change and "hr" in change, change
    assert "vacancy" in check or "staff in post" in check, check


def test_audits_asked_get_lines_for_the_audits_not_for_the_practice_they_look_at():
    for wording in ("The hospital should consider auditing compliance with falls risk assessment on admission.",
                    "The hospital should ensure that infection control audits are completed every quarter in the "
                    "outpatient department.",
                    "The hospital should ensure that hand hygiene audits are completed every month in the outpatient "
                    "department."):
        change, told, check, evidence = lowered_lines(wording, **OUTPATIENTS)
        assert "audits" in change and "which tool" not in change and "every moment of care" not in change, change
        assert "every moment of care" not in told, told


def test_what_records_show_is_audited_record_by_record_not_tracked_as_a_figure():
    assert kind_of("restraint records on Ash ward show that a debrief took place within the timescale set by the policy").id \
        == "records"
    change, told, check, evidence = lowered_lines("The trust must ensure that restraint records on Ash ward show that a "
                                                  "debrief took place within the timescale set by the policy.", **MH_WARDS)
    assert "audit" in check and "track" not in check and "figures" not in evidence, check


def test_times_recorded_accurately_are_set_against_another_record_of_the_same_event():
    change, told, check, evidence = lowered_lines("The trust should review how crews record the time they arrive at "
                                                  "scene so that response times are reported accurately.", **AMBULANCE)
    assert "another record of the same event" in check and "this was done" not in check, check
    assert "other record of the same event" in evidence, evidence


def test_minutes_made_available_to_those_away_are_their_circulation_not_a_meetings_oversight():
    change, told, check, evidence = lowered_lines("Ensure that team meetings are minuted and the minutes made available "
                                                  "to night and weekend staff.", **OUT_OF_HOURS)
    assert "reaches everyone" in change and "which meeting or manager reviews" not in change, change
    assert "distribution" in check and "ask a few of them" in check, check


def test_the_recording_of_decisions_is_told_to_those_who_write_the_records_and_each_record_audited():
    change, told, check, evidence = lowered_lines("Improve the recording of the reasons for declining a face-to-face "
                                                  "appointment.", **OUT_OF_HOURS)
    assert "drivers" not in told and "reception" not in told and "gps, nurses" in told, told
    assert "this was done" not in check and "the reasons for declining a face-to-face appointment are recorded" in check, check


def test_a_list_of_staff_named_is_kept_whole_and_a_time_is_no_place():
    assert named_staff("The service should share learning from incidents with paramedics and dispatchers.") \
        == "paramedics and dispatchers"
    assert named_staff("Consider how drivers and nurses on home visits can reach the on-call GP.") == "drivers and nurses"
    assert named_staff("The trust must ensure that all syringe drivers are serviced.") == ""
    assert named_staff("Information is shared with health visitors and school nurses.") == ""  # to whom, not who does it


def test_a_course_for_two_groups_of_people_is_one_course():
    assert _courses("staff complete training in safeguarding children and vulnerable adults at level 2") \
        == "training in safeguarding children and vulnerable adults"
    assert _courses("staff complete fire training and basic life support training") \
        == "fire training and basic life support training"


def test_a_document_kept_current_and_signed_checks_its_version_as_well_as_the_signatures():
    change, told, check, evidence = lowered_lines("The hospital must ensure that the laser safety rules are up to date and "
                                                  "signed by all staff who use the laser.", **OUTPATIENTS)
    assert "review date" in change and "sign" in change, change
    assert "current version" in check and "signature" in check, check
    assert "version" in evidence, evidence


def test_deep_cleans_are_checked_against_their_interval_from_the_deep_clean_log():
    change, told, check, evidence = lowered_lines("The trust should ensure that ambulances are deep cleaned every six "
                                                  "weeks.", **AMBULANCE)
    assert "deep-clean log" in check and "hand hygiene" not in check, check
    assert "interval" in evidence, evidence


def test_an_interpreter_reached_quickly_is_timed_not_booked():
    change, told, check, evidence = lowered_lines("Consider how nurses visiting patients at home can get a telephone "
                                                  "interpreter quickly.", **OUT_OF_HOURS)
    assert "how long it took" in check and "booking" not in check, check
    assert "face to face" not in told, told


def test_beds_out_of_area_are_told_to_those_who_manage_admissions_and_decided_by_leaders():
    change, told, check, evidence = lowered_lines("The trust should reduce the number of people admitted to beds out of "
                                                  "area.", **MH_WARDS)
    assert "bed managers" in told and "healthcare assistants" not in told, told
    assert "ward manager" not in change, change


def test_a_policy_named_as_the_standard_is_no_document_to_write():
    assert kind_of("ward staff have supervision as often as the trust's supervision policy sets out").id == "supervision"
    assert kind_of("rooms are checked at the intervals set out in its cleaning policy").id != "document"


def test_cues_inside_a_longer_cue_count_for_the_longer_one_and_no_trust_runs_an_agency():
    assert place_for("The trust must ensure the team has enough staff for home visits.").setting == "community"
    assert place_for("The provider must ensure care visits are not missed.").setting == "domiciliary"


def test_a_call_centre_is_no_emergency_operations_centre_when_it_is_nhs_111():
    place = place_for("The trust must ensure that health advisers complete call audits.",
                      services=["NHS 111"], **CORE)
    assert "(EOC)" not in place.owner and "EOC" not in place.forum and "EOC" not in place.channels


def test_a_topics_audit_of_the_records_it_quotes_gets_no_second_audit_of_them():
    wording = ("The trust should ensure that care plans on the older people's wards are personalised and show that patients "
               "were involved in writing them.\nThe trust should ensure that care plans in the home treatment team reflect "
               "the person's own goals.")
    change, told, check, evidence = lowered_lines(wording, services=["Wards for older people with mental health problems",
                                                                     "Mental health crisis services"], **CORE)
    assert "care plans" in check and "also audit 10 care plans" not in check, check
    assert evidence.count("against what is asked") == 1, evidence


def test_a_wards_own_running_is_decided_with_its_manager_and_matron_not_its_consultant():
    change, *_ = lowered_lines("The trust should replace the broken bench in the Ash ward courtyard.", **MH_WARDS)
    assert "matron" in change and "consultant psychiatrist" not in change, change
    change, *_ = lowered_lines("The trust must ensure that patients on Ash ward have their physical health monitored "
                               "after rapid tranquillisation.", **MH_WARDS)
    assert "consultant psychiatrist" in change or "medical" in change, change  # clinical care keeps its doctor
