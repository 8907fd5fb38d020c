"""Merge round sixty-two: a registered nurse named by a paediatric skill is a children's nurse, and a plan kept in the
electronic record is the patient's record. Statements are written here, not copied from an evaluation set; each test
fails without the change it names.
"""

from merge_findings import tagged_together

from cqcplan.models import Finding
from cqcplan.pipeline.merge import sure_themes
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def test_a_registered_nurse_with_paediatric_skills_is_a_childrens_nurse():
    """vocab/synonyms.toml `paediatric_nurse`: read whole, before "registered nurse" takes its first two words."""
    found = terms_many(["At least one registered nurse with paediatric training works on every shift.",
                        "Qualified nurses with paediatric competencies staff the recovery area."])
    assert all("paediatric_nurse" in terms and "registered_nurse" not in terms for terms in found)


def test_a_childrens_nurse_on_shift_is_not_ward_nurse_numbers():
    """The staff-group family (vocab/issue_terms.toml) tells a children's nurse from nurse numbers once the
    children's nurse is read as one."""
    assert not tagged_together("The trust must ensure a registered nurse with paediatric competencies is rostered "
                               "on every shift in the minor injuries unit. (Regulation 18(1))",
                               "The trust must ensure there are enough registered nurses on the stroke ward at "
                               "weekends. (Regulation 18(1))")


def _themes(text: str) -> list[str]:
    return sure_themes(tag([Finding(id="x", kind="should", text=text, file="a.pdf", page=2,
                                    section="Areas for improvement")], [])[0])


def test_a_plan_kept_in_the_electronic_record_is_a_record():
    """vocab/cues.toml `safe.patient_records`: what is written in the electronic patient record is filed under
    Records, so it meets a statement about those records."""
    assert "Records" in _themes("The service should make sure district nurses keep leg ulcer care plans up to "
                                "date on the electronic record.")
