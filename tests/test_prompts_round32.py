"""Prompts round thirty-two (from outside readers' verdicts, issue 12): the words a prompt quotes from a statement
read as grammar. A phrase ends where a clause or a phrase ends, never after a pronoun opening a clause, inside nouns
joined under one determiner, or half-way through a subject; a failing is turned whole into its target; a breach
paragraph that opens with what went well takes its target from the failing after "However". Statements here are
written for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.scaffold import composable

from prompt_lines import prompt_lines as _lines


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


@pytest.mark.parametrize(("wording", "targets", "inverted"), [
    ("Fire exit checks were incomplete and staff on night shifts did not know the evacuation procedure. This was a "
     "breach of regulation 12 (Safe care and treatment).",
     ["fire exit checks are complete", "staff on night shifts know the evacuation procedure"], "are incomplete"),
    ("Daily fridge temperature records were inconsistent and the fridge in the treatment room on the first floor was "
     "not locked. This was a breach of regulation 12 (Safe care and treatment).",
     ["daily fridge temperature records are consistent", "the fridge in the treatment room on the first floor is locked"],
     "is not locked"),
])
def test_each_failing_of_a_breach_is_turned_whole_into_its_target(wording, targets, inverted):
    asked = [a.text.lower() for a in composable(wording)]
    assert all(t in asked for t in targets), asked
    lines = _lines(wording, report_types=["asc-inspection-report"])
    assert not any(inverted in line for line in lines.values())
    assert "(are consistent)" not in lines["e"]  # "records" there is the noun, not a verb naming what is recorded


def test_a_finding_that_cannot_be_turned_before_a_failing_is_still_only_found():
    asked = [a.text for a in composable("Assessments were generic and were not decision specific. This was a breach "
                                        "of regulation 11 (Need for consent).")]
    assert asked == ["Assessments are decision specific"]  # a guard: as before


@pytest.mark.parametrize(("wording", "praise", "target"), [
    ("Staff knew how to raise a safeguarding concern. However, two unexplained bruises on one person had not been "
     "referred to the local authority. The provider was in breach of regulation 13 (Safeguarding service users from "
     "abuse and improper treatment).", "staff knew how to raise", "bruises on one person are referred"),
    ("Staff were kind and caring. However, medicines that people needed for pain were not given at the times "
     "prescribed. This was a breach of regulation 12 (Safe care and treatment).",
     "staff were kind", "medicines that people needed for pain are given at the times prescribed"),
    ("Staff could describe how to report a fall. However, four falls in which a person had hurt their head had not been "
     "reported to the GP. The provider was in breach of regulation 12 (Safe care and treatment).",
     "staff could describe", "falls in which a person had hurt their head are reported to the gp"),
])
def test_a_breach_opening_with_praise_takes_its_target_from_the_failing_after_however(wording, praise, target):
    asked = [a.text.lower() for a in composable(wording)]
    assert any(target in a for a in asked) and not any(praise in a for a in asked), asked
    lines = _lines(wording, report_types=["asc-inspection-report"])
    assert not any(f"confirm that {praise}" in line.lower() or f"so that {praise}" in line.lower()
                   for line in lines.values())


def test_a_subject_whose_clause_is_still_open_keeps_its_own_not():
    asked = [a.text for a in composable("Patients whose first language was not English had not been offered an "
                                        "interpreter. This was a breach of regulation 9.")]
    assert not any("first language is English" in a or "first language was English" in a for a in asked)  # a guard


@pytest.mark.parametrize("wording", [
    "Staff knew people well and spoke kindly to them. Bed rail checks had not been carried out since March. This was a "
    "breach of regulation 12 (Safe care and treatment).",
    "Staff could describe the signs of abuse. Two incidents had not been reported to the local authority. The provider "
    "was in breach of regulation 13 (Safeguarding service users from abuse and improper treatment).",
])
def test_what_went_well_said_in_an_irregular_past_is_no_target(wording):
    asked = " ".join(a.text.lower() for a in composable(wording))
    assert "staff knew" not in asked and "staff could" not in asked
    lines = " ".join(_lines(wording, report_types=["asc-inspection-report"]).values()).lower()
    assert "so that staff knew" not in lines and "so that staff could" not in lines
    assert "confirm that staff knew" not in lines and "confirm that staff could" not in lines


@pytest.mark.parametrize(("wording", "target"), [
    ("Patients whose first language was not English had not been offered an interpreter. This was a breach of "
     "regulation 9 (Person-centred care).", "patients whose first language is not english are offered an interpreter"),
    ("People whose relatives were not local were not told about visiting times. This was a breach of regulation 9.",
     "people whose relatives are not local are told about visiting times"),
])
def test_the_breachs_own_not_is_turned_past_a_not_inside_its_subjects_clause(wording, target):
    asked = [a.text.lower() for a in composable(wording)]
    assert asked == [target]

