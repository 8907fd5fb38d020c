"""Merge round forty-four (a mental health trust's three core-service reports and an acute trust's, as
development): same-issue statements of a trust's reports left apart because one wording's theme was only
guessed, or a plain word missing. A referral to the local authority is Safeguarding whatever raised it, a
patient placed on another specialty's ward is an outlier however named, telling CQC is notifying it, and a
steriliser is the autoclave. Statements are written here, not copied from an
evaluation set; each paraphrase stayed apart before the change its test names, and a look-alike stays apart.
"""

from merge_findings import tagged_together


def test_a_referral_to_the_local_authority_is_safeguarding_whatever_raised_it():
    """vocab/cues.toml `safe.safeguarding_referral`: the incident that meets the threshold only says when."""
    assert tagged_together("The provider must ensure that staff make safeguarding referrals to the local authority "
                           "whenever a resident is harmed by another resident.",
                           "The provider should ensure that incidents in which one resident harms another are "
                           "referred to the local authority and that the outcome is recorded.")
    assert tagged_together("The trust must ensure that staff recognise abuse and make safeguarding referrals to the "
                           "local authority when needed.",
                           "The trust should ensure that incidents of violence between patients on the wards are "
                           "referred to the local authority where a safeguarding referral is needed, and that their "
                           "outcome is recorded.")
    assert not tagged_together("The provider must ensure that staff make safeguarding referrals to the local "
                               "authority whenever a resident is harmed by another resident.",
                               "The provider should ensure that incidents are reported and investigated and that "
                               "learning is shared with staff.")


def test_patients_placed_on_another_specialtys_wards_are_outliers():
    """vocab/cues.toml `responsive.access`: the outlier's ward named by what it is not, as vocab/synonyms.toml
    reads it."""
    assert tagged_together("The service should reduce the number of medical patients placed on wards outside the "
                           "medical division.",
                           "The trust should reduce the number of medical outliers cared for on surgical wards.")
    assert tagged_together("The trust should ensure that fewer surgical patients are cared for on wards outside the "
                           "surgical division.",
                           "The trust should reduce the number of surgical outliers on the medical wards.")


def test_telling_cqc_is_notifying_it():
    """vocab/synonyms.toml `notification` and vocab/aspects.toml `reporting`: the duty in plain words."""
    assert tagged_together("The registered manager must notify CQC of allegations of abuse.",
                           "The provider should tell the Commission promptly about any alleged abuse of people who "
                           "use the service.")
    assert tagged_together("The registered manager must submit statutory notifications to CQC when people using the "
                           "service are seriously injured.",
                           "The provider should tell CQC without delay about serious injuries to people using the "
                           "service.")
    assert not tagged_together("The provider must make safeguarding referrals to the local authority when abuse is "
                               "alleged.",
                               "The registered manager should tell the Commission without delay about any alleged "
                               "abuse.")


def test_a_steriliser_is_the_autoclave_for_its_theme_too():
    """vocab/cues.toml `safe.infection_control`: vocab/synonyms.toml reads a steriliser as the autoclave; its
    theme is instrument decontamination, not a guess from the rest of the wording."""
    assert tagged_together("The practice must make sure that its autoclave is validated every year.",
                           "The provider should have the steriliser's performance checked by an engineer, as HTM "
                           "01-05 requires.")
    assert not tagged_together("The practice must make sure that its autoclave is validated every year.",
                               "The practice should ensure that the dental chair is serviced every year.")
