"""Prompts round twenty-five (from two fresh outside readers' verdicts): what is said beside a breach but is no
failing to put right is not checked as a finding: how long a manager had been in post, the rating and the rating
key's "This meant ..." that explains it, and a sentence that only names another breach ("The provider was also in
breach of regulation 18 ..."); "consider how the X can be ..." keeps the X it is about, which is not the doer.
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import findings, scaffold_for


def test_a_managers_time_in_post_is_no_finding():
    wording = ("The new manager had only been in post for six weeks. Audits had not identified the missing care plans. "
               "This was a breach of regulation 17 (Good governance).")
    assert not any("in post" in f for f in findings(wording))
    assert "in post" not in scaffold_for(wording)[0].audit


def test_the_rating_and_what_it_meant_are_no_findings():
    wording = ("This location was rated inadequate. This meant people were not safe and were at risk of avoidable harm. "
               "Medicines were not stored at safe temperatures. This was a breach of regulation 12.")
    found = findings(wording)
    assert not any("rated" in f or f.startswith("This meant") for f in found)
    assert "Medicines were not stored at safe temperatures" in found  # a guard: the failing itself is kept


def test_a_sentence_only_naming_another_breach_is_no_finding():
    wording = ("The manager had not notified CQC of a serious injury. The provider was also in breach of regulation 18 "
               "(Notification of other incidents) of the Care Quality Commission (Registration) Regulations 2009.")
    assert not any("breach" in f for f in findings(wording))
    assert "in breach of regulation 18" not in scaffold_for(wording)[0].audit


def test_consider_how_a_thing_can_be_used_keeps_the_thing():
    assert asks("Consider how the patients' forum can be supported to meet monthly.")[0].text == (
        "the patients' forum can be supported to meet monthly")
    scaffold, evidence = scaffold_for("The trust should consider how the day room could be used to reduce crowding at night.")
    assert "the day room could be used" in scaffold.change + scaffold.communicate + scaffold.audit + evidence
    assert "(be used" not in scaffold.change + scaffold.communicate
    # a guard: the doer named as "it" or "the trust" still leaves the instruction
    assert asks("The trust should consider how it can reduce delays in theatre.")[0].text == "reduce delays in theatre"
    assert asks("Consider how the practice can improve uptake of cervical screening.")[0].text == (
        "improve uptake of cervical screening")
