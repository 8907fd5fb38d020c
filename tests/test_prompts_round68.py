"""Prompts for an outside reader's misfits and notes (judge84), each by a rule for a class of statement, tried on wordings
the reader did not see (prompts68)."""
from prompt_lines import lowered_lines

ACUTE_MEDICAL = dict(services=["Medical care (including older people's care)"], report_types=["hospital-inspection-report"])
SURGERY = dict(services=["Surgery"], report_types=["core-service-inspection-report"])
CRITICAL = dict(services=["Critical care"], report_types=["core-service-inspection-report"])
URGENT = dict(services=["Urgent and emergency care"], report_types=["core-service-inspection-report"])
MH_WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
                report_types=["mental-health-inspection-report"])
OUTPATIENTS = dict(services=["Outpatients"], report_types=["core-service-inspection-report"])
DENTAL = dict(report_types=["dental-practice-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])


def test_a_review_for_a_way_that_stays_clear_is_a_walk_round_not_security():
    """"... so that fire exits stay clear": the exits seen on a walk-round after the review, not a store to lock."""
    change, tell, check, _ = lowered_lines("Review the storage of wheelchairs in the corridor so that fire exits stay clear.",
                                           **SURGERY)
    assert "secure" not in change and "secure" not in tell, (change, tell)
    assert "walk round" in check, check


def test_fluid_charts_are_decided_with_the_ward_not_the_dietitian():
    """Fluid balance charts are completed and acted on by the ward's nurses and doctors: no dietitian or speech and
    language therapist decides how."""
    change, _, _, _ = lowered_lines("The service should ensure that fluid balance charts are fully completed on the "
                                    "surgical wards.", **SURGERY)
    assert "dietitian" not in change and "speech and language" not in change, change
    assert "nurses in charge" in change, change


def test_physical_health_monitoring_naming_no_medicine_is_no_medicines_monitoring():
    """Physical health monitoring named alone (weight, blood pressure) is each patient's monitoring, not the checks a
    medicine needs; a medicine named still takes the prescribers' lines."""
    change, _, check, evidence = lowered_lines("The service must ensure that patients' physical health monitoring, "
                                               "including blood pressure and weight, is recorded.", **MH_WARDS)
    assert "medicines" not in change + check + evidence and "prescri" not in change + check, (change, check, evidence)
    change, _, _, _ = lowered_lines("The service must ensure that patients prescribed clozapine receive physical health "
                                    "monitoring.", **MH_WARDS)
    assert "prescribers" in change, change


def test_training_asked_with_appraisal_checks_both_with_the_practices_own_leads():
    """A review of training needs "and the arrangements for appraisal": the appraisals decided and checked too, with the
    practice's principal dentist and manager (no service manager or training lead in a dental practice)."""
    change, _, check, evidence = lowered_lines("The practice should review the training needs of the team and the "
                                               "arrangements for staff appraisal.", **DENTAL)
    assert "appraisal" in change and "appraisal" in check and "appraisal" in evidence, (change, check, evidence)
    assert "service manager" not in change and "principal dentist" in change, change


def test_a_grade_said_of_patients_names_no_course_of_that_level():
    """"one nurse for every level 2 patient": the level of care the patients need, no level 2 course, so the staffing
    lines (planned against actual rotas) stand; "level 3 safeguarding training" is still the course."""
    _, _, check, _ = lowered_lines("The service must ensure that nurse staffing on the unit allows one registered nurse "
                                   "to care for each level 3 patient at all times.", **CRITICAL)
    assert "planned versus actual" in check, check
    _, _, check, _ = lowered_lines("The trust must ensure that nurse staffing is reviewed and that all nurses complete "
                                   "level 3 safeguarding training.", **CRITICAL)
    assert "planned versus actual" not in check, check


def test_discharges_at_night_are_counted_not_timed_as_delays():
    """Fewer discharges from the unit at night: how many happen then, each with its reason, not how long transfers wait;
    a delay leaving the unit still has the delay's lines."""
    _, _, check, evidence = lowered_lines("The trust should reduce the number of patients discharged from the critical care "
                                          "unit out of hours.", **CRITICAL)
    assert "at night" in check and "delayed transfer" not in check, check
    _, _, check, _ = lowered_lines("The trust should reduce delays for patients discharged from the critical care unit.",
                                   **CRITICAL)
    assert "delayed transfer" in check, check
    _, _, check, _ = lowered_lines("The trust should reduce the number of patients discharged from the ward between 23:00 "
                                   "and 07:00.", **ACUTE_MEDICAL)  # the night's hours, named
    assert "each discharge made at night" in check, check


def test_a_controlled_drugs_check_set_by_policy_is_checked_as_set():
    """Controlled drugs checked daily by two nurses: each check due done and signed, not the register's destructions."""
    _, _, check, evidence = lowered_lines("The service must ensure that controlled drugs are checked daily by two "
                                          "registered nurses.", **SURGERY)
    assert "every check due" in check and "destruction" not in check, check
    _, _, check, _ = lowered_lines("The service must ensure that the destruction of controlled drugs is witnessed.",
                                   **SURGERY)
    assert "destruction" in check, check


def test_something_advertised_is_seen_where_it_is_shown_not_sampled_from_records():
    """"the interpreting service is advertised": a notice seen where people look, not records audited; a post advertised
    is no display."""
    _, _, check, _ = lowered_lines("The practice should ensure that the interpreting service is clearly advertised.", **GP)
    assert "check in person" in check and "records of" not in check, check
    _, _, check, _ = lowered_lines("The practice should ensure that vacant nurse posts are advertised.", **GP)
    assert "check in person" not in check, check


def test_hours_waited_in_a_department_come_from_its_attendances_not_a_waiting_list():
    """A wait of hours in the emergency department is each attendance's time, not waiting list data."""
    _, _, check, evidence = lowered_lines("The trust should reduce the number of patients who wait more than 12 hours in "
                                          "the emergency department.", **URGENT)
    assert "waiting list" not in check + evidence and "attendance" in check, (check, evidence)


def test_two_words_sharing_one_recorded_noun_are_named_whole():
    """"record the minimum and maximum temperature of the fridge": one thing recorded, not "minimum" alone."""
    _, _, _, evidence = lowered_lines("The service should ensure that staff record the minimum and maximum temperature of "
                                      "the vaccine fridge every day.", **GP)
    assert "(minimum)" not in evidence, evidence


def test_an_imaging_services_actions_are_decided_with_its_clinical_lead():
    """A diagnostic imaging service's reporting backlog is decided with its manager and lead radiologist, not a radiation
    protection supervisor (who supervises the local rules in one area)."""
    change, _, _, _ = lowered_lines("The service should reduce the number of CT scans waiting to be reported.",
                                    services=["Diagnostic imaging"], report_types=["core-service-inspection-report"])
    assert "radiation protection supervisor" not in change and "lead radiologist" in change, change
