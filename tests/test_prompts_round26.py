"""Prompts round twenty-six (from the outside readers' verdicts of judge44 and judge45, re-drafted): each item of a
list that opens "ensure that ..." is an ask without those words; what a place or a piece of equipment asks is seen
where it is, not in people's records; the reason after "remained in breach of regulation N as ..." is the duty
breached. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import scaffold_for


def test_each_item_of_an_ensure_list_is_asked_without_its_ensure():
    wording = ("Ensure that premises are safe for people. In particular:\n"
               "ensure that window restrictors are fitted to every upstairs window;\n"
               "ensure that the fire risk assessment is reviewed by a competent person.")
    texts = [a.text for a in asks(wording)]
    assert "window restrictors are fitted to every upstairs window" in texts
    assert not any(t.lower().startswith("ensure") for t in texts)
    assert "confirm that this was done: ensure" not in scaffold_for(wording)[0].audit


def test_a_room_said_to_offer_something_is_walked_round_not_sampled_in_peoples_records():
    audit = scaffold_for("Ensure that the family room offers a private space for relatives and carers.")[0].audit
    assert "walk round" in audit.lower()
    assert "records of 10" not in audit


def test_privacy_to_improve_is_observed_not_read_in_patients_records():
    scaffold, evidence = scaffold_for("The trust should consider how it can improve the privacy of patients "
                                      "being seen in the minor injuries corridor.")
    assert "observe practice on 10 occasions" in scaffold.audit.lower()
    assert "records of 10 patients" not in scaffold.audit
    assert "so that this was done" not in scaffold.change  # no instruction read as daily practice


def test_patients_records_left_unattended_are_spot_checked_for_security():
    scaffold, evidence = scaffold_for("The provider must ensure that patients’ records on the day unit are not left "
                                      "unattended on the reception desk.")
    assert "kept secure" in scaffold.change
    assert "what a complete record must contain" not in scaffold.change
    assert "audits of patients’ records" not in evidence.lower()


def test_emergency_equipment_and_medicines_are_checked_on_their_own_records():
    scaffold, evidence = scaffold_for("Ensure that emergency medicines are checked at the branch surgery.")
    assert "check records" in scaffold.audit
    assert "records of emergency medicines" not in scaffold.audit
    audit = scaffold_for("Ensure the practice can respond to a medical emergency, including the provision of "
                         "oxygen and a defibrillator.")[0].audit
    assert "item by item" in audit
    assert "10 records" not in audit


def test_the_records_each_case_is_documented_in_are_its_record():
    evidence = scaffold_for("The trust should ensure that reviews of the fetal heart rate, known as fresh eyes, are carried out hourly and "
                            "documented in the maternity records.")[1]
    assert "record of maternity records" not in evidence
    assert "each with its maternity records" in evidence


def test_an_approach_named_with_a_relative_clause_is_said_to_be_as_agreed():
    audit = scaffold_for("We recommend the provider reviews its approach to capacity assessments for people who "
                         "refuse their medicines, in line with current guidance.")[0].audit
    assert "guidance is as agreed" in audit


def test_the_reason_a_breach_remained_is_the_duty_breached():
    wording = ("At our last inspection the provider was in breach of regulation 18 (Staffing). The provider remained in "
               "breach of regulation 18 (Staffing) as staff had not received training in dementia care.")
    required = [a.text for a in asks(wording) if a.required]
    assert required == ["staff had not received training in dementia care"]
    scaffold, evidence = scaffold_for(wording, "Regulation 18 Staffing")
    assert "staff receive training in dementia care" in scaffold.change
    assert "training" in scaffold.audit.lower() and "fill rates" not in scaffold.audit  # the training, not the rota


def test_a_breach_because_audits_had_not_found_turns_both_verbs():
    wording = ("The provider was in breach of regulation 17 (Good governance) because the audit had not identified or "
               "addressed the gaps in medicines records.")
    scaffold, _ = scaffold_for(wording, "Regulation 17 Good governance")
    assert "the audit identifies or addresses the gaps in medicines records" in scaffold.change


def test_pressure_care_named_beside_medicines_is_no_medicines_topic_alone():
    wording = ("The provider was in breach of regulation 12 (Safe care and treatment) because risks relating to pressure "
               "care and the management of medicines were not assessed.")
    scaffold, _ = scaffold_for(wording, "Regulation 12 Safe care and treatment")
    assert scaffold.topic != "medicines"
    assert "pressure care" in scaffold.change


def test_a_failing_said_with_without_in_a_breach_passage_is_its_finding_not_the_goal():
    wording = ("Where people lacked capacity, bed sensors had been fitted without a capacity assessment. This was a "
               "breach of regulation 11 (Need for consent).")
    assert not any(a.required for a in asks(wording))
    scaffold, _ = scaffold_for(wording, "Regulation 11 Need for consent")
    assert "what the report found: Where people lacked capacity" in scaffold.audit
    assert "for what is asked (where people lacked capacity" not in scaffold.communicate
    # a guard: with no breach named, such a sentence is still what the lines are built from
    assert any(a.required for a in asks("Staff received no training in dysphagia."))


def test_a_failing_said_of_it_after_what_was_done_is_the_breachs_finding():
    wording = ("The home used a falls tool, but it had not been reviewed since May. This was a breach of regulation 12 "
               "(Safe care and treatment).")
    scaffold, _ = scaffold_for(wording, "Regulation 12 Safe care and treatment")
    assert "but it is reviewed" not in scaffold.change + scaffold.audit  # no failing turned into nonsense
    assert "what the report found: The home used a falls tool, but it had not been reviewed since May" in scaffold.audit


def test_guidance_to_consult_is_a_review_not_looked_for_in_care_plans():
    audit = scaffold_for("We recommend the provider consults national guidance on oral care and ensures people’s "
                         "oral care needs are recorded.")[0].audit
    assert "review was done" in audit
    assert "look for what is asked: consult" not in audit


def test_staff_awareness_to_review_is_asked_of_staff_not_traced_through_cases():
    audit = scaffold_for("Review staff awareness of the requirements of the Mental Capacity Act 2005.")[0].audit
    assert "ask a sample of 10 staff" in audit
    assert "list the cases" not in audit.lower()


def test_activities_at_weekends_are_shown_by_the_activities_record_not_visits():
    scaffold, evidence = scaffold_for("The provider should ensure that there are enough activities for people on the "
                                      "ward at weekends.")
    assert "record of each that took place" in evidence
    assert "contacts or visits" not in evidence


def test_what_each_case_records_is_no_phrase_ending_on_whom_it_is_for():
    evidence = scaffold_for("We recommend the provider reviews its approach to capacity assessments for patients who "
                            "receive their medicines hidden in food, in line with current guidance.")[1]
    assert "record of approach to" not in evidence
    assert "capacity assessments" in evidence


def test_a_breach_reason_no_not_can_turn_is_its_finding_not_quoted_as_the_ask():
    wording = ("The provider was in breach of regulation 17 (Good governance) as there were no effective systems to "
               "monitor the quality of the service.")
    assert not any(a.required for a in asks(wording))
    scaffold, _ = scaffold_for(wording, "Regulation 17 Good governance")
    assert "what the report found: there were no effective systems" in scaffold.audit
    assert "in breach of regulation 17" not in scaffold.change + scaffold.communicate  # not quoted as what is asked
    assert "each audit asked (there were no" not in scaffold.audit
