"""Merge round fifty-three (the outside set IH, a community health trust's adults, inpatients and end of life care
reports): a referral made against the referrer told its outcome, and a device monitored while it runs against its
servicing. Statements are written here, not copied from an evaluation set; each test fails without the change its
docstring names.
"""

from merge_findings import filed, together

from cqcplan.models import Finding
from cqcplan.pipeline.handling import handling_apart
from cqcplan.pipeline.similarity import distinct_specifics
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def test_the_referrer_told_the_outcome_is_not_the_referral_made():
    """pipeline/handling.py: feedback to whoever raised a concern about the outcome of their referral is the
    receiving team's step; referring the concern (the verb a referral is named from) is the referrer's."""
    refer = "Ward staff must refer any concern that a patient is being abused to the local authority."
    told = "Staff who raise a concern about abuse should get feedback on the outcome of their referral."
    assert handling_apart([refer, told])[0, 1]
    assert handling_apart(["Staff must make a referral to the local authority for each concern about abuse.", told])[0, 1]
    # both ask the feedback: one step, left to the word score
    other = "The safeguarding team should give feedback about the outcome of each referral to the member of staff."
    assert not handling_apart([other, told])[0, 1]


def test_a_monitoring_chart_kept_in_use_is_not_the_servicing():
    """vocab/issue_terms.toml "servicing or routine check": a device's monitoring chart, kept by the staff while it
    runs, is the routine check, not the engineers' planned maintenance."""
    chart, serviced = terms_many([
        "Nurses must fill in the infusion pump monitoring chart at the times the policy sets.",
        "Infusion pumps should be serviced in line with the manufacturer's guidance and listed on the equipment register.",
    ])
    assert distinct_specifics(chart, serviced)
    assert not together(filed("Nurses must fill in the infusion pump monitoring chart at the times the policy sets.",
                              "a", "Environment and equipment"),
                        filed("Infusion pumps should be serviced in line with the manufacturer's guidance and listed "
                              "on the equipment register.", "b", "Environment and equipment"))


def test_a_syringe_driver_monitored_while_it_runs_is_medicines():
    """vocab/cues.toml safe.medicines: a syringe driver monitored while it runs is its infusion's medicines, as one
    checked is; one serviced stays equipment."""
    def theme(text: str) -> str:
        return tag([Finding(id="M1", kind="must", text=text, file="r.pdf", page=3, section="")], [])[0].theme

    assert theme("The hospice must ensure that syringe driver monitoring is recorded at the frequency its policy sets.") \
        == "Medicines"
    assert theme("Staff must monitor each syringe pump in use and note the volume left.") == "Medicines"
    assert theme("The hospice must ensure syringe drivers are serviced every year.") == "Environment and equipment"
