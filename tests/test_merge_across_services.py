"""One issue worded differently in a trust's core-service reports: what merging reads past.

Each core-service report of a trust restates a trust-wide problem in its own words: it lists
its own examples ("including moving and handling", "in particular fire safety"), names its own
service ("complaints about end of life care"), or says the duty in other words ("assess and
record the capacity of ...", "report them to the local authority"). Statements are written
here, not copied from an evaluation set. Findings carry no theme, or the theme tags written
out, so each test pins the merge rule it names whatever the tag stage reads (each fails
against the code before the rule).
"""

import pytest

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.merge import merge, sure_themes
from cqcplan.pipeline.terms import terms


def untagged(text: str, ident: str, file: str = "a.pdf") -> Finding:
    """A finding with no theme: neither gated nor favoured by one, so only its words decide."""
    kind = "must" if " must " in f" {text} " else "should"
    return Finding(id=ident, kind=kind, text=text, file=file, page=2, section="Areas for improvement")


def together(a: str, b: str) -> bool:
    return len(merge([untagged(a, "a", "one.pdf"), untagged(b, "b", "two.pdf")])) == 1


# ---- examples: a different example of one object is not a different issue

POLICIES_FALLS = ("The trust should ensure that policies past their review date, including the falls prevention "
                  "policy, are updated promptly.")
POLICIES_TRANQUILLISATION = ("The trust should ensure that ward policies, such as the rapid tranquillisation "
                             "policy, are reviewed by their review date.")
TRAINING_MODULES = ("The trust must ensure that staff complete mandatory training, including manual handling and "
                    "basic life support, in line with the trust's target.")
TRAINING_PARTICULAR = ("Ensure that nursing staff complete mandatory training, in particular fire safety and "
                       "infection prevention and control, so that compliance meets the trust's target.")


@pytest.mark.parametrize("a, b", [(POLICIES_FALLS, POLICIES_TRANQUILLISATION), (TRAINING_MODULES, TRAINING_PARTICULAR)])
def test_statements_listing_different_examples_of_one_object_merge(a, b):
    assert together(a, b)


def test_examples_do_not_join_statements_that_differ_outside_them():
    """Read without their examples, servicing equipment and training staff to use it share nothing."""
    serviced = "Ensure that moving and handling equipment, including hoists and slings, is serviced every six months."
    trained = "Ensure that staff, including bank staff, are trained to use the hoists safely."
    assert not together(serviced, trained)


def test_one_statement_listing_examples_is_read_whole():
    """Only a pair that both list examples is read without them: a statement naming its object
    only by example ("... storage in the mortuary, including space for bariatric patients") keeps its words."""
    capacity = "The trust should ensure there is enough body storage in the mortuary, including space for bariatric patients."
    access = "The trust must ensure that access to the mortuary is restricted to authorised staff."
    assert not together(capacity, access)


# ---- the Mental Capacity Act, however worded

@pytest.mark.parametrize("wording", [
    "staff assess and record the capacity of informal patients",
    "their capacity is assessed before treatment",
    "staff record capacity for each decision",
])
def test_a_capacity_assessed_or_recorded_is_the_mental_capacity_act(wording):
    assert "mca" in terms(wording)


def test_capacity_alone_is_not_the_mental_capacity_act():
    """A ward's or a service's capacity is beds and staff, not a person's capacity to decide."""
    assert "mca" not in terms("The trust should review bed capacity on the medical wards to meet demand.")


def test_capacity_assessments_worded_differently_merge():
    assert together("The trust must ensure that staff assess and record the capacity of informal patients who may "
                    "not be able to consent to their admission.",
                    "Ensure that when a patient may lack capacity to make a decision about their discharge, a "
                    "mental capacity assessment is carried out and recorded.")


# ---- a pronoun inside a phrase

def test_reporting_concerns_to_the_local_authority_is_a_safeguarding_referral():
    assert "safeguarding_referral" in terms("Staff recognise safeguarding concerns and report them to the local "
                                            "authority without delay.")


# ---- the report's own core service names no theme

def _tie(service: str | None) -> Finding:
    """A complaints statement of an end of life care report, its theme tied between two wording cues."""
    tags = [Tag(field="theme", value="Learning from complaints and concerns", basis="wording", evidence="complaints",
                rule_id="test", confidence=0.45),
            Tag(field="theme", value="Meeting people's individual needs", basis="wording", evidence="end of life",
                rule_id="test", confidence=0.45)]
    return Finding(id="c", kind="should", text="Ensure that complaints about end of life care are acknowledged "
                   "and responded to on time.", file="eol.pdf", page=2, section="Areas for improvement",
                   service=service, theme=tags[0].value, tags=tags)


def test_a_cue_naming_the_reports_own_service_breaks_no_tie():
    assert sure_themes(_tie("End of life care")) == ["Learning from complaints and concerns"]


def test_the_same_cue_in_another_service_still_ties():
    assert sure_themes(_tie("Medical care")) == []
    assert sure_themes(_tie(None)) == []


# ---- a deadline named as a target

def test_a_target_something_is_done_within_is_a_deadline():
    assert "timeliness" in aspects("Complaints are responded to within the trust's target of 25 working days.")


def test_a_trust_target_for_a_rate_is_no_deadline():
    assert "timeliness" not in aspects("Staff complete mandatory training to meet the trust's target.")
