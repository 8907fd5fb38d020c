"""Merging round seven (issue 12): blocks that fired on a word seen anywhere in a statement.

A fresh outside trust kept one issue apart because a block or penalty read a word that was not
the ask's own object or kind: "staff know what to do" read as training, "qualified nurses" as
training, the consequence hung on an ask ("so that escorted leave is not cancelled") as a second
issue, "registered" as the risk register; and merged look-alikes that shared only a word of the
area ("ionising radiation", "examination") or a kind the vocabulary did not tell apart (safeguarding
against clinical supervision; a probe's traced decontamination against a commode's cleaning).
Themes are given as a section heading would give them, so the tests exercise merging whatever the
tag stage reads. Statements are written here, not copied from an evaluation set; each test fails
on the merge before this round (main 5f06001).
"""

from merge_findings import filed, together

from cqcplan.models import Finding
from cqcplan.pipeline.aspects import aspects
from cqcplan.pipeline.merge import merge
from cqcplan.pipeline.terms import terms

MEDICINES = "Medicines"
STAFFING = "Staffing"
COMPLAINTS = "Learning from complaints and concerns"
RISK = "Assessing and responding to patient risk"
EQUIPMENT = "Environment and equipment"
SAFEGUARDING = "Safeguarding"
COMPETENT = "Competent staff"
IPC = "Cleanliness, infection control and hygiene"




def across(*pairs: tuple[str, str]) -> list[Finding]:
    """One finding per report of a trust's batch (file names differ)."""
    return [filed(text, f"f{n}", theme, file=f"r{n}.pdf") for n, (text, theme) in enumerate(pairs)]


def test_knowing_what_to_do_is_the_response_not_training():
    """vocab/aspects.toml ignore: staff who know what to do when a reading is out of range are asked
    to act on it, which the other wording asks too; staff who know where a risk is are still asked
    about training."""
    assert not aspects("staff know what to do when the fridge reading is out of range")
    assert "training" in aspects("staff know where the ligature points are on the ward")
    known = filed("Make sure that vaccines needing refrigeration are kept at the right temperature and that staff "
                  "know what to do if the fridge temperature is out of range.", "a", MEDICINES)
    acted = filed("The trust must ensure that treatment room fridge temperatures are recorded every day and that "
                  "action is taken when they are out of range.", "b", MEDICINES)
    assert together(known, acted)


def test_a_qualifier_on_the_ask_is_no_second_issue():
    """pipeline/similarity.py `dice_matrix` `duties`: the issue-word penalty and the lone-term block
    weigh what is asked, not the consequence ("so that ... not cancelled") or the emphasis
    ("particularly at night") hung on it; qualified and registered nurses are one grade."""
    night = ("Ensure that there are enough registered nurses on every ward, particularly at night, to meet "
             "patients' needs.", STAFFING)
    leave = ("Ensure that there are enough qualified nurses on each shift so that patients' escorted walks and "
             "group sessions are not cancelled because of staff shortages.", STAFFING)
    assert together(*across(night, leave))
    midwives = ("Ensure that there are enough midwives on the delivery suite and that the shift coordinator is "
                "supernumerary.", STAFFING)
    assert not together(*across(leave, midwives))


def test_the_registered_nurse_grade_is_one_term():
    """vocab/synonyms.toml: RN, RMN, registered and qualified nurses; "registered" alone is not the
    risk register."""
    for wording in ("registered nurses", "qualified nurses", "registered mental health nurses", "RMNs"):
        assert "registered_nurse" in terms(f"enough {wording} on the ward"), wording
    assert "registered_nurse" not in terms("risks are recorded on the risk register")


def test_complainants_are_complaints():
    """vocab/synonyms.toml: a response to complainants answers complaints."""
    people = filed("The trust should ensure that complainants receive a reply within the timescale agreed with them.",
                   "a", COMPLAINTS)
    policy = filed("The trust should ensure that complaints are answered within the timescales in its complaints "
                   "policy and that complaints are logged.", "b", COMPLAINTS)
    assert together(people, policy)


def test_a_pregnancy_check_is_one_check_and_not_the_procedures_it_follows():
    """vocab/synonyms.toml: "could be pregnant" and "pregnancy status" are one check; ionising
    radiation is an imaging service's area (a topic word), so sharing it with the employer's
    procedures does not join a patient check to a document review."""
    could = filed("Ensure that radiographers check and record whether a patient could be pregnant before any "
                  "exposure to ionising radiation.", "a", RISK)
    status = filed("The trust must ensure that staff check the pregnancy status of patients before each x-ray "
                   "examination.", "b", RISK)
    procedures = filed("Ensure that the employer's written procedures for exposures to ionising radiation are "
                       "reviewed and kept up to date.", "c", RISK)
    actions = merge([could, status, procedures])
    assert [a.findings for a in actions] == [["a", "b"], ["c"]]


def test_an_examination_says_no_kind_alone():
    """vocab/issue_terms.toml topic: a hoist's thorough examination and an x-ray examination share a
    word, not an object."""
    hoists = filed("The trust must ensure that hoists are thoroughly examined every six months and that records of "
                   "the examinations are kept.", "a", EQUIPMENT)
    xray = filed("The trust must ensure that radiographers record the exposure for every x-ray examination.", "b",
                 EQUIPMENT)
    assert not together(hoists, xray)


def test_safeguarding_supervision_is_not_clinical_supervision():
    """vocab/synonyms.toml: safeguarding supervision is its own kind; two wordings of it are one."""
    safeguarding = ("The trust should ensure that health visitors receive safeguarding supervision every three "
                    "months and that attendance is recorded.", SAFEGUARDING)
    clinical = ("The trust should ensure that staff receive regular clinical supervision and that attendance is "
                "recorded.", COMPETENT)
    again = ("The trust should ensure that school nurses attend regular safeguarding supervision.", SAFEGUARDING)
    assert not together(*across(safeguarding, clinical))
    assert together(*across(safeguarding, again))


def test_a_probe_traced_to_the_patient_is_not_a_commode_cleaned():
    """vocab/issue_terms.toml "decontamination by device": a probe entering the body is disinfected to
    a high level and traced; commodes and couches are cleaned between patients, one IPC duty."""
    probes = filed("Ensure that transvaginal ultrasound probes are decontaminated after each use and that each "
                   "decontamination is traced to the patient.", "a", IPC)
    commodes = filed("Ensure that commodes are cleaned after each use and labelled as clean.", "b", IPC)
    couches = filed("Ensure that examination couches are cleaned after each use and labelled as clean.", "c", IPC)
    actions = merge([probes, commodes, couches])
    assert [a.findings for a in actions] == [["a"], ["b", "c"]]
