"""scaffold_for: prompts follow what a statement asks, every ask of it, and the records that show it.

Each rule is one a reader's misfit taught (bench/eval_prompts.py); the wordings here are written for
the tests, not taken from a judged or held-back set.
"""

import pytest

from cqcplan.errors import ConfigError
from cqcplan.pipeline.asks import asks, duty
from cqcplan.pipeline.scaffold import ScaffoldTable, quoted_asks, scaffold_for
from cqcplan.vocab import load


def topic(wording: str, regulations: str = "", theme: str | None = None) -> str:
    return scaffold_for(wording, regulations, theme)[0].topic


def lines(wording: str, theme: str | None = None) -> str:
    scaffold, evidence = scaffold_for(wording, theme=theme)
    return " ".join([scaffold.change, scaffold.communicate, scaffold.audit, evidence])


# -- the topic is read from the duty, not from what qualifies it

def test_a_topic_named_in_passing_does_not_choose_the_prompts():
    """Fridge temperatures are why the staff are needed, not what is asked."""
    wording = ("Ensure there are enough staff on each shift so that medicines fridge temperatures and controlled "
               "drugs are checked.")
    assert topic(wording) == "staffing"
    scaffold, evidence = scaffold_for(wording)
    prompts = " ".join([scaffold.communicate, scaffold.audit, evidence]).lower()
    assert "rotas" in prompts and "fridge log" not in prompts and "temperature log" not in prompts


def test_a_guideline_the_duty_is_measured_against_is_not_the_topic():
    wording = ("The trust must ensure that enough registered nurses are on each shift, in line with NICE guidance "
               "and national guidelines.")
    assert topic(wording) == "staffing"


def test_a_qualifier_counts_when_the_duty_names_nothing_else():
    assert topic("The provider had failed to act in accordance with the Mental Capacity Act 2005.") == "consent"


def test_duty_is_the_ask_without_its_qualifier():
    assert duty("hoists are serviced every six months, in line with the manufacturer's instructions") == \
        "hoists are serviced every six months"
    assert duty("take action to keep the corridor clear") == "take action to keep the corridor clear"


# -- every ask of a statement must be about the topic

def test_a_second_ask_about_something_else_gets_the_general_prompts_quoting_both():
    wording = ("The trust must ensure that controlled drugs are stored securely and that young people have a plan "
               "for moving to adult services.")
    scaffold, _ = scaffold_for(wording)
    assert scaffold.topic == "general"
    assert "controlled drugs" in scaffold.change and "adult services" in scaffold.change


def test_a_second_sentence_asking_for_more_is_an_ask_too():
    wording = ("The service must ensure that syringe drivers are checked every four hours. It must also ensure "
               "that staff can reach the on-call pharmacist at night.")
    assert [a.text for a in asks(wording)] == ["syringe drivers are checked every four hours",
                                               "staff can reach the on-call pharmacist at night"]
    assert topic(wording) == "general"


@pytest.mark.parametrize("wording, expected", [
    ("The trust must ensure that resuscitation trolleys are checked daily and that checks are recorded.",
     "premises_equipment"),  # short follow-on
    ("The trust must ensure that ligature risk assessments are completed for each ward and that the actions to "
     "mitigate them are carried out promptly.", "patient_risk"),  # refers back
    ("The trust must ensure that each ward's risk register is current and that every risk on it has an owner "
     "and a date for review.", "governance"),  # shares "risk"
])
def test_an_ask_that_follows_on_from_the_first_keeps_the_topic(wording, expected):
    assert topic(wording) == expected


def test_a_finding_sentence_naming_another_topic_is_a_second_problem():
    wording = ("The provider had failed to ensure that people's medicines were managed safely. Bed rails were used "
               "without a mental capacity assessment.")
    assert topic(wording) == "general"


def test_an_ask_naming_two_topics_equally_is_about_both():
    """Medicines are listed before training in the file: a tie with it is a second problem."""
    wording = ("The provider should ensure that staff receive regular supervision, and that competency checks are "
               "completed before staff give medicines.")
    assert topic(wording) == "general"


def test_an_ask_naming_a_broader_topic_as_strongly_is_still_about_the_first():
    """"Seclusion records" are about seclusion: records is listed after restrictive practice."""
    wording = ("The trust must ensure that seclusion and restraint are reviewed by a doctor and that seclusion "
               "records are complete.")
    assert topic(wording) == "restrictive"


