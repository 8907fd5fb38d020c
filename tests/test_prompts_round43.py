"""Prompts round forty-three (from outside readers' verdicts, judge58): a time or a number "reduced" is a measure tracked
from its figures, and a time in the emergency department from the attendance data; patients on a community treatment
order are listed and audited, not every detained patient; a record kept with another is spot-checked where it should
be, not audited for its content; information held in one place is where it is held, and an electronic record system
named is no remote access; examples set between a subject and its verb name no topic; a survey is analysed, and the
plan that results shared, once a round; a failing listed after a comma with "had not" is its own duty. Statements
here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import composable, scaffold_for
from prompt_lines import prompt_lines as _lines


def test_a_time_reduced_is_a_measure_tracked_from_its_figures():
    lines = _lines("The service should ensure that the length of time people spend on the assessment unit is reduced.")
    assert lines["c"].startswith("Prompt: Track") and "10 records" not in lines["c"]
    emergency = _lines("The trust must ensure the time patients stay in the emergency department is cut to meet the four-hour "
                       "standard.")
    assert "each attendance's time from arrival to leaving the department" in emergency["c"]
    assert "Observe practice" not in emergency["c"]


def test_patients_on_a_community_treatment_order_are_listed_not_detained_patients_audited():
    lines = _lines("Staff should make sure that each patient on a community treatment order has their conditions reviewed "
                   "and recorded.")
    assert lines["c"].startswith("Prompt: List every patient on a community treatment order")
    assert "detained" not in lines["c"]
    # detained patients named beside them keep the audit of every detained patient
    both = _lines("The trust should ensure that detained patients and those on a community treatment order are told their rights.")
    assert "every detained patient's MHA paperwork" in both["c"]


def test_a_record_kept_with_another_is_spot_checked_where_it_should_be():
    assert kind_of("signed treatment estimates are filed with each patient's treatment plan").id == "kept_with"
    lines = _lines("The ward should ensure that the latest copy of each patient's leave conditions is kept with their "
                   "observation charts.")
    assert "what a complete record must contain" not in lines["a"] and "where each one is kept" in lines["a"]
    assert lines["c"].startswith("Prompt: Spot-check") and "what must be recorded" not in lines["b"]


def test_information_held_in_one_place_is_where_it_is_held_not_remote_access():
    lines = _lines("The provider should ensure that people's care records are held in a single place so that staff can find "
                   "them quickly.")
    assert "where each kind of patient information is held" in lines["a"] and "offline access" not in lines["a"]
    assert "found in the place agreed" in lines["c"]
    # a record system named as where things are recorded is no access to it; logging on to it is
    assert "offline access" not in _lines("The trust should ensure that all risk information is recorded on the electronic "
                                          "record system.")["a"]
    assert "offline access" in _lines("The trust should make sure that community staff can log on to the electronic record "
                                      "system during home visits.")["a"]


def test_examples_between_the_subject_and_its_verb_name_no_topic():
    scaffold, _ = scaffold_for("The trust should ensure that the systems used to monitor each ward, such as audits of care "
                               "plans, identify and address poor practice.")
    assert scaffold.topic != "care_planning" and "what the audits or monitoring must cover" in scaffold.change


def test_a_survey_is_analysed_and_its_plan_shared_once_a_round():
    lines = _lines("The practice should analyse the results of the patient questionnaire and make sure the resulting "
                   "improvement plan is shared with the patient participation group.")
    assert "when each round of the survey closes" in lines["c"] and "monthly for three months" not in lines["c"]
    assert "10 cases" not in lines["c"] and "each round's analysis" in lines["e"].lower()


def test_a_failing_listed_after_a_comma_with_had_not_is_its_own_duty():
    lines = _lines("Care plans were not always up to date, staff had not completed moving and handling training, and audits "
                   "had not found these issues. This was a breach of regulation 17.")
    text = " ".join(lines.values())
    assert "had not completed" not in text  # never quoted back as the goal
    assert "staff complete moving and handling training" in lines["a"] and "care plans are up to date" in lines["a"]
    # a clause that opens the sentence ("Where ..., ") keeps its comma, and is no clause of its own
    where = composable("Where people could not consent, capacity assessments were not completed, and staff had not "
                       "recorded best interests decisions. This was a breach of regulation 11.")
    assert [a.text for a in where] == ["Where people could not consent, capacity assessments are completed"]
