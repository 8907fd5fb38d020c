"""Merge round forty (an outside pair set of high-overlap look-alikes, and an ambulance trust's three
core-service reports, as development): a control room, a medical gas, breathing support and a crew's record
are each one thing; a defect found on a check is not the check, learning from reviews no review, a nurse's
observation no medical review, and two time limits for two acts two actions. Statements are written here,
not copied from an evaluation set; each test fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.asks import without_earlier_result
from cqcplan.pipeline.deadlines import deadline_apart
from cqcplan.pipeline.terms import terms_many


def test_an_emergency_operations_centre_is_one_setting():
    """vocab/synonyms.toml `eoc`: the control room is a place, one setting term like the emergency department,
    not "emergency", "operations" and "centre" that every statement about it shares."""
    found = terms_many(["Call handlers in the emergency operations centre complete their training."])[0]
    assert "eoc" in found and "emergency" not in found
    assert not tagged_together("The trust should ensure that standard operating procedures in the emergency "
                               "operations centre are reviewed and kept up to date.",
                               "The trust must ensure that dispatchers in the emergency operations centre have an "
                               "up-to-date annual appraisal.")


def test_medical_gases_are_one_kind_of_medicine():
    """vocab/synonyms.toml `medical_gas`, vocab/issue_terms.toml "kind of medicine": gas cylinders stored at
    stations are not controlled drugs locked away at stations; two wordings of the cylinders' storage are one."""
    assert not tagged_together("The service must ensure that gas cylinders are stored securely at every station.",
                               "The service should ensure that controlled drugs kept at stations are locked away "
                               "and the keys held by authorised staff.")
    assert tagged_together("The service must ensure that gas cylinders are stored securely at every station.",
                           "The trust should ensure that medical gases are kept secure at ambulance stations, "
                           "with full and empty cylinders stored apart.")


def test_access_to_supervision_is_receiving_it():
    """vocab/aspects.toml `ignore`: staff who "have access to" supervision are asked to receive it, not for a
    supply made available, so they meet staff who "receive" it."""
    assert not aspects("Staff have regular access to clinical supervision.")
    assert tagged_together("The trust must ensure that staff have access to regular clinical supervision.",
                           "The trust should ensure that nurses in the community teams receive clinical "
                           "supervision regularly.")


def test_non_invasive_ventilation_is_a_treatment():
    """vocab/synonyms.toml `niv`, vocab/aspects.toml `ignore`: breathing support is one term and no premises'
    ventilation, so staff competent in it and a staffing ratio for it ask different things of one treatment."""
    assert "environment" not in aspects("Patients on non-invasive ventilation are cared for on the ward.")
    assert not tagged_together("The trust must ensure that staff caring for patients on non-invasive ventilation "
                               "are trained and competent.",
                               "The trust must ensure that patients on non-invasive ventilation are nursed where the "
                               "nurse-to-patient ratio can be met.")
    assert tagged_together("The trust must ensure that staff caring for patients on NIV are competent to do so.",
                           "The trust must ensure that all nurses looking after patients on non-invasive "
                           "ventilation complete their competency training.")


def test_what_a_care_plan_describes_is_its_content():
    """vocab/aspects.toml `content`: a care plan that "describes how" staff give care asks what the plan says,
    not that staff are trained to give it."""
    assert aspects("Care plans describe how staff support each person with their stoma.") == {"content"}
    assert not tagged_together("The provider must ensure that staff who give people their PEG feeds are trained "
                               "and assessed as competent.",
                               "The provider must ensure that people's care plans describe how staff should give "
                               "their PEG feeds.")


def test_a_defect_found_on_a_check_is_not_the_check():
    """pipeline/asks.py `without_earlier_result`: "faults found on daily vehicle checks" names the faults by the
    check that found them; the thing checked is kept, the check and its frequency are not asked again."""
    assert without_earlier_result("Ensure faults found on daily vehicle checks are fixed.") == \
        "Ensure faults vehicle are fixed."
    assert not tagged_together("The service must make sure that faults found on daily vehicle checks are "
                               "reported and fixed before the vehicle goes out.",
                               "The service must make sure that daily vehicle checks are carried out and recorded "
                               "at the start of each shift.")
    assert tagged_together("The trust must ensure that faults found during daily vehicle checks are reported and "
                           "put right promptly.",
                           "The trust must ensure that vehicle faults are reported and repaired before vehicles "
                           "are used.")


def test_two_time_limits_for_two_acts_are_two_actions():
    """pipeline/deadlines.py: "a CT scan within one hour" and "admitted to the stroke unit within four hours" are
    two standards, each with its own fix, though both time patients with a stroke from their arrival; one limit
    worded twice, or one statement naming no limit, is left to the word score."""
    scan = "The trust must ensure that patients with a suspected stroke receive a brain scan within one hour of arrival."
    unit = "The trust must ensure that patients with a suspected stroke are admitted to the stroke unit within four hours of arrival."
    again = "The trust should ensure that patients with a suspected stroke have a brain scan within 1 hour of arriving."
    assert deadline_apart([scan, unit]).tolist() == [[False, True], [True, False]]
    assert not deadline_apart([scan, again])[0, 1]
    assert not tagged_together(scan, unit)
    assert tagged_together(scan, again)


