"""Prompts round thirty-two (from outside readers' verdicts, issue 12): the words a prompt quotes from a statement
read as grammar. A phrase ends where a clause or a phrase ends, never after a pronoun opening a clause, inside nouns
joined under one determiner, or half-way through a subject. Statements here are written for the tests, not taken from
any judged set."""

import pytest

from cqcplan.pipeline.scaffold import composable, scaffold_for


def _lines(wording, **kw):
    scaffold, evidence = scaffold_for(wording, **kw)
    return {"a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


@pytest.mark.parametrize(("wording", "people"), [
    ("We recommend the provider follows current guidance on the use of bed rails for people who cannot tell staff they "
     "are uncomfortable.", "people who cannot tell staff they are uncomfortable"),
    ("The provider should ensure that people who say they are lonely are offered regular activities.",
     "people who say they are lonely"),
])
def test_the_people_sampled_are_named_to_the_end_of_the_clause_a_pronoun_opens(wording, people):
    lines = _lines(wording, report_types=["asc-inspection-report"])
    assert f"records of 10 {people} monthly" in lines["c"] and f"records of {people}" in lines["e"]
    assert "they monthly" not in lines["c"] and "they," not in lines["e"] and "they for" not in lines["e"]


@pytest.mark.parametrize(("wording", "course"), [
    ("The trust must ensure that staff receive training in the recognition and management of sepsis.",
     "training in the recognition and management of sepsis"),
    ("The provider must ensure that staff are up to date with training in the prevention and management of violence "
     "and aggression.", "training in the prevention and management of violence and aggression"),
])
def test_a_course_named_by_nouns_sharing_one_of_phrase_is_named_whole(wording, course):
    assert f"({course})" in _lines(wording)["e"]


def test_two_courses_joined_by_and_are_still_each_named():
    lines = _lines("The provider must ensure that staff complete Oliver McGowan training and training in physical "
                   "intervention before they work alone.")
    assert "Oliver McGowan training and training in physical intervention" in lines["e"]  # a guard: as before


@pytest.mark.parametrize("wording", [
    "We recommend that the registered manager and provider review how they audit care records, so that gaps are found "
    "quickly.",
    "We recommend the provider and the registered manager seek advice on how to record people's consent.",
])
def test_doers_joined_by_and_are_the_recommendations_subject_not_part_of_what_is_asked(wording):
    lines = _lines(wording, report_types=["asc-inspection-report"])
    for line in lines.values():
        assert "(and " not in line and ": and " not in line and "(provider " not in line and "(manager " not in line
        assert "(the registered manager seek" not in line and "(registered manager seek" not in line


def test_a_list_item_whose_verb_is_a_relative_clauses_is_a_thing_the_lead_asks_for_not_a_clause():
    lines = _lines("The practice must ensure recruitment files hold the required information, including: a full "
                   "employment history; two references; and a record of the interview where a reference has not been "
                   "received.", report_types=["gp-quality-report"])
    assert "confirm that a record of the interview" not in lines["c"]
    assert "including a full employment history, two references and a record of the interview where" in lines["c"]


@pytest.mark.parametrize("wording", [
    "Continue to identify and support patients who are carers.",
    "The practice should continue to encourage and record feedback from patients who use the online service.",
])
def test_an_instruction_after_a_lead_in_reads_as_one_whatever_its_verb(wording):
    lines = _lines(wording, report_types=["gp-quality-report"])
    assert "confirm that this was done: continue to" in lines["c"]
    assert "confirm that identify" not in lines["c"] and "confirm that encourage" not in lines["c"]
    assert "(continue to encourage)" not in lines["a"]  # the verbs share their object: one ask


def test_two_verbs_after_to_share_their_object():
    asked = [a.text for a in composable("Improve the security of prescription pads and ensure there are systems in "
                                        "place to track and monitor their use.")]
    assert "there are systems in place to track and monitor their use" in asked
    assert "there are systems in place to track" not in asked
