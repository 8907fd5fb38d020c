"""Merge round fifty-seven (the outside sets IU, IV and IW: mental health, learning disability and autism, community and
inpatient services): a ward named by whom it is for or by its core service says where, not what is asked. Statements
are written here, not copied from an evaluation set; each test fails without the change its docstring names.
"""

import pytest

from cqcplan.models import Finding
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms


def _grouped(*texts: str) -> list[list[str]]:
    """The statements tagged, as `cqcplan extract` tags them, and merged as one report's batch."""
    found = [Finding(id=f"F{n}", kind="must" if " must " in text else "should", text=text, file="report.pdf", page=2,
                     section="Areas for improvement") for n, text in enumerate(texts)]
    return [action.findings for action in merge(tag(found, []))]


@pytest.mark.parametrize("ward", ["learning disability wards", "learning disabilities ward", "acute wards"])
def test_a_ward_named_by_whom_it_is_for_is_a_ward(ward):
    """vocab/synonyms.toml "ward": the ward's kind is where, one term "ward"; people with a learning disability are
    still the reasonable adjustments they are owed."""
    assert set(terms(f"Staff on the {ward} must complete the checks.")) == set(terms("Staff on the ward must complete the checks."))
    assert "reasonable_adjustment" in terms("Staff must make reasonable adjustments for people with a learning disability.")


def test_two_asks_on_the_learning_disability_wards_are_two_actions():
    """vocab/synonyms.toml "ward": read word by word, "learning disability" was an issue word (reasonable adjustments)
    that every statement of the service shares: an agency worker's induction merged with a nurse on each shift."""
    induction = ("The trust must make sure that agency staff working on the learning disability wards are given an "
                 "induction to the ward before their first shift.")
    nurse = "The trust must make sure a registered nurse is on duty for every shift on the learning disability wards."
    assert _grouped(induction, nurse) == [["F0"], ["F1"]]
