"""Merge round thirty-three (EB pairs as development): finding the people at risk and treating them are two
actions though both name the risk; "at all times" names no time; a steriliser is the autoclave and the eye
clinic ophthalmology. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together


def test_treating_those_a_risk_picks_out_is_not_assessing_the_risk():
    """pipeline/preconditions.py `_PICKED_OUT` and vocab/synonyms.toml `thromboprophylaxis`: clots prevented for
    the people at risk is another duty from the VTE risk assessment, named setting and all."""
    assert not tagged_together("The trust must make sure that medical patients at risk of venous thromboembolism are "
                               "given their thromboprophylaxis on time.",
                               "The trust should ensure that VTE risk assessments are completed for medical patients "
                               "on admission.")
    assert tagged_together("The trust must make sure VTE prophylaxis is given as prescribed.",
                           "The trust should ensure that patients receive their prescribed thromboprophylaxis.")


def test_antibiotics_for_suspected_sepsis_are_not_the_screening():
    """pipeline/preconditions.py `_PICKED_OUT` and vocab/synonyms.toml `time_to_antibiotics`: the hour to
    antibiotics for those with suspected sepsis is not the screening that finds them; a statement asking both
    still meets one asking both."""
    assert not tagged_together("The trust must ensure that children with suspected sepsis on the wards receive "
                               "antibiotics within one hour.",
                               "The trust must ensure that nurses on the children's wards complete the sepsis "
                               "screening tool for every child with a raised early warning score.")
    assert tagged_together("The trust must ensure that patients are screened for sepsis and receive antibiotics "
                           "within one hour.",
                           "The trust should ensure that staff screen patients for sepsis and give antibiotics "
                           "within the hour.")


def test_at_all_times_names_no_time():
    """vocab/boilerplate.toml: "at all times" says always; it shares nothing with response times."""
    assert not tagged_together("The provider must ensure that people cared for in bed have a call bell within "
                               "reach at all times.",
                               "The provider should ensure that call bells are answered quickly and response "
                               "times are audited.")


def test_steriliser_is_the_autoclave_and_the_eye_clinic_ophthalmology():
    """vocab/synonyms.toml `autoclave`, `ophthalmology`."""
    assert tagged_together("The practice must ensure that the steriliser's daily checks are logged.",
                           "The practice should ensure that autoclave test cycles are run each day and recorded.")
    assert tagged_together("The trust should reduce the backlog of ophthalmology patients overdue a follow-up.",
                           "The trust must ensure patients of the eye clinic are not left waiting past their "
                           "follow-up date.")


def test_gelling_hands_is_hand_hygiene():
    """vocab/synonyms.toml `hand_hygiene`: hands gelled, alone or beside hands washed, are hand hygiene."""
    assert tagged_together("The trust should ensure that staff follow hand hygiene procedures.",
                           "The trust must ensure that crews follow infection control practice, including washing "
                           "or gelling their hands between patients.")
