"""Build tests/eval/own_tag15/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag15
helper, before the tagger was run on them, five per class of failure found in outside set BD, each
worded differently from BD's statement of that class (the later classes written after the earlier ones
were fixed; README.md says which were not)."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    MED, SURG, UEC, CYP, DI, CHA, CHI, AMH, REHAB, CRISIS, LD, DENT, NONE, S, E, C, R, W, write_set,
)

GOV = "Well-led > Governance"
MHA = "Effective > Adherence to the MHA and the MHA Code of Practice"
MCA = "Effective > Consent, Mental Capacity Act and Deprivation of Liberty Safeguards"
TRAINING = "Safe > Mandatory training"
SEVEN = "Effective > Seven-day services"
MEDICINES = "Safe > Medicines"
RECORDS = "Safe > Records"
NEEDS = "Responsive > Meeting people's individual needs"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # a person held or kept without the legal authority to hold them (13(5)), whatever the law or the wording
    ("liberty", "must", CRISIS, "The trust must ensure that no one is held in the place of safety once the legal time limit has passed unless an extension has been properly authorised.", E, S, MHA, ["13"]),
    ("liberty", "must", NONE, "The provider must ensure people are not stopped from leaving the home unless lawful authorisation to do so is in place.", E, S, MCA, ["13"]),
    ("liberty", "must", AMH, "The ward must stop keeping informal patients behind locked doors without any legal power to detain them.", E, S, MHA, ["13"]),
    ("liberty", "must", REHAB, "The trust must make sure that patients whose detention has lapsed are not kept on the ward without a valid legal basis for holding them.", E, S, MHA, ["13"]),
    ("liberty", "must", UEC, "Staff must not detain patients in the emergency department against their will without a legal framework that permits it.", S, E, "Safe > Safeguarding", ["13"]),
    # the system that assesses, monitors and reduces risks (17(2)(b)) asked for, the risks named only as examples
    ("risk_system", "must", NONE, "The practice must put in place effective processes to identify, assess and manage risks to patients, staff and visitors, such as those from fire, the premises and hazardous substances.", W, S, GOV, ["17"]),
    ("risk_system", "must", NONE, "The provider must ensure its arrangements for monitoring and reducing risks are operated effectively, including health and safety checks of the building and the water system.", W, S, GOV, ["17"]),
    ("risk_system", "must", NONE, "The registered manager must establish a system to assess, monitor and mitigate risks relating to the health, safety and welfare of people using the service.", W, S, GOV, ["17"]),
    ("risk_system", "must", MED, "The trust must ensure there is an effective process for identifying and managing environmental risks on its wards, including ligature and fire risks.", W, S, GOV, ["17"]),
    ("risk_system", "must", DENT, "The practice must make sure its risk management systems work, for example that checks of emergency medicines and equipment and the sharps risk assessment are carried out and kept up to date.", W, S, GOV, ["17"]),
    # a course whose subject is a safety duty (restraint, abuse, infection, moving people, fire) is mandatory training
    ("course", "must", LD, "The trust must ensure all ward staff complete training in positive behaviour support and in the restraint techniques the trust has approved.", S, E, TRAINING, ["18"]),
    ("course", "must", NONE, "The provider must make sure care workers are trained in recognising and reporting abuse before they visit people alone.", S, E, TRAINING, ["18"]),
    ("course", "should", MED, "The trust should ensure more nursing staff on the ward attend training on preventing and controlling infection.", S, E, TRAINING, ["18"]),
    ("course", "must", CHA, "Community nurses must complete the trust's required learning on the Mental Capacity Act and on moving and handling people safely.", S, E, TRAINING, ["18"]),
    ("course", "must", NONE, "Staff must be trained in fire evacuation procedures and in using the evacuation equipment at the home.", S, None, TRAINING, ["18"]),
    # staff competence to handle medicines: medicines management (12(2)(c), (g)), written after the first four
    # classes were fixed and before the next fix
    ("med_competence", "must", NONE, "The provider must make sure staff who give people their insulin have been assessed as competent to do so.", S, E, MEDICINES, ["12"]),
    ("med_competence", "must", NONE, "Care staff must not administer medicines until their competency has been checked by a senior member of staff.", S, E, MEDICINES, ["12"]),
    ("med_competence", "must", CHA, "The trust must ensure that healthcare assistants who give eye drops and apply creams in patients' homes have been trained and signed off as competent.", S, E, MEDICINES, ["12"]),
    ("med_competence", "should", NONE, "Staff should have their competence to manage people's medicines reassessed every year.", S, E, MEDICINES, ["12"]),
    ("med_competence", "must", NONE, "The home must ensure that agency nurses are checked as competent in the home's medicines procedures before they do a medicines round.", S, E, MEDICINES, ["12"]),
    # results and letters received about patients, to be read and acted on: records (17), written after the
    # medicines-competence class was fixed and before the next fix
    ("correspondence", "must", NONE, "The practice must make sure incoming letters from hospitals are read and acted on by a GP within a set time.", S, W, RECORDS, ["17"]),
    ("correspondence", "must", NONE, "The practice must clear its backlog of unprocessed clinical correspondence and make sure new documents are workflowed the day they arrive.", S, W, RECORDS, ["17"]),
    ("correspondence", "should", DI, "The trust should make sure that imaging reports are checked and acknowledged by the referring clinician so that none go unread.", S, W, RECORDS, ["17"]),
    ("correspondence", "must", NONE, "The practice must ensure that blood test results are filed to the patient's record and actioned by a clinician within two working days.", S, W, RECORDS, ["17"]),
    ("correspondence", "must", CHA, "The service must ensure letters from specialists are scanned into the patient's record and seen by the responsible clinician promptly.", S, W, RECORDS, ["17"]),
    # a restriction to be risk-assessed for the person: the restriction's topic (visiting, 9A; a blanket rule, 13),
    # not risk as a topic of its own; written after the correspondence class was fixed and before the next fix
    ("restriction", "should", NONE, "The home should review its policy of limiting visitors to one hour a day and assess the risks for each person rather than applying the limit to everyone.", R, C, NEEDS, ["9A"]),
    ("restriction", "must", CHI, "The trust must ensure that any decision to stop a patient's family from visiting is based on an individual risk assessment and reviewed regularly.", R, C, NEEDS, ["9A"]),
    ("restriction", "should", NONE, "The provider should make sure that a person's right to have someone accompany them to appointments is only restricted after their individual risks have been assessed.", R, C, NEEDS, ["9A"]),
    ("restriction", "must", AMH, "The ward must ensure restrictions on patients' access to their mobile phones are individually risk assessed rather than applied to everyone.", S, None, "Safe > Assessing and managing risk to patients and staff", ["13"]),
    ("restriction", "should", NONE, "The care home should let residents' friends visit in the evenings and only limit this where a risk to that person has been assessed.", R, C, NEEDS, ["9A"]),
    # staff or a service asked for on Saturdays and Sundays: the seven-day service, not the staffing numbers
    ("weekend", "should", MED, "The trust should review pharmacy staffing so that a pharmacist visits the wards on Saturdays and Sundays.", E, S, SEVEN, []),
    ("weekend", "should", SURG, "The trust should make sure consultant reviews happen every day of the week, including at weekends and on bank holidays.", E, S, SEVEN, []),
    ("weekend", "should", CHI, "The service should increase therapy cover so that patients receive rehabilitation seven days a week.", E, S, SEVEN, []),
    ("weekend", "should", CYP, "The trust should ensure there are enough dietitians to see children on the ward at weekends.", E, S, SEVEN, []),
    ("weekend", "should", DI, "The trust should extend radiographer rotas so that MRI scans are available at weekends as well as during the week.", E, R, SEVEN, []),
]

write_set(Path(__file__).resolve().parent, "T15", ROWS, classed=True)
