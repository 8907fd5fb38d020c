"""Prompts round twenty-nine (from outside readers' verdicts, issue 12): a hospital's statement is never given a care
home's or a GP practice's roles by one word it shares with them ("relatives"); the record each case leaves is named by
a whole noun phrase, never half of one ("its record of needs of people living", "risks relating to the health").
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import scaffold_for


def _lines(wording, **kw):
    scaffold, evidence = scaffold_for(wording, **kw)
    return scaffold.change + scaffold.communicate + scaffold.audit + evidence


def test_a_hospital_statement_naming_relatives_gets_no_care_home_roles():
    wording = ("The trust should ensure that treatment escalation plans are signed by a consultant and that conversations "
               "with relatives are recorded.")
    for types in (["hospital-quality-report"], ["trust-inspection-report"], ["core-service-quality-report"]):
        lines = _lines(wording, report_types=types)
        assert "registered manager" not in lines and "senior carers" not in lines
    assert "registered manager" in _lines(wording.replace("The trust", "The provider"),  # a guard: a care home's are
                                          report_types=["asc-inspection-report"])  # (a trust's statement is no care home's)


def test_the_record_each_case_leaves_is_never_half_a_noun_phrase():
    _, evidence = scaffold_for("The provider had failed to robustly assess the risks relating to the health and safety of "
                               "people. This was a breach of regulation 12.", report_types=["asc-"])
    assert "relating to the health." not in evidence and "the health and" not in evidence.replace("health and safety", "")
    _, evidence = scaffold_for("We recommend the provider reviews its staffing tool to ensure staffing levels at weekends "
                               "reflect the assessed needs of people living in the home.", report_types=["asc-"])
    assert "needs of people living." not in evidence and "record of needs" not in evidence


def test_a_failing_said_of_something_else_than_the_provider_is_never_quoted_as_the_goal():
    wording = ("Quality audits had failed to identify the shortfalls we found in medicines records. This was a breach of "
               "regulation 17 (Good governance).")
    lines = _lines(wording, report_types=["asc-"])
    assert "failed to" not in lines
    assert "audits identify the shortfalls" in lines.lower()


def test_information_kept_off_display_is_kept_secure_not_a_display_to_update():
    scaffold, evidence = scaffold_for("The provider should ensure that people's personal information is not left on display "
                                      "in the dining room.", report_types=["asc-"])
    assert "what is displayed" not in scaffold.change and "photo of the display" not in evidence
    assert "kept secure" in scaffold.change
    scaffold, _ = scaffold_for("The trust should ensure that medicines trolleys are not left unlocked when unattended.")
    assert "kept secure" in scaffold.change
    scaffold, _ = scaffold_for("The provider should ensure that the complaints procedure is displayed in the entrance hall.",
                               report_types=["asc-"])
    assert "what is displayed" in scaffold.change  # a guard: a display asked for is still one


def test_examples_set_between_subject_and_verb_and_what_justifies_an_ask_do_not_choose_its_lines():
    wording = ("The trust should ensure that blanket restrictions, such as locked bedrooms and the removal of lighters, are "
               "reviewed regularly and are justified by individual risk assessments.")
    scaffold, evidence = scaffold_for(wording, services=["Acute wards for adults of working age and psychiatric intensive "
                                                         "care units"], report_types=["core-service-quality-report"])
    assert "kept secure" not in scaffold.change + scaffold.communicate and "access list" not in evidence
    assert scaffold.topic == "restrictive"


def test_a_record_made_accessible_to_staff_is_access_to_a_system_not_what_a_record_contains():
    scaffold, evidence = scaffold_for("Ensure that the electronic patient record system is accessible to all bank staff from "
                                      "their first shift.", report_types=["hospital-quality-report"])
    assert "complete record must contain" not in scaffold.change and "good record" not in scaffold.communicate
    assert "access" in scaffold.change and "access" in evidence


def test_a_verb_pair_of_one_how_clause_is_one_ask():
    scaffold, evidence = scaffold_for("We recommend the provider reviews how it gathers and acts on feedback from people who "
                                      "use the service.", report_types=["asc-"])
    assert "(review how it gathers)" not in scaffold.change + evidence


def test_a_role_holders_protected_time_is_told_to_them_and_their_managers():
    scaffold, _ = scaffold_for("The trust should ensure that the safeguarding lead has enough protected time for the role.")
    assert scaffold.communicate.startswith("Prompt: Tell the role holder")


def test_meeting_minutes_are_read_for_each_meeting_never_sampled_as_ten_minutes():
    scaffold, _ = scaffold_for("Ensure that the minutes of practice meetings record the actions agreed and who owns them.",
                               report_types=["gp-"])
    assert "10 minutes" not in scaffold.audit and "each meeting's minutes" in scaffold.audit


def test_what_was_done_before_but_is_no_part_of_the_failing_turned_into_the_duty():
    wording = ("Three falls had been recorded in the accident book but had not been reported to the registered manager. "
               "This was a breach of regulation 12.")
    lines = _lines(wording, report_types=["asc-"])
    assert "but is reported" not in lines and "recorded in the accident book but" not in lines


def test_a_share_to_reach_is_tracked_as_a_figure_never_sampled_as_records():
    scaffold, evidence = scaffold_for("Ensure that at least 90% of patients are screened for sepsis on arrival.",
                                      services=["Urgent and emergency care"], report_types=["hospital-quality-report"])
    assert "records of at least" not in scaffold.audit + evidence
    assert "the share of patients screened for sepsis" in scaffold.audit


def test_a_job_repeated_every_six_months_is_checked_on_its_schedule_not_by_a_list_of_cases():
    scaffold, evidence = scaffold_for("The provider should ensure that fire drills are carried out every six months.",
                                      report_types=["asc-"])
    assert "list the cases" not in scaffold.audit.lower() and "schedule" in evidence


def test_a_system_to_develop_is_tested_as_a_system_not_by_sampling_peoples_records():
    scaffold, evidence = scaffold_for("We recommend the provider develops a system to record and act on the views of people "
                                      "and their relatives.", report_types=["asc-"])
    assert "records of 10 people" not in scaffold.audit and "people's records" not in evidence
    assert kind_of("develop a process to record and respond to concerns raised by relatives").id == "system"


def test_rooms_and_accommodation_that_must_meet_a_standard_are_walked_round_and_the_standard_names_no_topic():
    scaffold, evidence = scaffold_for("The trust must ensure that mixed-sex accommodation on Rowan ward meets the requirements "
                                      "of the Mental Health Act Code of Practice.",
                                      services=["Acute wards for adults of working age and psychiatric intensive care units"],
                                      report_types=["core-service-quality-report"])
    assert "records of mixed-sex accommodation" not in scaffold.audit + evidence
    assert "MHA paperwork" not in scaffold.audit and "walk" in scaffold.audit.lower()


def test_medicines_given_covertly_get_their_own_checks_not_storage_and_fridge_logs():
    scaffold, evidence = scaffold_for("We recommend the provider reviews how it manages the covert administration of "
                                      "medicines.", report_types=["asc-"])
    assert "fridge" not in scaffold.audit + evidence and "covertly" in scaffold.audit


def test_content_slots_of_a_topics_lines_do_not_read_an_instruction_as_their_content():
    scaffold, _ = scaffold_for("We recommend the provider seeks advice from a reputable source about the Accessible "
                               "Information Standard.", report_types=["asc-"])
    assert "must record (seek" not in scaffold.communicate


def test_a_second_recommended_verb_ending_in_ies_is_read_as_an_instruction():
    scaffold, _ = scaffold_for("We recommend the provider seeks guidance on the safe use of bed rails and carries out "
                               "individual risk assessments.", report_types=["asc-"])
    assert "and carries out" not in scaffold.change and "carry out individual risk assessments" in scaffold.change


def test_the_recording_of_a_record_samples_the_records_and_what_staff_are_told_is_asked_of_them():
    scaffold, _ = scaffold_for("The trust should improve the recording of carers’ assessments.",
                               report_types=["trust-inspection-report"])
    assert "10 recording of" not in scaffold.audit
    scaffold, _ = scaffold_for("The trust should ensure that changes to the evacuation plan are communicated to all staff.",
                               report_types=["trust-inspection-report"])
    assert "ask a sample of 10 staff" in scaffold.audit.lower()


def test_a_state_said_by_its_opposite_is_turned_into_its_duty_and_a_failing_after_it_keeps_its_subject():
    wording = ("Governance systems were ineffective and had not identified the risks we found. This was a breach of "
               "regulation 17.")
    lines = _lines(wording, report_types=["asc-"])
    assert "are ineffective" not in lines and "systems are effective" in lines.lower()
    assert "found: had not" not in lines and "Governance systems had not identified the risks we found" in lines
    lines = _lines("Care records were incomplete and inconsistent. This was a breach of regulation 17.", report_types=["asc-"])
    assert "incomplete" not in lines.replace("Care records were incomplete and inconsistent", "")


def test_a_domiciliary_agencys_report_gets_an_agencys_roles_not_a_care_homes():
    report = "Brightway Home Care Ltd\nBrightway Home Care\nRisks to people were not always assessed."
    scaffold, _ = scaffold_for("Risks to people were not always assessed.", report_types=["asc-inspection-report"],
                               report=report)
    assert "care coordinators" in scaffold.change and "deputy manager" not in scaffold.change
    scaffold, _ = scaffold_for("The provider should ensure that people receive a consistent team of care workers.",
                               report_types=["asc-inspection-report"])
    assert "senior carers on each shift" not in scaffold.communicate
    scaffold, _ = scaffold_for("The provider must ensure that people living at the home have their risks assessed.",
                               report_types=["asc-inspection-report"])
    assert "deputy manager" in scaffold.change  # a guard: a care home's report keeps a care home's roles


def test_a_participle_after_a_comma_continues_the_list_of_verbs_not_a_new_clause():
    scaffold, _ = scaffold_for("Ensure that incidents are recorded, investigated and learning is shared with staff.",
                               report_types=["gp-"])
    assert "(investigated and learning" not in scaffold.change + scaffold.communicate + scaffold.audit


def test_what_the_service_records_is_sampled_by_its_records_never_as_ten_records_or_the_following():
    scaffold, _ = scaffold_for("Review how the practice records telephone complaints so that themes can be identified.",
                               report_types=["gp-quality-report"])
    assert "10 records of telephone complaints" in scaffold.audit
    scaffold, _ = scaffold_for("The trust should ensure that the following are checked and recorded daily: fridge "
                               "temperatures.", report_types=["trust-inspection-report"])
    assert "records of following" not in scaffold.audit


def test_manageable_caseloads_are_a_figure_tracked_per_member_of_staff_not_their_records():
    scaffold, evidence = scaffold_for("The trust should ensure that care coordinators have manageable caseloads.",
                                      services=["Community-based mental health services for adults of working age"],
                                      report_types=["core-service-quality-report"])
    assert "records of care coordinators" not in scaffold.audit + evidence and "caseload" in evidence


def test_a_failing_counted_for_some_people_is_everyones_duty_and_needs_are_a_noun():
    lines = _lines("Some people did not have personal emergency evacuation plans. This was a breach of regulation 12.",
                   report_types=["asc-"])
    assert "some people have" not in lines.lower() and "people have personal emergency evacuation plans" in lines
    lines = _lines("One person did not have a falls risk assessment. This was a breach of regulation 12.",
                   report_types=["asc-"])
    assert "one person has" not in lines.lower() and "each person has a falls risk assessment" in lines
    _, evidence = scaffold_for("The provider must ensure that people's emotional needs are met.", report_types=["asc-"])
    assert "records of emotional." not in evidence and "records of emotional;" not in evidence


def test_not_all_is_turned_into_all():
    lines = _lines("Not all staff had completed training in moving and handling. This was a breach of regulation 18.",
                   report_types=["asc-"])
    assert "not all staff had" not in lines.lower() and "all staff have completed training in moving and handling" in lines
