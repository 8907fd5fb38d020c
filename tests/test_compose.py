"""compose: B, C and evidence lines built from a statement's own asks, in the words of its setting.

A reader failed every line that was the same whatever the statement, a hospital's words in a GP
practice or a domiciliary agency, and three months of audits for a job done once. The wordings here
are written for the tests, not taken from a judged or held-back set.
"""

import pytest

from cqcplan.errors import ConfigError
from cqcplan.pipeline.compose import KindTable, SettingTable, kind_of, named_staff, place_for
from cqcplan.pipeline.scaffold import scaffold_for
from cqcplan.vocab import load


def prompts(wording: str, **where) -> dict[str, str]:
    scaffold, evidence = scaffold_for(wording, **where)
    return {"topic": scaffold.topic, "a": scaffold.change, "b": scaffold.communicate, "c": scaffold.audit,
            "e": evidence}


# -- no line is the same whatever the statement

def test_composed_lines_differ_with_the_statement_and_name_what_it_asks():
    one = prompts("The provider must ensure that the lift in the east wing is serviced and repaired.")
    two = prompts("The trust must ensure that interpreters are booked for patients who need them at every "
                  "appointment.")
    assert one["topic"] == two["topic"] == "general"
    for line in "bce":
        assert one[line] != two[line]
    assert "lift" in one["c"] and "interpreters" in two["c"]


def test_a_one_off_job_is_checked_once_and_shown_by_its_record_not_by_months_of_audits():
    job = prompts("The provider must replace the cracked hand-wash basin in the treatment room.")
    assert job["topic"] == "general"
    assert "three months" not in job["c"] and "three months" not in job["e"]
    assert "once" in job["c"].lower() and "works order" in job["e"]


def test_an_ongoing_ask_is_checked_for_three_months_on_a_sample_it_names():
    ongoing = prompts("The trust must ensure that observation charts for patients on enhanced observations are "
                      "completed at the intervals prescribed.")
    assert "three months" in ongoing["c"] and "observation charts" in ongoing["c"]


def test_each_ask_gets_its_own_check():
    both = prompts("The provider must install a smoke detector in the laundry, and that kitchen staff have "
                   "completed food hygiene training.")
    assert "smoke detector" in both["c"] and "food hygiene training" in both["c"]
    assert "works order" in both["e"] and "training" in both["e"]


# -- who is told, how, and where the checks are reported

def test_the_staff_a_statement_names_are_the_ones_told():
    told = prompts("The trust should ensure that radiographers in the imaging department confirm each patient's "
                   "identity before an exposure.")
    assert told["b"].startswith("Prompt: Tell radiographers in the imaging department")


@pytest.mark.parametrize("where, wording", [
    ({"services": ["Patient transport services"]}, "The trust must ensure that wheelchairs used on journeys are "
                                                   "cleaned between patients."),
    ({"report_types": ["gp-inspection-report"]}, "The provider must ensure that the emergency oxygen is in date and "
                                                 "that the ward round notes are kept."),
    ({}, "The provider must ensure that people's care visits are not cut short and that care workers record the "
         "tasks done at each visit."),
])
def test_settings_without_wards_get_no_ward_or_board(where, wording):
    lines = prompts(wording, **where)
    text = " ".join(lines[k] for k in "bce").lower()
    assert "ward or department" not in text and "board" not in text and "huddle" not in text


def test_the_report_type_decides_the_setting_before_the_statement_words():
    assert place_for("Ensure the ward's patients are weighed weekly.", [], ["gp-inspection-report"]).setting == "gp"
    assert place_for("Ensure the ward's patients are weighed weekly.", ["Maternity"]).forum == \
        "the Maternity governance meeting"
    assert place_for("Ensure that care visits start on time.").setting == "domiciliary"
    assert place_for("Ensure that records are complete.").setting == "service"


def test_a_domiciliary_staffing_statement_is_about_visits_not_ward_establishments():
    visits = prompts("The provider must deploy enough care workers so that people's care visits are not late or "
                     "missed. (Regulation 18)")
    assert visits["topic"] == "staffing"
    assert "call monitoring" in visits["c"].lower() and "establishment" not in visits["a"]


# -- a topic's lines and the asks they leave out

def test_a_topic_line_that_leaves_an_ask_out_gets_a_check_for_it():
    staffing = prompts("The trust must ensure there are enough registered nurses on each shift to keep the nurse "
                       "in charge supernumerary.")
    assert staffing["topic"] == "staffing"
    assert "supernumerary" in staffing["a"] and "supernumerary" in staffing["c"]


# -- reading an ask

@pytest.mark.parametrize("ask, kind", [
    ("repair the broken fence", "works"),
    ("the defibrillator is checked weekly", "scheduled_check"),
    ("the complaints policy is updated", "document"),
    ("patients are seen within 18 weeks", "measure"),
    ("staff know how to report a concern", "awareness"),
    ("the statement of purpose is submitted to CQC", "submit"),
    ("care plans record people's preferences", "records"),
])
def test_kind_of_an_ask(ask, kind):
    assert kind_of(ask).id == kind


def test_named_staff_keeps_where_they_work_and_skips_bare_staff():
    assert named_staff("Ensure that midwives working on the birth centre complete drills.") == \
        "midwives working on the birth centre"
    assert named_staff("Ensure that staff complete drills.") == ""


# -- the vocabularies are checked when they load

