"""Prompts for an outside reader's misfits (judge108), each by a rule for a class of statement (prompts86): staff "on
every shift" named as who reaches a thing, not cover; access to a record system with a word before "access" is IT
access; a consultant present at night is the consultant rota, job plans and posts; a unit's staffing to national
standards is cover by shift; health promotion information is a display in the languages or formats needed; managers'
oversight of appraisal rates is oversight; incidents reaching managers and cancellations rebooked are timed; kit a
guidance recommends is checked against its list; training at the level a role needs is mapped by role; learning from
audits shared is traced from each audit; clinicians' own tasks are told to them; a transfer to escalate care is no
patient flow; prisoners are people cared for; where doses are recorded is the setting's own. Wordings are new, not the
reader's items."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
ASC = dict(report_types=["asc-inspection-report"])
LD_WARDS = dict(services=["Wards for people with a learning disability or autism"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
URGENT = dict(services=["Urgent and emergency care"], **CORE)
CHILDREN = dict(services=["Services for children and young people"], **CORE)
MATERNITY = dict(services=["Maternity"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])
GP = dict(report_types=["gp-inspection-report"])
PRISON = dict(report="Acme Custodial Care Ltd\nHMP Nowhere\nHealthcare services", report_types=["gp-inspection-report"])
OUT_OF_HOURS = dict(report="Dale Urgent Care Ltd\nDale out-of-hours service\nEnsure the base is clean.",
                    report_types=["gp-inspection-report"])


def test_staff_on_every_shift_who_reach_a_plan_are_no_cover_on_the_rota():
    change, told, check, evidence = lowered_lines("The provider must ensure that every resident has a current "
                                                  "communication plan that staff on each shift can read.", **LD_WARDS)
    assert "rota" not in change and "rota" not in check, (change, check)
    change, told, check, evidence = lowered_lines("The provider must ensure that two registered nurses are on each "
                                                  "shift.", **LD_WARDS)
    assert "rota" in check, check  # staff on the shift, as before


def test_timely_access_to_a_record_system_is_it_access_not_record_content():
    change, told, check, evidence = lowered_lines("The trust should make sure that nurses have timely access to the "
                                                  "electronic prescribing system on all wards.", **MEDICAL)
    assert "fault log" in check and "10 records" not in check, check
    assert "away from base" not in told and "downtime" in told, told


def test_an_assessment_for_every_prisoner_is_each_ones_not_a_one_off_test():
    change, told, check, evidence = lowered_lines("The provider should ensure that a medicines risk assessment is "
                                                  "reviewed for each prisoner who keeps their own inhaler.", **PRISON)
    assert "test or assessment" not in change and "competent person" not in check, (change, check)


def test_a_consultant_present_at_night_is_the_consultant_rota_and_job_plans():
    change, told, check, evidence = lowered_lines("The trust must make sure a consultant paediatrician is present on "
                                                  "the unit at weekends.", **CHILDREN)
    assert "job plans" in change and "daily practice" not in change, change
    assert "consultant rota" in check, check


def test_a_units_staffing_to_national_standards_is_cover_by_shift_not_caseloads():
    change, told, check, evidence = lowered_lines("The trust must ensure there are enough nurses on the critical care "
                                                  "unit to meet the national staffing guidelines.", **MEDICAL)
    assert "caseload" not in told and "caseload" not in check, (told, check)
    assert "shift by shift" in check, check


def test_health_promotion_information_is_a_display_in_the_formats_needed_not_uptake():
    change, told, check, evidence = lowered_lines("The practice should ensure health promotion information is "
                                                  "available in easy read formats for patients with a learning "
                                                  "disability.", **GP)
    assert "uptake" not in change and "uptake" not in check, (change, check)
    assert "formats" in check, check
    change, told, check, evidence = lowered_lines("The practice should improve the uptake of cervical screening.", **GP)
    assert "uptake" in check, check  # a figure to raise, as before


def test_managers_oversight_of_appraisal_rates_is_their_oversight_not_who_appraises_whom():
    change, told, check, evidence = lowered_lines("The trust should ensure that team leaders have oversight of "
                                                  "appraisal completion in their teams.", **MEDICAL)
    assert "appraises whom" not in change and "minutes or review notes" in check, (change, check)


def test_incidents_reaching_managers_are_timed_from_report_to_manager_told():
    change, told, check, evidence = lowered_lines("The trust should ensure that matrons are notified of serious "
                                                  "incidents in their areas without delay.", **MEDICAL)
    assert "investigations" not in check, check


def test_cancellations_rebooked_are_timed_to_the_new_date_not_counted():
    change, told, check, evidence = lowered_lines("The service should ensure that cancelled clinic appointments are "
                                                  "rearranged promptly.", **MEDICAL)
    assert "time from each cancellation to the new date" in check, check


def test_what_work_with_a_prison_is_to_make_sure_of_is_checked_beside_a_measure():
    change, told, check, evidence = lowered_lines("The provider should work with the prison to ensure that prisoners "
                                                  "attend their dental appointments and that cancelled appointments "
                                                  "are rebooked promptly.", **PRISON)
    assert "that prisoners attend their dental appointments" in check and "agreed plan" in check, check


def test_kit_a_guidance_recommends_is_checked_item_by_item_against_its_list():
    change, told, check, evidence = lowered_lines("The practice must ensure it holds all the emergency equipment "
                                                  "recommended by the Resuscitation Council UK guidance.", **DENTAL)
    assert "item by item" in check and "10 records" not in check, check


def test_training_at_the_level_a_role_needs_maps_each_role_to_its_level():
    change, told, check, evidence = lowered_lines("Ensure all clinical staff complete adult safeguarding training at "
                                                  "the level appropriate to their role.", **OUT_OF_HOURS)
    assert "level their role needs" in check and "each role needs" in change, (change, check)
    change, told, check, evidence = lowered_lines("Improve completion of level 3 safeguarding training among GPs.",
                                                  **OUT_OF_HOURS)
    assert "each role needs" not in change, change  # a compliance figure to raise, as before


def test_learning_from_audits_shared_is_traced_from_each_audit_not_ten_cases():
    change, told, check, evidence = lowered_lines("The provider should ensure that infection control audits are "
                                                  "completed every year and that learning from them is shared with "
                                                  "staff.", **DENTAL)
    assert "take 10 cases" not in check and "for each audit" in check, check


def test_clinicians_own_tasks_are_told_to_clinicians_not_reception():
    change, told, check, evidence = lowered_lines("The practice must ensure that the sterilisation of reusable "
                                                  "instruments follows national guidance and that the autoclave logs "
                                                  "are kept.", **DENTAL)
    assert "reception" not in told, told
    assert "who now does what" in told, told  # the practice beside the record is told too


def test_medicines_are_told_to_those_who_prescribe_and_recorded_where_the_setting_records_them():
    change, told, check, evidence = lowered_lines("Ensure medicines are managed safely, including those supplied under "
                                                  "patient group directions.", **OUT_OF_HOURS)
    assert "drivers" not in told and "reception" not in told, told
    assert "mar" not in change and "mar/" not in check, (change, check)
    change, told, check, evidence = lowered_lines("Ensure medicines are managed safely.", **ASC)
    assert "mar" in check, check  # a care home's administration charts, as before


def test_a_transfer_to_escalate_care_is_no_patient_flow():
    change, told, check, evidence = lowered_lines("The trust should ensure there is a clear escalation process for "
                                                  "transfers from the midwife-led unit to the labour ward out of "
                                                  "hours.", **MATERNITY)
    assert "site and bed managers" not in told, told
    change, told, check, evidence = lowered_lines("The trust should ensure that patients are not moved between wards "
                                                  "at night.", **MEDICAL)
    assert "site and bed managers" in told, told  # patient flow, as before


def test_a_practice_beside_a_document_is_told_as_practice():
    change, told, check, evidence = lowered_lines("The trust must ensure that identity bands are checked before every "
                                                  "blood transfusion, and that the ward has a written procedure for "
                                                  "transfusion.", **MEDICAL)
    assert "who now does what" in told and "document" in told, told


def test_what_people_do_in_private_is_seen_not_read_in_ten_records():
    change, told, check, evidence = lowered_lines("The provider must ensure that the medicines hatch is supervised so "
                                                  "that prisoners can speak to the nurse in private.", **PRISON)
    assert "records of 10" not in check, check


def test_a_step_due_within_a_time_of_arrival_is_no_triage_log_where_none_is_named():
    change, told, check, evidence = lowered_lines("The provider must ensure that all prisoners receive a dental "
                                                  "assessment within fourteen days of arrival.", **PRISON)
    assert "triage" not in check, check
