"""Prompts round thirty-nine (from outside readers' verdicts, judge54 and judge55, on lines the code still printed): the
topic and verb of a duty choose its lines, not a word beside them. A time limit in an "including" clause is a measure
tracked, not an offer; whether something is offered is sampled in those it is owed to, or the occasions that call for
it, not in what was given; a room kept at a temperature is a logged check, not a walk-round; drills carried out are
a schedule, not training; "patients being assessed" names who, not an assessment to do; a care plan giving staff
guidance is what it says, not an offer; information made accessible is found where people look; staff named with a
qualifier still know a vision or not; prescription forms kept securely are the forms' lines, not the medicines rooms';
a name the line gives by its initials ("DBS") is told already; audits a manager "had introduced" are what went well; and
what was done "with no" record, said in the past, is a finding put right, never the goal.
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.compose import kind_of
from prompt_lines import prompt_lines as _lines

ASC = ["asc-inspection-report"]
TRUST = ["trust-"]
GP = ["gp-"]


def _all(lines: dict[str, str]) -> str:
    return " ".join(lines.values())


def test_a_time_limit_included_in_an_assessment_is_tracked_not_offered():
    lines = _lines("The trust must ensure that people attending the urgent treatment centre receive prompt assessment of "
                   "their needs, including an initial assessment within 20 minutes of arrival.", report_types=TRUST)
    assert "offered or told" not in lines["a"] and "offered or explained" not in lines["b"]
    assert "target" in lines["a"] and lines["c"].startswith("Prompt: Track")


def test_an_offer_is_sampled_in_those_it_is_owed_to_not_in_what_was_given():
    lines = _lines("The service should ensure that carers are offered a needs assessment.", report_types=TRUST)
    assert "10 needs assessments" not in lines["c"] and "Audits of needs assessments" not in lines["e"]
    assert "the records of 10 of the people it concerns" in lines["c"]


def test_an_offer_after_an_event_is_sampled_in_those_events():
    lines = _lines("The trust should ensure that a debrief is offered to patients after each episode of seclusion.",
                   report_types=TRUST)
    assert "the records of 10 episodes of seclusion" in lines["c"]
    assert "records of debriefs" not in lines["e"].lower()


def test_a_room_kept_at_a_temperature_is_a_logged_check_not_a_walk_round():
    lines = _lines("The provider must ensure that the treatment room is kept at a safe temperature for storing medicines.",
                   report_types=TRUST)
    assert "walk round" not in lines["c"].lower() and "walk-round" not in lines["e"].lower()
    assert "out of range" in lines["a"]


def test_drills_carried_out_are_a_schedule_not_training():
    lines = _lines("The provider should ensure that evacuation drills are carried out and recorded.", report_types=ASC)
    assert "which staff need the training" not in lines["a"] and "training or competency record" not in lines["e"]
    assert "due" in lines["a"] and "schedule" in lines["e"]


def test_patients_being_assessed_name_who_not_an_assessment_to_do():
    lines = _lines("The trust should consider how to improve the privacy of patients being assessed in the streaming "
                   "area.", report_types=TRUST, services=["Urgent and emergency care"], theme="Compassionate care")
    assert "for which cases it must be done" not in lines["a"] and "list the cases" not in lines["c"].lower()


def test_a_care_plan_giving_staff_guidance_is_a_record_not_an_offer():
    assert kind_of("care plans give staff enough guidance to support people with their diabetes").id == "records"
    lines = _lines("Risks from falls were not always assessed, and care plans did not give staff enough guidance to support "
                   "people with their diabetes.", report_types=ASC)
    assert "offered or told" not in lines["a"] and "offered or explained" not in lines["b"]


def test_information_made_accessible_is_found_where_people_look_not_given_to_each():
    lines = _lines("Improve the accessibility of information about how to raise a concern, including in languages other "
                   "than English.", report_types=GP)
    assert "each person is given it" not in lines["b"] and "record of it being given" not in lines["e"]


def test_staff_named_with_a_qualifier_who_must_understand_a_vision_are_told_it():
    lines = _lines("The trust should ensure that staff in the community teams understand the trust’s vision and values.",
                   report_types=TRUST)
    assert "shared with every member of staff" in lines["a"]
    assert "roles, capacity, visibility" not in lines["a"]


def test_prescription_forms_kept_securely_get_the_forms_lines_not_the_medicines_rooms():
    lines = _lines("Ensure that blank prescription pads are stored securely and their use is monitored.", report_types=GP)
    assert "MAR/ePMA" not in _all(lines)
    assert "prescription form" in lines["c"].lower()


def test_a_name_the_line_gives_by_its_initials_is_not_told_again():
    lines = _lines("Ensure that recruitment checks for all staff include references; and Disclosure and Barring Service "
                   "checks for staff who act as chaperones.", report_types=GP)
    assert "Also tell them what is asked (Disclosure and Barring Service" not in lines["b"]


def test_audits_a_manager_had_introduced_are_what_went_well_not_the_topic():
    lines = _lines("The manager had introduced weekly audits of care plans and medicines records. The provider was in breach "
                   "of regulation 17 (Good governance) because the audits had not identified the concerns we found.",
                   report_types=ASC)
    assert "had introduced weekly audits" not in _all(lines)
    assert "the provider's own audits" in lines["a"] and "what a complete" not in lines["a"]


def test_what_was_done_with_nothing_recorded_is_a_finding_put_right_not_the_goal():
    lines = _lines("People waited in the reception area for up to four hours with no recorded pain scores.",
                   report_types=TRUST, services=["Urgent and emergency care"])
    assert "confirm that people waited" not in lines["c"] and "(people waited" not in lines["a"]
    assert "what the report found: People waited in the reception area" in lines["c"]
