"""Prompts for a second outside reader's misfits (judge104), each by a rule for a class of statement (prompts83): a
two-part ask checked in both parts (audit results acted on beside the practice audited, a kind's case named beside the
kind itself, what a record says beside whom it reaches), a count to raise tracked as figures, and patient moves told to
the managers who decide them. Wordings are new, not the reader's items."""
from prompt_lines import lowered_lines

from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import composable

CORE = dict(report_types=["core-service-inspection-report"])
GP = dict(report_types=["gp-inspection-report"])
SURGERY = dict(services=["Surgery"], **CORE)
COMMUNITY = dict(services=["Community health services for adults"], **CORE)


def test_audit_results_acted_on_are_checked_by_their_action_plans_beside_the_practice_audited():
    change, told, check, evidence = lowered_lines("The trust should raise hand washing compliance in theatres and act on the "
                                                  "results of its quarterly hand hygiene audits.", **SURGERY)
    assert "observe hand hygiene" in check and "each action" in check.split("meet the target.")[-1], check
    assert "action plan" in evidence, evidence
    assert kind_of("act on the results of quarterly infection control audits").id == "programme"
    *_, check, evidence = lowered_lines("The practice should act on the results of its monthly record keeping audits.", **GP)
    assert "strategy" not in check and "action plan" in check, check


def test_a_kinds_narrow_case_named_beside_the_kind_itself_gets_the_kinds_lines_for_both():
    *_, check, evidence = lowered_lines("The service should ensure that community staff keep to the lone working procedure "
                                        "and carry lone worker alarms on every visit.", **COMMUNITY)
    assert "lone working log" in check and "device" in check, check
    assert "check-in" in evidence and "device" in evidence, evidence
    *_, check, evidence = lowered_lines("The service should ensure that community staff carry lone worker alarms on every visit.",
                                        **COMMUNITY)
    assert "lone working log" not in check and "device" in check, check  # the case alone keeps its own lines


def test_what_a_record_says_and_whom_it_reaches_are_two_asks_each_checked():
    assert [a.text for a in composable("Ensure that minutes of governance meetings record each decision taken and are sent "
                                       "to staff who were absent.")] == [
        "minutes of governance meetings record each decision taken",
        "minutes of governance meetings are sent to staff who were absent"]
    *_, check, evidence = lowered_lines("Ensure that minutes of governance meetings record each decision taken and are sent to "
                                        "staff who were absent.", **GP)
    assert "to confirm that minutes of governance meetings record each decision taken" in check, check
    assert "distribution list" in check and "distribution list" in evidence, (check, evidence)
    assert [a.text for a in composable("Ensure that staff who carry out and record checks are trained.")] == [
        "staff who carry out and record checks are trained"]  # one subject with its own clause: no split


def test_more_people_reached_is_a_count_tracked_not_ten_records_sampled():
    assert kind_of("more carers are offered support").id == "measure"
    assert kind_of("more young carers are referred for support").id == "measure"
    *_, check, evidence = lowered_lines("Review how young carers are found so that more young carers are referred for "
                                        "support.", **GP)
    assert "records of 10" not in check and "figures" in check and "figures" in evidence, check


def test_a_count_to_raise_or_lower_is_tracked_and_named_without_what_is_asked_of_it():
    *_, check, evidence = lowered_lines("The trust should ensure that the number of home visits made by the falls team is "
                                        "increased.", **COMMUNITY)
    assert "figures for the number of home visits made by the falls team," in check, check  # a count raised is tracked
    assert "falls team is increased:" not in evidence, evidence
    *_, check, _ = lowered_lines("The trust should reduce the number of patients who are moved between wards after 10pm.", **SURGERY)
    assert "number of patients who are moved between wards after 10pm," in check, check


def test_patient_moves_between_wards_and_at_night_are_told_to_the_site_and_bed_managers_who_decide_them():
    for wording in ("The trust should reduce the number of patient moves between wards for non-clinical reasons.",
                    "The trust should ensure that patients are not transferred between wards after 11pm.",
                    "The trust should ensure that fewer patients are moved at night."):
        _, told, *_ = lowered_lines(wording, **SURGERY)
        assert "bed managers" in told, (wording, told)
    _, told, *_ = lowered_lines("The trust should ensure that ward staff record patients' weights on admission.", **SURGERY)
    assert "bed managers" not in told, told


def test_controlled_drugs_checked_and_recorded_as_policy_sets_are_the_routine_checks_done_and_signed():
    *_, check, evidence = lowered_lines("The provider must ensure that controlled drugs in the recovery unit are checked and "
                                        "recorded in accordance with the medicines policy.", **SURGERY)
    assert "every check due" in check and "destruction" not in check, check
    *_, check, _ = lowered_lines("The trust must ensure that the destruction of controlled drugs is witnessed and recorded.",
                                 **SURGERY)
    assert "destruction" in check, check


def test_feedback_evidence_shows_whose_feedback_it_is():
    *_, evidence = lowered_lines("The trust should seek feedback from families of children with hearing loss.", **SURGERY)
    assert "from the people named" in evidence, evidence
