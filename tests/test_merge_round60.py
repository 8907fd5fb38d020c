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
    assert "record_system" not in terms_many(["Staff should keep complete electronic records."])[0]
    assert tagged_together("The trust must make sure that each patient's risk history is kept in one place in "
                           "the electronic patient record.",
                           "The trust should ensure that staff can find all risk information about a patient in "
                           "the new electronic record system.")
