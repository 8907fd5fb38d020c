"""Prompts for an outside reader's misfits (judge81), each by a rule for a class of statement, tried on wordings the
reader did not see (prompts66)."""
from prompt_lines import lowered_lines

COMMUNITY = dict(services=["Community health services for adults"], report_types=["community-health-inspection-report"])
COMMUNITY_INPATIENTS = dict(services=["Community health inpatient services"], report_types=["community-health-inspection-report"])
COMMUNITY_MH = dict(services=["Community-based mental health services for adults of working age"],
                    report_types=["mental-health-inspection-report"])
SURGERY = dict(services=["Surgery"], report_types=["independent-hospital-inspection-report"])
DENTAL = dict(report_types=["dental-practice-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])


def test_a_named_lead_of_a_strategy_is_part_of_the_document_not_a_post_to_fill():
    """"publish a strategy with a clear action plan and a named lead": the document agreed and published, not a role
    recruited to with HR."""
    change, tell, check, evidence = lowered_lines("The trust should write and publish a dementia strategy with measurable "
                                                  "goals and a named lead for its delivery.", **COMMUNITY)
    assert "role to fill" not in change and ", and hr" not in change and "appointment letter" not in evidence, (change, evidence)
    assert "document" in change and "approved" in evidence, (change, evidence)
    change, _, _, evidence = lowered_lines("The service should have a named lead for safeguarding.", **COMMUNITY)
    assert "role to fill" in change, change  # a lead named alone is still a post


def test_a_form_that_goes_with_the_person_is_traced_per_discharge():
    """"copies of the treatment escalation plan go with patients when they move": each person discharged or transferred
    traced, not the form's content audited."""
    change, tell, check, evidence = lowered_lines("The service should make sure that treatment escalation plan forms go with "
                                                  "each patient when they are transferred to a hospital ward.",
                                                  **COMMUNITY_INPATIENTS)
    assert "discharged or transferred" in change and "receiving team" in check, (change, check)
    change, _, _, _ = lowered_lines("The trust should ensure that DNACPR forms travel with patients on transfer to "
                                    "another hospital.", **COMMUNITY_INPATIENTS)
    assert "discussed with the person" not in change and "must go with each person" in change, change


def test_sinks_meeting_a_building_note_are_work_to_order_not_daily_practice():
    """A fitting to meet a Health Building Note: estates order the work, it is checked once done."""
    change, tell, check, evidence = lowered_lines("The provider should make sure the hand wash basins in treatment rooms meet "
                                                  "HBN 00-10 requirements.", **SURGERY)
    assert "daily practice" not in change and "estates" in change and "the work" in change, change
    assert "works order" in evidence, evidence


def test_an_audit_reviewed_so_that_it_runs_on_time_is_its_schedule_not_the_practice_audited():
    """"review its infection control audit so that it is undertaken every six months": when it falls due and is done, not the
    topic's practice changes (cleaning schedules, isolation)."""
    change, tell, check, evidence = lowered_lines("The practice should review its infection prevention and control audit "
                                                  "so that it is undertaken every six months in line with HTM 01-05.",
                                                  **DENTAL)
    assert "isolation" not in change and "cleaning schedules" not in change, change
    assert "falls due" in change and "date due and done" in evidence, (change, evidence)
    assert "hand hygiene" not in check, check


def test_the_risks_to_people_waiting_are_each_persons_reviews_not_audits_done():
    """A system to monitor the risks to people waiting: each person on the list reviewed and contacted, escalated when
    their risk rises, not an audit schedule."""
    change, tell, check, evidence = lowered_lines("The service must have a system to monitor the risks to people waiting "
                                                  "for a first assessment by the memory service.", **COMMUNITY_MH)
    assert "each audit asked" not in check and "audit schedule" not in evidence, (check, evidence)
    assert "each person's risk" in change and "waiting list" in check and "escalation" in evidence, (change, check, evidence)


def test_a_governance_process_recording_risks_is_the_register_and_its_meetings():
    """"governance systems, including the risk register, identify and record risks": the register's entries and the
    meetings that review them, not the provider's audits compared with spot checks."""
    change, tell, check, evidence = lowered_lines("The hospital must make sure that its governance arrangements, including "
                                                  "the risk register and the quality committee, identify, record and "
                                                  "monitor risks to patients.", **SURGERY)
    assert "independent spot check" not in check, check
    assert "check the risk register" in check and "minutes" in evidence and "owner" in evidence, (check, evidence)
    _, _, check, _ = lowered_lines("The provider must ensure that governance processes identify the shortfalls in "
                                   "consent records.", **SURGERY)
    assert "independent spot check" in check, check  # what the provider's own checks must find: still theirs


def test_a_record_of_action_on_each_alert_samples_the_alerts_not_patients():
    """"keep a record of the action taken in response to each safety alert": the alerts' records, not patients' notes."""
    _, _, check, evidence = lowered_lines("The practice should keep a record of the action taken in response to each "
                                          "medicines alert received by patients' prescribers.", **GP)
    assert "10 medicines alerts" in check and "10 patients" not in check, check


def test_training_compliance_in_a_named_team_is_told_to_that_team():
    """"compliance with mandatory training in the tissue viability team": that team told, not the setting's staff."""
    _, tell, _, _ = lowered_lines("The trust should ensure that compliance with mandatory training in the tissue viability "
                                  "team meets the trust's target.", **COMMUNITY)
    assert tell.startswith("prompt: tell the tissue viability team"), tell
