"""Prompts round ten: a kind fires only where its object fits (beds are capacity, not equipment; a
nurse's skills weigh an allocation, not training), a check never samples "records" of people, posts
or shifts, a variant or owner written for one setting stays in it, the leaders' own asks go to the
leaders, and the therapists who give a therapy are told. Statements here are written for the tests,
not taken from any judged set."""

import pytest

from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import scaffold_for


def prompts(wording: str, **where) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **where)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit,
            "e": evidence}


@pytest.mark.parametrize(("ask", "kind"), [
    ("a bed is available for each patient coming back from leave", "measure"),  # capacity, not kit held in stock
    ("hoists are available on every unit", "equipment_access"),
    ("district nursing visits are allocated by each nurse's skills and the patient's needs", "establishment"),
    ("staff have the skills to care for people with a tracheostomy", "training"),
    ("observation panels in doors are kept closed when not in use", "premises"),  # kept closed: walked round, not works
    ("the call bell system works in every room", "works"),
    ("enough dispatchers are rostered on the night shift", "staff_on_duty"),
    ("vacant posts in the north team are covered", "staff_on_duty"),
    ("the ward dashboard shows current data on falls and staffing", "validation"),
    ("the unit has a strategy with measurable objectives", "document"),
    ("encourage eligible patients to attend bowel screening", "measure"),
    ("staff on the children's unit know how to raise a safeguarding concern", "awareness"),  # a place, not its children
    ("renewals of admitting rights are reviewed every three years by the medical advisory committee", "oversight"),
])
def test_kind_of_fits_the_object_round_ten(ask, kind):
    assert kind_of(ask).id == kind


def test_no_records_sampled_of_people_posts_or_shifts():
    for wording in ("Ensure that relatives are not asked to interpret at appointments and that family members are not "
                    "used to interpret clinical information.",
                    "Ensure that shifts which cannot be filled are escalated and the risk is recorded."):
        c = prompts(wording)["c"].lower()
        assert "records of family members" not in c and "records of shifts" not in c


def test_the_services_own_registers_are_read_not_sampled():
    c = prompts("Keep the practice's registers of carers up to date.")["c"]
    assert "10 registers" not in c


def test_a_visit_rota_variant_is_for_domiciliary_care_only():
    wording = "The provider must ensure that staffing levels are safe, so that care visits are not missed."
    home_care = prompts(wording, services=["Domiciliary care"])
    community = prompts(wording, services=["Community health services for adults"])
    assert "care workers" in home_care["a"]
    assert "care workers" not in community["a"] and "travel time" not in community["a"]


def test_a_topics_owner_is_the_settings_own():
    a = prompts("Ensure that pain is assessed with a recognised tool for people who cannot say they are in pain.",
                services=["Care home"])["a"]
    assert "ward managers" not in a and "registered manager" in a


def test_the_leaders_own_asks_go_to_the_leaders():
    lines = prompts("The provider should ensure that the registered manager has enough time to lead the home as they "
                    "also manage another service.", services=["Care home"])
    assert "nominated individual" in lines["a"]
    assert "the care staff" not in lines["b"]


def test_the_therapists_who_give_a_therapy_are_told():
    b = prompts("Consider how speech and language therapy can be offered on the ward at weekends.",
                services=["Medical care (including older people's care)"])["b"]
    assert "speech and language therapists" in b


def test_hand_hygiene_gets_hand_hygiene_lines_not_cleaning_tasks():
    lines = prompts("Ensure that staff in the clinic wash their hands between patients and are bare below the elbows.")
    assert lines["topic"] == "ipc" and "bare below the elbows" in lines["b"] and "whoever does the cleaning" not in lines["b"]
    cleaning = prompts("Ensure that infection control standards are met, including cleanliness of the clinic and hand hygiene.")
    assert cleaning["topic"] == "ipc" and "whoever does the cleaning" in cleaning["b"]


def test_a_separate_ask_of_the_same_kind_keeps_its_evidence():
    e = prompts("The provider must ensure that each person has a falls risk plan and that fire doors close fully.",
                services=["Care home"])["e"]
    assert "walk-round" in e
