"""Prompts round twenty-five (from two fresh outside readers' verdicts): what is said beside a breach but is no
failing to put right is not checked as a finding: how long a manager had been in post, the rating and the rating
key's "This meant ..." that explains it, and a sentence that only names another breach ("The provider was also in
breach of regulation 18 ..."). Statements here are written for the tests, not taken from any judged set."""

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

