"""Prompts for judge62's misfits (plans drafted from two fresh outside sets), each by a rule for a class of statement,
tried on two wordings (prompts48)."""
from prompt_lines import lowered_lines

GP = {"report_types": ["gp-inspection-report"]}
OUTPATIENTS = {"report_types": ["trust-inspection-report"], "services": ["Outpatients"]}




def test_what_a_search_found_is_a_finding_put_right_not_the_aim():
    """"Our clinical searches found that 14 of 61 patients ... had not had ...": the search's result is evidence, listed
    as found; the lines are the topic the findings name (here the variant of the first: monitoring before each
    prescription), told to all who prescribe and issue, not only the nurses a later finding names."""
    for wording in ("Our clinical searches found that 14 of 61 patients prescribed methotrexate, lithium or azathioprine had "
                    "not had the required blood monitoring before their medicine was issued. Structured medication reviews "
                    "for patients on repeat medicines did not always record that the patient had been involved. Patient "
                    "group directions for the practice nurses had expired in November 2023 and had not been renewed.\n"
                    "The provider was in breach of regulation 12 (Safe care and treatment) of the Health and Social Care "
                    "Act 2008 (Regulated Activities) Regulations 2014.",
                    "Our audit identified that 9 patients prescribed lithium had not had a blood test in the last three "
                    "months. Patient group directions for the practice nurses had not been authorised.\nThe provider was in "
                    "breach of regulation 12 (Safe care and treatment)."):
        change, told, audit, evidence = lowered_lines(wording, "Safe care and treatment", **GP)
        asked = change.split("put right each of the report's findings")[0]  # the findings are listed as such after it
        assert "so that our" not in asked and "found that" not in asked
        assert "before each prescription" in change and "search the prescribing records" in audit
        assert "what the report found" in audit and "lithium" in audit
        assert "gps" in told


def test_a_documented_process_is_a_document_agreed_not_a_record_in_peoples_notes():
    for wording in ("The trust must ensure that the minor injuries unit has a documented process for the transfer of "
                    "deteriorating patients to the emergency department at Harrowfield General Hospital.",
                    "The provider should ensure there is a written procedure for escalating a deteriorating patient to the "
                    "local acute hospital."):
        change, _, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"],
                                            services=["Urgent and emergency care"])
        assert "document" in change and "approved" in evidence
        assert "records of 10" not in audit and "complete record" not in change


def test_this_is_recorded_is_the_record_of_the_ask_before_it():
    """"... have regular clinical supervision, and that this is recorded": the supervision log, not children's notes."""
    for wording in ("The trust should ensure that school nurses and staff in the children's therapy teams have regular "
                    "clinical supervision, and that this is recorded.",
                    "The trust should ensure that health visitors receive regular safeguarding supervision and that it is "
                    "documented."):
        change, _, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"],
                                            services=["Community health services for children, young people and families"])
        assert "supervision log" in audit and "children's records" not in evidence
        assert "records of 10" not in audit and "complete record" not in change


def test_clinics_running_late_are_the_wait_on_the_day_not_a_waiting_list():
    for wording in ("The hospital should monitor waiting times in outpatient clinics and inform patients when clinics are "
                    "running late.",
                    "The service should make sure patients are told when a clinic is running late and how long they can "
                    "expect to wait."):
        change, told, audit, evidence = lowered_lines(wording, **OUTPATIENTS)
        assert "on the day" in change and "told of each delay" in audit
        assert "harm review" not in told + audit + evidence and "records of 10" not in audit


def test_considering_a_change_where_waits_are_long_is_a_review_not_the_waits():
    """"consider extending video consultations in specialties with long waiting lists": what is considered is the
    consultations; the waiting lists say where."""
    for wording in ("The trust should consider extending the use of video and telephone consultations in specialties with "
                    "long waiting lists for follow-up appointments.",
                    "The trust should consider offering telephone appointments in services with long waits for a first "
                    "appointment."):
        change, _, audit, evidence = lowered_lines(wording, **OUTPATIENTS)
        assert "review" in change and "decision recorded" in audit
        assert "trajectory" not in change and "harm review" not in audit and "call data" not in audit + evidence


def test_one_pieces_test_and_its_file_are_checked_themselves_not_sampled():
    for wording in ("The trust must ensure that the dental radiography equipment at Hawthorn Lane Clinic has a current "
                    "critical examination and acceptance test, and that radiation protection files are up to date.",
                    "The practice must ensure the X-ray unit in surgery 2 has a valid critical examination, and that the "
                    "radiation protection file is kept up to date."):
        change, _, audit, evidence = lowered_lines(wording, report_types=["dental-inspection-report"])
        assert "audit 10" not in audit and "observation notes" not in evidence
        assert "test or assessment report" in evidence and "updated document" in evidence


def test_the_assessment_named_before_is_one_document_revised_not_assessments_sampled():
    for wording in ("The trust must ensure that the ligature risks on Rowan ward identified in the environmental risk "
                    "assessment are removed or mitigated, and that the assessment describes the action staff take to "
                    "manage the risks that remain.",
                    "The provider must ensure the fire risks identified in the fire risk assessment are acted on, and that "
                    "the assessment details how each remaining risk is managed."):
        _, _, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"],
                                       services=["Long stay or rehabilitation mental health wards for working age adults"])
        assert "10 assessments" not in audit and "review date" in audit and "updated document" in evidence


def test_audit_results_shared_with_staff_are_their_sending_not_the_outcome_improved():
    for wording, kw in (("The trust should ensure that the outcomes of clinical audits, including the radiography and "
                         "record-keeping audits, are shared with staff at every clinic.", OUTPATIENTS),
                        ("The practice should share the results of its clinical audits with all clinical staff.", GP)):
        change, _, audit, evidence = lowered_lines(wording, **kw)
        assert "until it improves" not in audit and "improvement aim" not in change
        assert "distribution list" in audit + evidence and "take 10 cases" not in audit


def test_an_assessment_within_minutes_of_arrival_is_a_time_tracked_not_a_guideline():
    for wording, service in (("The trust must ensure that all patients arriving by ambulance receive an initial clinical "
                              "assessment within 15 minutes of arrival, in line with national guidance.",
                              "Urgent and emergency care"),
                             ("The service must ensure that patients referred urgently receive an assessment within 48 "
                              "hours of referral, in line with the trust's policy.",
                              "Community-based mental health services for adults of working age")):
        change, _, audit, evidence = lowered_lines(wording, report_types=["trust-inspection-report"], services=[service])
        assert "guideline" not in change and "ratifies" not in change
        assert "target" in change and "weekly" in audit


def test_a_second_failing_after_the_providers_verb_is_an_ask_of_its_own():
    """"the practice did not always monitor patients prescribed high-risk medicines, and leaders did not have effective
    oversight of risk": two failings; each patient's monitoring is checked on the list of patients, not in minutes."""
    for wording in ("Patients told us clinical staff were kind and took time to listen. However, the practice did not "
                    "always monitor patients prescribed high-risk medicines, and leaders did not have effective oversight "
                    "of risk. We identified 2 breaches of regulation relating to safe care and treatment and good governance.",
                    "However, the practice did not monitor patients on lithium, and the partners did not have oversight of "
                    "safety alerts. This was a breach of regulation 12."):
        change, _, audit, evidence = lowered_lines(wording, **GP)
        assert "list the patients" in audit and "monitoring due" in evidence
