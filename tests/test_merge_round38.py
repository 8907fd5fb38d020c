"""Merge round thirty-eight (the outside set EX as development): the statute a breach sentence names is no
part of its issue, "prescribed when required" is PRN, and three look-alikes that share an object and ask
another thing of it. Statements are written here, not copied from an evaluation set; each test fails
without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.terms import terms_many


def test_the_act_a_breach_sentence_names_is_no_issue():
    """vocab/boilerplate.toml: "... of the Health and Social Care Act 2008 (Regulated Activities) Regulations
    2014" names which law, so its "health", "social", "care" and "activities" are no terms of the finding."""
    cited, = terms_many(["Bed rails had not been assessed. This was a breach of regulation 12 of the Health and "
                         "Social Care Act 2008 (Regulated Activities) Regulations 2014."])
    assert not {"health", "social", "car", "activity"} & cited.keys()
    registration, = terms_many(["This was a breach of regulation 18 of the Care Quality Commission (Registration) "
                                "Regulations 2009."])
    assert not {"cqc", "registr"} & registration.keys()
    assert tagged_together("The provider must ensure that bed rails are assessed for the risk of entrapment "
                           "before they are used.",
                           "Staff had not assessed the risk of entrapment before fitting bed rails for two "
                           "people. This was a breach of regulation 12 (Safe care and treatment) of the Health "
                           "and Social Care Act 2008 (Regulated Activities) Regulations 2014.")


def test_a_medicine_prescribed_when_required_is_prn():
    """vocab/synonyms.toml `prn`: guidance for a medicine "prescribed when required" is a PRN protocol."""
    assert "prn" in terms_many(["Medicines prescribed as required had no guidance for staff."])[0]
    assert tagged_together("The provider should ensure that PRN protocols are in place for every person who "
                           "has PRN medicines.",
                           "The provider should make sure that staff have written guidance for each medicine "
                           "prescribed when required, saying when to give it.")


def test_screening_for_malnutrition_is_not_the_food_charts_it_calls_for():
    """vocab/synonyms.toml `must_tool screen` and `must_tool assess`: screening for malnutrition names the
    screening, so vocab/issue_terms.toml "what is done about a named risk" keeps it from the food and fluid
    charts kept for those found at risk."""
    assert {"must_tool", "screen"} <= terms_many(["Nutritional screening was not done."])[0].keys()
    assert not tagged_together("The service must ensure that nutritional risk assessments are completed for "
                               "people when they move into the home.",
                               "The service must ensure that food and fluid charts are kept up to date for people "
                               "at risk of malnutrition.")
    assert not tagged_together("The trust must ensure that patients are screened for malnutrition on admission.",
                               "The trust must ensure that fluid balance charts are totalled for patients at risk "
                               "of malnutrition.")


def test_weight_lost_followed_up_is_not_the_screening():
    """vocab/synonyms.toml `must_tool weight_loss`: weight lost is the harm acted on once it happens, so "what
    is done about a named risk" keeps following it up from screening on admission, as a fall followed up is
    kept from a falls risk assessment."""
    assert "weight_loss" in terms_many(["Two people had lost weight."])[0]
    assert not tagged_together("The provider must ensure that people are screened for malnutrition when they "
                               "move into the home.",
                               "The provider must ensure that staff act when people lose weight, referring them "
                               "to a dietitian.")


def test_a_child_protection_flag_checked_is_not_a_referral_made():
    """vocab/synonyms.toml: the Child Protection - Information Sharing system (CP-IS) is a safeguarding flag on
    the record, so "what is done about safeguarding" keeps it from a safeguarding referral."""
    assert "record_flag" in terms_many(["Staff checked CP-IS for every child."])[0]
    assert not tagged_together("The trust must ensure that staff in the urgent treatment centre check the child "
                               "protection information sharing system for every child who attends.",
                               "The trust must ensure that urgent treatment centre staff make a safeguarding "
                               "referral whenever they have a concern about a child.")


def test_observations_kept_up_are_not_the_observer_relieved():
    """vocab/synonyms.toml `rest_break` and vocab/issue_terms.toml "observations kept up or the observer
    relieved": enhanced observations at the frequency set is not a nurse observing for hours without a break."""
    assert not tagged_together("The trust must ensure that enhanced observations are carried out at the "
                               "intervals each patient's care plan sets.",
                               "The trust must ensure that staff carrying out enhanced observations are given a "
                               "break from observations at least every two hours.")
    assert not tagged_together("Staff on Ash ward did not carry out enhanced observations at the frequency "
                               "prescribed for each patient.",
                               "Healthcare assistants on Ash ward carried out enhanced observations for long "
                               "periods without a break.")


def test_a_visit_made_in_time_is_not_what_is_asked_at_it():
    """vocab/synonyms.toml `new_birth_visit` (one contact, one term) and vocab/aspects.toml timeliness "within 14
    days": new birth visits made within 14 days and what health visitors ask about at the visit share the visit
    and ask different things of it (the aspect block)."""
    assert not tagged_together("Only 68% of new birth visits were made within 14 days. The trust must improve "
                               "this.",
                               "The trust must ensure that health visitors record whether they asked about "
                               "infant feeding at the new birth visit.")
    assert not tagged_together("The trust must ensure that new baby visits by health visitors take place within "
                               "two weeks of birth.",
                               "The trust should ensure that health visitors record that they gave safe sleeping "
                               "advice at the new baby visit.")


def test_visits_cut_short_and_arrivals_late_are_the_visit_times():
    """vocab/synonyms.toml `late_missed_call` ("arrived late") and `call_duration` ("cut visits short", "shorter
    than planned", "the planned length of time"): the home care visit problems however they are worded."""
    late, = terms_many(["Care workers arrived late and cut visits short."])
    assert {"late_missed_call", "call_duration"} <= late.keys()
    assert tagged_together("Several people said care workers arrived late for their morning visits and that "
                           "visits were shorter than planned.",
                           "The provider must ensure that care visits take place at the agreed times and for the "
                           "agreed length of time.")


def test_mental_health_named_is_no_mental_health_ward():
    """vocab/synonyms.toml `mental_health_unit`: the setting "mental health unit" is one term, so a statement about
    a young person's mental health names no mental health ward and the clinical-setting family does not set it
    against CAMHS."""
    assert "mental_health_unit" in terms_many(["Patients on the mental health unit had no access to a garden."])[0]
    assert tagged_together("Families of young people on the CAMHS waiting list were not told how to get help in a "
                           "crisis while they waited.",
                           "The trust should ensure that families of young people waiting for treatment know what "
                           "to do if the young person's mental health gets worse.")
