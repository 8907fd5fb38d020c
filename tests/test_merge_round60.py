"""Merge round sixty: a trust's core-service reports asking one thing of its leaders or of its electronic record
in different words. Statements are written here, not copied from an evaluation set; each test fails without the
change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.terms import terms_many


def test_senior_leaders_are_one_group_whatever_a_report_calls_them():
    """vocab/synonyms.toml `senior_leader`: the executive team, executives, board members and senior leaders."""
    for name in ("the executive team", "executives", "board members", "senior leaders", "the senior leadership team"):
        assert "senior_leader" in terms_many([f"Staff should know who {name} are."])[0], name


def test_leaders_visiting_services_is_their_visibility():
    """vocab/synonyms.toml `visible` and `senior_leader visible`: leaders who visit are leaders seen, and a
    home care visit stays a visit."""
    visit, seen, home = terms_many(["The trust should ensure senior leaders visit the wards.",
                                    "The trust should ensure the executive team is visible on the wards.",
                                    "Care workers should arrive for each visit on time."])
    assert set(visit) == set(seen)
    assert not set(home) & set(seen)
    assert tagged_together("The trust should make sure that the executive team is visible on the wards and known "
                           "to the staff who work there.",
                           "The trust should ensure that senior leaders visit each team often enough for staff to "
                           "know who they are.")


def test_the_electronic_patient_record_is_one_system_however_named():
    """vocab/synonyms.toml and issue_terms.toml `record_system`: the system, an issue word; records kept
    electronically stay records."""
    for name in ("electronic patient record", "electronic record system", "electronic health record"):
        assert "record_system" in terms_many([f"Staff should use the {name}."])[0], name
    for kept in ("Staff should keep complete electronic records.",
                 "Staff should make entries in the electronic patient record at the time of each visit."):
        assert "record_system" not in terms_many([kept])[0], kept
    assert tagged_together("The trust must make sure that each patient's risk history is kept in one place in "
                           "the electronic patient record.",
                           "The trust should ensure that staff can find all risk information about a patient in "
                           "the new electronic record system.")


def test_restrictions_across_a_service_are_blanket_restrictions():
    """vocab/synonyms.toml `blanket restriction` and vocab/cues.toml `safe.restrictive_practice`: the restrictions a
    service has in place across its wards are its blanket restrictions, whatever examples follow them."""
    assert "blanket" in terms_many(["The trust should review the restrictions across its wards."])[0]
    assert tagged_together("The trust must review the restrictions in place across the wards, such as set times for "
                           "snacks and locked bedrooms, and ensure each is based on individual risk.",
                           "The trust should ensure that blanket restrictions on the wards are justified and "
                           "reviewed regularly.")


def test_views_a_care_plan_reflects_are_preferences_not_feedback():
    """vocab/synonyms.toml `preference`, `reflect preference`, `personalised preference`: a person's views beside their
    needs or wishes, or reflected in their plan, are what they want from their care; views sought on the service
    stay feedback."""
    for text in ("Care plans should reflect patients' views.", "Care plans should record each person's needs and views.",
                 "Care plans should reflect the views of the person.", "Care plans should record the patient's own views."):
        found = terms_many([text])[0]
        assert "preferenc" in found and "feedback" not in found, text
    assert "feedback" in terms_many(["The trust should seek patients' views about the service."])[0]
    assert tagged_together("The trust should ensure that care plans are person-centred and reflect each patient's "
                           "preferences and communication needs.",
                           "The trust should ensure that care plans are holistic and personalised and reflect the "
                           "views of patients.")


def test_a_standard_cited_asks_no_aspect_of_its_own():
    """pipeline/similarity.py `_aspects_asked`, and `_asking` for the one-shared-term block read without the standards
    both cite: supervision "at the frequency the policy requires" is timed and to a policy only by what it is measured
    against, so it asks supervision as "regular supervision, in line with policy, and that it is recorded" does."""
    assert tagged_together("The trust should ensure that nurses receive clinical supervision at the frequency required "
                           "by the supervision policy.",
                           "The trust should ensure that therapists receive regular clinical supervision, in line with "
                           "the trust's policy, and that it is recorded.")
    assert not tagged_together("The trust should ensure that staff receive clinical supervision at the frequency set out "
                               "in the trust's policy.",
                               "The trust should ensure that staff have an annual appraisal at the frequency set out in "
                               "the trust's policy.")


def test_a_record_written_at_the_time_of_the_visit_is_contemporaneous():
    """vocab/synonyms.toml `record_standard`: a record written at the time of the visit or contact is a contemporaneous
    one, so a visit written up in the electronic patient record still meets the contemporaneous-records duty."""
    assert "record_standard" in terms_many(["Nurses should write up each visit at the time of the visit."])[0]
    assert tagged_together("The trust must keep an accurate, complete and contemporaneous record for each patient the "
                           "community nurses see.",
                           "Community nurses must write up each home visit in the electronic patient record at the "
                           "time of the visit.")
