"""Merge round sixty-six: acute, community, GP, dental and independent hospital wordings. Look-alikes that keep a ward
and most of their words and change the object (a pain score or an early warning score taken at triage, the doors of
the neonatal unit or of the sluice, a patient's medical history or the treatment options put to them); paraphrases
joined by how services put them (the timeliness of antibiotics, Regulation 17's monitoring and improving of quality,
emergency drugs kept on site, a survey patients answer, a cleaning schedule completed, a statement ending in
"hepatitis B.", nurse staffing asked in two core services). Statements are written here, not copied from an
evaluation set; each test fails without the change it names.
"""

from merge_findings import filed, together, tagged_together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.records_only import record_apart
from cqcplan.pipeline.terms import terms_many


def test_a_pain_score_is_not_an_early_warning_score():
    """vocab/issue_terms.toml: a pain score is a named assessment tool of its own."""
    assert not tagged_together("Staff in the minor injuries unit should record pain scores at triage.",
                               "Staff in the minor injuries unit should record early warning scores at triage.")


def test_the_neonatal_unit_is_not_the_sluice():
    """vocab/issue_terms.toml "which room": the neonatal unit's doors keep babies safe, the sluice's hazards."""
    assert not tagged_together("The hospital must keep the entrance to the neonatal unit locked at all times.",
                               "The hospital must keep the entrance to the sluice locked at all times.")


def test_a_medical_history_is_not_the_treatment_options():
    """vocab/synonyms.toml `medical_history`, `treatment_options`: two entries of a dental record."""
    assert not tagged_together("Dentists should check and update each patient's medical history at every check-up.",
                               "Dentists should explain and note the treatment options at every check-up.")


def test_timeliness_of_antibiotics_is_the_hour_to_antibiotics():
    """vocab/synonyms.toml `time_to_antibiotics`."""
    found = terms_many(["The ward should improve the timeliness of antibiotics for patients with sepsis."])[0]
    assert "time_to_antibiotics" in found


def test_monitoring_and_improving_quality_is_oversight_of_quality():
    """vocab/synonyms.toml `quality_oversight`: Regulation 17(2)(a)'s words."""
    found = terms_many(["Governance must be effective in monitoring and improving the quality of care."])[0]
    assert "quality_oversight" in found


def test_kept_on_site_is_availability():
    assert aspects("Emergency oxygen should be kept on site.") == {"availability"}


def test_a_survey_patients_answer_names_no_aspect():
    """vocab/aspects.toml ignore: the Friends and Family Test is no test made, patients giving feedback no learning."""
    assert not aspects("More patients should take part in the Friends and Family Test.")
    assert not aspects("The clinic should ask more patients to give feedback.")


def test_a_cleaning_schedule_names_a_record():
    """pipeline/records_only.py `_NAMES_RECORD`: a cleaning schedule completed is the record, as a log would be."""
    assert not record_apart(["Staff should make sure cleaning schedules for commodes are completed.",
                             "Staff should record each time a commode is cleaned."]).any()


def test_a_lone_letter_keeps_no_full_stop():
    """pipeline/terms.py `_fold`: "hepatitis B." at a sentence's end is hepatitis B."""
    end, inside = terms_many(["Clinical staff should be immune to hepatitis B.",
                              "Clinical staff should be immune to hepatitis B in line with guidance."])
    assert "staff_immunisation" in end and "staff_immunisation" in inside


def test_nurse_staffing_in_two_reports_is_one_issue():
    """pipeline/similarity.py `_issue_conflicts`: two staffing asks naming one staff group are read without the
    group's words, a grade included; what else each names (a caseload tool, agency use) still tells them apart."""
    emergency = filed("The trust must make sure there are enough registered nurses on every shift in the children's "
                      "emergency department.", "a", "Staffing", file="ed.pdf")
    community = filed("The trust should review nurse staffing levels at night in its community hospitals.", "b",
                      "Staffing", file="community.pdf")
    assert together(emergency, community)
    doctors = filed("The trust should review medical staffing levels at night in its community hospitals.", "c",
                    "Staffing", file="community.pdf")
    assert not together(emergency, doctors)
    vacancies = filed("The trust should fill vacant district nurse posts and use fewer agency nurses.", "d", "Staffing")
    weighting = filed("The trust should bring in a caseload weighting tool so that district nurses' visits match "
                      "patients' acuity.", "e", "Staffing")
    assert not together(vacancies, weighting)


def test_conversations_overheard_are_not_screens_seen():
    """vocab/issue_terms.toml "what is kept confidential": a computer screen turned away is the records' security."""
    assert not tagged_together("The surgery should make sure that conversations at the front desk cannot be "
                               "overheard by people in the waiting area.",
                               "The surgery should make sure that computer screens at the front desk cannot be "
                               "read by people in the waiting area.")
