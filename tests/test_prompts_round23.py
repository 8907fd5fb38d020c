"""Prompts round twenty-three (from two outside readers' verdicts on BX and BY): an assessment card's quality
statement heading and score ("Safe environments Score: 2 – Evidence shows some shortfalls") are the card's framing,
not its ask nor a finding; a sentence ending in an acronym ("... with CQC.") ends; a finding's "and" splits only
after a clause with its own verb; a failing after its condition ("Where ..., assessments had not been done") is
turned where the failing is."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import composable, findings, scaffold_for


def test_a_cards_heading_and_score_are_no_part_of_its_ask():
    wording = ("Safe environments Score: 2 – Evidence shows some shortfalls Fire doors were not always kept closed. "
               "One fire door was wedged open. This was a breach of regulation 12 (Safe care and treatment).")
    assert asks(wording)[0].text == "Fire doors were not always kept closed"
    assert findings(wording) == ["One fire door was wedged open"]
    for card in ("Score 1: significant shortfalls", "Score: 3 - Evidence shows a good standard", "Score: 2"):
        assert asks(f"Staffing, recruitment and training {card} Staff were not supervised.")[0].text == \
            "Staff were not supervised"


def test_a_sentence_ending_in_an_acronym_ends_there():
    wording = ("A deputy manager had started in January and had enrolled on a course run by the NHS. Audits had been "
               "introduced, but they had not identified the shortfalls we found. The provider remained in breach of "
               "regulation 17 (Good governance).")
    assert not any(a.required for a in asks(wording))
    assert findings(wording)[0] == "A deputy manager had started in January and had enrolled on a course run by the NHS"
    assert not any(f.startswith("had enrolled") for f in findings(wording))
    scaffold, _ = scaffold_for(wording, "Good governance")
    assert scaffold.topic == "governance"


def test_one_subject_of_two_nouns_is_not_split_at_its_and():
    wording = ("Where people could not decide about their bed rails, sensor mats and medicines, capacity assessments "
               "and best interests decisions had not been recorded. This was a breach of regulation 11 (Need for consent).")
    assert [a.text for a in composable(wording)] == [
        "Where people could not decide about their bed rails, sensor mats and medicines, capacity assessments and best "
        "interests decisions are recorded"]
    assert findings(wording) == []


def test_a_list_of_examples_is_not_split_into_tasks():
    wording = "The trust should review the use of blanket restrictions, such as locked gardens and set bedtimes, on Oak ward."
    assert [a.text for a in composable(wording)] == [
        "review the use of blanket restrictions, such as locked gardens and set bedtimes, on Oak ward"]
    # a comma closes the examples: what follows "and" is an instruction of its own
    assert len(composable("Review the use of restrictions, such as locked gardens, and set up a restrictive practice group.")) == 2


def test_what_a_review_is_of_is_not_read_from_its_examples():
    wording = ("The provider should review the use of blanket restrictions on Ash ward, such as locked bedrooms and "
               "lounges, and remove those that are not justified.")
    assert [a.text for a in composable(wording)] == [wording[len("The provider should "):-1]]
    scaffold, evidence = scaffold_for(wording, "Safeguarding service users from abuse and improper treatment")
    lines = " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence])
    assert "secure" not in lines and "the work" not in lines and "works order" not in lines
