"""Prompts round twenty-three (from two outside readers' verdicts on BX and BY): an assessment card's quality
statement heading and score ("Safe environments Score: 2 – Evidence shows some shortfalls") are the card's framing,
not its ask nor a finding; a sentence ending in an acronym ("... with CQC.") ends; a finding's "and" splits only
after a clause with its own verb; a failing after its condition ("Where ..., assessments had not been done") is
turned where the failing is."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of
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


def _lines(*args, **kwargs) -> str:
    scaffold, evidence = scaffold_for(*args, **kwargs)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence])


def test_staff_a_document_guides_are_not_cover_on_the_rota():
    wording = ("We recommend the provider ensures guidance for medicines prescribed ‘when required’ contains enough "
               "person-centred detail to direct staff, including the use of a validated pain scale.")
    scaffold, _ = scaffold_for(wording, "", "Medicines")
    assert scaffold.topic == "medicines"
    assert "rota" not in _lines(wording, "", "Medicines")
    assert kind_of("there are enough trained staff on each shift to meet people's needs").id == "staff_on_duty"


def test_an_item_within_its_expiry_date_is_stock_not_a_measure():
    assert kind_of("the suction catheters are within their expiry date").id == "stock"
    lines = _lines("Ensure that the suction catheters on the emergency trolley are within their expiry date.")
    assert "trajectory" not in lines and "weekly figures" not in lines


def test_a_delay_leaving_critical_care_is_for_a_ward_bed():
    wording = "The trust should monitor the delayed discharges from intensive care of more than four hours."
    lines = _lines(wording, "", "Access and flow", services=["Critical care"], report_types=["nhs-core-service"])
    assert "bed" in lines and "care package" not in lines and "local authority" not in lines
    # leaving hospital, a delay is still for a placement or care package
    lines = _lines("The trust should reduce delayed discharges for patients awaiting care packages.", "", "Access and flow",
                   services=["Medical care"])
    assert "care package" in lines


def test_finding_out_about_best_practice_is_a_review():
    wording = "We recommend the provider finds out more about current best practice in supporting people living with diabetes."
    lines = _lines(wording)
    assert "review was done" in lines and "records of 10" not in lines and "finds out" not in lines


def test_outcomes_shared_with_people_are_shared_not_overseen():
    assert kind_of("the findings of investigations are shared with patients and staff").id == "sharing"
    assert kind_of("incidents are discussed at team meetings").id == "oversight"


def test_a_room_set_up_is_work_on_the_premises_not_a_system():
    assert kind_of("introduce a quiet room for families away from the main corridor").id == "works"
    lines = _lines("The service should consider introducing a quiet room for families away from the main corridor.")
    assert "tracing" not in lines and "10 cases" not in lines
    assert kind_of("introduce a system for allocating rooms").id == "system"


def test_a_record_named_by_a_proper_name_is_kept_whole():
    _, evidence = scaffold_for("The trust must ensure that the five steps, including the World Health Organization surgical "
                               "safety checklist, are completed for every patient.")
    assert "record of World Health Organization surgical safety checklists" in evidence
