"""Merge round sixty-three: mental health, learning disability, social care and substance misuse wordings. Look-alikes
that ask one thing of two objects (a weight or a blood pressure, a catheter or epilepsy care plan, window restrictors
or fire doors, consent to share information or to be filmed, staff's views or people's, a wait on the day or on the
list, a missed appointment or one offered to suit, a best-interests decision or a DoLS authorisation, incidents or the
accommodation, a blanket practice or a practice kept to its policy, a risk assessment kept current or the wait to be
assessed) and people told how to complain against complaints handled; paraphrases that tell people their rights and a
restriction not applied to everyone. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects_many
from cqcplan.pipeline.terms import terms_many


def test_a_weight_is_not_a_blood_pressure():
    """vocab/issue_terms.toml "weight or vital signs": a blood pressure named alone is one of the vital signs."""
    assert not tagged_together("The home must make sure each resident is weighed monthly on the nursing unit.",
                               "The home must make sure each resident's blood pressure is taken monthly on the "
                               "nursing unit.")


def test_a_catheter_care_plan_is_not_an_epilepsy_care_plan():
    """vocab/issue_terms.toml "which condition a care plan is for": a urinary catheter is one more condition."""
    assert not tagged_together("The service must make sure each person's care plan tells staff how to look after "
                               "their urinary catheter.",
                               "The service must make sure each person's care plan tells staff how to look after "
                               "their epilepsy.")


def test_window_restrictors_are_not_fire_doors():
    """vocab/issue_terms.toml "a window restrictor or a fire safety fitting"."""
    assert not tagged_together("The home should test the window restrictors in the upstairs bedrooms each month and "
                               "replace any that are broken.",
                               "The home should test the fire doors in the upstairs corridor each month and replace "
                               "any that are broken.")


def test_consent_to_share_information_is_not_consent_to_cameras():
    """vocab/synonyms.toml `cctv` and the family "what a person consents to"."""
    assert not tagged_together("The service should obtain and record each person's consent before sharing "
                               "information about them with other agencies.",
                               "The service should obtain and record each person's consent before closed circuit "
                               "television is used in the lounge.")


def test_staff_views_are_not_the_views_of_people_using_the_service():
    """vocab/synonyms.toml `engagement` (feedback from staff) and the family "whose views are sought"."""
    assert "engag" in terms_many(["The manager should ask for feedback from staff each quarter."])[0]
    assert not tagged_together("The registered manager should ask for feedback from staff each quarter and use it "
                               "to improve the service.",
                               "The registered manager should ask people who use the service for feedback each "
                               "quarter and use it to improve the service.")


def test_a_wait_in_reception_is_not_the_wait_for_treatment():
    """vocab/synonyms.toml `clinic_delay` (a wait in reception) and the family "where people wait"."""
    assert "clinic_delay" in terms_many(["People should not have to wait in reception for long."])[0]
    assert not tagged_together("The clinic should cut how long people wait in reception on the day of their "
                               "appointment.",
                               "The clinic should cut how long people wait on the waiting list for their first "
                               "appointment.")


def test_a_missed_appointment_is_not_an_appointment_offered_to_suit():
    """vocab/synonyms.toml `appointment_choice` and the family "an appointment missed or offered to suit"."""
    assert not tagged_together("The team should contact people who miss an appointment with the recovery worker, "
                               "as its policy sets out.",
                               "The team should give people appointments with the recovery worker at times that "
                               "suit them.")


def test_a_best_interests_decision_is_not_a_dols_authorisation():
    """vocab/issue_terms.toml "a best-interests decision or a DoLS authorisation"."""
    assert not tagged_together("The home must ensure that families of residents who lack capacity are consulted "
                               "about best interests decisions on the dementia unit.",
                               "The home must ensure that residents on the dementia unit who lack capacity and are "
                               "kept in have a Deprivation of Liberty Safeguards authorisation applied for.")


def test_incidents_on_a_mixed_ward_are_not_its_bedroom_corridors():
    """vocab/synonyms.toml `mixed_sex sleeping_area` (bedroom corridors) and the family "an incident handled or the
    accommodation separated"."""
    assert "sleeping_area" in terms_many(["Men and women have separate bedroom corridors."])[0]
    assert not tagged_together("The trust must make sure incidents on its mixed-sex rehabilitation ward are "
                               "reported and reviewed.",
                               "The trust must make sure its mixed-sex rehabilitation ward has separate bedroom "
                               "corridors for men and women.")


def test_a_blanket_practice_reviewed_is_not_the_practice_done_to_policy():
    """vocab/issue_terms.toml "a blanket practice reviewed or a practice kept to policy"."""
    assert not tagged_together("The trust must review its blanket rule of checking the bags of every visitor to the "
                               "ward, so that checks rest on individual risk.",
                               "The trust must make sure staff check the bags of visitors to the ward as its policy "
                               "requires.")


def test_a_restriction_not_applied_to_everyone_is_a_blanket_restriction():
    """vocab/synonyms.toml `blanket restriction`: the Code's definition said the other way round."""
    found = terms_many(["Restrictions on the ward, such as a locked lounge, should be not applied to everyone."])[0]
    assert "blanket" in found
    assert tagged_together("The trust must review the blanket restrictions on Ash ward, such as the locked lounge, "
                           "so each rests on individual risk. (Regulation 13(4)(b))",
                           "The trust must make sure that restrictions at Birch House, such as the locked lounge, "
                           "are based on each person's risk and are not applied to everyone. (Regulation 13(4)(b))")


def test_a_risk_assessment_kept_current_is_not_the_wait_to_be_assessed():
    """vocab/issue_terms.toml "a risk assessment kept current or the wait to be assessed"."""
    assert not tagged_together("The trust must make sure that people referred to the early intervention team have "
                               "a risk assessment that is reviewed at every visit.",
                               "The trust must make sure that people referred to the early intervention team are "
                               "seen for assessment within the target time.")


def test_knowing_how_to_complain_is_not_complaints_handled():
    """pipeline/informing.py: people who know how to do a thing, or a procedure on display, are told about it."""
    assert not tagged_together("The home should make sure residents know how to raise a complaint and that its "
                               "complaints policy is on display in the hallway.",
                               "The home should make sure that complaints are logged and looked into as its "
                               "complaints policy sets out.")


def test_rights_told_are_information():
    """vocab/aspects.toml `information` ("told of", "reminded of"): rights told and rights reminded are one duty."""
    assert all("information" in a for a in aspects_many(["Detained patients are told of their rights.",
                                                        "Detained patients are reminded of their rights."]))
    assert tagged_together("The trust must ensure detained patients are told of their rights under section 132 "
                           "when admitted and again every month, and that this is recorded. (Regulation 9)",
                           "The trust should ensure detained patients are reminded of their rights under the Mental "
                           "Health Act often and in words they can follow.")
