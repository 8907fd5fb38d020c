"""Build tests/eval/own_tag12/{statements,labels}.jsonl from the table below: statements written and
labelled by hand (reference §9.4 category and its key question, §8 / §9.2 regulation) by the tag12
helper, before the tagger was run on them, five per class of failure found in outside set AN, each
worded differently from AN's statement of that class."""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from own_sets import (  # noqa: E402
    MED, SURG, OPD, CHA, CHI, AMH, CMH, CAMHS, OPMH, REHAB, LD, DENT, NONE, S, E, C, R, W, write_set,
)

GOV = "Well-led > Governance"
ENG = "Well-led > Engagement"
ENV = "Safe > Environment and equipment"
INFO = "Well-led > Information management"

# (class, kind, service, text, kq, kq_also, category, regulations)

ROWS = [
    # the governance system itself is what is asked (the board's assurance, reg 17(2)(a)'s duty to assess,
    # monitor and improve, quality monitoring used to improve): the topics named are what it oversees
    ("system", "must", NONE, "The registered person must make sure that the systems used to assess, monitor and improve the quality of the service are effective; checks of care records and the medicines round had missed the errors we found.", W, None, GOV, ["17"]),
    ("system", "should", MED, "The trust should ensure that the board is given regular assurance about how sepsis screening is carried out on the medical wards.", W, S, GOV, ["17"]),
    ("system", "should", NONE, "The provider should strengthen its quality monitoring so that the results of unannounced visits to care workers are recorded and used to improve the service.", W, None, GOV, ["17"]),
    ("system", "must", SURG, "The trust must make sure that information about compliance with the surgical safety checklist reaches the board, so that leaders can assure themselves the checklist is used.", W, S, GOV, ["17"]),
    ("system", "must", NONE, "The registered manager must ensure that audits of falls, pressure care and infection control identify where improvement is needed, so that the quality and safety of the service are monitored and improved.", W, S, GOV, ["17"]),
    # people who use the service involved in running it (recruitment, planning): engagement, not the
    # activity they are involved in
    ("involve", "should", NONE, "The provider should consider how people who live at the home could take part in interviewing new care staff.", W, None, ENG, []),
    ("involve", "should", LD, "The service should involve patients in the recruitment and selection of ward staff.", W, None, ENG, []),
    ("involve", "should", NONE, "The practice should involve its patient participation group in planning changes to the appointment system.", W, R, ENG, []),
    ("involve", "should", NONE, "The provider should give people and their relatives the chance to help shape how the service develops, for example by sitting on interview panels for new staff.", W, None, ENG, []),
    ("involve", "should", CMH, "The trust should give people who use the community teams a say in the design of new services and in choosing the staff who will work with them.", W, None, ENG, []),
    # equipment that must work or be repaired: the equipment, whatever it is for
    ("equipment", "must", NONE, "The provider must make sure the call bell system is repaired so that people can summon help from their rooms.", S, None, ENV, ["15"]),
    ("equipment", "must", AMH, "The trust must ensure that the personal alarm system on the ward is in working order and that there are enough alarms for every member of staff.", S, None, "Safe > Safe and clean environment", ["15"]),
    ("equipment", "should", NONE, "The registered manager should ensure that faulty call bells are reported and replaced without delay.", S, None, ENV, ["15"]),
    ("equipment", "must", CAMHS, "The trust must ensure that the viewing panel in the door of the seclusion suite is repaired so that staff can see every part of the room.", S, None, "Safe > Safe and clean environment", ["15"]),
    ("equipment", "must", CHI, "The service must replace the broken nurse call points in the bathrooms of the inpatient unit.", S, None, ENV, ["15"]),
    # who the staff are, said in a clause between commas, is not what is asked of them
    ("who", "should", NONE, "The provider should make sure that care staff, who often work at night without a senior on site, receive regular updates and can share their views at team meetings.", W, S, ENG, []),
    ("who", "should", NONE, "The registered manager should find ways to keep staff, who are spread across three small homes, informed about changes, such as a monthly newsletter.", W, None, ENG, []),
    ("who", "should", CHA, "The service should make sure that community nurses, who visit patients alone in the evenings, are kept up to date through regular team briefings.", W, S, ENG, []),
    ("who", "must", NONE, "The provider must ensure that people using the service, who are often unable to leave their homes, are asked for their views on the care they receive.", W, None, ENG, ["17"]),
    ("who", "should", DENT, "The practice should hold regular practice meetings so that staff, who work across two sites, are kept informed and can raise ideas.", W, None, ENG, []),
    # the quality of data is what is asked, whatever record holds it
    ("data", "should", NONE, "The trust should improve the quality of the data recorded on its incident reporting system so that trends can be relied on.", W, S, INFO, ["17"]),
    ("data", "must", OPD, "The trust must check the quality of waiting list data held on the patient administration system so that the reports managers use are accurate.", W, R, INFO, ["17"]),
    ("data", "should", NONE, "The practice should improve the quality of data in its clinical records system.", W, None, INFO, ["17"]),
    ("data", "should", MED, "The trust should make sure that data quality on the electronic patient record is good enough for managers to rely on its reports.", W, None, INFO, ["17"]),
    ("data", "should", CMH, "The trust should improve the accuracy and completeness of data entered on the electronic record so that team managers have reliable caseload reports.", W, None, INFO, ["17"]),
    # no topic cue at all: time spent with people, people's own goals
    ("nocue", "should", OPMH, "Staff should spend more time talking with patients in the lounge and less time in the office.", C, None, "Caring > Kindness, privacy, dignity, respect, compassion and support", []),
    ("nocue", "should", NONE, "Care staff should sit and chat with people rather than only attending to tasks.", C, None, "Caring > Compassionate care", []),
    ("nocue", "should", LD, "The service should help people to work towards their own goals, such as cooking for themselves or using public transport.", R, C, "Responsive > Meeting the needs of all people who use the service", ["9"]),
    ("nocue", "should", NONE, "The provider should support people to follow their interests and ambitions, including finding paid or voluntary work.", R, C, "Responsive > Meeting people's individual needs", ["9"]),
    ("nocue", "should", REHAB, "Staff should agree personal recovery goals with each patient and review progress towards them.", E, R, "Effective > Assessment of needs and planning of care", ["9"]),
    # the regulation's own words with another word between them
    ("phrase", "must", NONE, "The registered person must notify the Commission when the registered manager's planned absence will exceed 28 days.", W, None, "Well-led > Leadership", ["REG2009-14"]),
    ("phrase", "must", NONE, "The provider must ensure that staff assess and record people's capacity to make particular decisions about their care.", E, None, "Effective > Consent, Mental Capacity Act and Deprivation of Liberty Safeguards", ["11"]),
    ("phrase", "must", CAMHS, "The trust must ensure that young people with an eating disorder are supported at each meal by staff who have been trained to give that support.", E, None, "Effective > Best practice in treatment and care", ["14"]),
    ("phrase", "must", NONE, "The practice must inform CQC of the lead GP's extended absence and of the arrangements for running the practice while they are away.", W, None, "Well-led > Leadership", ["REG2009-14"]),
    ("phrase", "must", NONE, "The provider must make sure that staff who support people with eating disorders follow each person's meal plan.", E, None, "Effective > Nutrition and hydration", ["14"]),
]

write_set(Path(__file__).resolve().parent, "T12", ROWS, classed=True)
