"""Build tests/eval/own_tag16/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag16
helper, before the tagger was run on them, five per class of failure found in outside set BP, each
worded differently from BP's statement of that class."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    CCYP, MED, UEC, AMB, DENT, AMH, OPMH, CAMHS, REHAB, LD, NONE, S, E, R, W, write_set,
)

ACCESS = "Responsive > Access and flow"
RECORDS = "Safe > Records"
STAFFING = "Safe > Staffing"
EQUIPMENT = "Safe > Environment and equipment"
SAFEGUARDING = "Safe > Safeguarding"
RISK = "Safe > Assessing and responding to patient risk"
MH_ENVIRONMENT = "Safe > Safe and clean environment"
INFORMATION = "Well-led > Information management"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # "mandatory" describing something that is not a course (a visit, a check, a field, a duty to report):
    # the thing it describes is the topic, not mandatory training
    ("mandatory", "must", CCYP, "The trust must ensure that the mandatory health reviews for children at one year and at two and a half years are completed within the timescales set.", R, E, ACCESS, []),
    ("mandatory", "must", NONE, "The practice must ensure that clinicians complete all mandatory fields in the patient record at each consultation.", S, W, RECORDS, ["17"]),
    ("mandatory", "must", NONE, "The provider must make sure the mandatory pre-employment checks, including references and a check of employment history, are completed before new care workers start.", S, W, STAFFING, ["19"]),
    ("mandatory", "must", MED, "The trust must ensure that the mandatory daily checks of resuscitation trolleys on the wards are carried out and recorded.", S, None, EQUIPMENT, ["12"]),
    ("mandatory", "must", UEC, "Staff must make sure that female genital mutilation in girls under 18 is reported to the police as the mandatory reporting duty requires.", S, None, SAFEGUARDING, ["13"]),
    # the duty in regulation 12's own general words, no topic named: safe care and treatment (12)
    ("safe_way", "must", NONE, "The provider must ensure that care and treatment are provided to people in a safe way.", S, None, RISK, ["12"]),
    ("safe_way", "must", NONE, "The practice must make sure patients receive safe care and treatment.", S, None, RISK, ["12"]),
    ("safe_way", "must", DENT, "Ensure care and treatment is delivered in a safe manner to patients.", S, None, RISK, ["12"]),
    ("safe_way", "must", AMB, "The registered person must ensure that service users receive their care and treatment safely.", S, None, RISK, ["12"]),
    ("safe_way", "must", NONE, "The service must provide care and treatment in a safe way for every person it supports at home.", S, None, RISK, ["12"]),
    # ligature points and ligature risks on a mental-health ward: §9.4's MH column files them under the ward's
    # safe and clean environment (written after the first two classes were fixed)
    ("ligature", "must", AMH, "The trust must ensure that ligature anchor points in patients' bedrooms and bathrooms are removed or managed.", S, None, MH_ENVIRONMENT, ["12"]),
    ("ligature", "must", OPMH, "The ward must keep its environmental ligature audit up to date and make sure staff know where the highest-risk ligature points are.", S, None, MH_ENVIRONMENT, ["12"]),
    ("ligature", "should", CAMHS, "The trust should ensure staff on the young people's ward can see and manage ligature risks in the parts of the ward that are out of sight.", S, None, MH_ENVIRONMENT, ["12"]),
    ("ligature", "must", REHAB, "The trust must replace the taps and door handles that present a ligature risk on the rehabilitation ward.", S, None, MH_ENVIRONMENT, ["12"]),
    ("ligature", "should", LD, "The trust should make sure that ligature cutters are available on every ward and that staff know where they are kept.", S, None, MH_ENVIRONMENT, ["12"]),
    # the accuracy of data leaders and the board rely on: information management (17), whoever receives it
    ("data", "should", NONE, "The trust should make sure the data it reports on waiting times is accurate and validated before it goes to the board.", W, None, INFORMATION, ["17"]),
    ("data", "must", NONE, "The trust must improve the quality of the data recorded in the electronic patient record so that leaders can rely on it.", W, None, INFORMATION, ["17"]),
    ("data", "should", NONE, "The provider should ensure performance information given to managers is complete and up to date.", W, None, INFORMATION, ["17"]),
    ("data", "should", MED, "The service should ensure that its dashboards accurately reflect activity and outcomes on the wards.", W, None, INFORMATION, ["17"]),
    ("data", "should", NONE, "The trust should resolve the problems with its patient administration system that lead to inaccurate reports to the board on referral to treatment times.", W, R, INFORMATION, ["17"]),
]

write_set(Path(__file__).resolve().parent, "T16", ROWS, classed=True)
