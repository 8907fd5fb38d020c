"""Prompts round eighteen: a clause in the past after the ask is what was found, not an ask; a change to plan
and deliver (a strategy set out, a survey's results acted on, a recognised tool used) is shown by its plan's
steps and measure; faulty equipment taken out of use is a fault-log process; staff enough to meet a national
standard is the establishment; a kit holding everything on a list is checked item by item; people named by
their appointment ask for no appointment; every record and course an ask joins with "and" is named.
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import records_named, kind_of
from cqcplan.pipeline.scaffold import scaffold_for


def test_a_clause_in_the_past_after_the_ask_is_a_finding():
    wording = ("The provider must ensure that fridge temperatures are recorded daily; on the day of our visit the log "
               "had gaps of nine days.")
    found = asks(wording)
    assert [a.required for a in found] == [True, False]
    scaffold, evidence = scaffold_for(wording)
    assert "Check in particular what the report found: on the day of our visit the log had gaps" in scaffold.audit
    assert "log has gaps" not in scaffold.change and "put right" in evidence
    # a clause in the present after the semicolon still asks; so does one whose past verb is in a relative clause
    assert all(a.required for a in asks("The provider must ensure that medicines are stored safely; each person "
                                         "has a medicines profile."))
    assert all(a.required for a in asks("The provider must ensure that fridges are checked daily; records show "
                                        "what was done when a reading was out of range."))


def test_a_change_to_plan_and_deliver_is_shown_by_its_plan_and_measure():
    for wording in ("The trust should set out a clear estates strategy with measurable goals.",
                    "The trust should act on its patient survey results, particularly the scores for discharge.",
                    "The provider should use a validated dependency tool to set staffing for each unit."):
        scaffold, evidence = scaffold_for(wording)
        assert "each step of the plan and its measure" in scaffold.audit, wording
        assert "this was done" not in scaffold.audit and "the measure's figures" in evidence
    assert kind_of("act on its findings").id != "programme"  # the findings of an earlier ask, checked as that ask
    assert kind_of("improve its results in the national diabetes audit").id == "measure"


def test_faulty_equipment_taken_out_of_use_is_a_fault_log_not_building_work():
    scaffold, evidence = scaffold_for("The provider must ensure that broken hoists are taken out of use and reported.")
    assert "fault log" in scaffold.audit and "fault log" in evidence
    assert "works order" not in evidence
    assert kind_of("remove the old carpet from the lounge").id == "works"


def test_staff_enough_to_meet_a_national_standard_is_the_establishment():
    assert kind_of("the pharmacy has enough pharmacists to meet the national standards for clinical "
                   "pharmacy").id == "establishment"
    assert kind_of("there are enough nurses on duty at night to meet the national standards").id != "establishment"


def test_a_kit_holding_everything_on_a_list_is_checked_item_by_item():
    scaffold, _ = scaffold_for("The practice must ensure the emergency grab bag contains everything on its checklist, "
                               "including a pocket mask and spare batteries.")
    assert "item by item" in scaffold.audit and "audit the checklists" not in scaffold.audit


def test_people_named_by_their_appointment_ask_for_no_appointment():
    assert kind_of("checks are completed for all trustees, including those appointed this year").id != "appoint"
    assert kind_of("a new registered manager is appointed").id == "appoint"


def test_every_record_and_course_joined_by_and_is_named():
    assert records_named("every resident has a falls risk assessment and care plan, reviewed monthly") == \
        "falls risk assessments and care plans"
    _, evidence = scaffold_for("Ensure staff on the stroke unit complete dysphagia training and training in the use "
                               "of the hoist.")
    assert "(dysphagia training and training in the use of the hoist)" in evidence
    _, evidence = scaffold_for("The provider must ensure that when a person is admitted for respite, a mental "
                               "capacity assessment and best interests decision are completed and recorded.")
    assert "mental capacity assessment and best interests decision" in evidence and "when a person" not in evidence


def test_an_act_timed_from_arrival_is_a_measure_not_cover_or_training():
    for wording in ("The trust must ensure that every woman arriving at the maternity triage unit, including those who "
                    "arrive when the triage midwife is not on duty, has a midwife's assessment within 30 minutes of arrival.",
                    "The trust must ensure that patients admitted with a stroke are assessed within four hours of "
                    "admission by a nurse with stroke competencies."):
        scaffold, evidence = scaffold_for(wording)
        assert "dated trajectory" in scaffold.change, wording
        assert "rota" not in scaffold.audit and "training or competency record" not in evidence
    assert kind_of("staff complete their training within three months of starting").id == "training"


def test_an_instruction_opening_on_let_ask_or_strengthen_is_not_read_as_a_clause():
    scaffold, _ = scaffold_for("The provider should let people choose when they get up and go to bed.")
    assert "so that let" not in scaffold.change and "confirm that let" not in scaffold.audit
    scaffold, evidence = scaffold_for("The service should ask people who use the day centre for their views "
                                      "through regular surveys.")
    assert "how often feedback is gathered" in scaffold.change and "you said, we did" in evidence


def test_dental_decontamination_terms_name_a_dental_practice():
    scaffold, _ = scaffold_for("The practice must ensure the autoclave is validated each day and that staff follow "
                               "HTM 01-05.")
    assert "dental nurses" in scaffold.communicate and "GPs" not in scaffold.communicate


def test_privacy_with_something_on_the_premises_is_walked_round_not_watched():
    scaffold, _ = scaffold_for("The provider should make sure residents can speak with visitors in private and have "
                               "somewhere lockable for their money.")
    assert "walk round" in scaffold.audit.lower() and "observe practice" not in scaffold.audit.lower()
    assert kind_of("patients are assessed in a private area").id == "staff_practice"
