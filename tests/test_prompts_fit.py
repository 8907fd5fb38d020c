"""Prompts round eight: the lines fit the kind of thing a statement asks, name who does it, reach
every separate ask, and never sample "records of" something nobody writes down. Statements here are
written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import composable, scaffold_for


def prompts(wording: str, **where) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **where)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit,
            "e": evidence}


@pytest.mark.parametrize(("ask", "kind"), [
    # the main clause decides, not what it includes or when it applies
    ("care records on the surgical wards are legible and signed, including the times that fluids were given", "records"),
    ("curtains are drawn when people are helped to wash", "practice"),
    # a condition is never the ask even when the main clause names no kind
    ("bedroom doors are shut while people are given personal care", "practice"),
    ("agency nurses have been trained and assessed as competent in tracheostomy care", "training"),
    ("the service has a clinical lead in post", "appoint"),
    ("evaluate the new triage pathway", "review"),
    ("improve uptake of cervical screening", "measure"),
    ("the neonatal unit is staffed in line with national standards", "staff_on_duty"),
    ("adrenaline kept in the grab bag is given a shortened expiry date", "stock"),
    ("address the harassment that junior doctors reported", "staff_views"),
    ("each sonographer receives feedback on their scan audits", "own_results"),
    ("there are enough district nurses to meet the needs of the population", "establishment"),
    ("infection rates are reported to the board", "oversight"),
    ("outcome data is sent to the national registry within a month", "returns"),
])
def test_kind_of_reads_what_is_asked(ask, kind):
    assert kind_of(ask).id == kind


def test_seeing_patients_face_to_face_is_no_building_work():
    assert kind_of("the stroke team can see patients face to face at weekends").id != "works"
    assert kind_of("staff can see patients in the side rooms from the nurses' station").id == "works"


def test_continue_to_and_take_action_to_are_not_the_ask():
    assert [a.text for a in asks("The trust should continue to evaluate the virtual ward.")] == ["evaluate the virtual ward"]
    assert [a.text for a in asks("The practice must take action to reduce missed appointments.")] == \
        ["reduce missed appointments"]
    assert [a.text for a in asks("The trust should continue to ensure that audits are done.")] == ["audits are done"]


def test_a_citation_sentence_after_the_ask_is_not_quoted():
    lines = prompts("The provider must ensure that there are enough paramedics on each shift to staff every "
                    "ambulance. Regulation 22 HSCA 2008 (Regulated Activities) Regulations 2010 Staffing.")
    assert "HSCA" not in lines["a"] + lines["b"]


def test_what_is_seen_is_watched_not_sampled_as_records():
    lines = prompts("The provider must ensure that residents' privacy is respected and that bathroom doors are "
                    "locked when residents are bathing.")
    assert "records of privacy" not in lines["c"] and "records of bathroom doors" not in lines["c"]
    assert "observe practice on 10 occasions" in lines["c"].lower()


def test_an_instruction_naming_nothing_to_sample_gets_a_plain_check():
    lines = prompts("The hospital should use mortality alerts to review the care of individual surgeons.")
    assert "audit 10 records" not in lines["c"] and "records of 10" not in lines["c"]
    assert "Check monthly for three months, from the alert log" in lines["c"]  # where the alerts are kept


def test_the_services_one_plan_is_not_sampled_ten_times():
    lines = prompts("The trust should complete the actions in its falls prevention plan.")
    assert "10 falls prevention plans" not in lines["c"]


def test_a_topic_b_line_names_the_statements_staff_and_its_ask():
    lines = prompts("The trust must ensure that there are enough consultant anaesthetists and surgical registrars "
                    "to staff the weekend theatre lists.")
    assert "consultant anaesthetists" in lines["b"] and "weekend theatre lists" in lines["b"]
    assert not lines["b"].startswith("Prompt: Tell shift leaders")


def test_a_ward_display_is_not_a_website_job_but_a_ratings_display_is():
    ward = prompts("The trust should ensure that falls figures are displayed on each ward and discussed with staff "
                   "at handover.")
    assert "website" not in ward["a"] + ward["c"] + ward["e"]
    assert "minutes" in ward["c"].lower()  # the discussion is its own ask, checked where it is recorded
    ratings = prompts("The provider must display its CQC rating in the reception area and on its website.")
    assert "website" in ratings["c"] and ratings["c"].count("Check in person") == 1


def test_whom_something_is_reported_to_reaches_c_and_evidence():
    lines = prompts("The trust should ensure that theatre staff complete annual sepsis training and that "
                    "compliance is reported to the patient safety group.")
    assert "patient safety group" in lines["c"]


def test_a_separate_feedback_ask_reaches_the_evidence():
    lines = prompts("The trust should ensure that clinicians meet the audit standard for triage and that each "
                    "clinician receives feedback from their triage audits.")
    assert "feedback" in lines["c"] and "feedback" in lines["e"]


def test_a_conditional_clause_is_not_split_into_an_ask():
    found = composable("The trust must ensure that when patients are restrained, the reasons are recorded and are "
                       "reviewed by a doctor.")
    assert all(not a.text.startswith("when patients are reviewed") for a in found)


def test_two_verbs_of_one_object_stay_one_ask():
    found = composable("The trust must ensure that nurses confirm and record the identity of each patient before a "
                       "transfusion.")
    assert [a.text for a in found] == ["nurses confirm and record the identity of each patient before a transfusion"]


def test_an_instruction_is_not_framed_as_daily_practice():
    lines = prompts("The trust should complete the actions in its falls prevention plan.")
    assert "so that this was done" not in lines["a"] and "who does it" in lines["a"]
    routine = prompts("The trust should ensure that ward managers take part in the bed reviews.")  # meetings: round 17
    assert "daily practice" in routine["a"]


def test_emergency_medicines_are_checked_against_their_list_not_as_records():
    lines = prompts("The practice must ensure that emergency drugs are available in line with national guidance.")
    assert "records of emergency drugs" not in lines["c"] and "item by item" in lines["c"]
