"""Build tests/eval/own_tag14/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag14
helper, before the tagger was run on them, five per class of failure found in outside set AW, each
worded differently from AW's statement of that class (the place and records classes written after the
first four were fixed)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    MAT, CYP, UEC, MED, AMH, CRISIS, CAMHS, LD, AMB, NONE, S, E, C, R, W, write_set,
)

GOV = "Well-led > Governance"
ENG = "Well-led > Engagement"
NEEDS = "Responsive > Meeting people's individual needs"
MDT = "Effective > Multidisciplinary working"
INVOLVE = "Caring > Understanding and involvement of patients and those close to them"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # a relative clause saying who the duty concerns ("women whose first language is not English",
    # "staff who access the electronic record") names no topic of the duty's own
    ("who", "must", MAT, "The trust must ensure that staff who work on the night shift on the birth centre complete neonatal life support training.", S, E, "Safe > Mandatory training", ["18"]),
    ("who", "should", NONE, "The provider should ask families whose relatives have died at the home for their views of the care given.", W, C, ENG, ["17"]),
    ("who", "must", NONE, "The provider must ensure that care workers who support people with diabetes have had their competence in blood glucose monitoring checked.", E, S, "Effective > Competent staff", ["18"]),
    ("who", "should", NONE, "The service should make sure that relatives who visit in the evening can speak to a nurse about their family member's care.", C, R, INVOLVE, []),
    ("who", "must", UEC, "The trust must make sure that patients whose medicines are brought in with them have those medicines stored securely in the department.", S, None, "Safe > Medicines", ["12"]),
    # topics named only as examples ("including …") beside a lighter topic the duty names itself
    ("examples", "should", CYP, "The service should improve multidisciplinary working with the local authority, including joint reviews of safeguarding concerns.", E, S, MDT, []),
    ("examples", "should", NONE, "The provider should review people's care plans regularly, including after a fall or an admission to hospital.", R, E, NEEDS, ["9"]),
    ("examples", "should", NONE, "Staff should involve people's carers more, for example by inviting them to discharge planning meetings.", C, R, INVOLVE, []),
    ("examples", "should", LD, "The ward should offer patients more activities in the evenings, such as exercise groups and cooking sessions.", R, None, "Responsive > Meeting the needs of all people who use the service", []),
    ("examples", "should", MED, "The trust should coordinate care more closely with GP practices, including sharing medicines information when patients are discharged.", E, S, MDT, []),
    # the audit or check itself judged (it finds the shortfalls, or does not): the governance system
    ("audit", "must", NONE, "Managers must make sure that the checks they carry out on medicines and care records pick up the problems we found.", W, None, GOV, ["17"]),
    ("audit", "must", NONE, "The registered manager must ensure that audits of falls, wound care and infection control are robust enough to identify and address shortfalls.", W, None, GOV, ["17"]),
    ("audit", "must", NONE, "The provider must ensure its quality checks, including spot checks on medicines administration records, identify where improvements are needed.", W, None, GOV, ["17"]),
    ("audit", "should", NONE, "Monthly audits of daily notes and medication records should be effective in highlighting errors so that they can be put right.", W, S, GOV, ["17"]),
    ("audit", "must", MED, "The trust must make sure that ward audits of hand hygiene and documentation give an accurate picture and that action is taken where they show poor compliance.", W, S, GOV, ["17"]),
    # the standard a duty follows ("as required by the Mental Health Act Code of Practice", "in line with
    # Guidelines for the Provision of …") names no topic of the duty's own
    ("follows", "must", CYP, "The trust must ensure a consultant paediatrician is on site at all times, as recommended by the Facing the Future standards for acute paediatric services.", S, None, "Safe > Medical staffing", ["18"]),
    ("follows", "must", AMH, "The service must ensure that patients in seclusion are reviewed by a doctor within the times set out in the Mental Health Act Code of Practice.", S, E, "Safe > Assessing and managing risk to patients and staff", ["13"]),
    ("follows", "must", AMH, "The trust must ensure that patients' physical health is monitored after rapid tranquillisation, as required by national guidance on violence and aggression.", S, None, "Safe > Assessing and managing risk to patients and staff", ["12"]),
    ("follows", "must", NONE, "The provider must ensure that a registered nurse is on duty at all times, as required by the conditions of its registration.", S, None, "Safe > Nurse staffing", ["18"]),
    ("follows", "must", CRISIS, "The trust must ensure that people detained in the place of safety are assessed within the time limit set out in the Mental Health Act Code of Practice, in line with local safeguarding procedures.", R, E, "Responsive > Access and discharge", ["13"]),
    # a place the duty happens in ("in their local community") is no engagement with the community
    ("place", "should", NONE, "Staff should help people find paid or voluntary work in the local community if they want it.", R, C, NEEDS, ["9"]),
    ("place", "should", NONE, "The provider should support people to use shops, cafes and leisure centres in their community more often.", R, C, NEEDS, ["9"]),
    ("place", "should", CAMHS, "The service should make sure young people can keep attending their own school in the community while they are on the ward.", R, E, "Responsive > Meeting the needs of all people who use the service", []),
    ("place", "should", NONE, "The home should arrange more trips out into the local community for people who cannot go out alone.", R, C, NEEDS, ["9"]),
    ("place", "should", NONE, "The practice should work with community groups to engage the local community in shaping its services.", W, None, ENG, ["17"]),
    # a record to be completed in full is a records duty, whatever the form is called and whatever it holds
    ("records", "must", AMB, "Crews must complete every section of the electronic patient care record, including the times of calls and clinical observations.", S, None, "Safe > Records", ["17"]),
    ("records", "must", NONE, "The service must ensure that daily care notes are written up in full at the end of each visit.", S, None, "Safe > Records", ["17"]),
    ("records", "should", MED, "The trust should make sure that handover sheets are completed fully, with each patient's allergies and resuscitation status.", S, None, "Safe > Records", ["17"]),
    ("records", "should", NONE, "Nurses should fill in admission paperwork fully and sign and date each entry.", S, None, "Safe > Records", ["17"]),
    ("records", "must", NONE, "The practice must ensure that consultation notes are complete and include the examination findings and the advice given.", S, None, "Safe > Records", ["17"]),
]

write_set(Path(__file__).resolve().parent, "T14", ROWS, classed=True)
