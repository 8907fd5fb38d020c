"""Prompts for an outside reader's misfits and weak lines (j74), each by a rule for a class of statement, tried on two
wordings (prompts59)."""
from cqcplan.pipeline.compose import named_staff
from cqcplan.pipeline.scaffold import _positive
from prompt_lines import lowered_lines

ED = dict(services=["Urgent and emergency care"], report_types=["core-service-inspection-report"])
MH_WARD = dict(services=["Acute wards for adults of working age and psychiatric intensive care units"],
               report_types=["core-service-inspection-report"])
MATERNITY = dict(services=["Maternity"], report_types=["core-service-inspection-report"])
SURGERY = dict(services=["Surgery"], report_types=["core-service-inspection-report"])
CARE_HOME = dict(report_types=["care-home-inspection-report"])
GP = dict(report_types=["gp-practice-inspection-report"])


def test_staff_who_wait_are_what_the_delay_falls_on_not_who_is_told():
    """"the time ambulance crews wait to hand over patients": crews of another service wait; the hospital's own staff
    are told, never "Tell crews"."""
    for wording in ("The trust should continue to work with system partners to reduce the time ambulance crews wait to "
                    "hand over patients.",
                    "The trust should reduce the time paramedics are kept waiting to hand over patients in the "
                    "emergency department."):
        assert "crews" not in named_staff(wording) and "paramedics" not in named_staff(wording), named_staff(wording)
        _, tell, _, _ = lowered_lines(wording, **ED)
        assert not tell.startswith(("prompt: tell crews", "prompt: tell paramedics", "prompt: tell ambulance")), tell


def test_work_agreed_with_partners_is_the_leaders_and_told_at_their_meetings():
    """Out-of-area placements with commissioners, handover delays with system partners: settled by the service's
    leaders, told to the managers who take part and those in charge of each shift, not at a ward's huddle."""
    for wording, where in (("The trust should continue to work with commissioners to reduce the number of patients "
                            "placed out of area because no local bed is available.", MH_WARD),
                           ("The trust should continue to work with system partners to reduce the time ambulance crews "
                            "wait to hand over patients.", ED)):
        change, tell, _, _ = lowered_lines(wording, **where)
        assert "ward manager and the consultant" not in change and "director" in change, change
        assert "managers who work with the partners" in tell and "huddle" not in tell, tell


def test_competent_staff_at_all_times_is_cover_on_the_rota():
    """"assessed ... by staff with appropriate paediatric competencies at all times, including at night": each shift's
    rota shows a competent member of staff on duty; training records alone cannot."""
    for wording in ("Ensure that children attending the emergency department are assessed and observed by staff with "
                    "appropriate paediatric competencies at all times, including at night.",
                    "The trust must ensure that patients on the stroke unit are cared for by nurses with dysphagia "
                    "competencies day and night."):
        _, _, check, evidence = lowered_lines(wording, **ED)
        assert "planned and actual rotas" in check and "rotas, planned against actual" in evidence, check
        assert "training, drill or competency records" not in check, check


def test_minutes_shared_with_those_absent_is_their_circulation():
    """"minutes are shared with staff who cannot attend": the distribution list and asking those away, not which
    meeting reviews it."""
    for wording in ("The trust should ensure that theatre staff have regular opportunities to attend team meetings, and "
                    "that minutes are shared with staff who cannot attend.",
                    "The service should ensure that team meeting minutes are circulated to staff who work nights."):
        change, _, check, evidence = lowered_lines(wording, **SURGERY)
        assert "which meeting or manager reviews it" not in change, change
        assert "distribution list" in check and "distribution list" in evidence, check


def test_bank_staff_alone_are_told_by_a_route_that_reaches_them():
    """"sharing learning from incidents with staff who work on bank contracts": those staff told, through the bank
    office, email or the app and a sign-off on shift, not the huddles and team meetings they miss."""
    for wording in ("The provider should consider introducing a formal process for sharing learning from incidents with "
                    "staff who work on bank contracts.",
                    "The trust should ensure that learning from incidents is shared with bank and agency staff."):
        _, tell, _, _ = lowered_lines(wording, **SURGERY)
        assert "bank" in tell and "huddles" not in tell and "team meetings" not in tell, tell
        assert "staff app" in tell, tell


def test_ligature_lines_name_the_settings_own_staff():
    """A ligature assessment of an emergency department's mental health room: its own staff told, no "ward ligature
    map" or "all ward staff"."""
    for wording in ("The trust must ensure that an environmental ligature risk assessment is completed for the mental "
                    "health assessment room and that the risks identified are mitigated.",
                    "The trust should ensure that ligature risks in the emergency department's mental health room are "
                    "identified and managed."):
        _, tell, check, _ = lowered_lines(wording, **ED)
        assert "ward" not in tell and "urgent and emergency care" in tell, tell
        assert "each ward" not in check, check


def test_a_failing_done_some_way_keeps_its_adverb_and_turns_both_verbs():
    """"had failed to robustly assess and mitigate": the aim "robustly assesses and mitigates", never "robustlies"."""
    assert _positive("The manager did not robustly assess and mitigate risks to people") == \
        "The manager robustly assesses and mitigates risks to people"
    assert _positive("The nominated individual did not regularly monitor and review the quality of the service") == \
        "The nominated individual regularly monitors and reviews the quality of the service"
    _, tell, _, _ = lowered_lines("The manager had failed to robustly assess and mitigate risks to people's health and "
                                  "safety, including the risk of choking.", **CARE_HOME)
    assert "robustlies" not in tell, tell