def test_a_wording_of_another_problem_merged_into_the_action_gets_the_general_prompts():
    wording = ("Ensure that medicines fridges are locked when not in use.\n"
               "The trust must ensure that cleaning chemicals are kept in a locked cupboard.")
    scaffold, _ = scaffold_for(wording)
    assert scaffold.topic == "general"
    assert "medicines fridges" in scaffold.change and "cleaning chemicals" in scaffold.change


def test_a_theme_topic_named_weakly_beside_a_stronger_one_gets_the_general_prompts():
    """Training (the theme's) and end of life care planning are both named: neither is sure."""
    assert topic("The provider should ensure staff are given training in end of life care.",
                 theme="Competent staff") == "general"


# -- a regulation's title chooses only for a statement that says what was breached

def test_regulation_titles_choose_only_for_a_breach_statement():
    assert topic("Systems were weak. This was a breach of regulation 17.", "Good governance") == "governance"
    assert topic("The hospital must ensure that its radiation local rules are signed by imaging staff.",
                 "Good governance") == "general"


# -- topics a reader said were read wrongly

def test_a_surgical_safety_checklist_is_not_a_risk_assessment_tool():
    wording = "The trust should ensure the WHO surgical safety checklist is completed at every stage in theatre."
    assert topic(wording) == "surgical_safety"
    assert "NEWS2" not in lines(wording)


def test_patient_safety_alerts_are_not_medicines_storage():
    wording = "The practice must ensure that patient safety alerts from the MHRA are received and acted on."
    assert topic(wording) == "safety_alerts"
    assert "fridge" not in lines(wording).lower()


# -- variants: the audit and evidence lines name the records that would show this issue

def test_records_stored_securely_are_spot_checked_not_audited_for_content():
    stored = lines("The provider must ensure that patient records are stored securely and never left unattended.")
    written = lines("The provider must ensure that patient records are accurate, complete and contemporaneous.")
    assert "spot-check" in stored.lower() and "contemporaneous" not in stored
    assert "contemporaneous" in written and "spot-check" not in written.lower()


def test_renewed_dbs_checks_are_not_pre_employment_checks():
    renewal = lines("The provider must ensure that staff Disclosure and Barring Service checks are renewed every "
                    "three years.")
    assert "renewal" in renewal.lower() and "before anyone starts" not in renewal


def test_two_variants_named_get_the_topics_own_lines():
    both = "The trust must ensure that fluid balance charts are totalled and that patients who need help to eat get it."
    fluid = "The trust must ensure that fluid balance charts are totalled every day."
    assert lines(both) != lines(fluid)
    assert "mealtime" in lines(both).lower()


