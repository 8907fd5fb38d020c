"""Prompts round thirty-five (from outside readers' verdicts, issue 12): a template line must fit what the statement
asks. A failing's second clause ("and there were gaps in ...") is a finding, never part of the goal; an audit trail is
a record, not an audit programme; each person's own plan is checked case by case, not approved as one document; a
framework reviewed is a document, not records sampled; posts to recruit to are a gap in the establishment, not one
appointment; an aside in the subject ("its systems, including X, identify, assess and manage ...") lists no parts
to check apart. Statements here are written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.compose import kind_of

from prompt_lines import prompt_lines as _lines

ASC = ["asc-inspection-report"]


@pytest.mark.parametrize("wording, finding", [
    ("Repositioning charts did not always show that people had been turned as their care plans said, and there were "
     "gaps in the recording of pressure area checks.", "there are gaps in the recording"),
    ("Fire door checks were not completed weekly, and there was no record of the last fire drill.",
     "there is no record of the last fire drill"),
])
def test_a_failings_second_clause_is_a_finding_not_the_goal(wording, finding):
    lines = _lines(wording, regulations="Safe care and treatment", report_types=ASC)
    assert not any(finding in lines[k] for k in "abce")
    assert finding.replace(" is ", " was ").replace(" are ", " were ") in lines["c"]  # put right, in CQC's words


@pytest.mark.parametrize("ask, kind", [
    ("there is an audit trail of who reviewed each result", "records"),
    ("every resident has an up-to-date moving and handling plan", "each_case"),
    ("each patient has a current crisis plan that reflects their risks", "each_case"),
    ("the service has an up-to-date business continuity plan", "document"),
    ("the quality assurance framework is reviewed", "document"),
    ("recruit to vacant health visitor posts", "establishment"),
    ("recruit to the vacant practice manager post", "appoint"),
])
def test_kind_of_reads_what_is_asked_round_thirty_five(ask, kind):
    assert kind_of(ask).id == kind


def test_an_audit_trail_asked_by_a_review_is_not_an_audit_programme():
    lines = _lines("Review the process for handling test results so that there is an audit trail of who reviewed "
                   "each result.")
    assert "audit schedule" not in lines["e"] and "each audit asked" not in lines["c"]
    assert "the review was done" in lines["c"]


def test_each_persons_plan_is_checked_for_every_case_not_approved_once():
    lines = _lines("The provider must ensure that every resident has an up-to-date moving and handling plan that "
                   "reflects their current mobility.", report_types=ASC)
    assert "approved" not in lines["c"] + lines["e"]
    assert "list the cases" in lines["c"].lower()


def test_recruiting_to_many_posts_is_no_single_appointment():
    lines = _lines("The trust should continue to recruit to vacant midwife posts and reduce its use of agency "
                   "midwives on the labour ward.", report_types=["nhs-trust"])
    assert "who has been appointed" not in lines["b"] and "appointment letter" not in lines["e"]


def test_an_aside_in_the_subject_lists_no_parts():
    lines = _lines("The provider must ensure that its governance systems, including audits and the risk register, "
                   "identify, assess and manage risks to people promptly.", report_types=ASC)
    assert not any(scrap in lines["c"] + lines["e"] for scrap in ("this was done: assess", "(assess)", "confirm that audits"))
