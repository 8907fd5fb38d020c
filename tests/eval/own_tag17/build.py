"""Build tests/eval/own_tag17/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag17
helper, before the tagger was run on them, three or four per class of failure found in outside set BT
(and BP), each worded differently from the outside statement of that class; a class's control, a
statement the fix must leave where it is, beside it."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    AMB, AMH, CAMHS, CHA, CMH, CCYP, DENT, LD, MAT, NONE, OPMH, REHAB, MED, SURG, S, E, R, W, write_set,
)

MH_RISK = "Safe > Assessing and managing risk to patients and staff"
RISK = "Safe > Assessing and responding to patient risk"
INFORMATION = "Well-led > Information management"
MEDICINES = "Safe > Medicines"
RECORDS = "Safe > Records"
ASSESSING = "Effective > Assessment of needs and planning of care"
ACCESS = "Responsive > Access and flow"
LOCAL = "Responsive > Service delivery to meet the needs of local people"
COMPETENT = "Effective > Competent staff"
MHA = "Effective > Adherence to the MHA and the MHA Code of Practice"
MCA = "Effective > Good practice in applying the MCA"
EQUIPMENT = "Safe > Environment and equipment"
CARE_HOME = "Care home"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # restrictive practice on a mental-health ward: §9.4's MH column files restraint, seclusion, segregation
    # and blanket restrictions under Assessing and managing risk to patients and staff (13)
    ("restrictive", "must", AMH, "The trust must ensure that every use of prone restraint on the ward is debriefed, recorded and reviewed by the ward manager.", S, None, MH_RISK, ["13"]),
    ("restrictive", "should", LD, "The trust should reduce its use of long-term segregation and make sure each patient in segregation has a plan to end it.", S, None, MH_RISK, ["13"]),
    ("restrictive", "should", OPMH, "The trust should make sure that the locked door on the ward is not a blanket restriction on informal patients.", S, E, MH_RISK, ["13"]),
    ("restrictive", "must", CAMHS, "The trust must ensure staff use physical restraint on young people only as a last resort, after trying de-escalation.", S, None, MH_RISK, ["13"]),
    # the data a provider submits to national bodies said to be validated, checked or accurate: the data's
    # quality (Information management, 17), whatever it counts
    ("data_submitted", "should", NONE, "The trust should check that the figures it submits to NHS England on cancer waiting times are validated before submission.", W, None, INFORMATION, ["17"]),
    ("data_submitted", "must", NONE, "The trust must ensure that the data submitted for national audits is complete and accurate.", W, E, INFORMATION, ["17"]),
    ("data_submitted", "should", MED, "The service should ensure that ward staffing data submitted to the board each month is checked for accuracy.", W, None, INFORMATION, ["17"]),
    # the people a duty concerns named by what they receive or use ("patients receiving end of life care at
    # home"): says who, not what is asked, as a "who" clause does
    ("who_receiving", "should", CHA, "The trust should ensure that staff complete pressure ulcer risk assessments for patients receiving palliative care at home.", S, None, RISK, ["12"]),
    ("who_receiving", "must", CHA, "The trust must ensure that the controlled drugs kept in the homes of patients receiving end of life care are recorded and checked at every visit.", S, None, MEDICINES, ["12"]),
    ("who_receiving", "should", CARE_HOME, "The provider should ensure that people receiving respite care have an assessment of their needs before they arrive.", E, None, ASSESSING, ["9"]),
    ("who_receiving", "should", CHA, "Staff should make sure that records for patients receiving palliative care at home are stored securely.", S, None, RECORDS, ["17"]),
    # commissioners named as the partner a duty is worked at with ("work with commissioners to reduce …"):
    # the aim decides; commissioning itself (planning services) stays local needs (the last, a control)
    ("partner", "should", AMB, "The trust should continue to work with commissioners to reduce handover delays at the acute hospitals.", R, S, ACCESS, []),
    ("partner", "should", CMH, "The trust should work with the local authority and commissioners to reduce waiting times for psychological therapies.", R, None, ACCESS, []),
    ("partner", "should", CCYP, "The trust should work with its commissioners to improve the number of children who receive their two-year development review on time.", R, E, ACCESS, []),
    ("partner", "should", NONE, "The trust should work with commissioners to plan services that meet the needs of the local population.", R, None, LOCAL, []),
    # a specialist qualification or award staff hold: their competence (Effective, 18), not how many are on duty
    ("qualification", "should", MAT, "The trust should ensure that more nurses on the neonatal unit hold a qualification in the speciality.", E, S, COMPETENT, ["18"]),
    ("qualification", "should", SURG, "The provider should support staff working in the endoscopy unit to gain a post-registration qualification in endoscopy.", E, None, COMPETENT, ["18"]),
    ("qualification", "should", CHA, "The trust should make sure that all district nursing team leaders hold the specialist practitioner qualification.", E, None, COMPETENT, ["18"]),
    # the Mental Health Act's consent-to-treatment safeguards (T2, T3, a SOAD): §9.4's MH column discusses them
    # under Adherence to the MHA (11); a capacity assessment for other treatment stays the MCA's (the control)
    ("mha_consent", "must", AMH, "The trust must ensure that a valid T3 certificate is in place before medicines for mental disorder are given to a detained patient without consent.", E, S, MHA, ["11"]),
    ("mha_consent", "should", LD, "The trust should make sure staff request a second opinion appointed doctor visit promptly when a patient's treatment under the Mental Health Act needs authorising.", E, None, MHA, ["11"]),
    ("mha_consent", "must", REHAB, "Staff must check that each patient's T2 form covers every medicine they are prescribed for their mental disorder.", E, S, MHA, ["11"]),
    ("mha_consent", "must", OPMH, "The trust must ensure that staff assess and record the mental capacity of patients to consent to treatment for physical health problems.", E, None, MCA, ["11"]),
    # the kit kept for a medical emergency, named by what it is for: equipment used for care (12)
    ("emergency_kit", "should", DENT, "The practice should review the medicines and equipment it keeps to deal with medical emergencies against national guidance.", S, None, EQUIPMENT, ["12"]),
    ("emergency_kit", "must", NONE, "The practice must ensure that the equipment used in medical emergencies is checked every week and that checks are recorded.", S, None, EQUIPMENT, ["12"]),
    ("emergency_kit", "must", DENT, "The provider must make sure that all medicines and equipment for managing medical emergencies are available and within their expiry dates.", S, None, EQUIPMENT, ["12"]),
]

write_set(Path(__file__).resolve().parent, "T17", ROWS, classed=True)
