"""Prompts for two outside readers' misfits (j66), each by a rule for a class of statement, tried on two wordings
(prompts53)."""
from prompt_lines import lowered_lines

AMBULANCE = dict(report_types=["trust-inspection-report"], services=["Emergency and urgent care"])
CARE_HOME = dict(report_types=["asc-inspection-report"])
GP = dict(report_types=["gp-inspection-report"])


def test_staff_told_of_documents_they_do_not_own_hear_what_changes_for_them():
    """Crews told of guidelines' versions: where the current one is and how they hear of changes, not "which
    documents each of them owns"."""
    for wording in ("The trust should ensure that staff at all stations have access to the same version of the clinical "
                    "guidelines.", "The trust must ensure that all staff in the emergency operations centre have an "
                                   "up-to-date annual appraisal.\nThe trust should ensure that policies and standard operating "
                                   "procedures used in the emergency operations centre are reviewed by their review dates."):
        _, told, _, _ = lowered_lines(wording, **AMBULANCE)
        assert "each of them owns" not in told and "current version" in told, told


def test_staff_told_of_audits_they_do_not_carry_out_hear_how_they_get_the_results():
    """Call handlers told of call-handling audits: what the audits look at and how they get the results, not what
    each audit must cover and who closes its actions."""
    for wording in ("The trust must ensure that audits of call handling against the triage system standards are completed "
                    "at the required frequency and that call handlers receive feedback on the results.",
                    "The provider should ensure that audits of care plans are carried out monthly by the nurses in charge "
                    "and that care staff are told the results."):
        _, told, _, _ = lowered_lines(wording, **AMBULANCE)
        assert "what each audit or check must cover" not in told and "get the results" in told, told
    _, told, _, _ = lowered_lines("The provider must ensure that the provider's own audits identify shortfalls.", **CARE_HOME)
    assert "managers who carry out the provider's audits" in told and "what each audit or check must cover" in told, told
    _, told, _, _ = lowered_lines("Ward managers should ensure that audits of hand hygiene are completed monthly and that "
                                  "actions are followed up.", report_types=["hospital-inspection-report"])
    assert "what each audit or check must cover" in told, told  # the managers named carry them out
    for wording in ("The trust must ensure that governance processes identify and manage risks in theatres, and that "
                    "actions from audits are followed up.", "The provider must ensure that its quality assurance systems "
                                                            "are effective and that audits are completed monthly."):
        _, told, _, _ = lowered_lines(wording, report_types=["hospital-inspection-report"])
        assert "get the results" not in told or "managers who carry out" not in told, told  # the auditors: their own duties


def test_response_times_monitored_are_a_measure_tracked_from_their_figures():
    """"monitor response times for category 2 calls": every call's time against the standard, not audits done."""
    for wording, figures in (("The trust should continue to monitor response times for category 2 calls and take action "
                              "where performance falls below the national standard.", "dispatch system"),
                             ("The trust should monitor infection rates after hip replacement surgery.", "benchmark")):
        _, told, audit, _ = lowered_lines(wording, **AMBULANCE)
        assert figures in audit and "each audit asked" not in audit and "each audit or check" not in told, audit


def test_times_to_a_face_to_face_consultation_are_timed_not_read_off_the_rota():
    for wording in ("Ensure that the National Quality Requirements for out-of-hours services are met, in particular the "
                    "times within which patients with urgent needs receive a face-to-face consultation.",
                    "The provider should ensure that the times within which patients with urgent needs receive a home visit "
                    "are met."):
        _, _, audit, evidence = lowered_lines(wording, **GP)
        assert "rota" not in audit and "time" in evidence and "urgency" in evidence, (audit, evidence)


def test_calls_passed_back_are_counted_not_arrivals_timed():
    for wording in ("Continue to work with the NHS 111 provider to reduce the number of calls that are passed back for a "
                    "second triage.", "The service should reduce the number of calls passed back from NHS 111."):
        _, _, audit, evidence = lowered_lines(wording, **GP)
        assert "calls passed back" in audit and "arrival" not in evidence, (audit, evidence)


