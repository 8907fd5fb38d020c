"""Prompts round eleven: a topic's B tells the statement's own asks, not "what changes" or "the
agreed practice"; the staff and places a statement lists are told whole, those it only involves are
not the ones told; the people who do a task that is not the ward's (DNACPR decisions, the mortuary's
checks, a local induction) are told first; a plan, strategy or alarm test is read as its kind; a
record named as the standard, or a register searched, is not the record checked; the catch-all check
and a training ask's evidence name where the practice is recorded. Statements here are written for
the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.compose import kind_of, named_staff
from cqcplan.pipeline.scaffold import scaffold_for


def prompts(wording: str, **where) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **where)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit,
            "e": evidence}


@pytest.mark.parametrize(("wording", "topic", "told"), [
    ("Ensure that hoists are cleaned after each use and labelled as clean.", "ipc", "hoists are cleaned after each use"),
    ("Ensure that staff use a recognised pain assessment tool for patients who cannot say they are in pain.", "pain",
     "pain assessment tool for patients who cannot say"),
    ("Ensure that every patient has a falls risk assessment within 24 hours of admission.", "patient_risk",
     "within 24 hours of admission"),
    ("Ensure that controlled drugs are checked by two nurses at each shift change.", "medicines",
     "checked by two nurses at each shift change"),
])
def test_a_topics_b_tells_the_statements_own_ask(wording, topic, told):
    lines = prompts(wording)
    assert lines["topic"] == topic and told in lines["b"]
    assert "what changes for this issue" not in lines["b"] and "Also tell them what is asked" not in lines["b"]


@pytest.mark.parametrize(("wording", "staff"), [
    ("Make sure that staff on the day unit and the recovery ward complete their training.",
     "staff on the day unit and the recovery ward"),
    ("Ensure that nursing, theatre and medical staff are appraised every year.", "nursing, theatre and medical staff"),
    ("Ensure that discharge planning involves the patient, their carers and the community team.", ""),
])
def test_listed_staff_and_places_are_named_whole_and_the_involved_are_not_told(wording, staff):
    assert named_staff(wording) == staff


def test_who_does_a_task_outside_the_wards_daily_work_is_told_first():
    told = prompts("Ensure that DNACPR forms record the reasons for the decision.")["b"]
    assert told.startswith("Prompt: Tell the doctors") and "who make" in told  # the DNACPR forms' own lines since round 37
    assert "mortuary staff" in prompts("Ensure that mortuary fridge temperatures are checked daily.")["b"]
    assert "who give the induction" in prompts(
        "Ensure that agency nurses receive a local induction before their first shift.")["b"]
    assert "resuscitation" not in prompts("Ensure that staff treat patients with respect.")["b"]  # not "ReSPECT"


@pytest.mark.parametrize(("ask", "kind"), [
    ("develop and publish a dementia care strategy with measurable objectives", "document"),
    ("there is an escalation plan for when the unit is full", "document"),
    ("the nurse call alarm system is tested", "scheduled_check"),
    ("appraisal rates are monitored at the division's performance meetings", "oversight"),  # the meeting, not appraisals
    ("theatre staff receive an annual appraisal", "appraisal"),
])
def test_kind_of_round_eleven(ask, kind):
    assert kind_of(ask).id == kind
    assert kind_of("there is a care plan for each patient").id != "document"  # each person's plan is no document


def test_a_record_named_as_the_standard_does_not_choose_the_topic():
    lines = prompts("Ensure that patients are repositioned at the frequency set out in their care plan.")
    assert lines["topic"] != "care_planning" and "care plans must record" not in lines["b"]


def test_what_is_reported_as_an_incident_is_the_incident_topics():
    assert prompts("Ensure that all falls with harm are reported on the incident reporting system.")["topic"] == "incidents"
    assert prompts("Ensure that the duty of candour is met when a patient suffers moderate harm.")["topic"] == "candour"


def test_a_catch_all_check_names_where_the_practice_is_recorded():
    lines = prompts("The trust should ensure the diabetes team provides a service at weekends.")
    assert "name them here" not in lines["c"] and "the rota" in lines["c"] and "the rota" in lines["e"].lower()
    lines = prompts("Ensure that the team manager reviews each case at the weekly meeting.")
    assert "minutes" in lines["c"] and "name them here" not in lines["c"]  # held at a meeting: its minutes


def test_training_evidence_names_the_course():
    assert "(moving and handling training)" in prompts(
        "Ensure that care staff complete moving and handling training.")["e"]
    assert "(the induction)" not in prompts("Ensure that the induction of new staff is recorded.")["e"]


def test_a_registers_checked_item_and_a_register_searched():
    c = prompts("Ensure that the ward's risk register includes the risk from the broken lift, with an owner.")["c"]
    assert "the risk from the broken lift" in c
    c = prompts("The trust must ensure that fit and proper person checks for all directors, including searches of "
                "the disqualified directors register, are completed and recorded.")["c"]
    assert "10 directors" not in c and "10 disqualified" not in c


def test_medicines_given_under_a_direction_are_checked_against_it():
    lines = prompts("Ensure that nurses give vaccines only under a signed patient group direction.")
    assert lines["topic"] == "medicines" and "direction" in lines["c"] and "fridge" not in lines["c"]


def test_lessons_shared_with_staff_are_told_to_them_not_to_meeting_chairs():
    b = prompts("Review how lessons from incidents are shared with nurses who do not attend governance meetings.",
                services=["Maternity"])["b"]
    assert "chair" not in b and "what must be shared, with whom" in b


def test_data_displayed_and_used_is_analysed_too_and_the_ask_is_quoted_once():
    wording = "Ensure that the ward displays its falls data and uses it to improve care."
    lines = prompts(wording)
    asked = "the ward displays its falls data and uses it to improve care"
    assert "analys" in lines["c"] and "display" in lines["c"] and lines["a"].count(asked) == 1
