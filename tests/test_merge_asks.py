"""Merging by what is done to what: look-alikes of one object that ask something else, and one duty
asked among others.

Round six of the merge work (issue 12): the look-alike classes three outside trusts' reports
shared on first sight (an assessment against the equipment it calls for; an interpreter against
written information in another format; all mandatory training against one course of it) and the
same-issue pairs they left apart. Themes are given as a section heading would give them, so the
tests exercise merging whatever the tag stage reads. Statements are written here, not copied from
an evaluation set; each test fails on the merge before round six (main c3dead6).
"""

import pytest

from merge_findings import filed, together

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.asks import without_earlier_result, without_population
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.terms import terms

RISK = "Assessing and responding to patient risk"
NEEDS = "Meeting people's individual needs"
TRAINING = "Mandatory training"
MEDICINES = "Medicines"
EQUIPMENT = "Environment and equipment"
INCIDENTS = "Incidents"
COMPETENT = "Competent staff"




# ---- look-alikes: one object, another ask

def test_people_named_by_an_earlier_assessment_are_whom_the_ask_is_for():
    """pipeline/asks.py `without_population`: "assessed as at high risk" names people; a bare
    "assessed" is an ask."""
    assert without_earlier_result("Ensure people assessed as at high risk of falls have a sensor mat.") == \
        "Ensure people at high risk of falls have a sensor mat."
    assert without_earlier_result("Ensure patients identified as needing thickened fluids receive them.") == \
        "Ensure patients needing thickened fluids receive them."
    kept = "Ensure patients are assessed as soon as possible after admission."
    assert without_earlier_result(kept) == kept
    assert "caseload" not in without_population("Ensure patients on the community nursing caseload are weighed.")
    staffing = "Ensure that district nursing caseloads are allocated by acuity."
    assert without_population(staffing) == staffing


def test_assessing_a_risk_is_not_the_equipment_it_calls_for():
    """vocab/issue_terms.toml "what is done about a named risk": the assessment, the equipment
    (pressure-relieving equipment is the surface a person lies or sits on), repositioning."""
    equipment = filed("The trust must ensure that patients assessed as at high risk of pressure damage are given "
                      "pressure-relieving equipment on the day it is needed.", "a", RISK)
    assessed = filed("Ensure that pressure ulcer risk assessments are completed on admission and repeated weekly.",
                     "b", RISK)
    scored = filed("Ensure that a Waterlow assessment is completed for every patient within six hours of admission.",
                   "c", RISK)
    assert not together(equipment, assessed)
    assert not together(equipment, scored)
    assert together(assessed, scored)  # the assessment said twice is still one action


def test_a_falls_assessment_is_not_the_sensor_mat_it_calls_for():
    """The same family holds for any named risk, not pressure ulcers alone."""
    equipment = filed("Ensure that patients identified as at high risk of falls have a sensor mat or a low bed "
                      "without delay.", "a", RISK)
    assessed = filed("The trust must ensure that falls risk assessments are completed within 24 hours of "
                     "admission and reviewed after every fall.", "b", RISK)
    assert not together(equipment, assessed)


def test_an_interpreter_is_not_information_in_another_format():
    """vocab/synonyms.toml and issue_terms.toml: an interpreter booked for a conversation and
    written information in easy read or large print are two kinds of communication support."""
    interpreter = filed("Ensure that professional interpreters are booked for clinical information to be given "
                        "and that relatives are not asked to interpret.", "a", NEEDS)
    written = filed("The trust should provide clinical information and appointment letters in easy read and "
                    "large print for patients who need them.", "b", NEEDS)
    other = filed("The trust should ensure that interpreters are used for patients whose first language is not "
                  "English, including at ward rounds.", "c", NEEDS)
    assert "accessible_format" in terms(written.text) and "interpret" not in terms(written.text)
    assert not together(interpreter, written)
    assert together(interpreter, other)


def test_all_mandatory_training_and_one_course_of_it_are_one_action():
    """pipeline/merge.py `_one_action`: a report's mandatory-training statements, the programme and
    a course of it, are one action (tests/eval/LABELLING.md rule 4), though they share only "for
    their role" and a staff group."""
    every = filed("Ensure that nursing staff complete all the mandatory training modules required for their role.",
                  "a", TRAINING)
    course = filed("Ensure that nursing staff complete safeguarding children training at the level required for "
                   "their role.", "b", TRAINING)
    assert together(every, course)
    again = filed("The trust must ensure that nurses are up to date with their mandatory training.", "c", TRAINING,
                  file="b.pdf")
    assert together(every, again)


