"""Merging one duty said in other words, and the asks that keep look-alikes of one object apart.

Round five of the merge work (issue 12): the causes a trust's core-service reports showed, each
a rule or vocabulary entry any trust's reports would trip. Themes are given as a section heading
would give them (or as the tag stage's tie would), so the tests exercise merging whatever the tag
stage reads. Statements are written here, not copied from an evaluation set; each test fails on
the code before its rule (checked against the merge of round four).
"""

import pytest

from merge_findings import filed, together

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.aspects import aspects_many
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.terms import terms

INCIDENTS = "Incidents"
COMPLAINTS = "Learning from complaints and concerns"
COMPETENT = "Competent staff"
RISK = "Assessing and responding to patient risk"
EQUIPMENT = "Environment and equipment"




# ---- vocabulary: what a term or an aspect is

def test_a_serious_incident_is_an_incident_too():
    """vocab/synonyms.toml: like reporting and learning, the serious-incident phrases keep "incident"."""
    assert "incident" in terms("The trust must ensure serious incidents are investigated in time.")
    a = filed("Ensure that incidents on the wards are investigated promptly and overdue reviews are closed.", "a",
              INCIDENTS)
    b = filed("The trust must ensure that serious incidents are investigated within the timescale it has agreed.",
              "b", INCIDENTS)
    assert together(a, b)


def test_responding_to_complaints_keeps_the_response():
    """vocab/synonyms.toml: "respond to complaints" is the complaint and the response, not the complaint alone."""
    assert "respond" in terms("Consider how to shorten the time it takes to respond to complaints.")
    a = filed("Consider how to shorten the time it takes to respond to complaints.", "a", COMPLAINTS)
    b = filed("The trust should ensure that people who complain get a written response within the timescale "
              "its policy sets.", "b", COMPLAINTS)
    assert together(a, b)


def test_when_the_inspectors_looked_is_no_ask():
    """vocab/boilerplate.toml and aspects.toml: "at the time of our inspection" and "the trust
    target" say when and against what a rate was read, not that something is late."""
    text = "Ensure staff complete their appraisals, which were below the trust target at the time of our inspection."
    assert not {"inspect", "tim"} & terms(text).keys()
    assert "timeliness" not in aspects_many([text])[0]
    assert "timeliness" in aspects_many(["Ensure appraisals are completed without delay."])[0]


def test_information_on_how_to_complain_is_not_a_complaint_response():
    """vocab/aspects.toml `information`: displayed, in leaflets, in a format people understand."""
    shown = "Ensure that information on how to complain is displayed on each ward in an easy read format."
    answered = "The trust should ensure that people who complain are kept informed and get a reply on time."
    assert "information" in aspects_many([shown])[0]
    assert not together(filed(shown, "a", COMPLAINTS), filed(answered, "b", COMPLAINTS))


def test_knowing_a_risk_is_not_assessing_it():
    """vocab/aspects.toml `training`: staff who know or are aware of something are asked about
    their training, not about the assessment of the thing."""
    known = "The trust should ensure that agency staff know where the ligature points are on each ward."
    assessed = "Ensure that ligature risk assessments for each ward are up to date."
    assert "training" in aspects_many([known])[0]
    assert not together(filed(known, "a", RISK), filed(assessed, "b", RISK))


# ---- staff groups across a trust's reports (vocab/issue_terms.toml `across_reports_if`)

MIDWIVES = "Continue to improve the proportion of midwives who have received an annual appraisal."
NURSES = "Make sure nursing staff and healthcare assistants have an annual appraisal."


def test_one_duty_asked_of_each_report_s_own_staff_is_one_trust_wide_issue():
    across = [filed(MIDWIVES, "a", COMPETENT, "maternity.pdf"), filed(NURSES, "b", COMPETENT, "wards.pdf")]
    within = [filed(MIDWIVES, "a", COMPETENT, "trust.pdf"), filed(NURSES, "b", COMPETENT, "trust.pdf")]
    assert together(*across)
    assert not together(*within)


def test_staff_groups_still_tell_staffing_asks_apart_across_reports():
    nurses = filed("The trust must ensure there are enough registered nurses on every shift.", "a", "Staffing",
                   "surgery.pdf")
    doctors = filed("The trust must ensure there are enough doctors on every shift.", "b", "Staffing",
                    "medicine.pdf")
    assert not together(nurses, doctors)


# ---- themes and the lone-shared-term block

def guessed(text: str, *cues: tuple[str, str]) -> Finding:
    """A finding the tag stage could not decide: two wording cues tied under SURE."""
    tags = [Tag(field="theme", value=theme, basis="wording", evidence=cue, rule_id="test", confidence=0.45)
            for theme, cue in cues]
    return Finding(id="g", kind="must", text=text, file="a.pdf", page=2, section="Areas for improvement",
                   theme=cues[0][0], tags=tags)


@pytest.mark.parametrize("text, sure", [
    ("The trust must ensure that emergency equipment, including the defibrillator and oxygen, is checked weekly.",
     [EQUIPMENT]),
    ("The trust must ensure that emergency equipment and oxygen are checked weekly.", []),
    ("The trust must ensure that emergency equipment is checked weekly in line with the oxygen policy.", []),
])
def test_a_tie_broken_by_a_listed_example_leaves_the_object_s_theme(text, sure):
    finding = guessed(text, (EQUIPMENT, "emergency equipment"), ("Medicines", "oxygen"))
    assert sure_themes(finding) == sure


def test_in_one_theme_a_short_statement_inside_a_long_one_about_one_duty_merges():
    """pipeline/similarity.py: inside one sure theme, `same_duty` spares the lone-term block."""
    short = filed("The trust must ensure that resuscitation trolleys on the wards are checked daily and the "
                  "checks recorded.", "a", EQUIPMENT)
    long = filed("The trust must ensure that emergency equipment, including the defibrillator, suction and "
                 "oxygen cylinders, is checked weekly as the policy requires and that missing or expired items "
                 "are replaced.", "b", EQUIPMENT)
    assert together(short, long)