def test_people_named_with_their_need_and_waiting_are_people_who_wait():
    """pipeline/waits.py `_FOR_WAITERS`: "children with mental health needs waiting on the ward" names people by
    their waiting, as "children waiting" does, and so does a finding's "while they waited": both ask to keep
    those who wait safe, the same as a statement naming them "awaiting"; a wait to shorten stays apart."""
    assert tagged_together("The trust should ensure that children with mental health needs waiting on the "
                           "paediatric ward are cared for in a room that is free of ligature risks.",
                           "The trust should ensure that the room used for children awaiting a mental health "
                           "assessment on the paediatric ward has been checked for ligature risks.")
    assert tagged_together("Callers in the queue were not always called back to check on them while they waited "
                           "for an ambulance. This was a breach of regulation 12.",
                           "The trust must ensure that patients waiting for an ambulance are called back to check "
                           "their condition in line with its policy.")
    assert not tagged_together("The trust must ensure that patients with chest pain waiting in the emergency "
                               "department are seen within 15 minutes.",
                               "The trust must ensure that patients with chest pain waiting in the emergency "
                               "department are reassessed while they wait.")


def test_observations_by_staff_are_not_a_doctors_medical_review():
    """vocab/issue_terms.toml "observations taken or escalated": a secluded patient's observations and their
    medical review are two duties of the Code of Practice, each with its own frequency and record, though both
    are "carried out and recorded at the intervals the Code sets"."""
    assert not tagged_together("The trust must ensure that staff observe patients in seclusion and record each "
                               "observation at the intervals the Code of Practice sets.",
                               "The trust must ensure that doctors carry out and record medical reviews of patients "
                               "in seclusion at the intervals the Code of Practice sets.")
    assert tagged_together("The trust must ensure that patients in seclusion have their physical observations "
                           "recorded and escalated for medical review when they deteriorate.",
                           "The trust must ensure that patients in seclusion have observations recorded at the "
                           "frequency set by the Code of Practice.")


def test_a_crews_electronic_record_is_one_record_by_any_name():
    """vocab/synonyms.toml `prf`, vocab/cues.toml `safe.patient_records`: the ePR, the electronic patient care
    record and the patient report form are one record, filed under Records whichever name a statement uses."""
    assert terms_many(["Crews complete the ePR."])[0].keys() & terms_many(
        ["Crews complete electronic patient care records."])[0].keys() >= {"prf"}
    assert tagged_together("The trust must ensure that crews fully complete the ePR for every patient, including "
                           "their observations.",
                           "The service must ensure that ambulance staff complete electronic patient care records "
                           "in full, including observations.")


def test_a_time_limit_in_any_number_is_timeliness():
    """pipeline/aspects.py `TIME_LIMIT`: "within two hours", "within 36 hours" ask for something in time, as the
    listed "within 24 hours" does, whatever the number."""
    assert "timeliness" in aspects("Patients referred to the team are seen within two hours.")
    assert "timeliness" in aspects("Patients have surgery within 36 hours of admission.")
    assert "timeliness" not in aspects("Patients are seen by a doctor.")


def test_helped_to_change_position_is_repositioning():
    """vocab/synonyms.toml `reposition`: people helped to change their position are repositioned, so a breach
    finding in those words meets the must about repositioning recorded to the care plan."""
    assert tagged_together("The provider must ensure that people who cannot move themselves are helped to change "
                           "their position as their care plans set out, and that this is recorded.",
                           "Records did not show that people at risk of pressure ulcers were repositioned as often "
                           "as their care plans required. This was a breach of regulation 12.")


def test_learning_from_reviews_is_no_review_asked():
    """vocab/aspects.toml `learning`: the reviews learning is drawn from are its source, so "learning from
    mortality reviews is shared" asks learning alone and stays apart from the reviews being carried out;
    two wordings of the learning shared stay one."""
    assert aspects("Learning from mortality reviews is shared with staff.") == {"learning"}
    assert not tagged_together("The trust must ensure that structured judgement reviews are carried out for all "
                               "patients who die on the surgical wards.",
                               "The trust must ensure that learning from mortality reviews is shared with staff on "
                               "the surgical wards.")
    assert tagged_together("The trust should ensure that learning from mortality reviews is shared with ward staff.",
                           "The trust should ensure that lessons from reviews of patient deaths are shared with ward "
                           "teams.")


def test_longer_than_necessary_and_extended_periods_are_one_complaint():
    """vocab/synonyms.toml `prolonged`: "for longer than necessary" and "for extended periods" say the same of
    how long a state lasts, so a must that names only the fast and its length meets the one that adds the
    guidance fasting follows."""
    assert "prolong" in terms_many(["not kept nil by mouth for longer than necessary"])[0]
    assert "prolong" in terms_many(["not left without fluids for extended periods"])[0]
    assert tagged_together("The provider must ensure that patients are not kept nil by mouth for longer than "
                           "necessary before their treatment.",
                           "The provider must ensure that fasting instructions follow national guidance and that "
                           "patients do not go without food or fluids for extended periods.")


def test_gum_health_and_tooth_decay_are_the_periodontal_and_caries_assessments():
    """vocab/synonyms.toml `periodontal`, `caries`: a dental record's assessments by their plain names meet
    the same assessments by their clinical names."""
    assert tagged_together("The practice should ensure that dental care records include an assessment of each "
                           "patient's gum health and risk of tooth decay.",
                           "The practice should ensure that dental care records include periodontal assessments "
                           "and caries risk assessments in line with guidance.")