def test_training_for_a_role_named_by_no_course_is_not_the_mandatory_figure():
    """vocab/themes.toml `counted`: a statement joins the mandatory-training figure only when it
    names mandatory training or one of its courses (vocab/issue_terms.toml "which training")."""
    role = filed("Ensure that all staff who act as chaperones are trained for the role.", "a", TRAINING)
    every = filed("The trust must ensure that all staff complete their mandatory training.", "b", TRAINING)
    assert not together(role, every)


# ---- one duty said differently, or asked among others

def test_minimum_and_maximum_temperatures_are_fridge_temperatures():
    """vocab/synonyms.toml: a fridge's minimum and maximum readings are its temperatures."""
    assert "temperatur" in terms("Ensure that minimum and maximum temperatures are recorded.")
    daily = filed("Ensure that the medicines fridge on each ward is checked daily and that minimum and maximum "
                  "temperatures are recorded.", "a", MEDICINES)
    stored = filed("Ensure that medicines needing refrigeration are stored in range and that staff report it when "
                   "fridge temperatures fall outside the range.", "b", MEDICINES, file="b.pdf")
    assert together(daily, stored)


def test_a_mortuary_fridge_is_the_mortuary_not_a_medicines_fridge():
    """vocab/synonyms.toml: the mortuary's fridge or body store is named by the mortuary alone."""
    assert {"mortuary"} <= terms("Ensure mortuary fridge temperatures are recorded daily.").keys()
    assert "fridg" not in terms("Ensure mortuary fridge temperatures are recorded daily.")
    fridge = filed("The trust must ensure that mortuary fridge temperatures are checked every day and that faults "
                   "are reported.", "a", EQUIPMENT)
    store = filed("Ensure that the temperature of the body store is monitored and that its alarm is tested.",
                  "b", EQUIPMENT)
    assert together(fridge, store)


def test_incidents_reviewed_and_closed_in_time_are_investigations():
    """vocab/synonyms.toml: incidents investigated, reviewed or closed, and their backlog, are the
    investigation stage, as serious incident investigations are."""
    closed = filed("Ensure that incidents on the wards are reviewed and closed within the timescales in the "
                   "incident policy and that the number of open incidents is reduced.", "a", INCIDENTS)
    investigated = filed("The trust must ensure that serious incident investigations are finished on time, that "
                         "lessons are identified and that agreed actions are monitored.", "b", INCIDENTS,
                         file="b.pdf")
    assert together(closed, investigated)


def test_a_duty_asked_with_its_oversight_is_one_action_with_the_duty():
    """pipeline/similarity.py `ask_same_duty`: one of a statement's asks is the other's duty and its
    other ask concerns the same object (monitoring the rate of that very duty)."""
    both = filed("Ensure that staff receive an annual appraisal and that ward managers monitor appraisal rates.",
                 "a", COMPETENT)
    duty = filed("Ensure that all staff have an annual appraisal.", "b", COMPETENT, file="b.pdf")
    assert together(both, duty)
    other = filed("Ensure that staff receive an annual appraisal and that ward managers monitor supervision "
                  "rates.", "c", COMPETENT)
    assert not together(other, duty)  # its other ask is about another object


def test_decisions_not_to_attempt_cpr_are_dnacpr():
    """vocab/synonyms.toml: "decisions not to attempt cardiopulmonary resuscitation" are DNACPR decisions."""
    assert "dnacpr" in terms("Ensure decisions not to attempt cardiopulmonary resuscitation are recorded in full.")
    assert "temperatur" in terms("Escalate readings outside 2 to 8 degrees Celsius.")
    assert "clinic_room" in terms("Fridges in the unit's clinical room are monitored.")