def test_a_stay_longer_than_a_time_limit_is_timed_not_walked_round():
    """"not used to accommodate patients for longer than 24 hours unless an extension has been authorised": each stay
    timed, with its extension, not a walk-round with a checklist."""
    for wording, services in (("The trust must ensure that the health-based place of safety is not used to accommodate "
                               "patients for longer than 24 hours unless an extension has been authorised.",
                               ["Mental health crisis services and health-based places of safety"]),
                              ("The trust should ensure that patients do not stay in the assessment unit for longer than 72 "
                               "hours.", ["Acute wards for adults of working age and psychiatric intensive care units"])):
        _, _, audit, evidence = lowered_lines(wording, report_types=["core-service-inspection-report"], services=services)
        assert "walk round" not in audit and "each stay" in evidence and "extension" in evidence, (audit, evidence)


def test_marketing_is_told_to_those_who_publish_it():
    for wording in ("The provider should ensure that its marketing materials do not offer time-limited discounts or "
                    "promotions that may put pressure on patients to make a decision about treatment.",
                    "The service should ensure that advertisements for cosmetic procedures are not misleading."):
        _, told, _, _ = lowered_lines(wording, report_types=["independent-health-inspection-report"])
        assert "marketing" in told and "nurses" not in told and "doctors" not in told, told


def test_therapy_waiting_lists_are_told_to_the_therapy_teams():
    services = dict(report_types=["core-service-inspection-report"],
                    services=["Community health services for children, young people and families"])
    for wording in ("The provider should ensure that waiting times for community paediatric therapy services are reduced "
                    "and that children on waiting lists are reviewed for any change in their needs.",
                    "The trust should reduce the waits for children's therapy appointments."):
        _, told, _, _ = lowered_lines(wording, **services)
        assert told.startswith("prompt: tell the therapy teams") and "health visitors" not in told, told


def test_records_completed_and_stored_take_the_records_lines_not_storage_alone():
    """"completed accurately, stored securely on vehicles and transferred ...": what a complete record is, not
    locked trolleys alone; records only stored securely keep the storage lines."""
    for wording, kw in (("The trust must ensure that patient care records are completed accurately, stored securely on "
                         "vehicles and transferred to the receiving hospital at handover.", AMBULANCE),
                        ("The provider must ensure that care records are accurate, complete and stored securely.", CARE_HOME)):
        change, _, audit, _ = lowered_lines(wording, **kw)
        assert "complete, accurate record" in change and "trolleys" not in change, change
    change, _, _, _ = lowered_lines("The provider must ensure that care records are stored securely.", **CARE_HOME)
    assert "trolleys" in change, change


def test_feedback_from_relatives_meetings_is_checked_as_feedback_not_sampled_records():
    for wording in ("We recommend the provider reviews how feedback from relatives’ meetings is recorded and acted upon, "
                    "so that people can see what has changed as a result.",
                    "The provider should ensure that actions agreed at families' meetings are recorded and followed up."):
        _, _, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert "10 records" not in audit and "records of 10" not in audit and "you said, we did" in evidence, audit


def test_advice_to_seek_is_sought_not_the_practice_designed():
    """"seeks advice and guidance from a reputable source about ...": who asks whom, by when, and what it changes."""
    for wording in ("We recommend the provider seeks advice and guidance from a reputable source about providing meaningful "
                    "activities for people living with advanced dementia.",
                    "We recommend the provider seeks guidance from a reputable source about managing medicines given "
                    "covertly."):
        change, _, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert "seeks the advice" in change and "guidance named here" not in change, change
        assert "advice was sought" in audit and "advice received" in evidence, (audit, evidence)


def test_an_ipc_audits_actions_are_tracked_with_the_settings_own_leads():
    """The annual IPC audit's actions completed: its action plan chased to closure, decided with the practice's own
    leads (no "IPC team and area manager" a GP practice lacks)."""
    for wording, kw in (("Review the arrangements for infection prevention and control so that actions identified in the "
                         "annual audit are completed.", GP),
                        ("The provider should ensure that actions arising from infection prevention and control audits are "
                         "completed.", dict(report_types=["dental-inspection-report"]))):
        change, _, audit, _ = lowered_lines(wording, **kw)
        assert "area manager" not in change and "action plan" in audit and "hand hygiene" not in audit, (change, audit)
    change, _, _, _ = lowered_lines("The trust should ensure that the board monitors the Workforce Race Equality Standard "
                                    "action plan and that progress is reported to the public board.",
                                    report_types=["trust-inspection-report"])
    assert "ipc" not in change, change  # an action plan of another kind is no IPC audit's


