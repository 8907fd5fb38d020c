"""Build tests/eval/own_tag13/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag13
helper, before the tagger was run on them, five per class of failure found in outside set AS, each
worded differently from AS's statement of that class."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    MED, SURG, UEC, CHA, AMH, CMH, LD, EOC, NONE, S, E, C, R, W, write_set,
)

INFO = "Well-led > Information management"
GOV = "Well-led > Governance"
ENG = "Well-led > Engagement"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # topics named only as what data, figures or reports are about: the duty is the information itself
    # (accurate, timely, reaching the board, in a form people can read)
    ("data", "must", MED, "The trust must make sure that the figures ward managers submit on falls and pressure ulcers are complete and checked before they are reported to the board.", W, S, INFO, ["17"]),
    ("data", "should", NONE, "The board should receive regular reports on safeguarding referrals and the use of restraint, so that it can see whether practice is improving.", W, None, GOV, ["17"]),
    ("data", "must", CMH, "Leaders must ensure that data about waiting times for psychological therapies is validated, so that the board has an accurate view of how long people wait.", W, R, INFO, ["17"]),
    ("data", "should", LD, "The service should provide information about people's care plans and medicines in pictures and easy read.", R, None, "Responsive > Meeting the needs of all people who use the service", ["9"]),
    ("data", "should", NONE, "The provider should make sure the information it holds on staff training and supervision is accurate and up to date.", W, None, INFO, ["17"]),
    # a clause saying what the inspection found (past tense) names other topics: the duty decides
    ("found", "must", NONE, "The provider must keep accurate daily notes for each person; notes for two people who had fallen did not record the falls.", S, W, "Safe > Records", ["17"]),
    ("found", "must", NONE, "The registered manager must make sure that audits are effective. The medicines audit had not picked up missing signatures on charts.", W, None, GOV, ["17"]),
    ("found", "must", NONE, "The practice must ensure that emergency equipment is checked regularly; the defibrillator pads had expired and there was no oxygen in the treatment room.", S, None, "Safe > Environment and equipment", ["12"]),
    ("found", "must", MED, "Staff must respect patients' privacy when giving personal care; we saw a patient left uncovered in a bay while staff fetched continence pads.", C, None, "Caring > Compassionate care", ["10"]),
    ("found", "must", NONE, "The provider must deploy enough care workers at night; on three nights we reviewed, one care worker alone was supporting people who needed two staff to help them move.", S, None, "Safe > Safe staffing", ["18"]),
    # "feed back" is feedback, never feeding
    ("feedback", "should", NONE, "The provider should ask relatives for their views and feed back what has changed as a result.", W, None, ENG, ["17"]),
    ("feedback", "should", SURG, "Managers should feed back to staff what was learned from the incidents they report.", S, W, "Safe > Incidents", []),
    ("feedback", "should", NONE, "The trust should feed back the results of the staff survey to every team, with the actions it plans.", W, None, ENG, []),
    ("feedback", "should", AMH, "Ward managers should feed back to patients on the changes made after each community meeting.", C, W, "Caring > Involvement in care", []),
    ("feedback", "should", NONE, "Staff should feed back to people who complain what the service has changed because of their complaint.", R, None, "Responsive > Learning from complaints and concerns", ["16"]),
    # enough staff of a named role, whatever the role is called, is staffing
    ("enough", "must", EOC, "The trust must ensure that enough dispatchers are on duty at weekends to allocate ambulances without delay.", S, R, "Safe > Safe staffing", ["18"]),
    ("enough", "must", UEC, "The trust must make sure there are sufficient paediatric nurses in the emergency department to assess children arriving by ambulance.", S, None, "Safe > Nurse staffing", ["18"]),
    ("enough", "must", NONE, "The provider must employ enough support workers to take people out to the activities in their plans.", S, R, "Safe > Safe staffing", ["18"]),
    ("enough", "should", CHA, "The trust should ensure there are enough district nurses to visit housebound patients who need wound care.", S, None, "Safe > Nurse staffing", []),
    ("enough", "must", SURG, "The trust must make sure there are enough theatre practitioners to staff every list safely, including recovery.", S, None, "Safe > Nurse staffing", ["18"]),
    # the skills of the people a service supports are not staff competence
    ("skills", "should", NONE, "Staff should help people build the life skills they need to move into their own flat, such as shopping and managing money.", R, C, "Responsive > Meeting people's individual needs", ["9"]),
    ("skills", "should", LD, "The ward should offer patients more chances to practise independent living skills before they are discharged.", R, E, "Responsive > Meeting the needs of all people who use the service", ["9"]),
    ("skills", "should", NONE, "The provider should support people to develop their social skills and make friends outside the home.", R, C, "Responsive > Meeting people's individual needs", ["9"]),
    ("skills", "should", NONE, "The service should give each person time each week to work on their daily living skills, for example laundry and preparing simple meals.", R, None, "Responsive > Meeting people's individual needs", ["9"]),
    ("skills", "should", NONE, "Support workers should encourage residents to keep up the practical skills they had before moving in, such as gardening.", R, C, "Responsive > Meeting people's individual needs", ["9"]),
]

write_set(Path(__file__).resolve().parent, "T13", ROWS, classed=True)
