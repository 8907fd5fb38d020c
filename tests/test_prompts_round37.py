"""Prompts round thirty-seven (the classes judge54's round left, and earlier readers' notes): a review of a system is
asked as a review, then the system it settles; an action joined across core services reports to each one's meeting;
an abbreviation names its topic as surely as a phrase, and a stand-in offered in place of another topic's check names
none; a phrase a named topic's variant was written for is that topic's; an act done only when something is recorded
is sampled each time it is done. Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.compose import place_for
from cqcplan.pipeline.scaffold import scaffold_for

from prompt_lines import prompt_lines as _lines

TRUST = ["trust-inspection-report"]
GP = ["gp-inspection-report"]


def test_a_review_of_a_system_is_carried_out_then_the_system_tested():
    lines = _lines("Review the system for following up uncollected prescriptions.", report_types=GP)
    assert "who carries out the review" in lines["a"] and "the review was done" in lines["c"]
    assert "tracing up to 10 cases" in lines["c"] and "The review" in lines["e"]
    assert "before each prescription is issued" not in lines["a"]


def test_a_review_of_a_topics_system_is_no_topics_running_lines_alone():
    lines = _lines("Review the system for the security of blank prescription forms.", report_types=GP)
    assert "who carries out the review" in lines["a"] and "the review was done" in lines["c"]


def test_a_review_for_a_stated_aim_keeps_the_aim_not_the_system():
    lines = _lines("Review the system for recording significant events so that learning is shared with all staff.",
                   report_types=GP)
    assert "tracing up to 10 cases" not in lines["c"] and "shared" in lines["c"]


def test_an_action_joined_across_core_services_reports_to_each_ones_meeting():
    place = place_for("Emergency equipment is checked daily.", ["Urgent and emergency care", "Maternity"], TRUST)
    assert place.forum == "the governance meetings of urgent and emergency care and of maternity"
    assert place_for("Emergency equipment is checked daily.", ["Surgery"], TRUST).forum == "the surgery governance meeting"


def test_a_short_chaperone_check_is_recruitment_not_patient_risk():
    lines = _lines("Ensure a DBS check or a risk assessment is in place for each chaperone.", report_types=GP)
    assert "which tool" not in lines["a"] and "the tool, when to use it" not in lines["b"]
    assert "act as chaperones" in lines["b"]


def test_a_dbs_check_missing_for_some_staff_is_recruitment_not_the_general_lines():
    sc, _ = scaffold_for("Ensure that every practice nurse has a DBS check; two of four nurses had no DBS check.",
                         report_types=GP)
    assert sc.topic == "recruitment"


@pytest.mark.parametrize("services", [["Acute wards for adults of working age and psychiatric intensive care units"],
                                      ["Community-based mental health services for adults of working age"]])
def test_antipsychotic_physical_health_checks_are_medicines_monitoring_not_health_promotion(services):
    sc, _ = scaffold_for("The trust should ensure that patients taking antipsychotic medication have regular physical "
                         "health checks.", report_types=TRUST, services=services)
    assert sc.topic == "medicines" and "uptake" not in sc.change and "physical health monitoring" in sc.audit


def test_a_health_check_alone_is_still_health_promotion():
    sc, _ = scaffold_for("Improve the uptake of physical health checks for patients with a learning disability.",
                         report_types=GP)
    assert sc.topic == "health_promotion"


def test_a_covert_medicines_check_samples_the_medicines_given_covertly():
    lines = _lines("The trust must ensure that staff record patients' capacity to consent for each specific decision.\n"
                   "The trust must ensure that medicines are given covertly only when a capacity assessment, a best "
                   "interests decision and a pharmacist's advice have been recorded.", report_types=TRUST,
                   services=["Wards for older people with mental health problems"])
    assert "medicines given covertly" in lines["c"] and "10 capacity assessments" not in lines["c"]
