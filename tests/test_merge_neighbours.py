"""Merging across neighbouring themes, and the vocabulary that tells one duty said differently.

CQC files some issues under either of two evidence categories (vocab/theme_neighbours.toml):
safeguarding training under Mandatory training, Competent staff or Safeguarding; a DoLS
application under Safeguarding or the MCA. Two statements in such neighbouring themes merge
when they agree on the object and the duty (pipeline/similarity.py `same_duty`); themes that
are not neighbours stay a cannot-link. The themes are given here as a section heading would give
them, so the tests exercise merging whatever the tag stage reads from the wording. Statements are
written here, not copied from an evaluation set; each test fails without the rule or vocabulary
entry it names (checked against the code before them).
"""

import pytest
from pydantic import ValidationError

from cqcplan.models import Finding, Tag
from cqcplan.pipeline.merge import merge, score_findings
from cqcplan.pipeline.similarity import same_duty
from cqcplan.pipeline.aspects import aspects_many
from cqcplan.pipeline.terms import terms, terms_many
from cqcplan.pipeline.theme_neighbours import NeighbourFile, neighbours

MANDATORY = "Mandatory training"
COMPETENT = "Competent staff"
SAFEGUARDING = "Safeguarding"
MCA = "Consent, Mental Capacity Act and Deprivation of Liberty Safeguards"


def filed(text: str, ident: str, *themes: str) -> Finding:
    """A finding filed under `themes` as a section heading files it (sure, first one primary)."""
    tags = [Tag(field="theme", value=theme, basis="section", evidence=theme, rule_id="test", confidence=0.95)
            for theme in themes]
    kind = "must" if " must " in f" {text} " else "should"
    return Finding(id=ident, kind=kind, text=text, file="a.pdf", page=2, section="Areas for improvement",
                   theme=themes[0], tags=tags)


def together(a: Finding, b: Finding) -> bool:
    return len(merge([a, b])) == 1


# ---- which themes are neighbours (vocab/theme_neighbours.toml)

@pytest.mark.parametrize("a, b", [(MANDATORY, COMPETENT), (MANDATORY, SAFEGUARDING), (COMPETENT, SAFEGUARDING),
                                  (SAFEGUARDING, MCA), ("Staffing", "Management of risk, issues and performance")])
def test_themes_cqc_files_side_by_side_are_neighbours(a, b):
    assert neighbours(a, b) and neighbours(b, a)


@pytest.mark.parametrize("a, b", [("Records", "Medicines"), ("Medicines", "Environment and equipment"),
                                  (MANDATORY, MANDATORY)])
def test_other_themes_are_not_neighbours(a, b):
    assert not neighbours(a, b)


def test_a_neighbour_file_naming_an_unknown_theme_is_refused():
    with pytest.raises(ValidationError, match="no theme"):
        NeighbourFile.model_validate({"version": 1, "pair": [{"themes": ["staffing", "rotas"], "why": "x"}]})


# ---- neighbouring themes merge on the same object and duty

SG_TRAINING_MT = "The trust must ensure that ward nurses complete level 3 safeguarding adults training."
SG_TRAINING_CS = "The service should make sure nursing staff are up to date with their safeguarding adults training."


def test_safeguarding_training_filed_under_two_neighbouring_themes_merges():
    a = filed(SG_TRAINING_MT, "a", MANDATORY)
    b = filed(SG_TRAINING_CS, "b", COMPETENT, SAFEGUARDING)
    _, _, vetoed = score_findings([a, b])
    assert not vetoed[0, 1]
    assert together(a, b)


def test_the_same_words_under_themes_that_are_not_neighbours_stay_apart():
    a = filed(SG_TRAINING_MT, "a", MANDATORY)
    b = filed(SG_TRAINING_CS, "b", "Records")
    _, scores, vetoed = score_findings([a, b])
    assert vetoed[0, 1] and scores[0, 1] == 0.0


DOLS_VERB = "The trust must ensure that staff apply to deprive patients of their liberty where they lack capacity."
DOLS_NAMED = "The service must make sure that Deprivation of Liberty Safeguards applications are submitted when needed."
DOLS_TRAINING = "The service must make sure that staff complete Deprivation of Liberty Safeguards training."


def test_a_dols_application_filed_under_the_mca_or_safeguarding_merges():
    """Also vocab/synonyms.toml: "deprive patients of their liberty" names DoLS."""
    assert "dol" in terms(DOLS_VERB)
    assert together(filed(DOLS_VERB, "a", MCA), filed(DOLS_NAMED, "b", SAFEGUARDING))


def test_neighbouring_themes_asking_another_duty_of_one_object_stay_apart():
    """DoLS applications against DoLS training: one object, two duties."""
    _, scores, vetoed = score_findings([filed(DOLS_NAMED, "a", SAFEGUARDING), filed(DOLS_TRAINING, "b", MCA)])
    assert vetoed[0, 1]


