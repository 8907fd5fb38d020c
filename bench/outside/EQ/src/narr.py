# -*- coding: utf-8 -*-
NARR = {}
NARR["medical_care.pdf"] = dict(
 about="The medical care service at Calderbrook Royal Infirmary has 286 inpatient beds across 11 wards, including an acute medical unit, a frailty assessment unit, a stroke unit, two care of the elderly wards, respiratory, cardiology, gastroenterology and general medical wards. The service also runs an ambulatory emergency care unit and an endoscopy suite. From October 2017 to September 2018 there were 41,226 medical admissions.",
 did="We inspected all key questions. During the inspection we visited nine wards, the ambulatory emergency care unit and the endoscopy suite. We spoke with 23 patients and relatives and 71 staff, including nurses, healthcare assistants, doctors of all grades, therapists, pharmacists, housekeepers and managers. We observed care, attended safety huddles and board rounds, and reviewed 38 patient records and 44 prescription charts.",
 summary=[
  "The service did not always have enough nursing staff with the right skills, particularly at night, and mandatory training completion was below the trust target for both nursing and medical staff.",
  "Staff did not always calculate early warning scores correctly or escalate patients whose condition was deteriorating.",
  "Medicines that needed refrigeration were not always stored at the right temperature, and daily checks of resuscitation equipment had been missed on several wards.",
  "Records were not always complete, and staff did not consistently assess and record patients' mental capacity.",
  "However, staff treated patients with compassion and kindness, respected their privacy and dignity, and took account of their individual needs.",
  "The service planned care to meet the needs of local people and managers worked with partners to improve patient flow.",
 ],
 kq=[
 ("safe","Requires improvement",[
  ("Mandatory training","The service provided mandatory training in key skills to all staff but did not make sure everyone completed it. At the time of our inspection, 78% of nursing staff and 64% of medical staff had completed all mandatory modules, against a trust target of 90%. Completion of safeguarding adults level 2 was 81% for nursing staff, and 52% of doctors had an in-date basic or immediate life support certificate. Ward managers told us that staff were regularly taken off training days to cover shortfalls on the wards."),
  ("Nurse staffing","The service did not always have enough nursing staff with the right qualifications, skills, training and experience. Between October 2018 and January 2019 the fill rate for registered nurses at night was 84% across the medical wards and 76% on the two care of the elderly wards. On four of the nine wards we visited, there was one registered nurse to 12 patients on the night shifts we reviewed. Staff told us they could not always complete intentional rounding or give medicines on time."),
  ("Medical staffing","The service had enough medical staff during the day on weekdays. Out of hours, one medical registrar covered the acute medical unit and all medical wards, and junior doctors told us they found it difficult to get senior review for unwell patients at weekends."),
  ("Assessing and responding to patient risk","Staff did not always identify and act quickly on patients at risk of deterioration. In 11 of the 38 records we reviewed, the National Early Warning Score (NEWS2) had been added up incorrectly, and in six records a score of five or more had not been escalated to a doctor as the policy required. Venous thromboembolism risk assessments were not completed within 24 hours of admission in eight records."),
  ("Environment and equipment","Daily checks of resuscitation trolleys were not always carried out. On three wards we found gaps of between four and nine days in the checklist in the month before our inspection, and one trolley had an out-of-date airway adjunct."),
  ("Cleanliness, infection control and hygiene","Most areas were visibly clean. However, we saw staff on three wards who were not bare below the elbows, and hand hygiene audit results on two wards were below the trust standard of 95% for three consecutive months."),
  ("Records","Records were not always clear, up to date or complete. Falls and pressure ulcer risk assessments had not been reviewed after a change in the patient's condition in 12 records, and care plans had not been updated in nine."),
  ("Medicines","The service did not always store medicines safely. On five wards fridge temperatures had not been recorded on several days in the previous month, and on two wards recorded maximum temperatures were above 8°C with no record of any action taken."),
  ("Incidents","Staff knew how to report incidents, but nurses on several wards could not tell us about any changes made after incidents on other wards. Ward meetings did not consistently include learning from incidents."),
 ]),
 ("effective","Requires improvement",[
  ("Competent staff","Only 71% of staff in the service had received an appraisal in the last 12 months. Nurses on the respiratory ward were caring for patients on non-invasive ventilation before they had been assessed as competent; eight of 19 nurses on the ward had completed the competency framework."),
  ("Consent, Mental Capacity Act and Deprivation of Liberty Safeguards","Staff did not always assess and record patients' capacity. We found nine patients with a documented cognitive impairment for whom decisions had been made without a recorded mental capacity assessment or best interests decision. Ward staff were not sure whether applications for a deprivation of liberty had been made for three patients, and the service did not keep a log of applications."),
 ]),
 ("caring","Good",[
  ("Compassionate care","Staff treated patients with compassion and kindness, respected their privacy and dignity, and took account of their individual needs. Patients told us staff were kind and caring even when the wards were busy."),
 ]),
 ("responsive","Requires improvement",[
  ("Meeting people's individual needs","Patients living with dementia were identified on admission, but only a minority had a personalised care plan or a completed 'This is me' document."),
  ("Access and flow","Between October 2018 and January 2019, 312 patients were moved between wards after 10pm for non-clinical reasons."),
  ("Learning from complaints and concerns","The service took 62 working days on average to respond to complaints, against a trust target of 40 working days."),
 ]),
 ("well-led","Requires improvement",[
  ("Governance","Leaders operated governance processes, but these did not always identify the issues we found during the inspection."),
  ("Management of risk, issues and performance","The divisional risk register included risks that had not been reviewed for more than a year, and several risks had no named owner or mitigating actions. The risk of nurse staffing shortfalls at night was not on the register."),
 ]),
 ],
 outstanding=["The frailty assessment unit had introduced a same-day comprehensive geriatric assessment that reduced admissions of frail older people."],
 notices=[("Regulation 18 HSCA (RA) Regulations 2014 Staffing","The trust did not ensure that sufficient numbers of suitably qualified staff were deployed, or that staff had completed the training needed for their role."),
          ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment","The trust did not ensure that deteriorating patients were escalated, that medicines were stored at safe temperatures or that emergency equipment was checked."),
          ("Regulation 17 HSCA (RA) Regulations 2014 Good governance","Records were incomplete and risks were not managed through an effective risk register."),
          ("Regulation 11 HSCA (RA) Regulations 2014 Need for consent","Mental capacity assessments were not carried out or recorded.")],
)

