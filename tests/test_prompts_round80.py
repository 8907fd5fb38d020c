"""Prompts for outside readers' misfits (judge101), each by a rule for a class of statement: a thing kept "at each team base"
is no team to tell; a call back is timed from when it fell due, not from an arrival (prompts80). Wordings are new, not the
reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import named_staff

CORE = dict(report_types=["core-service-inspection-report"])
EOC = dict(services=["Emergency operations centre (EOC)"], **CORE)
COMMUNITY = dict(services=["Community-based mental health services for adults of working age"], **CORE)


def test_a_thing_kept_at_each_team_base_is_no_team_to_tell():
    assert named_staff("The provider should ensure that the resuscitation trolley at each team office is checked daily.") == ""
    assert named_staff("The trust should ensure that the first aid kit in every team base is restocked.") == ""
    assert named_staff("The trust should ensure that the home treatment team reviews each referral.") == "the home treatment team"
    _, told, *_ = lowered_lines("The trust should ensure that the defibrillator at each team base is checked every week.",
                                **COMMUNITY)
    assert "tell the defibrillator" not in told, told


def test_a_call_back_is_timed_from_when_it_fell_due_not_from_an_arrival():
    *_, check, evidence = lowered_lines("The trust must ensure that callers assessed as needing a clinician's call back are "
                                        "called back within the time their triage category sets.", **EOC)
    assert "arrival" not in check and "attendance log" not in evidence, (check, evidence)
    assert "call-back's time due" in check, check
