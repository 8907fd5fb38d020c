"""Merge round eighteen (issue 12): look-alikes a fresh author's pairs merged, each a different detail
needing a different fix that a rule or the vocabulary can state. Statements are written here, not
copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.asks import without_goal
from cqcplan.pipeline.aspects import aspects


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
    for kept in ("Ensure risks to people are protected by the end of the year.",  # no means named
                 "Ensure staffing levels are met by using regular agency staff."):  # a figure, not a right kept
        assert without_goal(kept) == kept


def test_having_enough_equipment_is_not_servicing_it():
    """vocab/issue_terms.toml "enough equipment or servicing it": buying more is not maintaining."""
    serviced = "The provider should ensure that standing aids and hoists are serviced every six months."
    assert not tagged_together(serviced, "The provider should ensure there are enough standing aids and hoists "
                                         "for everyone who needs help to move.")
    assert tagged_together(serviced, "The provider must make sure hoists and standing aids receive their "
                                     "six-monthly servicing.")


def test_a_cancer_waiting_standard_is_not_referral_to_treatment():
    """vocab/synonyms.toml `cancer_wait` and the "planned care time standard" family."""
    cancer = "The trust should improve performance against the 62-day cancer treatment standard in urology."
    assert not tagged_together(cancer, "The trust should reduce the number of urology patients waiting longer "
                                       "than 18 weeks from referral to treatment.")
    assert tagged_together(cancer, "The trust must ensure that patients with urological cancer start treatment "
                                   "within 62 days of an urgent referral.")


def test_charting_what_people_eat_is_not_screening_them():
    """vocab/issue_terms.toml "what is done about a named risk": food and fluid charts are a fix of
    their own, not the nutritional screening on admission."""
    charts = "The home must ensure that food and fluid charts are completed for people at risk of weight loss."
    assert not tagged_together(charts, "The home must ensure that people are screened using a nutritional "
                                       "screening tool when they move in.")
    assert tagged_together(charts, "Staff should fully complete food and fluid charts for people at nutritional "
                                   "risk.")


def test_people_named_by_their_referral_are_whom_the_wait_is_for():
    """vocab/aspects.toml `ignore`: "patients referred to the service" says who waits, not a referral
    to be made, so it does not set a reporting aspect against the wait."""
    started = "The trust must ensure that people referred to the service start treatment within 18 weeks."
    assert "reporting" not in aspects(started)
    assert "reporting" in aspects("Staff should ensure that patients are referred to the dietitian.")
    assert tagged_together(started, "The trust should reduce the number of patients in gynaecology waiting longer "
                                    "than 18 weeks from referral to treatment.")
