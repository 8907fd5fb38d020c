"""Prompts for outside readers' misfits (j70, j71), each by a rule for a class of statement, tried on two wordings
(prompts57)."""
from prompt_lines import lowered_lines

CARE_HOME = dict(report_types=["care-home-inspection-report"])
AMBULANCE = dict(report_types=["independent-ambulance-assessment-report"])


def test_not_enough_improvement_at_this_inspection_is_no_ask():
    """"At this inspection enough improvement had not been made and the provider was still in breach of regulation 17":
    the history of a breach, nothing to do; the lines are the regulation's, never "so that ... is still in breach"."""
    for wording, title in (("At this inspection enough improvement had not been made and the provider was still in breach "
                            "of regulation 17 (Good governance) of the Health and Social Care Act 2008 (Regulated "
                            "Activities) Regulations 2014.", "Good governance"),
                           ("During this inspection, sufficient improvements had not been made and the service remained in "
                            "breach of regulation 12 (Safe care and treatment).", "Safe care and treatment")):
        for line in lowered_lines(wording, title, **CARE_HOME):
            assert "still in breach" not in line and "remained in breach" not in line, line
            assert "improvement is made" not in line and "improvements are made" not in line, line


def test_a_rating_summary_is_neither_an_ask_nor_a_finding():
    """"This service was previously rated good. At this assessment the rating has changed to requires improvement. This
    means that there was an increased risk that people could be harmed.": what the rating is and meant; the breaches
    it names are answered by the plan's actions for them, never a risk tool checked against the rating."""
    for wording in ("This service was previously rated good. At this assessment the rating has changed to requires "
                    "improvement. This means that there was an increased risk that people could be harmed. The service "
                    "was in breach of legal regulation in relation to safe care and treatment and staffing.",
                    "This location was previously rated outstanding. At this assessment the rating for this key question "
                    "has gone down to good. The service was in breach of legal regulation in relation to person-centred "
                    "care."):
        lines = lowered_lines(wording, **AMBULANCE)
        assert "each regulation breached" in lines[2], lines[2]
        for line in lines:
            assert "previously rated" not in line and "rating has" not in line and "rating for this" not in line, line
            assert "which tool" not in line, line


def test_what_a_law_provides_is_no_ask():
    """"The Mental Capacity Act 2005 (MCA) provides a legal framework for ...": what the law is, said before the
    failing; the failing is checked, never "confirm that the MCA provides a legal framework"."""
    for wording, failing in (("The Mental Capacity Act 2005 (MCA) provides a legal framework for making particular decisions "
                              "on behalf of people who may lack the mental capacity to do so for themselves. The provider "
                              "was in breach of regulation 11 (Need for consent) of the Health and Social Care Act 2008 "
                              "(Regulated Activities) Regulations 2014 because mental capacity assessments had not been "
                              "completed for people who had bed rails in place.", "bed rails"),
                             ("The Act requires that, as far as possible, people make their own decisions and are helped to "
                              "do so when needed. The registered manager had not applied for DoLS authorisations for two "
                              "people whose liberty was restricted.", "dols authorisations")):
        lines = lowered_lines(wording, "Need for consent", **CARE_HOME)
        assert failing in lines[2], lines[2]
        for line in lines:
            assert "legal framework" not in line and "as far as possible" not in line, line


def test_a_breach_in_relation_to_a_topic_takes_that_topic_not_the_regulations_title():
    """"... in breach of regulation 12(2)(g) in relation to the proper and safe management of medicines": what was
    breached is medicines management, not safe care and treatment at large (no risk tool, "which tool, when to
    escalate")."""
    for wording in ("Protocols for ‘when required’ medicines were missing for 4 people. This meant the provider was in "
                    "breach of regulation 12(2)(g) in relation to the proper and safe management of medicines.",
                    "Some prescribed creams had no date of opening recorded. This was a breach of regulation 12 (Safe care "
                    "and treatment) with regard to the management of medicines."):
        change, communicate, audit, evidence = lowered_lines(wording, "Safe care and treatment", **CARE_HOME)
        assert "medicines" in change and "medicines" in evidence, (change, evidence)
        assert "which tool" not in change and "the tool" not in communicate, (change, communicate)


COMMUNITY = dict(report_types=["trust-inspection-report"], services=["Community health services for adults"])


def test_records_that_can_be_accessed_are_access_to_records_not_their_content():
    """"electronic patient records can be accessed reliably by staff working in rural areas": reaching the records (devices,
    connectivity), said in the passive as "staff can access the records" is said in the active; never what a complete
    record contains, nor 10 records audited for it."""
    for wording in ("The trust should ensure that electronic patient records can be accessed reliably by staff working in "
                    "rural areas.",
                    "The provider should ensure that the electronic records system can always be accessed by community "
                    "nurses when visiting people at home."):
        change, communicate, audit, evidence = lowered_lines(wording, **COMMUNITY)
        assert "connectivity" in change and "fault log" in audit, (change, audit)
        assert "complete, accurate" not in change + audit and "audit 10" not in audit, audit


