"""Prompts round twenty-four (from two fresh outside readers' verdicts): a recommended verb no list knows is
read in its base form ("the provider consults ..." asks to consult), so no line reads "so that consults ..."; a second
failing after "and" ("..., and best interest decisions were not recorded") is read as its duty, its subject three or four
words long too; cancelled operations are counted by cause and each patient rebooked, not given a waiting list's
harm reviews; what went well, said before a "However, ..." ("People told us staff were kind"), is no finding to
check; a statement asking only for training on a topic's subject ("all midwives complete training in the early
warning score") gets the training's lines, not the topic's practice, and a line of one word ends the sentence before
it; audits that missed (or must identify) concerns are about the audits, not a risk their concerns name; storage at a temperature (refrigeration, the manufacturer's
guidance) is not security; the setting of a report of one location (an assessment of a care home) is read
from the whole report, not from one statement's words ("oral health" is no dental practice); audits that missed concerns are the provider's own checks; the
meeting a check reports to ("the registered manager's monthly quality review") checks no review asked; records waiting to be summarised are
counted against a trajectory, not audited for their content; audit protocols are about the audits, not the areas they
cover; the flow of patients is a measure tracked against a target. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import findings, scaffold_for


def prompts(wording: str) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording)
    return {"a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


def test_a_recommended_verb_is_read_in_its_base_form():
    assert asks("We recommend the provider researches best practice on oral care.")[0].text.startswith("research best")
    assert asks("We recommend the registered manager clarifies who leads on medicines.")[0].text.startswith("clarify who")
    lines = prompts("We recommend the provider consults current guidance on falls and updates its practice accordingly.")
    assert "consults" not in " ".join(lines.values())
    assert "so that consult" not in lines["a"] + lines["c"]  # an instruction, not a state to reach


def test_a_second_failing_with_a_longer_subject_is_read_as_its_duty():
    lines = prompts("Risk assessments had not been completed for people who used bed rails, and fire evacuation "
                    "plans were not reviewed. This was a breach of regulation 12.")
    text = " ".join(lines.values())
    assert "are not reviewed" not in text  # no check sets out to confirm the failing
    assert "fire evacuation plans are reviewed" in text


def test_cancelled_operations_are_tracked_by_cause_not_as_a_waiting_list():
    for wording in ("The trust should take action to reduce the number of cancelled operations in orthopaedics.",
                    "The hospital must ensure that fewer cancelled operations occur for lack of a bed."):
        lines = prompts(wording)
        assert "harm review" not in lines["c"] + lines["e"] and "each person waiting" not in lines["c"]
        assert "cancelled operations" in lines["c"] and "cause" in lines["c"]
    waits = prompts("The trust should reduce the waiting list for orthopaedic surgery.")  # a guard: a wait keeps its lines
    assert "harm reviews" in waits["c"]


def test_what_went_well_before_a_however_is_no_finding_to_check():
    wording = ("Relatives said the home was clean and welcoming. However, medicines were not stored safely. This was "
               "a breach of regulation 12 (Safe care and treatment).")
    assert findings(wording) == []  # the failing after "However" is what is asked (tests/test_prompts_round32.py)
    assert "clean and welcoming" not in prompts(wording)["c"] and "medicines are stored safely" in prompts(wording)["c"]
    # a guard: a failing before "However" is still a finding
    wording = ("Risks were not managed safely. Staff did not record fridge temperatures. However, the fridge was new. "
               "This was a breach of regulation 12.")
    assert "Staff did not record fridge temperatures" in findings(wording)


def test_a_statement_asking_only_for_training_gets_the_training_lines():
    lines = prompts("The trust should ensure that all nurses complete training in the use of the paediatric early "
                    "warning score.")
    assert "training" in lines["c"] and "records of every member of staff" in lines["c"]
    assert "which tool" not in lines["a"] and "training or competency record" in lines["e"]
    # a guard: a topic's own practice asked beside its training keeps the topic's lines
    assert "escalat" in prompts("The trust should ensure that staff escalate deteriorating patients in line with the "
                                "early warning score and complete training in its use.")["a"]


def test_a_line_of_one_word_ends_the_sentence_before_it():
    lines = prompts("The trust should ensure that all nurses complete training in the use of the paediatric early "
                    "warning score\nPEWS.")
    assert "score PEWS" in lines["c"] and "; PEWS" not in lines["c"]


def test_audits_that_missed_concerns_are_about_the_audits_not_what_they_missed():
    for wording in ("Audits had not identified the falls risk assessments that were out of date. This was a breach of "
                    "regulation 17.",
                    "The provider must ensure that audits identify shortfalls in pressure ulcer care and risk assessments."):
        lines = prompts(wording)
        assert "which tool" not in lines["a"] and "audit" in lines["a"].lower()
        assert "own audits" in lines["c"]
    care_home, _ = scaffold_for("Audits had not identified that medicines were out of date. This was a breach of regulation 17.",
                                report_types=["asc-"])
    assert "managers who carry out" in care_home.communicate  # the audits are the managers' to do, in any setting


def test_storage_at_the_right_temperature_is_not_security():
    lines = prompts("Review the storage of vaccines requiring refrigeration to ensure they are kept in line with the "
                    "manufacturer's instructions.")
    assert "secure" not in lines["a"] + lines["b"]
    assert kind_of("the storage of confidential waste is improved").id == "security"  # a guard: storage alone is security


def test_a_report_of_one_location_says_the_setting_of_each_statement():
    wording = "We recommend the provider ensures all staff complete training in oral health care."
    report = ("Fernlea House\nThe registered manager had not ensured people's care plans were reviewed.\n" + wording)
    scaffold, _ = scaffold_for(wording, report_types=["saf-assessment"], report=report)
    assert "dentist" not in scaffold.change + scaffold.communicate and "care staff" in scaffold.communicate
    scaffold, _ = scaffold_for(wording, report_types=["saf-assessment"])  # a guard: alone, its words still say dental
    assert "dentist" in scaffold.communicate


def test_the_meeting_reported_to_checks_no_ask_its_name_shares_a_word_with():
    wording = ("We recommend the provider reviews its arrangements for learning from incidents so that trends are "
               "identified and shared with the team.")
    care_home, _ = scaffold_for(wording, report_types=["asc-"])  # reports to "the registered manager's monthly quality review"
    assert "quality review" in care_home.audit and "the review was done" in care_home.audit


def test_records_waiting_to_be_summarised_are_counted_not_audited_for_content():
    lines = prompts("The practice should ensure that the notes of newly registered patients are summarised promptly.")
    assert "waiting to be summarised" in lines["c"] and "contemporaneous" not in lines["c"]
    assert "contemporaneous" in prompts("Ensure that patient records are accurate and complete.")["c"]  # a guard


def test_audit_protocols_are_about_the_audits_not_the_examples_they_cover():
    lines = prompts("Review the audit protocols for several areas of the service, such as infection prevention and control and "
                    "X-rays.")
    assert "hand hygiene and PPE" not in lines["a"] and "audit" in lines["a"].lower()
    assert "each audit" in lines["c"]


def test_the_flow_of_patients_is_a_measure_not_a_sample_of_records():
    lines = prompts("The hospital should improve the flow of patients through its surgical wards so that fewer patients "
                    "are moved between wards at night.")
    assert "weekly" in lines["c"] and "target" in lines["c"] and "audit the records of 10" not in lines["c"].lower()
