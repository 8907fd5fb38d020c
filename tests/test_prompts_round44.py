"""Settings read from what a report is, not its printed family: an NHS 111 service, a GP out-of-hours service and
a prison's healthcare are printed as GP or hospital reports but are no GP practice (prompts44)."""
from cqcplan.pipeline.compose import place_for

_111 = ("Anyshire Urgent Partnership Limited\nAnyshire Urgent Partnership Limited\n"
        "Make sure that call handlers complete their refresher training at each call centre.\n"
        "Ensure that health advisers receive feedback from call audits.")


def test_nhs_111_printed_as_gp_report_gets_call_centre_roles():
    place = place_for("Ensure that staff complete refresher training.", [], ["gp-quality-report"], _111)
    assert place.setting == "eoc"
    assert "practice" not in place.owner + place.forum + place.staff


def test_out_of_hours_service_named_by_its_location():
    words = "Anytown Doctors Limited\nAnytown Out of Hours Service\nEnsure that staff complete safeguarding training."
    place = place_for("Ensure that staff complete safeguarding training.", [], ["gp-inspection-report"], words)
    assert place.setting == "urgent_care"
    assert "partners" not in place.leaders


def test_prison_healthcare_printed_as_hospital_report_gets_head_of_healthcare():
    words = "Acme Custodial Care Ltd\nHMP Nowhere\nThe provider must ensure GP appointments are offered within a week."
    place = place_for("The provider must ensure GP appointments are offered within a week.", [],
                      ["hospital-inspection-report"], words)
    assert place.setting == "health_justice"
    assert "head of healthcare" in place.owner


def test_gp_practice_keeps_practice_roles():
    words = "Dr A Smith and Partners\nHigh Street Surgery\nEnsure that the practice reviews repeat prescriptions."
    place = place_for("Ensure that the practice reviews repeat prescriptions.", [], ["gp-inspection-report"], words)
    assert place.setting == "gp"


def test_waits_in_clinic_on_the_day_are_no_waiting_list():
    from cqcplan.pipeline.scaffold import scaffold_for
    scaffold, evidence = scaffold_for("The trust should monitor waiting times in the eye clinic and keep patients informed of delays.",
                                      services=["Outpatients"], report_types=["core-service-inspection-report"])
    assert scaffold.topic == "waiting_times"
    lines = " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence]).lower()
    assert "arrival to being seen" in lines and "harm review" not in lines and "each person waiting" not in lines


def _lines(wording: str, **kw) -> str:
    from cqcplan.pipeline.scaffold import scaffold_for
    scaffold, evidence = scaffold_for(wording, **kw)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence]).lower()


def test_emergency_kit_available_and_checked_is_stock_not_loan_equipment():
    for wording in ("Ensure that emergency drugs and equipment are available and checked in line with national guidance.",
                    "Make sure patients are safe, in particular that the drugs and equipment used in medical emergencies are available and checked."):
        lines = _lines(wording, report_types=["dental-inspection-report"])
        assert "any hour" not in lines and "request" not in lines
        assert "against a list" in lines and "care and treatment" not in lines.replace(wording.lower(), "")


def test_induction_loop_is_equipment_fitted_not_staff_induction():
    lines = _lines("Make sure an induction loop is available at reception for patients who wear hearing aids.",
                   report_types=["dental-inspection-report"])
    assert "training" not in lines and "induction" in lines


def test_feedback_from_audits_of_their_own_work_goes_to_each_member_of_staff():
    lines = _lines("The trust should ensure that dispatchers are given timely feedback from audits of their calls.",
                   report_types=["trust-inspection-report"], services=["Emergency operations centre"])
    assert "feedback" in lines and "own results" in lines



def test_equipment_cleaned_between_patients_is_not_checked_in_patients_records():
    lines = _lines("The service should record the decontamination of endoscopy trolleys between patients.",
                   report_types=["hospital-inspection-report"])
    assert "records of 10 patients" not in lines and "patients' records" not in lines


def test_notice_advertised_in_rooms_is_checked_where_it_hangs():
    lines = _lines("The provider should make sure that interpreting services are advertised in every waiting area.",
                   report_types=["hospital-inspection-report"])
    assert "in person" in lines and "10 records" not in lines


def test_premises_risk_assessment_and_its_actions_are_done_once_not_sampled():
    lines = _lines("Make sure the risks from fire are assessed and that the actions in the fire risk assessment of May 2021 "
                   "are completed.", report_types=["dental-inspection-report"])
    assert "10 risk assessments" not in lines and "list the cases" not in lines and "recommendation" in lines


def test_administrative_support_for_managers_is_clerical_time_not_senior_visits():
    lines = _lines("The provider should make sure team leaders are given enough administrative support.",
                   report_types=["core-service-inspection-report"], services=["Community health services for adults"])
    assert "administrative" in lines and "support meeting or visit" not in lines and "improvement plan" not in lines
