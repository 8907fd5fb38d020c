"""Prompts round forty (from outside readers' verdicts, judge56): the kind of check follows the duty's verb, object
and theme. A fridge monitored to a temperature range is read each day on its signed record, not an audit programme;
calls answered and triaged are timed from the call data, not from arrivals; patients "being assessed" somewhere say where
the duty is, not that each is assessed; stock risk assessed is one assessment, done once;
risks "assessed, monitored and managed" are each person's, led by the first verb, not an audit programme; a practice
asked before the audits of it is told to the staff, not only the audits; a practice improved "so that" a time limit is met
is tracked as that time, from its own figures; information shown where the ask says (on every vehicle) is looked
for there; training to complete, asked beside what staff must understand, is shown by the training records too; an ambulance crew
checks a DNACPR decision's form before acting on it, which is not the decision-makers' topic; "learning from complaints,
incidents and audits" is one programme, split after its list, and no one source's topic.
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.scaffold import composable
from prompt_lines import prompt_lines as _lines


def test_a_fridge_monitored_to_a_range_is_a_daily_check_not_an_audit_programme():
    lines = _lines("The provider must ensure that medicines freezers on the wards are monitored so that stock is kept "
                   "between -25°C and -15°C.")
    assert "each audit" not in lines["c"] and "check records" in lines["c"]
    assert "audit schedule" not in lines["e"] and "signed check records" in lines["e"]


def test_calls_answered_and_triaged_are_timed_from_the_call_data_not_arrivals():
    lines = _lines("The trust must ensure that there are sufficient numbers of suitably trained staff in the control room to "
                   "answer and triage calls in a timely way.")
    assert "arrival time" not in lines["c"] + lines["e"]
    assert "time to answer and to triage" in lines["c"]


def test_people_being_assessed_somewhere_do_not_make_the_duty_a_per_case_assessment():
    lines = _lines("The trust should improve the privacy of patients being assessed in the shared bay of the assessment unit.")
    assert "list the cases" not in lines["c"].lower() and "cases it applied to" not in lines["e"]
    assert "observe practice" in lines["c"].lower()


def test_stock_risk_assessed_is_one_assessment_not_a_list_of_cases():
    lines = _lines("Ensure that the medicines kept in the doctors’ home visit bags are risk assessed.")
    assert "list the cases" not in lines["c"].lower() and "cases it applied to" not in lines["e"]
    assert "assessment report" in lines["e"]


def test_risks_assessed_and_monitored_are_each_persons_not_an_audit_programme():
    lines = _lines("Risks associated with people’s health conditions were not always assessed, monitored and managed. This "
                   "was a breach of regulation 12 (Safe care and treatment) of the Health and Social Care Act 2008 "
                   "(Regulated Activities) Regulations 2014.", report_types=["asc-inspection-report"])
    assert "audits or monitoring must cover" not in lines["a"] and "each audit" not in lines["c"]
    assert "for which cases" in lines["a"]


def test_a_practice_asked_before_its_audits_is_told_not_only_the_audits():
    lines = _lines("The trust should ensure that planning for transfer to rehabilitation starts on admission and that "
                   "transfers out of the unit are monitored and reported.")
    assert lines["b"].index("when it must start") < lines["b"].index("what the audits or checks will look at")  # told to staff
    # who do not carry them out (prompts53)


def test_a_practice_improved_for_a_time_limit_is_tracked_as_that_time():
    lines = _lines("The trust should improve the handover of patients at the emergency department so that ambulance crews "
                   "are released within 30 minutes.")
    assert "audit the records" not in lines["c"] and lines["c"].startswith("Prompt: Track each ambulance arrival's time")
    assert "the records that show" not in lines["e"]  # the handover log shows the time already


def test_information_shown_where_the_ask_says_is_looked_for_there():
    lines = _lines("The provider should ensure that information about advocacy services is available in every community "
                   "team base.")
    assert "waiting areas" not in lines["c"] and "(in every community team base)" in lines["c"]
    assert "waiting areas, leaflet stands" in _lines("The practice should ensure that information about how to complain "
                                                     "is available to patients.")["c"]


def test_training_to_complete_beside_what_staff_must_understand_keeps_its_records():
    lines = _lines("Ensure that all healthcare assistants complete training in the Accessible Information Standard and "
                   "understand how it applies to their role.")
    assert "ask a sample of 10 staff" in lines["c"] and "training, drill or competency records" in lines["c"]
    assert "training or competency record" in lines["e"]


def test_crews_acting_on_a_dnacpr_decision_are_told_to_check_it_not_how_to_make_it():
    lines = _lines("The service must ensure that crews know how to check that a do not attempt cardiopulmonary "
                   "resuscitation (DNACPR) form is valid before they act on it.")
    assert "who make DNACPR decisions" not in lines["b"] and lines["b"].startswith("Prompt: Tell crews")
    assert "validity checked" in lines["c"] and "discussion with the person" not in lines["c"]
    transport = _lines("The trust must ensure that staff transporting patients with a do not attempt cardiopulmonary "
                       "resuscitation (DNACPR) decision know and check the validity of the form before they set off.")
    assert transport["b"].startswith("Prompt: Tell crews") and "Also tell" not in transport["b"]  # the variant tells it
    hospital = _lines("The trust must ensure that do not attempt cardiopulmonary resuscitation (DNACPR) forms are "
                      "completed fully, including the record of the discussion with the patient.")
    assert "who make DNACPR decisions" in hospital["b"]


def test_a_programme_of_learning_from_a_list_is_split_after_the_list_and_is_no_one_sources_topic():
    wording = ("We recommend the provider develops a programme of learning from complaints, incidents and audits, and "
               "shares the learning with all staff.")
    assert [a.text for a in composable(wording)] == [
        "develop a programme of learning from complaints, incidents and audits", "share the learning with all staff"]
    lines = _lines(wording, report_types=["asc-inspection-report"])
    assert "complaints lead" not in lines["a"] and "agree the plan for it" in lines["a"]
    assert "each audit asked" not in lines["c"]