def test_a_trusts_statement_is_never_a_practices_or_a_care_homes():
    """"The trust must ensure ...": an NHS trust's service (a sexual health clinic whose report names dental dams, or is
    typed as a practice's), never told to dentists or GPs or reported to a practice meeting."""
    report = ("Example NHS Trust\nSexual health services\nThe trust should ensure dental dams are offered with oral health "
              "advice at every clinic.\nThe trust must ensure that staff in the district nursing teams complete pressure "
              "ulcer risk assessments for all patients on their caseload.")
    for wording, options in (("The trust should ensure that staff complete training in female genital mutilation awareness.",
                              dict(report_types=["dental-inspection-report"], report=report)),
                             ("The trust must ensure that patients attending walk-in clinics are triaged by a suitably "
                              "qualified clinician within 30 minutes of arrival.", dict(report=report)),
                             ("The trust should ensure that interpreting services are offered to patients whose first "
                              "language is not English.", dict(report_types=["gp-inspection-report"], report=report))):
        for line in lowered_lines(wording, **options):
            assert "dentist" not in line and "gps" not in line and "practice meeting" not in line, line


OUTPATIENTS = dict(report_types=["trust-inspection-report"], services=["Outpatients"])


def test_what_can_be_seen_or_overheard_is_looked_at_where_it_is_not_in_records():
    """"confidential patient information is not visible on screens in reception areas", "patients can discuss sensitive
    matters without being overheard": looked at on a walk-round where it happens; no one's records show it. Patients who
    leave "without being seen" were not seen by a clinician: a figure tracked, no walk-round."""
    for wording in ("The trust must ensure that confidential patient information is not visible on screens in reception "
                    "areas. (Regulation 17(2)(c))",
                    "The trust should consider providing a private space at the main reception desk so that patients can "
                    "discuss sensitive matters without being overheard."):
        _, _, audit, evidence = lowered_lines(wording, **OUTPATIENTS)
        assert "walk round" in audit and "walk-round" in evidence, (audit, evidence)
        assert "records of" not in audit + evidence and "audit 10" not in audit, (audit, evidence)
    _, _, audit, _ = lowered_lines("The trust should consider how it can reduce the number of patients who leave the department "
                                   "without being seen.", report_types=["trust-inspection-report"],
                                   services=["Urgent and emergency care"])
    assert "walk round" not in audit and "track" in audit, audit  # seen by a clinician: a figure tracked


def test_scores_carried_over_from_the_last_inspection_are_no_finding():
    """"Scores for the remaining quality statements were carried over from our last inspection.": how the rating was
    reached, nothing to tell staff or check beside the breaches named after it."""
    for wording, history in (("Scores for the remaining quality statements were carried over from our last inspection. We "
                              "identified 3 breaches of regulation relating to safe care and treatment, staffing and good "
                              "governance.", "carried over"),
                             ("The ratings from the previous inspection for the key questions not looked at on this occasion "
                              "were used in calculating the overall rating. We identified 2 breaches of regulation relating "
                              "to safe care and treatment and staffing.", "calculating")):
        lines = lowered_lines(wording, **CARE_HOME)
        assert "each regulation breached" in lines[2], lines[2]
        for line in lines:
            assert history not in line, line


MH_WARD = dict(report_types=["trust-inspection-report"],
               services=["Acute wards for adults of working age and psychiatric intensive care units"])


def test_a_variant_named_only_by_another_topics_phrase_is_not_claimed():
    """"ward managers complete regular audits of care records and that actions arising from those audits are followed
    up": "actions arising" is governance's phrase as much as the IPC audit variant's; with no infection control named, the
    audits asked are checked, never "each action from the IPC audit"."""
    for wording in ("The trust should ensure that ward managers complete regular audits of care records and that actions "
                    "arising from those audits are followed up.",
                    "The provider should ensure that managers complete regular audits of medicines records and that actions "
                    "arising from them are completed."):
        for line in lowered_lines(wording, **MH_WARD):
            assert "ipc" not in line, line
    _, _, audit, _ = lowered_lines("The trust should ensure that actions arising from infection control audits are completed.",
                                   **MH_WARD)
    assert "ipc audit's action plan" in audit, audit


def test_what_a_worker_wrote_being_available_is_no_cover_on_the_rota():
    """"the eating and drinking guidelines written by the speech and language therapist are available in each house
    kitchen": the guidelines are what is available, not the therapist; no rota checked for cover. A pharmacist available
    at weekends is still cover."""
    for wording in ("We recommend the provider ensures that the eating and drinking guidelines written by the speech and "
                    "language therapist are available in each house kitchen in an accessible format.",
                    "The provider should ensure that the moving and handling plans provided by the occupational therapist "
                    "are available in each person's room."):
        for line in lowered_lines(wording, **CARE_HOME):
            assert "rota" not in line and "cover" not in line, line
    _, _, audit, _ = lowered_lines("The provider should ensure that a pharmacist is available to give advice at weekends.",
                                   **CARE_HOME)
    assert "rotas" in audit, audit


def test_a_document_agreed_or_approved_is_a_document_not_records_sampled():
    """"an end of life care strategy is agreed": one document written and approved, as "is updated" or "is in place" is;
    never 10 "records of end of life care strategy" audited."""
    for wording, options in (("Ensure that an end of life care strategy is agreed and shared with staff across the hospital.",
                              dict(report_types=["hospital-quality-report"], services=["End of life care"])),
                             ("The provider should ensure that the falls prevention policy is approved and shared with staff.",
                              CARE_HOME)):
        _, _, audit, evidence = lowered_lines(wording, **options)
        assert "once it is approved" in audit and "approved and dated" in evidence, (audit, evidence)
        assert "audit 10" not in audit and "check monthly for three months that the" not in audit, audit
