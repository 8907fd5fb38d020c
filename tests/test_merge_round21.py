"""Merge round twenty-one (issue 12): look-alikes two fresh sets merged, each a different detail
needing its own fix. Statements are written here, not copied from an evaluation set; each test
fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.terms import terms_many
from cqcplan.pipeline.waits import wait_apart


def _wait_apart(a: str, b: str) -> bool:
    return bool(wait_apart([[x for x in asks(a) if x.required], [x for x in asks(b) if x.required]])[0, 1])


def test_validating_a_waiting_list_keeps_those_who_wait_safe():
    """pipeline/waits.py: an ask that the waiting list is validated is for the people who wait (who
    still needs to, at what priority), not a shorter wait, though "waiting list" names timeliness."""
    shorter = "The trust should improve referral to treatment times for ophthalmology so that patients start treatment within 18 weeks."
    validated = ("The trust must ensure that the ophthalmology waiting list is validated and that long waiters are "
                 "reviewed by a clinician.")
    assert _wait_apart(shorter, validated)
    assert _wait_apart(shorter, "The trust must ensure regular validation of the ophthalmology waiting list.")
    assert not tagged_together(shorter, validated)
    # two asks to validate stay comparable as before
    assert not _wait_apart(validated, "The trust should validate the ophthalmology waiting list every month.")


def test_a_safety_engineered_sharps_device_is_not_a_sharps_bin():
    """vocab/synonyms.toml `safer_sharps`: the device used on the patient, not the bin it goes into."""
    devices = "The service should introduce safer sharps devices for phlebotomy, as the sharps regulations require."
    assert "sharps_bin" not in terms_many([devices])[0]
    assert "safer_sharps" in terms_many([devices])[0]
    assert not tagged_together("The service must ensure sharps bins are signed and dated when assembled.", devices)
    assert tagged_together("The service must ensure sharps bins are signed and dated when assembled.",
                           "The service must make sure that sharps containers are labelled with the date they were "
                           "assembled.")


def test_a_difficult_airway_trolley_is_not_a_resuscitation_trolley():
    """vocab/synonyms.toml `difficult_airway` (the "checked equipment" family): theatre's airway
    trolley is checked with the anaesthetic equipment, a ward's resuscitation trolley for an arrest."""
    airway = "The trust must ensure that the difficult airway trolley in theatres is checked before each list."
    assert "resuscitation" not in terms_many([airway])[0]
    assert not tagged_together(airway, "The trust must ensure that resuscitation trolleys on the wards are checked "
                                       "every day and the checks recorded.")
    assert tagged_together(airway, "The trust must ensure that theatre staff check the difficult airway trolley "
                                   "before every operating list.")
