"""Prompts for an outside reader's misfits (j68), each by a rule for a class of statement, tried on two wordings
(prompts55)."""
from prompt_lines import lowered_lines

TRUST = dict(report_types=["trust-inspection-report"])
HOSPITAL = dict(report_types=["independent-hospital-inspection-report"])
DENTAL = dict(report_types=["dental-inspection-report"])


def test_a_recorded_whether_clause_is_quoted_whole():
    """"record whether young people aged 16 and 17 have capacity": the clause recorded, not cut at its first "and"."""
    for wording, clause in (("The trust should ensure that staff record whether young people aged 16 and 17 have capacity "
                             "to consent to treatment.", "whether young people aged 16 and 17 have capacity to consent"),
                            ("The provider should ensure that staff document whether patients and their carers were offered "
                             "a copy of the care plan.", "whether patients and their carers were offered a copy")):
        assert clause in lowered_lines(wording, **TRUST)[3]


def test_a_not_inside_a_named_policy_is_kept():
    """"in line with the trust’s was not brought policy": a verb after a possessive is the policy's name, not a failing."""
    for wording, name in (("The provider should ensure that patients who do not attend appointments are followed up in line "
                           "with the trust’s was not brought policy.", "was not brought policy"),
                          ("The provider should ensure that children who miss appointments are followed up under the "
                           "provider’s did not attend procedure.", "did not attend procedure")):
        for line in lowered_lines(wording, **TRUST):
            if "’s " in line:
                assert name in line, line


def test_staff_told_to_do_two_things_get_both():
    """"staff complete training ... and record discussions in patient notes": the record is a second ask, checked in the
    notes, not dropped behind the training."""
    for wording, notes in (("The trust should ensure that staff complete training on female genital mutilation and record "
                            "discussions in patient notes.", "patient notes"),
                           ("The provider should ensure that nurses complete sepsis training and record observations in "
                            "care plans.", "care plans")):
        _, _, audit, evidence = lowered_lines(wording, **TRUST)
        assert "training" in audit and f"audit 10 {notes}" in audit, audit
        assert notes in evidence, evidence


def test_a_file_to_complete_is_a_document_not_dropped():
    """"the radiation protection file is complete" beside training: the file is brought up to date and checked, not
    left out as a catch-all beside the training's own lines."""
    for wording, file in (("The provider must ensure that all staff who take dental radiographs have up-to-date training in "
                           "ionising radiation and that the radiation protection file is complete.", "radiation protection file"),
                          ("The provider should ensure that staff complete fire safety training and that the fire safety "
                           "file is complete.", "fire safety file")):
        change, _, audit, evidence = lowered_lines(wording, **DENTAL)
        assert file in change and file in audit, change + audit
        assert "document" in evidence, evidence


def test_a_committee_receiving_and_acting_on_results_is_oversight_not_audits_run():
    """The medical advisory committee "receives and acts on audit results": its agenda and minutes, not the audits."""
    for wording in ("The provider must ensure that the medical advisory committee receives and acts on audit results and "
                    "incident themes. (Regulation 17(2)(a))",
                    "The provider should ensure that the quality and safety committee receives and acts on the results of "
                    "clinical audits."):
        change, _, audit, evidence = lowered_lines(wording, **HOSPITAL)
        assert "what the audits or monitoring must cover" not in change, change
        assert "minutes" in audit and "minutes" in evidence, audit


def test_an_environmental_risk_assessment_is_not_a_patient_risk_tool():
    """An environmental or health and safety risk assessment of a unit and its equipment: a dated assessment reviewed, its
    actions done, not "which tool ... each person found at risk" and 10 records per team."""
    for wording in ("The provider must ensure that the environmental risk assessments for the mobile dental unit and its "
                    "generator, wheelchair lift and compressor are completed and reviewed annually.",
                    "The provider should ensure that the health and safety risk assessment for the minibus and its tail "
                    "lift is completed and reviewed each year."):
        change, _, audit, evidence = lowered_lines(wording, **DENTAL)
        assert "each person found at risk" not in change and "10 records" not in audit, change + audit
        assert "risk assessment" in evidence, evidence


def test_ligature_risk_assessments_keep_their_own_lines():
    """The ligature variant was written for a ligature risk assessment: it keeps it."""
    change, _, _, _ = lowered_lines("The trust must ensure that ligature risk assessments are completed for all wards.",
                                    report_types=["mh-inspection-report"])
    assert "anchor point" in change, change


