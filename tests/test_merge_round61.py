"""Merge round sixty-one: acute, GP, dental and independent hospital wordings. Look-alikes that share only who acts
(one doctor, two asks of them), two parts of patient flow, an appointment missed or cancelled, the emergency
department's time to a clinician against its four hours, and two practice audits; paraphrases that name a checklist,
an early warning trigger, a move to adult services, someone on duty or a wait in other words. Statements are written
here, not copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.terms import terms_many


def test_one_staff_group_asked_two_things_is_two_issues():
    """pipeline/similarity.py `_issue_conflicts`: a shared staff group is who acts, not the object, when each
    statement names an issue of its own."""
    assert not tagged_together("The hospital should make sure the resident medical officer is given protected "
                               "time for the handover each morning.",
                               "The hospital should make sure the resident medical officer is given protected "
                               "rest periods each day.")


def test_a_staff_group_asked_for_is_the_object():
    """pipeline/similarity.py `_staff_as_object`: in a staffing ask the staff group is what is asked for, so enough
    nurses at night and nurse vacancies filled stay one issue."""
    assert tagged_together("The trust must ensure there are enough registered nurses on each ward at night to keep "
                           "patients safe.",
                           "The trust should carry on recruiting to fill its registered nurse vacancies on the "
                           "wards.")


def test_outliers_are_not_delayed_discharges():
    """vocab/synonyms.toml `flow outlier`, `flow delayed_discharge` and the family "outliers or delayed
    discharges"; both stay patient flow."""
    outliers, delayed = terms_many(["Surgical outliers on the medical wards should be seen by their own team.",
                                    "Patients who are medically fit should not have their discharge delayed."])
    assert {"flow", "outlier"} <= outliers.keys() and {"flow", "delayed_discharge"} <= delayed.keys()
    assert not tagged_together("The trust should ensure that medical outliers on the orthopaedic ward are seen "
                               "every day by a physician.",
                               "The trust should ensure that patients on the orthopaedic ward who are medically "
                               "optimised are discharged promptly.")


def test_an_appointment_missed_is_not_one_cancelled():
    """vocab/synonyms.toml `missed_appointment` ("appointments missed") and the family "an appointment missed or
    cancelled"."""
    assert "missed_appointment" in terms_many(["Clinic appointments missed should be followed up."])[0]
    assert not tagged_together("The trust should reduce the number of clinic appointments missed by patients in "
                               "the diabetes service.",
                               "The trust should reduce the number of clinic appointments cancelled by the trust "
                               "in the diabetes service.")


def test_time_to_a_clinician_is_not_the_four_hours():
    """vocab/synonyms.toml `waiting_time time_to_clinician` and the family "emergency department time standard"."""
    assert not tagged_together("The trust should shorten the time patients wait from arrival to being seen by a "
                               "clinician in the urgent treatment centre.",
                               "The trust should shorten the time patients wait in the urgent treatment centre "
                               "after a decision to admit.")


def test_an_x_ray_audit_is_not_an_antibiotic_audit():
    """vocab/issue_terms.toml family "X-rays or antimicrobial prescribing"."""
    assert not tagged_together("The practice should audit the quality of its X-rays every six months.",
                               "The practice should audit its antibiotic prescribing every six months.")


def test_the_five_steps_to_safer_surgery_is_the_who_checklist():
    """vocab/synonyms.toml `who_checklist`: the checklist named in full leaves no stray words."""
    found = terms_many(["Teams should use the World Health Organisation five steps to safer surgery checklist."])[0]
    assert "who_checklist" in found and not {"world", "checklist"} & found.keys()


def test_observations_that_trigger_are_an_early_warning_score():
    """vocab/synonyms.toml `deterioration early_warning_score`: "observations trigger" is the score's trigger."""
    assert "early_warning_score" in terms_many(["Staff should call a doctor when a patient's observations "
                                                "trigger."])[0]


def test_transfer_to_adult_care_is_transition():
    """vocab/synonyms.toml `transition`."""
    assert "transition" in terms_many(["Young people should be supported when they transfer to adult care."])[0]
    assert "transition" in terms_many(["Young people should be supported moving from children's to adult "
                                       "services."])[0]


def test_someone_on_duty_is_staffing():
    """vocab/aspects.toml `staffing`: "is on duty"."""
    assert "staffing" in aspects("The trust should ensure a registered children's nurse is on duty on every shift.")


def test_held_for_long_periods_is_a_wait():
    """vocab/aspects.toml `timeliness`: how long a state lasts, said as a complaint."""
    assert "timeliness" in aspects("The trust should ensure patients are not kept in the corridor for long periods.")
