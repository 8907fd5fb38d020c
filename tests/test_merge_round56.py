"""Merge round fifty-six (the outside sets IU and IV: mental health wards, learning disability and autism wards, care
homes, hospices, ambulance and community health services): a ward named by whom it is for or by its core service says
where, not what is asked; a setting shared by two statements is no second thing they share. Statements are written
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
                                  "community inpatient wards", "community hospital ward"])
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


def test_a_shared_ward_is_no_second_thing_shared():
    """pipeline/similarity.py block 4 counts shared terms without vocab/issue_terms.toml `where`: controlled drugs
    checked at handover and controlled drugs returned to pharmacy share one thing, the drugs; "on the wards" is where
    both happen, and with it counted block 4 let the pair through."""
    counted = "The trust should ensure two nurses check the stock of controlled drugs at every handover on the wards."
    returned = "The trust should ensure that controlled drugs no longer needed on the wards are sent back to pharmacy."
    assert _grouped(counted, returned) == [["F0"], ["F1"]]


def test_one_ask_on_the_wards_still_merges():
    """The same duty in other words, both on the wards, is one action still."""
    counted = "The trust should ensure two nurses check the stock of controlled drugs at every handover on the wards."
    checked = "The trust should ensure controlled drugs on the wards are checked by two nurses at each shift handover."
    assert _grouped(counted, checked) == [["F0", "F1"]]


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
