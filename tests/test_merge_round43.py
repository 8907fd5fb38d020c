"""Merge round forty-three (an outside pair set of mental health, learning disability, care home, hospice,
community health, maternity and children's look-alikes, as development): a secure ward is a setting, not a
thing kept secure; a Deprivation of Liberty application goes to the local authority, a notification to CQC;
a person's capacity assessed is not their consent signed; leave authorised by the responsible clinician is
not the risk assessed before it. Statements are written here, not copied from an evaluation set; each
look-alike merged before the change its test names, and each paraphrase still merges.
"""

from merge_findings import tagged_together


def test_a_secure_ward_is_a_setting_not_a_thing_kept_secure():
    """vocab/synonyms.toml `secure_service`: "medium secure" says where, and shared no "secure" with a
    security induction or records kept securely."""
    assert not tagged_together("The trust must ensure there are enough registered nurses on every shift on the low "
                               "secure wards.",
                               "The trust must ensure bank staff on the low secure wards have a security induction "
                               "before their first shift.")
    assert not tagged_together("The provider should ensure there are sufficient staff on each shift in the medium "
                               "secure unit.",
                               "The provider should ensure temporary staff in the medium secure unit complete a "
                               "security briefing before each shift.")
    assert tagged_together("The trust must ensure patients on the forensic wards have an annual physical health "
                           "check.",
                           "Staff in the secure service should complete each patient's annual physical health "
                           "check.")


def test_a_dols_application_goes_to_the_local_authority_a_notification_to_cqc():
    """vocab/issue_terms.toml "who is told: the local authority or CQC": the supervisory body gets the
    application, CQC the notification of its outcome."""
    assert not tagged_together("The registered manager must submit applications to the local authority for "
                               "Deprivation of Liberty Safeguards authorisations when people cannot leave the home.",
                               "The registered manager must notify CQC when a Deprivation of Liberty Safeguards "
                               "application has been granted.")
    assert not tagged_together("The provider should apply to the supervisory body for DoLS authorisations for "
                               "people who lack capacity to agree to their care.",
                               "The provider should send CQC statutory notifications of DoLS authorisations.")
    assert tagged_together("The registered manager must notify CQC of the outcome of DoLS applications.",
                           "The provider must send statutory notifications to CQC when DoLS authorisations are "
                           "granted.")


def test_a_capacity_assessed_is_not_a_consent_signed():
    """vocab/issue_terms.toml "capacity assessed or consent signed": two records."""
    assert not tagged_together("Community nurses must complete mental capacity assessments for patients who may "
                               "be unable to consent to having their leg ulcers photographed.",
                               "Community nurses must obtain signed consent before photographing patients' leg "
                               "ulcers.")
    assert not tagged_together("Staff should assess and record people's capacity to agree to the use of bed "
                               "sensors.",
                               "Staff should make sure people sign consent forms for the use of bed sensors.")
    assert tagged_together("Staff must assess and record patients' mental capacity before giving dental "
                           "treatment.",
                           "The practice must ensure that mental capacity assessments are completed and recorded "
                           "for patients who may lack capacity to consent to dental treatment.")


def test_leave_authorised_by_the_responsible_clinician_is_not_the_risk_assessed_before_it():
    """vocab/aspects.toml `authorisation`: a form signed by the responsible clinician is the authority given."""
    assert not tagged_together("Nurses must complete and record a risk assessment before each patient takes "
                               "section 17 leave.",
                               "Nurses must ensure section 17 leave forms set out the conditions of leave and are "
                               "signed by the responsible clinician.")
    assert not tagged_together("The trust should ensure a risk assessment is recorded before patients go on "
                               "section 17 leave.",
                               "The trust should ensure each section 17 leave form is signed by the RC.")
    assert tagged_together("Staff must ensure section 17 leave forms are signed by the responsible clinician.",
                           "The trust must ensure that all section 17 leave is authorised by the responsible "
                           "clinician on the leave form.")


def test_a_review_at_set_intervals_is_not_the_assessment_on_admission():
    """pipeline/renewals.py: "hourly", "daily" or "each shift" repeats; "on admission" is the first time."""
    assert not tagged_together("Midwives must carry out a documented fresh eyes review of the CTG every hour.",
                               "Midwives must complete a risk assessment on admission in labour to decide whether "
                               "continuous CTG monitoring is needed.")
    assert not tagged_together("Nurses should review each patient's falls risk assessment every shift.",
                               "Nurses should complete a falls risk assessment for each patient on admission.")
    assert tagged_together("Midwives must complete hourly fresh eyes reviews of CTG traces.",
                           "Midwives should carry out a fresh eyes review of each CTG trace every hour and record "
                           "it.")
