"""Prompts for an outside reader's misfits (judge79), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts64)."""
from prompt_lines import lowered_lines

SURGERY = dict(services=["Surgery"], report_types=["hospital-inspection-report"])
MEDICAL = dict(services=["Medical care (including older people's care)"], report_types=["hospital-inspection-report"])
MATERNITY = dict(services=["Maternity"], report_types=["hospital-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])
CARE_HOME = dict(report_types=["asc-care-home-inspection-report"])


def test_audits_asked_done_are_the_audits_not_the_practice_they_look_at():
    """"hand hygiene audits ... are completed each month": who audits, when and what becomes of the results, not hand
    hygiene itself kept to at every moment of care."""
    for wording in ("The trust should ensure that hand hygiene audits on the surgical wards are carried out every month.",
                    "The trust should ensure that infection control audits in theatres are undertaken quarterly."):
        change, tell, check, evidence = lowered_lines(wording, **SURGERY)
        assert "every moment of care" not in change + tell and "cleaning schedules" not in change, (change, tell)
        assert "hand hygiene and ppe observation" not in evidence and "ipc audits of the practice" not in evidence, evidence


def test_a_system_for_recording_and_monitoring_is_a_log_not_the_thing_logged():
    """"a system for recording and monitoring staff training": the record kept (a training matrix), not a course."""
    change, tell, _, evidence = lowered_lines("Put in place a system for recording and monitoring the training each "
                                              "member of staff has completed.", **GP)
    assert "released to do it" not in change + tell and "what is logged" in change, (change, tell)
    assert "log or register" in evidence, evidence


def test_the_whole_organisations_risk_register_is_its_leaders_not_a_core_services_meeting():
    """"the hospital risk register": reviewed by the organisation's committee, its owners told at their meeting, not at
    the ward's huddles and handover."""
    _, tell, check, _ = lowered_lines("The provider should ensure that the corporate risk register records a review date "
                                      "for every risk.", **SURGERY)
    assert "surgery governance" not in check and "quality committee" in check, check
    assert "huddles" not in tell, tell
    _, tell, check, _ = lowered_lines("The trust should ensure that the surgical risk register records a review date for "
                                      "every risk.", **SURGERY)
    assert "surgery governance" in check and "huddles" not in tell, (tell, check)  # a service's own register stays its own


def test_practice_asked_beside_a_course_is_told_as_practice_too():
    """An hourly second review of fetal monitoring beside a competency course: B tells the practice, not only what each
    must complete."""
    _, tell, _, _ = lowered_lines("The service must ensure that a second midwife reviews each fetal heart trace every hour.\n"
                                  "The service should ensure that all midwives complete annual fetal monitoring training and "
                                  "that it is recorded.", **MATERNITY)
    assert "the change agreed" in tell and "must complete" in tell, tell


def test_capacity_assessed_before_a_dnacpr_decision_is_told_as_capacity():
    """A DNACPR decision with the person's capacity assessed first: B tells the capacity assessment and best interests,
    not only what the form records about the discussion."""
    _, tell, check, _ = lowered_lines("The trust should ensure that a capacity assessment is recorded for any patient "
                                      "who may lack capacity before a DNACPR decision is made.", **MEDICAL)
    assert "mca" in tell and "capacity" in check, (tell, check)
    _, tell, _, _ = lowered_lines("The trust should ensure that DNACPR decisions are discussed with patients and "
                                  "recorded.", **MEDICAL)
    assert "what the form must record about the discussion" in tell, tell  # the form's discussion alone: its own lines


def test_the_cost_of_treatment_is_given_by_the_bookings_team():
    """Written costs before admission: the bookings and self-pay team tell patients, not the ward's nurses at huddles."""
    _, tell, _, _ = lowered_lines("The hospital should ensure that patients receive written details of the cost of their "
                                  "procedure before they are admitted.", **SURGERY)
    assert "bookings" in tell and "huddles" not in tell and "nurses" not in tell, tell


def test_a_failing_of_either_is_a_duty_of_both():
    """"were not assessed or reviewed": neither was done, so both are asked ("assessed and reviewed")."""
    change, _, _, _ = lowered_lines("Falls risks were not assessed or reviewed after people fell. This was a breach of "
                                    "regulation 12.", **CARE_HOME)
    assert "assessed or reviewed" not in change and "assessed and reviewed" in change, change


def test_staff_named_once_though_two_wordings_name_them():
    """"all nursing and medical staff ..." then "medical staff ...": named once; and "all midwives, including community
    midwives" are some of the midwives, no other group beside the setting's staff."""
    from cqcplan.pipeline.compose import named_staff
    assert named_staff("all nursing and medical staff complete level three safeguarding training\nmedical staff complete "
                       "sepsis training") == "all nursing and medical staff"
    _, tell, _, _ = lowered_lines("The service should ensure that safety messages reach all midwives, including community "
                                  "midwives.", **MATERNITY)
    assert "obstetricians" not in tell and "community midwives" in tell, tell


def test_staffing_evidence_names_no_patients_in_a_care_home():
    """(judge79) staffing figures "with patients' acuity" in a care home or an ambulance service: the people's
    dependency or acuity, as the change line says."""
    _, _, _, evidence = lowered_lines("There were not enough staff deployed to meet people's needs at night. This was a "
                                      "breach of regulation 18.", **CARE_HOME)
    assert "patients' acuity" not in evidence and "dependency" in evidence, evidence
