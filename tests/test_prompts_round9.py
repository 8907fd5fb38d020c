"""Prompts round nine: records left where others can read them are spot-checked, staff access to a
system, reports to CQC or another body, policies past review, staff involvement and a manager's
support have lines of their own; every group of staff a statement lists is told; what a staffing
ask is for, and what work with partners aims at, reach the evidence. Statements here are written
for the tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.compose import kind_of, named_staff
from cqcplan.pipeline.scaffold import scaffold_for


def prompts(wording: str, **where) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **where)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit,
            "e": evidence}


@pytest.mark.parametrize(("ask", "kind"), [
    ("patient lists left at the nurses' station are kept out of sight", "security"),
    ("appointment letters are not left on the front desk where visitors can read them", "security"),
    ("people are not left in wet clothing", "practice"),  # people left are cared for, not secured
    ("bank nurses have access to the electronic prescribing system on their first shift", "it_access"),
    ("serious injuries are reported to CQC without delay", "notify"),
    ("falls with harm are reported to the local authority within two days", "returns"),
    ("infection prevention policies on the unit are within their review dates", "document_register"),
    ("managers involve ward staff in planning the move to the new building", "staff_involvement"),
    ("the new manager has the support of the regional director", "leader_support"),
    ("work with the integrated care board to reduce delays in transfers to care homes", "joint_work"),
    ("work with patients to write their care plans", "records"),  # patients are no partner organisation
])
def test_kind_of_reads_what_is_asked_round_nine(ask, kind):
    assert kind_of(ask).id == kind


def test_records_left_out_are_spot_checked_not_audited_for_content():
    lines = prompts("Ensure that blood request forms are not left on the clinic counter where other patients can read them.")
    assert "spot-check" in lines["c"].lower() and "complete record" not in lines["a"]
    assert "audit 10" not in lines["c"].lower()


def test_and_making_sure_that_splits_two_asks():
    found = asks("The trust must ensure that the unit is safe by reviewing the fire risk assessment and making sure "
                 "that staff know the evacuation routes.")
    assert [a.text for a in found] == ["the unit is safe by reviewing the fire risk assessment",
                                       "staff know the evacuation routes"]


def test_every_staff_group_a_statement_lists_is_told():
    wording = "Ensure that physiotherapists, occupational therapists and rehabilitation support workers complete moving and handling training."
    assert named_staff(wording) == "physiotherapists, occupational therapists and rehabilitation support workers"
    assert "rehabilitation support workers" in prompts(wording)["b"]


def test_a_staffing_ask_is_evidenced_by_what_it_is_for():
    lines = prompts("Ensure that there are enough nurses on every shift so that patients' planned outings are not cancelled.")
    assert "the records that show patients' planned outings are not cancelled" in lines["e"]
    assert "roles named" not in lines["e"]


def test_work_with_partners_is_planned_with_them_and_its_aim_measured():
    lines = prompts("Work with the local authority and commissioners to reduce the number of delayed transfers of care.")
    assert "partners named" in lines["a"] and "agree the target" in lines["a"]
    assert "weekly" in lines["c"]


def test_supervision_is_checked_on_its_own_log_not_the_training_records():
    lines = prompts("The trust should ensure that nurses receive regular clinical supervision and that it is recorded.")
    assert "supervision log" in lines["c"] and "training records" not in lines["c"]


def test_a_later_ask_the_topic_b_leaves_out_is_told():
    lines = prompts("The trust must ensure that DNACPR decisions are discussed with patients and that any mental "
                    "capacity assessment is recorded.")
    assert "mental capacity assessment" in lines["b"]


def test_the_equipment_checked_is_named_in_the_evidence():
    lines = prompts("Ensure that the paediatric resuscitation trolley on the children's ward is checked daily.")
    assert "named here" not in lines["e"]
    assert "paediatric resuscitation trolley" in lines["e"]


def test_a_team_that_receives_supervision_is_no_meeting_receiving_reports():
    assert kind_of("staff in the community team receive monthly clinical supervision").id == "supervision"
    assert kind_of("the quality committee receives monthly reports on falls").id == "oversight"
    assert named_staff("Ensure that staff in the home treatment team receive supervision.") == "staff in the home treatment team"


def test_work_with_partners_so_that_a_time_is_met_measures_the_time():
    lines = prompts("Work with the local authority so that people detained under section 136 are assessed within four hours.")
    assert "partners named" in lines["a"] and "agree the target" in lines["a"]


def test_what_a_lock_prevents_is_not_evidenced_as_a_record():
    lines = prompts("Ensure that clinic room doors are locked so that medicines cannot be taken by visitors.")
    assert "the records that show" not in lines["e"]


@pytest.mark.parametrize(("ask", "kind"), [
    ("bereavement support is offered to families after a death", "offered"),
    ("patients are offered a follow-up call after they go home", "offered"),
    ("staff who are new to the unit do not work without support", "practice"),  # no offer to anyone
    ("the practice's protocols for reducing the dose patients receive are up to date", "document_register"),
])
def test_an_offer_is_made_to_people(ask, kind):
    assert kind_of(ask).id == kind
