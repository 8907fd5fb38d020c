"""Prompts round forty-two (from outside readers' verdicts, judge56 and judge57): what each ask is said of. A breach's
second sentence opening on a quote is its own finding, not turned into the goal; records "accurate, complete and stored
securely" are a record to audit and a storage to spot-check; a strategy implemented is a plan's steps, not records
sampled; "they" and "the resulting ..." after audits are the audits' own; a thing in place "for all patients who need it"
starts from those patients; "enough staff" is the whole team's, told with the group named beside it; a figure a topic's
lines do not track gets its own; "the use of" is no verb of a new clause; what CQC did ("We issued a warning notice")
asks nothing, and the regulation cited chooses the lines. Statements here are written for the tests,
not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from prompt_lines import prompt_lines as _lines

CARE_HOME = ["asc-inspection-report"]


def test_a_second_failing_sentence_opening_on_a_quote_is_a_finding_not_the_goal():
    lines = _lines("Care plans were not always reviewed when people's needs changed. 'Thickened fluids' were not "
                   "prepared as prescribed.", report_types=CARE_HOME)
    text = " ".join(lines.values())
    assert "are not prepared as prescribed" not in text  # the failing is never what the lead sets out to confirm
    assert "'Thickened fluids' were not prepared as prescribed" in lines["c"]  # checked as what the report found


def test_records_accurate_complete_and_kept_securely_are_audited_and_spot_checked():
    lines = _lines("The provider must ensure that medication administration records are legible, complete and kept "
                   "securely in the clinic room.")
    assert "what a complete record must contain" in lines["a"] and "kept secure" in lines["a"]
    assert "are legible and complete" in lines["c"] and "Audit 10" in lines["c"] and "spot-check" in lines["c"]
    assert lines["e"].startswith("Prompt: Audits of")


def test_a_strategy_implemented_is_followed_by_its_plan_not_records_sampled():
    lines = _lines("The provider should ensure that its falls prevention strategy is fully implemented.")
    assert "records of" not in lines["c"] and "each step of the plan" in lines["c"]


def test_what_is_asked_of_audits_by_they_and_the_resulting_is_checked_with_the_audits():
    lines = _lines("Take action to ensure that audits of patient care records are carried out every six months, that they "
                   "have documented action points and that the resulting improvements can be shown.")
    assert "10 records" not in lines["c"] and "records of resulting" not in lines["e"]
    assert "the resulting improvements can be shown" in lines["c"]
    # an ask said of "it" with a check of its own keeps it
    assert "check records" in _lines("Ensure that the suction unit is available and that it is checked weekly.")["c"]


def test_a_thing_in_place_for_all_who_need_it_is_checked_from_those_people():
    lines = _lines("The service should make sure that hospital passports are in place for all people who need them.")
    assert "List the cases it applies to" in lines["c"] and "Audit 10 hospital passports" not in lines["c"]


def test_enough_staff_is_told_to_the_team_beside_the_group_named():
    lines = _lines("The trust must ensure that there are enough staff on each night shift, and that locum doctors receive "
                   "an induction to the ward.", services=["Acute wards for adults of working age and psychiatric intensive care units"])
    assert lines["b"].startswith("Prompt: Tell the ward's nurses")
    # staff named by their place are those told
    assert _lines("The trust must ensure that there are enough staff on the children's ward at night, and that agency "
                  "nurses receive an induction.")["b"].startswith("Prompt: Tell staff on the children's ward")


def test_a_figure_the_topics_lines_do_not_track_gets_its_own_check():
    lines = _lines("The trust should reduce the number of patients transferred between wards after 10pm.\n"
                   "The trust should reduce the number of operations cancelled on the day.")
    assert "Track the cancelled operations" in lines["c"]
    assert "patients transferred between wards after 10pm" in lines["c"].split("Track the cancelled operations")[1]
    assert "patients transferred between wards after 10pm" in lines["e"]


def test_the_use_of_after_a_list_is_no_clause_of_its_own():
    wording = "Ensure the lounge is dementia friendly, including flooring, signage and the use of colour on doors."
    assert len(asks(wording)) == 1


def test_what_cqc_did_asks_nothing_and_the_regulation_cited_chooses_the_lines():
    lines = _lines("Enforcement: We imposed conditions on the provider's registration.", regulations="Good governance",
                   report_types=CARE_HOME)
    assert not any("imposed conditions" in line for line in lines.values())  # no check sets out to confirm CQC's act
    assert "governance" in lines["a"]
