"""Prompts for an outside reader's misfits (judge87), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts70)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
COMMUNITY = dict(services=["Community health services for adults"], **CORE)
END_OF_LIFE = dict(services=["End of life care"], **CORE)
MATERNITY = dict(services=["Maternity"], **CORE)
SURGERY = dict(services=["Surgery"], **CORE)
MH_WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
                report_types=["mental-health-inspection-report"])
DENTAL = dict(services=["Dentists"], report_types=["dental"])


def test_syringe_driver_checks_are_its_monitoring_chart_not_end_of_life_wishes():
    """Syringe pumps used for patients receiving end of life care: the pumps' checks on their monitoring chart, whom
    they are used for names no care planning."""
    for wording, options in (
            ("The trust should ensure community nurses record the four-hourly checks of syringe pumps used for patients "
             "receiving end of life care at home.", COMMUNITY),
            ("Staff must check syringe drivers every four hours for patients who are receiving palliative care on the ward.",
             END_OF_LIFE)):
        change, tell, check, evidence = lowered_lines(wording, **options)
        assert "syringe driver" in change and "monitoring chart" in change, change
        assert "wishes" not in change + tell + check + evidence, (change, check)
        assert "monitoring charts" in check and "monitoring charts" in evidence, (check, evidence)


def test_a_ratio_monitored_monthly_is_no_equipment_check():
    """"the midwife-to-birth ratio is monitored monthly": a figure reviewed, not signed check records of faults."""
    for wording in ("Ensure that the midwife-to-birth ratio is monitored monthly and reported to the board.",
                    "The trust should ensure the nurse to patient ratio is monitored weekly."):
        _, tell, _, evidence = lowered_lines(wording, **MATERNITY)
        assert "out of range or faulty" not in tell and "signed check records" not in evidence, (tell, evidence)
    _, tell, _, _ = lowered_lines("The trust must ensure that fridge temperatures are monitored daily.", **MATERNITY)
    assert "out of range" in tell, tell  # a reading checked each day still is


def test_lessons_shared_across_a_service_reach_its_staff():
    """Lessons learned from incidents shared across a service: the learning reaching the staff, not a meeting that
    reviews it; the service it is spread over names no topic of its own."""
    for wording, options in (
            ("The trust should ensure that lessons learned from incidents are shared across the end of life care service.",
             END_OF_LIFE),
            ("The provider should ensure that learning from incidents is shared throughout the community nursing teams.",
             COMMUNITY)):
        change, tell, check, _ = lowered_lines(wording, **options)
        assert "which meeting or manager reviews it" not in change, change
        assert "learning" in change and "learning" in check, (change, check)


def test_specialist_palliative_care_staff_are_named_whole():
    """"specialist palliative care staff" are those told, not "care staff" (a care home's word)."""
    _, tell, _, _ = lowered_lines("The trust should ensure that all specialist palliative care staff have an up-to-date "
                                  "appraisal.", **END_OF_LIFE)
    assert "specialist palliative care staff" in tell and not tell.startswith("prompt: tell care staff"), tell


def test_an_audit_at_six_monthly_intervals_is_checked_by_its_schedule():
    """"audits ... undertaken at six-monthly intervals": each one done when due, on the schedule."""
    change, _, check, evidence = lowered_lines(
        "Take action to ensure audits of infection prevention and control are undertaken at six-monthly intervals.", **DENTAL)
    assert "falls due" in change and "schedule" in check and "schedule" in evidence, (change, check, evidence)
    _, _, check, _ = lowered_lines("Ensure that hand hygiene audits are completed at quarterly intervals and that the learning "
                                   "points are documented.", **DENTAL)  # the audits' own learning, not records sampled
    assert "records of learning points" not in check and "due date" in check, check


def test_records_accurate_legible_and_secure_are_more_than_storage():
    """Records accurate, legible and stored securely so that visitors cannot see them: what a record contains as well as
    where it is kept, the storage's purpose kept with the storage."""
    change, _, check, _ = lowered_lines(
        "Ensure that patients' records on the wards are accurate, legible and stored securely so that confidential "
        "information cannot be seen by visitors.", **SURGERY)
    assert "what a complete record must contain" in change and "kept secure" in change, change
    assert "accurate and legible" in check and "spot-check" in check, check


def test_out_of_area_placements_are_the_trust_leaders_own():
    """Patients placed out of area for want of a local bed: bed management, decided by the trust's leaders, not a
    ward manager and consultant."""
    change, _, _, _ = lowered_lines("The trust should consider how it can reduce the number of patients placed out of area "
                                    "because no acute bed is available locally.", **MH_WARDS)
    assert "ward manager" not in change and "director" in change, change


def test_each_persons_own_plan_is_the_record_listed():
    """"every patient identified as being in the last days of life has a personalised care plan": each case listed
    with its plan, not "its record of patient identified as ..."."""
    _, _, _, evidence = lowered_lines("The trust must ensure that every patient identified as being in the last days of "
                                      "life has a personalised care plan in place.", **END_OF_LIFE)
    assert "each with its personalised care plan" in evidence and "record of patient" not in evidence, evidence


def test_no_guidance_is_named_where_the_statement_names_none():
    """A topic's "using the guidance named here" is dropped when the statement names no guidance; kept when it does."""
    change, tell, _, _ = lowered_lines("The trust should ensure that patients have access to activities at weekends and in "
                                       "the evenings.", **MH_WARDS)
    assert "named here" not in change, change
    assert "care staff" not in tell, tell
    change, _, _, _ = lowered_lines("The trust must ensure that staff complete and record physical health observations after "
                                    "the administration of rapid tranquillisation, in line with NICE guidance.", **MH_WARDS)
    assert "guidance named here" in change, change


def test_arrangements_for_monitoring_a_fridge_are_its_checks_not_a_system_traced():
    """A review of "the arrangements for monitoring the fridge used to store vaccines": after the review, the fridge's
    checks on their signed record, not "tracing up to 10 cases" through a system."""
    _, _, check, _ = lowered_lines("Review the arrangements for monitoring the fridge used to store vaccines at the branch "
                                   "surgery, including the use of a second thermometer.",
                                   services=["GP practice"], report_types=["gp"])
    assert "tracing" not in check and "check records" in check, check


def test_identified_risks_mitigated_in_fittings_are_the_assessments_actions_not_records():
    """"the identified risks are mitigated, including fixtures in the en-suite bathrooms": the risk assessment's actions on
    the fittings, seen on the wards, not "10 records of identified risks"."""
    _, _, check, evidence = lowered_lines(
        "The trust must ensure that ligature risk assessments are completed for every ward and that the identified risks "
        "are mitigated, including fixtures in the bathrooms on Ash ward and the door closers on Elm ward.", **MH_WARDS)
    assert "records of identified risks" not in check + evidence, (check, evidence)
    from cqcplan.pipeline.compose import kind_of
    assert kind_of("the identified risks are mitigated, including the window hinges in the lounge").id == "environment_risk"
    assert kind_of("the identified risks are mitigated").id != "environment_risk"
