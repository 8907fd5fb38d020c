"""Merging by what is asked about a wait: to shorten it, or to keep those who wait safe (pipeline/waits.py).

Merge round fifteen (issue 12): word overlap merged "reduce the wait" with "watch the people on the
list", which share the service, the thing waited for and the waiting. Statements are written here,
not copied from an evaluation set; the merge tests fail without `wait_apart` in pipeline/merge.py.
"""

from merge_findings import filed, together

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.waits import wait_apart

ACCESS = "Access and flow"


def apart(a: str, b: str) -> bool:
    return bool(wait_apart([[x for x in asks(a) if x.required], [x for x in asks(b) if x.required]])[0, 1])


def test_a_shorter_wait_is_not_the_safety_of_those_who_wait():
    shorter = filed("The trust should reduce waiting times for memory assessments in older people's services.", "a", ACCESS)
    watched = filed("The trust must ensure that people waiting for a memory assessment are contacted regularly and "
                    "their risk reviewed while they wait.", "b", ACCESS)
    standard = filed("The trust should improve performance against the 12-week standard for memory assessments.", "c",
                     ACCESS)
    monitored = filed("The trust must ensure that people on the memory assessment waiting list are monitored for "
                      "changes in risk.", "d", ACCESS)
    assert not together(shorter, watched)
    assert not together(standard, monitored)


def test_two_asks_to_shorten_a_wait_or_two_to_keep_waiters_safe_still_merge():
    shorter = filed("The trust should reduce waiting times for memory assessments in older people's services.", "a", ACCESS)
    sooner = filed("Ensure that people waiting for a memory assessment are seen within 12 weeks of referral.", "b", ACCESS)
    watched = filed("The trust must ensure that people waiting for a memory assessment are contacted regularly and "
                    "their risk reviewed while they wait.", "c", ACCESS)
    monitored = filed("The trust should monitor the risk of people on the memory assessment waiting list.", "d", ACCESS)
    assert together(shorter, sooner)
    assert together(watched, monitored)


def test_how_an_ask_reads_a_wait():
    """Time words inside an ask for people who wait describe their wait; such an ask shortens it only
    when it says to reduce it or to see them within a time."""
    reduce = "The practice should reduce the waits for routine appointments."
    assert apart(reduce, "Ensure patients waiting for a routine appointment receive timely welfare calls.")
    assert apart(reduce, "Ensure that callers awaiting a call-back are re-triaged when their symptoms change.")
    assert not apart(reduce, "Ensure that the number of patients waiting over 18 weeks is reduced.")
    assert not apart(reduce, "Ensure that patients on the waiting list are seen within four weeks.")
    assert not apart(reduce, "Ensure patients waiting for a routine appointment receive welfare calls. "
                             "The practice must also offer more appointments in the evening.")
    assert not apart("Ensure that staff complete safeguarding training.",
                     "Ensure patients waiting for a routine appointment receive timely welfare calls.")
    # "reduce" says a wait is shorter only of the people who wait; of anything else it names no time
    assert not apart("The practice should reduce the number of missed appointments.",
                     "Ensure patients waiting for a routine appointment receive timely welfare calls.")
