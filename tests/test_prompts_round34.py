"""Prompts round thirty-four (from outside readers' verdicts, issue 12): a template line must fit what the statement
asks. The evidence after a failing ("; two staff were on duty for 30 people") is no target; a failing's span ("since
May 2019") and count ("three of the five") are not the duty's; praise beside a breach is no concern and names no topic;
a system keeps no records of itself, nor do families; what must be to hand is not what must be locked away; monitoring
of patients on a medicine is not its storage; a risk assessment that must cover an area is a document, not works;
learning from other teams' incidents is not feedback to each reporter; a record's quality is not its name; a course
named by its level is training. Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import scaffold_for

from prompt_lines import prompt_lines as _lines

ASC = ["asc-inspection-report"]


@pytest.mark.parametrize("wording, evidence", [
    ("There were not enough staff on the dementia unit in the evening; three staff were on duty for 30 people, 14 of "
     "whom needed two staff to help them.", "three staff are on duty"),
    ("Medicines were not always given as prescribed; eight doses were missed in one week.", "eight doses are missed"),
])
def test_the_evidence_after_a_failing_is_never_its_target(wording, evidence):
    lines = _lines(wording, regulations="Staffing", report_types=ASC)
    assert not any(evidence in lines[k] for k in "abce")
    found = [a for a in asks(wording) if a.text.split()[0].lower() in ("three", "eight")]
    assert found and not any(a.required for a in found)


@pytest.mark.parametrize("wording, span", [
    ("Care plans for people living with diabetes had not been reviewed since May 2019 and did not describe their "
     "current needs.", "since May 2019"),
    ("Personal evacuation plans had not been updated for over eight months.", "for over eight months"),
])
def test_a_failings_span_is_dropped_with_its_not(wording, span):
    lines = _lines(wording, report_types=ASC)
    assert not any(f"reviewed {span}" in lines[k] or f"updated {span}" in lines[k] for k in "abce")


def test_a_failings_count_is_not_the_duty_and_recruitment_checks_are_told_to_recruiters():
    lines = _lines("The provider had not obtained references for three of the five care workers employed this year.",
                   report_types=ASC)
    assert not any("three of the five" in lines[k] for k in "abce")
    assert "the managers who recruit" in lines["b"]


@pytest.mark.parametrize("wording", [
    "People said the staff were caring. Relatives told us the food had improved since the new chef started. Care plans "
    "were not reviewed when people's needs changed. This was a breach of regulation 9 (Person-centred care).",
    "Families said the activities had greatly improved. Risks to people who were at risk of pressure ulcers were not "
    "assessed. This was a breach of regulation 12 (Safe care and treatment).",
])
def test_praise_beside_a_breach_is_never_checked_as_a_concern(wording):
    lines = _lines(wording, regulations="Safe care and treatment", report_types=ASC)
    assert "improved" not in lines["c"] and "improved" not in lines["b"]


def test_praise_with_a_concern_after_it_is_still_a_finding():
    from cqcplan.pipeline.scaffold import findings
    found = findings("Relatives said visiting had improved, although some felt staff were often rushed in the evenings. "
                     "Care plans were not reviewed monthly. This was a breach of regulation 9 (Person-centred care).")
    assert any("rushed" in f for f in found)  # a guard: a concern beside the praise is kept


def test_what_went_well_names_no_topic():
    scaffold, _ = scaffold_for("The home was clean and there were enough staff on every shift. However, the provider had "
                               "not obtained a full employment history for one of the two care workers recruited this "
                               "year.", report_types=ASC)
    assert scaffold.topic == "recruitment"


def test_a_system_keeps_no_records_of_itself():
    lines = _lines("Systems were not robust enough to demonstrate that people's medicines were given safely. This was a "
                   "breach of regulation 12.", report_types=ASC)
    assert "records of systems" not in lines["c"] + lines["e"]


def test_families_and_carers_keep_no_records_the_service_audits():
    lines = _lines("The trust should ensure that families and carers are involved in planning care on the wards.")
    assert "records of 10 families" not in lines["c"] and "families' records" not in lines["e"]


@pytest.mark.parametrize("wording", [
    "The trust should review where resuscitation drugs are stored on the children's ward so that they are readily "
    "available in an emergency.",
    "The practice should ensure that its emergency medicines are easily accessible to all staff.",
])
def test_what_must_be_to_hand_is_not_what_must_be_locked_away(wording):
    lines = _lines(wording)
    assert "secure" not in lines["a"] + lines["b"] and "reached at once" in lines["a"]


def test_a_store_to_lock_is_still_security():
    lines = _lines("The trust must ensure that controlled drugs are stored securely on the surgical wards.")
    assert "kept secure" in lines["a"] or "secure" in lines["c"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "The trust should ensure that patients prescribed depot antipsychotic medication have regular physical health "
    "monitoring.",
    "The trust must ensure that people prescribed clozapine medication receive the physical health monitoring it requires.",
])
def test_monitoring_patients_on_a_medicine_is_not_its_storage(wording):
    lines = _lines(wording, services=["Community-based mental health services for adults of working age"])
    assert "fridge" not in lines["c"] + lines["e"] and "monitoring" in lines["c"]


def test_a_risk_assessment_to_cover_a_refurbished_area_is_no_works_order():
    lines = _lines("The trust must ensure that the environmental risk assessment for the day unit includes the "
                   "refurbished garden.")
    assert "works order" not in lines["e"] and "who orders it" not in lines["a"]


def test_refurbishing_a_room_is_still_works():
    lines = _lines("The provider should refurbish the upstairs bathroom.", report_types=ASC)
    assert "who orders it" in lines["a"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "The trust should ensure that ward staff receive feedback about incidents on other wards.",
    "The service should ensure staff receive feedback and learning from incidents across the trust.",
])
def test_learning_from_other_teams_incidents_is_not_feedback_to_each_reporter(wording):
    lines = _lines(wording)
    assert "each reporter" not in lines["c"] and "other teams" in lines["c"]


def test_feedback_to_the_reporter_is_still_checked_with_the_reporter():
    lines = _lines("The trust should ensure that staff receive feedback on the incidents they report.",
                   services=["Surgery"])
    assert "each reporter" in lines["c"]  # a guard: as before


def test_a_records_quality_is_not_its_name():
    lines = _lines("The trust must ensure that patients on the stroke unit have accurate food charts.")
    assert "10 accurate" not in lines["c"]


def test_fluid_balance_charts_are_audited_not_a_mealtime():
    lines = _lines("The trust must ensure that fluid balance charts on the surgical wards are completed and totalled "
                   "every 24 hours.")
    assert "mealtime" not in lines["c"] and "Also audit 10" not in lines["c"]


def test_a_course_named_by_its_level_is_training():
    lines = _lines("The trust must ensure that all nursing staff complete level three safeguarding children",
                   services=["Urgent and emergency care"])
    assert "against the staff list" in lines["c"] + lines["e"] and "audit 10 records" not in lines["c"]
