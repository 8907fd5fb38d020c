"""Merge round fifty-one (the outside trust batch HY, three acute core-service reports, as development, with HU and
HV): look-alikes that name one thing and ask another of it (a practice done or only audited; a piece of equipment
checked or where it stands). Statements are written here, not copied from an evaluation set; each look-alike merged
before the change its test names.
"""

from merge_findings import filed, tagged_together, together

from cqcplan.models import Finding
from cqcplan.pipeline.audit_only import audit_apart
from cqcplan.pipeline.tag import tag
from cqcplan.pipeline.terms import terms_many


def _filed_together(a: str, b: str, theme: str) -> bool:
    return together(filed(a, "a", theme), filed(b, "b", theme))


def test_a_practice_done_or_only_audited():
    """pipeline/audit_only.py: an audit of a practice (and its results fed back) is not the practice itself; a
    statement asking both meets either."""
    done = "Theatre teams must complete every step of the WHO surgical safety checklist for each operation."
    audited = ("The hospital should audit compliance with the WHO surgical safety checklist each month and feed the "
               "results back to theatre staff.")
    assert not _filed_together(done, audited, "Assessing and responding to patient risk")
    both = ("Theatre teams must complete every step of the WHO surgical safety checklist for each operation and "
            "compliance must be audited monthly.")
    assert _filed_together(done, both, "Assessing and responding to patient risk")


def test_an_audit_judged_or_joined_to_another_act_is_no_audit_only_ask():
    """pipeline/audit_only.py: audits that find shortfalls are oversight (one duty with quality assurance), an audit
    asked after another act ("update the procedures and audit ...") asks that act too, and audits of staff's work are
    how their competence is assured."""
    assert not audit_apart(["The provider must make sure its audits are effective in finding shortfalls in care "
                            "records.", "The provider must make sure care records are complete."])[0, 1]
    assert not audit_apart(["The hospital must update the sedation procedures and audit whether nurses follow "
                            "them.", "The hospital must make sure nurses follow the sedation procedures."])[0, 1]
    assert not audit_apart(["Compliance with the checklist should be audited and improved.",
                            "Teams should complete the checklist for each operation."])[0, 1]
    assert not audit_apart(["Pharmacy technicians' dispensing should be audited every quarter.",
                            "Pharmacy technicians must have the competence and skills to dispense safely."])[0, 1]


def test_a_piece_of_equipment_checked_or_where_it_stands():
    """vocab/issue_terms.toml "a piece of equipment checked or where it stands", vocab/synonyms.toml `position`: a
    trolley moved where staff can get to it is not its daily check."""
    assert "position" in terms_many(["The defibrillator in outpatients should be located near the main desk."])[0]
    moved = ("The hospital should move the resuscitation trolley in the day unit to a position staff can get to "
             "quickly.")
    checked = "Nurses must check the resuscitation trolley in the day unit daily and sign the check sheet."
    assert not _filed_together(moved, checked, "Environment and equipment")
    both = "Nurses must check daily that the resuscitation trolley in the day unit is positioned where staff can get to it."
    assert _filed_together(moved, both, "Environment and equipment")


def test_a_dose_worked_out_from_weight_is_not_the_weight_on_the_chart():
    """vocab/synonyms.toml `weight_based_dose`: a child's dose calculated from their weight is a prescribing step; the
    weight written on the chart (or screened, `must_tool`) is another thing to fix."""
    assert "must_tool" not in terms_many(["Doses for babies on the neonatal unit must be based on their current "
                                          "weight."])[0]
    assert not _filed_together("Doses for babies on the neonatal unit must be based on their current weight and "
                               "double-checked before they are given.",
                               "Staff on the neonatal unit must write each baby's weight on their drug chart.",
                               "Medicines")


def test_a_finding_about_people_overdue_is_kept_from_cutting_the_backlog():
    """pipeline/waits.py: outpatients "who are overdue" a follow-up are people who wait; pipeline/merge.py reads a finding
    that asks nothing (a breach sentence) by what it says. Knowing who is overdue is not a shorter wait."""
    finding = ("This was a breach of regulation 17 because leaders did not know how many outpatients were overdue a "
               "follow-up appointment in ophthalmology.")
    shorter = "The trust should reduce the number of ophthalmology patients whose follow-up appointment is overdue."
    assert not tagged_together(finding, shorter)


def test_days_to_reflect_are_a_cooling_off_period():
    """vocab/cues.toml consent: the days a patient is given to reflect before a cosmetic procedure are its cooling-off
    period (the tag stage files them as consent, as it does "cooling-off period")."""
    found = tag([Finding(id="a", kind="should", text="The clinic should give patients ten days to reflect before a "
                         "breast augmentation is booked.", file="a.pdf", page=2, section="Areas for improvement")], [])
    assert found[0].theme == "Consent, Mental Capacity Act and Deprivation of Liberty Safeguards"


def test_a_patients_level_of_critical_care_is_no_training_level():
    """vocab/synonyms.toml `critical_care_level`: "level 3 patients" say whom a nurse ratio is for, not a level of
    training (`level_3`, an issue word that kept a ratio apart from the same nurse-staffing duty in other words)."""
    ratio = ("The hospital must staff its intensive care unit with one registered nurse for each level 3 patient. "
             "(Regulation 18(1))")
    assert "level_3" not in terms_many([ratio])[0]
    assert _filed_together(ratio, "The hospital must make sure there are enough nursing staff on each ward, "
                                  "particularly at weekends. (Regulation 18(1))", "Staffing")