def test_a_settings_file_without_a_default_row_is_a_config_error(tmp_path):
    bad = tmp_path / "settings.toml"
    bad.write_text('version = 1\n[[setting]]\nid = "gp"\nlabel = "GP"\ncues = ["practice"]\nstaff = "s"\n'
                   'channels = "c"\nforum = "f"\nleaders = "l"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="last"):
        load(SettingTable, bad)


def test_an_asks_file_with_a_broken_pattern_is_a_config_error(tmp_path):
    bad = tmp_path / "asks.toml"
    bad.write_text('version = 1\n[[kind]]\nid = "x"\npatterns = ["(unclosed"]\ntell = "t"\ncheck = "c"\n'
                   'evidence = "e"\n[[kind]]\nid = "rest"\ntell = "t"\ncheck = "c"\nevidence = "e"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="pattern"):
        load(KindTable, bad)


def test_a_service_name_no_setting_knows_is_never_printed_as_a_core_service():
    place = place_for("The trust must ensure that directors' checks are complete.", ["Trust-wide (well-led)"])
    assert "Trust-wide" not in place.staff + place.forum
    home = place_for("The provider must ensure that audits are effective.", ["Care home with nursing"])
    assert home.setting == "care_home" and "Care home with nursing" not in home.forum


def test_a_breach_sentence_is_checked_for_its_duty_and_what_the_report_found():
    breach = prompts("The provider had failed to ensure that the garden gate was kept shut. Two people had left "
                     "the home unnoticed.")
    assert breach["topic"] == "general"
    assert "garden gate was kept shut" in breach["c"] and "had failed" not in breach["c"]
    assert "Two people had left the home unnoticed" in breach["c"]


def test_each_thing_asked_is_split_out_for_its_own_check():
    from cqcplan.pipeline.scaffold import composable

    parts = [a.text for a in composable("The provider should ensure that visitors sign in at reception, and should "
                                        "audit the visitors' book every month.")]
    assert parts == ["visitors sign in at reception", "audit the visitors' book every month"]
    parts = [a.text for a in composable("The trust should appoint a lead for dementia care and develop a dementia "
                                        "strategy.")]
    assert parts == ["appoint a lead for dementia care", "develop a dementia strategy"]
    whole = [a.text for a in composable("Operate effective systems to assess, monitor and improve the service.")]
    assert len(whole) == 1


def test_predicates_sharing_a_subject_are_asks_of_their_own():
    from cqcplan.pipeline.scaffold import composable

    parts = [a.text for a in composable("The provider must ensure that oxygen cylinders are stored upright, are "
                                        "signed for on delivery, and are replaced when half empty.")]
    assert parts == ["oxygen cylinders are stored upright", "oxygen cylinders are signed for on delivery",
                     "oxygen cylinders are replaced when half empty"]


# -- round two: each ask gets the check and the record that show it is met (wordings written for
# the tests, in the classes a blind reader failed: generic evidence, a stock template that does not
# fit, the wrong staff, a left-out ask, the wrong check)

@pytest.mark.parametrize("ask, kind", [
    ("health visitors have monthly clinical supervision", "supervision"),
    ("referrals are made when residents are under constant supervision and cannot leave", "each_case"),
    ("doctors assess and record a child's competence to consent", "each_case"),
    ("the issue of prescription pads within the surgery is tracked", "tracking"),
    ("ward managers monitor appraisal rates against the target", "oversight"),
    ("near misses are discussed at the monthly team meetings", "oversight"),
    ("expired syringes and dressings are removed from the store room", "stock"),
    ("bladder scanners are serviced at the intervals the maker sets", "servicing"),
    ("lithium levels and weights are taken and repeated at the set intervals", "clinical_monitoring"),
    ("staff get feedback on the concerns they raise", "reporter_feedback"),
    ("referral letters are answered within the agreed response time", "measure"),
    ("records are moved within the practice by hand", "records"),
    ("write a falls pathway for the unit", "document"),
])
def test_each_ask_is_given_the_kind_whose_check_shows_it_is_met(ask, kind):
    assert kind_of(ask).id == kind


def test_a_case_by_case_ask_is_shown_by_the_record_of_what_it_names():
    shown = prompts("The provider must ensure that nurses assess and record each resident's swallowing risk when "
                    "they move in.", report_types=["asc-care-home"])
    assert shown["topic"] == "general"
    assert "swallowing risk" in shown["e"] and "training" not in shown["e"].lower()
    assert "list the cases" in shown["c"].lower()


def test_records_named_in_the_singular_are_sampled_by_their_name():
    shown = prompts("The trust must ensure that each patient has a relapse and recovery plan in their notes.",
                    services=["Community-based mental health services for adults of working age"])
    assert "relapse and recovery plans" in shown["c"] and "relapse and recovery plans" in shown["e"]


def test_an_ask_naming_nothing_of_its_own_adds_no_second_copy_of_the_same_record():
    shown = prompts("The provider must ensure that the temperature of the treatment room is recorded daily and that "
                    "action is taken when it is out of range.")
    assert shown["e"].count("signed check records") == 1
    assert "treatment room" in shown["e"]


def test_a_review_is_told_to_the_managers_who_run_it_not_only_to_frontline_staff():
    told = prompts("Consider how incident trends are reviewed at the surgical division's meetings.",
                   services=["Surgery"])
    assert told["b"].startswith("Prompt: Tell the managers who will carry out the review")


def test_a_singular_staff_group_is_named_as_each_one():
    assert named_staff("Ensure that reconciliation is done by a pharmacy technician on the ward.").startswith(
        "each pharmacy technician")
    assert named_staff("Ensure that nursing staff in the unit receive supervision.") == "nursing staff in the unit"


def test_a_noun_that_can_be_a_verb_does_not_make_an_ask_an_instruction():
    shown = prompts("The provider must ensure that audit results are reviewed at the monthly quality meeting.")
    assert "this was done" not in shown["c"] and "audit results are reviewed" in shown["c"]
    assert "this was done: repair" in prompts("The provider must repair the sluice room door.")["c"]
