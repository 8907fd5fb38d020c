"""Prompts round seventeen: C's method and E's record chosen from what each ask's object is, not its topic
(what staff know is asked of staff; meetings shown by their schedule, attendance and notes; a target or a
monitoring each person has checked case by case; a service to set up counted by whom it sees; records
named by whose they are sampled as theirs; what people are told is information given), B told to the
setting's staff when an ask is said of staff in general, and a variant used for the kinds its lines were
written for. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.compose import records_named, kind_of, named_staff, purpose
from cqcplan.pipeline.scaffold import scaffold_for


def test_what_staff_know_is_asked_of_staff():
    scaffold, evidence = scaffold_for("The provider must ensure that night staff know which residents are at risk of "
                                      "falling and how to summon help.")
    assert "ask a sample of 10 staff" in scaffold.audit.lower()
    assert "staff awareness checks" in evidence
    assert kind_of("staff know about").id != "awareness"  # a knowing verb with nothing known after it


def test_meetings_are_shown_by_their_schedule_attendance_and_notes():
    for wording in ("The trust should ensure that ward managers meet monthly with the estates team so that repairs are "
                    "prioritised.",
                    "The service should set up weekly meetings with the local hospice team."):
        scaffold, evidence = scaffold_for(wording)
        assert "meeting schedule, attendance and notes" in scaffold.audit, wording
        assert "attendance and notes of each meeting" in evidence
        assert "audit the records of 10" not in scaffold.audit
    assert kind_of("staff meet the needs of people with dementia").id != "meetings"


def test_a_target_each_person_has_is_their_care_not_a_figure_to_move():
    scaffold, _ = scaffold_for("Ensure that residents with diabetes have an individual glucose target and that their "
                               "bowel movements are monitored.")
    assert "dated trajectory" not in scaffold.change and "Track" not in scaffold.audit
    assert "list the patients it applies to" in scaffold.audit.lower()
    assert kind_of("the unit meets the four-hour target").id == "measure"


def test_monitoring_by_managers_is_oversight_not_a_measure():
    assert kind_of("sickness rates are monitored by ward managers").id == "oversight"


def test_people_recorded_on_a_register_are_counted_on_it():
    assert kind_of("carers are recorded on the practice's register").id == "register"


def test_what_people_are_told_about_a_wait_is_what_they_are_told_not_the_wait():
    assert kind_of("patients are told how long they may wait for their appointment").id == "offered"
    assert kind_of("patients wait for their appointment no longer than six weeks").id == "measure"


def test_a_risk_assessment_improved_is_a_document():
    assert kind_of("improve the practice's lone working risk assessment").id == "document"


def test_records_available_for_appointments_are_counted():
    scaffold, evidence = scaffold_for("The service must ensure that patients' notes are available for every clinic.",
                                      services=["Outpatients"])
    assert "full record was not available" in scaffold.audit and "full record was not available" in evidence
    assert "what a complete record must contain" not in scaffold.change


def test_staff_in_general_beside_named_staff_tells_the_setting_staff_too():
    wording = ("The hospital must ensure that staff are trained in basic life support and that agency nurses complete "
               "it before their first shift.")
    scaffold, _ = scaffold_for(wording, services=["Medical care"])
    assert "agency nurses, and the nurses, doctors and support staff" in scaffold.communicate
    only_named, _ = scaffold_for("The hospital must ensure that agency nurses complete basic life support training "
                                 "before their first shift.", services=["Medical care"])
    assert "support staff" not in only_named.communicate


def test_staff_who_attend_are_not_the_doers_and_control_room_staff_are_staff():
    assert named_staff("The trust should ensure that the daily bed meeting includes a member of the discharge team.") == ""
    assert "control room staff" in named_staff("The trust should ensure call handlers and control room staff have "
                                               "protected time for training.")
    assert named_staff("The service should ensure that call takers follow the script.") == "call takers"


def test_what_cover_allows_is_checked_on_the_shifts():
    assert purpose("staffing on the unit is sufficient for therapy sessions to take place as planned") == \
        "therapy sessions take place as planned"
    scaffold, _ = scaffold_for("The trust must ensure there is enough pharmacist cover at weekends so that discharge "
                               "medicines are ready on time.", services=["Medical care"])
    assert "check too, from discharge data" in scaffold.audit  # where the result is kept, beside the rota
    assert scaffold.audit.endswith("that discharge medicines are ready on time; report to the medical care governance "
                                   "meeting until three months meet the standard.")


def test_a_service_to_set_up_is_planned_started_and_counted():
    scaffold, evidence = scaffold_for("The trust should introduce a nurse-led heart failure clinic for patients "
                                      "discharged from the cardiology ward.", services=["Medical care"])
    assert "the date it starts" in scaffold.change
    assert "people referred, seen and waiting" in scaffold.audit and "start date" in evidence
    assert "tracing" not in scaffold.audit
    assert kind_of("provide a safe service").id != "new_service"


def test_what_is_introduced_decides_the_kind():
    assert kind_of("introduce regular spot checks of medicines administration").id == "audit_system"
    assert kind_of("introduce a system for tracking referrals").id == "system"


def test_records_named_by_whose_they_are_are_sampled_as_theirs():
    assert records_named("the outcome is recorded in each volunteer's file") == "volunteers' files"
    assert records_named("each person's records are kept") == "people's records"
    assert records_named("a record of this is kept in the hospital’s files") == "files"  # the service's own, not owners'


def test_a_second_kind_named_clear_of_the_first_gets_its_own_lines():
    scaffold, evidence = scaffold_for("Ensure that healthcare assistants receive an annual appraisal and regular "
                                      "managerial supervision.", services=["Medical care"])
    assert "supervision log" in scaffold.audit and "appraisal" in scaffold.audit
    assert "supervision log" in evidence


def test_a_variant_fits_the_kinds_it_lists():
    scaffold, evidence = scaffold_for("The hospital must make sure that anaesthetists with practising privileges have "
                                      "their appraisal and indemnity reviewed every two years.", services=["Surgery"])
    assert scaffold.topic == "recruitment"
    assert "practising privileges file" in scaffold.audit and "tracker" in evidence


def test_the_default_setting_staff_read_before_a_clause():
    scaffold, _ = scaffold_for("The provider should make sure that care plans record how each person likes to be addressed.")
    assert "who do what is asked here" not in scaffold.communicate


def test_a_tie_of_setting_cues_goes_to_the_setting_the_words_name():
    from cqcplan.pipeline.compose import place_for
    assert place_for("The practice should make sure that the dental nurse's training records are kept up to date.").setting \
        == "dental"
    assert place_for("The practice should make sure that repeat prescriptions are signed by a GP.").setting == "gp"


def test_clauses_listed_with_commas_are_asks_of_their_own():
    from cqcplan.pipeline.asks import asks
    found = asks("The provider must ensure the gas safety certificate is renewed, window restrictors are fitted on the "
                 "first floor, and each resident has a call bell within reach.")
    assert [a.duty for a in found] == ["the gas safety certificate is renewed", "window restrictors are fitted on the first floor",
                                       "each resident has a call bell within reach"]
    for one in ("The trust must ensure the garden is secure, so that patients cannot leave, and visitors cannot enter "
                "unseen.",  # one qualifier
                "The trust must ensure that when patients are restrained, debriefs take place within 72 hours.",
                "The provider must ensure that records, including daily notes, are complete, legible and stored securely.",
                "The trust must make sure that risk assessments are current, include the garden, and say how each risk "
                "will be managed.",  # predicates of one subject
                "Ensure that staff receive the appropriate support, training, supervision and appraisal as is necessary "
                "to carry out their duties."):  # "as is necessary" is no clause of its own
        assert len(asks(one)) == 1, one


def test_a_review_for_a_result_said_of_people_checks_the_result_too():
    scaffold, evidence = scaffold_for("We recommend the provider reviews the evening routine so that people who need "
                                      "help to get ready for bed are supported at the time they choose.")
    assert "review was done" in scaffold.audit
    assert "to confirm that people who need help to get ready for bed are supported at the time they choose" in scaffold.audit


def test_what_is_done_in_private_is_observed_not_sampled_from_records():
    scaffold, evidence = scaffold_for("The trust must ensure that women attending the fertility clinic are seen in a "
                                      "private room.", services=["Gynaecology"])
    assert "observe practice on 10 occasions" in scaffold.audit.lower() and "observation records" in evidence.lower()
    assert "audit 10" not in scaffold.audit


def test_measures_read_from_different_figures_are_tracked_apart():
    scaffold, evidence = scaffold_for("The trust must reduce the number of outpatient clinics cancelled at short notice "
                                      "and make sure that patients are given a new appointment within 14 days.",
                                      services=["Outpatients"])
    assert "count of cancellations" in scaffold.audit  # (prompts58: cancellations counted with their reasons)
    assert scaffold.audit.lower().count("track ") == 2  # each from its own figures
    assert "for what is asked (patients are given a new appointment within 14 days)" in scaffold.audit


def test_examples_of_what_audits_must_find_are_no_parts_to_check_on_their_own():
    scaffold, _ = scaffold_for("The provider must ensure its quality checks identify shortfalls like those found at "
                               "this inspection, including gaps in fluid charts and topical cream records.")
    assert "to confirm that gaps in fluid charts" not in scaffold.audit and "audit 10" not in scaffold.audit
    assert "compare the provider's own audits with an independent spot check" in scaffold.audit


def test_a_wait_for_transport_or_a_call_back_is_timed_where_it_is_recorded():
    scaffold, _ = scaffold_for("The service should reduce how long outpatients wait for transport after their clinic "
                               "visits.", services=["Patient transport services"])
    assert "time from being ready to being collected" in scaffold.audit and "waiting list data" not in scaffold.audit
    scaffold, _ = scaffold_for("The service must ensure that people waiting for a home visit receive a call-back within "
                               "two hours.")
    assert "each call-back's time due and time made" in scaffold.audit