NARR["surgery.pdf"] = dict(
 about="Surgical services at Calderbrook Royal Infirmary include general, colorectal, upper gastrointestinal, vascular, urology, trauma and orthopaedic and ear, nose and throat surgery. There are 164 surgical beds on seven wards, a surgical assessment unit, a day surgery unit and 12 operating theatres. From October 2017 to September 2018 the service carried out 29,814 surgical procedures, of which 61% were day cases.",
 did="We visited all surgical wards, the surgical assessment unit, the day surgery unit, theatres and recovery. We spoke with 19 patients and 58 staff, observed 14 operations, and reviewed 31 patient records, 12 consent forms and the trust's performance data.",
 summary=[
  "Staff did not always complete all steps of the surgical safety checklist, and the service did not audit compliance effectively.",
  "The service did not make sure that all staff completed mandatory training, and medicine fridge temperatures were not monitored consistently.",
  "Records were not always kept securely, and the service did not always meet the duty of candour.",
  "Patients waited too long for surgery, and the service did not review all long-waiting patients for harm.",
  "However, staff provided good care and treatment, worked well together and treated patients with kindness.",
 ],
 kq=[
 ("safe","Requires improvement",[
  ("Mandatory training","Mandatory training completion in surgery was 79% overall. Only 58% of eligible staff had completed level 3 safeguarding children training."),
  ("Environment and equipment","We found 17 items of electrical equipment across three wards and two theatres with expired safety test labels, including two infusion pumps. Servicing records were incomplete."),
  ("Assessing and responding to patient risk","Theatre teams completed the sign-in step of the surgical safety checklist but did not always complete the time-out and sign-out steps; in four of the 14 operations we observed, sign-out was not done. The most recent audit of the checklist was in 2017. Staff did not always escalate patients with raised early warning scores promptly, and sepsis screening was not completed for five of nine patients with suspected sepsis. Venous thromboembolism risk assessments were missing for six of 31 patients."),
  ("Records","Notes trolleys on four wards were left unlocked and unattended in corridors."),
  ("Medicines","Fridge temperature records in two theatres and three wards had gaps, and out-of-range readings had not been acted on."),
  ("Incidents","Of eight notifiable safety incidents in the period we reviewed, written notification and an apology had been sent in only three cases."),
 ]),
 ("effective","Good",[
  ("Competent staff","Appraisal completion for theatre staff was 68%, compared with 88% for ward staff."),
  ("Consent, Mental Capacity Act and Deprivation of Liberty Safeguards","Staff understood how to seek consent but were less confident about the Mental Capacity Act. In five of 12 consent forms the risks discussed were not recorded, and patients had not been offered a copy of their form."),
 ]),
 ("caring","Good",[
  ("Compassionate care","Staff cared for patients with compassion. Feedback from patients confirmed that staff treated them well and with kindness."),
 ]),
 ("responsive","Requires improvement",[
  ("Access and flow","In January 2019, 74% of patients were treated within 18 weeks of referral, below the national standard of 92%. The service had 1,146 patients waiting beyond their target date, and clinicians had reviewed only those waiting more than 52 weeks for potential harm."),
  ("Learning from complaints and concerns","Complaints about surgical services took an average of 58 working days to close."),
 ]),
 ("well-led","Requires improvement",[
  ("Governance","Twenty-three of the 96 surgical policies and guidelines were past their review date."),
  ("Management of risk, issues and performance","The surgical division's risk register did not include the risks of long waiting times, and actions for several risks had not been reviewed since 2017."),
 ]),
 ],
 outstanding=["The enhanced recovery team for colorectal surgery had reduced the average length of stay from 7.2 to 4.9 days."],
 notices=[("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment","The surgical safety checklist was not consistently completed, medicines were not stored at safe temperatures, and long-waiting patients were not reviewed for harm."),
          ("Regulation 17 HSCA (RA) Regulations 2014 Good governance","Patient records were not kept securely."),
          ("Regulation 18 HSCA (RA) Regulations 2014 Staffing","Staff had not completed mandatory training."),
          ("Regulation 20 HSCA (RA) Regulations 2014 Duty of candour","The trust did not provide written notification and an apology after notifiable safety incidents.")],
)