def test_what_board_papers_contain_is_read_in_the_papers_not_tracked_as_figures():
    for wording in ("The trust should ensure that board papers include analysis of performance data over time, including "
                    "statistical process control charts where appropriate.",
                    "The trust should ensure that reports to the quality committee include trends in incidents and "
                    "complaints."):
        _, _, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"])
        assert "weekly" not in audit and "papers or reports" in audit and "minutes" in evidence, (audit, evidence)


def test_staff_who_carry_caseloads_are_counted_against_the_establishment_not_by_shift():
    services = dict(report_types=["core-service-inspection-report"])
    for wording, service in (("The provider must ensure that there are sufficient numbers of suitably qualified health "
                              "visitors to deliver the Healthy Child Programme, including all mandated antenatal and new "
                              "birth visits.", "Community health services for children, young people and families"),
                             ("The trust should review staffing levels in the district nursing teams.",
                              "Community health services for adults")):
        _, _, audit, evidence = lowered_lines(wording, services=[service], **services)
        assert "by shift" not in audit and "caseload" in audit and "establishment" in evidence, (audit, evidence)


def test_audits_that_missed_the_findings_are_put_right_as_governance_too():
    """A breach passage saying the provider's audits had not identified the shortfalls: A, B, C and the evidence
    mend the audits, not only the care they missed."""
    for wording in ("Risks to people were not always assessed and managed safely.\nThe provider had a programme of audits, "
                    "but these had not identified the shortfalls we found in risk management, staffing and consent. The "
                    "provider was in breach of regulation 17 (Good governance).",
                    "Medicines were not always given as prescribed.\nThe provider carried out monthly checks, but these had not "
                    "identified the issues we found with medicines. This was a breach of regulation 17 (Good governance)."):
        change, told, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert "provider's own checks missed them" in change and "managers who carry out" in told, (change, told)
        assert "independent spot check" in audit and "independent spot checks" in evidence, (audit, evidence)


def test_audits_asked_already_are_not_mended_twice():
    """A breach whose ask is already the provider's own audits ("effective systems to assess, monitor and improve"):
    their lines once, not again for the finding that they missed the shortfalls."""
    for second in ("The provider did not have effective systems to assess, monitor and improve the quality and safety of "
                   "the service.", "The provider's quality assurance processes were not effective."):
        wording = ("Risks to people's safety were not always assessed or managed.\nThe provider's audits had not identified "
                   f"the shortfalls we found in risk assessments and medicines records. {second} This was a breach of "
                   "regulation 17 (Good governance).")
        change, _, audit, evidence = lowered_lines(wording, **CARE_HOME)
        assert audit.count("independent spot check") == 1 and evidence.count("independent spot checks") == 1, audit
        assert "checks missed them" not in change, change
    for wording in ("The service had been without a registered manager since August 2018. The provider’s quality audits had "
                    "not identified the concerns we found with risk management, staffing and consent. The provider had "
                    "failed to operate effective systems to assess, monitor and improve the quality and safety of the "
                    "service, and was in breach of regulation 17 (Good governance).",
                    "The provider's audits had not identified the issues we found with medicines. The provider had failed "
                    "to operate effective systems to assess, monitor and improve the quality and safety of the service."):
        change, _, _, evidence = lowered_lines(wording, "Regulation 17 Good governance", **CARE_HOME)  # a topic's lines
        assert evidence.count("independent spot checks") <= 1 and "checks missed them" not in change, (change, evidence)


def test_a_decontamination_room_kept_clean_is_cleaning_not_the_instruments_process():
    for wording, kw in (("The hospital must ensure that the endoscopy decontamination room is cleaned and maintained so that "
                         "it meets current national guidance.", dict(report_types=["hospital-inspection-report"])),
                        ("The practice should ensure that the decontamination room is cleaned daily and the cleaning is "
                         "recorded.", dict(report_types=["dental-inspection-report"]))):
        change, _, _, _ = lowered_lines(wording, **kw)
        assert "instruments" not in change and "cleaning" in change, change
