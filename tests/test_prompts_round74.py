"""Prompts for an outside reader's misfits (judge93, judge94), each by a rule for a class of statement (which template a
topic gets, which people and setting words its lines use), tried on wordings the readers did not see (prompts74)."""
from prompt_lines import lowered_lines

CORE = dict(report_types=["core-service-inspection-report"])
SURGERY = dict(services=["Surgery"], **CORE)
MEDICAL = dict(services=["Medical care (including older people's care)"], **CORE)
URGENT = dict(services=["Urgent and emergency care"], **CORE)
IMAGING = dict(services=["Diagnostic imaging"], **CORE)
WARDS = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"], **CORE)
COMMUNITY = dict(services=["Community health services for adults"], **CORE)
CMHT = dict(services=["Community-based mental health services for adults of working age"], **CORE)
DENTAL = dict(report_types=["dental-inspection-report"])
GP = dict(report_types=["gp-quality-report"])


def test_equipment_tracked_through_decontamination_is_not_records_tracking():
    """"instruments are decontaminated and tracked": sterile services' traceability, not health records logged out and
    back; records taken off site are still tracked on the records' log."""
    for wording, options in (
            ("The trust must ensure that endoscopes are decontaminated and tracked to the patient they were used on.", SURGERY),
            ("The provider should ensure that dental instruments are sterilised and tracked in line with HTM 01-05.", DENTAL)):
        change, told, check, evidence = lowered_lines(wording, theme="Cleanliness, infection control and hygiene", **options)
        assert "health records" not in change + told and "log a record out" not in told, (change, told)
        assert "decontaminat" in change and "decontaminat" in evidence, (change, evidence)
    change, told, check, evidence = lowered_lines("The trust should ensure that patient records taken off site are tracked.",
                                                  theme="Records", **COMMUNITY)
    assert "tracking log" in check and "record" in change, (change, check)


def test_equipment_serviced_or_calibrated_is_checked_on_the_equipment_register():
    """Servicing or calibration: the register's service and test dates, not a topic's lines for how the equipment is used
    or checked while it runs; a syringe driver checked while it runs keeps its monitoring chart."""
    for wording, options in (
            ("The trust should ensure that syringe pumps are calibrated and serviced every year.", MEDICAL),
            ("The trust should ensure that all infusion pumps are serviced in line with the manufacturer's instructions.", SURGERY)):
        change, told, check, evidence = lowered_lines(wording, theme="Environment and equipment", **options)
        assert "equipment register" in check and "service" in evidence, (check, evidence)
        assert "monitoring chart" not in change + told, (change, told)
    change, told, check, evidence = lowered_lines(
        "The trust must ensure that syringe drivers are checked and the checks recorded every four hours.",
        theme="Medicines", **MEDICAL)
    assert "monitoring chart" in check, check


def test_information_about_the_wait_is_what_people_are_told_not_a_wait_to_reduce():
    """"given information about expected waits": what people waiting are told and when, asked of them; no trajectory to
    bring the wait down, no harm reviews of long waits."""
    for wording, options in (
            ("Patients attending the minor injuries unit should be given information about expected waits.", URGENT),
            ("The trust should ensure that patients in the discharge lounge are told how long they may wait for transport.",
             MEDICAL)):
        change, told, check, evidence = lowered_lines(wording, theme="Access and flow", **options)
        assert "trajectory" not in change + told and "harm review" not in told + check, (change, told, check)
        assert "told" in change and "asked" in evidence, (change, evidence)


def test_records_shared_with_partners_are_traced_to_their_receipt():
    """"work with GP practices to share ..." is work with partners, and sharing records is each record sent by the route
    agreed, with consent, and its receipt confirmed; not what a care plan holds."""
    for wording, options in (
            ("The service should continue to work with care homes to share care plans for residents with dementia.", COMMUNITY),
            ("The trust should work with GP practices to share discharge summaries for patients leaving the wards.", MEDICAL)):
        change, told, check, evidence = lowered_lines(wording, theme="Multidisciplinary working", **options)
        assert "receipt" in check and "consent" in change, (change, check)
        assert "wishes" not in change and "care plans must record" not in told, (change, told)


def test_a_dental_practice_medicines_fridge_is_decided_with_its_own_leads():
    """A dental practice has no pharmacist, controlled drugs checks or PRN protocols: a fridge's temperature is decided
    with the practice's own leads; a hospital ward's is decided with its pharmacist."""
    change, *_ = lowered_lines("The provider should ensure that the temperature of the medicines fridge is recorded daily.",
                               theme="Medicines", **DENTAL)
    assert "principal dentist" in change and "pharmacist" not in change and "prn" not in change, change
    change, *_ = lowered_lines("The trust must ensure that medicines fridge temperatures on the wards are recorded daily.",
                               theme="Medicines", **MEDICAL)
    assert "pharmacist" in change and "temperature" in change, change


