"""A competence is in one skill, and the competent member of staff who makes a check is who acts
(vocab/issue_terms.toml "which skill a competence is in", vocab/synonyms.toml and vocab/aspects.toml).

Merge round 48 (trust batch HF): midwives' fetal monitoring competency sign-off merged with children's nurses'
high dependency care competencies across a trust's reports (staff groups tell only one report's statements
apart), and, kept from them, with a second competent member of staff reviewing each CTG hourly. Statements are
written here, not copied from an evaluation set.
"""

from merge_findings import filed, together

from cqcplan.pipeline.terms import terms_many

COMPETENT = "Competent staff"
RISK = "Assessing and responding to patient risk"


def test_competences_in_different_skills_are_two_actions():
    ctg = filed("The trust should ensure that midwives have their CTG competency assessed and signed off every year.",
                "a", COMPETENT, "maternity.pdf")
    trache = filed("The trust should ensure that nurses on the neonatal unit have their tracheostomy care competencies "
                   "assessed and signed off.", "b", COMPETENT, "children.pdf")
    assert not together(ctg, trache)


def test_one_skill_signed_off_for_two_staff_groups_is_one_action():
    midwives = filed("The trust should ensure that midwives have their CTG competency assessed and signed off every "
                     "year.", "a", COMPETENT, "maternity.pdf")
    doctors = filed("The trust should ensure that obstetric doctors have an annual CTG competency assessment signed "
                    "off.", "b", COMPETENT, "medical.pdf")
    assert together(midwives, doctors)


def test_a_competent_member_of_staff_is_who_checks():
    assert "competenc" not in terms_many(["A second competent member of staff checks the dose."])[0]
    assert "staff" not in terms_many(["Staff complete the checks."])[0]
    check = filed("The service must ensure that a second competent member of staff reviews every CTG hourly.",
                  "a", RISK)
    signed = filed("The service should ensure that midwives complete an annual CTG competency assessment that is "
                   "signed off.", "b", COMPETENT)
    assert not together(check, signed)


def test_a_check_by_a_competent_member_of_staff_asks_no_training():
    check = filed("The service must ensure that a second competent member of staff checks each controlled drug before "
                  "it is given.", "a", "Medicines")
    trained = filed("The service should ensure that staff who give controlled drugs are trained to do so.", "b",
                    "Medicines")
    assert not together(check, trained)