def test_same_duty_needs_the_same_object_not_just_a_shared_word():
    texts = [
        "We recommend the provider reviews the training given to night staff on fire evacuation.",
        "We recommend the provider reviews staffing levels at night.",
        "The trust should ensure that midwives complete safeguarding children training.",
        "The trust should ensure that nursing staff complete safeguarding children training.",
    ]
    agree = same_duty(terms_many(texts), aspects_many(texts))
    assert not agree[0, 1]  # "night" shared, but fire is an object the other lacks, and training is not staffing
    assert agree[2, 3]  # a staff group says who, not what: one object


def test_training_a_figure_counts_is_one_action_across_a_neighbouring_theme():
    """pipeline/merge.py `_one_action`: Mandatory training is one figure whatever staff group is
    named, and a neighbouring theme's statement asking for the same course joins it."""
    a = filed("The trust must ensure that midwives complete safeguarding children training.", "a", MANDATORY)
    b = filed("The trust should ensure that nursing staff are trained in safeguarding children to level 3.", "b",
              COMPETENT, SAFEGUARDING)
    assert together(a, b)


# ---- one duty said differently (vocab/synonyms.toml, vocab/boilerplate.toml)

@pytest.mark.parametrize("text, term", [
    ("The health-based place of safety meets the Code of Practice.", "section_136"),
    ("Staff check blood glucose meters.", "glucometer"),
    ("Completed patient report forms are stored securely.", "prf"),
    ("Patients can get fresh air every day.", "outdoor_space"),
    ("Audit findings are reviewed at governance meetings.", "result"),
    ("Actions are tracked to completion.", "follow"),
    ("Complaints receive a response on time.", "respond"),
])
def test_one_duty_said_differently_meets_one_term(text, term):
    assert term in terms(text)


def test_a_royal_college_is_no_emergency_medicine():
    found = terms("Consultant cover meets Royal College of Emergency Medicine standards.")
    assert "rcem" in found and "emergency_medicine" not in found


def test_birthing_pool_evacuation_is_no_fire_drill():
    found = terms("Midwives practise pool evacuation drills.")
    assert "pool" in found and "fire_drill" not in found


def test_manner_adverbs_are_not_a_term():
    assert "fully" not in terms("The checklist is fully completed.")


def test_complaint_responses_in_other_word_forms_merge():
    theme = "Learning from complaints and concerns"
    a = filed("The trust should ensure that complaints are responded to within the timescales in its policy.", "a", theme)
    b = filed("The trust should ensure that complaints about the surgical wards receive a response within the agreed "
              "time.", "b", theme)
    assert together(a, b)


# ---- a trust's core-service reports: each names its own setting

RESUS_THEATRES = "The trust must ensure that resuscitation trolleys in theatres are checked daily."
RESUS_MATERNITY = "The trust must ensure that resuscitation equipment on the maternity unit is checked every day."
ED_TRIAGE = "The trust must ensure that patients arriving in the emergency department receive an initial assessment within 15 minutes."
MATERNITY_TRIAGE = "The trust must ensure that women attending maternity triage are assessed within 15 minutes."


def in_report(text: str, ident: str, file: str) -> Finding:
    return filed(text, ident, "Environment and equipment").model_copy(update={"file": file})


def test_one_duty_repeated_in_two_core_service_reports_merges_whatever_setting_each_names():
    """vocab/issue_terms.toml `within_report`: the clinical-setting family tells issues apart
    inside one report only."""
    across = [in_report(RESUS_THEATRES, "a", "surgery.pdf"), in_report(RESUS_MATERNITY, "b", "maternity.pdf")]
    within = [in_report(RESUS_THEATRES, "a", "trust.pdf"), in_report(RESUS_MATERNITY, "b", "trust.pdf")]
    assert together(*across)
    assert not together(*within)


def test_maternity_triage_is_never_the_emergency_department_s():
    pair = [in_report(ED_TRIAGE, "a", "uec.pdf"), in_report(MATERNITY_TRIAGE, "b", "maternity.pdf")]
    assert not together(*pair)


def test_community_teams_are_not_community_mental_health_teams():
    found = terms("The trust must ensure that community teams store medicines securely.")
    assert "cmht" not in found


def test_reports_of_a_batch_are_told_apart_by_number_when_their_files_share_a_name():
    """Each core service's folder may hold a "report.pdf": `merge(..., reports=...)` says which
    report a finding is from (pipeline/merge.py; api.to_extraction passes each report's number)."""
    pair = [in_report(RESUS_THEATRES, "a", "report.pdf"), in_report(RESUS_MATERNITY, "b", "report.pdf")]
    assert len(merge(pair, reports=[0, 1])) == 1
    assert len(merge(pair)) == 2