def test_medicines_kept_lines_name_only_the_issue_asked():
    """Fridges locked: locks and keys, no temperature log or CD register; temperatures: the daily readings; controlled
    drugs stored: the CD register and cupboard, no fridge."""
    locked = lowered_lines("The service must ensure that medicine fridges on the wards are locked when not in use.", **ED)
    cupboard = lowered_lines("Ensure that the medicines fridge in the treatment room is kept locked.", **ED)
    for _, _, check, evidence in (locked, cupboard):
        assert "cd register" not in check + evidence and "temperature" not in check + evidence, check
        assert "keys" in evidence, evidence
    for wording in ("Ensure that medicines requiring refrigeration on the surgical day unit are stored within the "
                    "recommended temperature range and that fridge temperatures are recorded daily.",
                    "The provider must ensure that medicines are stored at the correct temperature and that fridge "
                    "temperatures are recorded."):
        _, _, check, evidence = lowered_lines(wording, **SURGERY)
        assert "minimum and maximum" in check and "cd register" not in check + evidence, check
    for wording in ("The trust must ensure that controlled drugs are stored, checked and recorded in line with "
                    "legislation and trust policy on all medical wards.",
                    "The trust must ensure that controlled drugs are stored securely on the surgical wards."):
        _, _, check, evidence = lowered_lines(wording, **SURGERY)
        assert "controlled drugs register" in check and "fridge" not in check + evidence, check


def test_a_blanket_restriction_is_reviewed_on_its_register_not_as_restraint():
    """A garden, hot drinks kept from every patient: the blanket restrictions register and each patient's assessment,
    no restraint, seclusion or post-incident review."""
    for wording in ("The trust should review the blanket restrictions on access to the garden on Fernlea ward.",
                    "The trust should review blanket restrictions on access to hot drinks on the wards."):
        change, _, check, evidence = lowered_lines(wording, **MH_WARD)
        for line in (change, check, evidence):
            assert "restraint" not in line and "seclusion" not in line and "post-incident" not in line, line
        assert "blanket restrictions register" in check, check


def test_equipment_checks_are_decided_with_the_settings_owner():
    """Resuscitation trolleys checked daily in an emergency department, resuscitation equipment on a community ward:
    the setting's managers, no "area manager"."""
    change, _, _, _ = lowered_lines("Ensure that resuscitation trolleys in the emergency department are checked daily "
                                    "and that the checks are recorded.", **ED)
    assert "area manager" not in change and "urgent and emergency care" in change, change
    change, _, _, _ = lowered_lines("The trust must ensure that resuscitation equipment on the ward is checked daily "
                                    "and that checks are recorded.", services=["Community health inpatient services"],
                                    report_types=["core-service-inspection-report"])
    assert "area manager" not in change and "ward manager and the matron" in change, change


def test_the_surgical_checklist_is_led_by_the_service_it_is_used_in():
    """Caesarean sections: maternity's leads and governance meeting, not surgery's."""
    change, _, check, _ = lowered_lines("The trust should improve completion of the World Health Organization (WHO) "
                                        "surgical safety checklist for caesarean sections.", **MATERNITY)
    assert "head of midwifery" in change and "maternity governance" in check and "surgical governance" not in check, check
    change, _, check, _ = lowered_lines("Ensure that all staff working in theatres complete the five steps to safer "
                                        "surgery checklist consistently.", **SURGERY)
    assert "surgery" in change and "surgery governance meeting" in check, check


def test_notifying_the_managers_absence_is_the_providers_to_decide():
    """"Notify CQC of the absence of the registered manager": not agreed with the manager who is away."""
    change, _, _, _ = lowered_lines("Notify the Care Quality Commission of the absence of the registered manager, as "
                                    "required by regulation 14 of the Care Quality Commission (Registration) "
                                    "Regulations 2009.", **GP)
    assert not change.startswith("prompt: with the registered manager") and "partners" in change, change
    change, _, _, _ = lowered_lines("Notify the Care Quality Commission without delay of the departure of the "
                                    "registered manager.", **GP)
    assert not change.startswith("prompt: with the registered manager") and "partners" in change, change


def test_systems_assuring_safety_and_quality_are_the_providers_audits():
    """Systems to show the safety and quality of the service managed: the provider's own audits and their actions,
    not 10 cases traced through one system."""
    for wording in ("Systems were either not in place or robust enough to demonstrate the safety and quality of the "
                    "service was effectively managed.",
                    "The provider must ensure there are effective systems to monitor the quality and safety of the "
                    "service."):
        _, _, check, evidence = lowered_lines(wording, **CARE_HOME)
        assert "tracing" not in check and "provider's own audits" in check, check


def test_courses_completed_are_training_not_daily_practice():
    """"completion rates for fire safety ... modules improve": who must complete which course and how they are
    released, not a change in daily practice."""
    for wording in ("The service should ensure that completion rates for fire safety, information governance and moving "
                    "and handling modules improve on the medical wards.",
                    "The trust should increase the completion of infection control and data security courses by "
                    "nursing staff."):
        change, _, check, _ = lowered_lines(wording, **SURGERY)
        assert "daily practice" not in change and "released" in change, change
