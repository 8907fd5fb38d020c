"""Merge round fifty-nine: mental health, learning disability, community, ambulance, NHS 111 and hospice wordings.
Abbreviations not tied to their expansions, look-alikes told apart only by who the patients are, which condition a
plan is for, or what is done with a medicines store. Statements are written here, not copied from an evaluation set;
each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.informing import told_apart
from cqcplan.pipeline.terms import terms_many


def test_abbreviations_meet_their_expansions():
    """vocab/synonyms.toml `ctr`, `directory_of_services`, `crisis_team`: one term whichever way each is written."""
    for short, full, term in (("CTRs", "care and treatment reviews", "ctr"),
                              ("DoS", "directory of services", "directory_of_services"),
                              ("CRHTT", "crisis resolution and home treatment team", "crisis_team")):
        assert term in terms_many([f"Managers should check the {short} every month."])[0], short
        assert term in terms_many([f"Managers should check the {full} every month."])[0], full
    assert "directory_of_services" not in terms_many(["Staff should know the dos and don'ts of lone working."])[0]
    assert tagged_together("The provider must ensure that CTRs are held on time for every inpatient with a learning "
                           "disability.",
                           "The provider should make sure care and treatment reviews for people with a learning "
                           "disability on the ward take place when they are due.")


def test_a_crisis_team_is_where_not_a_crisis_plan():
    """vocab/synonyms.toml `crisis_team`: the team's name does not name a crisis plan."""
    assert "crisis" not in terms_many(["The crisis resolution and home treatment team should have enough staff."])[0]


def test_a_care_coordinator_is_not_a_shift_coordinator():
    """vocab/synonyms.toml `care_coordinator`: a community team's named worker, another role than the nurse in
    charge of a shift."""
    found = terms_many(["Every patient should have a care coordinator."])[0]
    assert "care_coordinator" in found and "coordinator" not in found


def test_a_care_coordinator_allocated_is_not_the_risks_assessed():
    """vocab/issue_terms.toml family "a care coordinator allocated or the risks assessed": one list of people
    waiting, two asks of it."""
    waiting = "The trust should ensure that people on the waiting list for the memory service "
    assert not tagged_together(waiting + "are allocated a care coordinator.",
                               waiting + "have their risks assessed.")


def test_detained_and_informal_patients_rights_are_two_duties():
    """vocab/issue_terms.toml family "detained or informal patients"."""
    detained = "The trust should make sure that detained patients on the wards have their rights explained again " \
               "each month."
    assert not tagged_together(detained, "The trust should make sure that informal patients on the wards have their "
                                         "rights explained again each month.")
    assert tagged_together(detained, "The trust should ensure patients detained under the Mental Health Act have "
                                     "their rights explained to them again every month.")


def test_a_care_plan_for_one_condition_is_not_one_for_another():
    """vocab/synonyms.toml `epilepsy` (an issue word) and the family "which condition a care plan is for"."""
    epilepsy = "The provider must ensure that people who have seizures have a current care plan staff can follow."
    assert "epilepsy" in terms_many([epilepsy])[0]
    assert not tagged_together(epilepsy, "The provider must ensure that people with swallowing difficulties have a "
                                         "current care plan staff can follow.")
    assert not tagged_together("The provider should ensure each person with epilepsy has a care plan that staff "
                               "follow.",
                               "The provider should ensure each person with diabetes has a care plan that staff "
                               "follow.")


def test_a_medicines_store_kept_secure_is_not_its_stock_counted():
    """vocab/issue_terms.toml family "what is done with medicines stock": the store's security is its own member;
    vocab/synonyms.toml `secure`: access restricted to authorised staff."""
    assert "secur" in terms_many(["Access to the clinic room is restricted to authorised staff."])[0]
    assert not tagged_together("The trust must ensure that controlled drugs stock balance checks are carried out and "
                               "recorded at each ambulance station.",
                               "The trust must ensure that controlled drugs at each ambulance station are kept secure "
                               "and access is recorded.")


def test_that_an_incident_occurs_names_no_issue():
    """vocab/boilerplate.toml: "occurs", "happens" frame the event; they are no term of their own."""
    assert not {"occur", "happen"} & terms_many(["Staff should act when a fall occurs or happens."])[0].keys()


def test_details_given_are_information():
    """pipeline/informing.py: a statement asking that people receive details of a thing is information too, so
    it is not kept apart from one asking that they have information about it."""
    crews = ["The trust should ensure that ambulance crews have information about each patient's allergies before "
             "they arrive.",
             "The trust should make sure that crews receive details of patients' allergies before they reach them."]
    assert not told_apart(crews)[0, 1]


def test_individual_to_the_patient_is_personalised():
    """vocab/synonyms.toml `personalised`: a plan "individual to them"."""
    assert "personalis" in terms_many(["Every patient should have a crisis plan that is individual to them."])[0]


def test_enough_clinic_staff_is_not_what_care_coordinators_do():
    """vocab/issue_terms.toml family "staff numbers or a role in charge": a named care coordinator is a role, as
    the shift coordinator it was read as before is."""
    assert not tagged_together("The trust should ensure the depot clinic has enough nurses to give antipsychotic depot "
                               "injections on time.",
                               "The trust should ensure care coordinators make sure patients receive their "
                               "antipsychotic depot injections on time.")


def test_crews_waiting_to_hand_over_is_an_ambulance_handover_delay():
    """vocab/synonyms.toml `ambulance_handover`: delays in handing patients over at hospital, said from the ambulance
    side, are the handover delay, not the clinical handover a crew gives."""
    delay = "The trust should work with local hospitals to cut the time crews wait to hand over patients."
    assert "ambulance_handover" in terms_many([delay])[0]
    assert "ambulance_handover" in terms_many(["The trust should reduce delays in handing over patients at hospitals."])[0]
    assert not tagged_together(delay, "The trust should ensure that crews use a structured tool when handing over "
                                      "patients to hospital staff.")