def test_doctors_posts_are_the_leaders_to_recruit():
    """Consultant or other medical posts are recruited by the organisation's leaders, not agreed with the ward manager and
    the consultant whose post is vacant; nurses' posts stay with the ward's own leads."""
    change, told, *_ = lowered_lines("The trust should fill the vacant consultant posts on the older people's wards.",
                                     theme="Staffing", **WARDS)
    assert "ward manager" not in change and "executive" in change, change
    assert "huddle" not in told, told
    change, *_ = lowered_lines("The trust should continue to recruit to vacant nursing posts on the wards.", theme="Staffing",
                               **WARDS)
    assert "ward manager" in change, change


def test_managers_alone_are_told_at_their_own_meetings():
    """Those who chair the governance meetings or run the audits are told where managers meet, not at the ward's safety
    huddles and handover; a GP practice's own meeting is its managers' meeting too."""
    for wording in ("The trust must ensure that governance processes identify and act on risks in the surgical division.",
                    "The trust should ensure that its governance systems identify poor compliance with audits."):
        _, told, *_ = lowered_lines(wording, theme="Governance", **SURGERY)
        assert "huddle" not in told and "handover" not in told and "management meetings" in told, told
    _, told, *_ = lowered_lines("The practice must ensure that governance processes identify and act on risks.",
                                theme="Governance", **GP)
    assert "practice meeting" in told, told


def test_lone_working_is_checked_on_its_check_in_log():
    """No one watches a lone worker at work, and patients' notes do not show them safe: the check-in and check-out log,
    missed check-ins followed up; lone working training is still training."""
    for wording, options in (
            ("The provider should ensure that staff follow the lone working policy on evening home visits.", CMHT),
            ("The trust must ensure that lone working arrangements keep community nurses safe at weekends.", COMMUNITY)):
        change, told, check, evidence = lowered_lines(wording, theme="Assessing and responding to patient risk", **options)
        assert "lone working log" in check and "check-in" in evidence, (check, evidence)
        assert "observe practice" not in check and "patients' records" not in evidence, (check, evidence)
    _, _, check, _ = lowered_lines("The trust should ensure that staff complete lone working training.",
                                   theme="Mandatory training", **CMHT)
    assert "training" in check and "lone working log" not in check, check


def test_oversight_of_people_waiting_is_each_person_reviewed_and_contacted():
    """"oversight of patients on the waiting list": each person waiting reviewed and contacted, not an audit programme."""
    _, _, check, evidence = lowered_lines(
        "The trust should ensure there is effective oversight of patients on the waiting list for memory assessment.",
        theme="Assessing and responding to patient risk", **CMHT)
    assert "each audit asked" not in check and "audit schedule" not in evidence, (check, evidence)
    assert "waiting list" in check and "contact" in check, check


def test_an_outside_providers_work_is_told_to_those_who_hold_its_agreement():
    """Work an outside provider does under an agreement ("the external provider that reports the scans", "the cleaning
    contractor's performance against the service level agreement"): the managers who hold the agreement and the provider,
    at their contract reviews, not the in-house staff at their huddles."""
    for wording, options in (
            ("The service should audit the reporting times of the external provider that reports its CT scans.", IMAGING),
            ("The trust should review the cleaning contractor's performance against the service level agreement.", MEDICAL)):
        _, told, *_ = lowered_lines(wording, theme="Governance", **options)
        assert "agreement" in told and "provider" in told, told
        assert "radiographers" not in told and "huddle" not in told, told


def test_the_staff_survey_is_told_to_staff_not_patients():
    """The staff's own survey: staff told how and when to take part; patients and carers are not asked for their views
    on it. A survey of patients still reaches them."""
    change, told, check, evidence = lowered_lines("The service should encourage more staff to complete the staff survey.",
                                                  theme="Leadership", **MEDICAL)
    assert "patients" not in told and "carers" not in told, told
    assert "response rate" in check, check
    _, told, *_ = lowered_lines("The service should seek feedback from patients and carers, and from staff through the staff "
                                "survey.", theme="Leadership", **MEDICAL)
    assert "patients, carers" in told, told


def test_what_is_kept_at_a_safe_temperature_is_checked_on_its_temperature_records():
    """"stored at safe temperatures": each fridge, room or store's daily readings, not practice observed or "records of
    medicines" sampled."""
    for wording, options in (
            ("The trust should ensure that medicines are stored at safe temperatures in the theatre recovery area.", SURGERY),
            ("The provider must ensure that blood products are kept at safe temperatures on the wards.", MEDICAL)):
        _, _, check, evidence = lowered_lines(wording, theme="Medicines", **options)
        assert "temperature records" in check and "out of range" in evidence, (check, evidence)
        assert "observe practice" not in check and "audit 10" not in check, check
