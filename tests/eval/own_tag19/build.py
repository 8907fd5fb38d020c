"""Build tests/eval/own_tag19/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag15
helper of session 38, before the tagger was run on them, four per class of regulation miss found in
outside set DN (and own_tag11's T11-040), each worded differently from the outside statement of that
class; a class's control, a statement the fix must leave where it is, beside it."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import AMB, CHA, CMH, AMH, MED, NONE, E, R, S, W, write_set  # noqa: E402

INFORMATION = "Well-led > Information management"
RECORDS = "Safe > Staff access to essential information"
STAFFING = "Safe > Nurse staffing"
COMPETENT = "Effective > Competent staff"
PLANNING = "Effective > Assessment of needs and planning of care"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    ("data_said", "should", CMH, "The trust should make sure that figures on the number of patients waiting for "
     "psychological therapy are accurate and checked each month.", W, R, INFORMATION, ["17"]),
    ("data_said", "should", MED, "The trust should ensure that data about falls and pressure ulcers on each ward is "
     "reliable, so that the board can see where harm is occurring.", W, S, INFORMATION, ["17"]),
    ("data_said", "must", AMB, "The trust must ensure that statistics on response times for category 1 and 2 calls "
     "are complete and validated before they are published.", W, R, INFORMATION, ["17"]),
    ("data_said", "should", NONE, "The provider should make sure that the data it keeps on accidents and incidents in "
     "the home is accurate.", W, S, INFORMATION, ["17"]),
    ("data_said", "must", MED, "The trust must ensure that staffing figures on each shift are sufficient to meet "
     "patients' needs.", S, None, STAFFING, ["18"]),
    ("staff_access", "must", AMH, "The trust must ensure that bank and agency nurses can access patients' risk "
     "assessments and care plans on the electronic system.", S, None, RECORDS, ["17"]),
    ("staff_access", "should", CHA, "The trust should make sure community nurses are able to access the latest "
     "information about patients' care when visiting them at home.", S, None, RECORDS, ["17"]),
    ("staff_access", "should", NONE, "The provider should ensure care workers have access to up to date care plans in "
     "people's homes.", S, E, RECORDS, ["17"]),
    ("staff_access", "must", AMB, "The trust must ensure that crews can access information about patients' care "
     "plans and known risks before they arrive at the address.", S, None, RECORDS, ["17"]),
    ("staff_access", "should", MED, "The trust should ensure that staff can access training in the care of patients "
     "with a tracheostomy.", E, S, COMPETENT, ["18"]),
    ("staff_access", "should", CMH, "The trust should ensure that patients can access their crisis plans and know who "
     "to call out of hours.", E, R, PLANNING, ["9"]),
]

if __name__ == "__main__":
    write_set(Path(__file__).resolve().parent, "T19", ROWS, classed=True)
