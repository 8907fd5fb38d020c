"""Merge round fifty-eight: look-alikes of prison, substance misuse, GP, dental and community wordings merged
on a shared place, population or programme word, and abbreviations not tied to their expansions. Statements are
written here, not copied from an evaluation set; each test fails without the vocabulary change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.terms import terms_many


def test_each_national_screening_programme_is_its_own_issue():
    """vocab/synonyms.toml `bowel_screening`, `breast_screening` (general first: still screening uptake) and the
    issue_terms.toml family "screening or immunisation programme"."""
    cervical = "The practice should increase the number of eligible women who attend for cervical screening."
    assert not tagged_together(cervical, "The practice should increase the uptake of bowel cancer screening.")
    assert not tagged_together(cervical, "The practice should improve breast screening uptake.")
    assert tagged_together("The practice should improve uptake of the bowel screening programme.",
                           "The practice should increase the number of patients taking part in bowel cancer "
                           "screening.")


def test_inadequate_samples_followed_up_are_sample_tracking_not_uptake():
    """vocab/synonyms.toml `sample_tracking`: a sample returned as inadequate is followed by the failsafe."""
    assert "sample_tracking" in terms_many(["Women whose samples are inadequate should be recalled."])[0]
    assert not tagged_together("The practice should improve cervical screening uptake among eligible patients.",
                               "The practice should ensure that women whose cervical samples are inadequate are "
                               "contacted for a repeat test.")


def test_instruments_decontaminated_are_not_surfaces_cleaned():
    """vocab/issue_terms.toml: "instrument" is an issue word."""
    instruments = "The practice must make sure reusable instruments are decontaminated in line with HTM 01-05."
    assert not tagged_together(instruments, "The practice must make sure work surfaces in the treatment rooms are "
                                            "cleaned between patients in line with HTM 01-05.")
    assert tagged_together(instruments, "The provider must ensure that the decontamination of dental "
                                        "instruments follows HTM 01-05.")


def test_abbreviations_meet_their_expansions():
    """vocab/synonyms.toml `opioid_substitution` (OST), `blood_borne_virus` (BBV), `acct`, `missed_appointment`
    (DNA), each one term whichever way it is written."""
    for short, full, term in (("OST", "opioid substitution therapy", "opioid_substitution"),
                              ("BBV", "blood-borne virus", "blood_borne_virus"),
                              ("ACCT", "assessment, care in custody and teamwork", "acct"),
                              ("DNA", "did not attend", "missed_appointment")):
        assert term in terms_many([f"Staff should record each {short} plan."])[0], short
        assert term in terms_many([f"Staff should record each {full} plan."])[0], full
    assert tagged_together("The service should make sure clients on OST have their prescriptions reviewed.",
                           "The service should ensure that prescriptions for opioid substitution therapy are "
                           "reviewed for every client.")


def test_unable_to_consent_reads_as_lacking_capacity():
    """vocab/synonyms.toml `mca`: "unable to consent" as "lack capacity to consent"."""
    assert "mca" in terms_many(["Staff should act in patients' best interests when they are unable to consent."])[0]


def test_a_camhs_ward_by_its_full_name():
    """vocab/synonyms.toml `camhs`: a child and adolescent mental health ward or unit is a CAMHS setting, not a
    child and an adult mental health unit."""
    assert "camhs" in terms_many(["Staff on the child and adolescent mental health ward should be trained."])[0].values()


def test_a_controlled_drugs_check_at_handover_is_not_stock_returned():
    """vocab/issue_terms.toml family "what is done with medicines stock": a count at shift handover."""
    assert not tagged_together("The trust should ensure that controlled drugs are counted by two nurses at every "
                               "shift handover on the rehabilitation wards.",
                               "The trust should ensure that controlled drugs no longer needed on the "
                               "rehabilitation wards are returned to pharmacy.")


def test_an_authorisation_to_give_anticipatory_medicines_is_not_their_disposal():
    """vocab/issue_terms.toml family "a medicine prescribed ahead or its stock accounted for"."""
    assert not tagged_together("The trust must make sure community nurses give anticipatory medicines only against "
                               "a signed authorisation.",
                               "The trust should ensure that anticipatory medicines left at home after a death are "
                               "recorded and disposed of safely.")


def test_a_fall_followed_up_is_not_falls_risk_assessed():
    """vocab/synonyms.toml `falls post_fall`: patients who fall and are checked for injury."""
    assert not tagged_together("The trust must ensure that every patient has a falls risk assessment on admission "
                               "to the ward.",
                               "The trust must ensure that patients who fall on the ward are checked for injury "
                               "before they are helped up.")


def test_prison_reception_and_release_are_two_handovers():
    """vocab/synonyms.toml `custody_reception`, `custody_release` and their exclusive family; "on reception" is
    not a GP practice's front desk."""
    assert "reception" not in terms_many(["Prisoners should see a nurse on reception."])[0]
    assert not tagged_together("The provider should ensure that prisoners have a naloxone kit on release.",
                               "The provider should ensure that prisoners have a naloxone kit on reception.")


def test_parents_and_carers_say_whose_care_not_what_is_asked():
    """vocab/issue_terms.toml `topic`: parents, carers, relatives and clients are topic words."""
    assert not tagged_together("The trust must ensure that young people's parents or carers are told promptly after "
                               "their child has been held in restraint.",
                               "The trust must ensure that young people's parents or carers are involved in "
                               "planning their care where appropriate.")


def test_staff_trained_in_a_thing_is_not_the_thing_done():
    """pipeline/merge.py `_trained_apart`: the course and the practice are two fixes; training listed among other
    support, or given to patients, is left to the word score."""
    practice = "The trust must ensure that staff on the older adult wards use only the moving and handling techniques " \
               "the trust approves."
    assert not tagged_together(practice, "The trust must ensure that staff on the older adult wards are trained in "
                                         "the moving and handling techniques the trust approves.")
    assert tagged_together("The trust must ensure that nurses receive such appropriate support, training, supervision "
                           "and appraisal as is necessary for their role.",
                           "The trust must ensure nurses have regular supervision and an annual appraisal.")