def test_how_to_raise_a_concern_or_complain_is_information_not_a_report():
    """vocab/synonyms.toml and aspects.toml: patients who "raise a concern or make a complaint" are
    complaining (not staff speaking up, not a report asked for), so information on how to do it is
    information, not a complaint response in which complainants are kept informed."""
    shown = filed("Ensure that posters telling patients how to raise a concern or make a complaint are displayed "
                  "in every waiting area.", "a", "Learning from complaints and concerns")
    answered = filed("Ensure that complaints are answered within the timescale of the complaints policy and that "
                     "complainants are informed of any delay.", "b", "Learning from complaints and concerns",
                     file="b.pdf")
    assert "ftsu" not in terms(shown.text)
    assert not together(shown, answered)


def test_assessing_capacity_is_not_applying_for_a_dols_authorisation():
    """vocab/aspects.toml: "capacity to consent" is what is assessed, not consent obtained, so a
    capacity assessment no longer shares the DoLS application's ask (authorisation)."""
    assessed = filed("The trust must ensure that staff assess and record patients' capacity to consent to "
                     "treatment when they may lack it.", "a", "Consent, Mental Capacity Act and Deprivation of "
                     "Liberty Safeguards")
    applied = filed("Ensure that applications for Deprivation of Liberty Safeguards authorisations are made for "
                    "patients who lack capacity and are not free to leave.", "b", "Consent, Mental Capacity Act and "
                    "Deprivation of Liberty Safeguards", file="b.pdf")
    assert not together(assessed, applied)


def test_a_competency_assessment_is_training_not_a_review_of_care():
    """vocab/aspects.toml: a competency assessment signs off training; it is no check of the care
    it trains for (hourly CTG reviews)."""
    reviewed = filed("The trust must ensure that staff carry out and record hourly fresh eyes reviews of CTG traces "
                     "for women in labour.", "a", RISK)
    trained = filed("The trust must ensure that staff caring for women in labour complete CTG training and an "
                    "annual competency assessment.", "b", RISK)
    assert not together(reviewed, trained)


def test_keeping_complainants_informed_is_part_of_the_response_not_learning():
    """vocab/aspects.toml: keeping people informed is answering them, not a report that the
    learning from complaints is kin to."""
    answered = filed("The trust should ensure that complaints are responded to on time and that families are kept "
                     "informed when a response is delayed.", "a", "Learning from complaints and concerns")
    learned = filed("The trust should ensure that themes from complaints are discussed with staff so that the "
                    "service learns from them.", "b", "Learning from complaints and concerns", file="b.pdf")
    assert not together(answered, learned)


def test_enough_nurses_is_not_a_supernumerary_coordinator():
    """vocab/issue_terms.toml "staff numbers or a role in charge"."""
    numbers = filed("The trust must ensure that there are enough registered nurses on the unit to meet the "
                    "nurse-to-patient ratios in national guidance on each shift.", "a", "Staffing")
    role = filed("Ensure that a supernumerary coordinator is in charge of the unit on each shift, as national "
                 "guidance recommends.", "b", "Staffing")
    assert not together(numbers, role)


@pytest.mark.parametrize("text, sure", [
    ("Ensure that patients on district nursing caseloads have a pressure area risk assessment at their first visit.",
     [RISK]),
    ("Ensure that district nursing caseloads are safe and that each patient has a risk assessment.", []),
])
def test_a_tie_broken_by_the_caseload_patients_are_on_leaves_the_ask_s_theme(text, sure):
    """pipeline/merge.py `_tie_broken` with pipeline/asks.py `without_population`: a cue only in
    the caseload the patients are on names whose care it is, not what is asked."""
    tags = [Tag(field="theme", value=theme, basis="wording", evidence=cue, rule_id="test", confidence=0.45)
            for theme, cue in (("Staffing", "caseloads"), (RISK, "risk assessment"))]
    finding = Finding(id="g", kind="should", text=text, file="a.pdf", page=2, section="Areas for improvement",
                      theme="Staffing", tags=tags)
    assert sure_themes(finding) == sure


def test_reporting_a_named_harm_is_not_assessing_its_risk():
    """vocab/issue_terms.toml "what is done about a named risk": the harm reported as an incident
    is a measure of its own, beside the assessment of the risk."""
    reported = filed("Ensure that pressure ulcers found on home visits are reported as incidents on the electronic "
                     "patient record.", "a", RISK)
    assessed = filed("Ensure that pressure ulcer risk assessments made on home visits are recorded on the "
                     "electronic patient record.", "b", RISK)
    assert not together(reported, assessed)
