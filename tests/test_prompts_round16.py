"""Prompts round sixteen: a topic's change line is written for one of a statement's asks; another ask that
names none of the lines' triggers and whose words the line leaves out, or that forbids a practice the line
only says how to use, gets a step of its own (its kind's A line) and B tells that step, not only a place in
the quote after "here:"; an ask said of the same thing as one the line names, of a kind the lines were
written for, referring back, or opening on a verb without being an instruction ("so that speak to them
...") does not. Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import Ask
from cqcplan.pipeline.compose import said_of, stated
from cqcplan.pipeline.scaffold import _unfixed, scaffold_for


def _ask(text: str) -> Ask:
    return Ask(text, text, True)


def test_a_second_ask_beside_a_variant_gets_its_own_step():
    scaffold, _ = scaffold_for("The provider must ensure that the statement of purpose is updated to name the new "
                               "nominated individual and that the deputy manager's long absence is notified to CQC.")
    here, _, also = scaffold.change.partition("; here: ")
    assert "statement of purpose" in here
    assert "Also agree which events are notified to CQC" in also


def test_an_ask_the_topic_line_leaves_out_gets_a_step_and_the_other_does_not():
    scaffold, _ = scaffold_for("The trust must ensure staff on the day unit complete and act on early warning scores "
                               "and that the ligature risk assessment for the garden room is reviewed.")
    assert scaffold.topic == "patient_risk"
    also = scaffold.change.split(" Also ", 1)[1]
    assert "so that staff on the day unit complete and act on early warning scores" in also
    assert "ligature" not in also  # the topic's line was written for that ask


def test_one_ask_gets_no_added_step():
    scaffold, _ = scaffold_for("The trust must ensure that the ligature risk assessment for the garden room is reviewed.")
    assert " Also " not in scaffold.change


def test_an_ask_said_of_what_a_named_ask_is_said_of_adds_no_step():
    change = "Decide who checks the equipment named here, how often and against which checklist."
    each = [_ask("the grab bag and oxygen are available on each floor"), _ask("the grab bag and oxygen are checked every week")]
    assert said_of(each[0].text) == said_of(each[1].text) == "the grab bag and oxygen"
    assert _unfixed(change, ["checked every week"], each) == []
    other = [each[0], _ask("the night staff rota is published a month ahead")]
    assert _unfixed(change, ["checked every week"], [*other[::-1]]) == []  # neither named: no line was written for one
    named_one = [_ask("the grab bag and oxygen are checked every week"), _ask("the night staff rota is published a month ahead")]
    assert _unfixed(change, ["checked every week"], named_one) == [named_one[1]]


def test_an_ask_of_a_kind_the_lines_were_written_for_adds_no_step():
    change = "Decide who checks the equipment named here, how often and against which checklist."
    each = [_ask("the grab bag is checked every week"), _ask("the deputy manager's absence is notified to CQC")]
    assert _unfixed(change, ["checked every week"], each) == [each[1]]
    assert _unfixed(change, ["checked every week"], each, frozenset({"notify"})) == []


def test_an_ask_opening_on_a_verb_that_is_no_instruction_gets_no_step():
    assert not stated("speak to them in a way that respects their dignity")
    assert not stated("not leave people in wet clothing")
    assert stated("people who are at risk if calls are missed are identified and prioritised")
    assert stated("staff on the ward complete and act on early warning scores")
    change = "Decide how pain is assessed, relieved and reassessed, and how it is recorded."
    each = [_ask("pain is assessed and relieved"), _ask("speak to them in a way that respects their dignity")]
    assert _unfixed(change, ["pain"], each) == []


def test_the_step_a_gives_a_separate_ask_is_told_in_b():
    scaffold, _ = scaffold_for("The trust must ensure staff on the day unit complete and act on early warning scores "
                               "and that the ligature risk assessment for the garden room is reviewed.")
    also = scaffold.communicate.split(" Also ", 1)[1]
    assert also.startswith("tell them the change agreed: who now does what and when")
    assert "(staff on the day unit complete and act on early warning scores)" in also


def test_a_practice_to_stop_gets_a_step_though_the_topic_names_its_subject():
    scaffold, _ = scaffold_for("The provider must ensure that every use of seclusion is recorded and reviewed, "
                               "and that mechanical restraint is not used on the ward.")
    assert scaffold.topic == "restrictive"
    assert "Also agree what will change in daily practice so that mechanical restraint is not used" in scaffold.change
    # a result to reach said with "not" is no practice to stop: the topic's line was written for it
    scaffold, _ = scaffold_for("The provider must ensure that every use of seclusion is recorded and reviewed, "
                               "and that restraint is not recorded late.")
    assert " Also agree" not in scaffold.change
