"""Merge round twenty-three (issue 12): look-alikes a fresh pair set and a trust's reports merged,
and paraphrases they split, each put down to a kind of thing the vocabulary lumped or a wording it
did not read. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import asked_aspects
from cqcplan.pipeline.terms import terms_many


def test_a_discharge_summary_is_not_discharge_planning():
    """vocab/synonyms.toml `discharge_summary` (apart from `discharge_planning`, which now also reads an
    expected date and staff planning a discharge) and the issue_terms.toml family "what is done about a
    discharge": the letter sent to the GP after a discharge is not planning it from admission."""
    planning = "The ward should make sure that discharge planning begins as soon as a patient is admitted."
    assert "discharge_summary" in terms_many(["Discharge letters should reach the GP within two days."])[0]
    assert not tagged_together(planning, "The trust must ensure that discharge summaries are sent to GPs within "
                                         "48 hours of the patient leaving hospital.")
    assert tagged_together(planning, "The trust should ensure that each patient has an expected discharge date "
                                     "set soon after admission and that staff plan their discharge from then.")


def test_a_consultant_is_not_a_junior_doctor_in_a_staffing_ask():
    """vocab/issue_terms.toml family "grade of doctor": two rotas filled by two routes."""
    juniors = "The trust should ensure that enough junior doctors are on duty at night on the surgical wards."
    assert not tagged_together(juniors, "The trust must ensure there is enough consultant cover on the surgical "
                                        "wards.")
    assert tagged_together(juniors, "The trust must ensure that the surgical wards have sufficient junior doctors "
                                    "overnight.")
    assert tagged_together("The trust should ensure that there is sufficient consultant cover in the critical care "
                           "unit.", "The trust must ensure critical care has consultant presence in line with "
                                    "national guidance.")


def test_a_safeguarding_alert_on_a_record_is_a_flag_not_a_referral():
    """vocab/synonyms.toml: "safeguarding alerts" flag the record (`record_flag`); raising one is a referral
    (`safeguarding_referral`); the issue_terms.toml family "what is done about safeguarding" keeps the two
    apart."""
    flags = "The practice should make sure that safeguarding alerts are added to the records of children on a " \
            "child protection plan."
    assert "safeguarding_referral" not in terms_many([flags])[0]
    assert "safeguarding_referral" in terms_many(["Staff should raise safeguarding alerts with the local "
                                                  "authority."])[0]
    assert not tagged_together(flags, "The practice must ensure staff refer safeguarding concerns to the local "
                                      "authority without delay.")
    assert tagged_together(flags, "The practice should ensure that the records of vulnerable children are flagged.")


def test_indemnity_is_a_check_of_its_own():
    """vocab/issue_terms.toml family "recruitment check": a DBS check renewed for consultants is not the
    review of their practising privileges with their indemnity cover."""
    assert not tagged_together("The hospital should ensure that DBS checks of consultants with practising "
                               "privileges are renewed every three years.",
                               "The hospital should ensure that consultants' practising privileges are reviewed "
                               "every two years, including appraisal and indemnity.")


def test_the_who_checklist_spelled_out_with_its_abbreviation_or_by_its_steps():
    """vocab/synonyms.toml `who_checklist` ("World Health Organization (WHO) surgical safety checklist") and
    vocab/aspects.toml `ignore` (the debrief ending a list is a checklist step, not learning asked for)."""
    steps = "Theatre staff should complete the team brief, sign in, time out, sign out and debrief for every list."
    assert "learning" not in asked_aspects([steps])[0]
    assert "who_checklist" in terms_many(["The World Health Organization (WHO) surgical safety checklist must be "
                                          "used."])[0]
    assert tagged_together("The trust must ensure that every step of the World Health Organization (WHO) surgical "
                           "safety checklist is completed.", steps)
