"""Prompts round fifteen: an ask whose doer is named with a modal ("managers should improve ...") is read as
its duty, never quoted back as "confirm that managers should improve"; what people told the inspectors, hung
on an ask, is a finding beside it, not the whole ask turned into a finding (which left the general filler);
an aim that needs records of its own (the cover "to answer calls promptly", a result for the people cared
for) is checked where that result is kept, not only on the rota; a review of how quickly something is done
is tracked from its figures; the people an ask is for, named by what sets them apart, are the sample.
Statements here are written for the tests, not taken from any judged set."""

from cqcplan.pipeline.asks import asks
from cqcplan.pipeline.scaffold import scaffold_for


def prompts(wording: str, theme: str | None = None) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, theme=theme)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit, "e": evidence}


def test_a_named_doer_and_modal_is_read_as_the_duty():
    found = asks("Team leaders should agree how the crisis team and the GP practices share discharge letters.")
    assert found[0].text.startswith("team leaders agree how")
    found = asks("The home must keep a log of visitors; each resident must have a named keyworker and keys must not "
                 "be left in doors.")
    texts = " | ".join(a.text for a in found)
    assert "each resident has a named keyworker" in texts and "keys are not left in doors" in texts
    assert "must" not in texts


def test_no_line_says_confirm_that_someone_should():
    lines = prompts("Matrons should improve how the wards and the pharmacy agree discharge medicines, so that "
                    "patients leave with the medicines they need.")
    assert "matrons improve how" in lines["a"]
    assert not any("should improve" in line for line in lines.values())


def test_what_people_told_us_is_a_finding_beside_the_ask():
    found = asks("The provider should review how long people wait for their medicines in the morning, as several "
                 "relatives told us they waited until lunchtime.")
    assert [a.required for a in found] == [True, False]
    assert found[1].text.startswith("several relatives told us")
    lines = prompts("Ward leaders should engage more with night staff, who told us they were not consulted about "
                    "the new rota.")
    assert "each thing the statement asks" not in lines["c"]  # not the general filler
    assert "night staff told us they were not consulted" in lines["c"]


def test_the_purpose_of_cover_is_checked_where_its_result_is_kept():
    lines = prompts("The provider must ensure there are enough nurses on each ward at night to answer call bells "
                    "promptly and to carry out the checks in each patient's care plan.")
    assert "rotas" in lines["c"]
    assert "those on duty were able to answer call bells promptly" in lines["c"]
    assert "nurse call system's log" in lines["c"]  # where the result is kept, not the rota again
    assert "those on duty were able to answer call bells promptly" in lines["e"]


def test_an_aim_for_the_people_cared_for_is_checked_in_their_records_and_no_other_aim_is():
    cared = prompts("The provider should recruit to the vacant dietitian post so that patients can have their "
                    "nutrition reviewed by a dietitian.")
    assert "appointment" in cared["e"]  # recruiting to a post is an appointment, not daily practice
    assert "from the records of 10 of the people it concerns, that patients can have their nutrition" in cared["c"]
    leaders = prompts("The trust must ensure that the data it reports on bed occupancy is accurate and validated, "
                      "so that the board has a reliable picture of capacity.")
    assert "check too" not in leaders["c"]  # the board's picture has no records of people to sample


def test_a_review_of_how_quickly_something_is_done_is_tracked_from_its_figures():
    lines = prompts("The provider should review how quickly call bells are answered in the evenings.")
    assert lines["c"].startswith("Prompt: Track") and "nurse call" in lines["c"]


def test_the_people_an_ask_is_for_are_the_sample():
    lines = prompts("The service should offer a psychology review to patients who have been on the ward for more "
                    "than six weeks.")
    assert "records of 10 patients who have been on the ward for more than six weeks" in lines["c"]
    lines = prompts("The service must ensure that patients with a learning disability who are admitted for surgery "
                    "are offered a pre-admission visit.")
    assert "records of 10 patients with a learning disability who are admitted for surgery monthly" in lines["c"]


def test_a_second_thing_to_consider_doing_of_a_kind_of_its_own_is_an_ask_of_its_own():
    lines = prompts("The provider should consider appointing a falls lead and giving staff training in falls prevention.")
    assert "training" in lines["c"] and "staff list" in lines["c"]  # the training is checked on its own records
    lines = prompts("The provider should consider installing handrails and improving the lighting on the stairs.")
    assert lines["c"].count("this was done:") == 1  # one job of works, not a second "observe practice" check


def test_publicising_a_service_is_checked_where_it_is_displayed():
    lines = prompts("The trust should publicise the carers' support group in each outpatient waiting area.")
    assert "check in person" in lines["c"].lower() and "photo" in lines["e"]


def test_an_act_on_each_case_with_no_number_is_timed_case_by_case():
    lines = prompts("The practice must ensure that abnormal test results are reviewed by a GP without delay.")
    assert "the time from each of the abnormal test results arising to its being reviewed" in lines["c"]
    assert "figures for" not in lines["c"]


def test_what_is_sought_is_not_confirmed_as_a_clause():
    lines = prompts("We recommend the provider seeks advice from a reputable source on providing meaningful activities for "
                    "people living with a learning disability.")
    assert "confirm that advice" not in lines["c"] and "advice was sought" in lines["c"]  # prompts53: advice sought


def test_an_instruction_to_use_a_process_is_traced_through_its_cases():
    lines = prompts("The service should use a structured handover process for patients transferred from theatre to the ward.")
    assert "tracing" in lines["c"] and "this was done:" not in lines["c"]


def test_feeding_back_to_patients_is_feedback_not_a_sample_of_their_records():
    lines = prompts("The trust should hold patients' meetings on each ward every month and feed back to patients on "
                    "what changed as a result.")
    assert "you said, we did" in lines["e"] and "records of 10 patients" not in lines["c"]


def test_involve_opens_an_instruction():
    lines = prompts("The service should involve relatives in planning discharge and give them a written copy of the plan.")
    assert "so that involve" not in lines["a"]


def test_a_topics_staffing_lines_check_what_the_cover_is_for_too():
    lines = prompts("The trust must ensure that the community mental health team has enough staff to carry out planned "
                    "home visits, so that visits are not cancelled at short notice.")
    assert "the contacts or visits due against those done" in lines["c"]  # a community team's staffing lines (not an
    # agency's: "home visits" is the team's cue, and "the trust" runs no domiciliary agency) check the visits made
    assert "the records that show patients' planned outings" not in lines["e"]
    outings = prompts("Ensure that there are enough nurses on every shift so that patients' planned outings are not cancelled.")
    assert "the records that show patients' planned outings are not cancelled" in outings["e"]  # their own records show it
