"""Prompts round thirty-eight (from outside readers' verdicts, judge55): a breach passage's failing is never the goal
its prompts confirm. A second "or were not" is turned with the first; "had also failed to notify CQC" is the duty to
notify, and ", which was a breach of ..." names the breach, not what is asked; a clause saying something was overdue,
out of date or late is what was found, put right as a finding, and so is one listed before a failing turned into its
duty.
Statements here are written for the tests, not taken from any judged set."""

from prompt_lines import prompt_lines as _lines

ASC = ["asc-inspection-report"]


def _all(lines: dict[str, str]) -> str:
    return " ".join(lines.values())


def test_a_second_or_were_not_is_turned_with_the_first():
    lines = _lines("Risk assessments for people using bed rails had not been completed or were not detailed enough to "
                   "guide staff. This was a breach of regulation 12 (Safe care and treatment) of the Health and Social "
                   "Care Act 2008 (Regulated Activities) Regulations 2014.", report_types=ASC)
    assert "not detailed enough" not in _all(lines)
    assert "are completed" in lines["a"] and "are detailed enough to guide staff" in lines["a"]


def test_had_also_failed_to_notify_is_the_duty_to_notify():
    lines = _lines("The provider had also failed to notify CQC of three safeguarding allegations, which was a breach of "
                   "regulation 18 (Notification of other incidents) of the Care Quality Commission (Registration) "
                   "Regulations 2009.", report_types=ASC)
    assert "also notifies" not in _all(lines) and "which is a breach" not in _all(lines)
    assert "(notify CQC of three safeguarding allegations)" in lines["b"]


def test_checks_that_were_overdue_are_a_finding_not_the_goal():
    lines = _lines("The provider was in breach of regulation 18 (Staffing) because staff had not completed training in "
                   "stoma care and moving and handling competency checks were overdue.", report_types=ASC)
    assert "checks are overdue" not in _all(lines)
    assert "report found (moving and handling competency checks were overdue)" in lines["b"]


def test_a_plan_out_of_date_is_a_finding_not_the_goal():
    lines = _lines("Three people at risk of falls did not have sensor mats in place, and one person’s diabetes care plan "
                   "was out of date. This was a breach of regulation 12 (Safe care and treatment) of the Health and "
                   "Social Care Act 2008 (Regulated Activities) Regulations 2014.", report_types=ASC)
    assert "is out of date" not in _all(lines) and "report found (one person’s diabetes care plan was out of date)" in lines["b"]


def test_visits_that_were_late_are_a_finding_not_the_goal():
    lines = _lines("People were happy with their care workers. However, calls were often late or shorter than planned, "
                   "risks to people were not always assessed, and the provider had not identified this. We identified 2 "
                   "breaches of regulation relating to safe care and treatment and staffing.", report_types=ASC)
    assert "are often late" not in _all(lines) and "risks to people are assessed" in lines["a"]


def test_a_subject_listing_verbs_is_not_split_at_its_comma():
    lines = _lines("Systems to assess, monitor and improve the quality and safety of the service were not operated "
                   "effectively, and records of people’s care were not accurate or complete.", report_types=ASC)
    assert "systems to assess, monitor and improve the quality" in lines["a"]