def test_a_practising_privileges_ask_naming_the_privileges_is_the_privileges_file():
    """"consultants working under practising privileges have their scope of practice reviewed and that evidence of
    appraisal ... is held on file": the privileges file reviewed, not staff appraisal rates and observed practice."""
    for wording in ("The provider must ensure that consultants working under practising privileges have their scope of "
                    "practice reviewed and that evidence of appraisal and indemnity is held on file. (Regulation 17(2)(d))",
                    "The provider should ensure that doctors with practising privileges have their competence reviewed "
                    "regularly and that evidence of their appraisal and revalidation is held on file."):
        change, told, audit, evidence = lowered_lines(wording, **HOSPITAL)
        assert "practising privileges file" in audit and "appraisal rate" not in audit, audit
        assert "observe practice" not in audit, audit


def test_information_given_to_managers_is_data_not_patient_information():
    """Systems that give managers accurate information about waits, caseloads and supervision: data validated, not
    information in formats and languages handed to people."""
    for wording in ("The trust must ensure that governance systems give managers accurate information about waiting times, "
                    "caseload sizes and supervision rates in each team. (Regulation 17(2)(a))",
                    "The provider should ensure that its systems give ward leaders reliable information about staff "
                    "training and supervision."):
        lines = lowered_lines(wording, report_types=["mh-inspection-report"])
        assert not any("formats" in line or "languages" in line for line in lines), lines
        assert "source records" in lines[2], lines[2]


def test_people_involved_in_recruitment_are_co_production_not_care_records():
    """"young people are involved in the recruitment of staff": who took part, not 10 young people's care records."""
    for wording in ("The trust should ensure that young people are involved in the recruitment of staff and in the "
                    "development of the service.",
                    "The provider should ensure that people who use the service are routinely involved in recruiting new "
                    "staff."):
        _, _, audit, evidence = lowered_lines(wording, **TRUST)
        assert "audit the records" not in audit and "who took part" in audit, audit


def test_enough_appointments_offered_is_a_measure_from_the_booking_system():
    """"the online booking system offers enough appointments": capacity against demand, not patients' records."""
    for wording in ("The trust should ensure that the online booking system offers enough appointments for patients who "
                    "cannot attend the walk-in clinic.",
                    "The practice should ensure that it provides enough routine appointments for working-age patients."):
        _, _, audit, evidence = lowered_lines(wording, **TRUST)
        assert "records of 10" not in audit and "booking system" in audit, audit


def test_a_board_level_statement_is_not_told_at_ward_huddles():
    """The board assurance framework and the corporate risk register: told through the leaders' meeting, not huddles."""
    for wording in ("The trust should ensure that the board assurance framework is reviewed regularly and that overdue "
                    "actions on the corporate risk register are escalated.",
                    "The trust should ensure that the board receives assurance that overdue actions on the risk register "
                    "are followed up."):
        _, told, _, _ = lowered_lines(wording, **TRUST)
        assert "huddles" not in told and "handover" not in told, told


def test_a_doctor_available_at_all_times_is_cover_on_the_rota():
    """"is available to attend patients on the ward at all times": cover on the rota, beside the training."""
    for wording in ("The provider must ensure that the registered medical officer is trained in advanced life support and "
                    "is available to attend patients on the ward at all times. (Regulation 18(2)(a))",
                    "The provider must ensure that a member of staff trained in paediatric life support is available to "
                    "respond to children on the ward at all times."):
        _, _, audit, _ = lowered_lines(wording, **HOSPITAL)
        assert "rotas" in audit and "records of 10 patients" not in audit, audit


def test_enough_staff_at_weekends_to_meet_demand_is_shift_cover_not_caseloads():
    """"not enough clinical staff at weekends to meet demand": weekend shifts on the rota, not caseload weighting."""
    for wording in ("There were not enough clinical staff at weekends to meet demand. The provider was in breach of "
                    "regulation 18 (Staffing).",
                    "The provider must ensure there are enough nurses at night to meet demand on the ward."):
        _, told, audit, _ = lowered_lines(wording, report_types=["gp-inspection-report"])
        assert "caseload" not in told and "caseload" not in audit, told + audit
        assert "rotas" in audit, audit


def test_one_practice_with_two_verbs_stays_one_ask():
    """"staff complete pressure ulcer risk assessments ... and review them at each visit": one practice the topic's lines
    check, not a one-off review split off it (only a training beside a second instruction is split)."""
    for wording in ("The trust must ensure that district nursing staff complete pressure ulcer risk assessments for all "
                    "patients on their caseload and review them at each visit.",
                    "The trust should ensure that staff give patients feedback on the outcome of complaints and share "
                    "learning in team meetings."):
        change, _, audit, _ = lowered_lines(wording, **TRUST)
        assert "the review was done" not in audit and "also agree who does it" not in change, change + audit