NARR["maternity.pdf"] = dict(
 about="The maternity service at Calderbrook Royal Infirmary includes an antenatal clinic, a day assessment unit, an antenatal and postnatal ward with 32 beds, a delivery suite with 12 rooms and two obstetric theatres, and an alongside midwife-led birth centre. There were 4,912 births from October 2017 to September 2018.",
 did="We visited all areas of the maternity service. We spoke with 17 women and their partners and 49 staff, including midwives, maternity support workers, obstetricians, anaesthetists and managers. We reviewed 22 maternity records and 16 prescription charts.",
 summary=[
  "The service did not have enough midwives to keep women safe, and one-to-one care in labour was not always provided.",
  "Not all staff had completed mandatory training, and not all staff who interpreted fetal heart monitoring had been assessed as competent.",
  "Incidents were not investigated in a timely way and the service did not always meet the duty of candour.",
  "The maternity unit was not always secure.",
  "However, staff treated women with compassion and kindness and involved them in decisions about their care.",
 ],
 kq=[
 ("safe","Inadequate",[
  ("Mandatory training","Compliance with mandatory training was 72% for midwives and 61% for obstetric medical staff. Neonatal life support completion was 66% and safeguarding children level 3 was 69%."),
  ("Midwifery staffing","The service did not have enough midwives. The vacancy rate was 11%. On 19 occasions in the three months before our inspection, the delivery suite coordinator could not remain supernumerary, and one-to-one care in established labour was achieved for 91% of women against a target of 100%."),
  ("Assessing and responding to risk","Modified early obstetric warning score charts were incomplete in seven of 22 records, and raised scores were not always escalated. The WHO surgical safety checklist was incomplete in three of ten obstetric theatre cases we reviewed."),
  ("Environment and equipment","The entrance to the antenatal and postnatal ward was not always controlled; on two occasions we entered the ward without being challenged. Checks of neonatal resuscitaires on the delivery suite had gaps on nine days in February 2019."),
  ("Cleanliness, infection control and hygiene","Hand hygiene audit compliance in the delivery suite was 82% in the three months before our inspection."),
  ("Records","Antenatal risk assessments were not repeated at each contact in eight of 22 records."),
  ("Medicines","The treatment room on the postnatal ward was left unlocked on both days we visited."),
  ("Incidents","There were 84 incidents awaiting investigation, some for more than six months, and three serious incident investigations had exceeded the 60 working day timescale. Staff told us they did not receive feedback or learning from incidents. Written duty of candour letters were missing in four of seven cases."),
 ]),
 ("effective","Requires improvement",[
  ("Competent staff","Only 54% of midwives and 60% of obstetricians had completed an annual assessment of their competence in cardiotocograph interpretation. Midwives told us they had little access to clinical supervision since the professional midwifery advocate post became vacant."),
  ("Evidence-based care and treatment","Fourteen of 63 maternity guidelines were past their review date, including the guideline on management of post-partum haemorrhage."),
 ]),
 ("caring","Good",[
  ("Compassionate care","Women and their partners told us that staff were kind, caring and respectful."),
 ]),
 ("responsive","Good",[
  ("Meeting people's individual needs","The service had specialist midwives for perinatal mental health, substance misuse and vulnerable women."),
 ]),
 ("well-led","Requires improvement",[
  ("Culture","Some staff described a culture of bullying and poor working relationships between midwives and obstetricians on the delivery suite."),
 ]),
 ],
 outstanding=["The birth centre team ran a continuity of carer team for women from the most deprived areas of Calderbrook."],
 notices=[("Regulation 18 HSCA (RA) Regulations 2014 Staffing","There were not enough midwives, and staff had not completed mandatory training or competency assessments."),
          ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment","Early warning scores were not completed or escalated."),
          ("Regulation 15 HSCA (RA) Regulations 2014 Premises and equipment","The maternity unit was not secure."),
          ("Regulation 17 HSCA (RA) Regulations 2014 Good governance","Incidents were not investigated promptly and guidelines were out of date."),
          ("Regulation 20 HSCA (RA) Regulations 2014 Duty of candour","Written duty of candour information was not provided.")],
)
