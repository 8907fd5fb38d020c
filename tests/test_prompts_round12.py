"""Prompts round twelve: a check samples people's records only where the ask is done for people and
written in their notes; what is on the premises is looked at on a walk-round, information on view
where it is shown, a meeting's work in its minutes, a director's checks in their file; no line asks the
lead to name the source, nor samples "records of" a room or of views; a breach's "had not" clause is
what failed, put right as a finding, never quoted as the ask. Statements here are written for the
tests, not taken from any judged set."""

import pytest

from cqcplan.pipeline.compose import kind_of
from cqcplan.pipeline.scaffold import composable, findings, scaffold_for


def prompts(wording: str) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording)
    return {"a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


@pytest.mark.parametrize("wording", [
    "The provider must ensure that the quiet room on the children's ward has a second exit.",
    "Ensure that furniture in the lounge cannot be climbed on, and that the garden room has a fire exit.",
    "The service should ensure that each resident has somewhere lockable to keep their medicines.",
])
def test_what_is_on_the_premises_is_looked_at_not_sampled_from_notes(wording):
    lines = prompts(wording)
    assert "walk round" in lines["c"].lower() and "walk-round" in lines["e"].lower()
    assert "records of" not in lines["c"] and "audit the records" not in lines["c"]


@pytest.mark.parametrize("wording", [
    "Ensure that stock in the treatment room is rotated.",  # where the stock is, not what is asked of it
    "Ensure that patients are only secluded in designated seclusion rooms.",
])
def test_a_room_named_as_where_something_is_does_not_make_a_walk_round(wording):
    assert "walk round" not in prompts(wording)["c"].lower()


@pytest.mark.parametrize("wording", [
    "Ensure that information on how to give feedback is available to visitors in each outpatient clinic.",
    "Make the practice's opening hours and out-of-hours arrangements clear on its website.",
])
def test_information_on_view_is_checked_where_it_is_shown(wording):
    lines = prompts(wording)
    assert "each place it must be" in lines["c"] and "photos or screenshots" in lines["e"]
    assert "audit the records" not in lines["c"]


def test_information_in_formats_and_languages_stays_information_given():
    assert kind_of("leaflets about treatment are available in easy read formats and local languages").id == "information"


@pytest.mark.parametrize(("wording", "source"), [
    ("Ensure that the quality committee receives a report on restraint each quarter.", "minutes"),
    ("The provider should analyse falls for trends and share the findings with care staff.", "minutes"),
    ("Ensure that the ward manager reviews each complaint at the monthly team meeting.", "minutes"),
    ("The trust must ensure that fit and proper person checks for its non-executive directors are complete.",
     "file"),
])
def test_the_catch_all_check_reads_where_the_work_is_recorded(wording, source):
    lines = prompts(wording)
    assert source in lines["c"] and source in lines["e"]


def test_no_line_asks_the_lead_to_name_the_source():
    lines = prompts("Ensure that a standard authorisation is in place for each person deprived of their liberty, "
                    "and that it is renewed before it expires.")
    assert not any("name them here" in line for line in lines.values())
    assert "list the cases it applies to" in lines["c"] and "it is renewed before it expires" in lines["c"]  # each
    # authorisation listed is checked for its renewal too ("it": the earlier ask's, round 42)


@pytest.mark.parametrize("wording", [
    "Ensure that people are supported to make decisions about their care and that their views are acted on.",
    "Ensure that a chaperone is offered to every woman before an examination.",
])
def test_no_records_of_a_thing_that_is_no_record(wording):
    c = prompts(wording)["c"]
    assert "records of views" not in c and "records of chaperone" not in c


BREACH = ("The registered person did not have effective systems to monitor the safety of the service, "
          "and the provider had not assessed the risks of the kitchen to people using the service. "
          "Regulation 17 HSCA 2008 (Regulated Activities) Regulations 2010 Good governance.")


def test_a_breachs_had_not_clause_is_a_finding_not_the_ask():
    asked = [a.text for a in composable(BREACH)]
    assert asked and not any("had not" in a for a in asked)
    assert "the provider had not assessed the risks of the kitchen to people using the service" in findings(BREACH)
    lines = prompts(BREACH)
    assert "had not" not in lines["a"] and "had not" not in lines["b"].split("what the report found")[0]
    assert "Check in particular what the report found: the provider had not assessed" in lines["c"]


def test_a_had_not_in_an_ask_that_is_no_breach_is_left_alone():
    wording = "Ensure that patients who had not been seen for a year are reviewed, and that the review is recorded."
    assert any("had not been seen" in a.text for a in composable(wording))


@pytest.mark.parametrize(("ask", "kind"), [
    ("newly appointed midwives complete the maternity competency booklet", "training"),  # not a post to fill
    ("the surgical division has enough leadership capacity, including a permanent head of nursing", "appoint"),
    ("leadership capacity on the unit is enough for the number of beds", "practice"),  # no mental capacity
    ("the data it submits to the national audit is complete and accurate", "validation"),  # not a return sent
    ("the hospital's leaders review the outcome data to monitor performance", "oversight"),
    ("matrons check that the new pathway is followed", "oversight"),
    ("nursing staffing is sufficient to open the escalation ward safely", "staff_on_duty"),
    ("they receive feedback and learning from investigations", "reporter_feedback"),
])
def test_an_ask_gets_the_kind_its_words_mean(ask, kind):
    assert kind_of(ask).id == kind


def test_a_follow_up_of_each_referral_is_an_ask_of_its_own():
    lines = prompts("Ensure that concerns about children are referred to the local authority within one working day "
                    "and that the outcome of each referral is followed up.")
    assert "the outcome of each referral is followed up" in lines["c"] and "referrals log" in lines["e"]


@pytest.mark.parametrize(("wording", "told"), [
    ("Ensure that pharmacy, imaging and administrative staff complete their fire safety training.",
     "pharmacy, imaging and administrative staff"),  # the whole list, not its last group
    ("Ensure that the discharge and flow team update the bed state every four hours.", "the discharge and flow team"),
])
def test_the_staff_a_statement_names_are_told_whole(wording, told):
    from cqcplan.pipeline.compose import named_staff
    assert named_staff(wording) == told


def test_where_people_wait_is_looked_at():
    c = prompts("Consider how children waiting for theatre are kept apart from adults, so that they do not "
                "wait in the adult recovery area.")["c"]
    assert "walk round" in c.lower() and "audit the records" not in c
