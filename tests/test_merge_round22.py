"""Merge round twenty-two (issue 12): look-alikes a fresh set merged and paraphrases it split, each
put down to a word read as something it is not. Statements are written here, not copied from an
evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import asked_aspects
from cqcplan.pipeline.terms import terms_many


def test_a_hyphenated_referral_to_treatment_time_is_a_wait_not_a_referral():
    """vocab/aspects.toml `timeliness`: "referral-to-treatment" as "referral to treatment" (the
    hyphens are kept as tokens), not "referral" (reporting)."""
    hyphenated = "The trust should reduce referral-to-treatment times in ophthalmology."
    assert asked_aspects([hyphenated])[0] == {"timeliness"}
    assert tagged_together(hyphenated, "The trust must ensure that ophthalmology patients are treated within the "
                                       "18-week referral to treatment standard.")


def test_a_place_named_as_where_is_not_the_premises_to_put_right():
    """vocab/aspects.toml `ignore`: leaving the building (an evacuation) and "at the premises" (where
    a thing is shown or kept) name no environment aspect; premises to be repaired still do."""
    assert "environment" not in asked_aspects(["Staff should know which patients need help to leave the building "
                                               "in a fire."])[0]
    assert "environment" not in asked_aspects(["The practice must display its rating at the premises."])[0]
    assert "environment" in asked_aspects(["The provider must ensure the premises are kept in a good state of "
                                           "repair."])[0]
    assert tagged_together("The home should ensure every resident who needs help to leave the building in a fire "
                           "has a PEEP.", "The registered manager must make sure each resident has a personal "
                                          "emergency evacuation plan.")
    assert tagged_together("The surgery should show its latest CQC rating on its website and at the premises.",
                           "The provider must display its CQC rating on the practice website.")


def test_a_delayed_discharge_in_any_word_order_is_one_flow_problem():
    """vocab/synonyms.toml `flow` ("discharge is delayed") and `discharge` ("leave hospital" is being
    discharged, not section 17 leave)."""
    delayed = "The trust should reduce the number of patients whose discharge is delayed."
    assert "flow" in terms_many([delayed])[0]
    leaving = terms_many(["Patients who no longer need acute care should leave hospital without delay."])[0]
    assert "leav" not in leaving and "discharg" in leaving
    assert tagged_together(delayed, "The service should tackle delayed discharges so that patients who are "
                                    "medically fit leave hospital promptly.")


def test_an_omitted_dose_is_its_own_entry_on_the_chart():
    """vocab/synonyms.toml `omitted_dose`, a member of the issue_terms.toml family "what a prescription
    chart must show": why a dose was not given is not the patient's allergies."""
    omitted = "The ward should ensure that the reason for every omitted dose is recorded on the drug chart."
    assert "omitted_dose" in terms_many([omitted])[0]
    assert "omitted_dose" in terms_many(["Staff should act when a patient misses a dose of insulin."])[0]
    assert not tagged_together(omitted, "The ward should ensure that patients' allergies are recorded on the drug "
                                        "chart.")
    assert tagged_together(omitted, "The ward must make sure staff record on the medication chart why doses were "
                                    "missed.")


def test_a_culture_or_faith_is_not_a_texture_of_food():
    """vocab/synonyms.toml `cultural_need`, against the texture a swallowing assessment sets (the
    issue_terms.toml family "which need a diet meets")."""
    texture = "The home should ensure residents receive the texture-modified meals their speech and language " \
              "therapist recommends."
    culture = "The home should ensure residents are offered meals that meet their religious and cultural needs."
    assert "cultural_need" in terms_many([culture])[0]
    assert not tagged_together(texture, culture)
    assert tagged_together(culture, "The provider should make sure that halal and kosher meals are available to "
                                    "residents who need them.")


def test_pbs_is_positive_behaviour_support_to_the_tag_stage_too():
    """vocab/cues.toml (patient risk): "PBS" names the theme its expansion names, so a plan called by
    its abbreviation is not filed apart from the same plan spelled out."""
    assert tagged_together("The trust must ensure patients with a learning disability have positive behaviour "
                           "support plans in place.",
                           "The ward should make sure every patient whose behaviour may challenge has a current PBS "
                           "plan.")


def test_an_in_date_service_label_is_servicing_not_an_expiry_date():
    """vocab/synonyms.toml `equipment_servicing`: a service label (in date or not) shows when the
    equipment was serviced, not a medicine's or consumable's expiry."""
    label = "The service should ensure that every hoist has an in-date service label."
    assert "equipment_servicing" in terms_many([label])[0]
    assert "expiry" not in terms_many([label])[0]
    assert tagged_together(label, "The provider must ensure that hoists are serviced and maintained.")
