"""Prompts for an outside reader's misfits (judge80), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts65)."""
from prompt_lines import lowered_lines

MATERNITY = dict(services=["Maternity"], report_types=["hospital-inspection-report"])
MEDICAL = dict(services=["Medical care (including older people's care)"], report_types=["hospital-inspection-report"])
MH_WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
               report_types=["mental-health-inspection-report"])
COMMUNITY_MH = dict(services=["Community-based mental health services for adults of working age"],
                    report_types=["mental-health-inspection-report"])
CARE_HOME = dict(report_types=["asc-care-home-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])


def test_incidents_a_governance_system_must_catch_are_the_incident_process_not_audits():
    """"governance systems identify and investigate serious incidents on time": declared, investigated to a due date
    and learned from, not the provider's own audits compared with spot checks."""
    change, tell, check, evidence = lowered_lines("The trust must ensure its governance systems identify and investigate "
                                                  "serious incidents within national timescales.", **MEDICAL)
    assert "independent spot check" not in check and "investigation" in check, check
    assert "serious incidents" in change and "due" in check, (change, check)
    assert "investigations log" in evidence, evidence
    _, _, check, _ = lowered_lines("The trust must ensure that audits identify the shortfalls in care records that we "
                                   "found.", **MEDICAL)
    assert "independent spot check" in check, check  # what audits must find: still the provider's own checks


def test_staff_monitoring_patients_is_their_care_not_an_audit():
    """"staff monitor and record patients' vital signs after ...": each patient's observations, not audits planned."""
    change, _, check, evidence = lowered_lines("The service should make sure staff monitor and record patients' blood "
                                               "glucose levels after a hypoglycaemic episode.", **MEDICAL)
    assert "audit schedule" not in evidence and "each audit asked" not in check, (check, evidence)
    assert "which patients need the monitoring" in change, change


def test_observations_after_rapid_tranquillisation_though_examples_come_between():
    """"monitor patients' physical health, including pulse and blood pressure, after rapid tranquillisation": each
    patient's observations after each use (the variant's kind), though the examples come between."""
    change, tell, check, evidence = lowered_lines("The ward should ensure that nurses monitor patients' physical health, "
                                                  "including pulse and blood pressure, after rapid tranquillisation has "
                                                  "been used.", **MH_WARD)
    assert "after rapid tranquillisation" in change and "every use of rapid tranquillisation" in check, (change, check)
    assert "list the patients" not in check, check  # the variant's own check, nothing added beside it


def test_medicine_for_acute_behavioural_disturbance_is_rapid_tranquillisation():
    """Intramuscular medicine given for acute behavioural disturbance is rapid tranquillisation: observations after
    each use, not long-term antipsychotic monitoring (weight, bloods, ECG)."""
    change, _, check, _ = lowered_lines("The provider must ensure that physical health observations are recorded after "
                                        "staff give intramuscular medicines for acute behavioural disturbance.", **MH_WARD)
    assert "ecg" not in change and "rapid tranquillisation" in change, change
    assert "every use" in check, check
    change, _, _, _ = lowered_lines("The ward should ensure that nurses complete and record physical health checks when "
                                    "a patient is given medication for acute behavioural disturbance.", **MH_WARD)
    assert "rapid tranquillisation" in change, change  # the checks are the observations after it, whatever the verb


def test_a_room_kept_at_a_temperature_is_its_logged_readings_not_a_walk_round():
    """"keep the treatment room ... at a temperature safe for medicines": the readings on a signed record, each out of
    range acted on, not a monthly walk-round with photos, whatever stands between the verb and "at"."""
    _, _, check, evidence = lowered_lines("The provider should keep the treatment room on Birch ward at a temperature "
                                          "suitable for medicines, as it often reached 28 degrees.", **MH_WARD)
    assert "walk round" not in check and "out of range" in check, check
    assert "photos" not in evidence, evidence


def test_a_staff_survey_is_the_organisations_and_its_staff_group_named():
    """The staff survey's response among estates staff: its leaders set the target, the estates staff are told (not
    the wards' nurses at huddles), and the figures are the survey's returns by staff group."""
    change, tell, check, _ = lowered_lines("The trust should increase the number of catering and housekeeping staff "
                                           "completing the NHS staff survey.", **MEDICAL)
    assert "clinical lead" not in change, change
    assert tell.startswith("prompt: tell catering and housekeeping staff") and "nurses" not in tell, tell
    assert "response rate for each staff group" in check, check


def test_phone_satisfaction_is_what_patients_say_beside_the_call_data():
    """Patients' satisfaction with getting through by phone: the survey results, and the call data beside them."""
    _, _, check, evidence = lowered_lines("The practice should take action to improve patients' satisfaction with how "
                                          "easy it is to get through on the phone.", **GP)
    assert "survey" in check and "call data" in check, check
    _, _, check, _ = lowered_lines("The practice should reduce the time patients wait for their phone call to be "
                                   "answered.", **GP)
    assert "survey" not in check and "call data" in check, check  # the wait itself: the call data alone


def test_a_second_thing_not_ensured_is_never_told_as_what_was_found():
    """"did not ensure that X, and that Y were done": Y is the second failing, asked; never told or checked as what
    the report found was so."""
    change, tell, check, _ = lowered_lines("The registered person had not ensured that care plans were reviewed each "
                                           "month, and that staff were trained to use the hoist.", **CARE_HOME)
    assert "what the report found" not in tell and "what the report found" not in check, (tell, check)
    assert "staff are trained to use the hoist" in change + tell + check, (change, tell, check)


def test_a_relative_clause_going_on_after_and_is_not_a_second_ask_of_the_subject():
    """"each resident has a care plan that is personalised and has been reviewed": the plan has been reviewed, not the
    resident; one ask, never "each resident has been reviewed"."""
    _, _, check, evidence = lowered_lines("The service should ensure that each resident has a care plan that is "
                                          "personalised and has been reviewed in the last month.", **CARE_HOME)
    assert "each resident has been reviewed" not in check + evidence, (check, evidence)


def test_examples_set_in_the_subject_are_no_parts_to_check_on_their_own():
    """"its governance systems, including audits of falls and of pressure care, identify gaps": an aside in the subject;
    no "confirm that of pressure care" fragment, nor lines for each example's own kind."""
    change, _, check, evidence = lowered_lines("The provider must ensure that its governance systems, including audits of "
                                               "falls and of pressure care, identify gaps in care and that the manager acts on "
                                               "what they find.", **CARE_HOME)
    assert "each audit asked" not in check and "that of pressure care" not in check, check
    assert "audit schedule" not in evidence, evidence


def test_weighing_and_screening_are_told_to_those_who_do_them_not_catering():
    """Weights and malnutrition screening: the nurses and carers who weigh and score each person, not catering staff
    at mealtime briefings."""
    _, tell, _, _ = lowered_lines("The service should make sure residents' weights are recorded each month and their "
                                  "MUST scores are updated.", **CARE_HOME)
    assert "catering" not in tell and "weighed and screened" in tell, tell
