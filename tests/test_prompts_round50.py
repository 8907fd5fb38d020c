"""Prompts for judge63's remaining misfits, each by a rule for a class of statement, tried on two wordings (prompts50)."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.asks import asks, predicates
from cqcplan.pipeline.compose import kind_of

GP = {"report_types": ["gp-quality-report"]}
CMHT = {"report_types": ["mh-inspection-report"], "services": ["Community-based mental health services for adults of working age"]}


def _asked(wording: str) -> list[str]:
    return [a.text for a in predicates(asks(wording))]


def test_a_verb_said_again_opens_a_second_predicate():
    """"have received training ... and have a DBS check": two things asked of the same staff, each checked."""
    assert _asked("Ensure that all staff who act as chaperones have received training for the role and have a Disclosure "
                  "and Barring Service (DBS) check or a documented risk assessment.") == [
        "all staff who act as chaperones have received training for the role",
        "all staff who act as chaperones have a Disclosure and Barring Service (DBS) check or a documented risk assessment"]
    assert _asked("Ensure that patient group directions are signed by each nurse who uses them and are authorised by a "
                  "prescriber.") == ["patient group directions are signed by each nurse who uses them",
                                     "patient group directions are authorised by a prescriber"]


def test_a_condition_with_two_parts_is_one_ask():
    """"where patients are supervised and are not free to leave" is one condition, not two asks."""
    for wording in ("Ensure that Deprivation of Liberty Safeguards applications are made where patients are subject to "
                    "continuous supervision and are not free to leave.",
                    "The provider must ensure that staff seek advice when a person is unwell and is refusing fluids."):
        assert len(_asked(wording)) == 1, _asked(wording)


def test_staff_checks_are_checked_on_each_personnel_file():
    """A DBS or recruitment check of each member of staff is found on their file against the staff list, not by
    auditing "10 risk assessments" or observing practice."""
    for ask in ("all staff who act as chaperones have a Disclosure and Barring Service (DBS) check or a documented risk "
                "assessment", "staff have a DBS check before they start work"):
        assert kind_of(ask).id == "staff_checks"
    _, _, audit, evidence = lowered_lines("Ensure that all staff who act as chaperones have received training for the "
                                          "role and have a Disclosure and Barring Service (DBS) check or a documented "
                                          "risk assessment.", **GP)
    assert "personnel file" in audit and "risk assessments monthly" not in audit
    assert "training" in evidence and "dbs" in evidence


def test_a_second_predicate_gets_its_own_check():
    """The PGDs' authorisation by a prescriber is checked and evidenced, not only the nurses' signatures."""
    _, _, audit, evidence = lowered_lines("Ensure that patient group directions are signed by each nurse who uses them "
                                          "and are authorised by a prescriber.", **GP)
    assert "authorised by a prescriber" in audit and "patient group directions" in evidence


def test_patients_on_a_waiting_list_monitored_are_each_reviewed():
    """"patients on the waiting list are monitored" is each waiting patient reviewed, not a waiting-time target;
    "waiting lists are reduced" stays a measure."""
    for wording in ("The trust must ensure that patients on the waiting lists at Northgate and Riverside community mental "
                    "health teams are monitored, and that there is a system to identify and respond to deterioration.",
                    "The trust should ensure that people on the waiting list for psychological therapies are regularly "
                    "monitored."):
        _, _, audit, _ = lowered_lines(wording, **CMHT)
        assert "dated target" not in audit and "each had the monitoring due" in audit, audit
    assert kind_of("waiting lists are reduced").id == "measure"


def test_premises_evidence_names_no_other_equipment():
    """The premises topic's evidence is about what the statement names, not resuscitation trolleys."""
    _, _, _, evidence = lowered_lines("The trust should ensure that patients with mental health needs are cared for in a "
                                      "room that has been risk assessed for ligature points.",
                                      report_types=["hospital-inspection-report"], services=["Urgent and emergency care"])
    assert "resuscitation" not in evidence
