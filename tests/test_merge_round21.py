"""Merge round twenty-one (issue 12): look-alikes two fresh sets merged, each a different detail
needing its own fix. Statements are written here, not copied from an evaluation set; each test
fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.aspects import asked_aspects
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


def test_a_copy_given_to_the_person_is_not_what_the_document_says():
    """vocab/aspects.toml `information` ("given a copy") and `content` ("specify"): handing people
    their own document and what that document must say are two actions on one form."""
    given = "The trust should ensure that detained patients are given a copy of their section 17 leave authorisation."
    assert "information" in asked_aspects([given])[0]
    says = "The trust must ensure that section 17 leave authorisations clearly specify any escort required."
    assert "content" in asked_aspects([says])[0]
    assert not tagged_together(given, says)
    assert tagged_together(given, "The trust must make sure patients receive a copy of their section 17 leave "
                                  "authorisation.")
    # both asking for the content and the copy, in other words, stay one action
    assert tagged_together("The ward should ensure leave forms specify the escort required and are shared with the "
                           "patient.", "The trust should make sure section 17 leave forms clearly state the escort "
                                       "required and that patients are given a copy.")
