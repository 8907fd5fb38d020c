"""Build tests/eval/own_tag18/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag18
helper, before the tagger was run on them, three or four per class of regulation miss found in outside
set BZ, each worded differently from the outside statement of that class; a class's control, a
statement the fix must leave where it is, beside it."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import AMH, DENT, EOL, LD, MAT, MED, NONE, OPMH, UEC, C, E, R, S, W, write_set  # noqa: E402

GOVERNANCE = "Well-led > Governance"
MEDICAL = "Safe > Medical staffing"
EMOTIONAL = "Caring > Emotional support"
FACILITIES = "Responsive > Facilities that promote comfort, dignity and privacy"
MHA = "Effective > Adherence to the MHA and the MHA Code of Practice"
OUTCOMES = "Effective > Patient outcomes"
GP = "GP practice"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    ("ratings", "must", NONE, "The provider must ensure that the ratings awarded at its last CQC inspection are "
     "displayed conspicuously at the location and on its website.", W, None, GOVERNANCE, ["20A"]),
    ("ratings", "should", GP, "The practice should make sure the overall rating from its latest inspection is "
     "shown on the practice's website.", W, None, GOVERNANCE, ["20A"]),
    ("ratings", "should", DENT, "The provider should display the rating given at the most recent CQC inspection "
     "in the waiting area.", W, None, GOVERNANCE, ["20A"]),
    ("ratings", "should", MED, "The trust should continue to improve its performance in national audits so that "
     "its ratings in them are at least in line with the England average.", E, None, OUTCOMES, []),
    ("consultant", "should", UEC, "The trust should ensure consultant emergency medicine presence in the "
     "department for 16 hours a day in line with the Royal College guidance.", S, None, MEDICAL, ["18"]),
    ("consultant", "must", MAT, "The trust must ensure that consultant obstetric cover on the labour ward meets "
     "national recommendations.", S, None, MEDICAL, ["18"]),
    ("consultant", "should", MED, "The trust should ensure there is consultant geriatrician presence on the "
     "frailty unit at weekends.", S, E, MEDICAL, ["18"]),
    ("private_room", "should", UEC, "The trust should ensure that there is a private room where relatives can be "
     "given bad news.", C, R, EMOTIONAL, ["10"]),
    ("private_room", "should", EOL, "The trust should provide a quiet, private room on each ward where families "
     "of dying patients can stay.", C, R, EMOTIONAL, ["10"]),
    ("private_room", "should", OPMH, "The trust should ensure that patients have access to a private room to meet "
     "their visitors.", R, None, FACILITIES, ["10"]),
    ("mha_leave", "must", AMH, "The trust must ensure that section 17 leave authorisations are completed fully and "
     "that patients and carers are given a copy of them.", E, None, MHA, ["17"]),
    ("mha_leave", "should", LD, "The trust should ensure that detained patients are given a copy of their section "
     "17 leave form and that the form states any conditions.", E, None, MHA, ["17"]),
    ("mha_leave", "should", AMH, "The trust should ensure that the conditions of section 17 leave are recorded on "
     "the leave form and shared with the patient.", E, None, MHA, ["17"]),
    ("mha_leave", "should", AMH, "The trust should ensure that patients are given a copy of their care plan.",
     C, None, "Caring > Involvement of patients", ["9"]),
]

if __name__ == "__main__":
    write_set(Path(__file__).resolve().parent, "T18", ROWS, classed=True)
