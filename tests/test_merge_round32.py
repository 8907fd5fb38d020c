"""Merge round thirty-two (DX pairs as development): a duty for the people a risk or a score picks out shares
that score only in who it is for ("people whose MUST score shows they are at high risk are referred"), so it
is not the duty to work the score out. Statements are written here, not copied from an evaluation set; each
test fails without the change it names.
"""

from merge_findings import tagged_together


def test_those_a_score_picks_out_are_a_condition_not_the_act():
    """pipeline/preconditions.py `_SELECTED`: referring those a screening score puts at risk, or escalating
    those over a score, is another action from scoring accurately; the same score asked twice still meets."""
    assert not tagged_together("The provider must ensure that people whose MUST score shows they are at risk "
                               "of malnutrition are referred to the dietetic service promptly.",
                               "The provider should ensure that MUST scores are calculated accurately and "
                               "reviewed monthly.")
    assert not tagged_together("The trust must ensure that patients with a PEWS score of 3 or more are "
                               "escalated to the nurse in charge.",
                               "The trust must ensure that staff calculate PEWS scores correctly.")
    assert tagged_together("The provider must ensure that people's MUST scores are reviewed monthly.",
                           "The provider should make sure that MUST scores are calculated accurately.")
