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
