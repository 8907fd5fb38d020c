"""Merge round thirty (issue 12, DL and DM as development): a course of the mandatory training figure filed
under a neighbouring theme. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together


def test_a_counted_course_completed_in_the_counterpart_theme_is_one_row_of_the_figure():
    """pipeline/merge.py `_counted_apart`: completing a course the mandatory training figure counts is one
    duty with the programme, though the tag stage files the course under Competent staff and the two share
    no issue word; a course taught as a skill, not completed, stays Competent staff's own."""
    programme = "The provider must make sure that nursing staff are up to date with their mandatory training."
    assert tagged_together(programme, "Staff on the acute wards should complete Mental Capacity Act training.")
    assert tagged_together(programme, "The provider should ensure that healthcare assistants are up to date with "
                                      "training in the Mental Capacity Act and the Mental Health Act.")
    assert not tagged_together(programme, "Healthcare assistants should be given training in supporting people "
                                          "who live with dementia.")


def test_a_counted_course_named_by_the_act_it_teaches():
    """vocab/issue_terms.toml `which training`: Mental Health Act training is a course of the figure too."""
    assert tagged_together("The provider must make sure that nursing staff are up to date with their mandatory "
                           "training.", "Staff on the acute wards should complete Mental Health Act training.")


def test_training_named_by_no_course_stays_with_the_word_score():
    """A skill asked for without a course of the figure is not one of its rows."""
    assert not tagged_together("The provider must make sure that nursing staff are up to date with their "
                               "mandatory training.",
                               "Staff should be competent to use the new infusion pumps before they use them.")


def test_two_antipsychotic_regimes_are_monitored_apart():
    """vocab/issue_terms.toml `antipsychotic regime monitored`: clozapine's blood tests and high-dose
    therapy's physical checks are two protocols, though both are antipsychotics monitored; each regime
    still meets its own rewording."""
    clozapine = "Staff should make sure that people taking clozapine have their blood tests when the protocol says."
    assert not tagged_together(clozapine, "The ward must ensure that people on high-dose antipsychotic therapy "
                                          "have the physical monitoring it requires.")
    assert tagged_together(clozapine, "The ward must ensure that blood results for people prescribed clozapine "
                                      "are taken at the required intervals.")
    assert tagged_together("The ward must ensure that people on high dose antipsychotic medication are monitored.",
                           "Staff should complete the physical health checks for people on HDAT.")


def test_a_restriction_on_all_patients_is_a_blanket_restriction():
    """vocab/synonyms.toml and vocab/cues.toml: a restriction placed on all patients is what the Mental Health
    Act Code of Practice calls a blanket restriction, named so or not; the theme is read from it too."""
    assert tagged_together("The ward should make sure blanket restrictions are reviewed and lifted where they "
                           "are not needed for each person.",
                           "The provider must review the restrictions placed on all patients, for example set "
                           "times for hot drinks, so each is based on individual risk.")
