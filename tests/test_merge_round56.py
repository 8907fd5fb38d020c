"""Merge round fifty-six (the outside sets IU and IV: mental health wards, learning disability and autism wards, care
homes, hospices, ambulance and community health services): a ward named by whom it is for or by its core service, or a
crisis team, says where, not what is asked; referrals reviewed by those who receive them are another step than their
making. Statements are written
here, not copied from an evaluation set; each test fails without the change its docstring names.
"""

import pytest

from cqcplan.models import Finding
from cqcplan.pipeline.handling import handling_apart
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms


def _grouped(*texts: str) -> list[list[str]]:
    """The statements tagged, as `cqcplan extract` tags them, and merged as one report's batch."""
    found = [Finding(id=f"F{n}", kind="must" if " must " in text else "should", text=text, file="report.pdf", page=2,
                     section="Areas for improvement") for n, text in enumerate(texts)]
    return [action.findings for action in merge(tag(found, []))]


@pytest.mark.parametrize("ward", ["learning disability wards", "learning disability and autism ward", "acute wards",
                                  "community inpatient wards"])
def test_a_ward_named_by_whom_it_is_for_is_a_ward(ward):
    """vocab/synonyms.toml "ward": the ward's kind is where, one term "ward"; people with a learning disability are
    still the reasonable adjustments they are owed."""
    assert set(terms(f"Staff on the {ward} must complete the checks.")) == set(terms("Staff on the ward must complete the checks."))
    assert "reasonable_adjustment" in terms("Staff must make reasonable adjustments for people with a learning disability.")


def test_two_asks_on_the_learning_disability_wards_are_two_actions():
    """vocab/synonyms.toml "ward": read word by word, "learning disability" was an issue word (reasonable adjustments)
    that every statement of the service shares: an agency worker's induction merged with a nurse on each shift, and
    daily activities with keeping in touch with family."""
    induction = ("The trust must make sure that agency staff working on the learning disability wards are given an "
                 "induction to the ward before their first shift.")
    nurse = "The trust must make sure a registered nurse is on duty for every shift on the learning disability wards."
    activities = ("The trust should ensure that patients on the learning disability wards can take part in activities "
                  "every day.")
    families = ("The trust should ensure that patients on the learning disability wards are supported to keep in touch "
                "with their families.")
    assert _grouped(induction, nurse) == [["F0"], ["F1"]]
    assert _grouped(activities, families) == [["F0"], ["F1"]]


def test_a_crisis_team_and_a_crisis_are_not_a_crisis_plan():
    """vocab/synonyms.toml "crisis_team", "crisis_episode", "crisis_line": read word by word each was "crisis", the crisis
    plan a person keeps; the plan itself stays "crisis"."""
    assert set(terms("Staff in the crisis resolution and home treatment team must complete the checks.")) >= {"crisis_team"}
    assert "crisis" not in terms("Staff in the crisis team must help people in mental health crisis.")
    assert "crisis" in terms("Each patient must have a crisis plan.")


def test_training_for_a_crisis_and_advice_in_one_are_two_actions():
    """vocab/synonyms.toml "crisis_episode": crews trained to respond to people in mental health crisis and crews able to
    reach a mental health clinician for advice at a crisis shared "crisis" as an issue word (the crisis plan) and merged."""
    trained = ("The trust should make sure that crews are trained to recognise and respond to people in mental health "
               "crisis.")
    advised = ("The trust should make sure that crews can reach mental health clinicians for advice when they attend a "
               "patient in crisis.")
    assert _grouped(trained, advised) == [["F0"], ["F1"]]


def test_referrals_named_by_who_made_them_and_reviewed_are_the_receivers_step():
    """pipeline/handling.py `_RECEIVED`: a team reviewing "crew referrals" acts on what the crews made, another step
    (and owner) than the crews making them; a statement asking both stays with the making."""
    making = "The trust should ensure crews raise safeguarding referrals for adults at risk and follow the procedure."
    reviewed = ("The trust should ensure the safeguarding team reviews crew referrals and sends them on to the local "
                "authority within two days.")
    both = ("The trust should ensure crews make safeguarding referrals and the safeguarding team reviews crew "
            "referrals within two days.")
    assert handling_apart([making, reviewed]).tolist() == [[False, True], [True, False]]
    assert not handling_apart([making, both]).any()
    assert _grouped(making, reviewed) == [["F0"], ["F1"]]
