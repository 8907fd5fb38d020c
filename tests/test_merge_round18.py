"""Merge round eighteen (issue 12): look-alikes a fresh author's pairs merged, each a different detail
needing a different fix that a rule or the vocabulary can state. Statements are written here, not
copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import without_goal


def test_the_means_to_a_goal_is_what_is_asked():
    """pipeline/asks.py `without_goal`: two statements reaching one goal ("privacy and dignity are
    maintained") by different means are two actions, and one means is one action whatever goal it
    is said to serve."""
    bays = ("The trust must ensure that patients' privacy and dignity are maintained by providing single-sex "
            "bays on the stroke ward. (Regulation 10)")
    curtains = ("The trust must ensure that patients' privacy and dignity are maintained by closing curtains "
                "fully during examinations on the stroke ward. (Regulation 10)")
    assert not tagged_together(bays, curtains)
    assert tagged_together(bays, "The service should make sure that patients on the stroke ward are not "
                                 "cared for in mixed-sex bays.")
    assert without_goal("Ensure people's privacy is respected by knocking before entering their rooms.") == \
        "Ensure knocking before entering their rooms."
    kept = "Ensure risks are reduced by the end of the year."  # no means named: nothing to read past
    assert without_goal(kept) == kept
