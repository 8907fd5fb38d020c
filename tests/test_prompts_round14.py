"""Prompts round fourteen: a topic's stock lines are used only when the kind of fix the ask needs is one
they were written for (a measure tracked from its figures, cover on the rota, a meeting's oversight are
kinds of fix of their own: `topic_gate` in vocab/asks.toml, `fits` in vocab/scaffolds.toml; a time limit
hung on the topic's own act is not); whoever
"should make sure that" something is done, the ask is what follows; and the records a check samples are
named only by a noun phrase (never "records of nobody", "10 how it records", "time of this initial
assessments", "record of patient on the ward", "records of advisers re-triage patients", "within seven
days of an"). Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import scaffold_for


def prompts(wording: str, theme: str | None = None) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, theme=theme)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


def test_cover_on_duty_is_not_given_a_training_topics_compliance_lines():
    lines = prompts("The provider must ensure that a registered nurse with up-to-date immediate life support training "
                    "is on site at all times.", theme="Mandatory training")
    assert lines["topic"] == "general"
    assert "cover needed" in lines["a"] and "rotas" in lines["c"] and "compliance" not in lines["a"]


def test_a_committees_oversight_is_not_given_ward_paperwork_lines():
    lines = prompts("The trust must ensure that the Mental Health Act committee receives reports on the use of "
                    "section 136 every quarter.", theme="Mental Health Act")
    assert lines["topic"] == "general" and "T2/T3" not in lines["a"]
    assert "minutes" in lines["c"] and "minutes" in lines["e"]


def test_a_number_to_move_is_tracked_rather_than_given_mha_paperwork_lines():
    lines = prompts("The trust must reduce the number of Mental Health Act tribunal hearings postponed because "
                    "reports are late.", theme="Mental Health Act")
    assert lines["topic"] == "general" and "T2/T3" not in lines["a"]
    assert "target" in lines["a"] and lines["c"].startswith("Prompt: Track")


def test_a_time_limit_on_the_topics_own_act_keeps_the_topic():
    """Guards `_fix`: a time limit hung on an act is no measure that takes the topic's lines away."""
    lines = prompts("The trust must ensure that, after a notifiable safety incident, the family receive a written "
                    "apology within ten working days.", theme="Incidents")
    assert lines["topic"] == "candour"


def test_a_topic_whose_lines_track_the_measure_keeps_them():
    """Guards `fits`: the gate without it would take the waiting-times topic's own lines away."""
    lines = prompts("The trust must reduce waiting times for the memory assessment service and keep people who are "
                    "waiting under review.", theme="Access and flow")
    assert lines["topic"] == "waiting_times"


def test_whoever_should_make_sure_the_ask_is_what_follows():
    found = [a.text for a in asks("The community team should make sure that every new referral is triaged by a "
                                  "clinician.")]
    assert found == ["every new referral is triaged by a clinician"]
    assert "team should" not in prompts("The home treatment team should make sure that people referred at night "
                                         "are contacted within two hours.")["c"]


def test_nobody_names_no_records_to_sample():
    lines = prompts("The provider must ensure that nobody is moved to another room unless the move and the "
                    "reason for it are recorded.")
    assert "of nobody" not in lines["c"] and "of nobody" not in lines["e"]


def test_a_verb_after_a_pronoun_is_no_record():
    lines = prompts("The service should review how it records informal concerns so that themes can be found.")
    assert "10 how it records" not in lines["c"] and "of how it records" not in lines["e"]


def test_a_demonstrative_does_not_join_a_records_name():
    lines = prompts("The trust must ensure that children are seen by a nurse on arrival and that the time of this "
                    "first assessment is recorded.")
    assert "time of this first assessments" not in lines["c"] and "10 first assessments" in lines["c"]


def test_a_person_is_no_record_named_in_the_evidence():
    lines = prompts("The trust must ensure that each patient on the rehabilitation ward has a current falls risk "
                    "assessment.")
    assert "record of patient" not in lines["e"]


def test_a_clause_with_people_in_it_is_not_a_records_name():
    lines = prompts("The trust must ensure that community advisers re-contact patients whose appointments were "
                    "cancelled.")
    assert "for community advisers" not in lines["c"] + lines["e"]


def test_a_time_standard_is_quoted_to_its_last_word():
    lines = prompts("The trust should improve how its teams share information with GPs, including sending letters "
                    "within five days of an appointment.", theme="Multidisciplinary working")
    assert "(within five days of an appointment)" in lines["c"] and "of an)" not in lines["c"] + lines["e"]


def test_a_target_in_hours_is_each_cases_time_against_the_standard():
    lines = prompts("The home treatment team should make sure that people referred at night are contacted within "
                    "the two-hour target.")
    assert "(within the two-hour target)" in lines["c"] and "data for the measure" not in lines["c"]


def test_a_place_word_inside_a_hyphenated_compound_is_no_place_to_walk_round():
    lines = prompts("The trust should consider how it can reduce the number of patients sent to out-of-area hospitals "
                    "because no local bed is available.")
    assert "walk-round" not in lines["a"] and lines["c"].startswith("Prompt: Track")


def test_a_leaders_capacity_is_not_a_mental_capacity_case_list():
    lines = prompts("The provider must ensure that managers have the capacity and time to supervise their teams.")
    assert "for which cases" not in lines["a"] and "list the cases" not in lines["c"].lower()


def test_a_persons_own_target_is_not_a_service_measure():
    lines = prompts("The provider must ensure that staff act when a person has not drunk their target amount by midday.")
    assert "trajectory" not in lines["a"] and "data for the measure" not in lines["c"]


def test_a_boards_oversight_is_read_in_its_minutes():
    lines = prompts("The trust must ensure that the board has clear oversight of the quality of care in its community "
                    "services.", theme="Safeguarding")
    assert "minutes" in lines["c"] and "minutes" in lines["e"]


def test_a_yearly_event_for_everyone_is_a_rate_tracked_monthly_a_yearly_test_is_checked_when_due():
    everyone = prompts("The trust must ensure that all patients on the rehabilitation unit receive an annual medication "
                       "review.")
    assert "monthly for three months" in everyone["c"] and "until three months meet the standard" in everyone["c"]
    boiler = prompts("The provider must ensure that the gas boiler has an annual safety check.")
    assert "when each is next due" in boiler["c"]


def test_a_time_limit_names_no_seven_day_service():
    lines = prompts("The trust must ensure that referral letters to the memory clinic are acknowledged within seven "
                    "days of receipt.")
    assert lines["topic"] == "general" and "MDT" not in lines["a"]


def test_assessed_says_how_not_that_a_guideline_is_the_issue():
    lines = prompts("The trust must ensure that children arriving at the emergency department are assessed by a nurse "
                    "within 15 minutes and that the time of the assessment is recorded.")
    assert lines["topic"] != "guidelines" and "ratifies" not in lines["a"]


def test_call_bells_are_timed_from_the_nurse_call_system_not_the_telephones():
    lines = prompts("The provider must ensure that call bells are answered promptly on the medical wards.")
    assert "nurse call" in lines["c"] and "telephone" not in lines["c"] + lines["e"]


def test_a_dental_practices_own_clinical_words_name_its_setting():
    lines = prompts("The practice should make sure that radiographs are graded and that rubber dam is used for root "
                    "canal treatment.")
    assert "dentist" in lines["a"] + lines["b"] and "GP" not in lines["a"] + lines["b"]
