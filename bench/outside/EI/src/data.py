TRUST = "Fenmoor Partnership NHS Foundation Trust"
ADDRESS = "Carrow House, 14 Wensum Road, Kingsmere, KM4 7TD"
TEL = "01632 960 410"
WEB = "www.fenmoorpartnership.nhs.uk"
VISIT = "8 - 11 March 2016"
PUB = "14/07/2016"

REPORTS = [
 {
  "file": "acute_wards_picu.pdf",
  "service": "Acute wards for adults of working age and psychiatric intensive care units",
  "ratings": {"overall": "Requires improvement", "safe": "Inadequate", "effective": "Requires improvement",
              "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"},
  "locations": [("RFP01", "Ashgrove Hospital", "Kestrel Ward", "KM2 5PL"),
                ("RFP01", "Ashgrove Hospital", "Heron Ward", "KM2 5PL"),
                ("RFP01", "Ashgrove Hospital", "Osprey Psychiatric Intensive Care Unit", "KM2 5PL")],
  "info": "Fenmoor Partnership NHS Foundation Trust provides acute inpatient mental health care for adults of working age at Ashgrove Hospital. Kestrel Ward is a 20-bed mixed-sex acute admission ward, Heron Ward is an 18-bed female acute ward and Osprey Psychiatric Intensive Care Unit is an eight-bed male unit for patients who cannot be cared for safely on an open acute ward. Most patients on the wards were detained under the Mental Health Act 1983.",
  "must": [
   ("A1", "The trust must ensure that all staff complete mandatory training, including immediate life support and the prevention and management of violence and aggression, so that compliance meets the trust target of 85%."),
   ("A2", "The trust must ensure that seclusion records are fully completed, including the times of nursing and medical reviews, in line with the Mental Health Act Code of Practice."),
   ("A3", "The trust must ensure that patients' physical health is monitored and recorded after the administration of rapid tranquillisation, in line with trust policy and NICE guidance."),
   ("A4", "The trust must ensure that an up-to-date ligature risk assessment is in place for every ward, that it is reviewed at least annually and that it sets out how each ligature risk is managed."),
   ("A5", "The trust must ensure that there are enough qualified nurses on each shift on Kestrel Ward and Osprey PICU so that patients receive their planned one-to-one time and escorted leave is not cancelled."),
   ("A6", "The trust must ensure that care plans are personalised, holistic and recovery focused, and that they record the views of patients."),
   ("A7", "The trust must ensure that staff receive regular clinical supervision and that supervision is recorded."),
   ("A8", "The trust must ensure that consent to treatment forms (T2 and T3) are kept with medication charts, so that nurses can check that the medicines they give are legally authorised."),
   ("A9", "The trust must ensure that its governance systems are effective in identifying and acting on the shortfalls found during this inspection, including those relating to seclusion, physical health monitoring and care records."),
  ],
  "should": [
   ("A10", "The trust should ensure that all episodes of restraint are recorded on the incident reporting system, including the type of hold used and how long it lasted."),
   ("A11", "The trust should ensure that prescriptions for rapid tranquillisation are reviewed regularly and that the total as required dose prescribed does not exceed the maximum set out in the British National Formulary."),
   ("A12", "The trust should ensure that the temperature of the clinic room on Heron Ward is monitored and kept within the range recommended for the storage of medicines."),
   ("A13", "The trust should ensure that medicines fridge temperatures are recorded daily and that staff take action when the temperature is outside the safe range."),
   ("A14", "The trust should ensure that detained patients are told of their rights under section 132 of the Mental Health Act on admission and at regular intervals afterwards, and that this is recorded."),
   ("A15", "The trust should ensure that learning from serious incidents is shared with staff on all the wards."),
   ("A16", "The trust should review the restriction on access to the garden on Kestrel Ward and ensure that any restrictions are based on individual risk assessment."),
   ("A17", "The trust should ensure that emergency grab bags are checked weekly in line with trust policy and that out-of-date items are replaced."),
   ("A18", "The trust should ensure that compliance with Mental Capacity Act and Deprivation of Liberty Safeguards training improves on the acute wards and the PICU."),
   ("A19", "The trust should ensure that every newly admitted patient has a physical examination, including an electrocardiogram where indicated, within 24 hours of admission."),
  ],
  "summary": [
   "Staff did not complete or record physical health observations after patients received rapid tranquillisation, and seclusion records were incomplete.",
   "Ligature risk assessments were out of date on two of the three wards. Kestrel Ward and Osprey PICU were frequently below their planned number of qualified nurses and escorted leave was cancelled as a result.",
   "Compliance with mandatory training was below the trust target, and fewer than half of staff on Kestrel Ward had received clinical supervision in the three months before our inspection.",
   "Care plans were largely generic and did not reflect the views of patients.",
   "However, staff treated patients with kindness and respect, and patients told us that staff were caring. Bed management was effective and there were no out of area placements at the time of our inspection.",
  ],
  "body": {
   "safe": ["Safe and clean environment", "The wards were clean and well maintained. However, the ligature risk assessments for Kestrel Ward and Osprey PICU had not been reviewed since 2014 and did not include the new en-suite bathrooms. Heron Ward had a current assessment. Staff knew where the ligature cutters were kept.",
            "The clinic room on Heron Ward had recorded temperatures above 25 degrees Celsius on 19 days in February 2016 and there was no record of action taken. On Osprey PICU, the medicines fridge temperature had not been recorded on 11 days in the previous month. The emergency grab bag on Kestrel Ward contained two out-of-date items and weekly checks had been missed.",
            "Safe staffing", "The trust had set establishment levels for each ward. On Kestrel Ward and Osprey PICU, 31% of day shifts in the previous three months had fewer qualified nurses than planned. Patients and staff told us that escorted leave and one-to-one sessions were regularly cancelled. Mandatory training compliance across the three wards was 71%, against a trust target of 85%. Compliance with immediate life support was 58% and with prevention and management of violence and aggression 62%.",
            "Assessing and managing risk to patients and staff", "We reviewed 24 care records. Risk assessments were present in all records and had been updated after incidents. We reviewed 12 seclusion records; eight did not record the times of two-hourly medical reviews or the outcome of nursing reviews. There were 142 incidents of restraint in the six months before our inspection. Several restraints seen on CCTV footage had been recorded without the type of hold used.",
            "Staff did not consistently monitor the physical health of patients who had been given rapid tranquillisation. In nine of the 14 episodes we reviewed there was no record of observations. On Osprey PICU, two patients had been prescribed as required antipsychotic medication that, combined with their regular doses, could have exceeded the British National Formulary maximum.",
            "Reporting incidents and learning from when things go wrong", "Staff knew how to report incidents. However, staff on Heron Ward and Kestrel Ward were not aware of the learning from two recent serious incidents on other wards."],
   "effective": ["Assessment of needs and planning of care", "Care plans were generic, often copied between patients and rarely written in the patient's own words. Only six of 24 plans recorded the patient's views. Physical examinations on admission were delayed for up to five days in four records.",
                 "Skilled staff to deliver care", "Supervision records showed that 46% of staff on Kestrel Ward had received clinical supervision in the previous three months. Appraisal rates were 89%.",
                 "Adherence to the MHA and the MHA Code of Practice", "Consent to treatment forms were kept in a central office and not with medication charts on Kestrel Ward and Osprey PICU. In five records there was no evidence that patients had been informed of their rights under section 132 since admission.",
                 "Good practice in applying the MCA", "Compliance with Mental Capacity Act training was 64%. Staff had a basic understanding of the principles of the Act."],
   "caring": ["Kindness, dignity, respect and support", "We observed staff speaking to patients respectfully. Patients told us that staff were caring and that they felt listened to. Community meetings took place weekly on all wards."],
   "responsive": ["Access and discharge", "Average bed occupancy across the three wards was 94%. There were no out of area placements during our inspection. Discharge planning started on admission.",
                  "Meeting the needs of all people who use the service", "Patients on Kestrel Ward were only able to use the garden when escorted by staff at set times. This applied to all patients regardless of their individual risk."],
   "well_led": ["Good governance", "The trust had a quality dashboard for each ward. However, local audits had not identified the gaps in seclusion records, physical health monitoring after rapid tranquillisation or care planning that we found. Ward managers told us that they did not have time to act on audit results."],
  },
  "reqs": [("Regulation 9 HSCA (RA) Regulations 2014 Person-centred care", ["Care plans were not personalised and did not include the views of patients."]),
           ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", ["Physical health monitoring after rapid tranquillisation was not carried out or recorded.", "Ligature risk assessments were not up to date on Kestrel Ward and Osprey PICU.", "Consent to treatment forms were not kept with medication charts.", "Seclusion records did not record medical and nursing reviews."]),
           ("Regulation 17 HSCA (RA) Regulations 2014 Good governance", ["Governance systems had not identified or addressed the concerns found on inspection."]),
           ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", ["There were not enough qualified nurses on Kestrel Ward and Osprey PICU.", "Staff had not completed mandatory training or received regular clinical supervision."])],
 },
 {
  "file": "community_adults.pdf",
  "service": "Community-based mental health services for adults of working age",
  "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
              "caring": "Good", "responsive": "Requires improvement", "well_led": "Requires improvement"},
  "locations": [("RFP00", "Trust headquarters", "Northgate Community Mental Health Team", "KM1 3RS"),
                ("RFP00", "Trust headquarters", "Riverside Community Mental Health Team", "KM6 2HB"),
                ("RFP00", "Trust headquarters", "Eastfield Recovery Team", "KM8 9QA")],
  "info": "The trust provides community mental health services for adults of working age through three teams based in Kingsmere, Riverside and Eastfield. The teams assess and treat adults aged 18 to 65 with severe and enduring mental illness, provide care coordination under the care programme approach and run depot medication clinics.",
  "must": [
   ("B1", "The trust must ensure that every patient has a risk assessment that is completed at the start of their care and updated when their circumstances or risks change."),
   ("B2", "The trust must ensure that patients who are waiting to be allocated a care coordinator are monitored, so that any increase in their risk is identified and acted on."),
   ("B3", "The trust must ensure that staff are up to date with mandatory training, in particular basic life support, safeguarding adults level 2 and information governance."),
   ("B4", "The trust must ensure that care plans are holistic and personalised, are written with the patient, and that patients are offered a copy."),
   ("B5", "The trust must ensure that there are enough care coordinators in the Northgate and Riverside teams for caseloads to be manageable."),
  ],
  "should": [
   ("B6", "The trust should ensure that staff receive supervision in line with the trust's supervision policy and that supervision records are kept."),
   ("B7", "The trust should ensure that all staff have an annual appraisal."),
   ("B8", "The trust should continue to work with commissioners to reduce the time patients wait between referral and their first assessment."),
   ("B9", "The trust should ensure that staff record the temperature of the clinic fridge used to store depot medication every working day."),
   ("B10", "The trust should ensure that staff follow the lone working procedure, including signing out and agreeing check-in times when they visit patients at home."),
   ("B11", "The trust should ensure that lone working devices are available to all staff who visit patients in the community and that the devices are in working order."),
   ("B12", "The trust should ensure that patient information is held in one place on the electronic record system, so that staff can find up-to-date information easily."),
   ("B13", "The trust should ensure that patients prescribed antipsychotic medication receive regular physical health monitoring and that the results are recorded."),
   ("B14", "The trust should ensure that learning from incidents is fed back to community staff at team meetings."),
   ("B15", "The trust should ensure that staff give patients on a community treatment order information about their rights, and record that they have done so."),
   ("B16", "The trust should ensure that the systems used to monitor the performance of the community teams, such as audits of care records, identify and address gaps in practice."),
  ],
  "summary": [
   "Risk assessments were missing or out of date in 11 of the 36 records we reviewed. Patients waiting for a care coordinator were not monitored for changes in their risk.",
   "Caseloads in the Northgate and Riverside teams were high, with some care coordinators holding over 45 patients.",
   "Mandatory training compliance was 68%. Supervision was not taking place consistently and appraisal rates were low.",
   "Care plans were not always personalised and patients did not always receive a copy.",
   "However, patients and carers spoke highly of staff, who were respectful and supportive. The teams worked well with GPs and the local authority.",
  ],
  "body": {
   "safe": ["Safe and clean environment", "Interview rooms were clean and fitted with alarms. The clinic room at Northgate had a fridge for depot medication; temperatures had not been recorded on 14 working days in the previous two months.",
            "Safe staffing", "The Northgate and Riverside teams had vacancies for five care coordinators. Average caseloads were 38, and three staff held more than 45 patients. At the time of our inspection, 62 patients were waiting to be allocated a care coordinator; there was no system to review their risk while they waited. Mandatory training compliance was 68%, with basic life support at 52%, safeguarding adults level 2 at 61% and information governance at 66%.",
            "Assessing and managing risk to patients and staff", "We reviewed 36 care records. In 11 records the risk assessment was missing or had not been updated after a significant change. Staff did not consistently follow the lone working procedure; signing-out boards were incomplete. At Riverside, only four lone working devices were available for 19 staff and two were not charged.",
            "Reporting incidents and learning from when things go wrong", "Staff reported incidents appropriately. Staff told us they rarely heard about learning from incidents in other teams."],
   "effective": ["Assessment of needs and planning of care", "Care plans in 14 of 36 records were generic. Patients told us that they had not been given a copy of their care plan. Information was split between paper files and the electronic record, and staff could not always find the most recent letters or plans. Physical health monitoring for patients prescribed antipsychotic medication was not recorded in nine records.",
                 "Skilled staff to deliver care", "Only 55% of staff had received supervision in line with trust policy, and there were no records for the Eastfield team. The appraisal rate was 63%.",
                 "Adherence to the MHA and the MHA Code of Practice", "There were 23 patients subject to a community treatment order. In six records there was no evidence that patients had been given information about their rights."],
   "caring": ["Kindness, dignity, respect and support", "Patients and carers were positive about staff. We observed staff treating patients with dignity during home visits and clinic appointments."],
   "responsive": ["Access and discharge", "The trust target was for patients to be assessed within 28 days of referral. The median wait was 41 days. The trust was in discussion with commissioners about additional investment."],
   "well_led": ["Good governance", "Team managers had access to performance data. However, audits of care records were not completed regularly and had not identified the gaps in risk assessments and care plans that we found."],
  },
  "reqs": [("Regulation 9 HSCA (RA) Regulations 2014 Person-centred care", ["Care plans were not holistic or personalised and patients were not offered a copy."]),
           ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", ["Risk assessments were missing or not updated.", "Patients waiting for allocation were not monitored for changes in risk."]),
           ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", ["Caseloads were too high in two teams.", "Staff had not completed mandatory training."])],
 },
 {
  "file": "older_people_wards.pdf",
  "service": "Wards for older people with mental health problems",
  "ratings": {"overall": "Requires improvement", "safe": "Requires improvement", "effective": "Requires improvement",
              "caring": "Good", "responsive": "Good", "well_led": "Requires improvement"},
  "locations": [("RFP03", "The Larches", "Willow Ward", "KM5 1JW"),
                ("RFP03", "The Larches", "Rowan Ward", "KM5 1JW")],
  "info": "The trust has two wards for older people with mental health problems at The Larches. Willow Ward is a 16-bed mixed-sex ward for people with functional mental illness and Rowan Ward is a 14-bed mixed-sex ward for people with dementia. Some patients were detained under the Mental Health Act and some were subject to Deprivation of Liberty Safeguards.",
  "must": [
   ("C1", "The trust must ensure that staff monitor patients' physical health using the national early warning score, and escalate concerns to medical staff when the score indicates that a patient is deteriorating."),
   ("C2", "The trust must ensure that physical observations are carried out and recorded after patients are given intramuscular medication for behavioural disturbance."),
   ("C3", "The trust must ensure that, where a patient may lack capacity to consent to admission or treatment, a decision-specific capacity assessment is completed and recorded."),
   ("C4", "The trust must ensure that the emergency resuscitation equipment on Willow Ward and Rowan Ward is checked in line with trust policy and that missing or expired items are replaced."),
   ("C5", "The trust must ensure that staffing levels on Rowan Ward meet the planned numbers, so that patients who need enhanced observation can be observed safely."),
   ("C6", "The trust must ensure that ward staff are compliant with mandatory training, including moving and handling and fire safety."),
   ("C7", "The trust must ensure that T3 certificates are attached to the prescription charts of detained patients."),
  ],
  "should": [
   ("C8", "The trust should ensure that registered nurses have their competency to administer insulin assessed and signed off before they do so unsupervised."),
   ("C9", "The trust should ensure that applications to renew Deprivation of Liberty Safeguards authorisations are made before the existing authorisation expires."),
   ("C10", "The trust should ensure that the ligature audit for Willow Ward includes the bathrooms and the garden, and sets out how the risks identified are reduced."),
   ("C11", "The trust should ensure that ligature cutters are kept in an accessible place on each ward and that all staff know where they are."),
   ("C12", "The trust should ensure that care plans reflect patients' individual needs and preferences, including their life history, and involve carers where appropriate."),
   ("C13", "The trust should ensure that fridge temperatures in the clinic rooms are recorded every day and that action is taken when readings are out of range."),
   ("C14", "The trust should ensure that all staff have received an appraisal in the last 12 months."),
   ("C15", "The trust should ensure that all incidents, including falls and medication errors, are reported on the incident reporting system."),
   ("C16", "The trust should ensure that patients' risk assessments are updated following incidents."),
   ("C17", "The trust should ensure that ward managers use the quality dashboard and audit results to monitor performance and address poor practice."),
  ],
  "summary": [
   "Staff did not always record national early warning scores or escalate them when patients' physical health deteriorated. Observations were not recorded after patients received intramuscular medication for behavioural disturbance.",
   "Emergency resuscitation equipment had not been checked consistently and Rowan Ward was often below its planned staffing levels.",
   "Capacity assessments were not always completed or recorded, and two Deprivation of Liberty Safeguards authorisations had lapsed.",
   "Mandatory training compliance was 73% and appraisal rates were below the trust target.",
   "However, staff were kind and caring and knew patients well. Carers told us they felt involved and welcomed on the wards.",
  ],
  "body": {
   "safe": ["Safe and clean environment", "The wards were clean. The ligature audit for Willow Ward did not include the bathrooms or the garden. On Rowan Ward, two members of staff did not know where the ligature cutters were kept, and on Willow Ward the cutters were in a locked office. Checks of the resuscitation equipment had been missed on 12 days in February 2016 on Willow Ward and the defibrillator pads on Rowan Ward had expired. Fridge temperatures had not been recorded on nine days in the clinic rooms.",
            "Safe staffing", "Rowan Ward was below its planned staffing on 27% of shifts in the previous three months. On these shifts, staff could not always maintain enhanced observations. Mandatory training compliance was 73%, with moving and handling at 61% and fire safety at 66%.",
            "Assessing and managing risk to patients and staff", "National early warning scores were not calculated in 10 of the 20 records we reviewed, and in two cases a high score was not escalated. Staff had given intramuscular medication for behavioural disturbance on six occasions in three months; no physical observations were recorded afterwards in four. Risk assessments had not been updated after falls in five records.",
            "Reporting incidents and learning from when things go wrong", "Staff did not report all falls and medication errors. We found three falls recorded in care notes that had not been reported as incidents."],
   "effective": ["Assessment of needs and planning of care", "Care plans did not always include patients' life histories or preferences, and carers' views were not recorded in eight of 20 records.",
                 "Skilled staff to deliver care", "The appraisal rate was 71%. Staff received regular supervision. Six registered nurses administered insulin but there was no record that their competency had been assessed.",
                 "Adherence to the MHA and the MHA Code of Practice", "T3 certificates were not attached to the prescription charts of two detained patients.",
                 "Good practice in applying the MCA", "Capacity assessments were not recorded for four patients admitted informally who appeared to lack capacity. Two Deprivation of Liberty Safeguards authorisations had expired before a renewal application was made."],
   "caring": ["Kindness, dignity, respect and support", "Staff were kind and patient. Carers told us that they were made welcome and kept informed."],
   "responsive": ["Access and discharge", "Beds were available when needed. Delayed discharges were mainly due to a lack of nursing home placements."],
   "well_led": ["Good governance", "A quality dashboard was available to ward managers. However, managers did not use it routinely, and audit results had not led to improvements in physical health monitoring or record keeping."],
  },
  "reqs": [("Regulation 11 HSCA (RA) Regulations 2014 Need for consent", ["Capacity assessments were not completed or recorded."]),
           ("Regulation 12 HSCA (RA) Regulations 2014 Safe care and treatment", ["National early warning scores were not completed or escalated.", "Observations were not recorded after intramuscular medication for behavioural disturbance.", "Emergency equipment was not checked.", "T3 certificates were not attached to prescription charts."]),
           ("Regulation 18 HSCA (RA) Regulations 2014 Staffing", ["Staffing on Rowan Ward was below planned levels.", "Staff had not completed mandatory training."])],
 },
]

GROUPS = [
 ["A1", "A18", "B3", "C6"],      # mandatory training completion
 ["A3", "C2"],                   # obs after rapid tranquillisation / IM for behavioural disturbance
 ["A4", "C10"],                  # ligature risk assessment / audit
 ["A5", "C5"],                   # ward nurse staffing levels
 ["A6", "B4", "C12"],            # personalised care plans
 ["A7", "B6"],                   # clinical supervision
 ["B7", "C14"],                  # annual appraisal
 ["A8", "C7"],                   # T2/T3 with medication charts
 ["A9", "B16", "C17"],           # governance / audit systems
 ["A13", "B9", "C13"],           # medicines fridge temperatures
 ["A15", "B14"],                 # sharing learning from incidents
 ["A17", "C4"],                  # emergency equipment checks
 ["A14", "B15"],                 # telling patients their MHA rights
 ["B1", "C16"],                  # risk assessments updated
]

LOOKALIKES = [
 ["A2", "A10"],   # seclusion records vs restraint records
 ["A3", "A11"],   # RT monitoring vs RT prescribing limits
 ["A12", "A13"],  # clinic room temperature vs fridge temperature
 ["A7", "B7"],    # supervision vs appraisal
 ["B6", "B7"],    # supervision vs appraisal
 ["A19", "C1"],   # admission physical examination vs NEWS monitoring/escalation
 ["B2", "B8"],    # waiting list monitored for risk vs waiting times
 ["B10", "B11"],  # lone working procedure vs lone working devices
 ["B4", "B12"],   # care plan content vs where records are held
 ["C6", "C8"],    # mandatory training vs insulin competency sign-off
 ["C3", "C9"],    # capacity assessment vs DoLS renewal
 ["C10", "C11"],  # ligature audit vs ligature cutters
 ["A15", "C15"],  # learning from incidents vs reporting incidents
 ["B14", "C15"],
 ["A5", "B5"],    # ward nurse numbers vs community caseloads
 ["A8", "A14"],   # T2/T3 forms vs s132 rights
 ["B1", "B2"],    # risk assessment per patient vs monitoring of unallocated waiting list
]
