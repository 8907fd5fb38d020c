"""Merge round fifty-five (the outside sets IM and IP: a trust's urgent and emergency care, medical care and surgery
reports; its maternity, children's and outpatients reports): one mandatory-training action across a trust's core
services when one report counts the staff who have completed it, or names a course attended; one records-security
action when one report names the records by what they are kept on. Statements are written here, not copied from an
evaluation set; each test fails without the change its docstring names.
"""

from cqcplan.models import Finding
from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.asks import without_count
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.tag import tag


def _grouped(*texts_and_files: tuple[str, str]) -> list[list[str]]:
    """The statements tagged, as `cqcplan extract` tags them, and merged as one batch of reports (one per file)."""
    found = [Finding(id=f"F{n}", kind="must" if " must " in text else "should", text=text, file=file, page=2,
                     section="Areas for improvement") for n, (text, file) in enumerate(texts_and_files)]
    return [action.findings for action in merge(tag(found, []))]


COUNTED = ("The trust should raise the number of staff on the surgical wards who have completed mandatory training, "
           "in particular infection control and conflict resolution.")
COMPLETED = ("The trust must ensure that doctors in the emergency department complete their mandatory training, "
             "including safeguarding children and information governance.")


def test_a_count_of_staff_who_have_completed_training_is_the_training_figure():
    """pipeline/asks.py `without_count` (merge reads it) and tag.py `_beside_counts`: "the number of staff … who have
    completed mandatory training" asks for the training figure, not for more staff ("number of staff" is staffing)."""
    assert "staffing" not in aspects(without_count(COUNTED))
    assert _grouped((COUNTED, "surgery.pdf"), (COMPLETED, "urgent.pdf")) == [["F0", "F1"]]


def test_a_count_of_staff_on_duty_is_still_staffing():
    """No clause says what the staff counted have done: the count is the rota's."""
    staffed = "The trust should raise the number of staff on duty on the surgical wards at night."
    assert without_count(staffed) == staffed
    assert _grouped((staffed, "surgery.pdf"), (COMPLETED, "urgent.pdf")) == [["F0"], ["F1"]]


def test_a_course_attended_is_training():
    """vocab/aspects.toml training "course": an annual course attended is a mandatory-training shortfall of the report,
    one action with its completion figure (labelling rule 4); a course of treatment is no training."""
    course = "Midwives and obstetricians should attend the yearly PROMPT obstetric emergencies course on time."
    figure = "The trust must ensure that maternity staff complete their mandatory training to meet the 90% target."
    reviews = "Midwives must carry out and record hourly fresh eyes reviews of CTG traces for every woman in labour."
    assert "training" in aspects(course)
    assert "training" not in aspects("Dentists should update each patient's medical history at every course of "
                                     "treatment.")
    assert _grouped((course, "maternity.pdf"), (figure, "maternity.pdf"), (reviews, "maternity.pdf")) == [
        ["F0", "F1"], ["F2"]]


def test_paper_records_are_the_patient_record():
    """vocab/cues.toml safe.patient_records "paper records": records named by what they are kept on are the
    patient's, filed under Records, so kept locked away they are one action with records stored securely."""
    paper = ("The service should make sure that paper records on the labour ward are not left unattended at the "
             "midwives' station and are kept in locked trolleys.")
    stored = ("The trust must ensure that patient records in outpatient clinics are stored securely. "
              "(Regulation 17(2)(c))")
    assert tag([Finding(id="F0", kind="should", text=paper, file="m.pdf", page=2, section="")], [])[0].theme == "Records"
    assert _grouped((paper, "maternity.pdf"), (stored, "outpatients.pdf")) == [["F0", "F1"]]