def test_a_variant_without_lines_is_a_config_error(tmp_path):
    bad = tmp_path / "scaffolds.toml"
    bad.write_text('version = 1\n[[topic]]\nid = "x"\nlabel = "X"\ntriggers = ["x"]\nchange = "a"\n'
                   'communicate = "b"\naudit = "c"\nevidence = "d"\n[[topic.variant]]\ntriggers = ["y"]\n'
                   '[[topic]]\nid = "general"\nlabel = "General"\ntriggers = []\nchange = "a"\ncommunicate = "b"\n'
                   'audit = "c"\nevidence = "d"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="variant"):
        load(ScaffoldTable, bad)


def test_every_variant_audit_runs_three_months_or_checks_a_one_off_job_once():
    table = load(ScaffoldTable, "scaffolds.toml")
    audits = [v.audit for t in table.topic for v in t.variant if v.audit]
    assert audits and all("three months" in a or "once" in a for a in audits)


# -- quoting what is asked

def test_the_quote_names_each_wording_once_or_nothing():
    same = "Ensure hoists are serviced.\nThe trust must ensure that hoists are serviced."
    assert quoted_asks(same) == "hoists are serviced"
    too_long = "\n".join(f"Ensure that the {n} forms are checked by two staff every week on every ward and unit."
                         for n in ("first", "second", "third", "fourth"))
    assert quoted_asks(too_long) == ""


def test_a_long_statement_is_quoted_by_the_duty_of_each_ask():
    wording = ("The trust must ensure that every patient arriving by ambulance at the emergency department is handed "
               "over within 15 minutes, in line with national guidance and the regional escalation policy, and that "
               "the time of handover is recorded.")
    assert quoted_asks(wording) == ("every patient arriving by ambulance at the emergency department is handed over "
                                    "within 15 minutes; the time of handover is recorded")


def test_a_long_statement_with_findings_is_not_quoted_by_its_duty_alone():
    wording = ("The provider had failed to ensure that people's care was planned and delivered to meet their needs "
               "and preferences at all times. Care plans for people living with dementia were not reviewed and did not "
               "describe how to support people when they became anxious or distressed.")
    assert quoted_asks(wording) == ""


def test_a_phrase_inside_a_longer_phrase_of_another_topic_names_only_that_topic():
    """"notifiable safety incident" is the duty of candour's; the "incident" inside it names no incident topic."""
    wording = ("The trust must ensure that when a notifiable safety incident occurs, the family is told in person and "
               "sent a letter.")
    assert topic(wording) == "candour"


# -- round two (wordings written for the tests)

def test_a_topics_b_line_names_the_staff_the_statement_names_and_the_settings_channels():
    scaffold, _ = scaffold_for("The provider should ensure that controlled drugs are counted by two pharmacy "
                               "technicians at every stock check.", report_types=["gp-practice"])
    assert scaffold.topic == "medicines"
    assert "pharmacy technicians" in scaffold.communicate
    every = scaffold_for("The practice must ensure that dental instruments are decontaminated in line with HTM "
                         "01-05 and that the washer-disinfector is tested daily.", report_types=["dental-practice"])
    assert "{" not in every[0].communicate and "practice meeting" in every[0].communicate


def test_a_first_ask_cannot_follow_on_from_nothing():
    # "them" in the first ask used to make it a follow-on of the risk ask after it
    assert topic("Ensure that every resident can see the friends important to them and that any limit on "
                 "seeing them is based on an individual risk assessment.") == "general"


def test_a_long_duty_naming_nothing_takes_no_topic_from_its_qualifier():
    assert topic("The trust must ensure that the weight of children on the ward is checked each week in line "
                 "with national guidance.") != "guidelines"


def test_a_short_follow_on_naming_another_topic_in_passing_keeps_the_topic():
    scaffold, evidence = scaffold_for("Ensure that every director meets the fit and proper person requirement and "
                                      "that the checks are documented.")
    assert scaffold.topic == "recruitment" and "fit and proper" in evidence


def test_a_short_second_ask_the_topic_lines_miss_gets_its_own_check():
    scaffold, _ = scaffold_for("Ensure that section 17 leave conditions are written on the leave form and that "
                               "patients are given a copy.")
    assert scaffold.topic == "mha" and "given a copy" in scaffold.audit


def test_a_topics_b_line_can_quote_what_is_asked():
    scaffold, _ = scaffold_for("Ensure that people's privacy and dignity are respected when they are helped to wash "
                               "in shared bays.")
    assert scaffold.topic == "dignity" and "shared bays" in scaffold.communicate


# -- round four (wordings written for these tests)

def test_people_an_ask_is_for_do_not_choose_its_topic():
    """Coding patients with a learning disability is a search of the clinical system, not passports."""
    text = lines("Improve how the practice codes patients with a learning disability so that each is invited for "
                 "a yearly review.")
    assert "passport" not in text and "search" in text


def test_people_as_the_subject_still_name_the_topic():
    assert topic("Ensure that patients with suspected sepsis are screened with the sepsis tool and escalated "
                 "to a doctor.") == "patient_risk"


def test_carrying_out_audits_of_a_topic_is_about_the_audits():
    scaffold, evidence = scaffold_for("The practice should carry out audits of hand hygiene every six months and "
                                      "record the learning from them.")
    assert scaffold.topic == "general"
    assert "audit" in scaffold.audit and "hand washing" not in scaffold.change.lower()


def test_a_follow_on_the_topics_own_checks_name_keeps_the_topic():
    assert topic("Ensure that patient safety alerts are acted on and that searches for affected patients are "
                 "completed and recorded.") == "safety_alerts"


def test_bank_and_agency_staff_named_as_who_is_told_is_not_a_staffing_problem():
    assert topic("Make sure all staff, including bank and agency staff, know where the ligature risks are on the "
                 "unit.") != "staffing"
