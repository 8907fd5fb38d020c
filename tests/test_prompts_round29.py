"""Prompts round twenty-nine (from outside readers' verdicts, issue 12): a hospital's statement is never given a care
home's or a GP practice's roles by one word it shares with them ("relatives"); the record each case leaves is named by
a whole noun phrase, never half of one ("its record of needs of people living", "risks relating to the health").
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.scaffold import scaffold_for


def _lines(wording, **kw):
    scaffold, evidence = scaffold_for(wording, **kw)
    return scaffold.change + scaffold.communicate + scaffold.audit + evidence


def test_a_hospital_statement_naming_relatives_gets_no_care_home_roles():
    wording = ("The trust should ensure that treatment escalation plans are signed by a consultant and that conversations "
               "with relatives are recorded.")
    for types in (["hospital-quality-report"], ["trust-inspection-report"], ["core-service-quality-report"]):
        lines = _lines(wording, report_types=types)
        assert "registered manager" not in lines and "senior carers" not in lines
    assert "registered manager" in _lines(wording, report_types=["asc-inspection-report"])  # a guard: a care home's are


def test_the_record_each_case_leaves_is_never_half_a_noun_phrase():
    _, evidence = scaffold_for("The provider had failed to robustly assess the risks relating to the health and safety of "
                               "people. This was a breach of regulation 12.", report_types=["asc-"])
    assert "relating to the health." not in evidence and "the health and" not in evidence.replace("health and safety", "")
    _, evidence = scaffold_for("We recommend the provider reviews its staffing tool to ensure staffing levels at weekends "
                               "reflect the assessed needs of people living in the home.", report_types=["asc-"])
    assert "needs of people living." not in evidence and "record of needs" not in evidence


def test_a_failing_said_of_something_else_than_the_provider_is_never_quoted_as_the_goal():
    wording = ("Quality audits had failed to identify the shortfalls we found in medicines records. This was a breach of "
               "regulation 17 (Good governance).")
    lines = _lines(wording, report_types=["asc-"])
    assert "failed to" not in lines
    assert "audits identify the shortfalls" in lines.lower()


def test_information_kept_off_display_is_kept_secure_not_a_display_to_update():
    scaffold, evidence = scaffold_for("The provider should ensure that people's personal information is not left on display "
                                      "in the dining room.", report_types=["asc-"])
    assert "what is displayed" not in scaffold.change and "photo of the display" not in evidence
    assert "kept secure" in scaffold.change
    scaffold, _ = scaffold_for("The trust should ensure that medicines trolleys are not left unlocked when unattended.")
    assert "kept secure" in scaffold.change
    scaffold, _ = scaffold_for("The provider should ensure that the complaints procedure is displayed in the entrance hall.",
                               report_types=["asc-"])
    assert "what is displayed" in scaffold.change  # a guard: a display asked for is still one


def test_examples_set_between_subject_and_verb_and_what_justifies_an_ask_do_not_choose_its_lines():
    wording = ("The trust should ensure that blanket restrictions, such as locked bedrooms and the removal of lighters, are "
               "reviewed regularly and are justified by individual risk assessments.")
    scaffold, evidence = scaffold_for(wording, services=["Acute wards for adults of working age and psychiatric intensive "
                                                         "care units"], report_types=["core-service-quality-report"])
    assert "kept secure" not in scaffold.change + scaffold.communicate and "access list" not in evidence
    assert scaffold.topic == "restrictive"


def test_a_record_made_accessible_to_staff_is_access_to_a_system_not_what_a_record_contains():
    scaffold, evidence = scaffold_for("Ensure that the electronic patient record system is accessible to all bank staff from "
                                      "their first shift.", report_types=["hospital-quality-report"])
    assert "complete record must contain" not in scaffold.change and "good record" not in scaffold.communicate
    assert "access" in scaffold.change and "access" in evidence
